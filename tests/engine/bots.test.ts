import { describe, expect, it } from 'vitest';
import { allBotNames, botByName, FIXED_BOTS, playGame } from '../../src/engine/bots';
import { runBalance } from '../../src/engine/bots/balance';
import type { BalanceReport } from '../../src/engine/bots/balance';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { builtIn, builtInIds } from '../helpers';

/** Seeds for the behaviour-target test; the full check is `npm run balance -- --seeds 500`. */
const SEEDS = 60;

describe('bots', () => {
  it.each(FIXED_BOTS)('%s plays whole games on every built-in scenario', (name) => {
    for (const id of builtInIds()) {
      const scenario = builtIn(id);
      const { state, refusals } = playGame(
        scenario,
        3,
        STANDARD_DIFFICULTY,
        botByName(name, scenario)!,
      );
      expect(state.status).not.toBe('playing');
      expect(state.series.length).toBeGreaterThan(0);
      if (name !== 'random') expect(refusals.length).toBeLessThanOrEqual(2);
    }
  });

  it('plays the same game again for the same seed', () => {
    const scenario = builtIn();
    const bot = botByName('random', scenario)!;
    const a = playGame(scenario, 9, STANDARD_DIFFICULTY, bot).state;
    const b = playGame(scenario, 9, STANDARD_DIFFICULTY, bot).state;
    expect(a.decisions).toEqual(b.decisions);
  });

  it('has one spammer per initiative and knows no unknown bot', () => {
    const scenario = builtIn();
    expect(allBotNames(scenario).filter((n) => n.startsWith('spam:'))).toHaveLength(
      scenario.initiatives.length,
    );
    expect(botByName('spam:nothing', scenario)).toBeNull();
    expect(botByName('genius', scenario)).toBeNull();
  });
});

describe(`behaviour targets of DESIGN.md §4 on every built-in scenario (${SEEDS} seeds)`, () => {
  const reports = new Map<string, BalanceReport>();
  const report = (id: string) => {
    let found = reports.get(id);
    if (!found) {
      const scenario = builtIn(id);
      found = runBalance(scenario, {
        seeds: SEEDS,
        difficulty: STANDARD_DIFFICULTY,
        bots: allBotNames(scenario),
      });
      reports.set(id, found);
    }
    return found;
  };

  it.each(builtInIds())('%s meets every target', (id) => {
    const missed = report(id).targets.filter((t) => !t.met);
    expect(missed.map((t) => t.detail)).toEqual([]);
  });

  it('the expert who works with the power core beats the one who ignores it by 40 on every scenario', () => {
    for (const id of builtInIds()) {
      const s = report(id).strategies;
      expect(s['expert']!.scoreMedian - s['expert-generic']!.scoreMedian).toBeGreaterThanOrEqual(
        40,
      );
    }
  });
});
