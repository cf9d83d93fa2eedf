// Negotiating a partner silo's commitment to an initiative (DESIGN.md §3, Negotiation). The score
// adds up trust, customer orientation, the approach's fit with the power core and the leader's KPI
// and personality, the evidence held and the size of the ask; luck moves it by a bounded amount,
// and thresholds give full commitment, a pilot only, a nominal yes or a refusal. Every outcome
// names the factor that decided it, so the leader can explain. Imports only engine modules.

import type { Approach, AskSize, Initiative, Scenario, Silo } from './scenario-types';
import { APPROACHES } from './scenario-types';
import type {
  Factor,
  GameState,
  InitiativeState,
  NegotiationOutcome,
  NegotiationResult,
  PartnerState,
  Refusal,
} from './state-types';
import { clamp, clampPercent } from './numbers';
import { moveTrust } from './trust';
import { purposeOf, storedStream } from './rng';
import { TUNING } from './tuning';
import { decidingFactor, negotiationOutcome } from './negotiation-odds';
import { coreAffinity, hasValueModel, siloCapacity, siloLoad, talkKey } from './initiatives';
import { evidenceQuality } from './information';
import { hasCustomerEffects } from './truth';
import { recordLesson, currentDecision } from './lessons';
import { cannotAfford, pay, refund } from './resources';
import { findInitiative, findSilo, siloPosition } from './lookup';
import { NEGOTIATION_ACTION_POINTS } from './costs';

const N = TUNING.negotiation;

/** How convincing a pilot's reading is, -1..1: 0 at three quarters of the stated effect. */
export function pilotVerdict(share: number): number {
  return clamp((share - 0.75) / 0.35, -1, 1);
}

/** The next smaller ask (a small one stays small). */
const SMALLER_ASK: Readonly<Record<AskSize, AskSize>> = {
  small: 'small',
  medium: 'small',
  large: 'medium',
};

function reducedAsk(ask: AskSize, smaller: boolean): AskSize {
  return smaller ? SMALLER_ASK[ask] : ask;
}

/** Each argument's place in APPROACHES (the leader tables' columns). */
const APPROACH_POSITION = Object.fromEntries(APPROACHES.map((a, k) => [a, k])) as Readonly<
  Record<Approach, number>
>;

export interface NegotiationSetup {
  scenario: Scenario;
  state: GameState;
  silo: Silo;
  def: Initiative;
  run: InitiativeState;
  partner: PartnerState;
  approach: Approach;
}

// The factors of the last `collectFactors` call, in order (module scratch: the bots weigh
// several approaches per decision, and only the sum is needed for that).
const factorIds: string[] = [];
const factorValues: number[] = [];
let factorCount = 0;

function addFactor(id: string, value: number): void {
  factorIds[factorCount] = id;
  factorValues[factorCount] = value;
  factorCount += 1;
}

// The last silo load worked out, and for which state and moment (the log only grows): a bot
// weighs several approaches with the same leader in a row.
let loadState: GameState | null = null;
let loadMoment = -1;
let loadSilo = '';
let loadValue = 0;

function loadOf(scenario: Scenario, state: GameState, siloId: string): number {
  if (loadState !== state || loadMoment !== state.log.length || loadSilo !== siloId) {
    loadState = state;
    loadMoment = state.log.length;
    loadSilo = siloId;
    loadValue = siloLoad(scenario, state, siloId);
  }
  return loadValue;
}

/**
 * The factors that depend only on the scenario: per silo position and argument (APPROACHES
 * order), the argument's fit with the power core, the leader's KPI and personality.
 */
interface LeaderFactors {
  readonly core: number[][];
  readonly kpi: number[][];
  readonly personality: number[][];
}

const leaderTables = new WeakMap<Scenario, LeaderFactors>();

function leaderFactors(scenario: Scenario): LeaderFactors {
  let found = leaderTables.get(scenario);
  if (!found) {
    const each = (value: (silo: Silo, approach: Approach) => number) =>
      scenario.silos.map((silo) => APPROACHES.map((approach) => value(silo, approach)));
    found = {
      core: each((silo, approach) => {
        const isCore = scenario.coreSilo === silo.id;
        const affinity = scenario.approaches[approach].coreAffinity[scenario.powerCore];
        return N.coreAffinity * affinity * (isCore ? 1 : N.coreShareOthers);
      }),
      kpi: each(
        (silo, approach) =>
          N.kpiAffinity * scenario.approaches[approach].kpiAffinity[silo.kpi.focus],
      ),
      personality: each(
        (silo, approach) =>
          N.personality * scenario.approaches[approach].personality[silo.leader.personality],
      ),
    };
    leaderTables.set(scenario, found);
  }
  return found;
}

