// A new game: the company and its twin as the scenario starts them, the CCO's first resources,
// and the event schedule fixed by the seed. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { Difficulty, GameState } from './state-types';
import { newCompany } from './company';
import { drawBeliefs, drawEffectFactors, drawTruth } from './truth';
import { eventSchedule } from './events';
import { beginTurn, record } from './quarter';
import { listOf } from './lists';
import { TUNING } from './tuning';
import { ENGINE_VERSION } from './version';

export const STANDARD_DIFFICULTY: Difficulty = {
  authority: 'ceo',
  urgency: 'steady',
  seatTime: 'quarters',
};

/** Seeds are whole numbers 0..999,999,999 so they can be read aloud and typed in a code. */
export const MAX_SEED = 999_999_999;

export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

export function newGame(scenario: Scenario, seed: number, difficulty: Difficulty): GameState {
  if (!isValidSeed(seed))
    throw new RangeError(`The seed must be a whole number from 0 to ${MAX_SEED}.`);
  const crisis = difficulty.urgency === 'crisis';
  const engagement = scenario.organisation.engagement;
  // A churn crisis starts every stage this many points worse.
  const crisisDrop = crisis ? TUNING.crisisDrop : 0;
  const truth = drawTruth(scenario, seed, crisisDrop);
  const company = newCompany(scenario, truth.experience, engagement);
  const state: GameState = {
    engineVersion: ENGINE_VERSION,
    scenarioId: scenario.id,
    seed,
    difficulty: { ...difficulty },
    quarter: 1,
    quartersPerTurn: difficulty.seatTime === 'half-years' ? 2 : 1,
    status: 'playing',
    company,
    twin: newCompany(scenario, truth.experience, engagement),
    silos: listOf(scenario.silos, (s) => ({
      id: s.id,
      trust: s.trust,
      orientation: s.orientation,
      used: {},
    })),
    budget: Math.round(scenario.budget * (crisis ? TUNING.crisisBudget : 1)),
    yearBudget: Math.round(scenario.budget * (crisis ? TUNING.crisisBudget : 1)),
    politicalCapital: 0,
    actionPoints: 0,
    ceoSupport: TUNING.startSupport[difficulty.authority],
    gauges: { ...scenario.organisation.gauges },
    capabilities: { gainedLost: 0, serviceProblems: 0, resolution: 0, linkage: 0 },
    beliefs: drawBeliefs(scenario, seed, crisisDrop),
    blindSpots: truth.blindSpots,
    effectFactors: drawEffectFactors(scenario, seed),
    // Every field is there from the start, the unmeasured ones undefined (JSON leaves them out), so
    // all measurements share one shape whatever is measured first and the engine's reads of them
    // stay fast.
    measured: listOf(scenario.segments, () => ({
      satisfaction: undefined,
      stages: {},
      churnReasons: undefined,
    })),
    initiatives: [],
    eventSchedule: eventSchedule(scenario, seed),
    pendingEvents: [],
    events: [],
    trustMoves: [],
    negotiatedThisTurn: [],
    rng: {},
    drawerQuarters: 0,
    lastReport: null,
    spentThisTurn: 0,
    spentThisYear: 0,
    reviews: [],
    series: [],
    start: undefined as unknown as GameState['start'],
    decisions: [],
    log: [],
    lessons: [],
    lastResolution: null,
    lastNegotiation: null,
  };
  state.start = record(scenario, state, 0, null);
  beginTurn(scenario, state, 1);
  return state;
}
