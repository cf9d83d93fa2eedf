// The whole game in Polish and in Ukrainian, by keyboard, in Chromium (production build): the
// browser's language opens it, and on every screen at 1280×720 and 1920×1080 no English words
// show outside proper names and no text runs out of its box. Screenshots of every screen in both
// languages go to test-results/screens/ for review.

import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { playToDebrief } from './keyboard-player';
import { ROOT, waitForScreen } from '../../src/cli/chromium';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import { servedGame } from './setup';

const SHOTS = resolve(ROOT, 'test-results/screens');
const served = servedGame();
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Names that stay as they are in every language: the game's, the company's and its people's. */
function properNames(): string[] {
  const loaded = loadScenarioFile('vectra-office-systems');
  if (!loaded.ok) throw new Error('Vectra does not load');
  const s = loaded.scenario;
  const plain = (text: unknown) => (typeof text === 'string' ? text : '');
  return [
    'Power Core',
    plain(s.title),
    plain(s.company.name),
    plain(s.ceo.name),
    ...s.silos.map((silo) => plain(silo.leader.name)),
  ].filter((name) => name !== '');
}

// Short English words no Polish or Ukrainian screen has: any of them means English slipped in.
const ENGLISH =
  /\b(the|and|you|your|with|this|that|what|from|customers?|quarters?|initiatives?|next|back|close|score)\b/i;

interface Finding {
  readonly where: string;
  readonly what: string;
}

/** English words in the panels' visible text, proper names taken out. */
async function englishOn(page: Page, names: readonly string[]): Promise<string[]> {
  let text = await page.evaluate(() => document.getElementById('ui')?.innerText ?? '');
  for (const name of names) text = text.split(name).join(' ');
  return text
    .split('\n')
    .filter((line) => ENGLISH.test(line))
    .map((line) => line.trim().slice(0, 80));
}

/** Boxes whose text runs past their edge (wider than the box, and not a scrolling area). */
async function overflowsOn(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const out = [];
    for (const el of document.querySelectorAll('#ui *')) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null || el.clientWidth === 0) continue;
      if (!el.textContent || !el.textContent.trim()) continue;
      // Text for screen readers only is clipped on purpose.
      if (el.closest('.visually-hidden, .pc-visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push((el.className || el.tagName) + ': ' + el.textContent.trim().slice(0, 60));
    }
    return out;
  })()`);
}

describe.each(['pl', 'uk'])('the game in %s', (lang) => {
  it('plays to the debrief with no English words and nothing cut off', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const names = properNames();
    const context = await served.browser.newContext({ viewport: SIZES[0], locale: lang });
    const page = await context.newPage();
    await page.goto(served.url);
    await waitForScreen(page, 'title');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const findings: Finding[] = [];
    const look = async (where: string) => {
      await page.waitForTimeout(400);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.waitForTimeout(250);
        const label = `${where} ${size.width}×${size.height}`;
        await page.screenshot({
          path: resolve(SHOTS, `${lang}-${where}-${size.width}x${size.height}.png`),
        });
        for (const line of await englishOn(page, names))
          findings.push({ where: label, what: `English: ${line}` });
        for (const box of await overflowsOn(page))
          findings.push({ where: label, what: `cut off: ${box}` });
      }
      await page.setViewportSize(SIZES[0]);
    };
    await look('title');
    await page.keyboard.press('Enter');
    await page.waitForSelector('button.scenario-card');
    await look('scenario');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'briefing');
    await playToDebrief(page, 'listen-and-report', look);
    for (const tab of ['charts', 'timeline', 'lessons', 'discussion', 'result']) {
      await page.click(`[data-key="tab-${tab}"]`);
      await look(`debrief-${tab}`);
    }
    expect(findings.map((f) => `${f.where}: ${f.what}`)).toEqual([]);
    await context.close();
  });
});
