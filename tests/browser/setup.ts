// What the browser tests share: the production build served and Chromium launched once per test
// file (closed after it), a finished game as the autosave writes it, to reach the debrief in
// seconds, and a new game played to its floor. Node only (playwright-core, the engine).

import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenName, serveBuild, waitForScreen } from '../../src/cli/chromium';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import { createSave, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { press } from './keyboard-player';

export interface Served {
  readonly url: string;
  readonly browser: Browser;
}

/** Serves the build and launches Chromium for this file's tests; read it inside a test. */
export function servedGame(): Served {
  let server: { url: string; close: () => Promise<void> } | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}

/** A finished Vectra game (played by the expert bot) as the autosave writes it. */
export function finishedSave(team = 'Team Path'): string {
  const loaded = loadScenarioFile('vectra-office-systems');
  if (!loaded.ok) throw new Error('Vectra does not load');
  const scenario = loaded.scenario;
  const { state } = playGame(scenario, 7, STANDARD_DIFFICULTY, botByName('expert', scenario)!);
  return JSON.stringify({
    format: 'power-core-save/1',
    savedAt: '2026-11-29T10:00:00.000Z',
    team,
    scenario: { kind: 'built-in', id: 'vectra-office-systems' },
    save: createSave(scenario, state),
    reportsRead: 20,
    guided: false,
    briefed: true,
  });
}

/**
 * Share of light pixels on the office floor (the left 880×600 of the stage): a painted floor is
 * mostly room cards and corridor, a floor that lost its rooms shows the night sky behind.
 */
export async function floorLight(page: Page): Promise<number> {
  await page.waitForTimeout(1200);
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#world canvas');
    if (!canvas) return -1;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const sx = canvas.width / 1280;
    const data = ctx.getImageData(
      0,
      Math.round(56 * sx),
      Math.round(880 * sx),
      Math.round(600 * sx),
    ).data;
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      if (lum > 190) light += 1;
    }
    return light / (data.length / 4);
  });
}

/** From the title screen to the facilitator's leaderboard. */
export async function toLeaderboard(page: Page): Promise<void> {
  await press(page, '5'); // For facilitators
  await press(page, '3', 800); // Leaderboard
  await waitForScreen(page, 'leaderboard');
}

/** From the briefing or any game-loop screen to the office floor, answering what comes up. */
export async function toFloor(page: Page): Promise<void> {
  for (let i = 0; i < 16; i++) {
    const screen = await screenName(page);
    if (screen === 'quarter') return;
    if (screen === 'event') await press(page, '1', 300);
    await press(page, 'Enter', 500);
  }
  throw new Error(`stuck on ${await screenName(page)}`);
}

/** A new game from the title on the first scenario, replacing any saved one, to its floor. */
export async function newGame(page: Page): Promise<void> {
  await page.click('[data-key="new-game"]');
  await page.waitForSelector('button.scenario-card');
  await press(page, 'Enter', 800);
  if (await page.$('[data-key="replace-confirm"]'))
    await page.click('[data-key="replace-confirm"]');
  await waitForScreen(page, 'briefing');
  await toFloor(page);
}
