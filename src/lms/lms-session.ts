// The game inside a learning platform (LMS): one LMS session from the page's start to its end. It
// begins the session and hands the LMS's save to the browser's storage for Continue (unless the
// browser's is the same game further on), follows the store to keep the save in the LMS after every
// decision, reports the result once the debrief is reached, and ends the session when the page is
// left or the finished game is left for the title (a game begun after that is not the LMS's, and
// the player is told). The LMS is never in the game's way: what it refuses is told to the player
// once, and the game goes on saved in the browser as always. No game rule here: it reads the
// store's state and the engine's score. Imports the store, the engine's score and the workshop's
// codes through the store.

import { computeScore } from '../engine';
import type { AppState, GameController, SavedGameSummary, Session } from '../store/app-store';
import { SAVE_KEY } from '../store/app-store';
import { readSaveFile, writeSaveFile } from '../store/save-file';
import type { KeyValueStorage } from '../store/storage';
import { sessionResultCode } from '../store/workshop-actions';
import type { LmsNotice } from '../ui/lms-notice';
import type { LmsConnection } from './connection';
import { continues, saveFromSuspendData, suspendDataOf } from './suspend-data';

export interface LmsSessionOptions {
  readonly connection: LmsConnection;
  readonly game: GameController;
  /** The browser's storage the store saves in (the LMS's save is put there for Continue). */
  readonly storage: KeyValueStorage;
  /** The pass mark built into the package, 0..1000 of the score; the LMS's own (from the
   * manifest) wins when it gives one. */
  readonly mastery: number;
  /** Tells the player something about the LMS (each notice at most once). */
  readonly tell: (notice: LmsNotice) => void;
  /** Where the page's leaving is heard (`pagehide`, `beforeunload`). */
  readonly page: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export interface LmsSession {
  /** The pass mark in use, 0..1000. */
  readonly passMark: number;
  /** Ends the LMS session now (as leaving the page does). */
  finish(): void;
}

/**
 * Begins the LMS session. Null when the LMS refused to begin one (the player is told, and plays
 * as outside an LMS).
 */
export async function startLmsSession(options: LmsSessionOptions): Promise<LmsSession | null> {
  const { connection, game, storage, page } = options;
  const told = new Set<LmsNotice['reason']>();
  const tell = (notice: LmsNotice) => {
    if (told.has(notice.reason)) return;
    told.add(notice.reason);
    options.tell(notice);
  };

  const started = connection.start();
  if (!started) {
    tell({ reason: 'lost' });
    return null;
  }
  if (started.suspendData) await resume(started.suspendData, game, storage);
  const passMark =
    started.passingScaled === null
      ? options.mastery
      : Math.max(0, Math.min(1000, started.passingScaled * 1000));

  let savedGame: SavedGameSummary | null = game.store.getState().savedGame;
  let savedKey = '';
  let reported: string | null = null;
  let recorded = false;
  let finished = false;

  /**
   * Keeps in the LMS what the store has just saved in the browser (each autosave gives the state
   * a new `savedGame`), so both hold the same save.
   */
  function save(state: AppState, session: Session): void {
    if (state.savedGame === savedGame) return;
    savedGame = state.savedGame;
    const raw = storage.read(SAVE_KEY);
    const read = raw === null ? null : readSaveFile(raw);
    if (!read?.ok) return;
    const file = read.file;
    // What the save holds apart from its time: unchanged, it is not sent again.
    const key = writeSaveFile({ ...file, savedAt: '' });
    if (key === savedKey) return;
    savedKey = key;
    const data = suspendDataOf(file, session.scenario);
    if (data.length > connection.suspendLimit)
      tell({ reason: 'too-large', limit: connection.suspendLimit });
    else if (!connection.saveSuspend(data)) tell({ reason: 'lost' });
  }

  function report(session: Session): void {
    const code = sessionResultCode(session);
    if (!code || code === reported) return;
    reported = code;
    const score = computeScore(session.scenario, session.game).total;
    recorded = connection.reportResult({
      score,
      passed: score >= passMark,
      team: session.team,
      resultCode: code,
    });
    if (!recorded) tell({ reason: 'lost' });
  }

  function follow(state: AppState): void {
    const session = state.session;
    // The finished game's debrief was left for the title: the LMS's session is over.
    if (!session && reported !== null) return end(false);
    if (!session || session.practice || session.kept) return;
    save(state, session);
    if (session.game.status !== 'playing' && state.screen === 'debrief') report(session);
  }

  function end(leaving: boolean): void {
    if (finished) return;
    finished = true;
    unsubscribe();
    page.removeEventListener('pagehide', onLeave);
    page.removeEventListener('beforeunload', onLeave);
    if (!connection.finish(recorded) && !leaving) tell({ reason: 'lost' });
    else if (!leaving && reported !== null) tellWhenAnotherGameStarts();
  }

  /**
   * The standards end an LMS session for good: a game begun after it is not reported. The player
   * is told so when one starts, rather than finding out at its debrief.
   */
  function tellWhenAnotherGameStarts(): void {
    const stop = game.store.subscribe((state) => {
      if (!state.session || state.session.practice) return;
      stop();
      tell({ reason: 'ended' });
    });
  }
  const onLeave = () => end(true);

  const unsubscribe = game.store.subscribe(follow);
  page.addEventListener('pagehide', onLeave);
  page.addEventListener('beforeunload', onLeave);
  follow(game.store.getState());
  return { passMark, finish: () => end(false) };
}

/**
 * Puts the LMS's save where Continue finds it, unless the browser holds the same game played
 * further (the LMS missed its last saves). A save that is not the game's is left alone.
 */
async function resume(data: string, game: GameController, storage: KeyValueStorage) {
  const kept = await saveFromSuspendData(data, game.library);
  if (!kept) {
    console.warn('The learning platform keeps data this game cannot read; starting afresh.');
    return;
  }
  const raw = storage.read(SAVE_KEY);
  const here = raw === null ? null : readSaveFile(raw);
  if (here?.ok && continues(here.file, kept)) return;
  storage.write(SAVE_KEY, writeSaveFile(kept));
  game.lookForSave();
}
