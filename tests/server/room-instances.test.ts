// Two room server instances behind one address, sharing a PostgreSQL database (a throwaway
// cluster started by the test) and passing live events through Socket.IO's PostgreSQL adapter:
// a team on instance A, the facilitator on instance B. B sees the team connected and its quarter
// change as A stores its decisions; a hold set on B reaches the team on A and A refuses what is
// played past it; the release on B lets the team on. Needs Debian's postgresql.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { Server } from 'socket.io';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { postgresEvents } from '../../src/room/room-events';
import type { RoomEvents } from '../../src/room/room-events';
import { attachRoomServer } from '../../src/room/room-server';
import { roomService } from '../../src/room/room-service';
import { openRoomStorage } from '../../src/room/room-storage';
import type { RoomStorage } from '../../src/room/room-storage';
import type {
  ControlReply,
  DecisionsReply,
  JoinReply,
  RoomView,
  TeamRow,
  WatchReply,
} from '../../src/workshop/room-protocol';
import { ROOM_EVENTS } from '../../src/workshop/room-protocol';
import { ask, openSocket, pushed as until } from '../room/room-fixture';
import { builtIn } from '../helpers';
import type { Cluster } from './postgres-cluster';
import { startCluster } from './postgres-cluster';

const scenario = builtIn();

interface Instance {
  storage: RoomStorage;
  events: RoomEvents;
  io: Server;
  url: string;
}

let cluster: Cluster | undefined;
const instances: Instance[] = [];
const sockets: Socket[] = [];

async function startInstance(url: string): Promise<Instance> {
  const storage = await openRoomStorage({ url });
  const events = postgresEvents(url);
  const service = roomService({ storage, loadScenario: () => scenario });
  const http = createServer();
  const io = attachRoomServer({ service, http, adapter: events.adapter });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const { port } = http.address() as AddressInfo;
  const instance = { storage, events, io, url: `http://127.0.0.1:${port}` };
  instances.push(instance);
  return instance;
}

function open(url: string): Socket {
  const socket = openSocket(url);
  sockets.push(socket);
  return socket;
}

let a: Instance;
let b: Instance;
let code = '';
let key = '';

beforeAll(async () => {
  cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE rooms_two_instances');
  await admin.end();
  const url = cluster.url('rooms_two_instances');
  [a, b] = await Promise.all([startInstance(url), startInstance(url)]);
  const made = await roomService({ storage: a.storage, loadScenario: () => scenario }).createRoom({
    name: 'Two instances',
    scenario: { kind: 'built-in', id: scenario.id },
    seed: 31,
    difficulty: STANDARD_DIFFICULTY,
  });
  code = made.view.code;
  key = made.key;
}, 120_000);

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const instance of instances) {
    await new Promise<void>((done) => void instance.io.close(() => done()));
    await instance.events.close();
    await instance.storage.close();
  }
  await cluster?.stop();
}, 120_000);

describe('two room server instances on one PostgreSQL database', () => {
  it('show the facilitator on one what a team does on the other, and hold it there', async () => {
    const expert = playGame(scenario, 31, STANDARD_DIFFICULTY, botByName('expert', scenario)!).state
      .decisions;
    const facilitator = open(b.url);
    const watched = await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, { room: code, key });
    expect(watched).toMatchObject({ ok: true, teams: [] });

    const team = open(a.url);
    const joinedRow = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.name === 'Kites');
    const joined = await ask<JoinReply>(team, ROOM_EVENTS.join, { room: code, name: 'Kites' });
    expect(joined.ok).toBe(true);
    expect(await joinedRow).toMatchObject({ connected: true, quarter: 1 });

    // Decisions stored on A: B's facilitator sees the quarter change.
    const firstEnd = expert.findIndex((d) => d.type === 'endQuarter') + 1;
    const moved = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.quarter === 2);
    const sent = await ask<DecisionsReply>(team, ROOM_EVENTS.decisions, {
      from: 0,
      actions: expert.slice(0, firstEnd),
    });
    expect(sent).toEqual({ stored: firstEnd, stopped: null });
    expect(await moved).toMatchObject({ name: 'Kites', decisions: firstEnd });

    // A hold set on B reaches the team on A, and A refuses what is played past it.
    const heard = until<RoomView>(team, ROOM_EVENTS.room, (v) => v.holdAfterQuarter === 4);
    expect(await ask<ControlReply>(facilitator, ROOM_EVENTS.hold, { year: 1 })).toMatchObject({
      ok: true,
    });
    await heard;
    const heldRow = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.held);
    const held = await ask<DecisionsReply>(team, ROOM_EVENTS.decisions, {
      from: firstEnd,
      actions: expert.slice(firstEnd),
    });
    expect(held.stopped).toBe('held');
    expect(await heldRow).toMatchObject({ quarter: 5 });

    // Released on B: the team on A goes on to the end, and B sees the verified result.
    const released = until<RoomView>(team, ROOM_EVENTS.room, (v) => v.holdAfterQuarter === null);
    await ask<ControlReply>(facilitator, ROOM_EVENTS.hold, { year: null });
    await released;
    const finished = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => r.result !== null);
    const rest = await ask<DecisionsReply>(team, ROOM_EVENTS.decisions, {
      from: held.stored,
      actions: expert.slice(held.stored),
    });
    expect(rest).toEqual({ stored: expert.length, stopped: null });
    expect((await finished).result?.score).toBeGreaterThan(0);

    // The team leaves A: B's facilitator sees it disconnected.
    const gone = until<TeamRow>(facilitator, ROOM_EVENTS.team, (r) => !r.connected);
    team.disconnect();
    expect(await gone).toMatchObject({ name: 'Kites', connected: false });
  }, 120_000);
});
