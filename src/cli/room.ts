// npm run room [-- --port <n>] [--data <folder>] [--scenario <id|file>] [--seed <n>]
//   [--difficulty <d>] [--seat-time <t>] [--name <text>] [--new] [--no-build]
// A live workshop room on this computer: serves the game (the production build, built first
// unless --no-build finds one) on every network interface, with the room server beside it on
// the same port, and prints the teams' addresses, a QR code of the first, the room code and the
// facilitator's address with its secret key. The room is kept in the data folder (room.json
// holds its code and key), so running the command again serves the same room: nothing is lost
// and teams reconnect by themselves. Storage is PGlite in the data folder, or the PostgreSQL
// server at DATABASE_URL (then several instances, each started with the same room.json, serve
// the room behind one address and pass live events through the database). Node only: imports
// vite, qrcode, the room server and the scenarios.

import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { basename, join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { build, preview } from 'vite';
import type { Scenario } from '../engine';
import { isValidSeed, MAX_SEED } from '../engine';
import { loadScenario } from '../scenario/load';
import { postgresEvents } from '../room/room-events';
import { attachRoomServer } from '../room/room-server';
import { roomService } from '../room/room-service';
import type { NewRoomOptions, RoomService } from '../room/room-service';
import { openRoomStorage } from '../room/room-storage';
import type { RoomStorage } from '../room/room-storage';
import type { RoomScenario } from '../workshop/room-protocol';
import { parseArgs, parseDifficulty, runToolAsync, UsageError } from './args';
import { lanAddresses } from './network';
import { builtInIds, loadScenarioFile, readScenarioText, sharedDefaults } from './scenario-files';

const USAGE =
  'usage: npm run room -- [--port <n>] [--data <folder>] [--scenario <id|file>] [--seed <n>] ' +
  '[--difficulty standard|ceo-steady|ceo-crisis|vp-steady|vp-crisis] [--seat-time quarters|half-years] ' +
  '[--name <text>] [--new] [--no-build]';
const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_PORT = 4321;
const DEFAULT_SCENARIO = 'vectra-office-systems';
const ROOM_FILE = 'room.json';

/** What the data folder keeps of the room: its code, and the facilitator's key (0600). */
interface KeptRoom {
  readonly code: string;
  readonly key: string;
}

function readKeptRoom(dataDir: string): KeptRoom | null {
  const path = join(dataDir, ROOM_FILE);
  if (!existsSync(path)) return null;
  try {
    const kept = JSON.parse(readFileSync(path, 'utf8')) as Partial<KeptRoom>;
    return typeof kept.code === 'string' && typeof kept.key === 'string'
      ? { code: kept.code, key: kept.key }
      : null;
  } catch {
    return null;
  }
}

function keepRoom(dataDir: string, room: KeptRoom): void {
  // The key opens the facilitator's controls: only this computer's user may read it.
  writeFileSync(join(dataDir, ROOM_FILE), `${JSON.stringify(room, null, 2)}\n`, { mode: 0o600 });
}

/** The room's scenario, as the options name it: a built-in id, or a file kept as the room's text. */
function roomScenario(idOrPath: string): RoomScenario {
  if (builtInIds().includes(idOrPath)) {
    const loaded = loadScenarioFile(idOrPath);
    if (!loaded.ok) throw new Error(`the built-in scenario ${idOrPath} does not load`);
    return { kind: 'built-in', id: idOrPath };
  }
  const read = readScenarioText(resolve(idOrPath));
  if (!read.ok)
    throw new UsageError(`--scenario: no built-in scenario or readable file "${idOrPath}"`);
  const loaded = loadScenario(read.text, sharedDefaults());
  if (!loaded.ok)
    throw new UsageError(
      `--scenario: ${idOrPath} has problems; run npm run check-scenario -- ${idOrPath}`,
    );
  return { kind: 'custom', name: basename(idOrPath), text: read.text };
}

/** Loads a room's scenario once (null when it no longer loads: the room then takes no decisions). */
function scenarioLoader(): (ref: RoomScenario) => Scenario | null {
  const loaded = new Map<string, Scenario | null>();
  return (ref) => {
    const id = ref.kind === 'built-in' ? `built-in:${ref.id}` : `custom:${ref.text}`;
    if (!loaded.has(id)) {
      const result =
        ref.kind === 'built-in'
          ? loadScenarioFile(ref.id)
          : loadScenario(ref.text, sharedDefaults());
      loaded.set(id, result.ok ? result.scenario : null);
    }
    return loaded.get(id)!;
  };
}

function newRoomOptions(options: Record<string, string>): NewRoomOptions {
  const seed = options.seed === undefined ? randomInt(MAX_SEED + 1) : Number(options.seed);
  if (!isValidSeed(seed))
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}`);
  return {
    // Unnamed, the live page calls the room by its code in the facilitator's own language.
    name: options.name ?? '',
    scenario: roomScenario(options.scenario ?? DEFAULT_SCENARIO),
    seed,
    difficulty: parseDifficulty(options.difficulty, options['seat-time']),
  };
}

/** The room kept in the data folder, or a new one (with --new, or when none is kept there). */
async function openRoom(
  service: RoomService,
  storage: RoomStorage,
  dataDir: string,
  fresh: boolean,
  options: Record<string, string>,
): Promise<KeptRoom & { reopened: boolean }> {
  const kept = fresh ? null : readKeptRoom(dataDir);
  if (kept && (await storage.room(kept.code)) && (await service.isFacilitator(kept.code, kept.key)))
    return { ...kept, reopened: true };
  const made = await service.createRoom(newRoomOptions(options));
  const room = { code: made.view.code, key: made.key };
  keepRoom(dataDir, room);
  return { ...room, reopened: false };
}

async function printRoom(room: KeptRoom & { reopened: boolean }, port: number, database: string) {
  const teams = lanAddresses().map(({ address, name }) => ({
    url: `http://${address}:${port}/?room=${room.code}`,
    name,
  }));
  const say = (line = '') => console.log(line);
  say();
  say(
    room.reopened
      ? 'The live room is open again (the same room as before).'
      : 'The live room is open.',
  );
  say(`Room code: ${room.code}`);
  say();
  if (teams.length === 0) {
    say('This computer is on no network: teams on other computers cannot reach it.');
    say(`On this computer, teams open  http://localhost:${port}/?room=${room.code}`);
  } else {
    say('Teams open this address in their browser (same Wi-Fi or network):');
    for (const team of teams) say(`  ${team.url}  (${team.name})`);
    say('or scan this code with a phone or tablet:');
    say(await QRCode.toString(teams[0]!.url, { type: 'terminal', small: true }));
  }
  say('Teams who open the game another way join with the room code.');
  say();
  say(
    "Your page, the facilitator's (on this computer only; keep it to yourself, it holds the key):",
  );
  // `at` tells the page the teams' address, to show it large in the room (the fragment stays
  // in the browser, like the key).
  const at = lanAddresses()[0]?.address;
  say(`  http://localhost:${port}/#live=${room.code}&key=${room.key}${at ? `&at=${at}` : ''}`);
  say();
  say(`Everything is kept in ${database}: running npm run room again opens the same room.`);
  say('Press Ctrl+C to stop the room (teams keep playing and catch up when it is back).');
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['port', 'data', 'scenario', 'seed', 'difficulty', 'seat-time', 'name'],
    ['new', 'no-build', 'help'],
  );
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  if (args.positional.length > 0)
    throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const port = args.options.port === undefined ? DEFAULT_PORT : Number(args.options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port must be a whole number between 0 and 65535');
  const dataDir = resolve(args.options.data ?? 'room-data');
  // The options are checked before anything starts (a typo is told at once, not after a build).
  if (args.flags.has('new') || !readKeptRoom(dataDir)) newRoomOptions(args.options);
  mkdirSync(dataDir, { recursive: true });

  const built = existsSync(resolve(ROOT, 'dist/index.html'));
  if (!args.flags.has('no-build') || !built) {
    console.log('Building the game for the room…');
    await build({ root: ROOT, logLevel: 'warn' });
  }

  const url = process.env.DATABASE_URL;
  // PGlite's own folder inside the data folder, beside room.json rather than around it.
  const storage = await openRoomStorage(url ? { url } : { dataDir: join(dataDir, 'database') });
  const service = roomService({ storage, loadScenario: scenarioLoader() });
  let room: KeptRoom & { reopened: boolean };
  try {
    room = await openRoom(service, storage, dataDir, args.flags.has('new'), args.options);
  } catch (error) {
    await storage.close();
    throw error;
  }
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    preview: { port, host: '0.0.0.0', strictPort: port !== 0, open: false },
  });
  // Several instances on one PostgreSQL database pass live events through it (room-events.ts).
  const events = url ? postgresEvents(url) : null;
  const io = attachRoomServer({
    service,
    http: server.httpServer as HttpServer,
    ...(events ? { adapter: events.adapter } : {}),
  });
  const address = server.httpServer.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  // Ctrl+C is heard before the addresses are printed: a trainer who stops the room at once
  // still gets the database closed cleanly (a CI run sent it in that moment).
  const stopped = new Promise<number>((done) => {
    const stop = () => {
      // Socket.IO closes its connections and the HTTP server; then the database is let go.
      void io
        .close()
        .catch(() => undefined)
        .then(() => events?.close())
        .then(() => storage.close())
        .then(
          () => done(0),
          (error: unknown) => {
            console.error('room: the storage did not close cleanly', error);
            done(1);
          },
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await printRoom(room, actual, url ? 'the PostgreSQL database (DATABASE_URL)' : dataDir);
  return await stopped;
}

runToolAsync('room', USAGE, main);
