// The shape of a resolved scenario: what the engine simulates. Loading and validation live in
// src/scenario; this module only names the data. Imports nothing.

/** The six kinds of power core (DESIGN.md §2). */
export const POWER_CORES = [
  'product',
  'marketing',
  'sales',
  'specialty',
  'it',
  'customer',
] as const;
export type PowerCore = (typeof POWER_CORES)[number];

/** The five journey stages every customer goes through. */
export const STAGES = ['awareness', 'decision', 'purchase', 'service', 'repurchase'] as const;
export type Stage = (typeof STAGES)[number];

/** What a silo leader is paid on, in broad kinds; negotiation arguments fit some kinds better. */
export const KPI_FOCUSES = [
  'growth',
  'efficiency',
  'quality',
  'risk',
  'brand',
  'innovation',
  'uptime',
  'satisfaction',
] as const;
export type KpiFocus = (typeof KPI_FOCUSES)[number];

export const PERSONALITIES = [
  'ambitious',
  'cautious',
  'analytical',
  'proud',
  'loyal',
  'pragmatic',
] as const;
export type Personality = (typeof PERSONALITIES)[number];

/** The approaches a CCO can take with a silo leader (DESIGN.md §3, Negotiation). */
export const APPROACHES = [
  'kpi',
  'voice',
  'money',
  'trade',
  'pilot',
  'champion',
  'escalate',
] as const;
export type Approach = (typeof APPROACHES)[number];

export const GAUGES = ['motivation', 'measurability', 'implementability'] as const;

