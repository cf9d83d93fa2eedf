// The game in Chromium against the production build: a whole 20-quarter game by keyboard alone,
// a reload in the middle of a quarter that resumes exactly, a damaged save, private mode, and no
// console errors anywhere. A screenshot of every screen goes to test-results/screens/ for review.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { inputs, playToDebrief, press } from './keyboard-player';
import {
  launch,
  ROOT,
  screenName,
  serveBuild,
  waitForScreen,
  watchErrors,
} from '../../src/cli/chromium';

const SHOTS = resolve(ROOT, 'test-results/screens');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveBuild();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, 'title');
  return { page, errors };
}

const shot = async (page: Page, name: string) =>
  page.screenshot({ path: resolve(SHOTS, `${name}.png`) });

/** The visible state of the game: what a reload must bring back exactly. */
async function visibleState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const top = document.querySelector('.top-bar')?.textContent ?? '';
    const dash = document.querySelector('.dashboard')?.textContent ?? '';
    return `${document.body.dataset.screen}|${top.replace('Saved', '')}|${dash}`;
  });
}

function savedGame(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('power-core/save');
    if (!raw) return null;
    const file = JSON.parse(raw) as Record<string, unknown>;
    delete file.savedAt;
    return file;
  });
}

describe('the game in Chromium', () => {
  it('plays a whole 20-quarter game by keyboard alone, to the debrief', async () => {
    const { page, errors } = await openPage();
    const seen = new Set<string>();
    const visit = async () => {
      const screen = (await screenName(page))!;
      if (!seen.has(screen)) {
        seen.add(screen);
        await page.waitForTimeout(screen === 'results' ? 1800 : 500);
        await shot(page, screen);
      }
      return screen;
    };
    await visit();
    await press(page, '4'); // settings
    await visit();
    await press(page, 'Escape');
    await press(page, '3'); // how to play
    await visit();
    await press(page, 'Escape');
    await press(page, 'Enter'); // new game
    await page.waitForSelector('button.scenario-card');
    await visit();
    await press(page, '6'); // Vectra Office Systems
    await press(page, 'Enter', 600);
    expect(await visit()).toBe('briefing');
    inputs.count = 0;
    const started = Date.now();
    const quarterTurns = await playToDebrief(
      page,
      'listen-and-report',
      async (screen) => {
        seen.add(screen);
        await page.waitForTimeout(screen === 'results' ? 1800 : 500);
        await shot(page, screen);
      },
      (name) => shot(page, name).then(() => undefined),
    );
    expect(await screenName(page)).toBe('debrief');
    expect(quarterTurns).toBe(20);
    // A game's inputs, for the workshop agendas (README): keys from the briefing to the debrief.
    console.log(
      `keyboard game: ${inputs.count} inputs over ${quarterTurns} quarters (${(inputs.count / quarterTurns).toFixed(1)} a quarter), ${Math.round((Date.now() - started) / 1000)} s for the bot`,
    );
    expect(inputs.count / quarterTurns).toBeLessThan(12);
    const score = await page.textContent('.score-total');
    expect(Number(score?.replace(/\D/g, ''))).toBeGreaterThan(0);
    for (const [key, name] of [
      ['2', 'debrief-charts'],
      ['3', 'debrief-timeline'],
      ['4', 'debrief-lessons'],
    ] as const) {
      await press(page, key, 400);
      await shot(page, name);
    }
    expect(await page.$$('figure svg')).toHaveLength(0); // lessons tab now
    await press(page, '2', 300);
    expect((await page.$$('figure svg')).length).toBe(5);
    expect([...seen].sort()).toEqual(
      [
        'briefing',
        'debrief',
        'event',
        'how-to-play',
        'negotiation',
        'quarter',
        'results',
        'scenario',
        'settings',
        'title',
        'year-review',
      ].sort(),
    );
    // Enter does not leave the debrief; the result is kept and listed on the title.
    await press(page, 'Enter', 300);
    expect(await screenName(page)).toBe('debrief');
    await page.click('[data-key="to-title"]');
    await waitForScreen(page, 'title');
    await page.waitForSelector('.results-card .kept-item');
    expect(await page.$$('.results-card .kept-item')).toHaveLength(1);
    await shot(page, 'title-results');
    expect(errors).toEqual([]);
  });

  it("moves back through the game's screens with the browser's Back button", async () => {
    const { page, errors } = await openPage();
    await press(page, '3'); // how to play
    await waitForScreen(page, 'how-to-play');
    await page.goBack();
    await waitForScreen(page, 'title');
    await press(page, 'Enter');
    await page.waitForSelector('button.scenario-card');
    await press(page, 'Enter', 600);
    await waitForScreen(page, 'briefing');
    await press(page, 'Enter', 400);
    await waitForScreen(page, 'quarter');
    await page.goBack();
    await page.waitForSelector('.menu-dialog');
    expect(await screenName(page)).toBe('quarter');
    expect(page.url()).toContain(new URL(server.url).host);
    expect(errors).toEqual([]);
  });

  it('resumes exactly after a reload in the middle of a quarter', async () => {
    const { page, errors } = await openPage();
    await press(page, 'Enter');
    await page.waitForSelector('button.scenario-card');
    await press(page, 'Enter', 600);
    // A loaded machine may still be starting the game: Enter begins play once the briefing is up.
    await waitForScreen(page, 'briefing');
    await press(page, 'Enter', 400);
    await page.waitForSelector('.top-turn');
    // Play into the second quarter, then make decisions in the middle of it.
    for (let step = 0; step < 20 && (await page.textContent('.top-turn'))?.includes('Q1'); step++) {
      const screen = await screenName(page);
      if (screen === 'event') await press(page, (await page.$('.event-option')) ? '2' : 'Enter');
      else if (screen === 'quarter') {
        await press(page, 'e');
        await press(page, 'Enter');
      } else await press(page, 'Enter');
    }
    while ((await screenName(page)) !== 'quarter') await press(page, 'Enter', 150);
    await press(page, 'i');
    await press(page, '2');
    await press(page, 'Enter');
    await press(page, 'Escape');
    await press(page, 'l');
    await press(page, '1');
    const before = await visibleState(page);
    const saveBefore = await savedGame(page);
    expect(before).toContain('Q2');

    await page.reload();
    await waitForScreen(page, 'title');
    expect(await page.textContent('.menu')).toContain('Continue');
    await press(page, 'Enter', 600);
    await waitForScreen(page, 'quarter');
    expect(await visibleState(page)).toBe(before);
    expect(await savedGame(page)).toEqual(saveBefore);
    expect(errors).toEqual([]);
  });

  it('explains a damaged save, keeps it downloadable, and starts again', async () => {
    const { page, errors } = await openPage();
    await page.evaluate(() =>
      localStorage.setItem('power-core/save', '{"format":"power-core-save/1","save":{'),
    );
    await page.reload();
    await waitForScreen(page, 'title');
    expect(await page.textContent('[role="alert"]')).toContain('could not be restored');
    await shot(page, 'title-damaged-save');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('text=Download the saved game'),
    ]);
    expect(download.suggestedFilename()).toBe('power-core-damaged-save.json');
    await page.click('text=Forget it and start again');
    expect(await page.evaluate(() => localStorage.getItem('power-core/save'))).toBeNull();
    await press(page, 'Enter');
    await waitForScreen(page, 'scenario');
    expect(errors).toEqual([]);
  });

  it('plays with saving off when the browser keeps no data', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await waitForScreen(page, 'title');
    expect(await page.textContent('.title-screen')).toContain('Saving is off');
    await press(page, 'Enter');
    await page.waitForSelector('button.scenario-card');
    await press(page, 'Enter', 600);
    // Each screen is waited for: a loaded machine drew the briefing after a fixed pause.
    await waitForScreen(page, 'briefing');
    await press(page, 'Enter', 400);
    await page.waitForFunction(() => ['quarter', 'event'].includes(document.body.dataset.screen!));
    expect(await page.textContent('.top-bar')).toContain('Saving off');
    await shot(page, 'quarter-saving-off');
    expect(errors).toEqual([]);
  });
});
