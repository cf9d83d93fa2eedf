// A strategy with searched parameters: the expert and the optimiser's adversaries are all this
// one player with different numbers. It decides from what a player sees (bots/view.ts): measured
// values where it has measured, beliefs elsewhere, exit reasons, pilot readings, the odds and the
// report preview the screens show. Rules with parameters decide which initiatives to launch
// (their value for the stages that look weak, plus what they build), when to pilot, scale, stop,
// listen and report, which argument to use, and how to answer events. A constraint takes one
// lesson away (never listen, never pilot, fight the core, ...), so the balance run can show what
// each lesson is worth. Imports only engine modules.

import type {
  Approach,
  Category,
  Effects,
  EventOption,
  GameEvent,
  Initiative,
  Scenario,
} from '../scenario-types';
import { APPROACHES, STAGES } from '../scenario-types';
import type { Action, GameState } from '../state-types';
import type { Bot, BotTurn } from './bot';
import {
  answerPending,
  approachScore,
  budgetCovers,
  defaultOption,
  notRefused,
  openTalks,
  talkSetup,
  upkeep,
} from './moves';
import type { OpenTalk } from './moves';
import { playerView } from './view';
import type { PlayerView } from './view';
import { findSilo, siloPosition } from '../lookup';
import { negotiationFactors, negotiationOdds, negotiationScore } from '../negotiation';
import { reportGain } from '../ceo';
import { ASK_LOAD, siloCapacity, siloLoads } from '../initiatives';
import { effectRange } from '../truth';
import { TUNING } from '../tuning';
import { clamp } from '../numbers';
import { shortfallWeight } from '../company';

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
  const out = {} as Params;
  for (const name of PARAM_NAMES) {
    const spec: ParamSpec = PARAMETERS[name];
    const v = clamp(params[name], spec.min, spec.max);
    out[name] = spec.whole ? Math.round(v) : v;
  }
  return out;
}

/** What the strategy needs to know of an initiative, worked out once per scenario. */
interface Plan {
  readonly def: Initiative;
  readonly shared: boolean;
  readonly category: Category;
  /** Stated experience lift per stage, STAGES order. */
  readonly lifts: number[];
  /** Lasting experience change at launch per stage (structural and one-off), STAGES order. */
  readonly launchLifts: number[];
  /** The two added up. */
  readonly totalLifts: number[];
  readonly targets: boolean[];
  readonly affinity: number;
  readonly revealsStages: boolean;
  readonly revealsReasons: boolean;
  readonly revealsScores: boolean;
  readonly listening: boolean;
  readonly closesLoop: boolean;
  readonly valueModel: boolean;
  /** Acts on customers or employees (experience, engagement, recovery, acquisition). */
  readonly customerWork: boolean;
  /** Only measures: listening, counting customers won and lost, the value model. */
  readonly measurementOnly: boolean;
  readonly gaugeSum: number;
  readonly costPerYear: number;
  readonly width: number;
  readonly partnerPositions: number[];
  /** What it would add to each partner's load (ASK_LOAD), in the same order. */
  readonly partnerLoads: number[];
}

const plans = new WeakMap<Scenario, Plan[]>();

