// The player's decisions: one handler per action type, each exported and tested on its own. A
// handler either refuses (returning why, with the state untouched) or applies the decision. Only
// accepted decisions enter the log, so replaying the log rebuilds the game. Imports only engine
// modules.

import type { Initiative, Scenario, Stage } from './scenario-types';
import { STAGES } from './scenario-types';
import type { Action, ActionResult, GameState, Refusal } from './state-types';
import { applyEffects, scaleEffects } from './effects';
import { answerEvent } from './events';
import { listenDirectly } from './information';
import { isFresh } from './insight';
import { checkNegotiation, holdNegotiation } from './negotiation';
import { reportToCeo } from './ceo';
import { endTurn } from './quarter';
import { findInitiative, segmentPosition } from './lookup';
import { cannotAfford, pay } from './resources';
import { TUNING } from './tuning';
import { moveTrust } from './trust';
import { listOf } from './lists';
import {
  launchCost,
  LISTEN_COST,
  NEGOTIATION_ACTION_POINTS,
  REPORT_COST,
  scaleCost,
} from './costs';
import { recordLesson, currentDecision } from './lessons';

type Handler<A extends Action> = (
  scenario: Scenario,
  state: GameState,
  action: A,
) => Refusal | null;

const refuse = (reason: Refusal['reason']): Refusal => ({ ok: false, reason });

/** Starts an initiative; partners must then be negotiated with before it ramps. */
export const launch: Handler<Extract<Action, { type: 'launch' }>> = (scenario, state, action) => {
  const def = findInitiative(scenario, action.initiative);
  if (!def) return refuse('unknown-initiative');
  if (state.initiatives.some((run) => run.id === def.id)) return refuse('already-running');
  if (action.scale === 'pilot' && !def.pilotable) return refuse('not-pilotable');
  const share = action.scale === 'pilot' ? TUNING.pilotShare : 1;
  const cost = launchCost(def, action.scale);
  const short = cannotAfford(state, cost);
  if (short) return short;
  accept(state, action);
  pay(state, cost);
  // Every field is there from the start, the optional ones undefined (JSON leaves them out), so
  // all running initiatives and partners share one shape and the engine's many loops over them
  // stay fast.
  state.initiatives.push({
    id: def.id,
    scale: action.scale,
    status: def.partners.length > 0 ? 'negotiating' : 'running',
    launchedQuarter: state.quarter,
    quartersRunning: 0,
    partners: listOf(def.partners, (p) => ({ silo: p.silo, outcome: undefined, commitment: 0 })),
    realisation: 0,
    limitingGauge: undefined,
    pilotReading: undefined,
    dudSeen: undefined,
  });
  if (def.onLaunch)
    applyEffects(scenario, state, share === 1 ? def.onLaunch : scaleEffects(def.onLaunch, share), {
      key: 'trust.launch',
      params: { initiative: def.id },
    });
  // Working in the power core's language wins its trust; a frontal attack on its way of working
  // costs it (lesson L3).
  const fit = def.affinity[scenario.powerCore] ?? 0;
  const core = state.silos.find((s) => s.id === scenario.coreSilo);
  if (core && fit <= -0.3)
    moveTrust(state, core, TUNING.frontalTrust * fit * share, 'trust.core-frontal', {
      initiative: def.id,
    });
  if (core && fit >= 0.4)
    moveTrust(state, core, TUNING.alignedTrust * fit * share, 'trust.core-aligned', {
      initiative: def.id,
    });
  noteLaunchLessons(scenario, state, def.id, action.scale);
  return null;
};

function noteLaunchLessons(
  scenario: Scenario,
  state: GameState,
  id: string,
  scale: 'pilot' | 'full',
): void {
  const def = findInitiative(scenario, id)!;
  const trigger = currentDecision(state);
  const params = { initiative: id };
  const fit = def.affinity[scenario.powerCore] ?? 0;
  if (fit <= -0.5) recordLesson(state, 'L3', 'missed', trigger, 'lesson.L3.against-core', params);
  else if (fit >= 0.5) recordLesson(state, 'L3', 'met', trigger, 'lesson.L3.with-core', params);
  if (scale === 'pilot') recordLesson(state, 'L14', 'met', trigger, 'lesson.L14.pilot', params);
  if (def.category === 'incentives')
    recordLesson(state, 'L6', 'met', trigger, 'lesson.L6.incentives', params);
  if (def.category === 'empowerment')
    recordLesson(state, 'L10', 'met', trigger, 'lesson.L10.empowered', params);
  // A score-only programme misses lesson L8 only when nothing else tells the team why.
  if (
    def.listening &&
    def.listening.reveals.length === 1 &&
    def.listening.reveals[0] === 'scores' &&
    !hearsReasons(scenario, state)
  ) {
    recordLesson(state, 'L8', 'missed', trigger, 'lesson.L8.score-only-launch', params);
  }
  noteBlindSpot(scenario, state, def, trigger);
  // Meaningful, not more (lesson L13): does the lift land on stages the targeted segments weigh?
  const relevance = liftRelevance(scenario, def);
  if (relevance === null) return;
  if (relevance < 0.6) recordLesson(state, 'L13', 'missed', trigger, 'lesson.L13.wasted', params);
  else if (relevance > 1.4)
    recordLesson(state, 'L13', 'met', trigger, 'lesson.L13.meaningful', params);
}

