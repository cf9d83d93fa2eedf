// Saving, as the store does it: the autosave after every decision (and keeping a finished game
// among the results, once), and reading the save and the kept results for the title screen. A
// damaged save is reported and kept, never dropped.

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
        const quarter = read.file.save.decisions.filter((d) => d.type === 'endQuarter').length;
        s.savedGame = summaryOf(read.file, quarter);
        s.saveTrouble = null;
      } else {
        s.savedGame = null;
        s.saveTrouble = { reason: read.problem, raw };
      }
    });
  }
  function autosave(): void {
    const session = store.getState().session;
    if (!session || session.practice || session.kept) return;
    const file = saveFileOf(session);
    keepFinished(session, file);
    const kept = deps.storage.write(SAVE_KEY, writeSaveFile(file));
    update((s) => {
      s.savingOn = deps.storage.persistent && kept;
      s.savedGame = summaryOf(file, turnsEnded(session.game));
    });
  }
  return { autosave, lookForSave, lookForResults };
}
