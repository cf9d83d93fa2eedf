// A live room under the load of a big workshop: the room server started as `npm run room` starts
// it (a process of its own, PGlite in a fresh data folder), many teams played at the same time by
// the engine's bots through the room's own protocol (Socket.IO, as a team's browser speaks it),
// each dropping its connection now and then and coming back, and the facilitator watching. With
// `killHalfway`, the server is killed (SIGKILL, as a laptop's power cut would) once half the
// decisions are in, and started again on the same folder and port. Measures how soon a decision
// shows on the facilitator's page and the server's memory; reads back what the room holds of
// every team. Used by `npm run bench:room` and the load and fault tests. Node only.

import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import seedrandom from 'seedrandom';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Action, Scenario } from '../engine';
import { allBotNames, botByName, playGame } from '../engine/bots';
import type {
  DecisionsReply,
  JoinReply,
  RoomGameSetup,
  TeamRow,
  WatchReply,
} from '../workshop/room-protocol';
import { ROOM_EVENTS, ROOM_SOCKET_PATH } from '../workshop/room-protocol';

const ROOT = resolve(import.meta.dirname, '../..');
/** A team that has not finished by then never will: the run stops and says so. */
const GIVE_UP_MS = 120_000;

export interface LoadOptions {
  readonly teams: number;
  /** The chance that a team drops its connection after a batch. */
  readonly dropChance: number;
  readonly killHalfway: boolean;
  readonly scenario: Scenario;
  readonly seed: number;
  readonly dataDir: string;
  /** For the bots' pauses and drops (the run itself is not deterministic: it is a network). */
  readonly randomSeed?: number;
  /** Called with the facilitator's address once the room is up, before the teams start. */
  readonly beforeTeams?: (facilitatorAddress: string) => Promise<void>;
}

/** One team as the bots played it and the room holds it. */
export interface TeamOutcome {
  readonly name: string;
  readonly bot: string;
  /** The decisions the team made. */
  readonly played: readonly Action[];
  /** The decisions the room holds for it, read back at the end. */
  readonly held: readonly Action[];
  /** Decisions the room had acknowledged when it was killed (with `killHalfway`). */
  readonly acknowledgedAtKill: number | null;
  /** What the room held of them right after the restart. */
  readonly heldAfterRestart: number | null;
  /** The room's result code, as the facilitator's row has it. */
  readonly resultCode: string | null;
}

export interface LoadReport {
  readonly teams: readonly TeamOutcome[];
  readonly seconds: number;
  readonly batches: number;
  readonly drops: number;
  /** From a batch sent to the facilitator's row showing it, in ms (batches sent while up). */
  readonly latency: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly latencySamples: number;
  /** The server process's resident memory in MB: after the teams joined, the highest, the last. */
  readonly memory: { readonly start: number; readonly peak: number; readonly end: number };
}

/** The room command, as a trainer starts it; resolves with its port, code and key when ready. */
interface RoomProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly port: number;
  readonly code: string;
  readonly key: string;
}

