// @vitest-environment jsdom
// A team in a live room, through the join screen and the store as the page plays it, against a
// real room server (PGlite, Socket.IO on the loopback): the room's code joins the room's game under
// the team's name; every decision reaches the room in the background; a hold at the end of year 1
// stops the team there, says why, and the release lets it on; a reload goes back to the room; the
// room down for a while costs nothing (the team plays on and the room catches up); a second
// computer rejoins with the team's code and gets the whole game; a name already taken is told; a
// batch whose answer is lost on a live connection is sent again without waiting for a new decision.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { connectRoom } from '../../src/workshop/room-connection';
import type { ConnectRoom } from '../../src/workshop/room-connection';
import type { ControlReply, WatchReply } from '../../src/workshop/room-protocol';
import { ROOM_EVENTS, ROOM_SOCKET_PATH } from '../../src/workshop/room-protocol';
import { memoryStorage } from '../../src/store/storage';
import type { KeyValueStorage } from '../../src/store/storage';
import type { Harness } from './harness';
import { mount, playTo, until } from './harness';
import type { RunningRoom } from '../room/room-fixture';
import { makeRoom, startRoomServer, stopRoomServer } from '../room/room-fixture';

const dataDir = mkdtempSync(join(tmpdir(), 'power-core-room-team-'));
let server: RunningRoom;
let room = { code: '', key: '' };
let facilitator: Socket;

function mountTeam(storage: KeyValueStorage = memoryStorage()): Harness {
  return mount(storage, { connectRoom: async () => connectRoom, pageOrigin: server.url });
}

function ask<R>(event: string, payload: unknown): Promise<R> {
  return facilitator.timeout(10_000).emitWithAck(event, payload) as Promise<R>;
}

