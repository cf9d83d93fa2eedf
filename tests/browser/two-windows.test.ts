// The same game open in two tabs of one browser, in Chromium against the production build: the
// tab played on saves, the forgotten tab is stopped and asked (it never writes its older game over
// the newer one), and Enter takes it to the game the other tab saved. A screenshot of the question
// goes to test-results/screens/ for review. The leaderboard open in two tabs is one board: results
// given to either show in both and are kept, and clearing one clears the other.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { playTurns, press } from './keyboard-player';
import { ROOT, screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { newGame, servedGame, toFloor, toLeaderboard } from './setup';
import { makeResultCode } from '../../src/workshop/result';
import { botResult, builtIn } from '../helpers';

const served = servedGame();
const SHOTS = resolve(ROOT, 'test-results/screens');

/** Turns ended in the save both tabs share. */
function savedTurns(page: Page): Promise<number> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('power-core/save');
    if (!raw) return -1;
    const file = JSON.parse(raw) as { save: { decisions: { type: string }[] } };
    return file.save.decisions.filter((d) => d.type === 'endQuarter').length;
  });
}

describe('the same game in two tabs', () => {
  it('stops the forgotten tab and takes it to the game saved in the other', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const first = await context.newPage();
    const errors = watchErrors(first);
    await first.goto(served.url);
    await waitForScreen(first, 'title');
    await newGame(first);
    await playTurns(first, 'do-nothing', 1);
    await toFloor(first);
    expect(await savedTurns(first)).toBe(1);

    // The team opens the link again and goes on there.
    const second = await context.newPage();
    const secondErrors = watchErrors(second);
    await second.goto(served.url);
    await waitForScreen(second, 'title');
    await second.click('[data-key="continue"]');
    await toFloor(second);
    await playTurns(second, 'do-nothing', 2);
    await toFloor(second);
    expect(await savedTurns(second)).toBe(3);

    // Back in the first tab: it asks instead of saving its older game.
    await first.bringToFront();
    await first.waitForSelector('[data-screen-root="save-conflict"]');
    mkdirSync(SHOTS, { recursive: true });
    await first.screenshot({ path: resolve(SHOTS, 'en-save-conflict-1280x720.png') });
    const text = await first.textContent('[data-screen-root="save-conflict"]');
    expect(text).toContain('after 3 turns');
    expect(text).toContain('after 1 turn');
    // Keys meant for the floor change nothing while it asks.
    for (const key of ['e', '1', 'Escape', 'm']) await press(first, key, 150);
    expect(await savedTurns(first)).toBe(3);
    await first.waitForSelector('[data-screen-root="save-conflict"]');

    await press(first, 'Enter', 800);
    await toFloor(first);
    expect(await screenName(first)).toBe('quarter');
    expect(await first.$('[data-screen-root="save-conflict"]')).toBeNull();
    await playTurns(first, 'do-nothing', 1);
    await toFloor(first);
    expect(await savedTurns(first)).toBe(4);

    // Now the second tab is the forgotten one.
    await second.bringToFront();
    await second.waitForSelector('[data-screen-root="save-conflict"]');
    expect(errors).toEqual([]);
    expect(secondErrors).toEqual([]);
    await context.close();
  });

  it('keeps one leaderboard between two tabs', async () => {
    const scenario = builtIn();
    const code = (seed: number, team: string) =>
      makeResultCode(scenario, botResult(scenario, seed, 'expert', team));
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const tabs: Page[] = [];
    const errors: string[][] = [];
    for (let n = 0; n < 2; n++) {
      const tab = await context.newPage();
      errors.push(watchErrors(tab));
      await tab.goto(served.url);
      await waitForScreen(tab, 'title');
      await toLeaderboard(tab);
      tabs.push(tab);
    }
    const [first, second] = tabs as [Page, Page];
    const rows = (tab: Page) => tab.locator('.ranking tbody tr');

    await first.fill('#paste-codes', code(3, 'Owls'));
    await first.click('[data-key="add-codes"]');
    await expect.poll(() => rows(second).count(), { timeout: 10_000 }).toBe(1);
    await second.fill('#paste-codes', code(4, 'Foxes'));
    await second.click('[data-key="add-codes"]');
    await expect.poll(() => rows(first).count(), { timeout: 10_000 }).toBe(2);
    const kept = await first.evaluate(() => localStorage.getItem('power-core/leaderboard'));
    expect(kept!.match(/PC1-/g)).toHaveLength(2);

    await first.bringToFront();
    await first.click('[data-key="clear-board"]');
    await first.click('[data-key="clear-board"]');
    await expect.poll(() => rows(second).count(), { timeout: 10_000 }).toBe(0);
    expect(await second.textContent('.leaderboard-screen')).toContain('No verified results yet.');
    expect(errors.flat()).toEqual([]);
    await context.close();
  });
});