// Each initiative's relevance per scenario, worked out once (it depends only on their figures).
const relevanceTables = new WeakMap<Scenario, Map<Initiative, number | null>>();

/**
 * How well an initiative's experience lift lands on the stages its segments weigh (lesson L13):
 * 1 when it matches an even spread, above on the stages that matter, below on the ones that do
 * not; null when it lifts no experience.
 */
function liftRelevance(scenario: Scenario, def: Initiative): number | null {
  let relevances = relevanceTables.get(scenario);
  if (!relevances) {
    relevances = new Map();
    relevanceTables.set(scenario, relevances);
  }
  let relevance = relevances.get(def);
  if (relevance !== undefined) return relevance;
  relevance = null;
  const lifts = def.effects.experience;
  if (lifts) {
    const targeted = scenario.segments.filter(
      (s) => def.segments.length === 0 || def.segments.includes(s.id),
    );
    let total = 0;
    let weighted = 0;
    for (const stage of STAGES) {
      const lift = lifts[stage] ?? 0;
      total += lift;
      for (const s of targeted) weighted += (lift * s.weights[stage]) / targeted.length;
    }
    if (total > 0) relevance = (weighted / total) * STAGES.length;
  }
  relevances.set(def, relevance);
  return relevance;
}

/**
 * Lesson L7 at a launch: did it aim at what customers said, or at what leadership believed? The
 * stage it lifts most for the biggest segment it serves is compared with that segment's blind
 * spot, and with whether the team had asked those customers recently.
 */
function noteBlindSpot(
  scenario: Scenario,
  state: GameState,
  def: Initiative,
  trigger: ReturnType<typeof currentDecision>,
): void {
  const lifts = def.effects.experience;
  if (!lifts) return;
  let target = -1;
  for (let i = 0; i < scenario.segments.length; i++) {
    if (def.segments.length > 0 && !def.segments.includes(scenario.segments[i]!.id)) continue;
    if (
      target < 0 ||
      state.company.segments[i]!.customers > state.company.segments[target]!.customers
    )
      target = i;
  }
  if (target < 0) return;
  const segment = scenario.segments[target]!;
  let stage: Stage = 'service';
  let best = -1;
  for (const s of STAGES) {
    const value = (lifts[s] ?? 0) * segment.weights[s];
    if (value > best) {
      best = value;
      stage = s;
    }
  }
  const spot = state.blindSpots[target]!;
  const m = state.measured[target]!;
  const asked =
    (m.stages[stage] !== undefined && isFresh(m.stages[stage]!.quarter, state.quarter)) ||
    (m.churnReasons !== undefined && isFresh(m.churnReasons.quarter, state.quarter));
  const params = { initiative: def.id, stage, segment: segment.id, leaving: spot };
  if (stage === spot && asked)
    recordLesson(state, 'L7', 'met', trigger, 'lesson.L7.fixed-what-customers-said', params);
  else if (stage !== spot && !asked)
    recordLesson(state, 'L7', 'missed', trigger, 'lesson.L7.fixed-belief', params);
}

/** Rolls a pilot out in full; partners who only agreed to a pilot must be asked again. */
export const scale: Handler<Extract<Action, { type: 'scale' }>> = (scenario, state, action) => {
  const run = state.initiatives.find((r) => r.id === action.initiative);
  if (!run) return refuse('not-running');
  if (run.scale !== 'pilot') return refuse('not-a-pilot');
  if (run.quartersRunning < TUNING.pilotQuarters) return refuse('pilot-too-young');
  const def = findInitiative(scenario, run.id)!;
  const cost = scaleCost(def);
  const short = cannotAfford(state, cost);
  if (short) return short;
  accept(state, action);
  pay(state, cost);
  run.scale = 'full';
  for (const partner of run.partners) {
    if (partner.outcome === 'pilot') partner.commitment = Math.min(partner.commitment, 0.5);
  }
  // The claim follows what the pilot showed: a proof, a warning ignored, or nothing clear.
  const reading = run.pilotReading;
  if (reading) {
    const params = { initiative: run.id, share: Math.round(reading.share * 100) };
    if (reading.share >= 0.75)
      recordLesson(state, 'L14', 'met', currentDecision(state), 'lesson.L14.scaled', params);
    else if (reading.share < 0.5)
      recordLesson(
        state,
        'L14',
        'missed',
        currentDecision(state),
        'lesson.L14.scaled-poor',
        params,
      );
  }
  return null;
};

/** Stops an initiative; its effects fade as experience drifts back to its level. */
export const stop: Handler<Extract<Action, { type: 'stop' }>> = (_scenario, state, action) => {
  const position = state.initiatives.findIndex((r) => r.id === action.initiative);
  if (position < 0) return refuse('not-running');
  accept(state, action);
  state.initiatives.splice(position, 1);
  return null;
};

