// Finished games kept on this computer ("Your results" on the title screen): each with its result
// code, its score and the save it came from, so a team can open its debrief again, copy its code
// for the facilitator, or start a new game without losing anything. Games are only ever added
// here (once each, by result code) or removed by the player. An archive that cannot be read is
// set aside under its own key, never overwritten. Imports valibot and the save file's schema.

import * as v from 'valibot';
import type { KeyValueStorage } from './storage';
import type { SaveFile } from './save-file';
import { readSaveFile, writeSaveFile } from './save-file';

export const RESULTS_KEY = 'power-core/results';
const RESULTS_FORMAT = 'power-core-results/1';

export interface KeptResult {
  /** The result code: it names the game (same team, scenario, seed and decisions). */
  readonly code: string;
  readonly finishedAt: string;
  readonly team: string;
  /** The built-in scenario's id, or a custom file's name (as "Continue" shows it). */
  readonly scenario: string;
  readonly fired: boolean;
  /** Quarters played (up to the firing, for a fired CCO). */
  readonly quarter: number;
  readonly score: number;
  /** The finished game's save, to open its debrief again. */
  readonly file: SaveFile;
}

const keptSchema = v.strictObject({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
  finishedAt: v.pipe(v.string(), v.maxLength(40)),
  team: v.pipe(v.string(), v.maxLength(60)),
  scenario: v.pipe(v.string(), v.maxLength(200)),
  fired: v.boolean(),
  quarter: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(40)),
  score: v.pipe(v.number(), v.finite()),
  file: v.string(),
});

const archiveSchema = v.strictObject({
  format: v.literal(RESULTS_FORMAT),
  results: v.array(keptSchema),
});

export type ArchiveRead =
  | { readonly ok: true; readonly results: readonly KeptResult[] }
  | { readonly ok: false; readonly raw: string };

/** The kept results, newest first; a damaged archive is reported with its text. */
export function readResults(storage: KeyValueStorage): ArchiveRead {
  const raw = storage.read(RESULTS_KEY);
  if (raw === null) return { ok: true, results: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, raw };
  }
  const parsed = v.safeParse(archiveSchema, data);
  if (!parsed.success) return { ok: false, raw };
  const results: KeptResult[] = [];
  for (const entry of parsed.output.results) {
    const file = readSaveFile(entry.file);
    if (!file.ok) return { ok: false, raw };
    results.push({ ...entry, file: file.file });
  }
  return { ok: true, results };
}

function writeResults(storage: KeyValueStorage, results: readonly KeptResult[]): boolean {
  return storage.write(
    RESULTS_KEY,
    JSON.stringify({
      format: RESULTS_FORMAT,
      results: results.map((r) => ({ ...r, file: writeSaveFile(r.file) })),
    }),
  );
}

/**
 * Moves a damaged archive aside (under a key of its own, kept) so new results can be written;
 * returns the key it was moved to.
 */
function setAside(storage: KeyValueStorage, raw: string): string {
  let n = 1;
  while (storage.read(`${RESULTS_KEY}-damaged-${n}`) !== null) n += 1;
  const key = `${RESULTS_KEY}-damaged-${n}`;
  storage.write(key, raw);
  return key;
}

export type KeepOutcome = 'kept' | 'already-kept' | 'not-written';

/** Adds a finished game (once: a result already kept is left as it is). */
export function keepResult(storage: KeyValueStorage, result: KeptResult): KeepOutcome {
  const read = readResults(storage);
  if (!read.ok) setAside(storage, read.raw);
  const results = read.ok ? read.results : [];
  if (results.some((r) => r.code === result.code)) return 'already-kept';
  return writeResults(storage, [result, ...results]) ? 'kept' : 'not-written';
}

/** Removes one kept result (the player asked to); returns whether it was there. */
export function forgetResult(storage: KeyValueStorage, code: string): boolean {
  const read = readResults(storage);
  if (!read.ok) return false;
  const left = read.results.filter((r) => r.code !== code);
  if (left.length === read.results.length) return false;
  writeResults(storage, left);
  return true;
}
