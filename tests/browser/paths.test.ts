// Every way between the screens, in Chromium against the production build: each path ends on a
// screen that drew itself, with no page error, and wherever the office floor shows it is painted
// (not the empty outlines a lost texture leaves). A finished game is put in storage first, so the
// debrief's paths (what-if practice and back, a new game after it) are reached in seconds.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { press } from './keyboard-player';
import { screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { finishedSave, floorLight, newGame, servedGame, toFloor } from './setup';

const served = servedGame();

async function open(save?: string): Promise<{ page: Page; errors: string[] }> {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
  if (save)
    await context.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('power-core/save', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, save);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(served.url);
  await waitForScreen(page, 'title');
  return { page, errors };
}

async function expectFloor(page: Page): Promise<void> {
  expect(await screenName(page)).toBe('quarter');
  expect(await floorLight(page)).toBeGreaterThan(0.35);
}

describe('every path between screens', () => {
  it('title pages and back, a new game, and the floor after each', async () => {
    const { page, errors } = await open();
    for (const key of ['how-to-play', 'settings', 'join', 'facilitator']) {
      await page.click(`[data-key="${key}"]`);
      await page.waitForTimeout(400);
      expect(await screenName(page)).toBe(key);
      await press(page, 'Escape', 400);
      expect(await screenName(page)).toBe('title');
    }
    await newGame(page);
    await expectFloor(page);
    // Floor → settings, how to play, a negotiation, the menu → title → continue: floor each time.
    for (const [open, back] of [
      ['menu-settings', 'Escape'],
      ['menu-how', 'Escape'],
    ] as const) {
      await page.click('[data-key="menu"]');
      await page.click(`[data-key="${open}"]`);
      await page.waitForTimeout(400);
      await press(page, back, 600);
      await expectFloor(page);
    }
    await press(page, '1', 600); // a leader's room
    await press(page, 'Escape', 600);
    await expectFloor(page);
    await page.click('[data-key="menu"]');
    await page.click('[data-key="quit"]');
    await waitForScreen(page, 'title');
    await press(page, 'Enter', 1000); // continue
    await toFloor(page);
    await expectFloor(page);
    // A reload in the middle of play.
    await page.reload();
    await waitForScreen(page, 'title');
    await press(page, 'Enter', 1000);
    await toFloor(page);
    await expectFloor(page);
    expect(errors).toEqual([]);
  });

  it('a typed seed and one click on Start start the game with that seed', async () => {
    const { page, errors } = await open();
    await page.click('[data-key="new-game"]');
    await page.waitForSelector('button.scenario-card');
    await page.click('#seed', { clickCount: 3 });
    await page.keyboard.type('4242');
    await page.click('[data-key="start"]');
    await waitForScreen(page, 'briefing', 5000);
    const seed = await page.evaluate(
      () => JSON.parse(localStorage.getItem('power-core/save')!).save.seed as number,
    );
    expect(seed).toBe(4242);
    expect(errors).toEqual([]);
  });

  it('debrief → what if → back → title → new game; debrief → new game; two games in a row', async () => {
    const { page, errors } = await open(finishedSave());
    await press(page, 'Enter'); // continue: the finished game opens at its debrief
    await waitForScreen(page, 'debrief');
    await page.click('[data-key="tab-result"]');
    await page.click('[data-key="what-if-start"]');
    await toFloor(page);
    await expectFloor(page);
    await page.click('[data-key="menu"]');
    await page.click('[data-key="quit"]'); // back to the real game
    await waitForScreen(page, 'debrief');
    await page.click('[data-key="to-title"]');
    await waitForScreen(page, 'title');
    await newGame(page);
    await expectFloor(page);

    // The kept result opens its debrief; a new game from there; then a second one.
    await page.click('[data-key="menu"]');
    await page.click('[data-key="quit"]');
    await waitForScreen(page, 'title');
    await page.click('[data-key="kept-open-0"]');
    await waitForScreen(page, 'debrief');
    await page.click('[data-key="again"]');
    await page.waitForSelector('button.scenario-card');
    await press(page, 'Enter', 800);
    await page.click('[data-key="replace-confirm"]');
    await waitForScreen(page, 'briefing');
    await toFloor(page);
    await expectFloor(page);
    expect(errors).toEqual([]);
  });
});
