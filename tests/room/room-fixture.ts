// A real live-room server for tests: the room service on PGlite in a folder, Socket.IO on a
// loopback port, the built-in scenarios by id. Restartable on the same folder and port (a restart
// must lose nothing). And a browser's side of it spoken directly: a socket, a question with its
// answer, the next push that fits. Node only.

import { createServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { Difficulty, Scenario } from '../../src/engine';
import { attachRoomServer } from '../../src/room/room-server';
import { roomService } from '../../src/room/room-service';
import { openRoomStorage } from '../../src/room/room-storage';
import type { RoomStorage } from '../../src/room/room-storage';
import { ROOM_SOCKET_PATH } from '../../src/workshop/room-protocol';
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
  game: { scenarioId: string; seed: number; difficulty: Difficulty; name?: string },
): Promise<{ code: string; key: string }> {
  const service = roomService({ storage: server.storage, loadScenario: () => null });
  const made = await service.createRoom({
    name: game.name ?? 'Test room',
    scenario: { kind: 'built-in', id: game.scenarioId },
    seed: game.seed,
    difficulty: game.difficulty,
  });
  return { code: made.view.code, key: made.key };
}

/** A browser's connection to the room, as Socket.IO opens it (WebSocket). */
export function openSocket(url: string): Socket {
  return connect(url, { path: ROOM_SOCKET_PATH, transports: ['websocket'] });
}

/** Sends a message and waits for the room's answer. */
export function ask<R>(socket: Socket, event: string, payload: unknown): Promise<R> {
  return socket.timeout(15_000).emitWithAck(event, payload) as Promise<R>;
}

/**
 * The next `event` the room pushes to `socket` that `fits`. Call it before what causes the push:
 * a push can arrive before the answer to the message that caused it.
 */
export function pushed<T>(socket: Socket, event: string, fits: (value: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} that fits`)), 20_000);
    const listener = (value: T) => {
      if (!fits(value)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(value);
    };
    socket.on(event, listener);
  });
}