/** Asks a partner silo's leader for commitment to an initiative with a chosen approach. */
export const negotiate: Handler<Extract<Action, { type: 'negotiate' }>> = (
  scenario,
  state,
  action,
) => {
  const check = checkNegotiation(scenario, state, action.initiative, action.silo, action.approach);
  if ('ok' in check) return check;
  accept(state, action);
  pay(state, { actionPoints: NEGOTIATION_ACTION_POINTS });
  const result = holdNegotiation(check.setup, check.cost);
  state.negotiatedThisTurn.push(check.key);
  state.lastNegotiation = result;
  state.log.push({ kind: 'negotiation', result });
  return null;
};

export const answer: Handler<Extract<Action, { type: 'answerEvent' }>> = (
  scenario,
  state,
  action,
) => {
  accept(state, action);
  const refusal = answerEvent(scenario, state, action.event, action.option);
  if (refusal) unaccept(state);
  return refusal;
};

/** Listens to one segment directly: a precise, current measurement (lesson L8). */
export const listen: Handler<Extract<Action, { type: 'listen' }>> = (scenario, state, action) => {
  const position = segmentPosition(scenario, action.segment);
  if (position < 0) return refuse('unknown-segment');
  const short = cannotAfford(state, LISTEN_COST);
  if (short) return short;
  accept(state, action);
  pay(state, LISTEN_COST);
  listenDirectly(scenario, state, position);
  state.log.push({ kind: 'listened', quarter: state.quarter, segment: action.segment });
  recordLesson(state, 'L8', 'met', currentDecision(state), 'lesson.L8.listened', {
    segment: action.segment,
  });
  return null;
};

export const report: Handler<Extract<Action, { type: 'reportToCeo' }>> = (
  scenario,
  state,
  action,
) => {
  if (state.lastReport && state.lastReport.quarter === state.quarter)
    return refuse('already-asked');
  const short = cannotAfford(state, REPORT_COST);
  if (short) return short;
  accept(state, action);
  pay(state, REPORT_COST);
  reportToCeo(scenario, state);
  return null;
};

export const endQuarter: Handler<Extract<Action, { type: 'endQuarter' }>> = (
  scenario,
  state,
  action,
) => {
  accept(state, action);
  endTurn(scenario, state);
  return null;
};

function accept(state: GameState, action: Action): void {
  state.decisions.push(action);
  state.log.push({
    kind: 'decision',
    index: state.decisions.length - 1,
    quarter: state.quarter,
    action,
  });
}

function unaccept(state: GameState): void {
  state.decisions.pop();
  state.log.pop();
}

/**
 * Applies a decision to the state in place. Returns a refusal (and leaves the state as it was),
 * or null. Used by replay, the bots and `applyAction`.
 */
export function applyActionInPlace(
  scenario: Scenario,
  state: GameState,
  action: Action,
): Refusal | null {
  if (state.status !== 'playing') return refuse('game-over');
  if (state.pendingEvents.length > 0 && action.type !== 'answerEvent')
    return refuse('event-pending');
  let refusal: Refusal | null;
  switch (action.type) {
    case 'launch':
      refusal = launch(scenario, state, action);
      break;
    case 'scale':
      refusal = scale(scenario, state, action);
      break;
    case 'stop':
      refusal = stop(scenario, state, action);
      break;
    case 'negotiate':
      refusal = negotiate(scenario, state, action);
      break;
    case 'answerEvent':
      refusal = answer(scenario, state, action);
      break;
    case 'listen':
      refusal = listen(scenario, state, action);
      break;
    case 'reportToCeo':
      refusal = report(scenario, state, action);
      break;
    case 'endQuarter':
      refusal = endQuarter(scenario, state, action);
      break;
    default:
      refusal = refuse('unknown-option');
  }
  if (!refusal && state.status === 'playing' && state.ceoSupport <= 0) {
    state.status = 'fired';
    state.pendingEvents = [];
    state.log.push({ kind: 'fired', quarter: state.quarter });
  }
  return refusal;
}

/** The pure form: state in, decision in, a new state out (or a refusal). */
export function applyAction(scenario: Scenario, state: GameState, action: Action): ActionResult {
  // The state is plain JSON data by design, so a JSON copy is a faithful deep copy.
  const next = JSON.parse(JSON.stringify(state)) as GameState;
  const refusal = applyActionInPlace(scenario, next, action);
  return refusal ?? { ok: true, state: next };
}

/**
 * Whether the team already hears more than scores: leavers' reasons or stage-by-stage readings
 * measured, or a programme that gives them running.
 */
function hearsReasons(scenario: Scenario, state: GameState): boolean {
  if (state.measured.some((m) => m.churnReasons || Object.keys(m.stages).length > 0)) return true;
  return state.initiatives.some((run) => {
    const reveals = findInitiative(scenario, run.id)?.listening?.reveals ?? [];
    return reveals.includes('stages') || reveals.includes('churnReasons');
  });
}
