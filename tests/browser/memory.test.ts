// Memory over a session on one page (issue 10): games played in a row keep no screens, listeners
// or paintings of the games before, and the office keeps only the paintings of its last layouts
// however many scenarios, window heights and text sizes it is laid out for. Readings are taken
// after a forced garbage collection (CDP), and the page is driven without element handles: a
// handle (`page.$`, `waitForSelector`) keeps its element, and the screen around it, alive.

import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { servedGame } from './setup';

const served = servedGame();

async function press(page: Page, key: string, settle = 60): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(settle);
}

const shows = async (page: Page, selector: string) => (await page.locator(selector).count()) > 0;

/**
 * What the page holds after a forced garbage collection: the JavaScript heap, live DOM nodes
 * (every painted texture is a canvas node, so they count too) and event listeners.
 */
async function reading(cdp: CDPSession) {
  const once = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes, listeners: jsEventListeners };
  };
  // The office frees an old floor a piece per frame, and a slow machine may still be at it: read
  // again until the DOM count holds still, so what is measured is what is kept.
  let last = await once();
  for (let tries = 0; tries < 10; tries++) {
    await new Promise((done) => setTimeout(done, 500));
    const next = await once();
    if (next.nodes === last.nodes) return next;
    last = next;
  }
  return last;
}

async function openPage() {
  const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  await page.goto(served.url);
  await waitForScreen(page, 'title', 60_000);
  return { page, cdp, errors };
}

/** From the title (or a debrief) through a whole game to its debrief, answering every event. */
async function playGame(page: Page, first: boolean): Promise<void> {
  await page.locator(first ? '[data-key="new-game"]' : '[data-shortcut="n"]').click();
  await page.locator('button.scenario-card').first().waitFor();
  await press(page, 'Enter', 300);
  if (await shows(page, '[data-key="replace-confirm"]'))
    await page.locator('[data-key="replace-confirm"]').click();
  await waitForScreen(page, 'briefing');
  for (let step = 0; step < 600 && (await screenName(page)) !== 'debrief'; step++) {
    const screen = await screenName(page);
    if (screen === 'quarter') {
      await press(page, 'e');
      if (await shows(page, '[data-panel="confirm-end"]')) await press(page, 'Enter');
    } else if (screen === 'event' && (await shows(page, '.event-option'))) await press(page, '1');
    else await press(page, 'Enter');
  }
  await waitForScreen(page, 'debrief');
  await page.locator('[data-shortcut="n"]').waitFor();
}

/** The number of silos of each built-in company, from the scenario screen's cards. */
async function companySizes(page: Page): Promise<number[]> {
  await page.locator('[data-key="new-game"]').click();
  await page.locator('button.scenario-card').first().waitFor();
  const metas = await page.locator('button.scenario-card .card-meta').allTextContents();
  await press(page, 'Escape');
  await waitForScreen(page, 'title');
  return metas.map((meta) => Number(/\d+/.exec(meta)?.[0] ?? 0));
}

/**
 * Starts a game on the n-th company, waits for its office floor (laid out again for each window
 * height given), and quits to the title.
 */
async function visitCompany(page: Page, card: number, heights: number[]): Promise<void> {
  await page.locator('[data-key="new-game"]').click();
  await page.locator('button.scenario-card').nth(card).click();
  await expect
    .poll(() => page.locator('button.scenario-card').nth(card).getAttribute('aria-pressed'))
    .toBe('true');
  await page.locator('[data-key="start"]').click();
  if (await shows(page, '[data-key="replace-confirm"]'))
    await page.locator('[data-key="replace-confirm"]').click();
  await waitForScreen(page, 'briefing');
  for (let step = 0; step < 20 && (await screenName(page)) !== 'quarter'; step++)
    await press(page, (await shows(page, '.event-option')) ? '1' : 'Enter', 200);
  await waitForScreen(page, 'quarter');
  for (const height of heights) {
    await page.setViewportSize({ width: 1280, height });
    await page.waitForFunction(
      (h) =>
        document.getElementById('stage')!.style.getPropertyValue('--stage-height') === `${h}px`,
      Math.min(800, Math.max(720, height)),
    );
    await page.waitForTimeout(200);
  }
  await page.locator('[data-shortcut="m"]').click();
  await page.locator('[data-key="quit"]').click();
  await waitForScreen(page, 'title');
}

describe('memory over a session on one page', () => {
  it('keeps nothing of five games played in a row: the heap stays within 20% of the first game', async () => {
    const { page, cdp, errors } = await openPage();
    const readings = [];
    for (let game = 0; game < 5; game++) {
      await playGame(page, game === 0);
      readings.push(await reading(cdp));
    }
    const [first, second] = readings;
    const last = readings.at(-1)!;
    // Every screen, listener and painting of a finished game is let go: the same counts after
    // the second game and the fifth (the first warms caches that are bounded: screen modules).
    expect(last.listeners).toBe(second!.listeners);
    expect(last.nodes).toBeLessThanOrEqual(second!.nodes + 10);
    // What remains is V8's optimised code for the functions that got hot, which levels off.
    expect(last.heap / first!.heap).toBeLessThan(1.2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 600_000);

  it('keeps the paintings of the last office layouts only, over companies and window heights', async () => {
    const { page, cdp, errors } = await openPage();
    const sizes = await companySizes(page);
    expect(sizes.length).toBeGreaterThan(2);
    // The company with the most rooms first: Phaser keeps the canvases of its labels in a pool
    // for reuse (1×1 once free), as many as were ever in use at once.
    const biggest = sizes.indexOf(Math.max(...sizes));
    await visitCompany(page, biggest, []);
    const start = await reading(cdp);
    // Every other company, each on a window of other heights: without freeing, each kept its
    // floor (two canvases per height), desks and leaders' portraits for the page's life.
    for (let card = 0; card < sizes.length; card++)
      if (card !== biggest) await visitCompany(page, card, [730 + 10 * card, 790 - 10 * card, 720]);
    await visitCompany(page, biggest, []);
    const end = await reading(cdp);
    expect(end.listeners).toBe(start.listeners);
    // The same layouts are kept as after the first visit, give or take a portrait in another mood.
    expect(end.nodes).toBeLessThanOrEqual(start.nodes + 4);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
