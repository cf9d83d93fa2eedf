// The composition root of the browser game: the store with its edges (browser storage, the
// scenario library, the clock), sound, the DOM panels, Phaser - loaded in its own chunk behind
// the title screen - and, in the hosted build, the service worker that keeps it offline.
// Everything else receives what it needs from here.

import '@fontsource-variable/inter';
import '@fontsource-variable/rubik';
import './ui/styles.css';
import { createAppStore } from './store/app-store';
import { browserStorage } from './store/storage';
import { createScenarioLibrary } from './store/scenario-library';
import { mountApp, preloadScreens, stepBack } from './ui/app';
import { installBackButton } from './ui/back-button';
import { lazySound } from './ui/lazy-sound';
import { browserLanguage, createTranslator, gameLanguages, loadLanguage } from './ui/i18n';
import { floorView } from './ui/view-model';
import type { FloorFeed } from './stage/floor-view';
import { portraitCanvas } from './game/art/portrait';
import { fitStage } from './ui/stage';
import { inlineChecker, workerChecker } from './ui/scenario-checker';
import { checkerWorker } from './ui/checker-worker';
import { MAX_SEED } from './engine';
import { PACKAGE_MODE, registerOffline, SCORM_MODE } from './ui/offline';
import { readLiveAddress } from './store/live-actions';

const stage = document.getElementById('stage')!;
const world = document.getElementById('world')!;
const ui = document.getElementById('ui')!;
const boot = document.getElementById('boot')!;

// The language to start in: a tester's `?lang=`, else the browser's (Polish, Ukrainian or
// English); a language chosen before is remembered in the settings and wins over both.
const asked = new URLSearchParams(location.search).get('lang');
const languages = gameLanguages(
  asked ?? browserLanguage(navigator.languages ?? [navigator.language]),
);

const library = createScenarioLibrary();
const checker =
  typeof Worker === 'function'
    ? workerChecker(checkerWorker)
    : inlineChecker((text) => library.fromText(text));
const storage = browserStorage(() => window.localStorage);
const game = createAppStore({
  storage,
  library,
  checker,
  languages,
  now: () => new Date(),
  prefersReducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  randomSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]! % (MAX_SEED + 1),
  connectRoom: () => import('./workshop/room-connection').then((m) => m.connectRoom),
  pageOrigin:
    location.protocol === 'http:' || location.protocol === 'https:' ? location.origin : null,
  // Another window of the game on this computer wrote to storage (the browser tells the others).
  watchStorage(changed) {
    const listener = (event: StorageEvent) => changed(event.key);
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  },
});
// The SCORM packages only (`npm run package` builds them in the "scorm" mode; the hosted game
// has none of this code): inside a learning platform, its save is put where Continue finds it,
// and the game is followed to keep the save and report the result there.
if (import.meta.env.MODE === SCORM_MODE)
  await import('./lms/launch').then((lms) => lms.joinLms(window, game, storage));
game.lookForSave();
if (asked && languages.codes.includes(asked)) game.updateSettings({ language: asked });
// The address a live room prints for its teams (`…/?room=K7QX2MA`): the code waits in "Join a
// workshop" (the title still offers Continue first, for a team coming back to its game).
const roomCode = new URLSearchParams(location.search).get('room');
if (roomCode) game.setJoinText(roomCode);
// The first screen is drawn in its language: fetch its words first (English is already here).
await loadLanguage(game.store.getState().settings.language).catch((error: unknown) => {
  console.error('The language could not be loaded; showing English.', error);
});

const sound = lazySound(() => import('./ui/howler-sound').then((m) => m.createHowlerSound()));

mountApp(ui, {
  game,
  sound,
  edges: {
    download(fileName, text, type = 'text/plain') {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    print: () => window.print(),
    portrait(params, mood, size) {
      const canvas = portraitCanvas(params, mood, size);
      canvas.classList.add('portrait');
      canvas.setAttribute('aria-hidden', 'true');
      return canvas;
    },
  },
});

fitStage(stage, window, (height) => game.setStageHeight(height));

installBackButton(window, { back: () => stepBack(ui, game) });

/** The floor view for Phaser, rebuilt only when the store changes. */
function floorFeed(): FloorFeed {
  let translator = createTranslator(game.store.getState().settings.language);
  const build = () => {
    const state = game.store.getState();
    if (translator.lang !== state.settings.language)
      translator = createTranslator(state.settings.language);
    return floorView(state, translator);
  };
  let current = build();
  let source = game.store.getState();
  const get = () => {
    if (game.store.getState() !== source) {
      source = game.store.getState();
      current = build();
    }
    return current;
  };
  return {
    get,
    subscribe: (listener) => game.store.subscribe(() => listener(get())),
  };
}

/** The title shows at once; the rest of the game arrives while the player reads it. */
function openTitle(): void {
  game.open('title');
  boot.hidden = true;
  performance.mark('title-interactive');
  void game.loadBuiltIns();
  void preloadScreens();
  sound.preload();
}

/**
 * The office and the city behind the panels: Phaser (its own chunk, most of the game's code) is
 * fetched and started behind the title, and its canvas fades in once its textures are painted.
 * The panels never wait for it.
 */
async function startOffice(): Promise<void> {
  const [{ startPhaser }] = await Promise.all([
    import('./game/start-phaser'),
    document.fonts?.load("600 20px 'Rubik Variable'").catch(() => undefined),
  ]);
  startPhaser(world, floorFeed(), { onReady: () => world.classList.add('is-ready') });
}

/**
 * The hosted build keeps itself for offline play once the page has loaded (its first files come
 * first). Not in development or the tests (no build), nor in the one-file or SCORM packages.
 */
function keepOffline(): void {
  if (!import.meta.env.PROD) return;
  if (import.meta.env.MODE === PACKAGE_MODE || import.meta.env.MODE === SCORM_MODE) return;
  const edges = {
    location: window.location,
    isSecureContext: window.isSecureContext,
    // Absent on plain http from another computer: there the game plays online only.
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
  };
  const register = () => void registerOffline(edges, () => game.announceUpdate());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * The facilitator's address that npm run room printed (`#live=CODE&key=KEY`) opens the live
 * page; the key then leaves the address bar, so it is not shown on a projector or kept in the
 * history.
 */
function openLiveRoom(): void {
  if (!location.hash.startsWith('#live=')) return;
  const address = readLiveAddress(location.hash);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  if (address) void game.watchRoom(address);
}

openTitle();
openLiveRoom();
startOffice().catch((error: unknown) => {
  // Without the office drawing the game still plays: the panels carry everything.
  console.warn('The office could not be drawn; playing without it.', error);
});
keepOffline();
