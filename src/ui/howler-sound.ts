// The SoundPlayer that makes real sound: plays assets/sounds/*.wav through howler, creating
// nothing until the first user gesture (or first play), and never throwing. The only module that
// imports howler; imports nothing else but the sound interface.

import { Howl, Howler } from 'howler';
import { SOUND_NAMES, clampVolume } from './sound';
import type { SoundName, SoundPlayer } from './sound';

type FileName = SoundName | 'music';

// One literal `new URL(…, import.meta.url)` per file: vite sees each and emits (or inlines) the
// file in the production build; in node they are plain file: URLs.
const FILES: Record<FileName, string> = {
  click: new URL('../../assets/sounds/click.wav', import.meta.url).href,
  confirm: new URL('../../assets/sounds/confirm.wav', import.meta.url).href,
  back: new URL('../../assets/sounds/back.wav', import.meta.url).href,
  open: new URL('../../assets/sounds/open.wav', import.meta.url).href,
  full: new URL('../../assets/sounds/full.wav', import.meta.url).href,
  pilot: new URL('../../assets/sounds/pilot.wav', import.meta.url).href,
  nominal: new URL('../../assets/sounds/nominal.wav', import.meta.url).href,
  refused: new URL('../../assets/sounds/refused.wav', import.meta.url).href,
  event: new URL('../../assets/sounds/event.wav', import.meta.url).href,
  'quarter-end': new URL('../../assets/sounds/quarter-end.wav', import.meta.url).href,
  won: new URL('../../assets/sounds/won.wav', import.meta.url).href,
  lost: new URL('../../assets/sounds/lost.wav', import.meta.url).href,
  'year-review': new URL('../../assets/sounds/year-review.wav', import.meta.url).href,
  debrief: new URL('../../assets/sounds/debrief.wav', import.meta.url).href,
  fired: new URL('../../assets/sounds/fired.wav', import.meta.url).href,
  error: new URL('../../assets/sounds/error.wav', import.meta.url).href,
  music: new URL('../../assets/sounds/music.wav', import.meta.url).href,
};

/** The customer ticks fire in bursts during a quarter's resolution: at most one each per 70 ms. */
const TICK_GAP_MS = 70;
/** Any other effect asked for twice within 40 ms (a double event) plays once. */
const REPEAT_GAP_MS = 40;
/** An effect whose file is still loading plays when it arrives only if it is still this fresh. */
const LATE_MS = 400;
const MUSIC_FADE_IN_MS = 2500;
const MUSIC_FADE_OUT_MS = 900;
const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const;
/** The audio context opens this long after the player is made (the title is up by then). */
const OPEN_AFTER_MS = 300;

/** What happened inside the player, for diagnostics and the browser check. */
export interface SoundEvent {
  type: 'started' | 'load' | 'play' | 'loaderror' | 'playerror' | 'unavailable';
  name?: FileName;
  detail?: string;
}

export interface HowlerSoundOptions {
  /** Clock in milliseconds, for throttling (default performance.now). */
  now?: () => number;
  /** Where the first user gesture is listened for (default window; none in node). */
  gestureTarget?: EventTarget;
  onEvent?: (event: SoundEvent) => void;
}

/**
 * A SoundPlayer backed by howler (Web Audio, falling back to HTML5 Audio). `baseUrl` '' plays the
 * files bundled by vite; any other value loads `<baseUrl>/<name>.wav` instead (a hosted set).
 * Before the first user gesture, effects that the browser would not let play are dropped rather
 * than queued, so they never burst out together later; the music waits for the gesture.
 */
