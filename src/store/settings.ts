// The player's settings, remembered between visits: language, text size, motion, sound. A stored
// value that is missing or damaged falls back to the default for that one setting.

import type { KeyValueStorage } from './storage';

export const SETTINGS_KEY = 'power-core/settings';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  readonly language: string;
  readonly textSize: TextSize;
  /** Calm screens: no camera moves, walking figures or counting numbers. */
  readonly reducedMotion: boolean;
  readonly sound: boolean;
  readonly music: boolean;
  /** 0..1 */
  readonly volume: number;
}

/** The languages the game speaks, as the store is told (the dictionaries live in src/ui). */
export interface Languages {
  readonly codes: readonly string[];
  readonly fallback: string;
}

export function defaultSettings(prefersReducedMotion: boolean, language: string): Settings {
  return {
    language,
    textSize: 'normal',
    reducedMotion: prefersReducedMotion,
    sound: true,
    music: false,
    volume: 0.7,
  };
}

export function readSettings(
  storage: KeyValueStorage,
  prefersReducedMotion: boolean,
  languages: Languages,
): Settings {
  const settings = defaultSettings(prefersReducedMotion, languages.fallback);
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage.read(SETTINGS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      stored = parsed as Record<string, unknown>;
  } catch {
    // A damaged settings entry: every setting keeps its default.
  }
  const pick = <T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T =>
    ok(value) ? value : fallback;
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  return {
    language: pick(
      stored.language,
      (v): v is string => typeof v === 'string' && languages.codes.includes(v),
      settings.language,
    ),
    textSize: pick(
      stored.textSize,
      (v): v is TextSize => TEXT_SIZES.includes(v as TextSize),
      settings.textSize,
    ),
    reducedMotion: pick(stored.reducedMotion, isBool, settings.reducedMotion),
    sound: pick(stored.sound, isBool, settings.sound),
    music: pick(stored.music, isBool, settings.music),
    volume: pick(
      stored.volume,
      (v): v is number => typeof v === 'number' && v >= 0 && v <= 1,
      settings.volume,
    ),
  };
}

export function writeSettings(storage: KeyValueStorage, settings: Settings): void {
  storage.write(SETTINGS_KEY, JSON.stringify(settings));
}