/**
 * What a talk's factors need that does not depend on the argument: worked out once when a bot
 * weighs every argument for the same talk.
 */
export interface TalkBasis {
  readonly setup: Omit<NegotiationSetup, 'approach'>;
  /** The silo's position in the scenario (and in the state). */
  readonly position: number;
  readonly isCore: boolean;
  /** The trust, orientation and initiative-fit factors. */
  readonly trust: number;
  readonly orientation: number;
  readonly fit: number;
  /** The size of the ask before a pilot makes it smaller. */
  readonly asked: AskSize;
  /** How far beyond its capacity the silo already is (0 within it). */
  readonly beyond: number;
}

export function talkBasis(setup: Omit<NegotiationSetup, 'approach'>): TalkBasis {
  const { scenario, state, silo, def } = setup;
  const j = siloPosition(scenario, silo.id);
  const siloState = state.silos[j]!;
  let asked: AskSize = 'medium';
  for (const p of def.partners) {
    if (p.silo === silo.id) {
      asked = p.ask;
      break;
    }
  }
  return {
    setup,
    position: j,
    isCore: scenario.coreSilo === silo.id,
    trust: (N.trust * (siloState.trust - 50)) / 50,
    orientation: (N.orientation * (siloState.orientation - 50)) / 50,
    fit: N.initiativeFit * coreAffinity(scenario, def),
    asked,
    beyond: Math.max(0, loadOf(scenario, state, silo.id) - siloCapacity(scenario, state, j)),
  };
}

/** Works out the factors of a negotiation into the scratch lists; returns how many there are. */
function collectFactors(basis: TalkBasis, approach: Approach): number {
  const { scenario, state, def, run } = basis.setup;
  const j = basis.position;
  const a = APPROACH_POSITION[approach];
  const leaders = leaderFactors(scenario);
  factorCount = 0;
  addFactor('trust', basis.trust);
  addFactor('orientation', basis.orientation);
  addFactor('core', leaders.core[j]![a]!);
  addFactor('kpi', leaders.kpi[j]![a]!);
  addFactor('fit', basis.fit);
  addFactor('personality', leaders.personality[j]![a]!);
  switch (approach) {
    case 'voice':
      addFactor('evidence', N.evidence + N.evidenceQuality * (evidenceQuality(state) ?? 0));
      break;
    case 'money':
      addFactor('money', N.money);
      break;
    case 'trade':
      addFactor('trade', N.trade);
      break;
    case 'pilot':
      addFactor('pilot', N.pilot);
      break;
    case 'champion':
      addFactor('champion', N.champion);
      break;
    case 'escalate':
      addFactor('escalate', N.escalate[state.difficulty.authority]);
      if (basis.isCore) addFactor('backfire', -N.coreBackfire);
      break;
    case 'kpi':
      break;
  }
  // What the pilot showed, good or bad (lesson L14).
  if (run.pilotReading)
    addFactor('pilot-result', N.pilotResult * pilotVerdict(run.pilotReading.share));
  // The same argument with the same leader wears out.
  const used = state.silos[j]!.used[approach] ?? 0;
  if (used > 0) addFactor('repeat', -Math.min(N.repeatMax, N.repeat * used));
  const ask = reducedAsk(basis.asked, run.scale === 'pilot' || approach === 'pilot');
  addFactor('ask', 0 - N.ask[ask]);
  // A full roll-out that no pilot has proved is a leap of faith (lesson L14).
  if (ask !== 'small' && run.scale === 'full' && approach !== 'pilot' && !run.pilotReading)
    if (hasCustomerEffects(def)) addFactor('unproven', -N.unproven);
  if (basis.beyond > 0) addFactor('overload', -N.overload * basis.beyond);
  return factorCount;
}

/** The factors of a negotiation before luck. Exported for the odds shown in the UI and for tests. */
export function negotiationFactors(setup: NegotiationSetup): Factor[] {
  const count = collectFactors(talkBasis(setup), setup.approach);
  const factors: Factor[] = [];
  for (let k = 0; k < count; k++) factors.push({ id: factorIds[k]!, value: factorValues[k]! });
  return factors;
}

/** The negotiation score: the sum of the factors plus a small base. */
export function negotiationScore(factors: readonly Factor[]): number {
  let score = N.base;
  for (const f of factors) score += f.value;
  return score;
}

/**
 * The score of a negotiation before luck, the factors added in their own order: the same number
 * as `negotiationScore(negotiationFactors(setup))`, without building the factors.
 */
