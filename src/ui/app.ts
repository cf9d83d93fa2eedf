// The DOM side of the game: draws the current screen into the UI layer whenever the parts of the
// state it shows change, keeps `body[data-screen]`, the language, text size and motion settings
// on the document, and wires the keyboard and click sounds. Imports the screens and the store's
// types; never Phaser.

import type { AppState, GameController } from '../store/app-store';
import type { Screen } from '../stage/screens';
import type { Edges, ScreenContext, ScreenView } from './context';
import { createTranslator } from './i18n';
import type { Translator } from './i18n';
import type { SoundName, SoundPlayer } from './sound';
import { backControl, frontLayer, installKeyboard } from './keyboard';
import { button, byKey, h, replaceContent } from './dom';
import { titleScreen } from './screens/title';
import { settingsScreen } from './screens/settings';
import { howToPlayScreen } from './screens/how-to-play';
import { facilitatorScreen } from './screens/facilitator';
import { saveConflictView } from './screens/save-conflict';

/**
 * A screen loaded on first use, so the title is interactive after a small first load; the rest
 * arrive in the background right after (`preloadScreens`).
 */
type LazyScreen = () => Promise<ScreenView>;

export const SCREEN_VIEWS: Readonly<Record<Screen, ScreenView | LazyScreen | null>> = {
  boot: null,
  title: titleScreen,
  scenario: () => import('./screens/scenario-choice').then((m) => m.scenarioScreen),
  briefing: () => import('./screens/briefing').then((m) => m.briefingScreen),
  quarter: () => import('./screens/quarter').then((m) => m.quarterScreen),
  negotiation: () => import('./screens/negotiation').then((m) => m.negotiationScreen),
  event: () => import('./screens/event').then((m) => m.eventScreen),
  results: () => import('./screens/results').then((m) => m.resultsScreen),
  'year-review': () => import('./screens/year-review').then((m) => m.yearReviewScreen),
  debrief: () => import('./screens/debrief').then((m) => m.debriefScreen),
  settings: settingsScreen,
  'how-to-play': howToPlayScreen,
  join: () => import('./screens/join').then((m) => m.joinScreen),
  facilitator: facilitatorScreen,
  workshop: () => import('./screens/workshop').then((m) => m.workshopScreen),
  check: () => import('./screens/check').then((m) => m.checkScreen),
  leaderboard: () => import('./screens/leaderboard').then((m) => m.leaderboardScreen),
  live: () => import('./screens/live-room').then((m) => m.liveRoomScreen),
};

/** Screens whose modules have arrived, shared by every mounted app. */
const loadedViews = new Map<Screen, ScreenView>();

/** Fetches every lazily loaded screen now (after the title is up, and in tests). */
export async function preloadScreens(): Promise<void> {
  await Promise.all(
    Object.entries(SCREEN_VIEWS).map(async ([screen, entry]) => {
      if (typeof entry === 'function' && !loadedViews.has(screen as Screen))
        loadedViews.set(screen as Screen, await entry());
    }),
  );
}

export interface AppOptions {
  readonly game: GameController;
  readonly sound: SoundPlayer;
  readonly edges: Edges;
}

