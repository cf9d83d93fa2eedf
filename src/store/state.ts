// The store's state, in one place: what the game being played is (the session), where the player
// is (screen, panels), the workshop pages' state and the settings, with the store's dependencies.
// The controller's slices (app-store.ts, workshop-actions.ts) read and write it; the panels read
// it. Imports only types, and the initial values of the workshop pages.

import type { StoreApi } from 'zustand/vanilla';
import type { Draft } from 'immer';
import type { Difficulty, GameState, NegotiationResult, Refusal, Scenario } from '../engine';
import type { BalanceReport } from '../engine/bots';
import type { Problem } from '../scenario/source';
import type { CodeProblem, WorkshopCode } from '../workshop/workshop-code';
import type { Verification } from '../workshop/verify';
import type { Screen } from '../stage/screens';
import type { KeyValueStorage } from './storage';
import type { RoomLink, ScenarioRef, SaveProblem } from './save-file';
import type { ScenarioLibrary } from './scenario-library';
import type { Languages, Settings } from './settings';
import type { ScenarioChecker } from './checker';
import type { KeptResult } from './results-archive';
import type { ConnectRoom } from '../workshop/room-connection';
import type {
  DecisionsStop,
  JoinProblem,
  RoomAddress,
  RoomGameSetup,
  RoomView,
  TeamRow,
} from '../workshop/room-protocol';

export interface Session {
  readonly scenario: Scenario;
  readonly ref: ScenarioRef;
  readonly team: string;
  readonly game: GameState;
  /** End-of-turn reports read so far (the count of ended turns the player has acknowledged). */
  readonly reportsRead: number;
  /** The player is reading the year review of the last report (after its results). */
  readonly readingReview: boolean;
  readonly guided: boolean;
  /** The player has left the briefing. */
  readonly briefed: boolean;
  /** What-if practice from the debrief: never saved over the real game, never a result. */
  readonly practice: boolean;
  /** A finished game reopened from "Your results" (its code): read only, never saved. */
  readonly kept?: string;
  /** The live room the game is played in (its decisions go to the room as they are made). */
  readonly room?: RoomLink;
}

/** How the team's game stands with its live room. */
export interface RoomState {
  readonly link: RoomLink;
  /** What the facilitator has set (hold, countdown, message, closed); null until heard. */
  readonly view: RoomView | null;
  /** The room's server is reachable now. */
  readonly online: boolean;
  /** How many of the game's decisions the room holds. */
  readonly stored: number;
  /** Why the room took no more of them (held at a year's end, closed, ...); null when it did. */
  readonly stop: DecisionsStop | null;
  /** The game was replaced by the room's (another browser of the team played on). */
  readonly adopted: boolean;
}

/**
 * A decision the store refuses before the engine sees it: the live room holds the team, or
 * another window saved over this game (it waits for the player's choice).
 */
export interface StoreRefusal {
  readonly ok: false;
  readonly reason: 'room-held' | 'save-conflict';
  readonly need?: undefined;
  readonly have?: undefined;
}

export type DecisionRefusal = Refusal | StoreRefusal;

export interface NegotiationUi {
  readonly initiative: string;
  readonly silo: string;
  /** The leader's answer, once given. */
  readonly result: NegotiationResult | null;
}

/** A panel opened over the quarter screen (the screen itself stays `quarter`). */
export type Panel =
  'catalogue' | 'silo' | 'ceo' | 'listen' | 'menu' | 'confirm-end' | 'confirm-replace' | null;

export interface UiState {
  readonly panel: Panel;
  /** The silo whose room is focused or opened. */
  readonly silo: string | null;
  readonly negotiation: NegotiationUi | null;
  /** The last refused decision, shown until the next one. */
  readonly refusal: DecisionRefusal | null;
  /** Where settings and how-to-play return to. */
  readonly returnTo: Screen;
  /** The open part of the debrief. */
  readonly debriefTab: 'summary' | 'charts' | 'timeline' | 'lessons' | 'discussion' | 'result';
  /** The event just answered: its outcome is shown until the player goes on. */
  readonly eventOutcome: { readonly event: string; readonly option: string | null } | null;
  /** The catalogue's filter (a category, `all`, or `running`) and the initiative selected. */
  readonly catalogue: { readonly filter: string; readonly selected: string | null };
}

export type SaveTrouble =
  SaveProblem | 'engine-version' | 'scenario-changed' | 'scenario-missing' | 'refused';

export interface SavedGameSummary {
  readonly team: string;
  readonly scenario: string;
  readonly savedAt: string;
  readonly quarter: number;
  /** The saved game has ended (it is among the kept results too). */
  readonly finished: boolean;
}

