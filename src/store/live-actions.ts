// The facilitator's live room in the store: watching a room with its key over the room's
// connection (loaded only now, through deps.connectRoom), the room's settings and every team's
// row as the server pushes them, online or not (watched again after a reconnect), and the
// controls: hold at the end of a year and release, a countdown, a message to all teams, close.
// Finished teams' results go to the leaderboard as they come in, verified there by replay like
// any pasted code, through the workshop slice's own `addResults`. Part of the one store;
// app-store.ts composes it. Imports the protocol's types and event names.

import type { Draft } from 'immer';
import type { Scenario } from '../engine';
import type { RoomConnection } from '../workshop/room-connection';
import type { ControlReply, RoomView, TeamRow, WatchReply } from '../workshop/room-protocol';
import { ROOM_ANSWER_WAIT, ROOM_EVENTS } from '../workshop/room-protocol';
import type { Screen } from '../stage/screens';
import type { AppState, AppStore, Deps, LiveColumn, LiveState } from './state';

export interface LiveContext {
  readonly store: AppStore;
  readonly update: (fn: (draft: Draft<AppState>) => void) => void;
  readonly deps: Deps;
  readonly open: (screen: Screen) => void;
  /** The leaderboard's way in (workshop-actions.ts), so room results are verified like any. */
  readonly addResults: (items: readonly { label: string; text: string }[]) => Promise<void>;
  /** Loads a scenario file as the workshop's own (a custom room's, to verify its results). */
  readonly loadScenarioText: (name: string, text: string) => Promise<boolean>;
}

/** A room to watch, as the facilitator's address gives it. */
export interface LiveAddress {
  readonly code: string;
  readonly key: string;
  /** The room server's origin when the address names one (else the page's own is used). */
  readonly url: string | null;
  /** The teams' address's host, when npm run room put it in the address (`at=`). */
  readonly teamsHost: string | null;
}

/** How often rows that came in are shown (at most; a lone row waits this long). */
const ROWS_EVERY = 100;

/**
 * Reads the facilitator's address (`http://…/#live=CODE&key=KEY&at=HOST`, or only its fragment),
 * or a room code with the key typed apart; null when a code or the key is missing.
 */
export function readLiveAddress(text: string, typedKey = ''): LiveAddress | null {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  const fragment = hash >= 0 ? new URLSearchParams(trimmed.slice(hash + 1)) : null;
  let url: string | null = null;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') url = parsed.origin;
  } catch {
    // Not an address: a room code (or only the fragment).
  }
  const code = (fragment?.get('live') ?? (url || hash >= 0 ? '' : trimmed)).trim();
  const key = (fragment?.get('key') ?? '').trim() || typedKey.trim();
  if (!code || !key) return null;
  return { code, key, url, teamsHost: fragment?.get('at')?.trim() || null };
}

const isRow = (value: unknown): value is TeamRow =>
  typeof value === 'object' && value !== null && typeof (value as TeamRow).id === 'string';
const isView = (value: unknown): value is RoomView =>
  typeof value === 'object' && value !== null && typeof (value as RoomView).code === 'string';

/** Columns whose largest value is most interesting first. */
const DESCENDING_FIRST: readonly LiveColumn[] = ['quarter', 'customers', 'ceoSupport', 'budget'];

