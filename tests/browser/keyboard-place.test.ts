// Where the keyboard and the scroll position are after the panels are drawn again, in Chromium
// (production build): a new screen hands the keyboard to its default control (a frame after the
// key press that opened it), a key pressed at once still acts on the new screen, and a scrolled
// list stays where the player left it when its panel is drawn again.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { press } from './keyboard-player';
import { screenName, waitForScreen } from '../../src/cli/chromium';
import { servedGame } from './setup';

const served = servedGame();

/** A fresh page at this size, from the title into the first quarter's floor (any event answered). */
async function firstQuarter(height = 720): Promise<Page> {
  const context = await served.browser.newContext({ viewport: { width: 1280, height } });
  const page = await context.newPage();
  await page.goto(served.url);
  await waitForScreen(page, 'title');
  await press(page, 'Enter', 600);
  await page.waitForSelector('button.scenario-card');
  await press(page, 'Enter', 800);
  await waitForScreen(page, 'briefing');
  await press(page, 'Enter', 800);
  while ((await screenName(page)) === 'event') {
    await press(page, (await page.$('.event-option')) ? '2' : 'Enter', 400);
    await press(page, 'Enter', 600);
  }
  await waitForScreen(page, 'quarter');
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el !== document.body ? (el.dataset.key ?? el.tagName) : 'body';
  });

describe('the keyboard and the scroll position', () => {
  it('a new screen hands the keyboard to its default control', async () => {
    const page = await firstQuarter();
    await press(page, 'e', 300);
    await press(page, 'Enter', 600);
    await waitForScreen(page, 'results');
    const key = await focused(page);
    const isDefault = await page.evaluate(
      (k) => document.querySelector(`[data-key="${k}"]`)?.hasAttribute('data-default') ?? false,
      key,
    );
    expect(isDefault, `focus is on ${key}`).toBe(true);
    await page.context().close();
  });

  it('a key pressed in the same moment as the screen opens finds the keyboard on it', async () => {
    const page = await firstQuarter();
    await press(page, 'e', 300);
    // The end confirmed and a key pressed in one go, before the browser draws a frame: the
    // keyboard must already be inside the results (Tab would otherwise start from the top).
    const where = await page.evaluate(`(() => {
      const fire = (key) => (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      document.querySelector('[data-panel="confirm-end"] [data-default]').click();
      const drawn = document.querySelector('[data-screen-root="results"]') !== null;
      fire('Shift');
      const root = document.activeElement?.closest('[data-screen-root]');
      return { drawn, focusIn: root ? root.dataset.screenRoot : 'nowhere' };
    })()`);
    expect(where).toEqual({ drawn: true, focusIn: 'results' });
    expect(await screenName(page)).toBe('results');
    // A key pressed at once acts on the new screen: Enter reads the report and goes on.
    await press(page, 'Enter', 600);
    expect(await screenName(page)).not.toBe('results');
    await page.context().close();
  });

  it('a scrolled list stays where it was when its panel is drawn again', async () => {
    // A short window, so the catalogue's list scrolls.
    const page = await firstQuarter(560);
    await press(page, 'i', 500);
    const list = '.catalogue-list';
    const room = await page.$eval(list, (el) => el.scrollHeight - el.clientHeight);
    expect(room, 'the list scrolls at this size').toBeGreaterThan(40);
    await page.$eval(list, (el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(200);
    const top = await page.$eval(list, (el) => el.scrollTop);
    expect(top).toBeGreaterThan(40);
    // Choosing the last initiative draws the panel again, with that one selected.
    await page.locator(`${list} .catalogue-item`).last().click();
    await page.waitForTimeout(300);
    const last = page.locator(`${list} li`).last().locator('.catalogue-item');
    expect(await last.getAttribute('aria-pressed')).toBe('true');
    expect(await page.$eval(list, (el) => el.scrollTop)).toBe(top);
    await page.context().close();
  });
});
