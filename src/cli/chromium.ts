// Serving the production build with vite's preview server and driving Debian's Chromium with
// playwright-core (browsers cannot be downloaded here): shared by the browser tests and
// `npm run bench:browser`. Node only.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

export async function serveBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(resolve(ROOT, 'dist/index.html')))
    throw new Error('There is no production build: run `npm run build` first.');
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Console errors and page errors seen on a page, for "no console errors" checks. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/**
 * What reading the screen needs of a page: Playwright's `Page` has it, and so does the Firefox
 * tests' adapter over puppeteer.
 */
export interface ScreenPage {
  evaluate<R>(fn: () => R): Promise<R>;
  waitForFunction<A>(
    fn: (arg: A) => boolean,
    arg: A,
    options?: { timeout?: number },
  ): Promise<unknown>;
}

export async function screenName(page: ScreenPage): Promise<string | undefined> {
  return page.evaluate(() => document.body.dataset.screen);
}

export async function waitForScreen(
  page: ScreenPage,
  screen: string,
  timeout = 15_000,
): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset.screen === s, screen, { timeout });
}