export function liveActions(ctx: LiveContext) {
  const { store, update, deps } = ctx;
  let connection: RoomConnection | null = null;
  let stops: (() => void)[] = [];
  /** The result codes already given to the leaderboard, and the loading of a custom room's file. */
  let boarded = new Set<string>();
  let customLoad: Promise<unknown> | null = null;

  const setLive = (fn: (live: Draft<LiveState>) => void) =>
    update((s) => {
      if (s.live) fn(s.live);
    });

  function disconnect(): void {
    if (flushing) clearTimeout(flushing);
    flushing = null;
    arrived = new Map();
    for (const stop of stops) stop();
    stops = [];
    connection?.close();
    connection = null;
  }

  function applyRoom(view: RoomView): void {
    setLive((live) => {
      if (live.room && live.room.code !== view.code) return;
      live.room = view as Draft<RoomView>;
    });
  }

  /**
   * Rows that came in since the page was last told, applied together: forty teams playing at
   * once send about a hundred rows a second, and the page need not be drawn for each.
   */
  let arrived = new Map<string, TeamRow>();
  let flushing: ReturnType<typeof setTimeout> | null = null;

  function applyRow(row: TeamRow): void {
    arrived.set(row.id, row);
    flushing ??= setTimeout(applyArrived, ROWS_EVERY);
  }

  function applyArrived(): void {
    flushing = null;
    const rows = [...arrived.values()];
    arrived = new Map();
    if (rows.length === 0) return;
    setLive((live) => {
      for (const row of rows) {
        const at = live.teams.findIndex((t) => t.id === row.id);
        if (at >= 0) live.teams[at] = row as Draft<TeamRow>;
        else live.teams.push(row as Draft<TeamRow>);
      }
    });
    if (rows.some((row) => row.result)) void boardResults();
  }

  /** Gives the leaderboard the results of teams that finished since last time. */
  async function boardResults(): Promise<void> {
    const live = store.getState().live;
    if (!live?.game) return;
    const fresh = live.teams.flatMap((t) =>
      t.result && !boarded.has(t.result.code) ? [{ label: t.name, text: t.result.code }] : [],
    );
    if (fresh.length === 0) return;
    for (const item of fresh) boarded.add(item.text);
    const scenario = live.game.scenario;
    // A room on a facilitator's own file: the leaderboard needs that file to verify by replay.
    // Every call waits for the one load, so no result is verified before the file is there.
    if (scenario.kind === 'custom') {
      customLoad ??= ctx.loadScenarioText(scenario.name, scenario.text);
      await customLoad;
    }
    await ctx.addResults(fresh);
  }

  async function loadScenario(reply: Extract<WatchReply, { ok: true }>): Promise<void> {
    const setup = reply.game.scenario;
    const lang = store.getState().settings.language;
    const loaded =
      setup.kind === 'built-in'
        ? await deps.library.builtIn(setup.id, lang)
        : await deps.library.fromText(setup.text);
    const scenario: Scenario | null = loaded.ok ? loaded.scenario : null;
    setLive((live) => {
      live.scenario = scenario as Draft<Scenario> | null;
    });
  }

  /** Asks the room for its state with the key (at first, and again after every reconnect). */
  async function askToWatch(from: RoomConnection): Promise<void> {
    const live = store.getState().live;
    if (!live || connection !== from) return;
    let reply: WatchReply;
    try {
      reply = await from.ask<WatchReply>(ROOM_EVENTS.watch, { room: live.code, key: live.key });
    } catch {
      // No answer in time: the connection asks again when it is back.
      return;
    }
    if (connection !== from) return;
    if (!reply.ok) {
      // A wrong key or code does not get better by asking again.
      if (reply.problem !== 'too-fast') disconnect();
      setLive((l) => {
        l.status = 'refused';
        l.problem = reply.problem;
      });
      return;
    }
    setLive((l) => {
      l.status = 'watching';
      l.problem = null;
      l.code = reply.room.code;
      l.room = reply.room as Draft<RoomView>;
      l.game = reply.game as Draft<typeof reply.game>;
      l.teams = reply.teams as Draft<TeamRow>[];
    });
    if (!store.getState().live?.scenario) await loadScenario(reply);
    await boardResults();
  }

  async function control(event: string, payload: unknown): Promise<boolean> {
    const from = connection;
    let reply: ControlReply | null = null;
    try {
      reply = from ? await from.ask<ControlReply>(event, payload) : null;
    } catch {
      reply = null;
    }
    if (reply?.ok) applyRoom(reply.room);
    setLive((live) => {
      live.controlFailed = !reply?.ok;
    });
    return reply?.ok ?? false;
  }

  return {
    /** Watches the room at `address` on the live page (a room watched before is let go). */
    async watchRoom(address: LiveAddress): Promise<void> {
      disconnect();
      boarded = new Set();
      customLoad = null;
      const url = address.url ?? deps.pageOrigin ?? null;
      update((s) => {
        s.live = {
          code: address.code,
          key: address.key,
          url,
          teamsHost: address.teamsHost,
          status: url && deps.connectRoom ? 'connecting' : 'refused',
          problem: url && deps.connectRoom ? null : 'no-server',
          online: false,
          room: null,
          game: null,
          scenario: null,
          teams: [],
          sort: { column: 'name', descending: false },
          projector: false,
          confirmClose: false,
          controlFailed: false,
        };
        s.screen = 'live';
      });
      if (!url || !deps.connectRoom) return;
      let connect;
      try {
        connect = await deps.connectRoom();
      } catch {
        setLive((live) => {
          live.status = 'refused';
          live.problem = 'unreachable';
        });
        return;
      }
      const opened = connect(url);
      connection = opened;
      // A server that is not there never answers: after a while the page says so, and keeps
      // trying (a room restarted meanwhile is watched as soon as it answers).
      const silence = setTimeout(() => {
        setLive((live) => {
          if (live.status === 'connecting' && !live.online) live.problem = 'no-answer';
        });
      }, ROOM_ANSWER_WAIT);
      stops.push(() => clearTimeout(silence));
      stops.push(
        opened.on(ROOM_EVENTS.team, (row) => {
          if (isRow(row)) applyRow(row);
        }),
        opened.on(ROOM_EVENTS.room, (view) => {
          if (isView(view)) applyRoom(view);
        }),
        opened.onStatus((online) => {
          setLive((live) => {
            live.online = online;
          });
          // A new connection is a new watcher to the server: it is told the key again.
          if (online) void askToWatch(opened);
        }),
      );
      if (opened.online) {
        setLive((live) => {
          live.online = true;
        });
        await askToWatch(opened);
      }
    },

    /** Stops watching and goes back to the facilitator's corner. */
    leaveRoom(): void {
      disconnect();
      update((s) => {
        s.live = null;
      });
      ctx.open('facilitator');
    },

    /** Holds every team at the end of `year` (1..4); null releases them. */
    holdAtYear(year: number | null): Promise<boolean> {
      return control(ROOM_EVENTS.hold, { year });
    },

    /** A countdown of `minutes` (1..240) from now; null stops it. */
    startCountdown(minutes: number | null): Promise<boolean> {
      return control(ROOM_EVENTS.countdown, { minutes });
    },

    /** A message every team sees; an empty one takes it away. */
    messageTeams(text: string): Promise<boolean> {
      return control(ROOM_EVENTS.message, { text: text.slice(0, 500) });
    },

    /** Asks "close the room?" (true) or takes the question away (false). */
    askCloseRoom(asking: boolean): void {
      setLive((live) => {
        live.confirmClose = asking;
      });
    },

    /** Closes the room: no more decisions or teams; the results stay. */
    async closeRoom(): Promise<boolean> {
      setLive((live) => {
        live.confirmClose = false;
      });
      return control(ROOM_EVENTS.close, {});
    },

    /** Sorts the rows by `column`; the same column again turns the order round. */
    sortLive(column: LiveColumn): void {
      setLive((live) => {
        live.sort =
          live.sort.column === column
            ? { column, descending: !live.sort.descending }
            : { column, descending: DESCENDING_FIRST.includes(column) };
      });
    },

    setLiveProjector(on: boolean): void {
      setLive((live) => {
        live.projector = on;
      });
    },

    /** Opens the leaderboard (its charts and exports), with every result the room has so far. */
    async openLiveBoard(): Promise<void> {
      await boardResults();
      ctx.open('leaderboard');
    },
  };
}

export type LiveActions = ReturnType<typeof liveActions>;
