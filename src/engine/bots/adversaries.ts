// The adversarial half of the balance run (DESIGN.md §4, "No lesson can be skipped"): the
// optimiser searches once without constraints (`best`) and once under each lesson-breaking
// constraint; every result, the expert and do-nothing are then scored on the same fresh seeds the
// search never saw, and the targets say whether each lesson is worth what it must be. One task
// is one search, so a caller can spread them over worker threads. Pure: imports engine modules.

import type { Scenario } from '../scenario-types';
import type { Difficulty } from '../state-types';
import { computeScore } from '../score';
import { playGame } from './bot';
import { doNothing } from './simple-bots';
import type { Constraint, Params } from './strategy-params';
import { CONSTRAINTS, EXPERT_PARAMS } from './strategy-params';
import type { BudgetName, SearchBudget } from './optimiser';
import { SEARCH_BUDGETS, freshSeeds, scoresOf, searchStrategy } from './optimiser';
import type { TargetCheck } from './balance';
import { median } from './balance';

/** What is searched or scored: the unconstrained optimiser, one constraint, or a reference player. */
export const ADVERSARY_TASKS = ['best', ...CONSTRAINTS, 'expert', 'do-nothing'] as const;
export type AdversaryTask = (typeof ADVERSARY_TASKS)[number];

/** How far below `best` a strategy that breaks a lesson must score (mean, fresh seeds). */
export const LESSON_GAP = 60;
export const LISTENING_GAP = 80;
/** `report-only` may score at most this far above do-nothing. */
export const REPORT_ONLY_MARGIN = 60;
/** The expert must reach this share of `best`'s mean. */
export const EXPERT_SHARE = 0.95;

export interface AdversaryResult {
  readonly task: AdversaryTask;
  /** The searched parameters (none for the reference players). */
  readonly params: Params | null;
  /** Mean score on the training seeds (searches only). */
  readonly trainMean: number | null;
  /** Scores on the fresh seeds, in seed order. */
  readonly scores: number[];
}

/** Runs one task: a search (then its result on fresh seeds), or a reference player's games. */
export function runAdversaryTask(
  scenario: Scenario,
  task: AdversaryTask,
  budget: SearchBudget,
  difficulty: Difficulty,
  onProgress?: (done: number, total: number) => void,
): AdversaryResult {
  const seeds = freshSeeds(budget);
  if (task === 'do-nothing') {
    const scores = seeds.map(
      (seed) => computeScore(scenario, playGame(scenario, seed, difficulty, doNothing).state).total,
    );
    return { task, params: null, trainMean: null, scores };
  }
  if (task === 'expert') {
    const scores = scoresOf(scenario, EXPERT_PARAMS, undefined, difficulty, seeds);
    return { task, params: null, trainMean: null, scores };
  }
  const constraint: Constraint | undefined = task === 'best' ? undefined : task;
  const found = searchStrategy(scenario, {
    constraint,
    difficulty,
    budget,
    name: task,
    onProgress,
  });
  return {
    task,
    params: found.params,
    trainMean: found.trainMean,
    scores: scoresOf(scenario, found.params, constraint, difficulty, seeds),
  };
}

export interface AdversaryStats {
  readonly scoreMean: number;
  readonly scoreMedian: number;
  /** `best`'s mean minus this one's (0 for `best`). */
  readonly gapToBest: number;
}

export interface AdversaryReport {
  readonly budget: BudgetName;
  readonly freshSeeds: number;
  readonly adversaries: Record<string, AdversaryStats>;
  readonly targets: TargetCheck[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function meanOf(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return values.length === 0 ? 0 : total / values.length;
}

/** Summarises the tasks' results and checks the adversarial targets. */
export function summariseAdversaries(
  results: readonly AdversaryResult[],
  budgetName: BudgetName,
): AdversaryReport {
  const byTask = new Map(results.map((r) => [r.task, r]));
  const bestMean = meanOf(byTask.get('best')?.scores ?? []);
  const adversaries: Record<string, AdversaryStats> = {};
  for (const r of results) {
    const scoreMean = meanOf(r.scores);
    adversaries[r.task] = {
      scoreMean: round1(scoreMean),
      scoreMedian: median(r.scores),
      gapToBest: round1(bestMean - scoreMean),
    };
  }
  const targets: TargetCheck[] = [];
  if (byTask.has('best')) {
    for (const constraint of CONSTRAINTS) {
      const stats = adversaries[constraint];
      if (!stats || constraint === 'report-only') continue;
      const need = constraint === 'no-listening' ? LISTENING_GAP : LESSON_GAP;
      targets.push({
        id: `lesson-binds:${constraint}`,
        met: stats.gapToBest >= need,
        detail: `${constraint} scores ${stats.scoreMean} against best ${round1(bestMean)}: ${stats.gapToBest} below (target at least ${need})`,
        values: {
          strategy: constraint,
          mean: stats.scoreMean,
          best: round1(bestMean),
          gap: stats.gapToBest,
          need,
        },
      });
    }
    const expert = adversaries['expert'];
    if (expert) {
      targets.push({
        id: 'expert-near-best',
        met: expert.scoreMean >= EXPERT_SHARE * bestMean,
        detail: `the expert scores ${expert.scoreMean} against best ${round1(bestMean)} (target at least ${Math.round(EXPERT_SHARE * 100)}% of it)`,
        values: { expert: expert.scoreMean, best: round1(bestMean), need: { share: EXPERT_SHARE } },
      });
    }
  }
  const reportOnly = adversaries['report-only'];
  const idle = adversaries['do-nothing'];
  if (reportOnly && idle) {
    targets.push({
      id: 'report-only-near-do-nothing',
      met: reportOnly.scoreMean - idle.scoreMean <= REPORT_ONLY_MARGIN,
      detail: `reporting without customer work scores ${reportOnly.scoreMean} against do-nothing ${idle.scoreMean} (target at most ${REPORT_ONLY_MARGIN} above)`,
      values: { reportOnly: reportOnly.scoreMean, idle: idle.scoreMean, need: REPORT_ONLY_MARGIN },
    });
  }
  return {
    budget: budgetName,
    freshSeeds: SEARCH_BUDGETS[budgetName].freshSeeds,
    adversaries,
    targets,
  };
}
