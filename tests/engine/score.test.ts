import { describe, expect, it } from 'vitest';
import { computeScore, SCORE_PARTS, titleFor } from '../../src/engine';
import type { GameState, QuarterRecord } from '../../src/engine';
import { builtIn, freshGame, playUntil } from '../helpers';

const scenario = builtIn();

/** A game whose last record is replaced by chosen values, to probe the score formula. */
function withLast(
  values: Partial<Omit<QuarterRecord, 'twin'>> & { twin?: Partial<QuarterRecord['twin']> },
  status: GameState['status'] = 'completed',
) {
  const state = freshGame(1);
  playUntil(scenario, state, 2);
  const last = state.series.at(-1)!;
  state.series = [
    { ...last, quarter: 20, ...values, twin: { ...last.twin, ...(values.twin ?? {}) } },
  ];
  state.status = status;
  state.silos = state.silos.map((s) => ({ ...s, trust: 55, orientation: 45 }));
  return state;
}

describe('score (golden)', () => {
  it('matches the snapshot over a grid of outcomes', () => {
    const grid: Record<string, unknown> = {};
    for (const retention of [0.85, 1, 1.1, 1.3]) {
      for (const satisfaction of [15, 40, 70]) {
        const state = withLast({
          customers: Math.round(2000 * retention),
          startingCustomersLeft: Math.round(1200 * retention),
          satisfaction,
          cumulativeProfit: 60000 * (0.95 + retention / 10),
          engagement: 55,
          ceoSupport: 60,
          twin: { customers: 2000, startingCustomersLeft: 1200, cumulativeProfit: 60000 },
        });
        const score = computeScore(scenario, state);
        grid[`retention ${retention} satisfaction ${satisfaction}`] = {
          total: score.total,
          title: score.title,
          parts: Object.fromEntries(SCORE_PARTS.map((p) => [p, score.parts[p].points])),
        };
      }
    }
    expect(grid).toMatchSnapshot();
  });

  it('adds up its parts to at most 1000', () => {
    const best = withLast({
      customers: 5000,
      startingCustomersLeft: 3000,
      satisfaction: 100,
      cumulativeProfit: 1e6,
      engagement: 100,
      ceoSupport: 100,
      twin: { customers: 2000, startingCustomersLeft: 1000, cumulativeProfit: 1000 },
    });
    best.silos = best.silos.map((s) => ({ ...s, trust: 100, orientation: 100 }));
    const score = computeScore(scenario, best);
    expect(score.total).toBe(1000);
    expect(SCORE_PARTS.reduce((acc, p) => acc + score.parts[p].points, 0)).toBe(1000);
  });

  it('keeps a fired CCO the score of the quarters survived, with a penalty', () => {
    const values = { customers: 2200, satisfaction: 40, ceoSupport: 0, twin: { customers: 2000 } };
    const survived = computeScore(scenario, withLast(values, 'completed'));
    const fired = computeScore(scenario, withLast(values, 'fired'));
    expect(fired.fired).toBe(true);
    expect(fired.title).toBe('title.fired');
    expect(fired.total).toBe(Math.round(survived.total * 0.7));
  });

  it('gives titles by total', () => {
    expect(titleFor(900)).toBe('title.champion');
    expect(titleFor(700)).toBe('title.architect');
    expect(titleFor(550)).toBe('title.diplomat');
    expect(titleFor(400)).toBe('title.firefighter');
    expect(titleFor(100)).toBe('title.bystander');
  });
});
