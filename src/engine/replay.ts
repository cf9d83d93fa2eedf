// Replay and saves: a game is its scenario, seed, difficulty and decisions, so a save holds just
// those (plus the engine version and the scenario's fingerprint) and the state is rebuilt by
// replaying them. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { Action, Difficulty, GameState, RefusalReason } from './state-types';
import { applyActionInPlace } from './actions';
import { newGame } from './setup';
import { fingerprint } from './fingerprint';
import { ENGINE_VERSION, isCompatibleVersion } from './version';

export interface Save {
  engineVersion: string;
  scenarioFingerprint: string;
  seed: number;
  difficulty: Difficulty;
  decisions: Action[];
}

export type ReplayResult =
  | { ok: true; state: GameState }
  | { ok: false; reason: 'refused'; index: number; refusal: RefusalReason };

/** Rebuilds the game from its decisions; stops at the first decision the engine refuses. */
export function replay(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  decisions: readonly Action[],
): ReplayResult {
  const state = newGame(scenario, seed, difficulty);
  for (let index = 0; index < decisions.length; index++) {
    const refusal = applyActionInPlace(scenario, state, decisions[index]!);
    if (refusal) return { ok: false, reason: 'refused', index, refusal: refusal.reason };
  }
  return { ok: true, state };
}

export function createSave(scenario: Scenario, state: GameState): Save {
  return {
    engineVersion: ENGINE_VERSION,
    scenarioFingerprint: fingerprint(scenario),
    seed: state.seed,
    difficulty: { ...state.difficulty },
    decisions: state.decisions.map((d) => ({ ...d })),
  };
}

export type RestoreResult =
  | { ok: true; state: GameState }
  | { ok: false; reason: 'engine-version'; found: string }
  | { ok: false; reason: 'scenario-changed' }
  | { ok: false; reason: 'refused'; index: number; refusal: RefusalReason };

/** Restores a save against a scenario, checking that both still match. */
export function restoreSave(scenario: Scenario, save: Save): RestoreResult {
  if (!isCompatibleVersion(save.engineVersion)) {
    return { ok: false, reason: 'engine-version', found: save.engineVersion };
  }
  if (save.scenarioFingerprint !== fingerprint(scenario))
    return { ok: false, reason: 'scenario-changed' };
  return replay(scenario, save.seed, save.difficulty, save.decisions);
}
