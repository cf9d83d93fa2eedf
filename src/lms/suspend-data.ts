// The save as a learning platform keeps it (SCORM's suspend data), as short as it can be: SCORM
// 1.2 keeps only 4,096 characters. A game on a built-in scenario is one line: the scenario's id,
// where the player stands (reports read, guided, briefed), when it was saved, and the game's
// result code, which packs the team, seed, difficulty and every decision into a few hundred
// characters (src/workshop/result.ts). A game on a scenario file is the save file itself (its
// scenario's text inside), which only SCORM 2004's 64,000 characters may hold. Reading one back
// loads the scenario to unpack the decisions. Imports the store's save file and the workshop's
// codes.

import { canonicalJson } from '../engine';
import type { Scenario } from '../engine';
import type { SaveFile } from '../store/save-file';
import { readSaveFile, SAVE_FORMAT, writeSaveFile } from '../store/save-file';
import type { ScenarioLibrary } from '../store/scenario-library';
import { makeResultCode, readResultCode, unpackDecisions } from '../workshop/result';

/** The first field of the short form: its format and version. */
export const SUSPEND_FORMAT = 'PCS1';
const SEPARATOR = '|';

/**
 * The suspend data for a save: the short form for a built-in scenario (`scenario` is the game's
 * own), the save file's JSON for a scenario file.
 */
export function suspendDataOf(file: SaveFile, scenario: Scenario): string {
  if (file.scenario.kind === 'custom') return writeSaveFile(file);
  const code = makeResultCode(scenario, {
    team: file.team,
    scenarioId: file.scenario.id,
    fingerprint: file.save.scenarioFingerprint,
    engineVersion: file.save.engineVersion,
    seed: file.save.seed,
    difficulty: file.save.difficulty,
    decisions: file.save.decisions,
  });
  const flags = `${file.guided ? 'g' : ''}${file.briefed ? 'b' : ''}${file.finished ? 'f' : ''}`;
  return [SUSPEND_FORMAT, file.scenario.id, file.savedAt, file.reportsRead, flags, code].join(
    SEPARATOR,
  );
}

/**
 * The save kept in suspend data, or null when it is not one of the game's (another course's
 * data, damage, an unknown scenario, decisions the scenario does not have). Whether it still
 * replays on this engine and scenario is for Continue to find out, as for any save.
 */
export async function saveFromSuspendData(
  text: string,
  library: ScenarioLibrary,
): Promise<SaveFile | null> {
  if (text.startsWith('{')) {
    const read = readSaveFile(text);
    return read.ok ? read.file : null;
  }
  const fields = text.split(SEPARATOR);
  if (fields.length !== 6 || fields[0] !== SUSPEND_FORMAT) return null;
  const [, id, savedAt, reportsText, flags, code] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const reportsRead = Number(reportsText);
  if (!Number.isInteger(reportsRead) || reportsRead < 0 || !/^g?b?f?$/.test(flags)) return null;
  const read = readResultCode(code);
  if (!read.ok) return null;
  const loaded = await library.builtIn(id);
  if (!loaded.ok) return null;
  const packed = read.result;
  const decisions = unpackDecisions(loaded.scenario, packed.decisions);
  if (!decisions) return null;
  const file: SaveFile = {
    format: SAVE_FORMAT,
    savedAt,
    team: packed.team,
    scenario: { kind: 'built-in', id },
    save: {
      engineVersion: packed.engineVersion,
      scenarioFingerprint: packed.fingerprint,
      seed: packed.seed,
      difficulty: packed.difficulty,
      decisions,
    },
    reportsRead,
    guided: flags.includes('g'),
    briefed: flags.includes('b'),
    ...(flags.includes('f') ? { finished: true as const } : {}),
  };
  // The same checks as a save from the browser's storage (lengths, ids, ranges).
  const checked = readSaveFile(writeSaveFile(file));
  return checked.ok ? checked.file : null;
}

/** Two saves of the same game: team, scenario, seed, difficulty and scenario version agree. */
function sameGame(a: SaveFile, b: SaveFile): boolean {
  const ref = (f: SaveFile) =>
    f.scenario.kind === 'built-in' ? `built-in:${f.scenario.id}` : `custom:${f.scenario.name}`;
  return (
    a.team === b.team &&
    ref(a) === ref(b) &&
    a.save.seed === b.save.seed &&
    a.save.scenarioFingerprint === b.save.scenarioFingerprint &&
    canonicalJson(a.save.difficulty) === canonicalJson(b.save.difficulty)
  );
}

/**
 * Whether `here` is `kept`'s game played as far or further: `kept`'s decisions begin it, and it
 * has read at least as many reports. Then the browser's save is the newer one (the LMS refused or
 * missed a save), and it is the one to resume.
 */
export function continues(here: SaveFile, kept: SaveFile): boolean {
  if (!sameGame(here, kept)) return false;
  const mine = here.save.decisions;
  const theirs = kept.save.decisions;
  if (mine.length < theirs.length) return false;
  if (!theirs.every((d, i) => canonicalJson(d) === canonicalJson(mine[i]))) return false;
  return mine.length > theirs.length || here.reportsRead >= kept.reportsRead;
}