export function plansOf(scenario: Scenario): Plan[] {
  let found = plans.get(scenario);
  if (found) return found;
  found = scenario.initiatives.map((def) => {
    const e = def.effects;
    const launch: Effects = def.onLaunch ?? {};
    const lifts = STAGES.map((s) => e.experience?.[s] ?? 0);
    const launchLifts = STAGES.map(
      (s) => 3 * (launch.structural?.[s] ?? 0) + (launch.experience?.[s] ?? 0),
    );
    const reveals = def.listening?.reveals ?? [];
    let gaugeSum = 0;
    for (const v of Object.values(e.gauges ?? {})) gaugeSum += v ?? 0;
    for (const v of Object.values(launch.gauges ?? {})) gaugeSum += v ?? 0;
    const range = effectRange(def);
    return {
      def,
      shared: def.tags.includes('shared'),
      category: def.category,
      lifts,
      launchLifts,
      totalLifts: lifts.map((lift, k) => lift + launchLifts[k]!),
      targets: scenario.segments.map(
        (segment) => def.segments.length === 0 || def.segments.includes(segment.id),
      ),
      affinity: def.affinity[scenario.powerCore] ?? 0,
      revealsStages: reveals.includes('stages'),
      revealsReasons: reveals.includes('churnReasons'),
      revealsScores: reveals.includes('scores'),
      listening: def.listening !== undefined,
      closesLoop: e.closesLoop === true,
      valueModel: e.valueModel === true,
      customerWork:
        e.experience !== undefined ||
        !!e.engagement ||
        !!e.recovery ||
        !!e.acquisition ||
        launch.experience !== undefined ||
        launch.structural !== undefined ||
        !!launch.engagement,
      measurementOnly: isMeasurementOnly(def),
      gaugeSum,
      costPerYear: def.cost.launch + 4 * def.cost.upkeep,
      width: range.max - range.min,
      partnerPositions: def.partners.map((p) => siloPosition(scenario, p.silo)),
      partnerLoads: def.partners.map((p) => ASK_LOAD[p.ask]),
    };
  });
  plans.set(scenario, found);
  return found;
}

/** Whether an initiative only measures (what a report-only player may run). */
function isMeasurementOnly(def: Initiative): boolean {
  const e = def.effects;
  const onlyMeasurability = Object.entries(e.gauges ?? {}).every(
    ([gauge, v]) => gauge === 'measurability' || !v,
  );
  const onlyCounting = Object.entries(e.capabilities ?? {}).every(
    ([capability, v]) => capability === 'gainedLost' || !v,
  );
  return (
    e.experience === undefined &&
    !e.engagement &&
    !e.recovery &&
    !e.acquisition &&
    !e.closesLoop &&
    def.onLaunch === undefined &&
    onlyMeasurability &&
    onlyCounting
  );
}

export interface PolicyOptions {
  /** Ignore the power core: shared initiatives only, arguments chosen as if it did not exist. */
  readonly generic?: boolean;
  readonly constraint?: Constraint;
}

/** Whether the strategy may launch an initiative at all. */
function mayLaunch(plan: Plan, options: PolicyOptions): boolean {
  if (options.generic && !plan.shared) return false;
  switch (options.constraint) {
    case 'no-listening':
      return !plan.listening;
    case 'report-only':
      return plan.measurementOnly;
    case 'fight-the-core':
      return plan.affinity <= 0.2;
    case 'no-accountability':
      return plan.category !== 'accountability';
    case 'no-empowerment':
      return plan.category !== 'empowerment';
    default:
      return true;
  }
}

/** The arguments the strategy may use. */
function allowedApproaches(scenario: Scenario, options: PolicyOptions): Approach[] {
  return APPROACHES.filter((a) => {
    if (options.constraint === 'no-pilots' && a === 'pilot') return false;
    if (options.constraint === 'fight-the-core')
      return a === 'escalate' || scenario.approaches[a].coreAffinity[scenario.powerCore] <= 0.2;
    return true;
  });
}

/**
 * Value of lifting a stage by `lift` points when the player sees it `short` points short, in churn
 * gap points: what the shortfall weighs now less what it would weigh, plus a little relief for
 * going beyond expectations.
 */
function gapValue(lift: number, short: number): number {
  const need = short > 0 ? short : 0;
  if (lift <= 0) return shortfallWeight(need) - shortfallWeight(need - lift);
  if (lift <= need) return shortfallWeight(need) - shortfallWeight(need - lift);
  return shortfallWeight(need) + TUNING.delightRelief * (lift - need);
}

/** The shortfall the strategy reads into a stage: measured or believed, or from exit reasons. */
function readShortfall(view: PlayerView, i: number, k: number, weight: number, p: Params): number {
  const segment = view.segments[i]!;
  if (segment.measured[k] || !segment.reasons) return segment.shortfall[k]!;
  return (p.reasonGap * segment.reasons[k]!) / Math.max(0.05, weight);
}

