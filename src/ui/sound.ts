// The game's sound interface: the names of the sounds and the player the screens call, plus a
// silent recording fake for tests. Imports nothing (howler lives only in howler-sound.ts).

/** Every sound effect the game plays, in the order the synthesiser writes them. */
export const SOUND_NAMES = [
  'click',
  'confirm',
  'back',
  'open',
  'full',
  'pilot',
  'nominal',
  'refused',
  'event',
  'quarter-end',
  'won',
  'lost',
  'year-review',
  'debrief',
  'fired',
  'error',
] as const;

/** A sound effect: one short WAV file in assets/sounds/ (the music loop is not one of them). */
export type SoundName = (typeof SOUND_NAMES)[number];

/** What the screens use to make sound; the composition root picks howler or the silent fake. */
export interface SoundPlayer {
  /** Plays an effect once; does nothing while muted or before audio can start. Never throws. */
  play(name: SoundName): void;
  /** Master volume for effects and music, 0..1 (values outside are clamped). */
  setVolume(v: number): void;
  /** Silences everything at once without forgetting the volume or the music choice. */
  setMuted(m: boolean): void;
  /** Starts (fading in) or stops (fading out) the ambient music loop. */
  setMusic(on: boolean): void;
}

/** The silent fake: records every call so tests can assert what the game asked to hear. */
export interface SilentSound extends SoundPlayer {
  /** Every effect asked for, in order, including those asked for while muted. */
  readonly played: SoundName[];
  /** The last volume set, 0..1 (starts at 1). */
  readonly volume: number;
  readonly muted: boolean;
  readonly music: boolean;
}

/** A SoundPlayer that makes no sound and records what it was asked to do. */
export function silentSound(): SilentSound {
  const state = { volume: 1, muted: false, music: false };
  const played: SoundName[] = [];
  return {
    played,
    get volume() {
      return state.volume;
    },
    get muted() {
      return state.muted;
    },
    get music() {
      return state.music;
    },
    play(name) {
      played.push(name);
    },
    setVolume(v) {
      state.volume = clampVolume(v, state.volume);
    },
    setMuted(m) {
      state.muted = m;
    },
    setMusic(on) {
      state.music = on;
    },
  };
}

/** Clamps a volume to 0..1; a value that is not a number keeps the previous volume. */
export function clampVolume(v: number, previous: number): number {
  if (!Number.isFinite(v)) return previous;
  return Math.min(1, Math.max(0, v));
}
