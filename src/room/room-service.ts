// Rooms and their teams over the room's storage: making a room, a team joining or rejoining, a
// team's decisions checked against its game and stored before they are acknowledged, its verified
// result when the game ends, the facilitator's controls, and the rows of the live page. Each
// team's game is kept in memory and rebuilt from the stored decisions whenever the two may differ
// (after a restart, or when another server instance stored decisions for the same team). No
// network here: the server (room-server.ts) calls it and passes on what changed. Imports the
// room's rules, codes and storage, the engine and the protocol's types.

import { randomUUID } from 'node:crypto';
import type { Action, Difficulty, GameState, Scenario } from '../engine';
import { canonicalJson, newGame, replay } from '../engine';
import type {
  DecisionsReply,
  JoinReply,
  RoomGameSetup,
  RoomScenario,
  RoomView,
  TeamProgress,
  TeamRow,
  WatchReply,
} from '../workshop/room-protocol';
import { readRejoinCode, readRoomCode } from '../workshop/room-protocol';
import type { RoomGame, RoomGate, RoomResult } from './room-rules';
import {
  holdAfterYear,
  progressOf,
  resultOf,
  takeDecisions,
  teamName,
  teamNameKey,
} from './room-rules';
import { keyHash, keyMatches, newFacilitatorKey, newRejoinCode, newRoomCode } from './room-codes';
import type { RoomRecord, RoomStorage, TeamRecord } from './room-storage';

export interface RoomServiceOptions {
  readonly storage: RoomStorage;
  /** The scenario of a room (null when it cannot be loaded: the room then takes no decisions). */
  readonly loadScenario: (ref: RoomScenario) => Scenario | null;
  readonly now?: () => Date;
}

