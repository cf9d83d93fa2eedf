// What a live room's server and its browsers say to each other (over Socket.IO): the events'
// names, what each carries, and the valibot schemas the server checks every incoming message
// with before it reads it - a message that does not fit is refused, never half-read. Shared by
// the room server (src/room, Node) and the teams' and facilitator's pages; imports valibot and
// engine types and the codes' alphabet.

import * as v from 'valibot';
import type { Action, Difficulty, GameState } from '../engine';
import { hasValidCheck, isBase32, normalise } from './base32';

/** The Socket.IO path of the room's connection, beside the game's own files. */
export const ROOM_SOCKET_PATH = '/room-socket';

/**
 * How long a page waits for a room server to connect before saying it does not answer (a team
 * joining, a facilitator watching); the connection itself keeps trying.
 */
export const ROOM_ANSWER_WAIT = 8000;

/** The largest message a browser may send, in bytes (a batch of decisions is far smaller). */
export const MAX_MESSAGE_BYTES = 64 * 1024;

const roomCode = v.pipe(v.string(), v.maxLength(20));
const code = v.pipe(v.string(), v.maxLength(40));

// Teams' messages.
export const joinSchema = v.strictObject({
  room: roomCode,
  name: v.pipe(v.string(), v.maxLength(200)),
});
export const rejoinSchema = v.strictObject({ room: roomCode, rejoin: code });
export const decisionsSchema = v.strictObject({
  from: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  // Each decision's own shape is checked one by one against the game (room-rules.ts), so a bad
  // one stops the batch where it is.
  actions: v.pipe(v.array(v.unknown()), v.maxLength(1000)),
});

// The facilitator's messages.
export const watchSchema = v.strictObject({
  room: roomCode,
  key: v.pipe(v.string(), v.maxLength(200)),
});
export const holdSchema = v.strictObject({
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4))),
});
export const countdownSchema = v.strictObject({
  minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240))),
});
export const messageSchema = v.strictObject({ text: v.pipe(v.string(), v.maxLength(500)) });
export const closeSchema = v.strictObject({});

export type JoinMessage = v.InferOutput<typeof joinSchema>;
export type RejoinMessage = v.InferOutput<typeof rejoinSchema>;
export type DecisionsMessage = v.InferOutput<typeof decisionsSchema>;
export type WatchMessage = v.InferOutput<typeof watchSchema>;

/** Which scenario a room's teams play: a built-in one, or the facilitator's own file. */
export type RoomScenario =
  | { readonly kind: 'built-in'; readonly id: string }
  | { readonly kind: 'custom'; readonly name: string; readonly text: string };