/** What the scenario screen has chosen so far. */
export interface GameSetup {
  readonly scenario: string;
  readonly seed: number;
  readonly team: string;
  readonly difficulty: Difficulty;
  readonly guided: boolean;
}

/** A built-in scenario as the scenario screen lists it. */
export type BuiltInEntry =
  | { readonly id: string; readonly ok: true; readonly scenario: Scenario }
  | { readonly id: string; readonly ok: false; readonly problem: Problem };

export interface AppState {
  readonly screen: Screen;
  readonly setup: GameSetup;
  /** The built-in scenarios, once loaded (null until then). */
  readonly builtIns: readonly BuiltInEntry[] | null;
  readonly settings: Settings;
  readonly session: Session | null;
  readonly ui: UiState;
  /** False when saves cannot outlive the page (private mode): the game says saving is off. */
  readonly savingOn: boolean;
  /** The saved game "Continue" would resume, if any. */
  readonly savedGame: SavedGameSummary | null;
  /** A save that could not be restored: why, and its text so the player can download it. */
  readonly saveTrouble: { readonly reason: SaveTrouble; readonly raw: string } | null;
  /**
   * Another window or tab of the game on this computer saved over the game played here: this
   * page stops saving until the player chooses which game goes on. `theirs` is the game saved
   * there (null when that window removed the save or left one this version cannot read).
   */
  readonly saveConflict: { readonly theirs: SavedGameSummary | null } | null;
  /** Something is loading (a scenario, a save): panels show it and ignore double clicks. */
  readonly busy: boolean;
  /** The scenario file loaded by the facilitator or a team, if any. */
  readonly custom: CustomScenario | null;
  /** The file being checked, on the scenario screen or the check page. */
  readonly loader: LoaderState | null;
  /** The quick balance run of the check page. */
  readonly balance: BalanceState | null;
  readonly join: JoinState;
  readonly board: BoardState;
  /** Finished games kept on this computer, newest first. */
  readonly results: readonly KeptResult[];
  /** Trouble with the kept results: an archive that could not be read (set aside), or a
   * finished game that could not be written (storage full). */
  readonly resultsTrouble: {
    readonly reason: 'damaged' | 'not-written';
    readonly raw: string;
  } | null;
  /** The stage's height in design pixels (720 on 16:9, up to 800 on 16:10): the floor fills it. */
  readonly stageHeight: number;
  /** A new version of the hosted game is installed and starts next time (the title says so). */
  readonly updateReady: boolean;
  /** The live room the game being played is in, if any. */
  readonly room: RoomState | null;
  /** The live room the facilitator watches (null when none). */
  readonly live: LiveState | null;
}

export interface NewGameOptions {
  readonly ref: ScenarioRef;
  /** The scenario already loaded (a custom file), or absent to load `ref` from the library. */
  readonly scenario?: Scenario;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly team: string;
  readonly guided: boolean;
  /** The live room the game is played in. */
  readonly room?: RoomLink;
}

/** Starts a new game at the briefing (session-actions.ts); the other slices start games with it. */
export type StartGame = (
  options: NewGameOptions,
) => Promise<{ ok: true } | { ok: false; problems: readonly Problem[] }>;

export interface Deps {
  readonly storage: KeyValueStorage;
  readonly library: ScenarioLibrary;
  /** The clock, for the time a save was made (never used for game rules). */
  readonly now: () => Date;
  /** The system asks for reduced motion. */
  readonly prefersReducedMotion: boolean;
  /** A fresh seed for a new game's default (the player can type their own). */
  readonly randomSeed: () => number;
  /** Checks scenario files and runs balances (a Web Worker in the browser). */
  readonly checker: ScenarioChecker;
  /** The languages a player may choose (a stored choice outside them falls back). */
  readonly languages: Languages;
  /**
   * Loads the connection to live rooms (Socket.IO, in its own chunk: only a room needs it).
   * Absent where no room can be reached.
   */
  readonly connectRoom?: () => Promise<ConnectRoom>;
  /** The address of the page's own server (a live room serves the game): null from a file. */
  readonly pageOrigin?: string | null;
  /**
   * Calls back with the key another window of the game on this computer has just written (the
   * browser's `storage` event); returns its undo. Absent where no other window shares storage.
   */
  readonly watchStorage?: (changed: (key: string | null) => void) => () => void;
}

export type AppStore = StoreApi<AppState> & {
  setState(updater: (draft: Draft<AppState>) => void): void;
};