export function negotiationSetupScore(setup: NegotiationSetup): number {
  return basisScore(talkBasis(setup), setup.approach);
}

/** The same score, for one argument on a talk whose basis is worked out already. */
export function basisScore(basis: TalkBasis, approach: Approach): number {
  const count = collectFactors(basis, approach);
  let score = N.base;
  for (let k = 0; k < count; k++) score += factorValues[k]!;
  return score;
}

/** Checks whether the approach can be used now; returns a refusal or the budget it will cost. */
export function approachCost(
  scenario: Scenario,
  state: GameState,
  def: Initiative,
  run: InitiativeState,
  approach: Approach,
): Refusal | { budget: number; capital: number; support: number } {
  let budget = 0;
  let capital = 0;
  let support = 0;
  if (approach === 'voice' && evidenceQuality(state) === null)
    return { ok: false, reason: 'needs-listening-data' };
  if (approach === 'money' && !hasValueModel(scenario, state))
    return { ok: false, reason: 'needs-value-model' };
  if (approach === 'pilot' && !def.pilotable) return { ok: false, reason: 'not-pilotable' };
  if (
    approach === 'pilot' &&
    run.partners.some((p) => p.outcome === 'pilot') &&
    run.scale === 'full'
  ) {
    // The pilot has run and been scaled; asking for another pilot makes no sense.
    return { ok: false, reason: 'pilot-already-run' };
  }
  if (approach === 'trade')
    budget = Math.max(N.tradeMinimum, Math.round(N.tradeShare * def.cost.launch));
  if (approach === 'champion') capital = N.championCapital;
  if (approach === 'escalate') {
    capital = N.escalateCapital;
    support = N.escalateSupport[state.difficulty.authority];
  }
  if (state.budget < budget)
    return { ok: false, reason: 'no-budget', need: budget, have: state.budget };
  if (state.politicalCapital < capital)
    return {
      ok: false,
      reason: 'no-political-capital',
      need: capital,
      have: state.politicalCapital,
    };
  if (state.ceoSupport <= support)
    return { ok: false, reason: 'no-ceo-support', need: support, have: state.ceoSupport };
  return { budget, capital, support };
}

/** A negotiation that may go ahead: who is asked about what, what it costs, its turn key. */
export interface NegotiationCheck {
  readonly setup: NegotiationSetup;
  readonly cost: { budget: number; capital: number; support: number };
  /** `silo|initiative`: a leader is asked once a turn about an initiative. */
  readonly key: string;
}

/**
 * Whether a partner silo can be asked about an initiative with an approach now, and at what
 * cost: the one place these rules live, for the decision and for the preview the player sees.
 */
export function checkNegotiation(
  scenario: Scenario,
  state: GameState,
  initiative: string,
  siloId: string,
  approach: Approach,
): Refusal | NegotiationCheck {
  const run = state.initiatives.find((r) => r.id === initiative);
  if (!run) return { ok: false, reason: 'not-running' };
  const silo = findSilo(scenario, siloId);
  if (!silo) return { ok: false, reason: 'unknown-silo' };
  const k = run.partners.findIndex((p) => p.silo === silo.id);
  if (k < 0) return { ok: false, reason: 'not-a-partner' };
  const partner = run.partners[k]!;
  if (!(APPROACHES as readonly string[]).includes(approach))
    return { ok: false, reason: 'unknown-approach' };
  if (partner.outcome === 'full' || (partner.outcome === 'pilot' && run.scale === 'pilot'))
    return { ok: false, reason: 'already-answered' };
  const key = talkKey(scenario, run.id, silo.id, k);
  if (state.negotiatedThisTurn.includes(key)) return { ok: false, reason: 'already-asked' };
  const def = findInitiative(scenario, run.id)!;
  const cost = approachCost(scenario, state, def, run, approach);
  if ('ok' in cost) return cost;
  const short = cannotAfford(state, {
    actionPoints: NEGOTIATION_ACTION_POINTS,
    budget: cost.budget,
    politicalCapital: cost.capital,
  });
  if (short) return short;
  return { setup: { scenario, state, silo, def, run, partner, approach }, cost, key };
}

/**
 * The factors strongest first (by size), equal ones in their own order: a stable insertion sort,
 * cheaper than a comparator call per step for a dozen factors.
 */
function byStrength(factors: Factor[]): Factor[] {
  for (let k = 1; k < factors.length; k++) {
    const factor = factors[k]!;
    const size = Math.abs(factor.value);
    let m = k - 1;
    while (m >= 0 && Math.abs(factors[m]!.value) < size) {
      factors[m + 1] = factors[m]!;
      m -= 1;
    }
    factors[m + 1] = factor;
  }
  return factors;
}

