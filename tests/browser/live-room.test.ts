// A live room in Chromium: the production build served by a room server (PGlite in a temporary
// folder), three teams opening the room's printed address in their own browsers and joining by
// keyboard, playing at the same time; the facilitator holds every team at the end of year 1 (each
// team's screen says so and ending the turn does nothing), then releases; the teams play to their
// debriefs; every decision reached the room, and the room's verified results are Node's replay of
// each team's stored decisions, equal to the scores the teams' debriefs show.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import type { PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { launch, ROOT, waitForScreen, watchErrors } from '../../src/cli/chromium';
import { loadScenarioFile } from '../../src/cli/scenario-files';
import type { Action, Difficulty, Scenario } from '../../src/engine';
import { computeScore, replay } from '../../src/engine';
import { attachRoomServer } from '../../src/room/room-server';
import { roomService } from '../../src/room/room-service';
import { openRoomStorage } from '../../src/room/room-storage';
import type { RoomStorage } from '../../src/room/room-storage';
import type { ControlReply, WatchReply } from '../../src/workshop/room-protocol';
import { ROOM_EVENTS, ROOM_SOCKET_PATH } from '../../src/workshop/room-protocol';
import { playToDebrief, press } from './keyboard-player';
import type { Strategy } from './keyboard-player';

const DIFFICULTY: Difficulty = { authority: 'ceo', urgency: 'steady', seatTime: 'half-years' };
const SEED = 4321;
const dataDir = mkdtempSync(join(tmpdir(), 'power-core-live-room-'));
const loaded = loadScenarioFile('vectra-office-systems');
if (!loaded.ok) throw new Error('Vectra does not load');
const scenario: Scenario = loaded.scenario;

let storage: RoomStorage;
let server: PreviewServer;
let browser: Browser;
let url = '';
let code = '';
let key = '';
let facilitator: Socket;

interface Team {
  name: string;
  strategy: Strategy;
  page: Page;
  errors: string[];
}
const teams: Team[] = [];

function ask<R>(event: string, payload: unknown): Promise<R> {
  return facilitator.timeout(15_000).emitWithAck(event, payload) as Promise<R>;
}

/** A team opens the room's printed address and joins it by keyboard. */
async function teamJoins(name: string, strategy: Strategy): Promise<Team> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}/?room=${code}`);
  await waitForScreen(page, 'title', 30_000);
  await press(page, '2'); // Join a workshop: the room's code is already in the box
  await waitForScreen(page, 'join');
  await page.waitForSelector('.join-room');
  await page.waitForSelector('.code-input:focus');
  await press(page, 'Tab');
  await page.keyboard.type(name);
  await press(page, 'Enter', 600);
  await waitForScreen(page, 'briefing', 30_000);
  return { name, strategy, page, errors };
}

beforeAll(async () => {
  if (!existsSync(resolve(ROOT, 'dist/index.html')))
    throw new Error('There is no production build: run `npm run build` first.');
  storage = await openRoomStorage({ dataDir });
  const service = roomService({ storage, loadScenario: () => scenario });
  server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  attachRoomServer({ service, http: server.httpServer as never });
  const address = server.httpServer.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const made = await service.createRoom({
    name: 'Browser room',
    scenario: { kind: 'built-in', id: scenario.id },
    seed: SEED,
    difficulty: DIFFICULTY,
  });
  code = made.view.code;
  key = made.key;
  facilitator = connect(url, { path: ROOM_SOCKET_PATH, transports: ['websocket'] });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  facilitator?.disconnect();
  await browser?.close();
  await server?.close();
  await storage?.close();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('a live room in Chromium', () => {
  it('lets three teams join from the printed address, by keyboard', async () => {
    for (const [name, strategy] of [
      ['Herons', 'listen-and-report'],
      ['Kites', 'do-nothing'],
      ['Owls', 'listen-and-report'],
    ] as const)
      teams.push(await teamJoins(name, strategy));
    // Each team's page keeps the connection it joined on: all three show as connected.
    const watched = await ask<WatchReply>(ROOM_EVENTS.watch, { room: code, key });
    if (!watched.ok) throw new Error('the facilitator cannot watch');
    expect(watched.teams.map((t) => [t.name, t.connected])).toEqual([
      ['Herons', true],
      ['Kites', true],
      ['Owls', true],
    ]);
    for (const team of teams) expect(team.errors).toEqual([]);
  });

  it('holds every team at the end of year 1, and lets them on after the release', async () => {
    expect(await ask<ControlReply>(ROOM_EVENTS.hold, { year: 1 })).toMatchObject({ ok: true });
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
    const watched = await ask<WatchReply>(ROOM_EVENTS.watch, { room: code, key });
    if (!watched.ok) throw new Error('the facilitator cannot watch');
    expect(watched.teams.map((t) => t.held)).toEqual([true, true, true]);

    expect(await ask<ControlReply>(ROOM_EVENTS.hold, { year: null })).toMatchObject({ ok: true });
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
    const rows = await storage.teams(code);
    const results = await storage.results(code);
    expect(results).toHaveLength(3);
    for (const row of rows) {
      const decisions = (await storage.decisions(row.id)) as Action[];
      const replayed = replay(scenario, SEED, DIFFICULTY, decisions);
      if (!replayed.ok) throw new Error(`${row.name}'s decisions do not replay`);
      expect(replayed.state.status).not.toBe('playing');
      const result = results.find((r) => r.teamId === row.id)!;
      expect(result.score).toBe(computeScore(scenario, replayed.state).total);
      expect(result.score).toBe(shown[teams.findIndex((t) => t.name === row.name)]);
    }
    for (const team of teams) expect(team.errors).toEqual([]);
  }, 480_000);
});