export interface CustomScenario {
  readonly name: string;
  readonly text: string;
  readonly scenario: Scenario;
  readonly fingerprint: string;
}

export interface LoaderState {
  readonly name: string;
  readonly status: 'checking' | 'invalid' | 'valid';
  readonly problems: readonly Problem[];
  /** Why the file was not even read (then `problems` is empty); worded when shown. */
  readonly refused?: FileRefusal;
}

/** A file the game would not read: too large, or the browser could not read it. */
export interface FileRefusal {
  readonly reason: 'too-large' | 'unreadable';
  /** The file's size and the largest the game reads, in bytes. */
  readonly size: number;
  readonly max: number;
}

export interface BalanceState {
  readonly status: 'running' | 'done' | 'cancelled' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly seeds: number;
  readonly report: BalanceReport | null;
  /** Why a run failed (the panel words it in the reader's language). */
  readonly problem: Problem | null;
}

export interface JoinState {
  readonly text: string;
  /** What is wrong with the code typed; `room-address` is a room's code typed where the page
   * cannot know the room's server (the game opened from a file). */
  readonly problem: CodeProblem | 'room-address' | null;
  readonly code: WorkshopCode | null;
  /** The built-in scenario the code is for, or null when a file must be loaded. */
  readonly scenarioId: string | null;
  /** The loaded file is a different version than the one the code was made for. */
  readonly wrongFile: string | null;
  /** The text is a live room's code or address (then `code` is null). */
  readonly room: RoomAddress | null;
  /** Why joining the room did not work, when it did not. */
  readonly roomProblem: RoomJoinProblem | null;
  /** Joining the room is under way. */
  readonly joining: boolean;
}

/** Why a team could not join a live room: the room's answer, or no answer at all. */
export type RoomJoinProblem = JoinProblem | 'unreachable' | 'no-rooms' | 'scenario';

export interface BoardEntry {
  /** Where it came from: a file's name, or "code 3". */
  readonly label: string;
  /** The code or file as given, to verify again when a scenario file arrives. */
  readonly text: string;
  readonly verification: Verification;
}

export interface BoardState {
  readonly entries: readonly BoardEntry[];
  readonly csvStyle: 'comma' | 'semicolon';
  /** The entries are kept on this computer (false: storage full or off, a reload loses them). */
  readonly kept: boolean;
}

/**
 * Why the live page shows no room: the server's answer, or no server to ask; `no-answer` is a
 * server that has not answered yet (the page keeps trying).
 */
export type LiveProblem =
  'no-room' | 'key' | 'too-fast' | 'no-server' | 'unreachable' | 'no-answer';

/** A column of the live page's team rows, to sort by. */
export type LiveColumn =
  'name' | 'connected' | 'quarter' | 'customers' | 'ceoSupport' | 'budget' | 'state';

/** The live room the facilitator watches, as its page shows it. */
export interface LiveState {
  /** The room code as typed (the room's own once watched). */
  readonly code: string;
  /** The facilitator's key: in memory only, never saved, never shown. */
  readonly key: string;
  /** The room server's address (the page's own origin, or the one pasted). */
  readonly url: string | null;
  /** The address of this computer the teams reach (from the address npm run room printed). */
  readonly teamsHost: string | null;
  readonly status: 'connecting' | 'watching' | 'refused';
  readonly problem: LiveProblem | null;
  /** The room server is reachable now. */
  readonly online: boolean;
  readonly room: RoomView | null;
  readonly game: RoomGameSetup | null;
  /** The room's scenario, for the decisions' words (null until loaded, or when it does not load). */
  readonly scenario: Scenario | null;
  /** The teams in joining order (the page sorts its own copy). */
  readonly teams: readonly TeamRow[];
  readonly sort: { readonly column: LiveColumn; readonly descending: boolean };
  /** Large type and nothing secret, for the room's screen. */
  readonly projector: boolean;
  /** "Close the room?" is asked. */
  readonly confirmClose: boolean;
  /** The last control the room did not take. */
  readonly controlFailed: boolean;
}

export const INITIAL_JOIN: JoinState = {
  text: '',
  problem: null,
  code: null,
  scenarioId: null,
  wrongFile: null,
  room: null,
  roomProblem: null,
  joining: false,
};
export const INITIAL_BOARD: BoardState = { entries: [], csvStyle: 'comma', kept: true };

/** The panels' state when a screen is entered fresh. */
export const INITIAL_UI: UiState = {
  panel: null,
  silo: null,
  negotiation: null,
  refusal: null,
  returnTo: 'title',
  catalogue: { filter: 'all', selected: null },
  eventOutcome: null,
  debriefTab: 'summary',
};