/**
 * What a launch would do for customers, as the strategy sees it: for each segment it is aimed at
 * (weighted by customers and revenue), the churn gap its lifts would remove on the stages that
 * look short, and the churn its recovery would win back.
 */
export function customerValue(scenario: Scenario, view: PlayerView, plan: Plan, p: Params): number {
  const recovery = plan.def.effects.recovery ?? 0;
  const weightTable = stageWeights(scenario);
  let value = 0;
  for (let i = 0; i < weightTable.length; i++) {
    if (!plan.targets[i]) continue;
    const seg = view.segments[i]!;
    const weight = p.customerWeight * seg.customerShare + (1 - p.customerWeight) * seg.revenueShare;
    const weights = weightTable[i]!;
    let stages = 0;
    for (let k = 0; k < 5; k++) {
      const lift = plan.totalLifts[k]!;
      if (lift === 0) continue;
      const w = weights[k]!;
      stages += w * gapValue(lift, readShortfall(view, i, k, w, p));
    }
    value += weight * (stages + p.recovery * recovery);
  }
  return value;
}

const weightTables = new WeakMap<Scenario, number[][]>();

/** Each segment's stage weights in STAGES order, worked out once per scenario. */
function stageWeights(scenario: Scenario): number[][] {
  let found = weightTables.get(scenario);
  if (!found) {
    found = scenario.segments.map((segment) => STAGES.map((stage) => segment.weights[stage]));
    weightTables.set(scenario, found);
  }
  return found;
}

/**
 * How much a launch matters now; below `launchAbove` the strategy does not want it. `customer` is
 * its customer value as a share of the best on offer (0..1), so that `experience` weighs it the
 * same in every scenario.
 */
export function priority(
  state: GameState,
  plan: Plan,
  p: Params,
  running: RunningSummary,
  generic: boolean,
  customer: number,
): number {
  const e = plan.def.effects;
  let value = 100 * p.experience * customer;
  value += p.engagement * ((e.engagement ?? 0) + (plan.def.onLaunch?.engagement ?? 0));
  value += p.gauges * plan.gaugeSum;
  switch (plan.category) {
    case 'accountability':
      value += p.accountability;
      break;
    case 'empowerment':
      value += p.empowerment;
      break;
    case 'incentives':
      value += p.incentives;
      break;
    case 'leadership':
      if (!plan.closesLoop) value += p.leadership;
      break;
    case 'technology':
      value += p.technology;
      break;
    case 'experience':
      value += p.experienceCategory;
      break;
    default:
      break;
  }
  if (plan.revealsStages && !running.stages) value += p.listenStages;
  if (plan.revealsReasons && !running.reasons) value += p.listenReasons;
  if (plan.revealsScores && !running.scores) value += p.listenScores;
  if (plan.closesLoop && running.listening) value += p.closeLoop;
  if (plan.valueModel) value += p.valueModel;
  if (!generic) value += p.fit * plan.affinity;
  value -= p.cost * plan.costPerYear;
  return value - (state.budget < 0 ? 1000 : 0);
}

interface RunningSummary {
  stages: boolean;
  reasons: boolean;
  scores: boolean;
  listening: boolean;
}

export function runningSummary(state: GameState, byId: Map<string, Plan>): RunningSummary {
  const s: RunningSummary = { stages: false, reasons: false, scores: false, listening: false };
  for (const run of state.initiatives) {
    const plan = byId.get(run.id)!;
    if (plan.revealsStages) s.stages = true;
    if (plan.revealsReasons) s.reasons = true;
    if (plan.revealsScores) s.scores = true;
    if (plan.listening) s.listening = true;
  }
  return s;
}

const planIndexes = new WeakMap<Scenario, Map<string, Plan>>();

export function planIndex(scenario: Scenario): Map<string, Plan> {
  let found = planIndexes.get(scenario);
  if (!found) {
    found = new Map(plansOf(scenario).map((plan) => [plan.def.id, plan]));
    planIndexes.set(scenario, found);
  }
  return found;
}