/** The CEO's verdicts at a year review, from best to worst. */
export const VERDICTS = ['pleased', 'patient', 'worried', 'final-warning'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type Gauge = (typeof GAUGES)[number];

/** The four customer accountability capabilities (lesson L5). */
export const CAPABILITIES = ['gainedLost', 'serviceProblems', 'resolution', 'linkage'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const CATEGORIES = [
  'listening',
  'accountability',
  'empowerment',
  'incentives',
  'experience',
  'technology',
  'leadership',
  'value',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a listening programme reveals (lesson L8). */
export const REVEALS = ['scores', 'stages', 'churnReasons'] as const;
export type Reveal = (typeof REVEALS)[number];

export const ASK_SIZES = ['small', 'medium', 'large'] as const;
export type AskSize = (typeof ASK_SIZES)[number];

export const LESSONS = [
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
  'L8',
  'L9',
  'L10',
  'L11',
  'L12',
  'L13',
  'L14',
] as const;
export type LessonId = (typeof LESSONS)[number];

/** A user-visible text: one string, or one per language code ({ en, pl, uk }). */
export type Text = string | Readonly<Record<string, string>>;

export type StageNumbers = Readonly<Record<Stage, number>>;
export type PartialStageNumbers = Readonly<Partial<Record<Stage, number>>>;

export interface Segment {
  readonly id: string;
  readonly name: Text;
  readonly description: Text;
  /** Customers at the start of the game (whole number). */
  readonly customers: number;
  /** Revenue per customer per quarter, in thousands of the scenario's currency. */
  readonly revenuePerCustomer: number;
  /** New customers per quarter at neutral experience, as a share of the starting count (0..0.2). */
  readonly acquisition: number;
  /** Quarterly churn nobody can prevent (moves, closures, budgets), 0..0.1. */
  readonly uncontrollableChurn: number;
  /** Quarterly churn at zero experience gap, 0..0.1. */
  readonly baseChurn: number;
  /** Extra quarterly churn per point of weighted experience gap, 0..0.01. */
  readonly churnPerGapPoint: number;
  /** How much each stage matters to this segment; the weights sum to 1 (lesson L13). */
  readonly weights: StageNumbers;
  /** True experience quality per stage at the start, 0..100. */
  readonly experience: StageNumbers;
  /** What customers expect per stage at the start, 0..100. */
  readonly expectations: StageNumbers;
  /** Points per quarter by which expectations rise. */
  readonly expectationDrift: number;
}

export interface Leader {
  readonly name: Text;
  readonly title: Text;
  readonly personality: Personality;
  readonly bio: Text;
  /** Drawing parameters for the procedurally drawn portrait. */
  readonly portrait: Readonly<{ skin: number; hair: number; hairStyle: number; accent: number }>;
  /** Lines this leader says instead of the defaults, keyed like `full.trust`. */
  readonly voice: Readonly<Record<string, Text>>;
}

export interface Silo {
  readonly id: string;
  readonly name: Text;
  /** A broad role, so shared initiatives can name their partners (`role:sales`). */
  readonly role: string;
  readonly leader: Leader;
  readonly kpi: Readonly<{ name: Text; focus: KpiFocus }>;
  /** 0..100: weight in the company; the power-core silo is the highest. */
  readonly influence: number;
  /** 0..100: the leader's trust in the CCO at the start. */
  readonly trust: number;
  /** 0..100: how much the silo thinks about customers. */
  readonly orientation: number;
  /** Initiatives the silo can carry at once before it is overloaded. */
  readonly capacity: number;
  /** Journey stages this silo delivers. */
  readonly stages: readonly Stage[];
}

/** Changes applied once (events, launches) to the company and the CCO's position. */
export interface Effects {
  /** Temporary shift of true experience (recovers towards its level). */
  readonly experience?: PartialStageNumbers;
  /** Lasting shift of the experience level the company returns to. */
  readonly structural?: PartialStageNumbers;
  readonly expectations?: PartialStageNumbers;
  /** Limits experience, structural and customer effects to these segments (all when absent). */
  readonly segments?: readonly string[];
  readonly engagement?: number;
  readonly gauges?: Readonly<Partial<Record<Gauge, number>>>;
  readonly capabilities?: Readonly<Partial<Record<Capability, number>>>;
  readonly ceoSupport?: number;
  /** Change of this year's CCO budget, in thousands. */
  readonly budget?: number;
  readonly politicalCapital?: number;
  /** Trust change by silo id, `*` for every silo, `core` for the power-core silo. */
  readonly trust?: Readonly<Record<string, number>>;
  readonly orientation?: Readonly<Record<string, number>>;
  /** Share of customers that leave at once (0..0.3), counted as churn for this stage. */
  readonly customersLost?: number;
  readonly customersLostStage?: Stage;
  /** Leadership's optimism about service, in points (lesson L7). */
  readonly beliefGap?: number;
}

/** Effects that hold while an initiative runs, scaled by its ramp and realisation. */
export interface InitiativeEffects {
  readonly experience?: PartialStageNumbers;
  readonly engagement?: number;
  readonly gauges?: Readonly<Partial<Record<Gauge, number>>>;
  readonly capabilities?: Readonly<Partial<Record<Capability, number>>>;
  /** Share of controllable churn won back by fixing problems on the spot, 0..0.5. */
  readonly recovery?: number;
  /** Extra acquisition as a share of the base, 0..0.5. */
  readonly acquisition?: number;
  /** Feedback is acted on and shared (lesson L9). */
  readonly closesLoop?: boolean;
  /** Results can be shown in money (lesson L11). */
  readonly valueModel?: boolean;
}

export interface Listening {
  readonly reveals: readonly Reveal[];
  /** Uncertainty of a measurement at full ramp, in points (±). */
  readonly precision: number;
  /** Quarters between refreshes: 1 = every quarter, 4 = once a year. */
  readonly cadence: number;
}

export interface Partner {
  /** A silo id, or `role:<role>` resolved against the scenario's silos. */
  readonly silo: string;
  readonly ask: AskSize;
}

export interface Initiative {
  readonly id: string;
  readonly name: Text;
  readonly summary: Text;
  readonly category: Category;
  /** Budget at launch and each quarter after, in thousands; action points and capital at launch. */
  readonly cost: Readonly<{
    launch: number;
    upkeep: number;
    actionPoints: number;
    politicalCapital: number;
  }>;
  /** Quarters to reach full effect. */
  readonly rampQuarters: number;
  readonly partners: readonly Partner[];
  readonly pilotable: boolean;
  /** Fit with each power core, -1..1 (lesson L3). */
  readonly affinity: Readonly<Partial<Record<PowerCore, number>>>;
  /**
   * How much of the stated effect it really has in this company, drawn per seed from this range
   * (lesson L14: a pilot finds out). Absent: the shared default range.
   */
  readonly effectRange?: Readonly<{ min: number; max: number }>;
  /** Segments the initiative is aimed at (all when empty). */
  readonly segments: readonly string[];
  readonly effects: InitiativeEffects;
  readonly listening?: Listening;
  /** Applied once when the initiative starts. */
  readonly onLaunch?: Effects;
  /** Lessons this initiative can show. */
  readonly lessons: readonly LessonId[];
  /** Marks the shared catalogue entries and the anti-patterns, for bots and the catalogue filter. */
  readonly tags: readonly string[];
}

export interface EventOption {
  readonly id: string;
  readonly label: Text;
  readonly outcome: Text;
  readonly cost: Readonly<{ budget: number; actionPoints: number; politicalCapital: number }>;
  readonly effects: Effects;
  readonly lessons: readonly LessonId[];
}

export interface GameEvent {
  readonly id: string;
  readonly title: Text;
  readonly text: Text;
  /** The silo at the centre of the story, if any. */
  readonly silo?: string;
  readonly weight: number;
  readonly firstQuarter: number;
  readonly lastQuarter: number;
  /** Weight multiplier per power core; 1 when absent. */
  readonly coreWeights: Readonly<Partial<Record<PowerCore, number>>>;
  readonly options: readonly EventOption[];
  /** The option that happens when nobody acts (and in the do-nothing twin). */
  readonly defaultOption: string;
  /** Running any of these initiatives defuses the event (lesson L6). */
  readonly mitigatedBy: readonly string[];
  readonly mitigatedText?: Text;
  readonly lessons: readonly LessonId[];
}

export interface ApproachInfo {
  readonly name: Text;
  readonly description: Text;
  /** Fit with each power core, -1..1. */
  readonly coreAffinity: Readonly<Record<PowerCore, number>>;
  /** Fit with each KPI focus, -1..1. */
  readonly kpiAffinity: Readonly<Record<KpiFocus, number>>;
  /** Extra fit per personality, -1..1. */
  readonly personality: Readonly<Record<Personality, number>>;
}

export interface Scenario {
  readonly id: string;
  readonly version: number;
  readonly title: Text;
  readonly powerCore: PowerCore;
  /** The silo that holds the power core (absent for a customer-centred company). */
  readonly coreSilo?: string;
  readonly company: Readonly<{
    name: Text;
    industry: Text;
    tagline: Text;
    history: Text;
    currency: string;
    /** Share of revenue that is profit, 0..1. */
    margin: number;
  }>;
  readonly ceo: Readonly<{
    name: Text;
    title: Text;
    expectations: Text;
    portrait: Leader['portrait'];
    /** The CEO's own words for the verdicts of a year review, instead of the game's. */
    voice?: Readonly<Partial<Record<Verdict, Text>>>;
  }>;
  readonly mandate: Text;
  /** The CCO's budget for the first year, in thousands. */
  readonly budget: number;
  /** Starting levels of the organisation. */
  readonly organisation: Readonly<{
    engagement: number;
    gauges: Readonly<Record<Gauge, number>>;
    /** How much better leadership believes service is than it is, in points. */
    beliefGap: number;
    /** Share of each segment's weighted shortfall that sits in its blind-spot stage, 0..1. */
    blindSpot?: number;
    /** How much the power core overrates the stages it owns, in points. */
    coreBias?: number;
  }>;
  readonly segments: readonly Segment[];
  readonly silos: readonly Silo[];
  readonly initiatives: readonly Initiative[];
  readonly events: readonly GameEvent[];
  readonly approaches: Readonly<Record<Approach, ApproachInfo>>;
  /** Default leader lines by `outcome.reason`, and texts the engine refers to by key. */
  readonly voice: Readonly<Record<string, Text>>;
}
