// Shared test fixtures: the built-in scenarios loaded through the real loader, and small helpers
// to play a game forward by answering events with their default option.

import { loadScenarioFile, builtInIds } from '../src/cli/scenario-files';
import type { Action, GameState, Scenario } from '../src/engine';
import { applyActionInPlace, ENGINE_VERSION, newGame, STANDARD_DIFFICULTY } from '../src/engine';
import { botByName, playGame } from '../src/engine/bots';
import type { GameResult } from '../src/workshop/result';
import { scenarioFingerprint } from '../src/workshop/verify';

const cache = new Map<string, Scenario>();

export function builtIn(id = 'vectra-office-systems'): Scenario {
  let scenario = cache.get(id);
  if (!scenario) {
    const result = loadScenarioFile(id);
    if (!result.ok) throw new Error(`${id} does not load: ${JSON.stringify(result.problems)}`);
    scenario = result.scenario;
    cache.set(id, scenario);
  }
  return scenario;
}

export { builtInIds };

export function freshGame(seed = 7, scenario = builtIn()): GameState {
  return newGame(scenario, seed, STANDARD_DIFFICULTY);
}

/** Answers every pending event with its default option. */
export function answerDefaults(scenario: Scenario, state: GameState): void {
  for (const pending of [...state.pendingEvents]) {
    const event = scenario.events.find((e) => e.id === pending.event)!;
    const refusal = applyActionInPlace(scenario, state, {
      type: 'answerEvent',
      event: pending.event,
      option: event.defaultOption,
    });
    if (refusal) throw new Error(`default answer refused: ${refusal.reason}`);
  }
}

/** Applies an action that must be accepted. */
export function must(scenario: Scenario, state: GameState, action: Action): void {
  const refusal = applyActionInPlace(scenario, state, action);
  if (refusal) throw new Error(`${action.type} refused: ${refusal.reason}`);
}

/** Ends quarters (answering events by default) until `quarter` is being played. */
export function playUntil(scenario: Scenario, state: GameState, quarter: number): void {
  while (state.status === 'playing' && state.quarter < quarter) {
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'endQuarter' });
  }
}

/** A bot's finished game as a team's result (for result codes, files and the leaderboard). */
export function botResult(
  scenario: Scenario,
  seed: number,
  bot: string,
  team = 'Owls',
): GameResult {
  const { state } = playGame(scenario, seed, STANDARD_DIFFICULTY, botByName(bot, scenario)!);
  return {
    team,
    scenarioId: scenario.id,
    fingerprint: scenarioFingerprint(scenario),
    engineVersion: ENGINE_VERSION,
    seed,
    difficulty: STANDARD_DIFFICULTY,
    decisions: state.decisions,
  };
}
