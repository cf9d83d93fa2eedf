// The settings slice of the controller: the player's settings (remembered between visits) and
// the stage's height, which follows the window.

import type { Draft } from 'immer';
import type { ScenarioResult } from '../scenario/load';
import type { Settings } from './settings';
import type { BuiltInEntry } from './state';
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
    /**
     * Switches the game's language. The built-in scenarios hold the texts of one language, so
     * those in use (the game's and the scenario cards') are fetched in the new one first, then
     * everything changes in one update: no screen shows two languages, and the game goes on
     * (it is the same scenario, only its texts differ).
     */
    async changeLanguage(language: string): Promise<void> {
      const before = store.getState();
      const scenario = before.session?.scenario;
      const ref = before.session?.ref;
      const entries = before.builtIns;
      const inLanguage = (id: string) => deps.library.builtIn(id, language);
      const [session, builtIns] = await Promise.all([
        ref?.kind === 'built-in' ? inLanguage(ref.id) : null,
        entries &&
          Promise.all(
            entries.map(async (entry): Promise<BuiltInEntry> => {
              if (!entry.ok) return entry;
              const loaded: ScenarioResult = await inLanguage(entry.id);
              return loaded.ok ? { ...entry, scenario: loaded.scenario } : entry;
            }),
          ),
      ]);
      const now = store.getState();
      update((s) => {
        s.settings.language = language;
        // Only if the game is still the one asked about (a new one may have started meanwhile).
        if (session?.ok && s.session && now.session?.scenario === scenario)
          s.session.scenario = session.scenario as Draft<typeof session.scenario>;
        if (builtIns && now.builtIns === entries) s.builtIns = builtIns as Draft<BuiltInEntry>[];
      });
      writeSettings(deps.storage, store.getState().settings);
    },
    updateSettings(patch: Partial<Settings>): void {
      update((s) => {
        Object.assign(s.settings, patch);
      });
      writeSettings(deps.storage, store.getState().settings);
    },
  };
}
