// The workshop side of the store: loading a facilitator's scenario file (checked in a worker),
// the quick balance run, joining a game by workshop code, the leaderboard of verified results,
// and "what if" practice from the debrief. Part of the one store; the controller in app-store.ts
// merges these actions. Imports the workshop modules and engine.

import type { Draft } from 'immer';
import type { Difficulty, Scenario } from '../engine';
import { ENGINE_VERSION, computeScore, replay } from '../engine';
import type { BalanceReport } from '../engine/bots';
import type { Problem } from '../scenario/problem';
import type { ScenarioChecker, BalanceRun } from './checker';
import { BOARD_KEY, readBoard, writeBoard } from './board-archive';
import type { BoardItem } from './board-archive';
import type { KeyValueStorage } from './storage';
import { codeMatches, makeWorkshopCode, readWorkshopCode } from '../workshop/workshop-code';
import { readRoomAddress, readRoomCode } from '../workshop/room-protocol';
import { makeResultCode, makeResultFile } from '../workshop/result';
import type { GameResult, ResultFile } from '../workshop/result';
import { sameGame, scenarioFingerprint, verifyResult } from '../workshop/verify';
import type { Verification } from '../workshop/verify';
import type {
  AppState,
  AppStore,
  BoardEntry,
  BoardState,
  CustomScenario,
  FileRefusal,
  Session,
  StartGame,
} from './state';

/** Largest scenario file the game reads (the loader's own cap is in characters). */
export const MAX_SCENARIO_BYTES = 2_000_000;
/** Largest result file the leaderboard reads. */
export const MAX_RESULT_BYTES = 2_000_000;

export interface WorkshopContext {
  readonly store: AppStore;
  readonly update: (fn: (draft: Draft<AppState>) => void) => void;
  readonly checker: ScenarioChecker;
  readonly startSession: (session: Session, screen: 'briefing' | 'quarter') => void;
  readonly startGame: StartGame;
  readonly loadBuiltIns: () => Promise<void>;
  /** The page's own server, where a room code typed alone is looked for (null from a file). */
  readonly pageOrigin: string | null;
  /** Where the leaderboard is kept between visits. */
  readonly storage: KeyValueStorage;
}

function builtInScenarios(state: AppState): Scenario[] {
  return (state.builtIns ?? []).flatMap((e) => (e.ok ? [e.scenario] : []));
}

/** Every scenario results can be verified against: the built-ins and the loaded file. */
export function knownScenarios(state: AppState): Scenario[] {
  return [...builtInScenarios(state), ...(state.custom ? [state.custom.scenario] : [])];
}

/** The result of the session's game, for its code and file; null for practice. */
export function sessionResult(session: Session): GameResult | null {
  if (session.practice) return null;
  return {
    team: session.team,
    scenarioId: session.scenario.id,
    fingerprint: scenarioFingerprint(session.scenario),
    engineVersion: ENGINE_VERSION,
    seed: session.game.seed,
    difficulty: session.game.difficulty,
    decisions: session.game.decisions,
  };
}

export function sessionResultCode(session: Session): string | null {
  const result = sessionResult(session);
  return result ? makeResultCode(session.scenario, result) : null;
}

export function sessionResultFile(session: Session, title: string): ResultFile | null {
  const result = sessionResult(session);
  if (!result) return null;
  const score = computeScore(session.scenario, session.game);
  return makeResultFile(session.scenario, title, result, {
    total: score.total,
    quarter: score.quarter,
  });
}

/** A result as given, with what replaying it showed. */
interface CheckedItem {
  readonly item: BoardItem;
  readonly verification: Verification;
}

