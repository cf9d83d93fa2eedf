// The one-file package (npm run package) in Firefox, opened straight from disk with the network
// closed: a reload that resumes the saved game, a whole game by keyboard, its result code, a custom
// scenario file checked and previewed, and the result code verified on the leaderboard - what a
// trainer on a Firefox laptop does with the file from a USB stick. Chromium covers the rest of the
// package (single-file.test.ts); this checks that nothing in it is Chromium-only.

import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { ROOT, screenName, waitForScreen } from '../../src/cli/chromium';
import { PACKAGE_DIR, PACKAGE_FILE } from '../../src/cli/single-file';
import { launchFirefox, playerPage, watchFirefoxErrors } from './firefox-driver';
import { playToDebrief, press } from './keyboard-player';
import type { Page as PlayerPage } from './keyboard-player';

const FILE = resolve(ROOT, PACKAGE_DIR, PACKAGE_FILE);
const URL_OF_FILE = pathToFileURL(FILE).href;
const EXAMPLE = resolve(ROOT, 'scenarios/example-custom.yaml');
/** Where the screenshots go, to look at after a run. */
const SCREENS = resolve(ROOT, 'test-results/screens');

let browser: Browser;
let page: Page;
let player: PlayerPage;
let errors: string[] = [];
/** Every request for anything but the file itself and what is inside it (data: and blob: URLs). */
const elsewhere: string[] = [];
let resultCode = '';

const text = (selector: string) => page.$eval(selector, (element) => element.textContent ?? '');

beforeAll(async () => {
  if (!existsSync(FILE))
    throw new Error(`There is no ${PACKAGE_DIR}/${PACKAGE_FILE}: run \`npm run package\` first.`);
  mkdirSync(SCREENS, { recursive: true });
  browser = await launchFirefox();
  page = await browser.newPage();
  errors = watchFirefoxErrors(page);
  page.on('request', (request) => {
    const url = request.url();
    const inside = url.startsWith('data:') || url.startsWith('blob:');
    if (!inside && url !== URL_OF_FILE && !url.startsWith(`${URL_OF_FILE}?`)) elsewhere.push(url);
  });
  player = playerPage(page);
  await page.goto(URL_OF_FILE);
  await waitForScreen(player, 'title', 60_000);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the one-file package in Firefox, opened from disk', () => {
  it('draws the office, starts a game, and a reload resumes it from the save', async () => {
    await page.waitForSelector('#world.is-ready', { timeout: 30_000 });
    await press(player, 'Enter'); // new game
    await page.waitForSelector('button.scenario-card');
    await page.type('#team', 'Owls');
    await page.$eval('#team', (input) => (input as HTMLInputElement).blur()); // keys go to the page
    await press(player, '6'); // Vectra Office Systems
    await press(player, 'Enter', 600);
    await waitForScreen(player, 'briefing');
    await press(player, 'Enter', 400);
    await page.waitForSelector('.top-turn');
    const before = `${await screenName(player)} ${await text('.top-turn')}`;
    expect(before).toMatch(/^(quarter|event) .*Q1/);
    const saved = () => page.evaluate(() => localStorage.getItem('power-core/save'));
    const save = await saved();
    expect(save).toContain('Owls');

    await page.reload();
    await waitForScreen(player, 'title', 60_000);
    expect(await text('.menu')).toContain('Continue');
    await press(player, 'Enter', 600);
    await page.waitForSelector('.top-turn');
    expect(`${await screenName(player)} ${await text('.top-turn')}`).toBe(before);
    expect(await saved()).toBe(save);
    expect(errors).toEqual([]);
  });

  it('plays the whole game by keyboard to the debrief and gives a result code', async () => {
    const turns = await playToDebrief(player, 'listen-and-report');
    expect(turns).toBe(20);
    await page.waitForSelector('.debrief-screen');
    await press(player, '6', 400); // the Result tab
    await page.screenshot({ path: `${SCREENS}/firefox-debrief.png` });
    resultCode = await page.$eval('#result-code', (field) => (field as HTMLInputElement).value);
    expect(resultCode).toMatch(/^PC1-/);
    expect(errors).toEqual([]);
  });

  it('checks a custom scenario file in its worker and previews it', async () => {
    await page.click('[data-key="to-title"]');
    await waitForScreen(player, 'title');
    await press(player, 'Enter', 400); // new game
    await page.waitForSelector('button.scenario-card');
    const input = (await page.$('[data-key="scenario-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(EXAMPLE);
    await page.waitForSelector('.scenario-card.custom .preview', { timeout: 30_000 });
    expect(await text('.scenario-card.custom')).toContain('Kestrel Cycles');
    expect(await page.$('.problems')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('verifies the result code on the leaderboard', async () => {
    await press(player, 'Escape', 400);
    await waitForScreen(player, 'title');
    await press(player, '5', 400); // for facilitators
    await press(player, '3', 800); // leaderboard
    await waitForScreen(player, 'leaderboard');
    await page.type('#paste-codes', resultCode);
    await page.click('[data-key="add-codes"]');
    await page.waitForSelector('.ranking tbody tr');
    expect(
      await page.$$eval('.ranking tbody th', (cells) => cells.map((cell) => cell.textContent)),
    ).toEqual(['Owls']);
    expect(await page.$('.rejected-list')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('asked for nothing but the file itself', () => {
    expect(elsewhere).toEqual([]);
  });
});