function startRoomCommand(dataDir: string, args: readonly string[]): Promise<RoomProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/room.ts', '--data', dataDir, '--no-build', ...args],
    { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: '1', DATABASE_URL: '' } },
  );
  // The room goes when the runner's process exits, also mid-run (a test file that gives up on
  // it): otherwise it stays behind, holding its port and its database.
  process.once('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let out = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the room did not start: ${out}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const printed = /http:\/\/localhost:(\d+)\/#live=([0-9A-Z]+)&key=([0-9A-Z]+)/.exec(out);
      if (printed && out.includes('Ctrl+C')) {
        clearTimeout(timer);
        done({ child, port: Number(printed[1]), code: printed[2]!, key: printed[3]! });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the room exited with ${code}: ${out}`));
    });
  });
}

/** Resident memory of a process in MB (Linux's /proc), or NaN elsewhere. */
function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function ask<R>(socket: Socket, event: string, payload: unknown, ms = 5000): Promise<R | null> {
  if (!socket.connected) return Promise.resolve(null);
  return (socket.timeout(ms).emitWithAck(event, payload) as Promise<R>).catch(() => null);
}

function openSocket(url: string): Socket {
  return connect(url, {
    path: ROOM_SOCKET_PATH,
    transports: ['websocket'],
    reconnectionDelay: 200,
    reconnectionDelayMax: 1000,
  });
}

/** Waits until the socket is connected (it reconnects by itself after a drop or a restart). */
function connected(socket: Socket): Promise<void> {
  if (socket.connected) return Promise.resolve();
  return new Promise((done) => socket.once('connect', () => done()));
}

export async function runRoomLoad(options: LoadOptions): Promise<LoadReport> {
  const { scenario, seed } = options;
  // The bots' pauses and drops, the same on every run with the same seed.
  const random = seedrandom(`room-load|${options.randomSeed ?? 1}`);
  let room = await startRoomCommand(options.dataDir, [
    '--port',
    '0',
    '--scenario',
    scenario.id,
    '--seed',
    String(seed),
    '--difficulty',
    'standard',
    '--name',
    'Load test',
  ]);
  const url = `http://127.0.0.1:${room.port}`;
  const sockets: Socket[] = [];
  const open = () => {
    const socket = openSocket(url);
    sockets.push(socket);
    return socket;
  };

  // The facilitator: watches with the key, again after every reconnect.
  const rows = new Map<string, TeamRow>();
  const sentAt = new Map<string, Map<number, number>>();
  const latencies: number[] = [];
  let serverUp = true;
  const facilitator = open();
  let setup: RoomGameSetup | null = null;
  const watch = async () => {
    const reply = await ask<WatchReply>(facilitator, ROOM_EVENTS.watch, {
      room: room.code,
      key: room.key,
    });
    if (!reply?.ok) return;
    setup = reply.game;
    for (const row of reply.teams) rows.set(row.id, row);
  };
  facilitator.on('connect', () => void watch());
  facilitator.on(ROOM_EVENTS.team, (row: TeamRow) => {
    rows.set(row.id, row);
    const pending = sentAt.get(row.id);
    if (!pending) return;
    const now = performance.now();
    for (const [count, at] of pending)
      if (count <= row.decisions) {
        latencies.push(now - at);
        pending.delete(count);
      }
  });
  await connected(facilitator);
  await watch();
  const game = setup as RoomGameSetup | null;
  if (!game) throw new Error('the facilitator could not watch the room');

  // The teams: each a bot's whole game, sent in batches of 1-6 with a pause to think.
  const names = allBotNames(scenario);
  const plans = Array.from({ length: options.teams }, (_, i) => {
    const bot = names[i % names.length]!;
    const played = playGame(scenario, game.seed, game.difficulty, botByName(bot, scenario)!).state
      .decisions;
    return { name: `Team ${i + 1}`, bot, played };
  });
  const total = plans.reduce((sum, p) => sum + p.played.length, 0);
  let acknowledged = 0;
  let batches = 0;
  let drops = 0;
  const atKill = new Map<string, number>();
  const afterRestart = new Map<string, number>();

  const memory: number[] = [];
  const sampler = setInterval(() => {
    const mb = residentMb(room.child.pid!);
    if (Number.isFinite(mb)) memory.push(mb);
  }, 250);

  await options.beforeTeams?.(`http://localhost:${room.port}/#live=${room.code}&key=${room.key}`);
  const started = performance.now();
  // The kill lands the moment the room acknowledges the half-way decision, so a room that
  // answered before its write reached the disk would lose what it had acknowledged.
  let restarted: Promise<void> = Promise.resolve();
  const acknowledge = (count: number) => {
    acknowledged += count;
    if (!options.killHalfway || !serverUp || atKill.size > 0 || acknowledged < total / 2) return;
    serverUp = false;
    for (const pending of sentAt.values()) pending.clear(); // a power cut is not latency
    for (const team of teams) atKill.set(team.name, team.acknowledged());
    const dead = room;
    dead.child.removeAllListeners('exit');
    const gone = new Promise<void>((done) => dead.child.once('exit', () => done()));
    dead.child.kill('SIGKILL');
    restarted = gone.then(async () => {
      room = await startRoomCommand(options.dataDir, ['--port', String(dead.port)]);
      serverUp = true;
    });
  };

  const teams = plans.map((plan) => {
    let stored = 0;
    return {
      name: plan.name,
      acknowledged: () => stored,
      async play(): Promise<{ id: string; rejoinCode: string }> {
        const socket = open();
        await connected(socket);
        let joined: JoinReply | null = null;
        while (!joined?.ok) {
          joined = await ask<JoinReply>(socket, ROOM_EVENTS.join, {
            room: room.code,
            name: plan.name,
          });
          if (!joined?.ok) await sleep(200);
        }
        const identity = joined.team;
        const pending = new Map<number, number>();
        sentAt.set(identity.id, pending);
        let online = true;
        socket.on('disconnect', () => (online = false));
        while (stored < plan.played.length) {
          if (performance.now() - started > GIVE_UP_MS)
            throw new Error(
              `${plan.name} did not finish in ${GIVE_UP_MS / 1000} s: the room holds ${stored} of its ${plan.played.length} decisions`,
            );
          if (!online || !socket.connected) {
            // Back: the room says what it holds, and the team goes on from there.
            await connected(socket);
            const back = await ask<JoinReply>(socket, ROOM_EVENTS.rejoin, {
              room: room.code,
              rejoin: identity.rejoinCode,
            });
            if (!back?.ok) continue;
            if (atKill.has(plan.name) && !afterRestart.has(plan.name))
              afterRestart.set(plan.name, back.decisions.length);
            // The room's word counts, as in a browser: what it does not hold is sent again.
            const gained = back.decisions.length - stored;
            stored = back.decisions.length;
            acknowledge(Math.max(0, gained));
            online = true;
          }
          const size = 1 + Math.floor(random() * 6);
          const batch = plan.played.slice(stored, stored + size);
          const end = stored + batch.length;
          if (serverUp && !pending.has(end)) pending.set(end, performance.now());
          batches += 1;
          const reply = await ask<DecisionsReply>(socket, ROOM_EVENTS.decisions, {
            from: stored,
            actions: batch,
          });
          if (reply) {
            if (reply.stopped && !['too-fast', 'gap'].includes(reply.stopped))
              throw new Error(`${plan.name}: the room stopped at ${reply.stopped}`);
            if (reply.stopped === 'too-fast') await sleep(500);
            else {
              const gained = reply.stored - stored;
              stored = reply.stored;
              acknowledge(Math.max(0, gained));
            }
          }
          if (random() < options.dropChance) {
            drops += 1;
            socket.io.engine.close(); // the network goes; Socket.IO comes back by itself
          }
          await sleep(30 + random() * 120);
        }
        return identity;
      },
    };
  });

  let identities: { id: string; rejoinCode: string }[];
  try {
    identities = await Promise.all(teams.map((team) => team.play()));
    await restarted;
  } catch (error) {
    // A team that cannot finish ends the run: the room is stopped, not left running.
    clearInterval(sampler);
    for (const socket of sockets) socket.disconnect();
    await restarted.catch(() => undefined);
    await stopRoom(room);
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  // Every result on the facilitator's rows (the last ones may still be on their way).
  for (let wait = 0; wait < 100; wait++) {
    if (identities.every((t) => rows.get(t.id)?.result)) break;
    await sleep(100);
  }
  clearInterval(sampler);

  // What the room holds of each team, as a second browser of the team would get it.
  const reader = open();
  await connected(reader);
  const outcomes: TeamOutcome[] = [];
  for (const [i, identity] of identities.entries()) {
    const plan = plans[i]!;
    const back = await ask<JoinReply>(reader, ROOM_EVENTS.rejoin, {
      room: room.code,
      rejoin: identity.rejoinCode,
    });
    outcomes.push({
      name: plan.name,
      bot: plan.bot,
      played: plan.played,
      held: back?.ok ? back.decisions : [],
      acknowledgedAtKill: atKill.get(plan.name) ?? null,
      heldAfterRestart: afterRestart.get(plan.name) ?? null,
      resultCode: rows.get(identity.id)?.result?.code ?? null,
    });
  }
  const memoryEnd = residentMb(room.child.pid!);
  for (const socket of sockets) socket.disconnect();
  await stopRoom(room);
  return {
    teams: outcomes,
    seconds,
    batches,
    drops,
    latency: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      max: latencies.length ? Math.max(...latencies) : Number.NaN,
    },
    latencySamples: latencies.length,
    memory: {
      start: memory[0] ?? Number.NaN,
      peak: memory.length ? Math.max(...memory) : Number.NaN,
      end: memoryEnd,
    },
  };
}

/** Ctrl+C, as a trainer stops the room: it closes its database and exits. */
function stopRoom(room: RoomProcess): Promise<void> {
  if (room.child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    room.child.removeAllListeners('exit');
    room.child.once('exit', () => done());
    room.child.kill('SIGINT');
  });
}

/** The run's figures in words, a line each: games, the page's latency, the server's memory. */
export function describeLoad(report: LoadReport, killed: boolean): string[] {
  const decisions = report.teams.reduce((sum, t) => sum + t.played.length, 0);
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    `room load: ${report.teams.length} teams, ${decisions} decisions in ${report.batches} batches, ` +
      `${report.drops} dropped connections${killed ? ', the server killed halfway' : ''}`,
    `  whole games in ${report.seconds.toFixed(1)} s`,
    `  facilitator's page updated: p50 ${ms(report.latency.p50)}, p95 ${ms(report.latency.p95)}, ` +
      `longest ${ms(report.latency.max)} (${report.latencySamples} batches)`,
    `  server memory (resident): ${report.memory.start.toFixed(0)} MB after start, ` +
      `${report.memory.peak.toFixed(0)} MB at most, ${report.memory.end.toFixed(0)} MB at the end`,
  ];
}
