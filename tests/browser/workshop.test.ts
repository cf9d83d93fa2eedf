// A whole workshop in Chromium: the facilitator makes a workshop code, two teams join with it and
// play different strategies by keyboard, the leaderboard verifies and ranks both (and keeps them
// through a reload), and the CSV export has the expected rows.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { servedGame, toLeaderboard } from './setup';
import { playToDebrief, press } from './keyboard-player';
import { builtInIds, loadScenarioFile } from '../../src/cli/scenario-files';
import { verifyResult } from '../../src/workshop/verify';

const served = servedGame();

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await served.browser.newContext({
    viewport: { width: 1280, height: 720 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(served.url);
  await waitForScreen(page, 'title');
  return { page, errors };
}

async function teamPlays(
  code: string,
  team: string,
  strategy: 'listen-and-report' | 'do-nothing',
): Promise<{ result: string; errors: string[] }> {
  const { page, errors } = await newPage();
  await press(page, '2'); // Join a workshop
  await waitForScreen(page, 'join');
  // The join screen arrives after the screen's name (it is loaded on demand): type into its box
  // once the box has the keyboard, or a loaded machine loses the first characters.
  await page.waitForSelector('.code-input:focus');
  await page.keyboard.type(code);
  await page.waitForSelector('.join-match');
  await press(page, 'Tab');
  await page.keyboard.type(team);
  await press(page, 'Enter', 600);
  await waitForScreen(page, 'briefing');
  const turns = await playToDebrief(page, strategy);
  expect(turns).toBe(20);
  await page.waitForSelector('.debrief-screen');
  await press(page, '6', 400); // the Result tab
  const result = await page.inputValue('#result-code');
  await page.screenshot({ path: resolve(ROOT, `test-results/screens/debrief-result-${team}.png`) });
  await page.context().close();
  return { result, errors };
}

describe('a whole workshop', () => {
  it('code, two teams, verified and ranked on the leaderboard, exported as CSV', async () => {
    const facilitator = await newPage();
    const page = facilitator.page;
    await press(page, '5'); // For facilitators
    await press(page, '1', 600); // Make a workshop code
    await page.waitForSelector('.big-code');
    await page.selectOption('#workshop-scenario', 'vectra-office-systems');
    await page.fill('#workshop-seed', '4242');
    await page.dispatchEvent('#workshop-seed', 'change');
    await page.waitForTimeout(300);
    const code = (await page.textContent('.big-code'))!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    await page.screenshot({ path: resolve(ROOT, 'test-results/screens/workshop.png') });

    const owls = await teamPlays(code, 'Owls', 'listen-and-report');
    const moles = await teamPlays(code, 'Moles', 'do-nothing');
    expect(owls.result).toMatch(/^PC1-/);
    expect(moles.result).toMatch(/^PC1-/);

    await press(page, 'Escape', 400); // back to the facilitator's corner
    await press(page, '3', 800); // Leaderboard
    await waitForScreen(page, 'leaderboard');
    await page.fill('#paste-codes', `${moles.result}\n${owls.result}`);
    await page.click('[data-key="add-codes"]');
    await page.waitForSelector('.ranking tbody tr:nth-child(2)');
    const teams = await page.$$eval('.ranking tbody th', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(teams.toSorted()).toEqual(['Moles', 'Owls']);
    await page.screenshot({ path: resolve(ROOT, 'test-results/screens/leaderboard.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-key="export-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.startsWith('Company,Seed,Difficulty,Seat time,Currency,Rank,Team,Score')).toBe(
      true,
    );
    // Cells split on commas outside quotes ("The CEO, Steady decline" is one cell).
    const rows = lines
      .slice(1)
      .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')));
    expect(rows.map((r) => r[6]).toSorted()).toEqual(['Moles', 'Owls']);
    expect(rows.every((r) => r.at(-2) === 'verified' || r.at(-1) === 'verified')).toBe(true);
    expect(Number(rows[0]![7])).toBeGreaterThanOrEqual(Number(rows[1]![7]));
    // The same decisions score the same in Chromium and in Node: replay is exact everywhere.
    const scenarios = builtInIds().flatMap((id) => {
      const loaded = loadScenarioFile(id);
      return loaded.ok ? [loaded.scenario] : [];
    });
    for (const [team, code] of [
      ['Owls', owls.result],
      ['Moles', moles.result],
    ] as const) {
      const node = verifyResult(code, scenarios);
      expect(node.ok).toBe(true);
      const row = rows.find((r) => r[6] === team)!;
      expect(node.ok && node.score.total).toBe(Number(row[7]));
    }
    // The projector laptop's page is reloaded by mistake: the leaderboard comes back.
    await page.reload();
    await waitForScreen(page, 'title');
    await toLeaderboard(page);
    await page.waitForSelector('.ranking tbody tr:nth-child(2)');
    const after = await page.$$eval('.ranking tbody th', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(after).toEqual(teams);
    for (const errors of [facilitator.errors, owls.errors, moles.errors])
      expect(errors).toEqual([]);
  });
});
