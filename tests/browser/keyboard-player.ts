// A team at the keyboard, for the browser tests: plays whole games through the real UI with keys
// only - answering events, ending quarters, and a few strategies. Node only: Playwright's pages in
// Chromium, and the adapter over puppeteer in Firefox (firefox-driver.ts).

import { screenName, waitForScreen } from '../../src/cli/chromium';
import type { ScreenPage } from '../../src/cli/chromium';

/** What the player needs of a page (Playwright's `Page` has it). */
export interface Page extends ScreenPage {
  keyboard: { press(key: string): Promise<void> };
  waitForTimeout(ms: number): Promise<void>;
  waitForSelector(selector: string): Promise<unknown>;
  $(selector: string): Promise<unknown>;
  $$(selector: string): Promise<unknown[]>;
}

/** Keys pressed so far (a game's inputs are measured by the browser test). */
export const inputs = { count: 0 };

export async function press(page: Page, key: string, settle = 120): Promise<void> {
  inputs.count += 1;
  await page.keyboard.press(key);
  await page.waitForTimeout(settle);
}

/**
 * `listen-and-report` listens in the first turn and reports every turn; `reports` only reports
 * (for a game played on from a later turn); `do-nothing` ends every turn.
 */
export type Strategy = 'listen-and-report' | 'reports' | 'do-nothing';

/**
 * Plays from the current screen to the debrief. `onScreen` is called the first time each screen
 * is seen (for screenshots). Returns the number of quarter screens played. With `maxTurns`, it
 * stops earlier: at the quarter screen after that many turns were played; with `stop`, as soon
 * as it says so (checked before every step).
 */
export async function playToDebrief(
  page: Page,
  strategy: Strategy,
  onScreen: (screen: string) => Promise<void> = async () => undefined,
  shot: (name: string) => Promise<void> = async () => undefined,
  maxTurns = Number.POSITIVE_INFINITY,
  stop: () => Promise<boolean> = async () => false,
): Promise<number> {
  const seen = new Set<string>();
  let turns = 0;
  for (let step = 0; step < 800; step++) {
    if (await stop()) return turns;
    const screen = (await screenName(page))!;
    if (!seen.has(screen)) {
      seen.add(screen);
      await onScreen(screen);
    }
    if (screen === 'debrief') return turns;
    if (screen === 'briefing') {
      await press(page, 'Enter', 300);
      continue;
    }
    if (screen === 'quarter') {
      if (turns >= maxTurns) return turns;
      turns++;
      if (strategy !== 'do-nothing') {
        if (turns === 1 && strategy === 'listen-and-report') {
          // Listen first: pulse surveys (2nd in the catalogue), then exit interviews (3rd),
          // which need Field Sales: negotiate in the power core's language.
          // Each step waits for what it opens: a loaded machine draws slower than the keys.
          await press(page, 'i');
          await page.waitForSelector('.catalogue-list');
          await shot('quarter-catalogue');
          await press(page, '2');
          await page.waitForSelector('.catalogue-item.selected >> nth=0');
          await press(page, 'Enter');
          await press(page, '3');
          await press(page, 'Enter', 300);
          await waitForScreen(page, 'negotiation', 5000);
          seen.add('negotiation');
          await onScreen('negotiation');
          await press(page, '1', 300);
          await shot('negotiation-answer');
          await press(page, 'Enter', 300);
        }
        await press(page, 'r');
        await press(page, 'Enter');
        await press(page, 'Escape');
      }
      await press(page, 'e');
      if (await page.$('[data-panel="confirm-end"]')) await press(page, 'Enter', 200);
      continue;
    }
    if (screen === 'event') {
      const options = await page.$$('.event-option');
      if (options.length === 0) {
        await press(page, 'Enter');
        continue;
      }
      const pick = strategy === 'do-nothing' ? options.length : 1;
      for (let n = pick; n >= 1 && n <= options.length; n += strategy === 'do-nothing' ? -1 : 1) {
        await press(page, String(n));
        if (await page.$('.event-outcome')) break;
      }
      await press(page, 'Enter');
      continue;
    }
    if (screen === 'negotiation') {
      await press(page, 'Escape');
      continue;
    }
    await press(page, 'Enter', 200); // results, year review
  }
  throw new Error('the game did not reach the debrief');
}

/** Plays `turns` turns from the current screen (by keyboard), to the next quarter screen. */
export function playTurns(page: Page, strategy: Strategy, turns: number): Promise<number> {
  return playToDebrief(page, strategy, undefined, undefined, turns);
}
