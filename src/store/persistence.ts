// Saving, as the store does it: the autosave after every decision (and keeping a finished game
// among the results, once), and reading the save and the kept results for the title screen. A
// damaged save is reported and kept, never dropped. Two windows of the game on one computer
// share the save: a page that finds it written by another stops saving and asks the player which
// game goes on, so neither window quietly overwrites the other's game.

import type { Draft } from 'immer';
import { computeScore, createSave } from '../engine';
import type { ScenarioRef, SaveFile } from './save-file';
import { readSaveFile, SAVE_FORMAT, writeSaveFile } from './save-file';
import type { KeptResult } from './results-archive';
import { keepResult, readResults } from './results-archive';
import { sessionResultCode } from './workshop-actions';
import { turnsEnded } from './loop';
import type { AppState, AppStore, Deps, SavedGameSummary, Session } from './state';

export const SAVE_KEY = 'power-core/save';

export function scenarioLabel(ref: ScenarioRef): string {
  return ref.kind === 'built-in' ? ref.id : ref.name;
}

/** The title's summary of a save read from storage: its turns are its ended quarters. */
function storedSummary(file: SaveFile): SavedGameSummary {
  return summaryOf(file, file.save.decisions.filter((d) => d.type === 'endQuarter').length);
}

function summaryOf(file: SaveFile, quarter: number): SavedGameSummary {
  return {
    team: file.team,
    scenario: scenarioLabel(file.scenario),
    savedAt: file.savedAt,
    quarter,
    finished: file.finished === true,
  };
}

/** The store's saving, for one store. */
export function createPersistence(
  store: AppStore,
  update: (fn: (draft: Draft<AppState>) => void) => void,
  deps: Deps,
) {
  /** Reads the kept results for the title screen. */
  function lookForResults(): void {
    const read = readResults(deps.storage);
    update((s) => {
      s.results = (read.ok ? read.results : []) as Draft<KeptResult>[];
      if (!read.ok) s.resultsTrouble = { reason: 'damaged', raw: read.raw };
    });
  }
  // The save as this page last read or wrote it (undefined until it plays a game). A different
  // text in storage was written by another window since.
  let known: string | null | undefined;

  function clearConflict(): void {
    if (store.getState().saveConflict)
      update((s) => {
        s.saveConflict = null;
      });
  }
  /** Says whether another window wrote the save since this page did; if so, the player is asked. */
  function savedElsewhere(): boolean {
    if (!deps.storage.persistent || known === undefined) return false;
    const stored = deps.storage.read(SAVE_KEY);
    if (stored === known) {
      clearConflict();
      return false;
    }
    const read = stored === null ? null : readSaveFile(stored);
    const theirs = read?.ok ? storedSummary(read.file) : null;
    update((s) => {
      s.saveConflict = { theirs };
    });
    return true;
  }
  function playsHere(session: Session | null): session is Session {
    return session !== null && !session.practice && !session.kept;
  }
  /** This page now plays the game saved as `raw` (null: none saved), as read or replaced. */
  function claimSave(raw: string | null): void {
    known = raw;
    clearConflict();
  }
  /** Another window wrote to storage: a game played here checks its save, the title looks again. */
  function storageChanged(key: string | null): void {
    if (key !== null && key !== SAVE_KEY) return;
    const session = store.getState().session;
    if (playsHere(session)) savedElsewhere();
    else if (store.getState().screen === 'title') lookForSave();
  }
  function saveFileOf(session: Session): SaveFile {
    return {
      format: SAVE_FORMAT,
      savedAt: deps.now().toISOString(),
      team: session.team,
      scenario: session.ref,
      save: createSave(session.scenario, session.game),
      reportsRead: session.reportsRead,
      guided: session.guided,
      briefed: session.briefed,
      ...(session.game.status === 'playing' ? {} : { finished: true }),
      ...(session.room ? { room: session.room } : {}),
    };
  }
  /** Keeps a finished game among the results (once); says so when it could not be written. */
  function keepFinished(session: Session, file: SaveFile): void {
    if (session.practice || session.kept || session.game.status === 'playing') return;
    const code = sessionResultCode(session);
    if (!code) return;
    const score = computeScore(session.scenario, session.game);
    const kept: KeptResult = {
      code,
      finishedAt: file.savedAt,
      team: session.team,
      scenario: scenarioLabel(session.ref),
      fired: session.game.status === 'fired',
      quarter: score.quarter,
      score: score.total,
      file,
    };
    const outcome = keepResult(deps.storage, kept);
    lookForResults();
    if (outcome === 'not-written')
      update((s) => {
        s.resultsTrouble = { reason: 'not-written', raw: code };
      });
  }
  /** Reads the stored save for the title screen; a damaged one is reported, never dropped. */
  function lookForSave(): void {
    lookForResults();
    const raw = deps.storage.read(SAVE_KEY);
    if (raw === null) {
      update((s) => {
        s.savedGame = null;
      });
      return;
    }
    const read = readSaveFile(raw);
    update((s) => {
      if (read.ok) {
        s.savedGame = storedSummary(read.file);
        s.saveTrouble = null;
      } else {
        s.savedGame = null;
        s.saveTrouble = { reason: read.problem, raw };
      }
    });
  }
  function autosave(): void {
    const session = store.getState().session;
    if (!playsHere(session)) return;
    if (store.getState().saveConflict || savedElsewhere()) return;
    const file = saveFileOf(session);
    keepFinished(session, file);
    const text = writeSaveFile(file);
    const kept = deps.storage.write(SAVE_KEY, text);
    // Not kept (storage full): what reads back now is the older save, or the storage's fallback.
    known = kept ? text : deps.storage.read(SAVE_KEY);
    update((s) => {
      s.savingOn = deps.storage.persistent && kept;
      s.savedGame = summaryOf(file, turnsEnded(session.game));
    });
  }
  /** The player keeps this window's game: it is saved over the other window's. */
  function keepThisWindow(): void {
    claimSave(deps.storage.read(SAVE_KEY));
    autosave();
  }
  return { autosave, lookForSave, lookForResults, claimSave, storageChanged, keepThisWindow };
}
