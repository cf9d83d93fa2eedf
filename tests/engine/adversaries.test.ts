// The adversarial balance run: the optimiser is seeded and repeatable, it never does worse than
// the expert it starts from on its training seeds, a constraint really takes its lesson away, and
// the targets are judged from the fresh-seed scores.
import { describe, expect, it } from 'vitest';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import type { AdversaryResult } from '../../src/engine/bots/adversaries';
import {
  LESSON_GAP,
  LISTENING_GAP,
  runAdversaryTask,
  summariseAdversaries,
} from '../../src/engine/bots/adversaries';
import { policyBot } from '../../src/engine/bots/policy';
import { EXPERT_PARAMS } from '../../src/engine/bots/strategy-params';
import { scoresOf, searchStrategy, trainingSeeds } from '../../src/engine/bots/optimiser';
import { playGame } from '../../src/engine/bots';
import { builtIn } from '../helpers';

const scenario = builtIn();
const tiny = { candidates: 2, steps: 3, trainSeeds: 3, freshSeeds: 4 };

describe('the optimiser', () => {
  it('finds the same parameters again for the same name and budget', () => {
    const options = { difficulty: STANDARD_DIFFICULTY, budget: tiny, name: 'test' };
    expect(searchStrategy(scenario, options)).toEqual(searchStrategy(scenario, options));
  });

  it('never ends below the expert it starts from, on its training seeds', () => {
    const found = searchStrategy(scenario, {
      difficulty: STANDARD_DIFFICULTY,
      budget: tiny,
      name: 'start',
    });
    const seeds = trainingSeeds(tiny);
    const expert = scoresOf(scenario, EXPERT_PARAMS, undefined, STANDARD_DIFFICULTY, seeds);
    expect(found.trainMean).toBeGreaterThanOrEqual(expert.reduce((a, b) => a + b) / seeds.length);
    expect(found.evaluations).toBe(tiny.candidates + 1 + tiny.steps);
  });

  it('takes the lesson away under a constraint: no listening, no pilots, default answers', () => {
    const moves = (constraint: 'no-listening' | 'no-pilots' | 'default-events') =>
      playGame(scenario, 5, STANDARD_DIFFICULTY, policyBot('x', EXPERT_PARAMS, { constraint }))
        .state;
    const quiet = moves('no-listening');
    expect(quiet.decisions.some((d) => d.type === 'listen')).toBe(false);
    expect(
      quiet.initiatives.some((run) => scenario.initiatives.find((d) => d.id === run.id)!.listening),
    ).toBe(false);
    const bold = moves('no-pilots');
    expect(bold.decisions.some((d) => d.type === 'launch' && d.scale === 'pilot')).toBe(false);
    expect(bold.decisions.some((d) => d.type === 'negotiate' && d.approach === 'pilot')).toBe(
      false,
    );
    const passive = moves('default-events');
    for (const answer of passive.events.filter((e) => !e.mitigated)) {
      const event = scenario.events.find((e) => e.id === answer.event)!;
      expect(answer.option).toBe(event.defaultOption);
    }
  });
});

describe('the adversarial targets', () => {
  it('scores a search on fresh seeds it never trained on', () => {
    const result = runAdversaryTask(scenario, 'no-reports', tiny, STANDARD_DIFFICULTY);
    expect(result.scores).toHaveLength(tiny.freshSeeds);
    expect(result.params).not.toBeNull();
    const idle = runAdversaryTask(scenario, 'do-nothing', tiny, STANDARD_DIFFICULTY);
    expect(idle.params).toBeNull();
    expect(idle.scores).toHaveLength(tiny.freshSeeds);
  });

  it('marks each constraint by its gap to best, listening against a higher bar', () => {
    const made = (task: AdversaryResult['task'], score: number): AdversaryResult => ({
      task,
      params: null,
      trainMean: null,
      scores: [score, score],
    });
    const report = summariseAdversaries(
      [
        made('best', 600),
        made('no-listening', 600 - LISTENING_GAP + 1),
        made('no-pilots', 600 - LESSON_GAP),
        made('report-only', 200),
        made('expert', 580),
        made('do-nothing', 150),
      ],
      'quick',
    );
    const met = Object.fromEntries(report.targets.map((t) => [t.id, t.met]));
    expect(met['lesson-binds:no-listening']).toBe(false);
    expect(met['lesson-binds:no-pilots']).toBe(true);
    expect(met['expert-near-best']).toBe(true);
    expect(met['report-only-near-do-nothing']).toBe(true);
    expect(report.adversaries['no-pilots']!.gapToBest).toBe(LESSON_GAP);
  });
});
