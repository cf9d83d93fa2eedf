// The game state, actions and refusals: plain serialisable data (no classes, Map or Set), so a
// JSON round-trip changes nothing and a save can be rebuilt by replay. Imports only types.

import type {
  Approach,
  Capability,
  Gauge,
  LessonId,
  Reveal,
  Stage,
  StageNumbers,
  Verdict,
} from './scenario-types';

/** The 2×2 of DESIGN.md plus the seat-time preset. */
export interface Difficulty {
  /** Whom the CCO reports to: the CEO (standard) or a vice-president (harder). */
  readonly authority: 'ceo' | 'vp';
  /** A slow decline (standard) or a churn crisis (harder, more budget, less patience). */
  readonly urgency: 'steady' | 'crisis';
  /** 20 quarterly turns, or 10 half-year turns over the same five years. */
  readonly seatTime: 'quarters' | 'half-years';
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type StageValues = Record<Stage, number>;

export interface Flows {
  won: number;
  lostControllable: number;
  lostUncontrollable: number;
  /** Controllable losses by the stage that drove them. */
  lostByStage: StageValues;
}

export interface SegmentState {
  /** Customers now (whole number, never negative). */
  customers: number;
  /** How many of the starting customers are still here (fractional). */
  cohort: number;
  /** True experience per stage, 0..100. */
  experience: StageValues;
  /** The experience level the company drifts back to without initiatives, 0..100. */
  level: StageValues;
  expectations: StageValues;
  /** Flows of the turn being played (events so far), of the last resolved turn, and in total. */
  turn: Flows;
  last: Flows;
  total: Flows;
}

/** The part of the world the player's company and its do-nothing twin share. */
export interface CompanyState {
  segments: SegmentState[];
  /** Employee engagement, 0..100 (lesson L10). */
  engagement: number;
  /** Revenue of the last resolved quarter, in thousands. */
  revenue: number;
  /** Customer profit since the start, in thousands (revenue × margin − CCO spending). */
  cumulativeProfit: number;
}

export interface SiloState {
  id: string;
  trust: number;
  orientation: number;
  /** How often each argument has been used with this leader: the same one wears out (lesson L3). */
  used: Partial<Record<Approach, number>>;
}

export type NegotiationOutcome = 'full' | 'pilot' | 'nominal' | 'refused';

export interface PartnerState {
  silo: string;
  /** Absent until the leader has answered. */
  outcome?: NegotiationOutcome;
  /** 0..1: how much of the ask the silo really delivers; decays without accountability. */
  commitment: number;
}

export interface InitiativeState {
  id: string;
  /** A pilot runs at a fraction of the effect and cost (lesson L14). */
  scale: 'pilot' | 'full';
  /** Waiting for partner silos, or running. */
  status: 'negotiating' | 'running';
  launchedQuarter: number;
  /** Quarters it has been running (ramps towards 1 over `rampQuarters`). */
  quartersRunning: number;
  partners: PartnerState[];
  /** Realised share of the full effect in the last resolution, 0..~1.3. */
  realisation: number;
  /** Which systemic gauge held it back most in the last resolution. */
  limitingGauge?: Gauge;
  /**
   * What a pilot showed once it had run for two quarters (lesson L14): the share of the stated
   * effect it has in this company, as measured (± uncertainty).
   */
  pilotReading?: { quarter: number; share: number; uncertainty: number };
  /** Set once the partners have seen it deliver a dud at full scale (they lose trust once). */
  dudSeen?: boolean;
}

/** A measured value with its uncertainty (± points) and when it was taken. */
export interface Measurement {
  value: number;
  uncertainty: number;
  quarter: number;
}

export interface SegmentMeasurements {
  satisfaction?: Measurement;
  stages: Partial<Record<Stage, Measurement>>;
  /** Why leaving customers left: shares by stage plus `other` (uncontrollable), with ± points. */
  churnReasons?: { quarter: number; uncertainty: number; shares: Record<Stage | 'other', number> };
}

export interface PendingEvent {
  event: string;
  quarter: number;
  /** Defused by a running initiative (lesson L6): the player only acknowledges it. */
  mitigated: boolean;
}

export interface EventRecord {
  event: string;
  quarter: number;
  option: string;
  mitigated: boolean;
}

export interface YearReview {
  year: number;
  quarter: number;
  revenue: number;
  revenueChange: number;
  customers: number;
  customersChange: number;
  ceoSupport: number;
  verdict: Verdict;
  budgetNext: number;
  /** The CEO saw the year in money (the customer-value model ran). */
  inMoney: boolean;
  /** Over half the budget went and no report showed results: support was cut. */
  noReturn: boolean;
}

export interface QuarterRecord {
  quarter: number;
  customers: number;
  revenue: number;
  cumulativeProfit: number;
  /** True satisfaction, 0..100. */
  satisfaction: number;
  /** What leadership believes satisfaction is. */
  believedSatisfaction: number;
  /** What the player has measured (customer-weighted), or null when nothing is measured. */
  measuredSatisfaction: number | null;
  measuredUncertainty: number | null;
  engagement: number;
  ceoSupport: number;
  /** Customers won and lost in this quarter (events included). */
  won: number;
  lost: number;
  lostControllable: number;
  /** Customers won and lost since the start. */
  wonTotal: number;
  lostTotal: number;
  lostControllableTotal: number;
  startingCustomersLeft: number;
  gauges: Record<Gauge, number>;
  twin: {
    customers: number;
    revenue: number;
    cumulativeProfit: number;
    satisfaction: number;
    lost: number;
    lostControllable: number;
    lostTotal: number;
    lostControllableTotal: number;
    startingCustomersLeft: number;
  };
}

export interface LessonRecord {
  lesson: LessonId;
  /** Met: the player did what the lesson teaches. Missed: the game showed the cost of not doing it. */
  kind: 'met' | 'missed';
  quarter: number;
  /** What showed it: a decision (index into the decision log), an event, or the resolution. */
  trigger:
    { type: 'decision'; index: number } | { type: 'event'; event: string } | { type: 'resolution' };
  /** Key of the explanation text; params fill it. */
  note: string;
  params: Record<string, string | number>;
}

export interface Factor {
  id: string;
  value: number;
}

export interface NegotiationResult {
  quarter: number;
  silo: string;
  initiative: string;
  approach: Approach;
  outcome: NegotiationOutcome;
  /** The negotiation score before luck; the odds shown to the player come from it. */
  score: number;
  /** Contributions to the score, biggest first: the leader's reasoning comes from the top one. */
  factors: Factor[];
  /** Key of the leader's line, e.g. `refused.evidence`. */
  line: string;
  /** The change to the leader's trust that happened (within the 0–100 limits). */
  trustChange: number;
}

export interface ChangeReason {
  key: string;
  delta: number;
  params?: Record<string, string | number>;
}

/** A change to a leader's trust, as it happened (after the 0–100 limits), and its cause. */
export interface TrustMove extends ChangeReason {
  silo: string;
  quarter: number;
}

export interface SegmentResolution {
  segment: string;
  customersBefore: number;
  customersAfter: number;
  won: number;
  lostControllable: number;
  lostUncontrollable: number;
  lostByStage: StageValues;
}

/** What the last end of quarter changed and why (the report screen). */
export interface Resolution {
  quarters: number[];
  segments: SegmentResolution[];
  revenueBefore: number;
  revenueAfter: number;
  upkeep: number;
  ceoSupportBefore: number;
  ceoSupportAfter: number;
  ceoReasons: ChangeReason[];
  engagementBefore: number;
  engagementAfter: number;
  gaugesBefore: Record<Gauge, number>;
  gaugesAfter: Record<Gauge, number>;
  /**
   * What moved employee engagement and each gauge over the turn, in points: the parts add up to
   * the change (`why.limits` holds what the 0–100 limits took).
   */
  gaugeReasons: Record<'engagement' | Gauge, ChangeReason[]>;
  notes: ChangeReason[];
  review?: YearReview;
  fired: boolean;
}

export interface RngStreamState {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** One entry of the chronological log: every decision and every random outcome. */
export type LogEntry =
  | { kind: 'decision'; index: number; quarter: number; action: Action }
  | { kind: 'event-drawn'; quarter: number; event: string; mitigated: boolean }
  | { kind: 'event-answered'; quarter: number; event: string; option: string; mitigated: boolean }
  | { kind: 'negotiation'; result: NegotiationResult }
  | { kind: 'listened'; quarter: number; segment: string }
  | { kind: 'report'; quarter: number; gain: number; inMoney: boolean; level: number | null }
  | { kind: 'resolved'; quarter: number; customers: number; twinCustomers: number }
  | { kind: 'year-review'; review: YearReview }
  | { kind: 'fired'; quarter: number };

export interface GameState {
  engineVersion: string;
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  /** The quarter being played, 1..20 (the first quarter of the turn in half-years). */
  quarter: number;
  /** Quarters resolved per turn: 1, or 2 for half-years. */
  quartersPerTurn: number;
  status: 'playing' | 'completed' | 'fired';
  company: CompanyState;
  twin: CompanyState;
  silos: SiloState[];
  budget: number;
  politicalCapital: number;
  actionPoints: number;
  /** 0..100; 0 means the CCO is fired (lesson L12). */
  ceoSupport: number;
  gauges: Record<Gauge, number>;
  capabilities: Record<Capability, number>;
  /** Leadership's belief about each segment's experience per stage (lesson L7). */
  beliefs: StageValues[];
  /** Each segment's blind spot: the stage that is worse than the company's story (truth). */
  blindSpots: Stage[];
  /** Each initiative's true effect here, as a share of the stated one, by catalogue position (truth). */
  effectFactors: number[];
  measured: SegmentMeasurements[];
  initiatives: InitiativeState[];
  /** Which event, if any, each quarter brings; fixed by the seed alone (common random numbers). */
  eventSchedule: (string | null)[];
  pendingEvents: PendingEvent[];
  events: EventRecord[];
  /**
   * Every change to a leader's trust since the last turn began to end (that turn's own changes,
   * then this turn's), so the silo panel can say what moved it. Not part of any outcome.
   */
  trustMoves: TrustMove[];
  /** Negotiations held this turn, as `silo|initiative`, so a leader is not asked twice. */
  negotiatedThisTurn: string[];
  rng: Record<string, RngStreamState>;
  /** Quarters in a row that feedback was collected but not acted on (lesson L9). */
  drawerQuarters: number;
  /**
   * The last report to the CEO: the result level it showed (null when it had nothing to show)
   * and the newest quarter of the data behind it, so the next one is judged on what is new.
   */
  lastReport: { quarter: number; level: number | null; dataQuarter: number } | null;
  /** The budget the year started with (set at each year review). */
  yearBudget: number;
  /** Budget spent this turn and this year (it comes out of customer profit). */
  spentThisTurn: number;
  spentThisYear: number;
  reviews: YearReview[];
  series: QuarterRecord[];
  /** The first row of the series: the company before the CCO did anything. */
  start: QuarterRecord;
  decisions: Action[];
  log: LogEntry[];
  lessons: LessonRecord[];
  lastResolution: Resolution | null;
  lastNegotiation: NegotiationResult | null;
}

export type Action =
  | { readonly type: 'launch'; readonly initiative: string; readonly scale: 'pilot' | 'full' }
  | { readonly type: 'scale'; readonly initiative: string }
  | { readonly type: 'stop'; readonly initiative: string }
  | {
      readonly type: 'negotiate';
      readonly initiative: string;
      readonly silo: string;
      readonly approach: Approach;
    }
  | { readonly type: 'answerEvent'; readonly event: string; readonly option: string }
  | { readonly type: 'listen'; readonly segment: string }
  | { readonly type: 'reportToCeo' }
  | { readonly type: 'endQuarter' };

export type ActionType = Action['type'];

export const REFUSALS = [
  'game-over',
  'event-pending',
  'no-event-pending',
  'unknown-event',
  'unknown-option',
  'unknown-initiative',
  'unknown-silo',
  'unknown-segment',
  'unknown-approach',
  'already-running',
  'not-running',
  'not-a-pilot',
  'not-pilotable',
  'still-negotiating',
  'not-a-partner',
  'already-answered',
  'already-asked',
  'needs-listening-data',
  'needs-value-model',
  'no-action-points',
  'no-budget',
  'no-political-capital',
  'no-ceo-support',
  'pilot-too-young',
  'pilot-already-run',
  'no-results-to-report',
] as const;
export type RefusalReason = (typeof REFUSALS)[number];

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** What was short, for the message (e.g. the cost and what is left). */
  readonly need?: number;
  readonly have?: number;
}

export type ActionResult = { readonly ok: true; readonly state: GameState } | Refusal;

export type { Reveal };
export type { StageNumbers };
