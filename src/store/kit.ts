// What every slice of the controller works with: the store, a way to change it, the store's
// dependencies, and the few steps they all take (save, show the loop's screen, look for saves).

import type { Draft } from 'immer';
import type { AppState, AppStore, Deps } from './state';

export interface StoreKit {
  readonly store: AppStore;
  readonly update: (fn: (draft: Draft<AppState>) => void) => void;
  readonly deps: Deps;
  /** Saves the session after a decision (a finished game is kept among the results too). */
  readonly autosave: () => void;
  /** Shows the game loop's screen for where the session stands. */
  readonly showLoop: () => void;
  /** Reads the save and the kept results for the title screen. */
  readonly lookForSave: () => void;
  readonly lookForResults: () => void;
  /** This page now plays the game saved as `raw` (null: none), read or about to be replaced. */
  readonly claimSave: (raw: string | null) => void;
}
