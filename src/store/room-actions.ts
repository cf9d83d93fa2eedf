// A team's game in a live room: joining it (or rejoining with the team's code, from a second
// browser), then following the game to send each decision to the room in the background, in
// order, with the room's answer saying how many it holds. Offline for a while, the team plays on
// and the room catches up when the connection is back; a game another browser of the team played
// further is taken from the room. What the facilitator sets (a hold at a year's end, a countdown,
// a message, closing) comes in as the room's view. The game itself is played exactly as offline:
// this slice never changes a decision. Imports the store's kit, the engine's replay and the
// protocol.

import type { Draft } from 'immer';
import type { Action } from '../engine';
import { canonicalJson, replay } from '../engine';
import type { RoomConnection } from '../workshop/room-connection';
import type { DecisionsReply, JoinReply, RoomView } from '../workshop/room-protocol';
import { readRejoinCode, ROOM_ANSWER_WAIT, ROOM_EVENTS } from '../workshop/room-protocol';
import type { AppState, RoomJoinProblem, RoomState, Session, StartGame } from './state';
import type { RoomLink } from './save-file';
import { INITIAL_UI } from './state';
import type { StoreKit } from './kit';
import { enterLoop } from './loop';

/** The most decisions sent in one message (a whole game fits in one or two). */
const BATCH = 200;
/** How soon decisions whose answer was lost on a live connection are sent again. */
const RESEND_AFTER = 5000;

export interface RoomContext extends StoreKit {
  readonly startGame: StartGame;
}

const sameLink = (a: RoomLink | null, b: RoomLink | null) =>
  a === b || (a !== null && b !== null && a.url === b.url && a.teamId === b.teamId);

