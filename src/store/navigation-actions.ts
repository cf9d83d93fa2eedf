// The navigation slice of the controller: which screen, panel, tab and room is shown, and the
// scenario screen's choices. Nothing here changes the game.

import type { Screen } from '../stage/screens';
import { loopScreen } from './loop';
import type { StoreKit } from './kit';
import { INITIAL_UI } from './state';
import type { GameSetup, Panel, UiState } from './state';

export function navigationActions(kit: StoreKit) {
  const { store, update, showLoop, lookForSave } = kit;
  const actions = {
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
      else actions.open(ui.returnTo);
    },
    /** After a screen failed to draw: back to where the game stands (it is saved). */
    recover(): void {
      update((s) => {
        s.ui = { ...INITIAL_UI, returnTo: s.ui.returnTo };
        s.screen = s.session ? loopScreen(s.session) : 'title';
      });
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
  return actions;
}
