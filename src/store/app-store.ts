// The one store of the game (zustand vanilla + immer): the engine state of the game being played,
// the screen, the settings and the UI state of the panels. Scenes and panels subscribe to it and
// call the controller, which is composed here of slices: session (the game and its decisions),
// navigation, settings, workshop and the live room. Saving is persistence.ts; the state's types are state.ts.

import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import type { Draft } from 'immer';
import { STANDARD_DIFFICULTY } from '../engine';
import type { Screen } from '../stage/screens';
import { readSettings } from './settings';
import { workshopActions } from './workshop-actions';
import { createPersistence } from './persistence';
import { enterLoop } from './loop';
import type { StoreKit } from './kit';
import { gameStarts, sessionActions } from './session-actions';
import { navigationActions } from './navigation-actions';
import { settingsActions } from './settings-actions';
import { roomActions } from './room-actions';
import { liveActions } from './live-actions';
import { INITIAL_BOARD, INITIAL_JOIN, INITIAL_UI } from './state';
import type { AppState, AppStore, Deps } from './state';

// The state's types are the store's public face too: the panels import them from here.
export type * from './state';
export { SAVE_KEY } from './persistence';
export { loopScreen, turnsEnded } from './loop';

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
      saveConflict: null,
      busy: false,
      custom: null,
      loader: null,
      balance: null,
      join: INITIAL_JOIN,
      board: INITIAL_BOARD,
      results: [],
      resultsTrouble: null,
      stageHeight: 720,
      updateReady: false,
      room: null,
      live: null,
    })),
  ) as AppStore;

  const update = (fn: (draft: Draft<AppState>) => void) => store.setState(fn);

  const saves = createPersistence(store, update, deps);

  const showLoop = () => update(enterLoop);

  const kit: StoreKit = { store, update, deps, showLoop, ...saves };
  const starts = gameStarts(kit);
  const navigation = navigationActions(kit);
  const session = sessionActions(kit);
  const workshop = workshopActions({
    store,
    update,
    checker: deps.checker,
    startSession: starts.startSession,
    startGame: starts.startGame,
    loadBuiltIns: starts.loadBuiltIns,
    pageOrigin: deps.pageOrigin ?? null,
    storage: deps.storage,
  });
  // Another window of the game on this computer wrote to storage: its save, or its leaderboard.
  deps.watchStorage?.((key) => {
    saves.storageChanged(key);
    workshop.boardStorageChanged(key);
  });
  return {
    store,
    library: deps.library,
    randomSeed: deps.randomSeed,
    /** Looks for a saved game (at boot, and when returning to the title). */
    lookForSave: saves.lookForSave,
    /** Loads the built-in scenarios for the scenario screen (once). */
    loadBuiltIns: starts.loadBuiltIns,
    startGame: starts.startGame,
    /** A new version of the game waits for the next start: the title screen says so. */
    announceUpdate(): void {
      update((s) => {
        s.updateReady = true;
      });
    },
    ...session,
    /** Another window saved over this game: the player keeps this one, saved over the other. */
    keepThisWindow: saves.keepThisWindow,
    /**
     * Another window saved over this game: the player goes on with the game saved there, or to
     * the title when that window left no game to go on with.
     */
    async takeOtherWindowsGame(): Promise<void> {
      const theirs = store.getState().saveConflict?.theirs;
      if (theirs && !theirs.finished && (await session.continueGame())) return;
      saves.claimSave(null);
      navigation.quitToTitle();
    },
    ...navigation,
    ...settingsActions(kit),
    ...roomActions({ ...kit, startGame: starts.startGame }),
    ...workshop,
    ...liveActions({
      store,
      update,
      deps,
      open: navigation.open,
      addResults: workshop.addResults,
      loadScenarioText: workshop.loadScenarioText,
    }),
  };
}

export type GameController = ReturnType<typeof createAppStore>;
