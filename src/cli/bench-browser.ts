// `npm run bench:browser`: how the production build performs in headless Chromium on this
// machine - the time from navigation to an interactive title screen (performance mark
// `title-interactive`), the gzipped bytes of the first load, and frame times while a quarter's
// resolution animates. Builds first when there is no build. Prints figures; asserts nothing.

import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launch, ROOT, serveBuild, waitForScreen } from './chromium';

const RUNS = 5;

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

async function press(page: Page, key: string, settle = 150): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForTimeout(settle);
}

async function main(): Promise<void> {
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    console.log('No production build yet: building…');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  const server = await serveBuild();
  const browser = await launch();
  try {
    const times: number[] = [];
    let js = 0;
    let jsFiles = 0;
    let other = 0;
    let otherFiles = 0;
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each time: an empty cache, as on a workshop laptop's first visit.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForScreen(page, 'title', 30_000);
      const { mark, loaded } = (await page.evaluate(`(() => {
        const mark = performance.getEntriesByName('title-interactive')[0]?.startTime ?? NaN;
        const loaded = performance
          .getEntriesByType('resource')
          .filter((r) => r.responseEnd <= mark)
          .map((r) => new URL(r.name).pathname);
        return { mark, loaded };
      })()`)) as { mark: number; loaded: string[] };
      times.push(mark);
      if (run === 0) {
        // What came before the title was interactive, gzipped as a server would send it.
        for (const path of ['/index.html', ...loaded]) {
          const file = resolve(ROOT, 'dist', `.${decodeURIComponent(path)}`);
          if (!existsSync(file)) continue;
          const size = gzipSync(readFileSync(file), { level: 9 }).length;
          if (path.endsWith('.js')) {
            js += size;
            jsFiles++;
          } else {
            other += size;
            otherFiles++;
          }
        }
      }
      await context.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForScreen(page, 'title', 30_000);
    await press(page, 'Enter');
    await page.waitForSelector('.scenario-card');
    await press(page, 'Enter', 800);
    await press(page, 'Enter', 600);
    while ((await page.evaluate(() => document.body.dataset.screen)) === 'event') {
      await press(page, (await page.$('.event-option')) ? '2' : 'Enter');
      await press(page, 'Enter');
    }
    // A string, not a function: tsx would add helpers the page does not have.
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
    await page.evaluate(() => ((window as unknown as { frameTimes: number[] }).frameTimes = []));
    await press(page, 'e', 100);
    await press(page, 'Enter', 0);
    await page.waitForTimeout(4000);
    const frames = await page.evaluate(
      () => (window as unknown as { frameTimes: number[] }).frameTimes,
    );
    await context.close();

    console.log(
      `title interactive: ${median(times).toFixed(0)} ms (median of ${RUNS} cold loads; range ${Math.min(...times).toFixed(0)}-${Math.max(...times).toFixed(0)} ms)`,
    );
    console.log(`first-load JavaScript: ${kb(js)} gzipped (${jsFiles} files)`);
    console.log(
      `first-load other assets: ${kb(other)} gzipped (${otherFiles} files: page, styles, fonts)`,
    );
    console.log(
      `frame time during the resolution animation: p50 ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms (${frames.length} frames over 4 s)`,
    );
    console.log(
      'targets: title interactive ≤ 1000 ms; first-load JavaScript ≤ 450 KB; frame p95 ≤ 20 ms',
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