/** What an event's option looks like it does, from the effects the story describes. */
function optionValue(option: EventOption, p: Params): number {
  const e = option.effects;
  let value = 0;
  for (const stage of STAGES) {
    value +=
      p.eventExperience * (e.experience?.[stage] ?? 0) +
      p.eventStructural * (e.structural?.[stage] ?? 0) -
      p.eventExperience * (e.expectations?.[stage] ?? 0);
  }
  value += p.eventEngagement * (e.engagement ?? 0) + p.eventSupport * (e.ceoSupport ?? 0);
  value -= p.eventLost * (e.customersLost ?? 0);
  for (const delta of Object.values(e.gauges ?? {})) value += p.eventGauges * (delta ?? 0);
  for (const delta of Object.values(e.trust ?? {})) value += p.eventTrust * (delta ?? 0);
  value += p.eventBudget * (e.budget ?? 0);
  value -=
    p.eventBudget * option.cost.budget +
    p.eventTime * option.cost.actionPoints +
    2 * p.eventTime * option.cost.politicalCapital;
  return value;
}

/** The argument with the best expected commitment for a talk, or null when none is worth it. */
function chooseApproach(
  turn: BotTurn,
  talk: OpenTalk,
  p: Params,
  approaches: readonly Approach[],
  generic: boolean,
): Approach | null {
  const { scenario } = turn;
  const silo = findSilo(scenario, talk.silo)!;
  const partner = talk.run.partners.find((x) => x.silo === talk.silo)!;
  const retry = partner.outcome !== undefined;
  let best: Approach | null = null;
  let bestValue = -Infinity;
  for (const approach of approaches) {
    let score = approachScore(turn, talk, silo, partner, approach);
    if (score === null) continue;
    if (generic) {
      // Blind to the power core: the strategy judges the argument without the core's part.
      const factors = negotiationFactors(talkSetup(turn, talk, silo, partner, approach));
      score = negotiationScore(factors.filter((f) => f.id !== 'core'));
    }
    const odds = negotiationOdds(score);
    const full = approach === 'pilot' || talk.run.scale === 'pilot' ? 0.5 : 1;
    let value = odds.full * full + odds.pilot * 0.5 + odds.nominal * TUNING.nominalCommitment;
    value += p[approach];
    if (value > bestValue) {
      best = approach;
      bestValue = value;
    }
  }
  if (best === null || (retry && bestValue < p.retryAt)) return null;
  return best;
}

/** The segments to listen to directly now, least recently measured first. */
function listenTarget(turn: BotTurn, p: Params): string | null {
  const { scenario, state } = turn;
  if (p.listenEvery <= 0 || (state.quarter - 1) % p.listenEvery !== 0) return null;
  let listened = 0;
  for (let k = state.log.length - 1; k >= 0; k--) {
    const entry = state.log[k]!;
    if (entry.kind === 'listened' && entry.quarter === state.quarter) listened += 1;
    if (entry.kind === 'resolved') break;
  }
  if (listened >= p.listenSegments) return null;
  let best: string | null = null;
  let bestAge = -1;
  for (let i = 0; i < scenario.segments.length; i++) {
    const m = state.measured[i]!.stages.service;
    const age = m ? state.quarter - m.quarter : 99;
    if (age <= 1) continue;
    const id = scenario.segments[i]!.id;
    if (!notRefused(turn, { type: 'listen', segment: id })) continue;
    const weighted = age * (1 + state.company.segments[i]!.customers / 10000);
    if (weighted > bestAge) {
      best = id;
      bestAge = weighted;
    }
  }
  return best;
}

/** A set kept in the bot's memory for the current turn only. */
function perTurn(turn: BotTurn, name: string): Set<string> {
  const quarter = turn.state.quarter;
  let found = turn.memory[name] as { quarter: number; keys: Set<string> } | undefined;
  if (!found || found.quarter !== quarter) {
    found = { quarter, keys: new Set<string>() };
    turn.memory[name] = found;
  }
  return found.keys;
}

