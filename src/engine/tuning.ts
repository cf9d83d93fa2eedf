// The model's coefficients in one place: scenario files hold the company (its customers, silos,
// initiatives and events); these numbers are the mechanism that every scenario shares. Golden
// tests snapshot the formulas that use them, so a change here shows as a reviewable diff.
// Imports nothing.

export const TUNING = {
  /** Share of the gap to its target that experience closes each quarter (inertia). */
  experienceInertia: 0.4,
  /** Share of the gap to its target that a gauge or capability closes each quarter. */
  gaugeInertia: 0.35,
  /** Share of the gap to its target that engagement closes each quarter. */
  engagementInertia: 0.25,
  /** Points of service and purchase experience per point of engagement above its start. */
  engagementToExperience: 0.2,

  /** Satisfaction index = 50 + this × weighted (experience − expectation), clamped 0..100. */
  satisfactionSlope: 1.6,
  /** Delight (experience above expectation) lowers churn at this share of the gap slope. */
  delightRelief: 0.5,
  /** Controllable churn never falls below this quarterly rate nor rises above the cap. */
  churnFloor: 0.001,
  churnCap: 0.2,
  /** Market noise: ± share of the quarterly churn and acquisition rates. */
  churnNoise: 0.15,
  uncontrollableNoise: 0.1,
  acquisitionNoise: 0.12,
  /** Acquisition rises by this share per point that awareness and decision beat expectations. */
  acquisitionPerPoint: 0.025,
  acquisitionMin: 0.25,
  acquisitionMax: 2,
  /** A stage whose experience meets expectations still takes this share of the blame. */
  reasonFloor: 0.5,

  /** Realisation of an initiative: gate = floor + slope × (systemic gauges blend / 100). */
  gateFloor: 0.3,
  gateSlope: 0.9,
  gateMax: 1.1,
  /** Engagement multiplier = base + slope × engagement / 100 (lesson L10). */
  engagementBase: 0.6,
  engagementSlope: 0.8,
  /** Power-core fit multiplier = 1 + this × affinity (lesson L3). */
  fitEffect: 0.35,
  /** A pilot delivers and costs this share of the full initiative (lesson L14). */
  pilotShare: 0.35,
  /** Scaling a pilot costs this share of the full launch cost. */
  scaleCostShare: 0.65,
  /** Quarters a pilot must run before its effect can be read and it can be scaled. */
  pilotQuarters: 2,

  /** Partner commitment lost per quarter without cross-silo linkage, when trust is below 60. */
  commitmentDecay: 0.035,
  commitmentGain: 0.03,
  commitmentFloor: 0.1,
  nominalCommitment: 0.3,
  /** Implementability lost per initiative beyond a silo's capacity (lesson L4). */
  overloadPenalty: 7,

  /** Points of service and repurchase experience from full cross-silo linkage (lesson L1). */
  linkageToExperience: 7,
  /** Points of service experience from full service-problem tracking. */
  serviceProblemsToExperience: 4,
  /** Share of controllable churn won back with full problem resolution. */
  resolutionRecovery: 0.22,
  recoveryCap: 0.5,
  /** Measurability gained per point of gained/lost and service-problem tracking. */
  capabilityToMeasurability: 0.15,
  /** Motivation per point of engagement away from 50 and per point of CEO support away from 50. */
  engagementToMotivation: 0.3,
  ceoToMotivation: 0.1,

  /** Feedback collected but not acted on (lesson L9): after this many quarters it hurts. */
  drawerGrace: 2,
  drawerEngagement: 6,
  drawerMotivation: 8,
  drawerService: 2,

  /** Believed experience follows this share of each real change (lesson L7). */
  beliefFollow: 0.2,
  beliefCeiling: 95,
  /** A report to the CEO moves beliefs this share of the way to what was measured. */
  reportBeliefPull: 0.5,

  /** Uncertainty of a measurement: precision / (coverage × (base + slope × measurability)). */
  measurabilityBase: 0.6,
  measurabilitySlope: 0.8,
  /** Uncertainty grows by this many points per quarter of a measurement's age (in the view). */
  stalenessPerQuarter: 1.5,
  /** Customer counts are uncertain by this share without gained/lost tracking. */
  countUncertainty: 0.12,
  directListeningPrecision: 3,
  directListeningActionPoints: 2,
  directListeningBudget: 8,

  /** CEO support lost per quarter of waiting for results (lesson L12), by urgency. */
  patience: { steady: 1.2, crisis: 2.0 },
  /** CEO support per point of quarterly revenue growth (in %), clamped. */
  revenueToSupport: 0.35,
  revenueSupportCap: 1.5,
  /** The CEO expects a report at least this often (quarters); silence costs support. */
  reportInterval: 3,
  silencePenalty: 0.6,
  /** A report: base gain, gain per point of measured satisfaction and per point of churn cut. */
  reportBase: 1.5,
  reportPerSatisfaction: 0.45,
  reportPerChurnPoint: 2.2,
  reportCap: 9,
  /** The worst a report can go: bad numbers, honestly shown. */
  reportFloor: -2,
  /** Results shown in money (lesson L11) convert this much better. */
  moneyMultiplier: 1.9,
  /** Reports through a vice-president reach the CEO diluted. */
  vpReportShare: 0.6,
  /** CEO support lost per share of the year's budget spent with nothing measured to show. */
  blindSpending: 10,
  /** A year in which over half the budget went and no report showed results costs this much. */
  noReturnPenalty: 8,
  noReturnSpendShare: 0.5,
  /** A report counts as showing results from this gain on. */
  convincingReport: 2,

  /** Year review: next budget = base × clamp(floor + slope × support/100 + growth × revenue change). */
  budgetFloor: 0.55,
  budgetSlope: 0.8,
  budgetGrowth: 2,
  budgetMin: 0.5,
  budgetMax: 1.5,
  crisisBudget: 1.25,

  /** Per-quarter resources. */
  actionPoints: { quarters: 5, 'half-years': 8 },
  /** Political capital = base + CEO support / step (+1 when reporting to the CEO). */
  capitalBase: 1,
  capitalStep: 25,
  capitalHalfYearShare: 1.5,
  startSupport: { ceo: 60, vp: 52 },

  /** Negotiation score weights (see negotiation.ts). */
  negotiation: {
    base: 0.05,
    trust: 0.9,
    orientation: 0.5,
    coreAffinity: 0.7,
    /** Other silos share the power core's culture at this weight. */
    coreShareOthers: 0.5,
    kpiAffinity: 0.6,
    initiativeFit: 0.4,
    personality: 0.5,
    evidence: 0.35,
    evidenceQuality: 0.45,
    money: 0.55,
    trade: 0.6,
    pilot: 0.7,
    champion: 0.2,
    escalate: { ceo: 1.4, vp: 0.9 },
    coreBackfire: 1.1,
    pilotResult: 0.45,
    ask: { small: 0, medium: 0.35, large: 0.7 },
    overload: 0.4,
    /** Luck: the score moves by ± half this width. */
    luck: 1.4,
    /** Score thresholds after luck: full, pilot only, nominal yes; below is a refusal. */
    fullAt: 0.45,
    pilotAt: 0,
    nominalAt: -0.45,
    tradeShare: 0.25,
    tradeMinimum: 10,
    championCapital: 1,
    escalateCapital: 2,
    escalateSupport: { ceo: 5, vp: 3 },
    /** Trust change after a negotiation, by outcome and by approach. */
    trustChange: {
      full: 4,
      pilot: 2,
      nominal: 0,
      refused: -3,
      aligned: 1,
      frontal: -2,
      escalate: -10,
      escalateCore: -18,
      champion: 3,
    },
    championOrientation: 5,
  },

  /** Score weights (sum 1000) and the ranges that map onto them (see score.ts). */
  score: {
    retention: { points: 300, from: 0.9, to: 1.25 },
    profit: { points: 200, from: 0.9, to: 1.2 },
    satisfaction: { points: 150, from: 20, to: 80 },
    engagement: { points: 100, from: 30, to: 80 },
    alignment: { points: 100, from: 30, to: 80 },
    ceoSupport: { points: 150, from: 0, to: 100 },
    firedShare: 0.7,
  },

  /** The chance that a quarter brings an event, and the quarter of the first one. */
  eventChance: 0.85,
  firstEventQuarter: 2,
} as const;