export interface NewRoomOptions {
  readonly name: string;
  readonly scenario: RoomScenario;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

/** What a batch of decisions changed: the reply to the team, and its row when it moved. */
export interface DecisionsOutcome {
  readonly reply: DecisionsReply;
  readonly roomCode: string | null;
  readonly changed: boolean;
}

/** Tries an action a few times when the storage says another writer got there first. */
const ID_ATTEMPTS = 5;

export type RoomService = ReturnType<typeof roomService>;

export function roomService(options: RoomServiceOptions) {
  const { storage } = options;
  const now = options.now ?? (() => new Date());
  /** Each room's game, by room code (a room's game never changes). */
  const games = new Map<string, RoomGame | null>();
  /** Each team's game as far as the room holds it, by team id. */
  const states = new Map<string, GameState>();
  /** A team's batches one after another, by team id (two browsers of one team may send at once). */
  const queues = new Map<string, Promise<unknown>>();

  function setupOf(room: RoomRecord): RoomGameSetup {
    const scenario: RoomScenario =
      room.scenarioText === null
        ? { kind: 'built-in', id: room.scenarioId }
        : { kind: 'custom', name: room.scenarioId, text: room.scenarioText };
    return { scenario, seed: room.seed, difficulty: room.difficulty as Difficulty };
  }

  function gameOf(room: RoomRecord): RoomGame | null {
    if (!games.has(room.id)) {
      const setup = setupOf(room);
      const scenario = options.loadScenario(setup.scenario);
      games.set(
        room.id,
        scenario ? { scenario, seed: setup.seed, difficulty: setup.difficulty } : null,
      );
    }
    return games.get(room.id)!;
  }

  function gateOf(room: RoomRecord): RoomGate {
    return { closed: room.closedAt !== null, holdAfterQuarter: room.holdAfterQuarter };
  }

  function viewOf(room: RoomRecord): RoomView {
    return {
      code: room.id,
      name: room.name,
      closed: room.closedAt !== null,
      holdAfterQuarter: room.holdAfterQuarter,
      countdownEndsAt: room.countdownEndsAt?.toISOString() ?? null,
      message: room.message,
      messageAt: room.messageAt?.toISOString() ?? null,
    };
  }

  /** The team's game from its stored decisions (kept for the next batch). */
  async function rebuild(game: RoomGame, team: TeamRecord): Promise<GameState> {
    const decisions = (await storage.decisions(team.id)) as Action[];
    const replayed = replay(game.scenario, game.seed, game.difficulty, decisions);
    // Stored decisions were all checked when they came; a game that no longer replays means the
    // scenario changed under the room, and its teams start again rather than crash the room.
    const state = replayed.ok ? replayed.state : newGame(game.scenario, game.seed, game.difficulty);
    states.set(team.id, state);
    return state;
  }

  async function stateOf(game: RoomGame, team: TeamRecord): Promise<GameState> {
    return states.get(team.id) ?? rebuild(game, team);
  }

  function oneAtATime<T>(teamId: string, work: () => Promise<T>): Promise<T> {
    const before = queues.get(teamId) ?? Promise.resolve();
    const next = before.then(work, work);
    const settled = next.catch(() => undefined);
    queues.set(teamId, settled);
    void settled.then(() => {
      if (queues.get(teamId) === settled) queues.delete(teamId);
    });
    return next;
  }

  async function joined(room: RoomRecord, team: TeamRecord): Promise<JoinReply> {
    const game = gameOf(room);
    if (!game) return { ok: false, problem: 'no-room' };
    const state = await stateOf(game, team);
    return {
      ok: true,
      team: { id: team.id, name: team.name, rejoinCode: team.rejoinCode },
      game: setupOf(room),
      room: viewOf(room),
      decisions: state.decisions.map((d) => ({ ...d })),
    };
  }

  async function openRoom(typed: string): Promise<RoomRecord | null> {
    const code = readRoomCode(typed);
    return code ? storage.room(code) : null;
  }

  async function rowOf(room: RoomRecord, team: TeamRecord, connected: boolean): Promise<TeamRow> {
    const game = gameOf(room);
    const state = game ? await stateOf(game, team) : null;
    const result = game && state ? resultOf(game, team.name, state) : null;
    // A room whose scenario cannot be loaded shows its teams where they joined.
    const progress: TeamProgress = state
      ? progressOf(gateOf(room), state)
      : {
          quarter: 1,
          status: 'playing',
          held: false,
          customers: 0,
          twinCustomers: 0,
          ceoSupport: 0,
          budget: 0,
          decisions: 0,
          lastDecision: null,
        };
    return {
      id: team.id,
      name: team.name,
      connected,
      ...progress,
      result: result ? { code: result.resultCode, score: result.score, fired: result.fired } : null,
    };
  }

  async function control(
    code: string,
    patch: Parameters<RoomStorage['updateRoom']>[1],
  ): Promise<RoomView | null> {
    const room = await storage.updateRoom(code, patch);
    return room ? viewOf(room) : null;
  }

  return {
    /** Makes a room; its facilitator key is returned once and kept only as a hash. */
    async createRoom(room: NewRoomOptions): Promise<{ view: RoomView; key: string }> {
      const key = newFacilitatorKey();
      for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
        const made = await storage.createRoom({
          id: newRoomCode(),
          name: room.name,
          facilitatorKeyHash: keyHash(key),
          scenarioId: room.scenario.kind === 'built-in' ? room.scenario.id : room.scenario.name,
          scenarioText: room.scenario.kind === 'built-in' ? null : room.scenario.text,
          seed: room.seed,
          difficulty: room.difficulty,
        });
        if (made !== 'id-taken') return { view: viewOf(made), key };
      }
      throw new Error('could not find a free room code');
    },

    /** A new team joins under a name no other team in the room has. */
    async join(typedRoom: string, typedName: unknown): Promise<JoinReply> {
      const room = await openRoom(typedRoom);
      if (!room || !gameOf(room)) return { ok: false, problem: 'no-room' };
      if (room.closedAt) return { ok: false, problem: 'closed' };
      const name = teamName(typedName);
      if (!name) return { ok: false, problem: 'name' };
      for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
        const team = await storage.addTeam({
          id: randomUUID(),
          roomId: room.id,
          name,
          nameKey: teamNameKey(name),
          rejoinCode: newRejoinCode(),
        });
        if (team === 'name-taken') return { ok: false, problem: 'name-taken' };
        if (team !== 'code-taken') return joined(room, team);
      }
      throw new Error('could not find a free rejoin code');
    },

    /** A team comes back (the same browser after a drop, or a second one with the code). */
    async rejoin(typedRoom: string, typedCode: string): Promise<JoinReply> {
      const room = await openRoom(typedRoom);
      if (!room) return { ok: false, problem: 'no-room' };
      const code = readRejoinCode(typedCode);
      const team = code ? await storage.teamByRejoinCode(room.id, code) : null;
      if (!team) return { ok: false, problem: 'rejoin' };
      return joined(room, team);
    },