/** Initiatives whose pilot showed they do not work here: never launched again. */
function duds(turn: BotTurn): Set<string> {
  let found = turn.memory['duds'] as Set<string> | undefined;
  if (!found) {
    found = new Set<string>();
    turn.memory['duds'] = found;
  }
  return found;
}

/** A strategy with these parameters, under a constraint (or none). */
export function policyBot(name: string, params: Params, options: PolicyOptions = {}): Bot {
  const p = normaliseParams(params);
  const generic = options.generic === true;
  const constraint = options.constraint;
  return {
    name,
    next(turn) {
      const { scenario, state } = turn;
      const event = answerPending(turn, (ev: GameEvent, choices: EventOption[]) =>
        chooseOption(ev, choices, p, constraint),
      );
      if (event) return event;

      // Reports: weighed once a turn (nothing new appears later in the same turn).
      if (
        constraint !== 'no-reports' &&
        state.actionPoints >= 1 &&
        state.lastReport?.quarter !== state.quarter &&
        turn.memory['report-checked'] !== state.quarter
      ) {
        turn.memory['report-checked'] = state.quarter;
        const report: Action = { type: 'reportToCeo' };
        if (reportGain(scenario, state).gain >= p.reportAt && notRefused(turn, report))
          return report;
      }

      // Pilots that have been read: scale the good ones, stop the duds.
      for (const run of state.initiatives) {
        if (run.scale !== 'pilot' || !run.pilotReading) continue;
        const share = run.pilotReading.share;
        if (share < p.stopPilot) {
          const stop: Action = { type: 'stop', initiative: run.id };
          if (notRefused(turn, stop)) {
            duds(turn).add(run.id);
            return stop;
          }
        } else if (share >= p.scaleAt && state.actionPoints >= 2 && constraint !== 'no-pilots') {
          const def = planIndex(scenario).get(run.id)!.def;
          const scale: Action = { type: 'scale', initiative: run.id };
          if (
            budgetCovers(
              turn,
              def.cost.launch * TUNING.scaleCostShare,
              def.cost.upkeep,
              'full',
              p.reserve * state.yearBudget,
              upkeep(turn),
            ) &&
            notRefused(turn, scale)
          )
            return scale;
        }
      }

      // Talks with the partners still to persuade.
      if (state.actionPoints >= 1) {
        const approaches = allowedApproaches(scenario, options);
        // Within a turn time, budget and capital only fall: a talk not worth having now will not
        // be later in the same turn.
        const skipped = perTurn(turn, 'skipped-talks');
        for (const talk of openTalks(turn, state.actionPoints >= 2)) {
          const key = `${talk.silo}|${talk.run.id}`;
          if (skipped.has(key)) continue;
          const approach = chooseApproach(turn, talk, p, approaches, generic);
          if (!approach) {
            skipped.add(key);
            continue;
          }
          const action: Action = {
            type: 'negotiate',
            initiative: talk.run.id,
            silo: talk.silo,
            approach,
          };
          if (notRefused(turn, action)) return action;
        }
      }

      // Listening directly: precise and current, for one segment at a time.
      if (
        constraint !== 'no-listening' &&
        state.actionPoints >= TUNING.directListeningActionPoints &&
        state.budget >= TUNING.directListeningBudget
      ) {
        const segment = listenTarget(turn, p);
        if (segment) return { type: 'listen', segment };
      }

      const launch = chooseLaunch(turn, p, options);
      if (launch) return launch;
      return { type: 'endQuarter' };
    },
  };
}

function chooseOption(
  event: GameEvent,
  options: EventOption[],
  p: Params,
  constraint: Constraint | undefined,
): EventOption | undefined {
  if (constraint === 'default-events' || constraint === 'report-only') return defaultOption(event);
  let best: EventOption | undefined;
  let bestValue = -Infinity;
  for (const option of options) {
    const value = optionValue(option, p);
    if (value > bestValue) {
      best = option;
      bestValue = value;
    }
  }
  return best;
}

