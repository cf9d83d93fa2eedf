// Verifying a team's result by replaying it: a code or a file is read, matched with the
// workshop's scenario by fingerprint, replayed on this engine, and scored from the replay. A
// score written in a file is never trusted; a file whose check value does not match was edited.
// Pure: the command line and the leaderboard page share it. Imports valibot and the engine.

import * as v from 'valibot';
import type { Action, GameState, Scenario, ScoreBreakdown } from '../engine';
import { computeScore, fingerprint, isCompatibleVersion, MAX_SEED, replay } from '../engine';
import { decisionsSchema, difficultySchema } from './decision-schema';
import type { GameResult, ResultFile } from './result';
import { fileCheck, idHash, readResultCode, RESULT_FORMAT, unpackDecisions } from './result';

export type RejectReason =
  | 'not-a-result'
  | 'damaged'
  | 'edited'
  | 'unknown-scenario'
  | 'scenario-version'
  | 'engine-version'
  | 'does-not-replay'
  | 'unfinished'
  | 'score-mismatch';

export interface Verified {
  readonly ok: true;
  readonly source: 'code' | 'file';
  readonly result: GameResult;
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly score: ScoreBreakdown;
}

export interface Rejected {
  readonly ok: false;
  readonly reason: RejectReason;
  /** The team, when it could be read. */
  readonly team?: string;
  /** Which scenario a different version was of; the decision that did not replay; versions. */
  readonly scenarioId?: string;
  readonly decision?: number;
  readonly found?: string;
  readonly claimed?: number;
  readonly actual?: number;
}

export type Verification = Verified | Rejected;

const fingerprints = new WeakMap<Scenario, string>();
export function scenarioFingerprint(scenario: Scenario): string {
  let found = fingerprints.get(scenario);
  if (!found) {
    found = fingerprint(scenario);
    fingerprints.set(scenario, found);
  }
  return found;
}

const fileSchema = v.strictObject({
  format: v.literal(RESULT_FORMAT),
  team: v.pipe(v.string(), v.maxLength(60)),
  scenario: v.strictObject({
    id: v.pipe(v.string(), v.maxLength(80)),
    title: v.pipe(v.string(), v.maxLength(200)),
    fingerprint: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  }),
  engineVersion: v.pipe(v.string(), v.maxLength(20)),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SEED)),
  difficulty: difficultySchema,
  decisions: decisionsSchema,
  claimed: v.strictObject({ total: v.number(), quarter: v.number() }),
  code: v.pipe(v.string(), v.maxLength(20_000)),
  check: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
});

function finish(
  source: 'code' | 'file',
  result: GameResult,
  scenarios: readonly Scenario[],
  decisionsFor: (scenario: Scenario) => Action[] | null,
  claimed?: number,
  knownId?: (scenario: Scenario) => boolean,
): Verification {
  const team = result.team;
  const scenario = scenarios.find((s) => scenarioFingerprint(s) === result.fingerprint);
  if (!scenario) {
    const same = knownId ? scenarios.find(knownId) : undefined;
    return same
      ? { ok: false, reason: 'scenario-version', team, scenarioId: same.id }
      : { ok: false, reason: 'unknown-scenario', team };
  }
  if (!isCompatibleVersion(result.engineVersion))
    return { ok: false, reason: 'engine-version', team, found: result.engineVersion };
  const decisions = decisionsFor(scenario);
  if (!decisions) return { ok: false, reason: 'damaged', team };
  const replayed = replay(scenario, result.seed, result.difficulty, decisions);
  if (!replayed.ok)
    return { ok: false, reason: 'does-not-replay', team, decision: replayed.index + 1 };
  if (replayed.state.status === 'playing') return { ok: false, reason: 'unfinished', team };
  const score = computeScore(scenario, replayed.state);
  if (claimed !== undefined && claimed !== score.total)
    return { ok: false, reason: 'score-mismatch', team, claimed, actual: score.total };
  return {
    ok: true,
    source,
    result: { ...result, scenarioId: scenario.id, decisions },
    scenario,
    state: replayed.state,
    score,
  };
}

/** Verifies a result code (PC1-…) or the text of a result file against the known scenarios. */
export function verifyResult(text: string, scenarios: readonly Scenario[]): Verification {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      return { ok: false, reason: 'damaged' };
    }
    if (
      !data ||
      typeof data !== 'object' ||
      (data as { format?: unknown }).format !== RESULT_FORMAT
    )
      return { ok: false, reason: 'not-a-result' };
    const parsed = v.safeParse(fileSchema, data);
    if (!parsed.success) return { ok: false, reason: 'damaged' };
    const file = parsed.output as ResultFile;
    const { check, ...rest } = file;
    if (fileCheck(rest) !== check) return { ok: false, reason: 'edited', team: file.team };
    const result: GameResult = {
      team: file.team,
      scenarioId: file.scenario.id,
      fingerprint: file.scenario.fingerprint,
      engineVersion: file.engineVersion,
      seed: file.seed,
      difficulty: file.difficulty,
      decisions: file.decisions,
    };
    return finish(
      'file',
      result,
      scenarios,
      () => [...file.decisions],
      file.claimed.total,
      (s) => s.id === file.scenario.id,
    );
  }
  const read = readResultCode(trimmed);
  if (!read.ok) return { ok: false, reason: read.problem };
  const packed = read.result;
  const result: GameResult = {
    team: packed.team,
    scenarioId: '',
    fingerprint: packed.fingerprint,
    engineVersion: packed.engineVersion,
    seed: packed.seed,
    difficulty: packed.difficulty,
    decisions: [],
  };
  return finish(
    'code',
    result,
    scenarios,
    (scenario) => unpackDecisions(scenario, packed.decisions),
    undefined,
    (s) => idHash(s.id) === packed.scenarioIdHash,
  );
}

/** The words' parameters for a rejection (`verify.<reason>` in the dictionary). */
export function rejectionParams(
  v: Rejected,
  scenarioName: string,
): Record<string, string | number> {
  return {
    scenario: scenarioName,
    decision: v.decision ?? 0,
    found: v.found ?? '',
    claimed: v.claimed ?? 0,
    actual: v.actual ?? 0,
  };
}

/**
 * The same game verified twice (a code and its file) is one entry on the leaderboard; a rejected
 * result is never the same game as another.
 */
export function sameGame(a: Verification, b: Verification): boolean {
  if (!a.ok || !b.ok) return false;
  return (
    a.result.team === b.result.team &&
    a.result.fingerprint === b.result.fingerprint &&
    a.result.seed === b.result.seed &&
    JSON.stringify(a.result.difficulty) === JSON.stringify(b.result.difficulty) &&
    JSON.stringify(a.result.decisions) === JSON.stringify(b.result.decisions)
  );
}