    /**
     * Takes a batch of a team's decisions starting at its `from`-th: checked against its game,
     * stored, then answered with how many the room holds in all. Decisions the room already holds
     * (an answer lost on the way) are skipped when they are the same.
     */
    decisions(
      teamId: string,
      from: number,
      actions: readonly unknown[],
    ): Promise<DecisionsOutcome> {
      return oneAtATime(teamId, async () => {
        const team = await storage.team(teamId);
        const room = team ? await storage.room(team.roomId) : null;
        const game = room ? gameOf(room) : null;
        if (!team || !room || !game)
          return { reply: { stored: 0, stopped: 'not-joined' }, roomCode: null, changed: false };
        await storage.touchTeam(team.id, now());
        let state = await stateOf(game, team);
        let stored = state.decisions.length;
        const answer = (stopped: DecisionsReply['stopped'], changed = false): DecisionsOutcome => ({
          reply: { stored, stopped },
          roomCode: room.id,
          changed,
        });
        if (from > stored) {
          // The browser holds more than this instance knows of: another may have stored them.
          state = await rebuild(game, team);
          stored = state.decisions.length;
          if (from > stored) return answer('gap');
        }
        const overlap = Math.min(stored - from, actions.length);
        for (let k = 0; k < overlap; k++) {
          // Field order is not meaning (the database keeps its own): compare canonical forms.
          if (canonicalJson(actions[k]) !== canonicalJson(state.decisions[from + k]))
            return answer('conflict');
        }
        const fresh = actions.slice(overlap);
        if (fresh.length === 0) return answer(null);
        const outcome = takeDecisions(game, gateOf(room), state, fresh);
        if (outcome.taken > 0) {
          const written = await storage.appendDecisions(team.id, stored, outcome.actions);
          if (written !== 'ok') {
            // Another instance stored decisions for this team: what the room holds is re-read.
            state = await rebuild(game, team);
            stored = state.decisions.length;
            return answer('conflict');
          }
          states.set(team.id, outcome.state);
          stored += outcome.taken;
          const result: RoomResult | null = resultOf(game, team.name, outcome.state);
          if (result) await storage.saveResult({ teamId: team.id, ...result });
        }
        return answer(outcome.stopped?.reason ?? null, outcome.taken > 0);
      });
    },

    /** The facilitator's first look: the room and every team's row (`connected` by team id). */
    async watch(
      typedRoom: string,
      key: string,
      connected: (teamId: string) => Promise<boolean>,
    ): Promise<WatchReply> {
      const room = await openRoom(typedRoom);
      if (!room || !gameOf(room)) return { ok: false, problem: 'no-room' };
      if (!keyMatches(key, room.facilitatorKeyHash)) return { ok: false, problem: 'key' };
      const teams = await storage.teams(room.id);
      const rows: TeamRow[] = [];
      for (const team of teams) rows.push(await rowOf(room, team, await connected(team.id)));
      return { ok: true, room: viewOf(room), game: setupOf(room), teams: rows };
    },

    /** A team's row now. */
    async row(
      teamId: string,
      connected: boolean,
    ): Promise<{ roomCode: string; row: TeamRow } | null> {
      const team = await storage.team(teamId);
      const room = team ? await storage.room(team.roomId) : null;
      if (!team || !room) return null;
      return { roomCode: room.id, row: await rowOf(room, team, connected) };
    },

    /** Whether `key` is the facilitator's of the room (the room code as stored). */
    async isFacilitator(code: string, key: string): Promise<boolean> {
      const room = await storage.room(code);
      return room !== null && keyMatches(key, room.facilitatorKeyHash);
    },

    /** Holds every team after the end of `year` (null: releases them). */
    hold(code: string, year: number | null): Promise<RoomView | null> {
      return control(code, { holdAfterQuarter: year === null ? null : holdAfterYear(year) });
    },

    /** A countdown of `minutes` from now for the current stretch (null: none). */
    countdown(code: string, minutes: number | null): Promise<RoomView | null> {
      const ends = minutes === null ? null : new Date(now().getTime() + minutes * 60_000);
      return control(code, { countdownEndsAt: ends });
    },

    /** A message to every team (empty: none). */
    message(code: string, text: string): Promise<RoomView | null> {
      const message = text.trim();
      return control(code, {
        message: message === '' ? null : message,
        messageAt: message === '' ? null : now(),
      });
    },

    /** Closes the room: it takes no more decisions; its results stay. */
    close(code: string): Promise<RoomView | null> {
      return control(code, { closedAt: now() });
    },

    /** The room's settings as teams see them (null for an unknown code). */
    async view(code: string): Promise<RoomView | null> {
      const room = await storage.room(code);
      return room ? viewOf(room) : null;
    },
  };
}