/** The most valuable launch the budget, the silos and the time allow, if any is worth it. */
/**
 * Each plan's customer value as a share of the best on offer (0 for plans the strategy may not
 * launch). It depends only on what the player sees, which changes at the end of a quarter and
 * when the player listens, so it is worked out once per quarter and listen.
 */
function customerShares(turn: BotTurn, p: Params, options: PolicyOptions): number[] {
  const { scenario, state } = turn;
  let listens = 0;
  for (let k = state.log.length - 1; k >= 0; k--) {
    const entry = state.log[k]!;
    if (entry.kind === 'resolved') break;
    if (entry.kind === 'listened') listens += 1;
  }
  const key = `${state.quarter}|${listens}`;
  const cached = turn.memory['customer-shares'] as { key: string; shares: number[] } | undefined;
  if (cached && cached.key === key) return cached.shares;
  const view = playerView(scenario, state);
  const values = plansOf(scenario).map((plan) =>
    mayLaunch(plan, options) ? customerValue(scenario, view, plan, p) : 0,
  );
  let best = 0;
  for (const v of values) if (v > best) best = v;
  const shares = values.map((v) => (best > 0 ? v / best : 0));
  turn.memory['customer-shares'] = { key, shares };
  return shares;
}

/** The most valuable launch the budget, the silos and the time allow, if any is worth it. */
function chooseLaunch(turn: BotTurn, p: Params, options: PolicyOptions): Action | null {
  const { scenario, state } = turn;
  if (state.actionPoints < 1 || state.initiatives.length >= p.maxRunning) return null;
  const running = runningSummary(state, planIndex(scenario));
  const shares = customerShares(turn, p, options);
  const loads = siloLoads(scenario, state);
  const capacities = scenario.silos.map((_, j) => siloCapacity(scenario, state, j));
  const launched = new Set<string>();
  for (const run of state.initiatives) launched.add(run.id);
  const upkeepNow = upkeep(turn);
  const reserve = p.reserve * state.yearBudget;
  let best: Plan | null = null;
  let bestScale: 'pilot' | 'full' = 'full';
  let bestValue = p.launchAbove;
  const known = duds(turn);
  // Within a turn time, budget and capital only fall and silos only fill up: a launch that
  // cannot happen now will not happen later in the same turn.
  const cannot = perTurn(turn, 'cannot-launch');
  const plans = plansOf(scenario);
  for (let n = 0; n < plans.length; n++) {
    const plan = plans[n]!;
    const def = plan.def;
    if (cannot.has(def.id) || known.has(def.id) || launched.has(def.id)) continue;
    if (!mayLaunch(plan, options)) continue;
    // What it is worth first (cheap); what it takes only for those worth more than the best yet.
    const value = priority(state, plan, p, running, options.generic === true, shares[n]!);
    if (value <= bestValue) continue;
    const ap = def.cost.actionPoints + (def.partners.length > 0 ? 1 : 0);
    let room = state.actionPoints >= ap && state.politicalCapital >= def.cost.politicalCapital;
    for (let k = 0; room && k < plan.partnerPositions.length; k++) {
      const j = plan.partnerPositions[k]!;
      if (j >= 0 && loads[j]! + plan.partnerLoads[k]! > capacities[j]! + p.overloadSlack)
        room = false;
    }
    if (!room) {
      cannot.add(def.id);
      continue;
    }
    const scale: 'pilot' | 'full' =
      def.pilotable && options.constraint !== 'no-pilots' && plan.width >= p.pilotWidth
        ? 'pilot'
        : 'full';
    const action: Action = { type: 'launch', initiative: def.id, scale };
    if (!notRefused(turn, action)) continue;
    if (!budgetCovers(turn, def.cost.launch, def.cost.upkeep, scale, reserve, upkeepNow)) {
      cannot.add(def.id);
      continue;
    }
    best = plan;
    bestScale = scale;
    bestValue = value;
  }
  return best ? { type: 'launch', initiative: best.def.id, scale: bestScale } : null;
}
