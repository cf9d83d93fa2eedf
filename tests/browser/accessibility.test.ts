// An accessibility audit of every screen with axe-core in Chromium (production build): no serious
// or critical violation (contrast, names of controls, focus order, ARIA) on any screen. Minor
// ones are printed, and listed in the README. The walk runs at 1280×720 and at 1920×1080, and
// keeps a screenshot of every screen at both sizes in test-results/screens/ for review.

import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { press } from './keyboard-player';
import { screenName, waitForScreen } from '../../src/cli/chromium';
import type { Finding } from './axe-audit';
import { audit, SHOTS, seriousFindings } from './axe-audit';
import { finishedSave, servedGame } from './setup';

const served = servedGame();

describe('accessibility of every screen', () => {
  it.each([
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ])('has no serious or critical violations at $width×$height', async (viewport) => {
    mkdirSync(SHOTS, { recursive: true });
    const context = await served.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(served.url);
    await waitForScreen(page, 'title');
    const findings: Finding[] = [];
    await audit(page, 'title', findings);
    for (const key of ['how-to-play', 'settings', 'join', 'facilitator']) {
      await page.click(`[data-key="${key}"]`);
      await audit(page, key, findings);
      if (key === 'facilitator')
        for (const sub of ['workshop', 'check', 'leaderboard']) {
          await page.click(`[data-key="${sub}"]`);
          await audit(page, sub, findings);
          await press(page, 'Escape', 400);
        }
      await press(page, 'Escape', 400);
    }
    await page.click('[data-key="new-game"]');
    await page.waitForSelector('button.scenario-card');
    await audit(page, 'scenario', findings);
    await press(page, 'Enter', 800);
    await waitForScreen(page, 'briefing');
    await audit(page, 'briefing', findings);
    await press(page, 'Enter', 800);
    await audit(page, (await screenName(page)) ?? 'quarter', findings);
    await press(page, 'i', 600);
    await audit(page, 'catalogue', findings);
    await press(page, 'Escape', 400);
    await press(page, '1', 600);
    await audit(page, 'silo panel', findings);
    await press(page, 'Escape', 400);
    await press(page, 'l', 600);
    await audit(page, 'listen panel', findings);
    await press(page, 'Escape', 400);
    // Through a year: results, an event or two, the year review.
    const seen = new Set<string>();
    for (let step = 0; step < 60 && seen.size < 4; step++) {
      const screen = (await screenName(page))!;
      if (!seen.has(screen)) {
        seen.add(screen);
        await audit(page, screen, findings);
      }
      if (screen === 'quarter') await press(page, 'e', 500);
      if (screen === 'event') await press(page, '1', 400);
      await press(page, 'Enter', 700);
    }
    // A finished game: the debrief's tabs.
    await page.evaluate((text) => localStorage.setItem('power-core/save', text), finishedSave());
    await page.reload();
    await waitForScreen(page, 'title');
    await press(page, 'Enter', 1200);
    await waitForScreen(page, 'debrief');
    for (const tab of ['summary', 'charts', 'timeline', 'lessons', 'discussion', 'result']) {
      await page.click(`[data-key="tab-${tab}"]`);
      await audit(page, `debrief ${tab}`, findings);
    }
    await page.click('[data-key="to-title"]');
    await waitForScreen(page, 'title');
    await audit(page, 'title with results', findings);
    expect(seriousFindings(findings)).toEqual([]);
  });
});
