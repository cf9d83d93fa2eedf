// The autosave: what the game keeps after every decision so a reload, a closed tab or a crashed
// browser comes back to exactly the same game. It is the engine's save (seed, difficulty,
// decisions, engine version, scenario fingerprint) plus the team, which scenario it was, and
// how far the player has read the reports. Reading one never throws: a damaged or foreign text
// gets a reason the player can be told. Imports valibot and engine types.

import * as v from 'valibot';
import { MAX_SEED } from '../engine';
import { decisionsSchema, difficultySchema } from '../workshop/decision-schema';
import type { Action, Save } from '../engine';
import type { RoomScenario } from '../workshop/room-protocol';

export const SAVE_FORMAT = 'power-core-save/1';

/**
 * Which scenario a game is played on: a built-in id, or the full text of a loaded file (the same
 * reference a live room gives its teams).
 */
export type ScenarioRef = RoomScenario;

/** A team's place in a live room, kept in the save so a reload goes back to the room. */
export interface RoomLink {
  /** The room server's address (its origin). */
  readonly url: string;
  readonly code: string;
  readonly teamId: string;
  /** The team's rejoin code, for a second browser (shown to the team). */
  readonly rejoinCode: string;
}

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  /** When it was written (ISO time), to show on "Continue". */
  readonly savedAt: string;
  readonly team: string;
  readonly scenario: ScenarioRef;
  readonly save: Save;
  /** End-of-turn reports the player has read; a later one is shown again after a reload. */
  readonly reportsRead: number;
  /** The guided first quarter is on. */
  readonly guided: boolean;
  /** The player has left the briefing for the first quarter. */
  readonly briefed: boolean;
  /** The game has ended (absent in saves written before results were kept). */
  readonly finished?: boolean;
  /** The live room the game is played in (absent outside a room). */
  readonly room?: RoomLink;
}

const id = v.pipe(v.string(), v.maxLength(80));

export const engineSaveSchema = v.strictObject({
  engineVersion: v.pipe(v.string(), v.maxLength(20)),
  scenarioFingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
  difficulty: difficultySchema,
  decisions: decisionsSchema,
});

const saveFileSchema = v.strictObject({
  format: v.literal(SAVE_FORMAT),
  savedAt: v.pipe(v.string(), v.maxLength(40)),
  team: v.pipe(v.string(), v.maxLength(60)),
  scenario: v.variant('kind', [
    v.strictObject({ kind: v.literal('built-in'), id }),
    v.strictObject({
      kind: v.literal('custom'),
      name: v.pipe(v.string(), v.maxLength(200)),
      text: v.pipe(v.string(), v.maxLength(1_000_000)),
    }),
  ]),
  save: engineSaveSchema,
  reportsRead: v.pipe(v.number(), v.integer(), v.minValue(0)),
  guided: v.boolean(),
  briefed: v.boolean(),
  finished: v.optional(v.literal(true)),
  room: v.optional(
    v.strictObject({
      url: v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\//)),
      code: v.pipe(v.string(), v.maxLength(20)),
      teamId: v.pipe(v.string(), v.maxLength(80)),
      rejoinCode: v.pipe(v.string(), v.maxLength(20)),
    }),
  ),
});

export type SaveProblem = 'not-json' | 'not-a-save' | 'damaged';

export type ReadSaveResult = { ok: true; file: SaveFile } | { ok: false; problem: SaveProblem };

export function writeSaveFile(file: SaveFile): string {
  return JSON.stringify(file);
}

export function readSaveFile(text: string): ReadSaveResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (
    data === null ||
    typeof data !== 'object' ||
    (data as { format?: unknown }).format !== SAVE_FORMAT
  )
    return { ok: false, problem: 'not-a-save' };
  const parsed = v.safeParse(saveFileSchema, data);
  if (!parsed.success) return { ok: false, problem: 'damaged' };
  const file = parsed.output;
  return {
    ok: true,
    file: { ...file, save: { ...file.save, decisions: file.save.decisions as Action[] } },
  };
}
