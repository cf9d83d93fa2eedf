// The one store of the game (zustand vanilla + immer): the engine state of the game being played,
// the screen, the settings and the UI state of the panels. Scenes and panels subscribe to it and
// call the controller; every decision goes through the engine's `applyAction`, so no game rule
// lives here. After every accepted decision the game is saved. Imports zustand, immer, the
// engine and the store's own modules.

import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Draft } from 'immer';
import type { Action, GameState, Refusal, RestoreResult } from '../engine';
import {
  applyAction,
  computeScore,
  createSave,
  isValidSeed,
  newGame,
  restoreSave,
  STANDARD_DIFFICULTY,
} from '../engine';
import type { Screen } from '../stage/screens';
import type { ScenarioRef, SaveFile } from './save-file';
import { readSaveFile, SAVE_FORMAT, writeSaveFile } from './save-file';
import type { Settings } from './settings';
import { readSettings, writeSettings } from './settings';
import type { KeptResult } from './results-archive';
import { forgetResult, keepResult, readResults } from './results-archive';
import { sessionResultCode, workshopActions } from './workshop-actions';
import { INITIAL_BOARD, INITIAL_JOIN } from './state';
import type {
  AppState,
  AppStore,
  BuiltInEntry,
  Deps,
  GameSetup,
  Panel,
  NewGameOptions,
  SavedGameSummary,
  SaveTrouble,
  Session,
  UiState,
} from './state';

// The state's types are the store's public face too: the panels import them from here.
export type * from './state';

export const SAVE_KEY = 'power-core/save';

const INITIAL_UI: UiState = {
  panel: null,
  silo: null,
  negotiation: null,
  refusal: null,
  returnTo: 'title',
  catalogue: { filter: 'all', selected: null },
  eventOutcome: null,
  debriefTab: 'summary',
};

/** Turns ended so far: each `endQuarter` decision produced one report. */
export function turnsEnded(game: GameState): number {
  let count = 0;
  for (const d of game.decisions) if (d.type === 'endQuarter') count++;
  return count;
}

/** The screen of the game loop that the session is at. */
export function loopScreen(session: Session): Screen {
  const { game } = session;
  if (session.reportsRead < turnsEnded(game))
    return session.readingReview ? 'year-review' : 'results';
  if (game.status !== 'playing') return 'debrief';
  if (game.pendingEvents.length > 0) return 'event';
  return 'quarter';
}

