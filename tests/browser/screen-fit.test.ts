// The stage fits the room's screen (production build, Chromium): on a 16:10 laptop the game fills
// the whole window instead of leaving dark bands above and below, the office floor takes the extra
// height and stays painted when the window changes shape, and the "Larger" text setting enlarges
// the labels drawn on the canvas too, not only the panels'.

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { press } from './keyboard-player';
import { screenName, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { servedGame } from './setup';

const served = servedGame();

/** Title → scenario → briefing → the office floor, by keyboard. */
async function toFloor(page: Page, textSize = 'normal'): Promise<void> {
  await page.goto(served.url);
  await page.evaluate(
    (size) => localStorage.setItem('power-core/settings', JSON.stringify({ textSize: size })),
    textSize,
  );
  await page.reload();
  await waitForScreen(page, 'title');
  // Each step waits for what it opens: a loaded machine draws slower than the keys.
  await press(page, 'Enter', 300);
  await page.waitForSelector('button.scenario-card', { timeout: 30_000 });
  await press(page, 'Enter', 300);
  await waitForScreen(page, 'briefing', 30_000);
  await press(page, 'Enter', 300);
  await waitForScreen(page, 'quarter', 30_000);
  await page.waitForTimeout(1200);
}

/** Where an element sits on the page, in CSS pixels. */
async function box(page: Page, selector: string) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/**
 * Counts the canvas pixels in a stage rectangle (design pixels) that pass a test on luminance:
 * light ones for a painted floor, ink-dark ones for the words on it.
 */
async function canvasPixels(
  page: Page,
  rect: { x: number; y: number; width: number; height: number },
  kind: 'light' | 'ink',
): Promise<number> {
  return page.evaluate(
    ({ rect, kind }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('#world canvas')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      const s = canvas.width / 1280;
      const data = ctx.getImageData(
        Math.round(rect.x * s),
        Math.round(rect.y * s),
        Math.round(rect.width * s),
        Math.round(rect.height * s),
      ).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
        if (kind === 'light' ? lum > 190 : lum < 70) count += 1;
      }
      return kind === 'light' ? count / (data.length / 4) : count;
    },
    { rect, kind },
  );
}

describe('the stage on the screens of a workshop', () => {
  it('fills a 16:10 window, floor included, and lays out again when the window changes', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await toFloor(page);
    expect(await box(page, '#stage')).toEqual({ left: 0, top: 0, right: 1280, bottom: 800 });
    expect(await page.$eval('#world canvas', (c) => (c as HTMLCanvasElement).height)).toBe(800);
    // The action bar and the dashboard reach the bottom of the window; nothing is cut off.
    expect((await box(page, '.action-bar')).bottom).toBe(800);
    expect((await box(page, '.dashboard')).bottom).toBe(800);
    // The bottom row of rooms reaches into what would be a dark band on a 16:9 stage.
    expect(
      await canvasPixels(page, { x: 16, y: 660, width: 860, height: 60 }, 'light'),
    ).toBeGreaterThan(0.35);
    // The room buttons lie over the painted rooms, the last one ending above the action bar.
    const lastRoom = await page.$$eval('.room-button', (els) =>
      Math.max(...els.map((el) => el.getBoundingClientRect().bottom)),
    );
    expect(lastRoom).toBeGreaterThan(700);
    expect(lastRoom).toBeLessThanOrEqual(736);

    // A 16:9 window again (a projector): back to 1280×720, still painted, still no errors.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(1200);
    expect(await box(page, '#stage')).toEqual({ left: 0, top: 0, right: 1280, bottom: 720 });
    expect(await page.$eval('#world canvas', (c) => (c as HTMLCanvasElement).height)).toBe(720);
    expect(
      await canvasPixels(page, { x: 16, y: 400, width: 860, height: 240 }, 'light'),
    ).toBeGreaterThan(0.35);
    expect((await box(page, '.action-bar')).bottom).toBe(720);

    // A bigger 16:10 screen scales the same 1280×800 stage up to fill it.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(800);
    expect(await box(page, '#stage')).toEqual({ left: 0, top: 0, right: 1440, bottom: 900 });
    expect(await screenName(page)).toBe('quarter');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the floor’s labels larger with the "Larger" text setting', async () => {
    const ink: Record<string, number> = {};
    for (const size of ['normal', 'larger']) {
      const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await toFloor(page, size);
      // The first room's name, leader, trust and load rows: the words are the ink-dark pixels.
      ink[size] = await canvasPixels(page, { x: 24, y: 205, width: 190, height: 125 }, 'ink');
      await context.close();
    }
    expect(ink.larger!).toBeGreaterThan(1.3 * ink.normal!);
  });

  it('rings a focused room on the canvas only, so nothing crosses the power core’s tab', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await toFloor(page);
    // The keyboard reaches a room (focus-visible): the page draws no ring of its own over the
    // canvas, whose ring runs under the tab.
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('room-button')))
        break;
      await page.keyboard.press('Tab');
    }
    const silo = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return {
        ceo: el.classList.contains('ceo-room'),
        border: style.borderTopColor,
        shadow: style.boxShadow,
      };
    });
    expect(silo.ceo).toBe(false);
    expect(silo.border).toBe('rgba(0, 0, 0, 0)');
    expect(silo.shadow).toBe('none');
    // The CEO's room has no ring on the canvas: the page's ring shows there.
    await page.focus('.ceo-room');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ceo = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        ceo: el.classList.contains('ceo-room'),
        border: getComputedStyle(el).borderTopColor,
      };
    });
    expect(ceo.ceo).toBe(true);
    expect(ceo.border).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('shows the whole title panel with a saved game at 1280×720, in every language', async () => {
    for (const lang of ['en', 'pl', 'uk']) {
      const context = await served.browser.newContext({
        viewport: { width: 1280, height: 720 },
        locale: lang,
      });
      const page = await context.newPage();
      await page.goto(served.url);
      await waitForScreen(page, 'title');
      // A game saved at its briefing gives the menu its Continue button and the saved game's line.
      await press(page, 'Enter', 300);
      await page.waitForSelector('button.scenario-card', { timeout: 30_000 });
      await press(page, 'Enter', 300);
      await waitForScreen(page, 'briefing', 30_000);
      await page.reload();
      await waitForScreen(page, 'title');
      await page.waitForSelector('#continue-meta');
      const fit = await page.$eval('.title-screen', (panel) => {
        const box = panel.getBoundingClientRect();
        const languages = panel.querySelector('.language-switch')!.getBoundingClientRect();
        return {
          scrolls: panel.scrollHeight > panel.clientHeight + 1,
          languagesInside: languages.bottom <= box.bottom && languages.top >= box.top,
        };
      });
      expect({ lang, ...fit }).toEqual({ lang, scrolls: false, languagesInside: true });
      await context.close();
    }
  });
});
