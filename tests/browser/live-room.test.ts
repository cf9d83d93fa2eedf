// A live room in Chromium, twice: the production build served by one room server on PGlite (a
// temporary folder), and by two room server instances on a PostgreSQL server the test starts
// (Debian's postgresql), passing live events through it, the teams on instance A and the
// facilitator on instance B. The facilitator's live page open at the address the room prints, and three teams
// opening the room's printed address in their own browsers and joining by keyboard, playing at
// the same time. The live page lists them and follows their quarters; the facilitator holds every
// team at the end of year 1 from the page (each team's screen says so and a decision does nothing;
// the page shows them held), then releases; the teams play to their debriefs; the room's verified
// results are Node's replay of each team's stored decisions, equal to the scores the debriefs
// show, the page ranks all three with those scores as they finish, and so does its leaderboard.
// axe-core audits the room's pages (join, live page, held team, results, projector) once.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import type { Server } from 'socket.io';
import type { PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launch, ROOT, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import type { Action, Difficulty, Scenario } from '../../src/engine';
import { computeScore, replay } from '../../src/engine';
import { attachRoomServer } from '../../src/room/room-server';
import { roomService } from '../../src/room/room-service';
import { openRoomStorage } from '../../src/room/room-storage';
import { postgresEvents } from '../../src/room/room-events';
import type { RoomEvents } from '../../src/room/room-events';
import { startCluster } from '../server/postgres-cluster';
import pg from 'pg';
import type { RoomStorage } from '../../src/room/room-storage';
import { playToDebrief, press } from './keyboard-player';
import type { Strategy } from './keyboard-player';
import type { Finding } from './axe-audit';
import { audit, seriousFindings } from './axe-audit';

const DIFFICULTY: Difficulty = { authority: 'ceo', urgency: 'steady', seatTime: 'half-years' };
const SEED = 4321;
const loaded = loadScenarioFile('vectra-office-systems');
if (!loaded.ok) throw new Error('Vectra does not load');
const scenario: Scenario = loaded.scenario;

/** Where the teams and the facilitator open the room, and the room's data, for the checks. */
interface ServedRoom {
  readonly teamsUrl: string;
  readonly liveUrl: string;
  readonly storage: RoomStorage;
  close(): Promise<void>;
}

let room: ServedRoom;
let browser: Browser;
let code = '';
let key = '';
/** The facilitator's live page. */
let live: Page;
let liveErrors: string[] = [];

interface Team {
  name: string;
  strategy: Strategy;
  page: Page;
  errors: string[];
}
const teams: Team[] = [];
/** What axe-core finds on the room's pages (audited once, in the PGlite run). */
let findings: Finding[] | null = null;
const auditRoom = async (page: Page, label: string) => {
  if (findings) await audit(page, label, findings);
};

/** The live page's rows: each team's name and the text of its row. */
async function liveRows(): Promise<Record<string, string>> {
  const rows = await live.$$eval('.live-teams tbody tr', (trs) =>
    trs.map((tr) => [tr.querySelector('th, td')?.textContent ?? '', tr.textContent ?? '']),
  );
  return Object.fromEntries(rows);
}

/** A team opens the room's printed address and joins it by keyboard. */
async function teamJoins(name: string, strategy: Strategy, audited = false): Promise<Team> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${room.teamsUrl}/?room=${code}`);
  await waitForScreen(page, 'title', 30_000);
  await press(page, '2'); // Join a workshop: the room's code is already in the box
  await waitForScreen(page, 'join');
  await page.waitForSelector('.join-room');
  await page.waitForSelector('.code-input:focus');
  if (audited) await auditRoom(page, 'join a room');
  await press(page, 'Tab');
  await page.keyboard.type(name);
  await press(page, 'Enter', 600);
  await waitForScreen(page, 'briefing', 30_000);
  return { name, strategy, page, errors };
}

/** The build and a room server on it, over `storage` (with an adapter between instances). */
async function serveGame(
  storage: RoomStorage,
  adapter?: RoomEvents['adapter'],
): Promise<{ url: string; server: PreviewServer; io: Server }> {
  const service = roomService({ storage, loadScenario: () => scenario });
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const io = attachRoomServer({
    service,
    http: server.httpServer as never,
    ...(adapter ? { adapter } : {}),
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, io };
}

/** One room server on PGlite: teams and facilitator at the same address. */
async function onPglite(): Promise<ServedRoom> {
  const dataDir = mkdtempSync(join(tmpdir(), 'power-core-live-room-'));
  const storage = await openRoomStorage({ dataDir });
  const served = await serveGame(storage);
  return {
    teamsUrl: served.url,
    liveUrl: served.url,
    storage,
    async close() {
      await served.io.close(); // closes the HTTP server it is attached to as well
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Two instances on one PostgreSQL database: the teams on A, the facilitator on B. */
async function onPostgresTwoInstances(): Promise<ServedRoom> {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE live_room');
  await admin.end();
  const database = cluster.url('live_room');
  const instances = await Promise.all(
    [0, 1].map(async () => {
      const storage = await openRoomStorage({ url: database });
      const events = postgresEvents(database);
      return { storage, events, ...(await serveGame(storage, events.adapter)) };
    }),
  );
  const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
  return {
    teamsUrl: a.url,
    liveUrl: b.url,
    storage: a.storage,
    async close() {
      for (const instance of instances) {
        // Socket.IO first (it closes the HTTP server too): its adapter lets go of the database
        // connection it listens on, so the pool can end.
        await instance.io.close();
        await instance.events.close();
        await instance.storage.close();
      }
      await cluster.stop();
    },
  };
}

describe.each([
  ['on PGlite', onPglite, true],
  ['on PostgreSQL, the teams and the facilitator on two instances', onPostgresTwoInstances, false],
])('a live room in Chromium %s', (_, serve, audited) => {
  beforeAll(async () => {
    findings = audited ? [] : null;
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('There is no production build: run `npm run build` first.');
    teams.length = 0;
    room = await serve();
    const made = await roomService({
      storage: room.storage,
      loadScenario: () => scenario,
    }).createRoom({
      name: 'Browser room',
      scenario: { kind: 'built-in', id: scenario.id },
      seed: SEED,
      difficulty: DIFFICULTY,
    });
    code = made.view.code;
    key = made.key;
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    live = await context.newPage();
    liveErrors = watchErrors(live);
    await live.goto(`${room.liveUrl}/#live=${code}&key=${key}`);
    await waitForScreen(live, 'live', 30_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await room?.close();
  }, 120_000);

  it('lets three teams join from the printed address, by keyboard', async () => {
    for (const [name, strategy] of [
      ['Herons', 'listen-and-report'],
      ['Kites', 'do-nothing'],
      ['Owls', 'listen-and-report'],
    ] as const)
      teams.push(await teamJoins(name, strategy, name === 'Herons'));
    // Each team's page keeps the connection it joined on: all three show as connected.
    await live.waitForFunction(
      () => document.querySelectorAll('.live-teams tbody tr').length === 3,
    );
    const rows = await liveRows();
    expect(Object.keys(rows).sort()).toEqual(['Herons', 'Kites', 'Owls']);
    for (const row of Object.values(rows)) {
      expect(row).toContain('online');
      expect(row).toContain('Year 1');
    }
    for (const team of teams) expect(team.errors).toEqual([]);
    await auditRoom(live, 'live room');
  });

  it('holds every team at the end of year 1, and lets them on after the release', async () => {
    await live.selectOption('[data-key="live-hold-year"]', '1');
    await live.click('[data-key="live-hold"]');
    // The room has it (it tells the teams before it answers the page).
    await live.waitForFunction(() =>
      document.body.textContent!.includes('Teams stop at the end of year 1'),
    );
    // Half-years: two turns make year 1. All three play at once, until their screen says they
    // are held (at year 2's first quarter, or at an event that opens it).
    const heldNote = (page: Page) => async () =>
      (await page.$('.room-note-warn')) !== null &&
      (await page.textContent('.room-note-warn'))!.includes('holding every team after year 1');
    await Promise.all(
      teams.map(async (team) => {
        await press(team.page, 'Enter', 400); // leave the briefing
        const played = await playToDebrief(
          team.page,
          team.strategy,
          undefined,
          undefined,
          Number.POSITIVE_INFINITY,
          heldNote(team.page),
        );
        expect(played).toBe(2);
      }),
    );
    for (const team of teams) {
      const page = team.page;
      expect(await page.textContent('.top-turn')).toContain('Year 2');
      // A decision is refused while held, with the reason: the game stays where it is.
      const decisions = () => page.evaluate(() => localStorage.getItem('power-core/save')!.length);
      const before = await decisions();
      if (await page.$('.event-option')) await press(page, '1', 400);
      else {
        await press(page, 'e', 400); // end the turn
        if (await page.$('[data-panel="confirm-end"]')) await press(page, 'Enter', 400);
      }
      await page.waitForSelector('.toast-bad');
      expect(await page.textContent('.toast-bad')).toContain('holding every team here');
      expect(await decisions()).toBe(before);
      expect(await page.textContent('.top-turn')).toContain('Year 2');
    }
    // The live page followed them: every team in year 2, held.
    await live.waitForFunction(() =>
      [...document.querySelectorAll('.live-teams tbody tr')].every(
        (tr) => tr.textContent!.includes('Year 2') && tr.textContent!.includes('Held'),
      ),
    );
    await auditRoom(live, 'live room held');
    await auditRoom(teams[0]!.page, 'team held');

    await live.click('[data-key="live-release"]');
    for (const team of teams)
      await team.page.waitForFunction(() => !document.querySelector('.room-note-warn'));
  }, 240_000);

  it("plays to every team's debrief; the room's results are Node's replay of its decisions", async () => {
    const shown = await Promise.all(
      teams.map(async (team) => {
        // On from year 2 (the keyboard player's listening step belongs to a game's first turn).
        await playToDebrief(team.page, team.strategy === 'do-nothing' ? 'do-nothing' : 'reports');
        await team.page.waitForSelector('.debrief-screen .score-total');
        // The score as the debrief shows it (grouped digits, in English).
        return Number((await team.page.textContent('.score-total'))!.replace(/\D/g, ''));
      }),
    );
    const rows = await room.storage.teams(code);
    const results = await room.storage.results(code);
    expect(results).toHaveLength(3);
    for (const row of rows) {
      const decisions = (await room.storage.decisions(row.id)) as Action[];
      const replayed = replay(scenario, SEED, DIFFICULTY, decisions);
      if (!replayed.ok) throw new Error(`${row.name}'s decisions do not replay`);
      expect(replayed.state.status).not.toBe('playing');
      const result = results.find((r) => r.teamId === row.id)!;
      expect(result.score).toBe(computeScore(scenario, replayed.state).total);
      expect(result.score).toBe(shown[teams.findIndex((t) => t.name === row.name)]);
    }
    for (const team of teams) expect(team.errors).toEqual([]);

    // The live page: all three finished with those scores, then ranked on the leaderboard.
    await live.waitForFunction(() =>
      [...document.querySelectorAll('.live-teams tbody tr')].every((tr) =>
        /score/.test(tr.textContent!),
      ),
    );
    const finishedRows = await liveRows();
    for (const [index, team] of teams.entries())
      expect(finishedRows[team.name]).toMatch(new RegExp(`score ${shown[index]}\\b`));
    // Ranked on the live page as they finished, before anyone opens the leaderboard.
    await live.waitForFunction(
      () => document.querySelectorAll('.live-results .ranking tbody tr').length === 3,
    );
    await auditRoom(live, 'live room results');
    if (findings) {
      await press(live, 'p', 400);
      await live.waitForSelector('.live-projector');
      await auditRoom(live, 'live room projector');
      await press(live, 'Escape', 400);
      await live.waitForSelector('[data-key="live-board"]');
      expect(seriousFindings(findings)).toEqual([]);
    }
    await live.click('[data-key="live-board"]');
    await waitForScreen(live, 'leaderboard');
    await live.waitForFunction(() => document.querySelectorAll('.ranking tbody tr').length === 3);
    const ranked = await live.$$eval('.ranking tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.textContent ?? '']),
    );
    for (const [name, text] of ranked) {
      const index = teams.findIndex((t) => t.name === name);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(text).toContain(String(shown[index]));
    }
    expect(liveErrors).toEqual([]);
  }, 480_000);
});
