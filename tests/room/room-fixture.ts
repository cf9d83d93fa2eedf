// A real live-room server for tests: the room service on PGlite in a folder, Socket.IO on a
// loopback port, the built-in scenarios by id. Restartable on the same folder and port (a restart
// must lose nothing). Node only.

import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'socket.io';
import type { Difficulty, Scenario } from '../../src/engine';
import { attachRoomServer } from '../../src/room/room-server';
import { roomService } from '../../src/room/room-service';
import { openRoomStorage } from '../../src/room/room-storage';
import type { RoomStorage } from '../../src/room/room-storage';
import { builtIn } from '../helpers';

export interface RunningRoom {
  readonly storage: RoomStorage;
  readonly http: HttpServer;
  readonly io: Server;
  readonly url: string;
  readonly port: number;
}

/** The room server on `dataDir`, on `port` (0: any free one). */
export async function startRoomServer(dataDir: string, port = 0): Promise<RunningRoom> {
  const storage = await openRoomStorage({ dataDir });
  const scenarios = new Map<string, Scenario>();
  const service = roomService({
    storage,
    loadScenario: (ref) => {
      if (ref.kind !== 'built-in') return null;
      if (!scenarios.has(ref.id)) scenarios.set(ref.id, builtIn(ref.id));
      return scenarios.get(ref.id)!;
    },
  });
  const http = createServer();
  const io = attachRoomServer({ service, http });
  await new Promise<void>((done) => http.listen(port, '127.0.0.1', done));
  const { port: actual } = http.address() as AddressInfo;
  return { storage, http, io, url: `http://127.0.0.1:${actual}`, port: actual };
}

export async function stopRoomServer(server: RunningRoom): Promise<void> {
  await new Promise<void>((done) => void server.io.close(() => done()));
  await server.storage.close();
}

/** Makes a room on the server's storage; returns its code and the facilitator's key. */
export async function makeRoom(
  server: RunningRoom,
  game: { scenarioId: string; seed: number; difficulty: Difficulty },
): Promise<{ code: string; key: string }> {
  const service = roomService({ storage: server.storage, loadScenario: () => null });
  const made = await service.createRoom({
    name: 'Test room',
    scenario: { kind: 'built-in', id: game.scenarioId },
    seed: game.seed,
    difficulty: game.difficulty,
  });
  return { code: made.view.code, key: made.key };
}
