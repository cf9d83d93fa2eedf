// The settings slice of the controller: the player's settings (remembered between visits) and
// the stage's height, which follows the window.

import type { Settings } from './settings';
import { writeSettings } from './settings';
import type { StoreKit } from './kit';

export function settingsActions(kit: StoreKit) {
  const { store, update, deps } = kit;
  return {
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
  };
}