function sameDeps(a: readonly unknown[] | null, b: readonly unknown[]): boolean {
  return a !== null && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/** The sound a screen makes when it opens: an event arrives, the CEO reviews, the game ends. */
function screenSound(state: AppState): SoundName | null {
  switch (state.screen) {
    case 'event':
      return 'event';
    case 'year-review':
      return 'year-review';
    case 'debrief':
      return state.session?.game.status === 'fired' ? 'fired' : 'debrief';
    default:
      return null;
  }
}

function problemScreen(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  return h(
    'div',
    { class: 'page narrow', data: { layer: '' } },
    h('h1', { text: t.t('problem.title') }),
    h('p', { text: t.t('problem.text') }),
    button(t.t('problem.continue'), () => game.recover(), { primary: true, hint: 'Enter' }),
  );
}

/**
 * One step back, as the browser's Back button asks: what Esc would do on the screen in front,
 * else the game menu during play, else the title. False on the title (nowhere further back).
 */
export function stepBack(root: HTMLElement, game: GameController): boolean {
  const { screen, session, ui } = game.store.getState();
  if (screen === 'title' || screen === 'boot') return false;
  const back = backControl(root);
  if (back) {
    back.click();
    return true;
  }
  // The office floor's way back is its menu; a report or an event must be answered first.
  if (session && screen === 'quarter') {
    if (ui.panel !== 'menu') game.setPanel('menu');
    return true;
  }
  if (screen === 'debrief') game.quitToTitle();
  return true;
}

/** Mounts the UI into `root`; returns its undo. */
export function mountApp(root: HTMLElement, options: AppOptions): () => void {
  const doc = root.ownerDocument;
  const { game, sound, edges } = options;
  // The screen drawn, or `save-conflict` while another window's save covers it.
  let shown: string | null = null;
  let shownDeps: readonly unknown[] | null = null;
  let translator: Translator | null = null;
  /** The front-most layer last drawn, and the control to return to when it closes. */
  let shownLayer: string | null = null;
  const returnKeys: string[] = [];

  const applySettings = (state: AppState) => {
    const { settings } = state;
    if (!translator || translator.lang !== settings.language)
      translator = createTranslator(settings.language);
    // Written only when changed: each write makes the browser check the page's styles again.
    const html = doc.documentElement;
    const motion = settings.reducedMotion ? 'reduced' : 'full';
    if (html.lang !== translator.lang) html.lang = translator.lang;
    if (html.dataset.textSize !== settings.textSize) html.dataset.textSize = settings.textSize;
    if (html.dataset.motion !== motion) html.dataset.motion = motion;
    sound.setVolume(settings.volume);
    sound.setMuted(!settings.sound);
    sound.setMusic(settings.sound && settings.music);
  };

  const loading = new Set<Screen>();
  /** The screen's view, or null while its module loads (it draws itself when it arrives). */
  const viewOf = (screen: Screen): ScreenView | null => {
    const entry = SCREEN_VIEWS[screen];
    if (entry === null || typeof entry !== 'function') return entry;
    const ready = loadedViews.get(screen);
    if (ready) return ready;
    if (!loading.has(screen)) {
      loading.add(screen);
      entry()
        .then((view) => {
          loadedViews.set(screen, view);
          shownDeps = null;
          draw(game.store.getState());
        })
        .catch((error: unknown) => {
          console.error(error);
          loading.delete(screen);
        });
    }
    return null;
  };

  const draw = (state: AppState) => {
    applySettings(state);
    // Another window saved over the game played here: its question comes before any screen.
    const conflict = state.saveConflict !== null && state.session !== null;
    const view = conflict ? saveConflictView : viewOf(state.screen);
    const drawing = conflict ? 'save-conflict' : state.screen;
    doc.body.dataset.screen = state.screen;
    if (!view) return;
    const deps = [translator, ...view.deps(state)];
    if (shown === drawing && sameDeps(shownDeps, deps)) return;
    const entering = shown !== drawing;
    shown = drawing;
    shownDeps = deps;
    const ctx: ScreenContext = { state, game, t: translator!, sound, edges };
    const before =
      doc.activeElement instanceof HTMLElement ? doc.activeElement.dataset.key : undefined;
    let content: HTMLElement;
    try {
      content = view.render(ctx);
    } catch (error) {
      // A screen that cannot draw itself must not take the game down: say so, offer a way on.
      console.error(error);
      content = problemScreen(ctx);
    }
    content.classList.add('screen');
    content.dataset.screenRoot = drawing;
    replaceContent(root, content);
    // Drawn again before the new screen took the keyboard (its data arrived meanwhile, as on a
    // slow laptop): the keyboard goes to what is shown now, not to the screen drawn before.
    if (pendingFocus && !pendingFocus.isConnected) pendingFocus = content;
    const layer = frontLayer(root);
    const layerId = layer ? `${state.screen}:${layer.dataset.panel ?? layer.className}` : null;
    if (entering) {
      returnKeys.length = 0;
      keyNotice.hidden = true;
      focusSoon(content);
      const cue = conflict ? null : screenSound(state);
      if (cue) sound.play(cue);
    } else if (layer && layerId !== shownLayer) {
      // A panel or dialog opened or closed: the keyboard goes with it, and comes back after.
      const opened = layer !== content && layer.contains(doc.activeElement) === false;
      if (opened && layer.dataset.panel) {
        if (before) returnKeys.push(before);
        focusInside(layer);
      } else {
        const key = returnKeys.pop();
        const back = key ? byKey(root, key) : null;
        if (back) back.focus({ preventScroll: true });
        else if (!layer.contains(doc.activeElement)) focusInside(layer);
      }
    }
    // The control that had the keyboard is gone (an answer replaced the choices): stay inside.
    if (!pendingFocus && (doc.activeElement === doc.body || doc.activeElement === null))
      focusInside(layer ?? content);
    shownLayer = layerId;
  };

  // A new screen takes the keyboard at the next frame, not in the key press that opened it:
  // focusing makes the browser lay the new screen out at once, and on a slow laptop that layout
  // and the work that opened the screen together held the page for over a tenth of a second.
  // Keys pressed before then still work (Enter, digits and letters act on the screen, not on
  // the focused control), and a key press puts the keyboard in place first.
  let pendingFocus: HTMLElement | null = null;
  let focusFrame = 0;
  const win = doc.defaultView;
  const focusPending = () => {
    const container = pendingFocus;
    pendingFocus = null;
    if (focusFrame) win?.cancelAnimationFrame(focusFrame);
    focusFrame = 0;
    if (!container?.isConnected) return;
    const active = doc.activeElement;
    if (active === null || active === doc.body || !root.contains(active)) focusInside(container);
  };
  const focusSoon = (container: HTMLElement) => {
    if (!win?.requestAnimationFrame) {
      focusInside(container);
      return;
    }
    pendingFocus = container;
    if (!focusFrame) focusFrame = win.requestAnimationFrame(focusPending);
  };
  const focusBeforeKey = () => {
    if (pendingFocus) focusPending();
  };
  doc.addEventListener('keydown', focusBeforeKey, { capture: true });

  /** Puts the keyboard on a container's first meaningful control (or its heading). */
  function focusInside(container: HTMLElement): void {
    const target =
      container.querySelector<HTMLElement>('[data-autofocus]') ??
      container.querySelector<HTMLElement>('[data-default]:not([disabled])') ??
      container.querySelector<HTMLElement>('[data-choice]:not([disabled])') ??
      container.querySelector<HTMLElement>('h1, h2');
    if (target && !target.matches('button, input, select, textarea, a'))
      target.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
  }

  // Said when a digit picks an option that is shown but cannot be chosen now.
  const keyNotice = h('p', {
    class: 'key-notice',
    role: 'status',
    attrs: { 'aria-live': 'polite' },
    hidden: true,
  });
  root.after(keyNotice);
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  const notice = (option: HTMLElement, reason: string) => {
    const label =
      option.querySelector('.btn-label, .approach-name, .option-label, .item-name')?.textContent ??
      option.textContent ??
      '';
    keyNotice.textContent = translator!.t(reason ? 'keys.unavailable' : 'keys.unavailable-plain', {
      option: label.trim(),
      reason,
    });
    keyNotice.hidden = false;
    sound.play('error');
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => (keyNotice.hidden = true), 5000);
  };

  draw(game.store.getState());
  const unsubscribe = game.store.subscribe((state) => draw(state));
  const uninstallKeys = installKeyboard(doc, root, notice);
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
    clearTimeout(noticeTimer);
    keyNotice.remove();
    root.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', focusBeforeKey, { capture: true });
    if (focusFrame) win?.cancelAnimationFrame(focusFrame);
  };
}