export function workshopActions(ctx: WorkshopContext) {
  const { store, update, checker } = ctx;
  /** Keeps the leaderboard's entries on this computer, and says on the board if it could not. */
  const keepBoard = () => {
    const kept = writeBoard(ctx.storage, store.getState().board.entries);
    if (kept !== store.getState().board.kept)
      update((s) => {
        s.board.kept = kept;
      });
  };
  /** Each result verified by replay against the scenarios the page knows. */
  const verifyAll = async (items: readonly BoardItem[]): Promise<CheckedItem[]> => {
    await ctx.loadBuiltIns();
    const scenarios = knownScenarios(store.getState());
    return items.map((item) => ({ item, verification: verifyResult(item.text, scenarios) }));
  };
  /** Adds verified results to the board; one already there is not counted twice. */
  const addToBoard = (results: readonly CheckedItem[]) =>
    update((s) => {
      for (const { item, verification: v } of results)
        if (!s.board.entries.some((e) => sameGame(e.verification, v)))
          s.board.entries.push({ ...item, verification: v } as Draft<BoardEntry>);
    });
  /** Verifies results by replay, adds them and keeps the board. */
  const addVerified = async (items: readonly BoardItem[]) => {
    addToBoard(await verifyAll(items));
    keepBoard();
  };
  // The kept leaderboard is brought back once per page, before anything is added to the board
  // (the live page adds its room's results on its own), so keeping never drops a kept result.
  let restoring: Promise<void> | null = null;
  const restoreBoard = () => {
    // A restore that fails leaves the board as it is and open to new results.
    restoring ??= addVerified(readBoard(ctx.storage)).catch((error: unknown) => {
      console.error('The kept leaderboard could not be brought back.', error);
    });
    return restoring;
  };
  /**
   * Another window changed the kept leaderboard (the leaderboard open in two tabs): a board
   * cleared there is cleared here, results added there appear here, and results only this page
   * has are kept again, so neither window's results are lost. Only a page that has brought the
   * board back follows it; the others read it when they do.
   */
  const followBoard = async () => {
    if (restoring === null) return;
    await restoring;
    const kept = readBoard(ctx.storage);
    if (kept.length === 0) {
      update((s) => {
        s.board.entries = [];
      });
      return;
    }
    // Only results this page does not have are replayed and added: the others are on the board,
    // verified (a rejected one added again would show twice).
    const here = new Set(store.getState().board.entries.map((e) => e.text));
    const fresh = await verifyAll(kept.filter((item) => !here.has(item.text)));
    addToBoard(fresh);
    // Written only when something is missing there, so two windows settle instead of answering
    // each other's writes for ever.
    const there = new Set(kept.map((item) => item.text));
    const missing = (e: BoardEntry) =>
      !there.has(e.text) && !fresh.some((f) => sameGame(e.verification, f.verification));
    if (store.getState().board.entries.some(missing)) keepBoard();
  };
  let balanceRun: BalanceRun | null = null;

  const actions = {
    /** Reads a scenario file the facilitator picked or dropped; the game stays responsive. */
    async loadScenarioText(name: string, text: string): Promise<boolean> {
      update((s) => {
        s.loader = { name, status: 'checking', problems: [] };
        s.balance = null;
      });
      const result = await checker.check(text);
      if (!result.ok) {
        update((s) => {
          s.loader = { name, status: 'invalid', problems: result.problems as Problem[] };
        });
        return false;
      }
      const custom: CustomScenario = {
        name,
        text,
        scenario: result.scenario,
        fingerprint: scenarioFingerprint(result.scenario),
      };
      update((s) => {
        s.loader = { name, status: 'valid', problems: [] };
        s.custom = custom as Draft<CustomScenario>;
        s.setup.scenario = custom.scenario.id;
      });
      actions.reverifyBoard();
      actions.rematchJoin();
      return true;
    },

    /** A file that is too large to read at all, or could not be read. */
    refuseScenarioFile(name: string, refused: FileRefusal): void {
      update((s) => {
        s.loader = { name, status: 'invalid', problems: [], refused };
      });
    },

    clearLoader(): void {
      update((s) => {
        s.loader = null;
      });
    },

    /** The quick balance of the loaded (or selected built-in) scenario, in the worker. */
    runBalance(text: string, seeds: number, difficulty: Difficulty): void {
      balanceRun?.cancel();
      update((s) => {
        s.balance = { status: 'running', done: 0, total: 0, seeds, report: null, problem: null };
      });
      const run = checker.balance(text, seeds, difficulty, (done, total) =>
        update((s) => {
          if (s.balance?.status === 'running') {
            s.balance.done = done;
            s.balance.total = total;
          }
        }),
      );
      balanceRun = run;
      void run.done.then((outcome) => {
        if (balanceRun !== run) return;
        balanceRun = null;
        update((s) => {
          if (!s.balance) return;
          if (outcome.ok) {
            s.balance.status = 'done';
            s.balance.report = outcome.report as Draft<BalanceReport>;
          } else {
            s.balance.status = outcome.cancelled ? 'cancelled' : 'failed';
            s.balance.problem = outcome.problem as Draft<Problem>;
          }
        });
      });
    },

    cancelBalance(): void {
      balanceRun?.cancel();
    },

    /** The workshop code for what the setup names (a built-in or the loaded file). */
    workshopCode(): string | null {
      const state = store.getState();
      const scenario = knownScenarios(state).find((s) => s.id === state.setup.scenario);
      if (!scenario) return null;
      return makeWorkshopCode({
        fingerprint: scenarioFingerprint(scenario),
        seed: state.setup.seed,
        difficulty: state.setup.difficulty,
      });
    },

    /** Reads what a team typed: a workshop code, or a live room's code or address. */
    setJoinText(text: string): void {
      const read = readWorkshopCode(text);
      const room = read.ok ? null : readRoomAddress(text, ctx.pageOrigin);
      update((s) => {
        s.join = {
          text,
          problem: read.ok || room ? null : readRoomCode(text) ? 'room-address' : read.problem,
          code: read.ok ? read.code : null,
          scenarioId: null,
          wrongFile: null,
          room,
          roomProblem: null,
          joining: false,
        };
      });
      if (read.ok) actions.rematchJoin();
    },

    /** Matches the typed code with the built-ins and the loaded file. */
    rematchJoin(): void {
      const state = store.getState();
      const code = state.join.code;
      if (!code) return;
      const match = knownScenarios(state).find((s) => codeMatches(code, scenarioFingerprint(s)));
      update((s) => {
        s.join.scenarioId = match?.id ?? null;
        s.join.wrongFile = !match && s.custom ? s.custom.name : null;
      });
    },

    /** Starts the game the workshop code names, with the team's name. */
    async startJoined(team: string, guided: boolean): Promise<boolean> {
      await ctx.loadBuiltIns();
      actions.rematchJoin();
      const state = store.getState();
      const code = state.join.code;
      const scenario = knownScenarios(state).find((s) => s.id === state.join.scenarioId);
      if (!code || !scenario) return false;
      const custom = state.custom?.scenario === scenario ? state.custom : null;
      const started = await ctx.startGame({
        ref: custom
          ? { kind: 'custom', name: custom.name, text: custom.text }
          : { kind: 'built-in', id: scenario.id },
        scenario,
        seed: code.seed,
        difficulty: code.difficulty,
        team,
        guided,
      });
      return started.ok;
    },

    /** Adds pasted codes and dropped result files to the leaderboard, each verified by replay. */
    async addResults(items: readonly BoardItem[]): Promise<void> {
      await restoreBoard();
      await addVerified(items);
    },

    /** Brings back the leaderboard kept on this computer (once per page; a reload lost none). */
    restoreBoard,

    /** Another window wrote to storage: the leaderboard follows the one kept there. */
    boardStorageChanged(key: string | null): void {
      if (key !== null && key !== BOARD_KEY) return;
      followBoard().catch((error: unknown) => {
        console.error('The leaderboard kept by another window could not be read.', error);
      });
    },

    /** After a scenario file is loaded, results that needed it are verified again. */
    reverifyBoard(): void {
      const state = store.getState();
      if (state.board.entries.every((e) => e.verification.ok)) return;
      const scenarios = knownScenarios(state);
      update((s) => {
        for (const entry of s.board.entries)
          if (!entry.verification.ok)
            entry.verification = verifyResult(entry.text, scenarios) as Draft<Verification>;
      });
    },

    clearBoard(): void {
      update((s) => {
        s.board.entries = [];
      });
      keepBoard();
    },

    setCsvStyle(style: BoardState['csvStyle']): void {
      update((s) => {
        s.board.csvStyle = style;
      });
    },

    /** What-if: the same game from the start of a quarter, as unscored practice. */
    practiceFrom(quarter: number): void {
      const session = store.getState().session;
      if (!session) return;
      const decisions = session.game.decisions;
      const kept: typeof decisions = [];
      // Decisions before the quarter: every decision made while an earlier quarter was played.
      let playing = 1;
      for (const d of decisions) {
        if (playing >= quarter) break;
        kept.push(d);
        if (d.type === 'endQuarter') playing += session.game.quartersPerTurn;
      }
      const replayed = replay(session.scenario, session.game.seed, session.game.difficulty, kept);
      if (!replayed.ok) return;
      ctx.startSession(
        {
          ...session,
          game: replayed.state,
          reportsRead: kept.filter((d) => d.type === 'endQuarter').length,
          readingReview: false,
          guided: false,
          briefed: true,
          practice: true,
        },
        'quarter',
      );
    },
  };
  return actions;
}

export type WorkshopActions = ReturnType<typeof workshopActions>;
