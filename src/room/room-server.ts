// The live room's connection: Socket.IO on an HTTP server (the one that serves the game, or its
// own), with every incoming message checked against the protocol's schemas and limited in size
// and rate before the room service sees it. Teams join, rejoin and send decisions; the facilitator
// watches with the room's key and holds, releases, counts down, messages and closes. What changes
// is pushed to the room's facilitators (a team's row) and to its teams (the room's settings). With
// several server instances, Socket.IO's adapter (passed in) carries those pushes between them.
// Node only: imports socket.io, valibot, the protocol and the room service.

import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Socket, ServerOptions } from 'socket.io';
import * as v from 'valibot';
import type {
  ControlReply,
  DecisionsReply,
  JoinReply,
  RoomView,
  WatchReply,
} from '../workshop/room-protocol';
import {
  closeSchema,
  countdownSchema,
  decisionsSchema,
  holdSchema,
  joinSchema,
  MAX_MESSAGE_BYTES,
  messageSchema,
  rejoinSchema,
  ROOM_EVENTS,
  ROOM_SOCKET_PATH,
  watchSchema,
} from '../workshop/room-protocol';
import type { RoomService } from './room-service';

export interface RoomServerOptions {
  readonly service: RoomService;
  /** The HTTP server to listen on (the one that serves the game's files). */
  readonly http: HttpServer;
  /** Socket.IO's adapter for several instances behind one address; in-memory when absent. */
  readonly adapter?: ServerOptions['adapter'];
}

/** Messages a connection may send in a burst, and per second after it. */
const BURST = 40;
const PER_SECOND = 10;
/** A connection that keeps sending too fast after this many refusals is dropped. */
const MAX_REFUSED = 100;

/** A token bucket: a burst is allowed, a flood is refused. */
function rateLimit(clock: () => number = Date.now) {
  let tokens = BURST;
  let last = clock();
  return (): boolean => {
    const now = clock();
    tokens = Math.min(BURST, tokens + ((now - last) / 1000) * PER_SECOND);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

const teamRoom = (teamId: string) => `team:${teamId}`;
const teamsOf = (code: string) => `teams:${code}`;
const facilitatorsOf = (code: string) => `facilitators:${code}`;

export function attachRoomServer(options: RoomServerOptions): Server {
  const { service } = options;
  const io = new Server(options.http, {
    path: ROOM_SOCKET_PATH,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });

  async function connected(teamId: string): Promise<boolean> {
    return (await io.in(teamRoom(teamId)).fetchSockets()).length > 0;
  }

  /** Tells the team's room's facilitators (on every instance) how the team stands now. */
  async function pushRow(teamId: string): Promise<void> {
    const found = await service.row(teamId, await connected(teamId));
    if (found) io.to(facilitatorsOf(found.roomCode)).emit(ROOM_EVENTS.team, found.row);
  }

  function pushRoom(view: RoomView): void {
    io.to(teamsOf(view.code)).to(facilitatorsOf(view.code)).emit(ROOM_EVENTS.room, view);
  }

  io.on('connection', (socket: Socket) => {
    const allowed = rateLimit();
    let refused = 0;
    let teamId: string | null = null;
    let watching: string | null = null;

    /**
     * Runs a handler for a message with an acknowledgement: a message without one, sent too
     * fast, or that fails is answered (or dropped) without reaching the room's state.
     */
    function on<R>(event: string, tooFast: R, failed: R, handle: (payload: unknown) => Promise<R>) {
      socket.on(event, (payload: unknown, ack: unknown) => {
        if (typeof ack !== 'function') return;
        const reply = ack as (answer: R) => void;
        if (!allowed()) {
          refused += 1;
          if (refused > MAX_REFUSED) socket.disconnect(true);
          return reply(tooFast);
        }
        handle(payload).then(reply, (error: unknown) => {
          console.error(`room: ${event} failed`, error);
          reply(failed);
        });
      });
    }

    async function enter(reply: JoinReply): Promise<JoinReply> {
      if (!reply.ok) return reply;
      if (teamId !== null && teamId !== reply.team.id) await socket.leave(teamRoom(teamId));
      teamId = reply.team.id;
      await socket.join([teamRoom(teamId), teamsOf(reply.room.code)]);
      await pushRow(teamId);
      return reply;
    }

    const noJoin: JoinReply = { ok: false, problem: 'too-fast' };
    on<JoinReply>(ROOM_EVENTS.join, noJoin, { ok: false, problem: 'no-room' }, async (payload) => {
      const message = v.safeParse(joinSchema, payload);
      if (!message.success) return { ok: false, problem: 'name' };
      return enter(await service.join(message.output.room, message.output.name));
    });
    on<JoinReply>(
      ROOM_EVENTS.rejoin,
      noJoin,
      { ok: false, problem: 'no-room' },
      async (payload) => {
        const message = v.safeParse(rejoinSchema, payload);
        if (!message.success) return { ok: false, problem: 'rejoin' };
        return enter(await service.rejoin(message.output.room, message.output.rejoin));
      },
    );

    on<DecisionsReply>(
      ROOM_EVENTS.decisions,
      { stored: 0, stopped: 'too-fast' },
      { stored: 0, stopped: 'not-a-message' },
      async (payload) => {
        if (teamId === null) return { stored: 0, stopped: 'not-joined' };
        const message = v.safeParse(decisionsSchema, payload);
        if (!message.success) return { stored: 0, stopped: 'not-a-message' };
        const outcome = await service.decisions(
          teamId,
          message.output.from,
          message.output.actions,
        );
        if (outcome.changed) await pushRow(teamId);
        return outcome.reply;
      },
    );

    on<WatchReply>(
      ROOM_EVENTS.watch,
      { ok: false, problem: 'too-fast' },
      { ok: false, problem: 'no-room' },
      async (payload) => {
        const message = v.safeParse(watchSchema, payload);
        if (!message.success) return { ok: false, problem: 'key' };
        const reply = await service.watch(message.output.room, message.output.key, connected);
        if (reply.ok) {
          watching = reply.room.code;
          await socket.join(facilitatorsOf(watching));
        }
        return reply;
      },
    );

    /** A facilitator's control: only on the room this connection watches with its key. */
    function control<T>(
      event: string,
      schema: v.GenericSchema<unknown, T>,
      act: (code: string, message: T) => Promise<RoomView | null>,
    ) {
      on<ControlReply>(
        event,
        { ok: false, problem: 'too-fast' },
        { ok: false, problem: 'not-a-message' },
        async (payload) => {
          if (watching === null) return { ok: false, problem: 'not-watching' };
          const message = v.safeParse(schema, payload);
          if (!message.success) return { ok: false, problem: 'not-a-message' };
          const view = await act(watching, message.output);
          if (!view) return { ok: false, problem: 'not-watching' };
          pushRoom(view);
          return { ok: true, room: view };
        },
      );
    }
    control(ROOM_EVENTS.hold, holdSchema, (code, m) => service.hold(code, m.year));
    control(ROOM_EVENTS.countdown, countdownSchema, (code, m) =>
      service.countdown(code, m.minutes),
    );
    control(ROOM_EVENTS.message, messageSchema, (code, m) => service.message(code, m.text));
    control(ROOM_EVENTS.close, closeSchema, (code) => service.close(code));

    socket.on('disconnect', () => {
      if (teamId !== null) void pushRow(teamId).catch(() => undefined);
    });
  });
  return io;
}
