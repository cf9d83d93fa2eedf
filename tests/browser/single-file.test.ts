// The one-file package (npm run package) opened straight from disk in Chromium, with every request
// that is not the file itself aborted and the browser offline: a whole game by keyboard after a
// reload that resumes it, its result code verified on the leaderboard, a custom scenario file
// checked in the worker and previewed, the facilitator's balance run, another language, the sound
// effects and the music, and no console errors. The tests run in order on one browser context
// (one disk, one storage).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, ROOT, screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { PACKAGE_DIR, PACKAGE_FILE } from '../../src/cli/single-file';
import { TAP_OUTPUT } from './audio-tap';
import { playToDebrief, press } from './keyboard-player';

const FILE = resolve(ROOT, PACKAGE_DIR, PACKAGE_FILE);
const URL_OF_FILE = pathToFileURL(FILE).href;
const EXAMPLE = resolve(ROOT, 'scenarios/example-custom.yaml');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
/** Every request for anything but the file itself (each was aborted). */
const elsewhere: string[] = [];
let resultCode = '';
/** The URL of every Web Worker the pages started. */
const workers: string[] = [];

async function open(url = URL_OF_FILE): Promise<Page> {
  const opened = await context.newPage();
  errors = [...errors, ...watchErrors(opened)];
  opened.on('worker', (worker) => workers.push(worker.url()));
  await opened.goto(url);
  await waitForScreen(opened, 'title', 30_000);
  return opened;
}

beforeAll(async () => {
  if (!existsSync(FILE))
    throw new Error(`There is no ${PACKAGE_DIR}/${PACKAGE_FILE}: run \`npm run package\` first.`);
  browser = await launch();
  context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    offline: true,
    acceptDownloads: true,
  });
  await context.addInitScript(TAP_OUTPUT);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === URL_OF_FILE || url.startsWith(`${URL_OF_FILE}?`)) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  page = await open();
});

afterAll(async () => {
  await browser?.close();
});

