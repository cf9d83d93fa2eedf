// A game mounted in jsdom for panel tests: memory storage, the real scenario library, a silent
// sound, and edges that record downloads. Never imports phaser or howler.

import { createAppStore } from '../../src/store/app-store';
import type { Deps, GameController, NewGameOptions } from '../../src/store/app-store';
import { memoryStorage } from '../../src/store/storage';
import type { KeyValueStorage } from '../../src/store/storage';
import { createScenarioLibrary } from '../../src/store/scenario-library';
import { mountApp, preloadScreens } from '../../src/ui/app';
import { silentSound } from '../../src/ui/sound';
import { inlineChecker } from '../../src/ui/scenario-checker';
import { createTranslator, GAME_LANGUAGES } from '../../src/ui/i18n';
import { formatProblem } from '../../src/scenario/load';
import type { SilentSound } from '../../src/ui/sound';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import type { Scenario } from '../../src/engine';

// Every screen ready before any test draws one (the browser loads them after the title).
await preloadScreens();

export interface Harness {
  game: GameController;
  root: HTMLElement;
  sound: SilentSound;
  storage: KeyValueStorage;
  downloads: { name: string; text: string }[];
  copied: string[];
  printed: { count: number };
  unmount: () => void;
  screen: () => string | undefined;
  press: (key: string) => void;
}

// The app mounted last: a test's app is taken down when the next test mounts its own, so its
// keyboard handler does not act on keys meant for the next one (a page has one app).
let mounted: (() => void) | null = null;

/**
 * What a page may be given besides storage: a live room's connection and the page's origin (for
 * the pages that reach a room server), and word of other windows writing to storage.
 */
export type PageDeps = Pick<Deps, 'connectRoom' | 'pageOrigin' | 'watchStorage'>;

/** The store a page of the game builds, without its panels (a second window in a test). */
export function pageStore(storage: KeyValueStorage, page: PageDeps = {}): GameController {
  const library = createScenarioLibrary();
  return createAppStore({
    storage,
    library,
    checker: inlineChecker((text) => library.fromText(text)),
    languages: GAME_LANGUAGES,
    now: () => new Date('2026-11-25T10:00:00Z'),
    prefersReducedMotion: true,
    randomSeed: () => 12345,
    ...page,
  });
}

export function mount(storage: KeyValueStorage = memoryStorage(), page: PageDeps = {}): Harness {
  mounted?.();
  mounted = null;
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const game = pageStore(storage, page);
  game.lookForSave();
  const sound = silentSound();
  const downloads: { name: string; text: string }[] = [];
  const copied: string[] = [];
  const printed = { count: 0 };
  const unmount = mountApp(root, {
    game,
    sound,
    edges: {
      download: (name, text) => void downloads.push({ name, text }),
      copy: async (text) => {
        copied.push(text);
        return true;
      },
      print: () => void (printed.count += 1),
      portrait: () => {
        const el = document.createElement('span');
        el.className = 'portrait';
        return el;
      },
    },
  });
  mounted = unmount;
  return {
    game,
    root,
    sound,
    storage,
    downloads,
    copied,
    printed,
    unmount,
    screen: () => document.body.dataset.screen,
    press(key: string) {
      const target = document.activeElement ?? document.body;
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      target.dispatchEvent(event);
      // jsdom has no default actions: a browser clicks a focused button on Enter.
      if (!event.defaultPrevented && key === 'Enter' && target instanceof HTMLButtonElement)
        target.click();
    },
  };
}

/** Waits until a condition holds (a lazily loaded screen has drawn itself), at most 3 s. */
export async function until(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the screen');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts a built-in game (Vectra by default) straight to the briefing. */
export async function startGame(
  h: Pick<Harness, 'game'>,
  options: Partial<NewGameOptions> & { scenario?: Scenario } = {},
): Promise<void> {
  const result = await h.game.startGame({
    ref: { kind: 'built-in', id: 'vectra-office-systems' },
    seed: 7,
    difficulty: STANDARD_DIFFICULTY,
    team: 'Team Blue',
    guided: false,
    ...options,
  });
  if (!result.ok) {
    const english = createTranslator('en');
    throw new Error(result.problems.map((p) => formatProblem('scenario', p, english)).join('\n'));
  }
}

/** Answers events with their first affordable option and ends turns until `quarter`. */
export function playTo(h: Pick<Harness, 'game'>, quarter: number): void {
  for (let guard = 0; guard < 200; guard++) {
    const state = h.game.store.getState();
    const session = state.session!;
    if (session.game.status !== 'playing') return;
    if (state.screen === 'results' || state.screen === 'year-review') {
      h.game.acknowledgeReport();
      continue;
    }
    const pending = session.game.pendingEvents[0];
    if (pending) {
      h.game.answerEvent(pending.event, null);
      h.game.closeEventOutcome();
      continue;
    }
    if (session.game.quarter >= quarter) return;
    h.game.dispatch({ type: 'endQuarter' });
  }
}
