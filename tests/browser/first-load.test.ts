// The title screen does not wait for the office: Phaser (most of the game's JavaScript) arrives
// behind it. Held back, the title still answers keys and a game can start; released, the canvas
// fades in and paints the floor. If it never arrives, the panels carry the whole game.

import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { press } from './keyboard-player';
import { floorLight, servedGame } from './setup';

const served = servedGame();

/** Opens the game with Phaser's chunk handed to `hold` instead of the server. */
async function openWithPhaser(hold: (route: Route) => Promise<void>) {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route(/\/assets\/phaser-[^/]*\.js$/, hold);
  await page.goto(served.url);
  await waitForScreen(page, 'title');
  return { page, errors };
}

/** From the title, through the scenario choice and the briefing, to the first quarter. */
async function startGame(page: Page): Promise<void> {
  await press(page, 'Enter', 300);
  await page.waitForSelector('button.scenario-card');
  for (let i = 0; i < 12 && (await screenName(page)) !== 'quarter'; i++) {
    if ((await screenName(page)) === 'event') await press(page, '1', 300);
    await press(page, 'Enter', 500);
  }
  expect(await screenName(page)).toBe('quarter');
}

const canvasShown = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector('#world canvas');
    return canvas ? getComputedStyle(canvas).opacity : null;
  });

describe('the first load', () => {
  it('plays before the office arrives, and the floor fades in when it does', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const { page, errors } = await openWithPhaser(async (route) => {
      await released;
      await route.continue();
    });
    expect(await page.$('#world canvas')).toBeNull();
    expect(await page.isHidden('#boot')).toBe(true);
    await startGame(page);
    expect(await page.$('#world canvas')).toBeNull();

    release();
    await page.waitForSelector('#world.is-ready canvas', { timeout: 60_000 });
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('#world canvas')!).opacity === '1',
    );
    expect(await floorLight(page)).toBeGreaterThan(0.35);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays a turn when the office never arrives', async () => {
    const { page, errors } = await openWithPhaser((route) => route.abort());
    await startGame(page);
    await press(page, 'e', 300);
    if (await page.$('[data-panel="confirm-end"]')) await press(page, 'Enter', 300);
    await page.waitForFunction(() => document.body.dataset.screen !== 'quarter');
    expect(await canvasShown(page)).toBeNull();
    // The refused download is the only complaint.
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });
});
