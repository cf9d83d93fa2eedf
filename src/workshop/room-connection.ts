// A browser's connection to a live room's server (Socket.IO, which reconnects by itself with
// back-off): questions with an answer and a time limit, pushed events, and whether the server is
// reachable now. The game loads this module only when a room is joined or watched, so the hosted
// game's first load does not carry Socket.IO. Runs in browsers and in Node (the tests). Imports
// socket.io-client and the protocol's path.

import { io } from 'socket.io-client';
import { ROOM_SOCKET_PATH } from './room-protocol';

export interface RoomConnection {
  /** Sends `payload` and waits for the server's answer; rejects when none comes in time. */
  ask<R>(event: string, payload: unknown, timeoutMs?: number): Promise<R>;
  /** Listens to what the server pushes; returns the way to stop. */
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Listens to the connection going up (true) and down (false); returns the way to stop. */
  onStatus(listener: (online: boolean) => void): () => void;
  readonly online: boolean;
  close(): void;
}

export type ConnectRoom = (url: string) => RoomConnection;

/** How long an answer may take before the question counts as lost (it is asked again later). */
const ANSWER_WITHIN = 10_000;

/** Connects to the room server at `url` (its origin: the page that serves the game). */
export const connectRoom: ConnectRoom = (url) => {
  const socket = io(url, {
    path: ROOM_SOCKET_PATH,
    // WebSocket first: a room on a projector laptop's Wi-Fi is happier with one long connection.
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 10_000,
  });
  return {
    ask<R>(event: string, payload: unknown, timeoutMs = ANSWER_WITHIN): Promise<R> {
      return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<R>;
    },
    on(event, listener) {
      socket.on(event, listener);
      return () => void socket.off(event, listener);
    },
    onStatus(listener) {
      const up = () => listener(true);
      const down = () => listener(false);
      socket.on('connect', up);
      socket.on('disconnect', down);
      return () => {
        socket.off('connect', up);
        socket.off('disconnect', down);
      };
    },
    get online() {
      return socket.connected;
    },
    close() {
      socket.disconnect();
    },
  };
};