describe('the one-file package, opened from disk', () => {
  it('draws the office in its own fonts, and a reload resumes a game from the save', async () => {
    // Phaser is inside the file: the office canvas fades in (a failure would only be a warning).
    await page.waitForSelector('#world.is-ready', { timeout: 30_000 });
    const loadedFonts = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    );
    expect(loadedFonts.some((family) => family.includes('Inter Variable'))).toBe(true);
    expect(loadedFonts.some((family) => family.includes('Rubik Variable'))).toBe(true);
    await press(page, 'Enter'); // new game
    await page.waitForSelector('button.scenario-card');
    await page.fill('#team', 'Owls');
    await page.$eval('#team', (input) => (input as HTMLInputElement).blur()); // keys go to the page
    await press(page, '6'); // Vectra Office Systems
    await press(page, 'Enter', 600);
    await waitForScreen(page, 'briefing');
    await press(page, 'Enter', 400);
    await page.waitForSelector('.top-turn');
    const before = `${await screenName(page)} ${await page.textContent('.top-turn')}`;
    expect(before).toMatch(/^(quarter|event) .*Q1/);
    const saved = () => page.evaluate(() => localStorage.getItem('power-core/save'));
    const save = await saved();
    expect(save).toContain('Owls');

    await page.reload();
    await waitForScreen(page, 'title', 30_000);
    expect(await page.textContent('.menu')).toContain('Continue');
    await press(page, 'Enter', 600);
    await page.waitForSelector('.top-turn');
    expect(`${await screenName(page)} ${await page.textContent('.top-turn')}`).toBe(before);
    expect(await saved()).toBe(save);
    expect(errors).toEqual([]);
  });

  it('plays the whole game by keyboard to the debrief, with sound, and gives a result code', async () => {
    const turns = await playToDebrief(page, 'listen-and-report');
    expect(turns).toBe(20);
    await page.waitForSelector('.debrief-screen');
    await press(page, '6', 400); // the Result tab
    resultCode = await page.inputValue('#result-code');
    expect(resultCode).toMatch(/^PC1-/);
    // The effects are data: URLs inside the file, decoded by howler: they were heard.
    const loudest = await page.evaluate(() => (window as unknown as { loudest: number }).loudest);
    expect(loudest).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });

  it('checks a custom scenario file in its worker and previews it', async () => {
    await page.click('[data-key="to-title"]');
    await waitForScreen(page, 'title');
    await press(page, 'Enter', 400); // new game
    await page.waitForSelector('button.scenario-card');
    await page.setInputFiles('[data-key="scenario-file"]', EXAMPLE);
    await page.waitForSelector('.scenario-card.custom .preview', { timeout: 30_000 });
    expect(await page.textContent('.scenario-card.custom')).toContain('Kestrel Cycles');
    expect(await page.$('.problems')).toBeNull();
    // Checked off the page's thread, by the worker made from text inside the file.
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((url) => url.startsWith('blob:'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("runs the facilitator's balance check in the worker", async () => {
    await press(page, 'Escape', 400);
    await waitForScreen(page, 'title');
    await press(page, '5', 400); // for facilitators
    await press(page, '2', 600); // check a scenario file
    await waitForScreen(page, 'check');
    await page.waitForSelector('.check-ok');
    await page.selectOption('#balance-seeds', '100');
    await page.click('[data-key="run-balance"]');
    // Games played off the page's thread: the progress moves, then the targets are listed.
    await page.waitForFunction(
      () => Number(document.querySelector('.progress')?.getAttribute('aria-valuenow')) > 0,
      undefined,
      { timeout: 60_000 },
    );
    await page.waitForSelector('.targets li', { timeout: 180_000 });
    expect(await page.$$('.targets li')).not.toHaveLength(0);
    expect(errors).toEqual([]);
  });

  it('verifies the result code on the leaderboard', async () => {
    await press(page, 'Escape', 400); // the facilitator's corner
    await press(page, '3', 800); // leaderboard
    await waitForScreen(page, 'leaderboard');
    await page.fill('#paste-codes', resultCode);
    await page.click('[data-key="add-codes"]');
    await page.waitForSelector('.ranking tbody tr');
    expect(
      await page.$$eval('.ranking tbody th', (cells) => cells.map((c) => c.textContent)),
    ).toEqual(['Owls']);
    expect(await page.$('.rejected-list')).toBeNull();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="export-csv"]'),
    ]);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += String(chunk);
    const row = csv.trim().split('\r\n')[1] ?? '';
    expect(row).toContain('Owls');
    expect(row).toContain('verified');
    expect(errors).toEqual([]);
  });

  it('opens in Ukrainian, its words and scenarios inside the file', async () => {
    const ukrainian = await open(`${URL_OF_FILE}?lang=uk`);
    expect(await ukrainian.getAttribute('html', 'lang')).toBe('uk');
    await press(ukrainian, 'Enter', 400);
    await ukrainian.waitForSelector('.scenario-card .card-title');
    expect(await ukrainian.textContent('.scenario-layout')).toMatch(/[а-яіїєґ]{4}/i);
    expect(errors).toEqual([]);
  });

  it('plays the music, 1 MB inside the file, after a click and no key', async () => {
    await page.evaluate(() => {
      const settings = JSON.parse(localStorage.getItem('power-core/settings') ?? '{}') as object;
      localStorage.setItem('power-core/settings', JSON.stringify({ ...settings, music: true }));
    });
    const listening = await open();
    await listening.mouse.click(4, 4); // a gesture that presses nothing: no effect sounds
    await listening.waitForTimeout(3000); // the music fades in over 2.5 s
    const loudest = await listening.evaluate(
      () => (window as unknown as { loudest: number }).loudest,
    );
    expect(loudest).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
  });

  it('asked for nothing but the file itself', () => {
    expect(elsewhere).toEqual([]);
  });
});