/** What every team needs to start the room's game. */
export interface RoomGameSetup {
  readonly scenario: RoomScenario;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

/** What the facilitator has set that teams see. Times are ISO strings. */
export interface RoomView {
  readonly code: string;
  readonly name: string;
  readonly closed: boolean;
  readonly holdAfterQuarter: number | null;
  readonly countdownEndsAt: string | null;
  readonly message: string | null;
  readonly messageAt: string | null;
}

/** A team as the room knows it; the rejoin code goes only to the team itself. */
export interface TeamIdentity {
  readonly id: string;
  readonly name: string;
  readonly rejoinCode: string;
}

export type JoinProblem = 'no-room' | 'closed' | 'name' | 'name-taken' | 'rejoin' | 'too-fast';

/** The answer to joining or rejoining: the game, and the decisions the room already holds. */
export type JoinReply =
  | {
      readonly ok: true;
      readonly team: TeamIdentity;
      readonly game: RoomGameSetup;
      readonly room: RoomView;
      /** The team's decisions the room holds, in order (a second browser rebuilds the game). */
      readonly decisions: readonly Action[];
    }
  | { readonly ok: false; readonly problem: JoinProblem };

/** Why the room stopped taking a batch (see room-rules.ts). */
export type DecisionsStop =
  | 'closed'
  | 'held'
  | 'too-many'
  | 'finished'
  | 'malformed'
  | 'refused'
  | 'not-joined'
  | 'gap'
  | 'conflict'
  | 'too-fast'
  | 'not-a-message';

/** The answer to a batch: how many of the team's decisions the room now holds in all. */
export interface DecisionsReply {
  readonly stored: number;
  readonly stopped: DecisionsStop | null;
}

/** Where a team's game stands, as the room has replayed it. */
export interface TeamProgress {
  /** The quarter the team is playing (the last one when the game is over). */
  readonly quarter: number;
  readonly status: GameState['status'];
  /** Waiting at the facilitator's hold. */
  readonly held: boolean;
  readonly customers: number;
  readonly twinCustomers: number;
  /** 0..100. */
  readonly ceoSupport: number;
  readonly budget: number;
  readonly decisions: number;
  readonly lastDecision: Action | null;
}

/** A team's row on the facilitator's page. */
export interface TeamRow extends TeamProgress {
  readonly id: string;
  readonly name: string;
  readonly connected: boolean;
  /** The verified result, once the game is over. */
  readonly result: {
    readonly code: string;
    readonly score: number;
    readonly fired: boolean;
  } | null;
}

export type WatchReply =
  | {
      readonly ok: true;
      readonly room: RoomView;
      readonly game: RoomGameSetup;
      readonly teams: readonly TeamRow[];
    }
  | { readonly ok: false; readonly problem: 'no-room' | 'key' | 'too-fast' };

export type ControlReply =
  | { readonly ok: true; readonly room: RoomView }
  | { readonly ok: false; readonly problem: 'not-watching' | 'not-a-message' | 'too-fast' };

/** The events' names: what browsers send (with an acknowledgement) and what the server pushes. */
export const ROOM_EVENTS = {
  join: 'team:join',
  rejoin: 'team:rejoin',
  decisions: 'team:decisions',
  watch: 'facilitator:watch',
  hold: 'facilitator:hold',
  countdown: 'facilitator:countdown',
  message: 'facilitator:message',
  close: 'facilitator:close',
  /** Server to everyone in a room: the room's settings changed. */
  room: 'room',
  /** Server to the facilitator: a team's row changed. */
  team: 'team',
} as const;

/** Characters in a room code (6 and a check character) and in a team's rejoin code (7 and one). */
export const ROOM_CODE_LENGTH = 7;
export const REJOIN_CODE_LENGTH = 8;

function readCode(typed: string, length: number): string | null {
  const code = normalise(typed);
  return code.length === length && isBase32(code) && hasValidCheck(code) ? code : null;
}

/** A typed room code in its stored form, or null when it cannot be one (a mistype is caught). */
export function readRoomCode(typed: string): string | null {
  return readCode(typed, ROOM_CODE_LENGTH);
}

/** A typed rejoin code in its stored form, or null when it cannot be one. */
export function readRejoinCode(typed: string): string | null {
  return readCode(typed, REJOIN_CODE_LENGTH);
}

/** Where a room is: its server's address and its code. */
export interface RoomAddress {
  readonly url: string;
  readonly code: string;
}

/**
 * A room from what a team typed: the room's address as printed (`http://192.168.1.20:4321/?room=
 * K7QX2MA`), or its code alone when the page itself comes from the room's server (`pageOrigin`).
 * Null when the text is neither (or a code is typed where no server is known).
 */
export function readRoomAddress(typed: string, pageOrigin: string | null): RoomAddress | null {
  const text = typed.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      const code = readRoomCode(url.searchParams.get('room') ?? '');
      return code ? { url: url.origin, code } : null;
    } catch {
      return null;
    }
  }
  const code = readRoomCode(text);
  return code && pageOrigin ? { url: pageOrigin, code } : null;
}

/**
 * Whether a game has played past the room's hold (the end of a year the facilitator holds every
 * team at): it then waits for the release. The room's server and the team's browser both ask.
 */
export function isHeld(
  hold: { readonly holdAfterQuarter: number | null },
  state: Pick<GameState, 'status' | 'quarter'>,
): boolean {
  return (
    state.status === 'playing' &&
    hold.holdAfterQuarter !== null &&
    state.quarter > hold.holdAfterQuarter
  );
}