/** Types into the join screen's code box as a team does. */
function typeCode(h: Harness, text: string): void {
  const input = h.root.querySelector<HTMLInputElement>('#join-code')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function typeTeam(h: Harness, name: string): void {
  const team = h.root.querySelector<HTMLInputElement>('#join-team')!;
  team.value = name;
  team.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The decisions the room holds for the team, as the facilitator's row counts them. */
async function roomCount(name: string): Promise<number> {
  const watched = await ask<WatchReply>(ROOM_EVENTS.watch, { room: room.code, key: room.key });
  if (!watched.ok) throw new Error('cannot watch');
  return watched.teams.find((t) => t.name === name)?.decisions ?? -1;
}

const allSent = (h: Harness) => {
  const { room: r, session } = h.game.store.getState();
  return r !== null && r.online && r.stored === session!.game.decisions.length;
};

beforeAll(async () => {
  server = await startRoomServer(dataDir);
  room = await makeRoom(server, {
    scenarioId: 'vectra-office-systems',
    seed: 2024,
    difficulty: STANDARD_DIFFICULTY,
  });
  facilitator = connect(server.url, { path: ROOM_SOCKET_PATH, transports: ['websocket'] });
}, 60_000);

afterAll(async () => {
  facilitator?.disconnect();
  await stopRoomServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('a team in a live room', () => {
  const storage = memoryStorage();
  let h: Harness;
  let rejoinCode = '';

  it("joins with the room's code and starts the room's game under its name", async () => {
    h = mountTeam(storage);
    h.game.open('join');
    await until(() => h.root.querySelector('#join-code') !== null);
    typeCode(h, room.code.toLowerCase());
    expect(getByRole(h.root, 'status').textContent).toContain(
      `Live room ${room.code.slice(0, 3)}-${room.code.slice(3)}`,
    );
    typeTeam(h, 'Herons');
    getByRole(h.root, 'button', { name: /^Start the game/ }).click();
    await until(() => h.screen() === 'briefing', 15_000);
    const { session, room: linked } = h.game.store.getState();
    expect(session!.team).toBe('Herons');
    expect(session!.game.seed).toBe(2024);
    expect(session!.scenario.id).toBe('vectra-office-systems');
    expect(linked?.link.code).toBe(room.code);
    rejoinCode = linked!.link.rejoinCode;
    expect(rejoinCode).toHaveLength(8);
  });

  it('sends every decision to the room as it is made', async () => {
    h.game.beginPlay();
    expect(h.game.dispatch({ type: 'reportToCeo' }).ok).toBe(true);
    playTo(h, 3);
    await until(() => allSent(h), 15_000);
    const decisions = h.game.store.getState().session!.game.decisions.length;
    expect(await roomCount('Herons')).toBe(decisions);
    // The quarter screen says where the team is: the top bar's badge, the dashboard's card.
    h.game.open('quarter');
    await until(() => h.root.querySelector('.room-card') !== null);
    expect(h.root.querySelector('.top-bar')!.textContent).toContain(
      `Room ${room.code} · connected`,
    );
    expect(h.root.querySelector('.room-card')!.textContent).toContain(rejoinCode);
  });

  it('is held at the end of year 1, told why, and goes on after the release', async () => {
    const held = await ask<ControlReply>(ROOM_EVENTS.hold, { year: 1 });
    expect(held.ok).toBe(true);
    await until(() => h.game.store.getState().room?.view?.holdAfterQuarter === 4, 10_000);
    playTo(h, 5);
    const game = () => h.game.store.getState().session!.game;
    expect(game().quarter).toBe(5);
    const before = game().decisions.length;
    const refused = h.game.dispatch({ type: 'reportToCeo' });
    expect(refused).toEqual({ ok: false, reason: 'room-held' });
    expect(game().decisions.length).toBe(before);
    h.game.open('quarter');
    await until(() => h.root.textContent!.includes('holding every team after year 1'));
    await until(() => allSent(h), 15_000);

    await ask<ControlReply>(ROOM_EVENTS.hold, { year: null });
    await until(() => h.game.store.getState().room?.view?.holdAfterQuarter === null, 10_000);
    playTo(h, 6);
    expect(game().quarter).toBe(6);
    await until(() => allSent(h), 15_000);
    expect(await roomCount('Herons')).toBe(game().decisions.length);
  });

  it('goes back to the room after a reload', async () => {
    const decisions = h.game.store.getState().session!.game.decisions;
    h.unmount();
    h = mountTeam(storage);
    expect(await h.game.continueGame()).toBe(true);
    expect(h.game.store.getState().session!.game.decisions).toEqual(decisions);
    await until(() => allSent(h), 15_000);
    expect(h.game.store.getState().room?.link.rejoinCode).toBe(rejoinCode);
  });

  it('plays on while the room is down, and the room catches up when it is back', async () => {
    const port = server.port;
    await stopRoomServer(server);
    await until(() => h.game.store.getState().room?.online === false, 10_000);
    playTo(h, 8);
    const decisions = h.game.store.getState().session!.game.decisions.length;
    expect(h.game.store.getState().room!.stored).toBeLessThan(decisions);
    h.game.open('quarter');
    await until(() => /decisions? (is|are) waiting to reach the room/.test(h.root.textContent!));
    expect(h.root.querySelector('.top-bar')!.textContent).toContain('not connected');

    server = await startRoomServer(dataDir, port);
    facilitator.disconnect();
    facilitator = connect(server.url, { path: ROOM_SOCKET_PATH, transports: ['websocket'] });
    await until(() => allSent(h), 30_000);
    expect(await roomCount('Herons')).toBe(decisions);
  }, 60_000);

  it("lets a second computer rejoin the team with its code and get the team's game", async () => {
    const mine = h.game.store.getState().session!.game.decisions;
    h.unmount();
    const second = mountTeam();
    second.game.open('join');
    await until(() => second.root.querySelector('#join-code') !== null);
    typeCode(second, room.code);
    expect(await second.game.rejoinRoom('WRONGCODE')).toBe(false);
    expect(second.root.textContent).toContain('not the rejoin code of a team in this room');
    expect(await second.game.rejoinRoom(rejoinCode.toLowerCase())).toBe(true);
    const state = second.game.store.getState();
    expect(state.session!.team).toBe('Herons');
    expect(JSON.stringify(state.session!.game.decisions.map((d) => d.type))).toBe(
      JSON.stringify(mine.map((d) => d.type)),
    );
    expect(state.session!.game.quarter).toBe(8);
    second.unmount();
  });

  it('tells a team whose name is taken, and an address that does not answer', async () => {
    const other = mountTeam();
    other.game.open('join');
    await until(() => other.root.querySelector('#join-code') !== null);
    typeCode(other, room.code);
    typeTeam(other, 'HERONS');
    expect(await other.game.joinRoom('HERONS', false)).toBe(false);
    expect(other.root.textContent).toContain('Another team in this room has that name');
    typeCode(other, `http://127.0.0.1:9/?room=${room.code}`);
    expect(await other.game.joinRoom('Egrets', false)).toBe(false);
    expect(other.root.textContent).toContain('does not answer');
    other.unmount();
  }, 30_000);
});

describe('a decision whose answer is lost on a live connection', () => {
  /** How many answers to `decisions` still to lose: the room stores the batch, the team never hears. */
  let toLose = 0;
  const lossy: ConnectRoom = (url) => {
    const real = connectRoom(url);
    return {
      ask<R>(event: string, payload: unknown, timeoutMs?: number): Promise<R> {
        const answer = real.ask<R>(event, payload, timeoutMs);
        if (event !== ROOM_EVENTS.decisions || toLose === 0) return answer;
        toLose -= 1;
        return answer.then(() => Promise.reject(new Error('the answer was lost')));
      },
      on: (event, listener) => real.on(event, listener),
      onStatus: (listener) => real.onStatus(listener),
      get online() {
        return real.online;
      },
      close: () => real.close(),
    };
  };

  it('is sent again a few seconds later, without waiting for the next decision', async () => {
    const h = mount(memoryStorage(), { connectRoom: async () => lossy, pageOrigin: server.url });
    h.game.open('join');
    await until(() => h.root.querySelector('#join-code') !== null);
    typeCode(h, room.code);
    typeTeam(h, 'Ibises');
    getByRole(h.root, 'button', { name: /^Start the game/ }).click();
    await until(() => h.screen() === 'briefing', 15_000);
    h.game.beginPlay();
    await until(() => h.game.store.getState().room?.online === true, 10_000);

    toLose = 1;
    expect(h.game.dispatch({ type: 'reportToCeo' }).ok).toBe(true);
    await until(() => toLose === 0, 10_000);
    // The room holds the decision; the team, not told, has it as waiting.
    while ((await roomCount('Ibises')) !== 1) await new Promise((r) => setTimeout(r, 50));
    expect(h.game.store.getState().room!.stored).toBe(0);
    expect(h.game.store.getState().room!.online).toBe(true);

    await until(() => allSent(h), 15_000);
    expect(await roomCount('Ibises')).toBe(1);
    h.unmount();
  }, 60_000);
});
