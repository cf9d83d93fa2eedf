// @vitest-environment jsdom
// Numbers that add up: on every end-of-turn report of whole games (the expert's, and one that
// only ends quarters), each shown change is the difference of the two values shown beside it,
// no change reads "−0", and the causes listed under CEO support add up to its change.

import { describe, expect, it } from 'vitest';
import { mount, startGame } from './harness';
import type { Harness } from './harness';
import { botByName, seededDraw } from '../../src/engine/bots';

/** "1,234.5", "−3", "+0.4" as numbers. */
function parse(text: string): number {
  return Number(text.replace(/[,\s]/g, '').replace('−', '-').replace('+', ''));
}

function checkReport(h: Harness, problems: string[], where: string): void {
  const report = h.root.querySelector('.report-panel')!;
  if (/−0(?![.,\d])/.test(report.textContent ?? '')) problems.push(`${where}: shows −0`);
  for (const list of report.querySelectorAll('ul.changes')) {
    let main: { shown: number } | null = null;
    let listed = 0;
    let subs = 0;
    const close = () => {
      if (main && subs > 0 && Math.abs(listed - main.shown) > 0.051)
        problems.push(`${where}: causes add up to ${listed.toFixed(1)}, change is ${main.shown}`);
    };
    for (const li of list.querySelectorAll('li')) {
      const nums = li.querySelectorAll('.num');
      if (!li.classList.contains('sub')) {
        close();
        main = null;
        listed = 0;
        subs = 0;
        const pair = nums[0]?.textContent?.split('→');
        const delta = li.querySelector('.delta')?.textContent;
        if (pair?.length === 2 && delta) {
          const [before, after] = pair.map((x) => parse(x));
          const shown = parse(delta);
          if (Math.abs(after! - before! - shown) > 1e-9)
            problems.push(`${where}: ${pair.join('→')} shown as ${delta}`);
          main = { shown };
        }
      } else {
        subs += 1;
        listed += parse(nums[0]!.textContent!);
      }
    }
    close();
  }
}

async function playAndCheck(botName: 'expert' | 'do-nothing', seed: number): Promise<string[]> {
  const h = mount();
  await startGame(h, { seed });
  h.game.beginPlay();
  const problems: string[] = [];
  const { scenario } = h.game.store.getState().session!;
  const bot = botByName(botName, scenario)!;
  const draw = seededDraw('numbers');
  const memory: Record<string, unknown> = {};
  let reports = 0;
  for (let step = 0; step < 3000; step++) {
    const state = h.game.store.getState();
    const session = state.session!;
    if (state.screen === 'debrief') break;
    if (state.screen === 'results' || state.screen === 'year-review') {
      if (state.screen === 'results') {
        reports += 1;
        checkReport(h, problems, `Q${session.game.lastResolution!.quarters[0]}`);
      }
      h.game.acknowledgeReport();
      continue;
    }
    if (state.ui.eventOutcome) {
      h.game.closeEventOutcome();
      continue;
    }
    if (state.screen === 'negotiation') {
      h.game.closeNegotiation();
      continue;
    }
    const action = bot.next({ scenario, state: session.game, draw, refused: [], memory });
    if (!h.game.dispatch(action).ok) h.game.dispatch({ type: 'endQuarter' });
  }
  expect(reports).toBeGreaterThanOrEqual(5);
  return problems;
}

describe('numbers that add up', () => {
  it('the expert’s game: every change is the difference of what is shown', async () => {
    expect(await playAndCheck('expert', 7)).toEqual([]);
    expect(await playAndCheck('expert', 12)).toEqual([]);
  }, 60_000);

  it('a game that only ends quarters (the CEO loses patience): same', async () => {
    expect(await playAndCheck('do-nothing', 5)).toEqual([]);
  }, 60_000);
});
