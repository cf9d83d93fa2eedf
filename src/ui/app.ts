// The DOM side of the game: draws the current screen into the UI layer whenever the parts of the
// state it shows change, keeps `body[data-screen]`, the language, text size and motion settings
// on the document, and wires the keyboard and click sounds. Imports the screens and the store's
// types; never Phaser.

import type { AppState, GameController } from '../store/app-store';
import type { Screen } from './screens';
import type { Edges, ScreenContext, ScreenView } from './context';
import { createTranslator } from './i18n';
import type { Translator } from './i18n';
import type { SoundPlayer } from './sound';
import { installKeyboard } from './keyboard';
import { replaceContent } from './dom';
import { titleScreen } from './screens/title';
import { scenarioScreen } from './screens/scenario-choice';
import { briefingScreen } from './screens/briefing';
import { quarterScreen } from './screens/quarter';
import { negotiationScreen } from './screens/negotiation';
import { eventScreen } from './screens/event';
import { resultsScreen } from './screens/results';
import { yearReviewScreen } from './screens/year-review';
import { debriefScreen } from './screens/debrief';
import { settingsScreen } from './screens/settings';
import { howToPlayScreen } from './screens/how-to-play';

export const SCREEN_VIEWS: Readonly<Record<Screen, ScreenView | null>> = {
  boot: null,
  title: titleScreen,
  scenario: scenarioScreen,
  briefing: briefingScreen,
  quarter: quarterScreen,
  negotiation: negotiationScreen,
  event: eventScreen,
  results: resultsScreen,
  'year-review': yearReviewScreen,
  debrief: debriefScreen,
  settings: settingsScreen,
  'how-to-play': howToPlayScreen,
};

export interface AppOptions {
  readonly game: GameController;
  readonly sound: SoundPlayer;
  readonly edges: Edges;
}

function sameDeps(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return a !== null && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** Mounts the UI into `root`; returns its undo. */
export function mountApp(root: HTMLElement, options: AppOptions): () => void {
  const doc = root.ownerDocument;
  const { game, sound, edges } = options;
  let shown: Screen | null = null;
  let shownDeps: readonly unknown[] | null = null;
  let translator: Translator | null = null;

  const applySettings = (state: AppState) => {
    const { settings } = state;
    if (!translator || translator.lang !== settings.language)
      translator = createTranslator(settings.language);
    const html = doc.documentElement;
    html.lang = translator.lang;
    html.dataset.textSize = settings.textSize;
    html.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
    sound.setVolume(settings.volume);
    sound.setMuted(!settings.sound);
    sound.setMusic(settings.sound && settings.music);
  };

  const draw = (state: AppState) => {
    applySettings(state);
    const view = SCREEN_VIEWS[state.screen];
    doc.body.dataset.screen = state.screen;
    if (!view) return;
    const deps = [translator, ...view.deps(state)];
    if (shown === state.screen && sameDeps(shownDeps, deps)) return;
    const entering = shown !== state.screen;
    shown = state.screen;
    shownDeps = deps;
    const ctx: ScreenContext = { state, game, t: translator!, sound, edges };
    const content = view.render(ctx);
    content.classList.add('screen');
    content.dataset.screenRoot = state.screen;
    replaceContent(root, content);
    if (entering) {
      // A new screen: put the keyboard on its first meaningful control (or its heading).
      const target =
        content.querySelector<HTMLElement>('[data-autofocus]') ??
        content.querySelector<HTMLElement>('[data-default]:not([disabled])') ??
        content.querySelector<HTMLElement>('h1, h2');
      if (target && !target.matches('button, input, select, textarea, a'))
        target.setAttribute('tabindex', '-1');
      target?.focus({ preventScroll: true });
    }
  };

  draw(game.store.getState());
  const unsubscribe = game.store.subscribe((state) => draw(state));
  const uninstallKeys = installKeyboard(doc, root);
  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement | null)?.closest<HTMLButtonElement>('button');
    if (!target || target.disabled) return;
    const name = target.dataset.sound;
    if (name === 'none') return;
    sound.play(target.hasAttribute('data-back') ? 'back' : 'click');
  };
  root.addEventListener('click', onClick);
  return () => {
    unsubscribe();
    uninstallKeys();
    root.removeEventListener('click', onClick);
  };
}
