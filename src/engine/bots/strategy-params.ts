// The strategy's search space: its parameters with their ranges, the expert's values, and the
// lesson-breaking constraints the balance run applies. Data and small pure helpers only.
// Imports only the engine's arithmetic helpers.

import { clamp } from '../numbers';

/** The lesson-breaking constraints of the balance run (issue: "Lessons that bind"). */
export const CONSTRAINTS = [
  'no-listening',
  'default-events',
  'no-pilots',
  'no-reports',
  'report-only',
  'fight-the-core',
  'no-accountability',
  'no-empowerment',
] as const;
export type Constraint = (typeof CONSTRAINTS)[number];

interface ParamSpec {
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
}

/** The strategy's parameters and the ranges the optimiser searches. */
export const PARAMETERS = {
  /** Weight of what an initiative does for the stages that look short (100 × this for the best). */
  experience: { min: 0, max: 3 },
  /** Share of customers (against revenue) in a segment's weight, 0..1. */
  customerWeight: { min: 0, max: 1 },
  /** Shortfall (points) read into a stage from exit reasons alone. */
  reasonGap: { min: 2, max: 30 },
  /** Value of a point of engagement; a share of churn recovered counts as this many gap points. */
  engagement: { min: 0, max: 8 },
  recovery: { min: 0, max: 60 },
  /** Bonuses for what an initiative builds. */
  listenStages: { min: 0, max: 120 },
  listenReasons: { min: 0, max: 120 },
  listenScores: { min: 0, max: 120 },
  closeLoop: { min: 0, max: 120 },
  valueModel: { min: 0, max: 120 },
  accountability: { min: 0, max: 120 },
  empowerment: { min: 0, max: 120 },
  incentives: { min: 0, max: 120 },
  leadership: { min: 0, max: 120 },
  technology: { min: 0, max: 120 },
  experienceCategory: { min: 0, max: 120 },
  /** Value of gauge points an initiative lifts, and of the power-core fit. */
  gauges: { min: 0, max: 6 },
  fit: { min: 0, max: 120 },
  /** Cost per thousand of launch plus a year of upkeep. */
  cost: { min: 0, max: 0.5 },
  /** Launch only above this priority. */
  launchAbove: { min: 0, max: 120 },
  /** Share of the year's budget kept back. */
  reserve: { min: 0, max: 0.5 },
  /** Most initiatives running at once, and how far beyond a silo's capacity it will ask. */
  maxRunning: { min: 2, max: 40, whole: true },
  overloadSlack: { min: 0, max: 3, whole: true },
  /** Pilot when the true effect's range is at least this wide (share of the stated effect). */
  pilotWidth: { min: 0, max: 2 },
  /** Scale a pilot whose reading is at least this; stop one below `stopPilot`. */
  scaleAt: { min: 0.2, max: 1.4 },
  stopPilot: { min: 0, max: 1.2 },
  /** Listen directly every this many quarters (0: never), to up to this many segments. */
  listenEvery: { min: 0, max: 6, whole: true },
  listenSegments: { min: 1, max: 4, whole: true },
  /** Report when the preview gains at least this much support. */
  reportAt: { min: -3, max: 6 },
  /** Retry a leader who said no or nominal only when the best odds are worth this much. */
  retryAt: { min: 0, max: 1 },
  /** Preference per argument, added to its expected commitment. */
  kpi: { min: -0.5, max: 0.5 },
  voice: { min: -0.5, max: 0.5 },
  money: { min: -0.5, max: 0.5 },
  trade: { min: -0.5, max: 0.5 },
  pilot: { min: -0.5, max: 0.5 },
  champion: { min: -0.5, max: 0.5 },
  escalate: { min: -0.5, max: 0.5 },
  /** How an event's option is valued: per point of experience, of lasting experience, ... */
  eventExperience: { min: 0, max: 4 },
  eventStructural: { min: 0, max: 10 },
  eventLost: { min: 0, max: 4000 },
  eventEngagement: { min: 0, max: 4 },
  eventSupport: { min: 0, max: 5 },
  eventTrust: { min: 0, max: 1.5 },
  eventGauges: { min: 0, max: 2 },
  eventBudget: { min: 0, max: 0.4 },
  eventTime: { min: 0, max: 6 },
} as const satisfies Record<string, ParamSpec>;

export type ParamName = keyof typeof PARAMETERS;
export type Params = Record<ParamName, number>;
export const PARAM_NAMES = Object.keys(PARAMETERS) as ParamName[];

/** The expert: listens first and keeps listening, pilots what is uncertain, builds accountability,
 * empowers, works in the power core's language, and reports results in money. */
export const EXPERT_PARAMS: Params = {
  experience: 0.76,
  customerWeight: 0.54,
  reasonGap: 20,
  engagement: 2.1,
  recovery: 22,
  listenStages: 81,
  listenReasons: 34,
  listenScores: 28,
  closeLoop: 72,
  valueModel: 69,
  accountability: 113,
  empowerment: 108,
  incentives: 25,
  leadership: 9.7,
  technology: 0,
  experienceCategory: 4.1,
  gauges: 1.5,
  fit: 50,
  cost: 0.03,
  launchAbove: 20,
  reserve: 0.02,
  maxRunning: 40,
  overloadSlack: 0,
  pilotWidth: 1.2,
  scaleAt: 0.57,
  stopPilot: 0.53,
  listenEvery: 6,
  listenSegments: 1,
  reportAt: 2.1,
  retryAt: 0.44,
  kpi: -0.18,
  voice: -0.06,
  money: -0.24,
  trade: -0.11,
  pilot: -0,
  champion: 0.04,
  escalate: -0.5,
  eventExperience: 1.8,
  eventStructural: 4.2,
  eventLost: 1549,
  eventEngagement: 1.4,
  eventSupport: 3.1,
  eventTrust: 0.28,
  eventGauges: 0.76,
  eventBudget: 0.06,
  eventTime: 3.2,
};

/** Parameters clamped into their ranges (whole where they must be). */
export function normaliseParams(params: Params): Params {
  // Copied from a literal so the result keeps fast properties: an object built key by key in a
  // loop turns into a dictionary, and every lookup of a parameter in the bots' inner loops
  // becomes a hash lookup (measured: about a third of an expert game's time).
  const out: Params = { ...EXPERT_PARAMS };
  for (const name of PARAM_NAMES) {
    const spec: ParamSpec = PARAMETERS[name];
    const v = clamp(params[name], spec.min, spec.max);
    out[name] = spec.whole ? Math.round(v) : v;
  }
  return out;
}

export interface PolicyOptions {
  /** Ignore the power core: shared initiatives only, arguments chosen as if it did not exist. */
  readonly generic?: boolean;
  readonly constraint?: Constraint;
}
