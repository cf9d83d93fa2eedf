// The live room's server on an embedded Postgres (PGlite in a temporary folder), spoken to over
// Socket.IO as the teams' and the facilitator's browsers will: teams join under unique names and
// send decisions in batches, the facilitator's rows follow, a hold at the end of year 1 stops
// every team there and a release lets them go on, a finished game's result is the room's own
// (verified by replay), a second browser rejoins with the team's code, a restart of the server
// on the same folder loses nothing, and what a hostile browser sends is refused without harming
// the room.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Action } from '../../src/engine';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import type {
  ControlReply,
  DecisionsReply,
  JoinReply,
  RoomView,
  TeamRow,
  WatchReply,
} from '../../src/workshop/room-protocol';
import { ROOM_EVENTS } from '../../src/workshop/room-protocol';
import { verifyResult } from '../../src/workshop/verify';
import { builtIn } from '../helpers';
import type { RunningRoom } from './room-fixture';
import {
  ask,
  makeRoom,
  openSocket,
  pushed as until,
  startRoomServer,
  stopRoomServer,
} from './room-fixture';

const scenario = builtIn();
const SEED = 777;
const dataDir = mkdtempSync(join(tmpdir(), 'power-core-room-'));

const sockets: Socket[] = [];
function open(url: string): Socket {
  const socket = openSocket(url);
  sockets.push(socket);
  return socket;
}

const decisionsOf = (seed: number): Action[] =>
  playGame(scenario, seed, STANDARD_DIFFICULTY, botByName('expert', scenario)!).state.decisions;

let server: RunningRoom;
let roomCode = '';
let key = '';

