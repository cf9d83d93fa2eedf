// `npm run bench:browser`: how the production build performs in headless Chromium on this
// machine, unthrottled and with Chromium's CPU throttled 4× (an older laptop on a projector):
// the time from navigation to an interactive title screen (performance mark `title-interactive`),
// the longest task while the office (Phaser) loads behind the title, frame times and long tasks
// while a quarter's resolution animates, the longest task on a walk through the screens, the gzipped JavaScript of the first load, and the JavaScript heap over five
// games in a row on one page. Each figure is the median of several runs. Builds first when there
// is no build. Prints figures against the targets; asserts nothing. `-- --games 10` plays ten
// games for the heap; `-- --heap-only` measures only the heap.

import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch, ROOT, screenName, serveBuild, waitForScreen } from './chromium';

const RUNS = 3;
/** Games played in a row for the heap figure: `npm run bench:browser -- --games 10`. */
const GAMES = gamesArgument(process.argv.slice(2)) ?? 5;
const HEAP_ONLY = process.argv.includes('--heap-only');

function gamesArgument(args: string[]): number | undefined {
  const at = args.indexOf('--games');
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function quantile(values: number[], q: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function press(page: Page, key: string, settle = 150): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(settle);
}

/** A fresh page (an empty cache, as on a workshop laptop's first visit), throttled if asked. */
async function openPage(browser: Browser, throttle: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  // Long tasks from the start, kept on the page (a string: tsx would add helpers it lacks).
  await page.addInitScript(`
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  `);
  return page;
}

const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

/** Title interactive, and what was fetched before it (first run only). */
async function titleLoad(browser: Browser, url: string, throttle: number) {
  const page = await openPage(browser, throttle);
  await page.goto(url);
  await waitForScreen(page, 'title', 60_000);
  const { mark, loaded } = (await page.evaluate(`(() => {
    const mark = performance.getEntriesByName('title-interactive')[0]?.startTime ?? NaN;
    const loaded = performance
      .getEntriesByType('resource')
      .filter((r) => r.responseEnd <= mark)
      .map((r) => new URL(r.name).pathname);
    return { mark, loaded };
  })()`)) as { mark: number; loaded: string[] };
  await page.context().close();
  return { mark, loaded };
}

/** Gzipped bytes of the files fetched before the title was interactive. */
function firstLoadBytes(loaded: string[]) {
  let js = 0;
  let other = 0;
  for (const path of ['/index.html', ...loaded]) {
    const file = resolve(ROOT, 'dist', `.${decodeURIComponent(path)}`);
    if (!existsSync(file)) continue;
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    if (path.endsWith('.js')) js += size;
    else other += size;
  }
  return { js, other };
}

/** From the title into the first quarter, answering any event, noting the longest task. */
async function intoFirstQuarter(page: Page): Promise<number> {
  let longest = 0;
  const step = async (key: string, settle: number) => {
    await press(page, key, settle);
    longest = Math.max(longest, ...(await longTasks(page)), 0);
  };
  await longTasks(page);
  await step('Enter', 1000);
  await page.waitForSelector('button.scenario-card');
  await step('Enter', 1500);
  await step('Enter', 1500);
  while ((await screenName(page)) === 'event') {
    await step((await page.$('.event-option')) ? '2' : 'Enter', 500);
    await step('Enter', 800);
  }
  for (const key of ['i', 'Escape', 'l', 'Escape', '1', 'Escape', 'm', 'Escape'])
    await step(key, 700);
  return longest;
}

/** Frame times and the longest task while the first quarter's resolution animates. */
async function resolution(page: Page) {
  await page.evaluate(`
    window.frameTimes = [];
    let last = performance.now();
    const tick = (now) => {
      window.frameTimes.push(now - last);
      last = now;
      if (window.frameTimes.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.waitForTimeout(500);
  await page.evaluate(() => ((window as unknown as { frameTimes: number[] }).frameTimes = []));
  await longTasks(page);
  await press(page, 'e', 100);
  if (await page.$('[data-panel="confirm-end"]')) await press(page, 'Enter', 0);
  await page.waitForTimeout(4000);
  const frames = await page.evaluate(
    () => (window as unknown as { frameTimes: number[] }).frameTimes,
  );
  return { frames, longest: Math.max(0, ...(await longTasks(page))) };
}

/** One throttling level: title loads, a walk through the screens and a resolution, RUNS times. */
async function measure(browser: Browser, url: string, throttle: number) {
  const titles: number[] = [];
  const loads: number[] = [];
  const walks: number[] = [];
  const p95s: number[] = [];
  const p50s: number[] = [];
  const animationTasks: number[] = [];
  let loaded: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const load = await titleLoad(browser, url, throttle);
    titles.push(load.mark);
    if (run === 0) loaded = load.loaded;
    const page = await openPage(browser, throttle);
    await page.goto(url);
    await waitForScreen(page, 'title', 60_000);
    // The office arrives behind the title; its loading is measured apart from the screen changes.
    await page.waitForSelector('#world.is-ready', { timeout: 60_000 });
    loads.push(Math.max(0, ...(await longTasks(page))));
    walks.push(await intoFirstQuarter(page));
    const { frames, longest } = await resolution(page);
    p50s.push(quantile(frames, 0.5));
    p95s.push(quantile(frames, 0.95));
    animationTasks.push(longest);
    await page.context().close();
  }
  return {
    title: median(titles),
    titleRange: [Math.min(...titles), Math.max(...titles)],
    load: median(loads),
    walk: median(walks),
    p50: median(p50s),
    p95: median(p95s),
    animationTask: median(animationTasks),
    loaded,
  };
}

/** Whether the page shows an element matching `selector` (no handle kept: see heapOverGames). */
const shows = async (page: Page, selector: string) => (await page.locator(selector).count()) > 0;

/**
 * The JavaScript heap after each of `games` games played in a row on one page (do-nothing), read
 * after a forced garbage collection, with the live DOM nodes and event listeners. The page is
 * driven without element handles (`page.$`, `waitForSelector`): a handle is a DevTools remote
 * object that keeps its element, and with it the whole detached screen it was part of, alive
 * until it is disposed. Handles taken on every step kept every screen ever drawn, which the heap
 * reading then counted as the game's own growth.
 */
async function heapOverGames(browser: Browser, url: string, games: number) {
  const page = await openPage(browser, 1);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await waitForScreen(page, 'title', 60_000);
  const heaps: number[] = [];
  const nodes: number[] = [];
  const listeners: number[] = [];
  for (let game = 0; game < games; game++) {
    await press(page, game === 0 ? 'Enter' : 'n', 800);
    await page.locator('button.scenario-card').first().waitFor();
    await press(page, 'Enter', 800);
    for (let step = 0; step < 400 && (await screenName(page)) !== 'debrief'; step++) {
      const screen = await screenName(page);
      if (screen === 'quarter') {
        await press(page, 'e', 60);
        if (await shows(page, '[data-panel="confirm-end"]')) await press(page, 'Enter', 60);
      } else if (screen === 'event' && (await shows(page, '.event-option')))
        await press(page, '1', 60);
      else await press(page, 'Enter', 60);
    }
    await page.waitForTimeout(500);
    await longTasks(page); // the bench's own record of long tasks, emptied before each reading
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    heaps.push(usedSize);
    nodes.push(counters.nodes);
    listeners.push(counters.jsEventListeners);
  }
  await page.context().close();
  return { heaps, nodes, listeners };
}

function report(label: string, m: Awaited<ReturnType<typeof measure>>): void {
  console.log(`\n${label}`);
  console.log(
    `  title interactive: ${ms(m.title)} (median of ${RUNS} cold loads; ${ms(m.titleRange[0]!)}-${ms(m.titleRange[1]!)})`,
  );
  console.log(`  longest task while the office loads behind the title: ${ms(m.load)}`);
  console.log(`  longest task on the walk title → first quarter → panels: ${ms(m.walk)}`);
  console.log(
    `  resolution animation: frame p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, longest task ${ms(m.animationTask)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    console.log('No production build yet: building…');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const server = await serveBuild();
  const browser = await launch();
  try {
    if (!HEAP_ONLY) {
      const fast = await measure(browser, server.url, 1);
      const slow = await measure(browser, server.url, 4);
      const bytes = firstLoadBytes(fast.loaded);
      report('Unthrottled', fast);
      report('CPU throttled 4× (an older laptop)', slow);
      console.log(
        `\nfirst-load JavaScript: ${kb(bytes.js)} gzipped; other assets ${kb(bytes.other)}`,
      );
    }
    const heap = await heapOverGames(browser, server.url, GAMES);
    const { heaps } = heap;
    const growth = heaps.at(-1)! / heaps[0]! - 1;
    console.log(
      `JavaScript heap after each of ${GAMES} games on one page: ${heaps.map((h) => `${(h / 2 ** 20).toFixed(1)} MB`).join(', ')} (${(growth * 100).toFixed(0)}% over the first)`,
    );
    console.log(
      `  live DOM nodes ${heap.nodes.join(', ')}; event listeners ${heap.listeners.join(', ')}`,
    );
    console.log(
      '\ntargets: throttled: title ≤ 1000 ms, animation frame p95 ≤ 33 ms and no task > 100 ms, no screen change > 200 ms; unthrottled frame p95 ≤ 17 ms; first-load JavaScript ≤ 380 KB; heap within 20% of the first game',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