function scenarioLabel(ref: ScenarioRef): string {
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

export function createAppStore(deps: Deps) {
  const settings = readSettings(deps.storage, deps.prefersReducedMotion, deps.languages);
  const store = createStore<AppState>()(
    immer(() => ({
      screen: 'title' as Screen,
      setup: {
        scenario: deps.library.defaultScenario,
        seed: deps.randomSeed(),
        team: '',
        difficulty: { ...STANDARD_DIFFICULTY },
        guided: true,
      },
      builtIns: null,
      settings,
      session: null,
      ui: INITIAL_UI,
      savingOn: deps.storage.persistent,
      savedGame: null,
      saveTrouble: null,
      busy: false,
      custom: null,
      loader: null,
      balance: null,
      join: INITIAL_JOIN,
      board: INITIAL_BOARD,
      results: [],
      resultsTrouble: null,
      stageHeight: 720,
    })),
  ) as AppStore;

  const update = (fn: (draft: Draft<AppState>) => void) => store.setState(fn);

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

  function showLoop(): void {
    update((s) => {
      if (!s.session) return;
      s.screen = loopScreen(s.session);
      s.ui.returnTo = s.screen;
    });
  }

  /** Enters a session made elsewhere (a joined workshop game, what-if practice). */
  function startSession(session: Session, screen: 'briefing' | 'quarter'): void {
    update((s) => {
      s.session = session as Draft<Session>;
      s.ui = { ...INITIAL_UI, returnTo: 'quarter' };
      s.busy = false;
      s.screen = screen === 'briefing' ? 'briefing' : loopScreen(session);
    });
    autosave();
  }

  /** Starts a new game (loading its scenario unless given) at the briefing; it is saved at once. */
  async function startGame(
    options: NewGameOptions,
  ): Promise<{ ok: true } | { ok: false; message: string }> {
    update((s) => {
      s.busy = true;
    });
    let scenario = options.scenario;
    if (!scenario) {
      const loaded =
        options.ref.kind === 'built-in'
          ? await deps.library.builtIn(options.ref.id)
          : await deps.library.fromText(options.ref.text);
      if (!loaded.ok) {
        update((s) => {
          s.busy = false;
        });
        return { ok: false, message: loaded.problems.map((p) => p.message).join('; ') };
      }
      scenario = loaded.scenario;
    }
    const seed = isValidSeed(options.seed) ? options.seed : 1;
    const game = newGame(scenario, seed, options.difficulty);
    startSession(
      {
        scenario,
        ref: options.ref,
        team: options.team.trim().slice(0, 60),
        game,
        reportsRead: 0,
        readingReview: false,
        guided: options.guided,
        briefed: false,
        practice: false,
      },
      'briefing',
    );
    return { ok: true };
  }

  async function loadBuiltIns(): Promise<void> {
    if (store.getState().builtIns) return;
    const entries = await Promise.all(
      deps.library.builtInIds.map(async (id): Promise<BuiltInEntry> => {
        const loaded = await deps.library.builtIn(id);
        return loaded.ok
          ? { id, ok: true, scenario: loaded.scenario }
          : { id, ok: false, problem: loaded.problems[0]?.message ?? '' };
      }),
    );
    update((s) => {
      s.builtIns ??= entries as Draft<BuiltInEntry>[];
    });
  }

  const workshop = workshopActions({
    store,
    update,
    checker: deps.checker,
    startSession,
    startGame,
    loadBuiltIns,
  });

  const controller = {
    store,
    ...workshop,

    /** Looks for a saved game (at boot, and when returning to the title). */
    lookForSave,

    library: deps.library,

    randomSeed: deps.randomSeed,

    /** Loads the built-in scenarios for the scenario screen (once). */
    loadBuiltIns,

    changeSetup(patch: Partial<GameSetup>): void {
      update((s) => {
        Object.assign(s.setup, patch);
      });
    },

    open(screen: Screen): void {
      update((s) => {
        if (screen === 'settings' || screen === 'how-to-play') {
          if (s.screen !== 'settings' && s.screen !== 'how-to-play') s.ui.returnTo = s.screen;
        }
        s.screen = screen;
        s.ui.panel = null;
      });
    },

    /** Leaves settings or how-to-play for the screen they were opened from. */
    back(): void {
      const { ui, session } = store.getState();
      if (session && ui.returnTo !== 'title' && ui.returnTo !== 'scenario') showLoop();
      else controller.open(ui.returnTo);
    },

    startGame,

    /** Resumes the saved game; a save that cannot be restored is kept and explained. */
    async continueGame(): Promise<boolean> {
      const raw = deps.storage.read(SAVE_KEY);
      if (raw === null) return false;
      const read = readSaveFile(raw);
      const fail = (reason: SaveTrouble) => {
        update((s) => {
          s.saveTrouble = { reason, raw };
          s.busy = false;
          s.screen = 'title';
        });
        return false;
      };
      if (!read.ok) return fail(read.problem);
      update((s) => {
        s.busy = true;
      });
      const file = read.file;
      const loaded =
        file.scenario.kind === 'built-in'
          ? await deps.library.builtIn(file.scenario.id)
          : await deps.library.fromText(file.scenario.text);
      if (!loaded.ok) return fail('scenario-missing');
      const restored: RestoreResult = restoreSave(loaded.scenario, file.save);
      if (!restored.ok) return fail(restored.reason);
      const game = restored.state;
      const session: Session = {
        scenario: loaded.scenario,
        ref: file.scenario,
        team: file.team,
        game,
        reportsRead: Math.min(file.reportsRead, turnsEnded(game)),
        readingReview: false,
        guided: file.guided,
        briefed: file.briefed,
        practice: false,
      };
      update((s) => {
        s.session = session as Draft<Session>;
        s.ui = { ...INITIAL_UI };
        s.busy = false;
        s.saveTrouble = null;
      });
      // A game that ended before results were kept (or while they could not be) is kept now,
      // and its save marked as finished.
      if (game.status !== 'playing') autosave();
      // A game left at its briefing resumes there.
      if (!session.briefed) {
        update((s) => {
          s.screen = 'briefing';
        });
      } else showLoop();
      return true;
    },

    /** Opens the debrief of a kept result (read only: the saved game is left as it is). */
    async openResult(code: string): Promise<boolean> {
      const entry = store.getState().results.find((r) => r.code === code);
      if (!entry) return false;
      const file = entry.file;
      update((s) => {
        s.busy = true;
      });
      const loaded =
        file.scenario.kind === 'built-in'
          ? await deps.library.builtIn(file.scenario.id)
          : await deps.library.fromText(file.scenario.text);
      const restored = loaded.ok ? restoreSave(loaded.scenario, file.save) : null;
      if (!loaded.ok || !restored?.ok) {
        update((s) => {
          s.busy = false;
          s.resultsTrouble = { reason: 'damaged', raw: code };
        });
        return false;
      }
      const game = restored.state;
      update((s) => {
        s.session = {
          scenario: loaded.scenario,
          ref: file.scenario,
          team: file.team,
          game,
          reportsRead: turnsEnded(game),
          readingReview: false,
          guided: false,
          briefed: true,
          practice: false,
          kept: code,
        } as Draft<Session>;
        s.ui = { ...INITIAL_UI, debriefTab: 'result' };
        s.busy = false;
        s.screen = 'debrief';
      });
      return true;
    },

    /** Removes a kept result (the player confirmed). */
    forgetResult(code: string): void {
      forgetResult(deps.storage, code);
      lookForResults();
    },

    /** Leaves what-if practice for the game it came from: the saved game or a kept result. */
    async leavePractice(): Promise<void> {
      const kept = store.getState().session?.kept;
      if (kept) await controller.openResult(kept);
      else await controller.continueGame();
    },

    clearResultsTrouble(): void {
      update((s) => {
        s.resultsTrouble = null;
      });
    },

    /** Forgets a save that cannot be restored (after the player had the chance to download it). */
    discardSave(): void {
      deps.storage.remove(SAVE_KEY);
      update((s) => {
        s.saveTrouble = null;
        s.savedGame = null;
      });
    },

    /** After a screen failed to draw: back to where the game stands (it is saved). */
    recover(): void {
      update((s) => {
        s.ui = { ...INITIAL_UI, returnTo: s.ui.returnTo };
        s.screen = s.session ? loopScreen(s.session) : 'title';
      });
    },

    /** Leaves the briefing for the first quarter. */
    beginPlay(): void {
      update((s) => {
        if (s.session) s.session.briefed = true;
      });
      autosave();
      showLoop();
    },

    /**
     * Sends a decision to the engine. Accepted: the game moves on and is saved. Refused: the
     * reason is kept for the panels to show, and nothing else changes.
     */
    dispatch(action: Action): { ok: true } | Refusal {
      const session = store.getState().session;
      if (!session) return { ok: false, reason: 'game-over' };
      const result = applyAction(session.scenario, session.game, action);
      if (!result.ok) {
        update((s) => {
          s.ui.refusal = result;
        });
        return result;
      }
      update((s) => {
        s.session!.game = result.state as Draft<GameState>;
        s.ui.refusal = null;
        if (action.type === 'endQuarter' || action.type === 'answerEvent') s.ui.panel = null;
      });
      autosave();
      const { screen, ui } = store.getState();
      if (screen !== 'negotiation' && !ui.eventOutcome) showLoop();
      return { ok: true };
    },

    /** Answers the pending event; its outcome stays on screen until `closeEventOutcome`. */
    answerEvent(event: string, option: string | null): { ok: true } | Refusal {
      const pending = store.getState().session?.game.pendingEvents.find((p) => p.event === event);
      const scenarioEvent = store.getState().session?.scenario.events.find((e) => e.id === event);
      const chosen = option ?? scenarioEvent?.defaultOption ?? '';
      // A defused event has nothing more to tell: its one Continue closes it.
      if (!pending?.mitigated)
        update((s) => {
          s.ui.eventOutcome = { event, option: chosen };
        });
      const result = controller.dispatch({ type: 'answerEvent', event, option: chosen });
      if (!result.ok)
        update((s) => {
          s.ui.eventOutcome = null;
        });
      return result;
    },

    closeEventOutcome(): void {
      update((s) => {
        s.ui.eventOutcome = null;
        if (s.session) s.screen = loopScreen(s.session);
      });
    },

    /** Opens the talk with a partner silo's leader about an initiative. */
    openNegotiation(initiative: string, silo: string): void {
      update((s) => {
        s.ui.negotiation = { initiative, silo, result: null };
        s.ui.silo = silo;
        s.ui.panel = null;
        s.ui.refusal = null;
        s.screen = 'negotiation';
      });
    },

    /** Asks the leader with an approach; the answer stays on screen until the player leaves. */
    negotiate(approach: Action & { type: 'negotiate' }): { ok: true } | Refusal {
      const outcome = controller.dispatch(approach);
      if (outcome.ok) {
        update((s) => {
          if (s.ui.negotiation && s.session)
            s.ui.negotiation.result = s.session.game.lastNegotiation;
        });
      }
      return outcome;
    },

    closeNegotiation(): void {
      update((s) => {
        s.ui.negotiation = null;
        if (s.session) s.screen = loopScreen(s.session);
      });
    },

    /** The player has read the report (and then the year review, if there was one). */
    acknowledgeReport(): void {
      update((s) => {
        const session = s.session;
        if (!session) return;
        const review = session.game.lastResolution?.review;
        if (!session.readingReview && review) session.readingReview = true;
        else {
          session.readingReview = false;
          session.reportsRead = turnsEnded(session.game);
        }
      });
      autosave();
      showLoop();
    },

    setPanel(panel: Panel, silo?: string | null): void {
      update((s) => {
        s.ui.panel = panel;
        if (silo !== undefined) s.ui.silo = silo;
        s.ui.refusal = null;
      });
    },

    /** The room under the keyboard or pointer; an open silo panel keeps its own silo. */
    focusSilo(silo: string | null): void {
      const { ui } = store.getState();
      if (ui.silo === silo || ui.panel === 'silo') return;
      update((s) => {
        s.ui.silo = silo;
      });
    },

    clearRefusal(): void {
      update((s) => {
        s.ui.refusal = null;
      });
    },

    setGuided(on: boolean): void {
      update((s) => {
        if (s.session) s.session.guided = on;
      });
      autosave();
    },

    setDebriefTab(tab: UiState['debriefTab']): void {
      update((s) => {
        s.ui.debriefTab = tab;
      });
    },

    setCatalogue(patch: Partial<UiState['catalogue']>): void {
      update((s) => {
        Object.assign(s.ui.catalogue, patch);
        s.ui.refusal = null;
      });
    },

    /** The window was resized: the floor is laid out for the stage's new height. */
    setStageHeight(height: number): void {
      if (store.getState().stageHeight === height) return;
      update((s) => {
        s.stageHeight = height;
      });
    },

    updateSettings(patch: Partial<Settings>): void {
      update((s) => {
        Object.assign(s.settings, patch);
      });
      writeSettings(deps.storage, store.getState().settings);
    },

    /** Back to the title; the game stays saved for "Continue". */
    quitToTitle(): void {
      update((s) => {
        s.session = null;
        s.ui = INITIAL_UI;
        s.screen = 'title';
      });
      lookForSave();
    },
  };
  return controller;
}

export type GameController = ReturnType<typeof createAppStore>;
