// The optimiser: a player who wants the highest score and does not care about the lessons. It is
// a seeded search over the parameters of the strategy in bots/policy.ts: random candidates (the
// expert's parameters among them, so it starts no worse than the expert), then hill-climbing by
// small changes to a few parameters at a time, each candidate judged by its mean score on the
// same training seeds (common random numbers). Run unconstrained it is `best`; under a
// constraint it shows what breaking one lesson is worth. The same budget and seed give the same
// result. Imports only engine modules.

import type { Scenario } from '../scenario-types';
import type { Difficulty } from '../state-types';
import { computeScore } from '../score';
import type { Draw } from '../rng';
import { seededDraw, triangular } from '../rng';
import { playGame } from './bot';
import type { Constraint, Params } from './strategy-params';
import { EXPERT_PARAMS, PARAM_NAMES, PARAMETERS, normaliseParams } from './strategy-params';
import { policyBot } from './policy';

/** How much searching a run does. */
export interface SearchBudget {
  /** Random candidates tried before climbing (the expert's parameters are one more). */
  readonly candidates: number;
  /** Hill-climbing steps. */
  readonly steps: number;
  /** Training seeds each candidate plays. */
  readonly trainSeeds: number;
  /** Fresh seeds the result is judged on (never seen by the search). */
  readonly freshSeeds: number;
}

export const SEARCH_BUDGETS = {
  quick: { candidates: 16, steps: 60, trainSeeds: 24, freshSeeds: 100 },
  full: { candidates: 80, steps: 400, trainSeeds: 40, freshSeeds: 300 },
} as const satisfies Record<string, SearchBudget>;
export type BudgetName = keyof typeof SEARCH_BUDGETS;

/** Training seeds are 1..N; fresh seeds start here, far from them. */
export const FRESH_SEED_BASE = 500_000;

export interface SearchOptions {
  readonly constraint?: Constraint;
  readonly difficulty: Difficulty;
  readonly budget: SearchBudget;
  /** Names the search's own random stream, so two searches differ but each repeats. */
  readonly name: string;
  /** Called after each candidate with the number judged so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SearchResult {
  readonly params: Params;
  /** Mean score on the training seeds. */
  readonly trainMean: number;
  /** Candidates judged. */
  readonly evaluations: number;
}

/** The scores of a strategy on the given seeds. */
export function scoresOf(
  scenario: Scenario,
  params: Params,
  constraint: Constraint | undefined,
  difficulty: Difficulty,
  seeds: readonly number[],
  generic = false,
): number[] {
  const bot = policyBot('optimiser', params, { constraint, generic });
  return seeds.map(
    (seed) => computeScore(scenario, playGame(scenario, seed, difficulty, bot).state).total,
  );
}

function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return values.length === 0 ? 0 : total / values.length;
}

function randomParams(draw: Draw): Params {
  const params = {} as Params;
  for (const name of PARAM_NAMES) {
    const spec = PARAMETERS[name];
    params[name] = spec.min + (spec.max - spec.min) * draw();
  }
  return normaliseParams(params);
}

/** A neighbour: one to four parameters moved by up to `step` of their range. */
function neighbour(params: Params, draw: Draw, step: number): Params {
  const next = { ...params };
  const moves = 1 + Math.floor(draw() * 4);
  for (let k = 0; k < moves; k++) {
    const name = PARAM_NAMES[Math.floor(draw() * PARAM_NAMES.length)]!;
    const spec = PARAMETERS[name];
    next[name] = params[name] + step * (spec.max - spec.min) * triangular(draw);
  }
  return normaliseParams(next);
}

export function trainingSeeds(budget: SearchBudget): number[] {
  return Array.from({ length: budget.trainSeeds }, (_, k) => k + 1);
}

export function freshSeeds(budget: SearchBudget): number[] {
  return Array.from({ length: budget.freshSeeds }, (_, k) => FRESH_SEED_BASE + k + 1);
}

/** Searches for the parameters with the best mean score on the training seeds. */
export function searchStrategy(scenario: Scenario, options: SearchOptions): SearchResult {
  const { budget, constraint, difficulty } = options;
  const draw = seededDraw(`optimiser|${options.name}|${scenario.id}`);
  const seeds = trainingSeeds(budget);
  const total = budget.candidates + 1 + budget.steps;
  let done = 0;
  const judge = (params: Params) => {
    const value = mean(scoresOf(scenario, params, constraint, difficulty, seeds));
    done += 1;
    options.onProgress?.(done, total);
    return value;
  };
  let best = normaliseParams(EXPERT_PARAMS);
  let bestValue = judge(best);
  for (let k = 0; k < budget.candidates; k++) {
    const candidate = randomParams(draw);
    const value = judge(candidate);
    if (value > bestValue) {
      best = candidate;
      bestValue = value;
    }
  }
  for (let k = 0; k < budget.steps; k++) {
    // Big steps first, small ones at the end.
    const step = 0.3 - (0.25 * k) / Math.max(1, budget.steps - 1);
    const candidate = neighbour(best, draw, step);
    const value = judge(candidate);
    // Equal is accepted too, so the climb can cross a plateau.
    if (value >= bestValue) {
      best = candidate;
      bestValue = value;
    }
  }
  return { params: best, trainMean: bestValue, evaluations: done };
}
