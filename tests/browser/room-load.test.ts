// The live room under a big workshop's load and a power cut, with `npm run room` itself as the
// server (its own process, PGlite in a temporary folder; here beside the browser tests because
// the command serves the production build). Forty teams, played by the engine's bots through the
// room's protocol at the same time, drop their connections now and then: every game the room
// holds is the team's own, whole, in order, none twice, with a result that verifies by replay;
// the facilitator's rows follow within a second at the 95th percentile while the live page,
// open in Chromium, keeps up with all forty; and the server's memory stays where it started.
// A runner that quits in the middle leaves no room behind. Then the server is killed (SIGKILL)
// halfway through eight games and started again: every decision it had acknowledged is there,
// the teams reconnect by themselves and finish, and nothing is doubled. The figures are printed
// (npm run bench:room prints the same).

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { checkRoomGames } from '../../src/cli/room-load-check';
import { describeLoad, runRoomLoad } from '../../src/cli/room-load';
import type { LoadReport } from '../../src/cli/room-load';
import { ROOT } from '../../src/cli/chromium';
import { builtIn } from '../helpers';

const scenario = builtIn('vectra-office-systems');
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'power-core-room-load-'));
  folders.push(dir);
  return dir;
};

let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** The processes whose command line names `text` (Linux's /proc). */
function processesNaming(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) found.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

function print(report: LoadReport, killed: boolean): void {
  console.log(describeLoad(report, killed).join('\n'));
}

describe('a live room under load', () => {
  it('keeps 40 teams’ whole games through dropped connections, and the page follows them', async () => {
    // The facilitator's page open in Chromium all along, as on the trainer's laptop.
    let live: Page | null = null;
    let errors: string[] = [];
    const report = await runRoomLoad({
      teams: 40,
      dropChance: 0.03,
      killHalfway: false,
      scenario,
      seed: 2024,
      dataDir: folder(),
      beforeTeams: async (address) => {
        browser = await launch();
        live = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        errors = watchErrors(live);
        await live.goto(address);
        await waitForScreen(live, 'live', 30_000);
        await live.evaluate(() => {
          const tasks: number[] = ((window as unknown as { tasks: number[] }).tasks = []);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push(entry.duration);
          }).observe({ type: 'longtask' });
        });
      },
    });
    print(report, false);
    // The page kept up: every team finished on it, all forty ranked, no error.
    const page = live as unknown as Page;
    await page.waitForFunction(() => document.body.textContent!.includes('40 teams, 40 finished'));
    await page.waitForFunction(
      () => document.querySelectorAll('.live-results .ranking tbody tr').length === 40,
      undefined,
      { timeout: 30_000 },
    );
    const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
    console.log(
      `the live page during the load: ${tasks.length} long tasks, the longest ${Math.round(Math.max(0, ...tasks))} ms`,
    );
    expect(errors).toEqual([]);
    expect(checkRoomGames(scenario, report.teams)).toEqual([]);
    expect(report.drops).toBeGreaterThan(0);
    expect(report.latencySamples).toBeGreaterThan(200);
    expect(report.latency.p95).toBeLessThanOrEqual(1000);
    // Bounded: a whole workshop's games add little to what the server holds when it starts
    // (most of that is PGlite: Postgres compiled to WebAssembly, with its buffers).
    expect(report.memory.peak - report.memory.start).toBeLessThan(150);
  }, 300_000);

  it('stops the room it started when its own process exits in the middle of a run', async () => {
    const dataDir = folder();
    // A runner that quits as soon as the room is up, as a test file that gives up on it would.
    const runner = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { runRoomLoad } = await import(${JSON.stringify(join(ROOT, 'src/cli/room-load.ts'))});
         const { loadScenarioFile } = await import(${JSON.stringify(join(ROOT, 'src/cli/scenario-files.ts'))});
         const loaded = loadScenarioFile('vectra-office-systems');
         await runRoomLoad({ teams: 2, dropChance: 0, killHalfway: false, scenario: loaded.scenario,
           seed: 1, dataDir: ${JSON.stringify(dataDir)},
           beforeTeams: async () => { console.log('room up'); process.exit(3); } });`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    runner.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    runner.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((done) => runner.once('exit', done));
    expect(out).toContain('room up');
    expect(code).toBe(3);
    // The room command was started with this data folder; nothing naming it is left running.
    let left = processesNaming(dataDir);
    for (let wait = 0; wait < 50 && left.length > 0; wait++) {
      await new Promise((done) => setTimeout(done, 100));
      left = processesNaming(dataDir);
    }
    for (const pid of left) process.kill(pid, 'SIGKILL');
    expect(left).toEqual([]);
  }, 180_000);

  it('loses no acknowledged decision when the server is killed halfway, and doubles none', async () => {
    const report = await runRoomLoad({
      teams: 8,
      dropChance: 0,
      killHalfway: true,
      scenario,
      seed: 2024,
      dataDir: folder(),
    });
    print(report, true);
    expect(checkRoomGames(scenario, report.teams)).toEqual([]);
    // The kill came in the middle of games: teams had decisions acknowledged, and came back.
    expect(report.teams.every((t) => t.acknowledgedAtKill !== null)).toBe(true);
    const cutShort = report.teams.filter((t) => t.acknowledgedAtKill! < t.played.length);
    expect(cutShort.length).toBeGreaterThan(0);
    for (const team of cutShort) expect(team.heldAfterRestart).not.toBeNull();
  }, 300_000);
});
