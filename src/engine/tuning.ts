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
  /**
   * Front-line load (lesson L10): each running initiative beyond `strainFree` lowers the
   * engagement target by `strainPerInitiative`; each running empowerment initiative absorbs
   * `strainRelief` of it (at full ramp and commitment), up to all of it.
   */
  strainPerInitiative: 5,
  strainFree: 3,
  strainRelief: 0.5,
  /** Engagement lifts of initiatives other than empowerment count at this share. */
  otherEngagementShare: 0.5,
  /** Points of service and purchase experience per point of engagement above its start. */
  engagementToExperience: 0.15,

  /** Satisfaction index = 50 + this × weighted (experience − expectation), clamped 0..100. */
  satisfactionSlope: 1.6,
  /**
   * Experience above what customers expect counts at this share in satisfaction (lesson L13:
   * delight is meaningful service, not more of it), and lowers churn at `delightRelief` of the
   * gap slope; in acquisition, awareness and decision above expectation count at `delightShare`.
   */
  delightShare: 0.35,
  delightRelief: 0.15,
  /** A stage s points short weighs s + s²/gapCurve in the churn gap (customers judge by the worst). */
  gapCurve: 20,
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

  /**
   * The company's truth differs from its story (lesson L7), drawn per seed. The scenario gives
   * each stage's shortfall against expectations; in truth `blindSpotShare` of each segment's
   * weighted shortfall sits in one stage, its blind spot (scenarios may set their own share), at
   * least `blindSpotMinGap` points beyond the story's and at most `blindSpotMaxGap` short; other
   * stages keep the rest of theirs, give or take `truthSpread` points. A blind spot is a stage
   * the segment weighs at least `blindSpotMinWeight` and the catalogue can lift by at least
   * `blindSpotMinCoverage` points in all; the power core's own stages are `blindSpotCoreOdds`
   * times as likely.
   */
  blindSpotShare: 0.9,
  blindSpotMinGap: 8,
  blindSpotMaxGap: 45,
  truthSpread: 4,
  blindSpotMinWeight: 0.1,
  blindSpotMinCoverage: 10,
  blindSpotCoreOdds: 2,
  /**
   * Leadership believes the scenario's story plus its optimism (beliefGap), overrates the stages
   * the power core owns by `coreBias` points (scenarios may set their own), and errs by up to
   * ± `beliefNoise` points per stage and segment.
   */
  coreBias: 8,
  beliefNoise: 8,
  /** An initiative's true effect in this company: a share of the stated one, drawn per seed. */
  effectRange: { min: -0.5, max: 1.5 },

  /**
   * Hand-offs (lesson L1): points of experience per hand-off into a stage, per unit of change in
   * cooperation; and the share of an initiative's lift lost per hand-off at no cooperation.
   */
  handoffPoints: 5,
  handoffLoss: 0.3,
  /** Cooperation at a hand-off: this share comes from cross-silo linkage, the rest from the silos. */
  handoffLinkageShare: 0.6,
  /** Realisation of an initiative: gate = floor + slope × (systemic gauges blend / 100). */
  gateFloor: 0.3,
  gateSlope: 0.9,
  gateMax: 1.1,
  /** Engagement multiplier = base + slope × engagement / 100 (lesson L10). */
  engagementBase: 0.2,
  engagementSlope: 1.6,
  /** Power-core fit multiplier = 1 + this × affinity (lesson L3). */
  fitEffect: 1,
  /**
   * Launching an initiative against the power core (fit ≤ -0.3) costs the core silo this much
   * trust per point of misfit; one in its language (fit ≥ 0.4) wins `alignedTrust` per point
   * (lesson L3). Implementability follows the core's backing: `coreBacking` points per point of
   * its trust gained since the start.
   */
  frontalTrust: 8,
  alignedTrust: 5,
  coreBacking: 0.35,
  /** The power-core silo carries one more initiative per `coreCapacityStep` points of trust above `coreCapacityFrom`. */
  coreCapacityFrom: 55,
  coreCapacityStep: 15,
  coreCapacityMax: 2,
  /** A pilot read and then scaled works this much better: it was adapted on the way (lesson L14). */
  pilotLearning: 0.3,
  /** A pilot delivers and costs this share of the full initiative (lesson L14). */
  pilotShare: 0.35,
  /** Scaling a pilot costs this share of the full launch cost. */
  scaleCostShare: 0.65,
  /** Quarters a pilot must run before its effect can be read and it can be scaled. */
  pilotQuarters: 2,

  /** Partner commitment lost per quarter without cross-silo linkage, when trust is below 70. */
  commitmentDecay: 0.06,
  commitmentGain: 0.06,
  commitmentFloor: 0.1,
  nominalCommitment: 0.3,
  /** Implementability lost per initiative beyond a silo's capacity (lesson L4). */
  overloadPenalty: 7,
  /** A full roll-out that turns out a dud costs each committed partner this much trust, and the CEO `dudSupport`. */
  dudTrust: 8,
  dudSupport: 3,
  /** An initiative counts as a dud when it delivers less than this share of its stated effect. */
  dudShare: 0.55,
  /** Uncertainty of a pilot's reading (share of the stated effect): base + slope × (1 − measurability). */
  pilotReadingBase: 0.08,
  pilotReadingSlope: 0.2,
  /** Without any listening the reading is this many times as uncertain. */
  pilotReadingBlind: 3,

  /** Points of service experience from full service-problem tracking. */
  serviceProblemsToExperience: 4,
  /** Share of controllable churn won back with full problem resolution. */
  resolutionRecovery: 0.15,
  /** Without knowing why customers leave, recovery loses up to this share (lesson L8). */
  recoveryBlind: 0.7,
  recoveryCap: 0.3,
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
  /** A measurement at most this many quarters old is fresh: evidence in talks and reports. */
  freshQuarters: 2,
  /**
   * Share of an improvement that lands on a stage nobody has asked customers about (lesson L8);
   * fresh exit reasons that blame a stage for at least `insightReasonShare` of the leavers make
   * it `insightFromReasons`; a fresh measurement of the stage, all of it.
   */
  insightFloor: 0.1,
  insightReasonShare: 0.1,
  insightFromReasons: 0.85,
  /** Customer counts are uncertain by this share without gained/lost tracking. */
  countUncertainty: 0.12,
  directListeningPrecision: 3,
  directListeningActionPoints: 2,
  directListeningBudget: 8,

  /** CEO support lost per quarter of waiting for results (lesson L12), by urgency. */
  patience: { steady: 1.0, crisis: 1.6 },
  /** CEO support per point of quarterly revenue growth (in %), clamped. */
  revenueToSupport: 0.35,
  revenueSupportCap: 1.5,
  /** The CEO expects a report at least this often (quarters); silence costs support. */
  reportInterval: 3,
  silencePenalty: 0.8,
  /**
   * A report shows results against the do-nothing forecast (lessons L11, L12): the churn cut
   * since the start (from the gained/lost ledger: customers kept, in % of those the forecast
   * loses) and fresh measured satisfaction (in points). The CEO credits what is new since the
   * last report.
   */
  reportPerKeptPoint: 0.9,
  reportPerSatisfaction: 1.2,
  reportCap: 12,
  /** The worst a report can go: results falling, honestly shown. */
  reportFloor: -3,
  /** A report with nothing new to show costs this much credibility. */
  emptyReport: 2,
  /** Results shown in money (lesson L11) convert this much better. */
  moneyMultiplier: 1.8,
  /**
   * A convinced CEO is harder to impress further: a report's gain shrinks in proportion once
   * support is within `reportHeadroom` points of 100.
   */
  reportHeadroom: 40,
  /** Reports through a vice-president reach the CEO diluted. */
  vpReportShare: 0.6,
  /** CEO support lost per share of the year's budget spent with nothing measured to show. */
  blindSpending: 10,
  /** A year in which over half the budget went and no report showed results costs this much. */
  noReturnPenalty: 8,
  noReturnSpendShare: 0.5,
  /** A year's reports convince the CEO when together they gained this much support. */
  convincingReport: 2,

  /** Year review: next budget = base × clamp(floor + slope × support/100 + growth × revenue change). */
  budgetFloor: 0.55,
  budgetSlope: 0.8,
  budgetGrowth: 2,
  budgetMin: 0.5,
  budgetMax: 1.5,
  crisisBudget: 1.25,
  /** A churn crisis starts every stage of experience this many points lower. */
  crisisDrop: 6,

  /** Per-quarter resources. */
  actionPoints: { quarters: 5, 'half-years': 8 },
  /** Political capital = base + CEO support / step (+1 when reporting to the CEO). */
  capitalBase: 1,
  capitalStep: 25,
  capitalHalfYearShare: 1.5,
  startSupport: { ceo: 60, vp: 52 },

  /** Negotiation score weights (see negotiation.ts). */
  negotiation: {
    base: -0.3,
    trust: 0.9,
    orientation: 0.5,
    coreAffinity: 1,
    /** Other silos share the power core's culture at this weight. */
    coreShareOthers: 0.5,
    kpiAffinity: 0.6,
    initiativeFit: 0.4,
    personality: 0.5,
    evidence: 0.35,
    evidenceQuality: 0.45,
    money: 0.4,
    trade: 0.6,
    pilot: 0.7,
    champion: 0.2,
    escalate: { ceo: 1.4, vp: 0.9 },
    coreBackfire: 1.1,
    pilotResult: 0.45,
    /** Asking for a full roll-out of something no pilot has proved (medium or large ask). */
    unproven: 0.5,
    ask: { small: 0, medium: 0.35, large: 0.7 },
    overload: 0.5,
    /** The same argument with the same leader wears out: this much per earlier use, up to `repeatMax`. */
    repeat: 0.25,
    repeatMax: 0.75,
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
    /** Starting customers still here, against the twin's (a cohort: customers won do not count). */
    retention: { points: 300, from: 1, to: 1.75 },
    profit: { points: 200, from: 0.95, to: 1.25 },
    satisfaction: { points: 150, from: 20, to: 75 },
    engagement: { points: 100, from: 30, to: 85 },
    alignment: { points: 100, from: 30, to: 85 },
    ceoSupport: { points: 150, from: 0, to: 100 },
    firedShare: 0.7,
  },

  /** The chance that a quarter brings an event, and the quarter of the first one. */
  eventChance: 0.85,
  firstEventQuarter: 2,
} as const;