export function createHowlerSound(baseUrl = '', options: HowlerSoundOptions = {}): SoundPlayer {
  const now = options.now ?? (() => performance.now());
  const target = options.gestureTarget ?? (typeof window === 'undefined' ? undefined : window);
  const howls = new Map<SoundName, Howl>();
  const failed = new Set<FileName>();
  const lastPlayed = new Map<SoundName, number>();
  let volume = 1;
  let muted = false;
  let musicWanted = false;
  let started = false;
  let broken = false;
  let unlocked = false;
  let music: Howl | undefined;
  let musicId: number | undefined;
  let musicToken = 0;

  const report = (event: SoundEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A faulty listener must not take the sound down with it.
    }
  };

  /** Runs howler calls; an exception means audio is unusable here, and we go quiet for good. */
  const guard = (what: string, fn: () => void) => {
    if (broken) return;
    try {
      fn();
    } catch (error) {
      broken = true;
      report({ type: 'unavailable', detail: `${what}: ${String(error)}` });
    }
  };

  const url = (name: FileName) =>
    baseUrl === '' ? FILES[name] : `${baseUrl.replace(/\/+$/, '')}/${name}.wav`;

  const makeHowl = (name: FileName, loop: boolean): Howl =>
    new Howl({
      src: [url(name)],
      format: ['wav'],
      loop,
      volume: loop ? 0 : 1,
      preload: true,
      onload: () => report({ type: 'load', name }),
      onloaderror: (_id, error) => {
        failed.add(name);
        report({ type: 'loaderror', name, detail: String(error) });
      },
      onplay: () => report({ type: 'play', name }),
      onplayerror: (_id, error) => report({ type: 'playerror', name, detail: String(error) }),
    });

  /**
   * True once the browser lets audio start: after a gesture, or once the context runs (autoplay
   * allowed). Latched, so howler's own suspend-when-idle does not count as locked.
   */
  const audioAllowed = () => {
    unlocked ||= !Howler.ctx || Howler.ctx.state === 'running';
    return unlocked;
  };

  /** Fades the music in or out to match musicWanted; the file loads on the first fade-in. */
  const applyMusic = () => {
    if (!started || broken) return;
    const token = ++musicToken;
    guard('music', () => {
      if (musicWanted && audioAllowed()) {
        music ??= makeHowl('music', true);
        if (musicId === undefined) musicId = music.play();
        else if (!music.playing(musicId)) music.play(musicId);
        const from = music.state() === 'loaded' ? (music.volume(musicId) as number) : 0;
        music.fade(from, 1, MUSIC_FADE_IN_MS, musicId);
      } else if (!musicWanted && music && musicId !== undefined) {
        const [playing, id] = [music, musicId];
        playing.fade(playing.volume(id) as number, 0, MUSIC_FADE_OUT_MS, id);
        setTimeout(() => {
          if (token === musicToken) guard('music pause', () => playing.pause(id));
        }, MUSIC_FADE_OUT_MS + 50);
      }
    });
  };

  /**
   * Creates the audio context, which the browser keeps suspended until a gesture. Done ahead of
   * the first key press, while the player reads the title: creating it took a quarter of a second
   * on a slow laptop, and inside the key press it held the next screen back that long.
   */
  let opened = false;
  const openContext = () => {
    if (opened || broken) return;
    opened = true;
    guard('open', () => {
      Howler.volume(volume); // creates the AudioContext
      Howler.mute(muted);
      if (Howler.noAudio) {
        broken = true;
        report({ type: 'unavailable', detail: 'no audio support' });
        return;
      }
      const ctx = Howler.ctx as AudioContext | null | undefined;
      ctx?.addEventListener('statechange', () => {
        if (ctx.state === 'running' && !unlocked) {
          unlocked = true;
          if (musicWanted && musicId === undefined) applyMusic();
        }
      });
    });
  };

  /** Opens the context if need be and loads the effects (small, ~290 KB); music on demand. */
  const start = () => {
    if (started || broken) return;
    started = true;
    openContext();
    if (broken) return;
    report({ type: 'started', detail: Howler.usingWebAudio ? 'webaudio' : 'html5' });
    loadEffects(0);
    applyMusic();
  };

  /**
   * Loads the effects a few per task, after the one that started the sound: all sixteen at once
   * held the player's first key press for a quarter of a second on a slow laptop. An effect asked
   * for before its player exists is dropped, as one still loading would be when it came too late.
   */
  const EFFECTS_PER_TASK = 4;
  const loadEffects = (from: number) => {
    setTimeout(() => {
      if (broken) return;
      guard('load', () => {
        for (const name of SOUND_NAMES.slice(from, from + EFFECTS_PER_TASK))
          howls.set(name, makeHowl(name, false));
      });
      if (from + EFFECTS_PER_TASK < SOUND_NAMES.length) loadEffects(from + EFFECTS_PER_TASK);
    }, 0);
  };

  const onGesture = () => {
    for (const type of GESTURES) target?.removeEventListener(type, onGesture, true);
    unlocked = true;
    start();
    // Safari resumes a context only from inside the gesture's own handler.
    guard('resume', () => {
      if (Howler.ctx && Howler.ctx.state !== 'running') void Howler.ctx.resume().catch(() => {});
    });
    applyMusic();
  };
  for (const type of GESTURES) target?.addEventListener(type, onGesture, true);
  if (target) setTimeout(openContext, OPEN_AFTER_MS);

  /**
   * Plays a loaded effect at once; one still loading plays on arrival if still fresh. Not yet
   * allowed to sound means dropped: howler would queue it and play the queue all at once later.
   */
  const playNow = (name: SoundName, askedAt: number) => {
    const howl = howls.get(name);
    if (!howl || failed.has(name)) return;
    if (howl.state() === 'loaded') {
      if (audioAllowed()) howl.play();
      return;
    }
    howl.once('load', () => {
      if (!muted && now() - askedAt <= LATE_MS && audioAllowed()) guard('play', () => howl.play());
    });
  };

  return {
    play(name) {
      if (broken || muted) return;
      guard('play', () => {
        const t = now();
        const gap = name === 'won' || name === 'lost' ? TICK_GAP_MS : REPEAT_GAP_MS;
        const last = lastPlayed.get(name);
        if (last !== undefined && t - last < gap) return;
        lastPlayed.set(name, t);
        start();
        playNow(name, t);
      });
    },
    setVolume(v) {
      volume = clampVolume(v, volume);
      if (started) guard('volume', () => Howler.volume(volume));
    },
    setMuted(m) {
      muted = m;
      if (started) guard('mute', () => Howler.mute(muted));
    },
    setMusic(on) {
      if (on === musicWanted) return;
      musicWanted = on;
      applyMusic();
    },
  };
}