beforeAll(async () => {
  server = await startRoomServer(dataDir);
  const made = await makeRoom(server, {
    scenarioId: scenario.id,
    seed: SEED,
    difficulty: STANDARD_DIFFICULTY,
  });
  roomCode = made.code;
  key = made.key;
}, 60_000); // PGlite starts Postgres in WebAssembly: seconds on a loaded machine

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await stopRoomServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('a live room', () => {
  const expert = decisionsOf(SEED);
  let facilitator: Socket;
  let owls: Socket;
  let owlsRejoin = '';
  let owlsId = '';

  it('lets the facilitator in with the key only, and teams join under unique names', async () => {
    facilitator = open(server.url);
    const wrong = await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, {
      room: roomCode,
      key: 'X',
    });
    expect(wrong).toEqual({ ok: false, problem: 'key' });
    // Controls before watching with the key are refused.
    const early = await ask<ControlReply>(facilitator, ROOM_EVENTS.close, {});
    expect(early).toEqual({ ok: false, problem: 'not-watching' });
    const watched = await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, { room: roomCode, key });
    expect(watched).toMatchObject({ ok: true, room: { code: roomCode, closed: false }, teams: [] });

    owls = open(server.url);
    const rowSeen = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.name === 'Owls');
    // A team types the code as it reads it: lower case, with a dash.
    const typed = `${roomCode.slice(0, 3).toLowerCase()}-${roomCode.slice(3)}`;
    const joined = await ask<JoinReply>(owls, ROOM_EVENTS.join, { room: typed, name: ' Owls ' });
    if (!joined.ok) throw new Error(`could not join: ${joined.problem}`);
    expect(joined.team.name).toBe('Owls');
    expect(joined.game).toEqual({
      scenario: { kind: 'built-in', id: scenario.id },
      seed: SEED,
      difficulty: STANDARD_DIFFICULTY,
    });
    expect(joined.decisions).toEqual([]);
    owlsRejoin = joined.team.rejoinCode;
    owlsId = joined.team.id;
    expect(await rowSeen).toMatchObject({ name: 'Owls', connected: true, quarter: 1 });

    const copycat = open(server.url);
    expect(
      await ask<JoinReply>(copycat, ROOM_EVENTS.join, { room: roomCode, name: 'OWLS' }),
    ).toEqual({ ok: false, problem: 'name-taken' });
    expect(
      await ask<JoinReply>(copycat, ROOM_EVENTS.join, { room: 'ZZZZZZZ', name: 'Larks' }),
    ).toEqual({ ok: false, problem: 'no-room' });
  });

  it('stores decisions sent in batches, and the facilitator sees the quarter change', async () => {
    const quarterTwo = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.quarter >= 2);
    const firstEnd = expert.findIndex((a) => a.type === 'endQuarter') + 1;
    const reply = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: 0,
      actions: expert.slice(0, firstEnd),
    });
    expect(reply).toEqual({ stored: firstEnd, stopped: null });
    expect(await quarterTwo).toMatchObject({ name: 'Owls', quarter: 2, decisions: firstEnd });
    // The answer was lost and the browser sends the same again, with more: nothing is doubled.
    const again = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: 0,
      actions: expert.slice(0, firstEnd + 1),
    });
    expect(again).toEqual({ stored: firstEnd + 1, stopped: null });
    // A batch that skips some is told where the room stands.
    const gap = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: firstEnd + 5,
      actions: expert.slice(firstEnd + 5, firstEnd + 6),
    });
    expect(gap).toEqual({ stored: firstEnd + 1, stopped: 'gap' });
  });

  it('holds every team at the end of year 1, and lets them on after the release', async () => {
    const teamsHear = until<RoomView>(owls, ROOM_EVENTS.room, (r) => r.holdAfterQuarter === 4);
    const held = await ask<ControlReply>(facilitator, ROOM_EVENTS.hold, { year: 1 });
    expect(held).toMatchObject({ ok: true, room: { holdAfterQuarter: 4 } });
    await teamsHear;

    const stored = (
      await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, { from: 0, actions: [] })
    ).stored;
    const heldRow = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.held);
    const reply = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: stored,
      actions: expert.slice(stored),
    });
    expect(reply.stopped).toBe('held');
    expect(await heldRow).toMatchObject({ quarter: 5, held: true, status: 'playing' });

    const released = await ask<ControlReply>(facilitator, ROOM_EVENTS.hold, { year: null });
    expect(released).toMatchObject({ ok: true, room: { holdAfterQuarter: null } });
    const finished = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.result !== null);
    const rest = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: reply.stored,
      actions: expert.slice(reply.stored),
    });
    expect(rest).toEqual({ stored: expert.length, stopped: null });
    const done = await finished;
    // The room's own result: the code verifies by replay to the score the room shows.
    const verified = verifyResult(done.result!.code, [scenario]);
    if (!verified.ok) throw new Error(`the room's result did not verify: ${verified.reason}`);
    expect(verified.result.team).toBe('Owls');
    expect(verified.score.total).toBe(done.result!.score);
    const more = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: expert.length,
      actions: [{ type: 'endQuarter' }],
    });
    expect(more.stopped).toBe('finished');
  });

  it('lets a second browser rejoin the team with its code, and get the whole game', async () => {
    const second = open(server.url);
    const wrong = await ask<JoinReply>(second, ROOM_EVENTS.rejoin, {
      room: roomCode,
      rejoin: 'ABCDEFGH',
    });
    expect(wrong).toEqual({ ok: false, problem: 'rejoin' });
    const back = await ask<JoinReply>(second, ROOM_EVENTS.rejoin, {
      room: roomCode,
      rejoin: owlsRejoin.toLowerCase(),
    });
    if (!back.ok) throw new Error(`could not rejoin: ${back.problem}`);
    expect(back.team.id).toBe(owlsId);
    expect(back.decisions).toEqual(expert);
  });

  it('refuses what a hostile browser sends, and the room goes on', async () => {
    const hostile = open(server.url);
    // Decisions before joining, and messages of the wrong shape.
    expect(
      await ask<DecisionsReply>(hostile, ROOM_EVENTS.decisions, { from: 0, actions: [] }),
    ).toEqual({ stored: 0, stopped: 'not-joined' });
    expect(await ask<JoinReply>(hostile, ROOM_EVENTS.join, { room: roomCode })).toEqual({
      ok: false,
      problem: 'name',
    });
    expect(
      await ask<JoinReply>(hostile, ROOM_EVENTS.join, {
        room: roomCode,
        name: '<b>x</b>',
        admin: true,
      }),
    ).toEqual({ ok: false, problem: 'name' });
    const joined = await ask<JoinReply>(hostile, ROOM_EVENTS.join, {
      room: roomCode,
      name: 'Larks',
    });
    expect(joined.ok).toBe(true);
    // Writing to another team's game: a message cannot name a team (the connection's own is the
    // one written), and one that tries is not read. The Owls' game is untouched.
    const owlsBefore = (await server.storage.decisions(owlsId)).length;
    expect(
      await ask<DecisionsReply>(hostile, ROOM_EVENTS.decisions, {
        from: 0,
        actions: [{ type: 'reportToCeo' }],
        team: owlsId,
      }),
    ).toEqual({ stored: 0, stopped: 'not-a-message' });
    expect(
      await ask<JoinReply>(hostile, ROOM_EVENTS.rejoin, { room: roomCode, rejoin: 'AAAAAAAA' }),
    ).toEqual({ ok: false, problem: 'rejoin' });
    expect((await server.storage.decisions(owlsId)).length).toBe(owlsBefore);
    // A facilitator's action from a team's connection, without the key: refused.
    expect(await ask<ControlReply>(hostile, ROOM_EVENTS.hold, { year: 1 })).toEqual({
      ok: false,
      problem: 'not-watching',
    });
    // A forged decision, then an impossible one: nothing is stored.
    expect(
      await ask<DecisionsReply>(hostile, ROOM_EVENTS.decisions, {
        from: 0,
        actions: [{ type: 'launch', initiative: 'x', scale: 'full', score: 1000 }],
      }),
    ).toEqual({ stored: 0, stopped: 'malformed' });
    expect(
      await ask<DecisionsReply>(hostile, ROOM_EVENTS.decisions, {
        from: 0,
        actions: [{ type: 'answerEvent', event: 'none', option: 'none' }],
      }),
    ).toEqual({ stored: 0, stopped: 'refused' });
    // A flood is refused past its burst, and the connection can still be answered after.
    const flood = await Promise.all(
      Array.from({ length: 80 }, () =>
        ask<DecisionsReply>(hostile, ROOM_EVENTS.decisions, { from: 0, actions: [] }),
      ),
    );
    expect(flood.filter((r) => r.stopped === 'too-fast').length).toBeGreaterThan(20);
    // A message too large for the room is not read at all: the connection is dropped.
    const gone = new Promise<string>((done) => hostile.once('disconnect', done));
    hostile.emit(
      ROOM_EVENTS.decisions,
      { from: 0, actions: ['x'.repeat(200_000)] },
      () => undefined,
    );
    expect(await gone).toBeTruthy();
    // The room still answers its teams.
    const owlsNow = await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, {
      from: expert.length,
      actions: [],
    });
    expect(owlsNow).toEqual({ stored: expert.length, stopped: null });
  });

  it('loses nothing when the server restarts, and teams reconnect by themselves', async () => {
    const port = server.port;
    const reconnected = new Promise<void>((done) => owls.io.once('reconnect', () => done()));
    await stopRoomServer(server);
    server = await startRoomServer(dataDir, port);
    await reconnected;
    const back = await ask<JoinReply>(owls, ROOM_EVENTS.rejoin, {
      room: roomCode,
      rejoin: owlsRejoin,
    });
    if (!back.ok) throw new Error(`could not rejoin after the restart: ${back.problem}`);
    expect(back.decisions).toEqual(expert);
    // Resent after the restart (the room rebuilt the game from its database, which keeps a
    // decision's fields in its own order): the same decisions, not a conflict.
    expect(
      await ask<DecisionsReply>(owls, ROOM_EVENTS.decisions, { from: 0, actions: expert }),
    ).toEqual({ stored: expert.length, stopped: null });
    const watched = await ask<WatchReply>(open(server.url), ROOM_EVENTS.watch, {
      room: roomCode,
      key,
    });
    if (!watched.ok) throw new Error('the facilitator could not watch after the restart');
    expect(watched.teams.map((t) => [t.name, t.status !== 'playing', t.connected])).toEqual([
      ['Owls', true, true],
      ['Larks', false, false],
    ]);
  });

  it('closes: no more decisions or teams, and the results stay', async () => {
    const watcher = open(server.url);
    await ask<WatchReply>(watcher, ROOM_EVENTS.watch, { room: roomCode, key });
    const closed = await ask<ControlReply>(watcher, ROOM_EVENTS.close, {});
    expect(closed).toMatchObject({ ok: true, room: { closed: true } });
    const late = open(server.url);
    expect(await ask<JoinReply>(late, ROOM_EVENTS.join, { room: roomCode, name: 'Late' })).toEqual({
      ok: false,
      problem: 'closed',
    });
    const larks = await ask<JoinReply>(late, ROOM_EVENTS.rejoin, {
      room: roomCode,
      rejoin: (await server.storage.teams(roomCode)).find((t) => t.name === 'Larks')!.rejoinCode,
    });
    expect(larks.ok).toBe(true);
    expect(
      await ask<DecisionsReply>(late, ROOM_EVENTS.decisions, {
        from: 0,
        actions: [{ type: 'reportToCeo' }],
      }),
    ).toEqual({ stored: 0, stopped: 'closed' });
    expect((await server.storage.results(roomCode)).map((r) => r.teamId)).toEqual([owlsId]);
  });
});
