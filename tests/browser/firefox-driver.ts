// Debian's Firefox ESR for the browser tests, driven by puppeteer-core over WebDriver BiDi (the
// standard protocol a stock Firefox speaks; Playwright needs its own patched Firefox, which cannot
// be downloaded here). The page adapter gives the keyboard player what it uses of Playwright's
// page. Node only.

import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Browser, KeyInput, Page } from 'puppeteer-core';
import type { Page as PlayerPage } from './keyboard-player';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox, headless, with every network request sent to a closed port on the loopback: nothing
 * leaves the machine, and a page that asks the network for anything fails to get it.
 */
export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox is not installed at ${FIREFOX} (apt-get install firefox-esr).`);
  const deadProxy = { host: '127.0.0.1', port: 9 };
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox ESR does not know the command puppeteer sets a viewport with; the window size does.
    defaultViewport: null,
    args: ['--width=1280', '--height=800'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': deadProxy.host,
      'network.proxy.http_port': deadProxy.port,
      'network.proxy.ssl': deadProxy.host,
      'network.proxy.ssl_port': deadProxy.port,
      'network.proxy.allow_hijacking_localhost': true,
      'media.autoplay.default': 0,
    },
  });
}

/** A puppeteer page with the shape of Playwright's that the keyboard player uses. */
export function playerPage(page: Page): PlayerPage {
  return {
    keyboard: {
      press: (key) => page.keyboard.press(key as KeyInput),
    },
    waitForTimeout: (ms) => new Promise((done) => setTimeout(done, ms)),
    // Playwright's "first match" suffix; puppeteer's waitForSelector waits for the first anyway.
    waitForSelector: (selector) => page.waitForSelector(selector.replace(/ >> nth=0$/, '')),
    $: (selector) => page.$(selector),
    $$: (selector) => page.$$(selector),
    evaluate: (fn) => page.evaluate(fn),
    waitForFunction: (fn, arg, options) =>
      page.waitForFunction(fn as (arg: unknown) => boolean, options ?? {}, arg as unknown),
  };
}

/** Console errors and page errors seen on a page. */
export function watchFirefoxErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
  return errors;
}