/** Commitment after an answer; a partner re-asked after a pilot is scaled keeps some goodwill. */
function committedShare(outcome: NegotiationOutcome, scaling: boolean): number {
  switch (outcome) {
    case 'full':
      return 1;
    case 'pilot':
      return scaling ? 0.6 : 1;
    case 'nominal':
      return TUNING.nominalCommitment;
    case 'refused':
      return scaling ? 0.15 : 0;
  }
}

/**
 * Holds the negotiation and applies its outcome to the partner, the initiative, trust, and the
 * CCO's resources. The caller has checked the action is allowed and paid the action point.
 */
export function holdNegotiation(
  setup: NegotiationSetup,
  cost: { budget: number; capital: number; support: number },
): NegotiationResult {
  const { scenario, state, silo, def, run, partner, approach } = setup;
  const factors = byStrength(negotiationFactors(setup));
  const score = negotiationScore(factors);
  const draw = storedStream(
    state.rng,
    state.seed,
    state.quarter,
    purposeOf('negotiation', silo.id),
  );
  let outcome = negotiationOutcome(score, draw());
  if (approach === 'pilot' && outcome === 'full') outcome = 'pilot';

  pay(state, { budget: cost.budget, politicalCapital: cost.capital });
  state.ceoSupport = clampPercent(state.ceoSupport - cost.support);

  const scaling = partner.outcome === 'pilot' && run.scale === 'full';
  partner.outcome = outcome;
  partner.commitment = committedShare(outcome, scaling);
  if (outcome === 'pilot' && run.scale === 'full' && !scaling) {
    // The leader will only go as far as a pilot: the whole initiative becomes one, and the
    // unspent part of the launch budget comes back.
    run.scale = 'pilot';
    refund(state, Math.round(def.cost.launch * (1 - TUNING.pilotShare)));
  }

  const siloState = state.silos[siloPosition(scenario, silo.id)]!;
  const isCore = scenario.coreSilo === silo.id;
  const coreFit = scenario.approaches[approach].coreAffinity[scenario.powerCore];
  let trustChange: number = N.trustChange[outcome];
  if (coreFit >= 0.4) trustChange += N.trustChange.aligned;
  if (coreFit <= -0.4) trustChange += N.trustChange.frontal;
  if (approach === 'escalate')
    trustChange += isCore ? N.trustChange.escalateCore : N.trustChange.escalate;
  if (approach === 'champion' && outcome === 'full') {
    trustChange += N.trustChange.champion;
    siloState.orientation = clampPercent(siloState.orientation + N.championOrientation);
  }
  // The change the player is told is the one that happened (trust stays within 0–100).
  const trustMoved = moveTrust(state, siloState, trustChange, 'trust.negotiation', {
    initiative: def.id,
    approach,
    outcome,
  });
  siloState.used[approach] = (siloState.used[approach] ?? 0) + 1;

  const result: NegotiationResult = {
    quarter: state.quarter,
    silo: silo.id,
    initiative: def.id,
    approach,
    outcome,
    score,
    factors,
    line: `${outcome}.${decidingFactor(outcome, factors)}`,
    trustChange: trustMoved,
  };
  noteLessons(state, result, isCore, coreFit);
  return result;
}

function noteLessons(
  state: GameState,
  result: NegotiationResult,
  isCore: boolean,
  coreFit: number,
): void {
  const trigger = currentDecision(state);
  const params = { silo: result.silo, initiative: result.initiative, approach: result.approach };
  const agreed = result.outcome === 'full' || result.outcome === 'pilot';
  if (result.approach === 'escalate' && isCore) {
    recordLesson(state, 'L3', 'missed', trigger, 'lesson.L3.escalated-core', params);
  } else if (coreFit <= -0.4 && !agreed) {
    recordLesson(state, 'L3', 'missed', trigger, 'lesson.L3.frontal', params);
  } else if (coreFit >= 0.4 && agreed) {
    recordLesson(state, 'L3', 'met', trigger, 'lesson.L3.aligned', params);
  }
  if (result.outcome === 'nominal') {
    recordLesson(state, 'L4', 'missed', trigger, 'lesson.L4.nominal', params);
  }
  if (result.approach === 'money' && agreed) {
    recordLesson(state, 'L11', 'met', trigger, 'lesson.L11.money-argument', params);
  }
  if (result.factors.some((f) => f.id === 'pilot-result') && agreed) {
    recordLesson(state, 'L14', 'met', trigger, 'lesson.L14.pilot-evidence', params);
  }
}