export function roomActions(ctx: RoomContext) {
  const { store, update, deps, autosave } = ctx;
  let connection: RoomConnection | null = null;
  let linked: RoomLink | null = null;
  let unlisten: (() => void)[] = [];
  let sending = false;
  /** The hold the room last answered `held` under (sending again waits for another). */
  let heldUnder: number | null = null;
  /** A resend waiting after an answer was lost while the connection stayed up. */
  let resend: ReturnType<typeof setTimeout> | null = null;

  /**
   * Whether sending again can change the room's answer: a refused decision stays refused and a
   * finished game stays finished; a closed room or a hold waits for the facilitator to change it
   * (each change of the room's view tries again).
   */
  function worthSending(room: RoomState): boolean {
    switch (room.stop) {
      case 'refused':
      case 'malformed':
      case 'finished':
        return false;
      case 'closed':
        return room.view?.closed === false;
      case 'held':
        return (room.view?.holdAfterQuarter ?? null) !== heldUnder;
      default:
        return true;
    }
  }
  /** The connection a join was made on, kept for the game's room (the server knows it already). */
  let handoff: { url: string; connection: RoomConnection } | null = null;
  const takeHandoff = (url: string): RoomConnection | null => {
    const kept = handoff?.url === url ? handoff.connection : null;
    if (!kept) handoff?.connection.close();
    handoff = null;
    return kept;
  };

  const setRoom = (fn: (room: Draft<RoomState>) => void) =>
    update((s) => {
      if (s.room) fn(s.room);
    });

  function close(): void {
    if (resend) clearTimeout(resend);
    resend = null;
    for (const stop of unlisten) stop();
    unlisten = [];
    connection?.close();
    connection = null;
  }

  async function connect(url: string): Promise<RoomConnection | null> {
    const load = deps.connectRoom;
    if (!load) return null;
    const open = await load();
    return open(url);
  }

  /** The session's room link: a practice game or a read-only result plays in no room. */
  const linkOf = (state: AppState): RoomLink | null => {
    const session = state.session;
    return session && !session.practice && !session.kept ? (session.room ?? null) : null;
  };

  /** Connects to the session's room and keeps following it (a reload, Continue, a new join). */
  function follow(state: AppState): void {
    const link = linkOf(state);
    if (!sameLink(link, linked)) {
      close();
      linked = link;
      if (!link) {
        if (state.room) update((s) => void (s.room = null));
        return;
      }
      update((s) => {
        s.room = { link, view: null, online: false, stored: 0, stop: null, adopted: false };
      });
      void attach(link);
      return;
    }
    if (link && connection?.online) void send();
  }

  async function attach(link: RoomLink): Promise<void> {
    const opened = connection ?? takeHandoff(link.url) ?? (await connect(link.url));
    if (!opened || !sameLink(linked, link)) {
      opened?.close();
      return;
    }
    connection = opened;
    unlisten.push(
      opened.onStatus((online) => {
        setRoom((room) => void (room.online = online));
        if (online) void rejoin(link);
      }),
      opened.on(ROOM_EVENTS.room, (view) => {
        setRoom((room) => void (room.view = view as Draft<RoomView>));
        void send(); // a release lets held decisions go
      }),
    );
    if (opened.online) void rejoin(link);
  }

  /** Back in the room (after a reload or a drop): what it holds decides what is sent next. */
  async function rejoin(link: RoomLink): Promise<void> {
    const reply = await ask<JoinReply>(ROOM_EVENTS.rejoin, {
      room: link.code,
      rejoin: link.rejoinCode,
    });
    if (!reply?.ok || !sameLink(linked, link)) return;
    const session = store.getState().session;
    if (!session) return;
    const held = reply.decisions;
    const mine = session.game.decisions;
    const agrees = held.every((d, i) => i < mine.length && same(d, mine[i]!));
    if (!agrees || held.length > mine.length) {
      // Another browser of the team played on (or differently): the room's game is the team's.
      adopt(session, held);
    }
    setRoom((room) => {
      room.view = reply.room as Draft<RoomView>;
      room.online = true;
      room.stored = held.length;
    });
    void send();
  }

  function adopt(session: Session, decisions: readonly Action[]): void {
    const replayed = replay(session.scenario, session.game.seed, session.game.difficulty, [
      ...decisions,
    ]);
    if (!replayed.ok) return;
    const game = replayed.state;
    update((s) => {
      const current = s.session!;
      current.game = game as Draft<Session['game']>;
      current.reportsRead = decisions.filter((d) => d.type === 'endQuarter').length;
      current.readingReview = false;
      current.briefed = true;
      s.ui = { ...INITIAL_UI, returnTo: 'quarter' };
      if (s.room) s.room.adopted = true;
      if (s.screen !== 'title') enterLoop(s);
    });
    autosave();
  }

  async function ask<R>(event: string, payload: unknown): Promise<R | null> {
    if (!connection?.online) return null;
    try {
      return await connection.ask<R>(event, payload);
    } catch {
      return null; // no answer in time: asked again when the connection is back
    }
  }

  /** Sends what the room does not hold yet, in order, until it holds all or stops taking. */
  async function send(): Promise<void> {
    if (sending) return;
    sending = true;
    try {
      for (let round = 0; round < 50; round++) {
        const state = store.getState();
        const room = state.room;
        const session = state.session;
        if (!room || !session || !sameLink(linkOf(state), room.link)) return;
        const decisions = session.game.decisions;
        if (room.stored >= decisions.length || !worthSending(room)) return;
        const batch = decisions.slice(room.stored, room.stored + BATCH);
        const reply = await ask<DecisionsReply>(ROOM_EVENTS.decisions, {
          from: room.stored,
          actions: batch,
        });
        if (!reply) {
          // A drop is retried when the connection is back; an answer lost on a live one is not
          // announced by anything, so it is asked again after a while (the room ignores a double).
          if (connection?.online) resendLater();
          return;
        }
        if (reply.stopped === 'held') heldUnder = room.view?.holdAfterQuarter ?? null;
        setRoom((r) => {
          r.stored = reply.stored;
          r.stop = reply.stopped;
        });
        if (reply.stopped === 'conflict') {
          await rejoin(room.link);
          return;
        }
        if (reply.stopped && reply.stopped !== 'gap') return;
      }
    } finally {
      sending = false;
    }
  }

  function resendLater(): void {
    if (resend) return;
    resend = setTimeout(() => {
      resend = null;
      void send();
    }, RESEND_AFTER);
  }

  store.subscribe(follow);

  /** Starts the room's game for a team that joined (or rejoined with its code). */
  async function startFromRoom(
    url: string,
    reply: JoinReply & { ok: true },
    guided: boolean,
  ): Promise<RoomJoinProblem | null> {
    const link: RoomLink = {
      url,
      code: reply.room.code,
      teamId: reply.team.id,
      rejoinCode: reply.team.rejoinCode,
    };
    const setup = reply.game;
    const started = await ctx.startGame({
      ref: setup.scenario,
      seed: setup.seed,
      difficulty: setup.difficulty,
      team: reply.team.name,
      guided,
      room: link,
    });
    if (!started.ok) return 'scenario';
    if (reply.decisions.length > 0) {
      const session = store.getState().session!;
      adopt(session, reply.decisions);
    }
    return null;
  }

  async function joinWith(
    event: string,
    payload: (code: string) => unknown,
    guided: boolean,
  ): Promise<boolean> {
    const address = store.getState().join.room;
    if (!address) return false;
    const fail = (problem: RoomJoinProblem) => {
      update((s) => {
        s.join.joining = false;
        s.join.roomProblem = problem;
      });
      return false;
    };
    if (!deps.connectRoom) return fail('no-rooms');
    update((s) => {
      s.join.joining = true;
      s.join.roomProblem = null;
    });
    const opened = await connect(address.url);
    if (!opened) return fail('no-rooms');
    const reply = await new Promise<JoinReply | null>((resolve) => {
      // A server that is not there answers nothing: give it a few seconds to connect.
      const timer = setTimeout(() => resolve(null), ROOM_ANSWER_WAIT);
      const go = () => {
        clearTimeout(timer);
        opened.ask<JoinReply>(event, payload(address.code)).then(resolve, () => resolve(null));
      };
      if (opened.online) go();
      else {
        const stop = opened.onStatus((online) => {
          if (!online) return;
          stop();
          go();
        });
      }
    });
    if (!reply || !reply.ok) {
      opened.close();
      return fail(reply ? reply.problem : 'unreachable');
    }
    // The game's room follows the session from here, on the connection the join was made on.
    handoff = { url: address.url, connection: opened };
    const problem = await startFromRoom(address.url, reply, guided);
    if (problem) {
      takeHandoff(''); // a game that did not start keeps no connection
      return fail(problem);
    }
    update((s) => {
      s.join.joining = false;
    });
    return true;
  }

  return {
    /** Joins the typed room as a new team under `team`, and starts its game. */
    joinRoom(team: string, guided: boolean): Promise<boolean> {
      return joinWith(ROOM_EVENTS.join, (room) => ({ room, name: team }), guided);
    },
    /** Joins the typed room as the team whose rejoin code this is (a second browser). */
    rejoinRoom(typedCode: string): Promise<boolean> {
      const code = readRejoinCode(typedCode);
      if (!code) {
        update((s) => void (s.join.roomProblem = 'rejoin'));
        return Promise.resolve(false);
      }
      return joinWith(ROOM_EVENTS.rejoin, (room) => ({ room, rejoin: code }), false);
    },
  };
}

/** The same decision, whatever order its fields came in (a database may reorder them). */
function same(a: Action, b: Action): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export type RoomActions = ReturnType<typeof roomActions>;
