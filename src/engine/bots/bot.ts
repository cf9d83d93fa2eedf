// What a bot is, and the runner that plays a whole game with one. Bots play through the same
// action API as a person (applyActionInPlace) and see the scenario's catalogue and the player's
// view of the state. Their own randomness comes from a stream of their own, never the game's.
// Imports only engine modules.

import type { Scenario } from '../scenario-types';
import type { Action, Difficulty, GameState, RefusalReason } from '../state-types';
import { applyActionInPlace } from '../actions';
import { newGame } from '../setup';
import type { Draw } from '../rng';
import { seededDraw } from '../rng';

export interface BotTurn {
  readonly scenario: Scenario;
  readonly state: GameState;
  /** The bot's own uniform random numbers. */
  readonly draw: Draw;
  /** Actions refused earlier in this turn, so the bot does not repeat them. */
  readonly refused: readonly Action[];
  /** The bot's notes, kept for the whole game. */
  readonly memory: Record<string, unknown>;
}

export interface Bot {
  readonly name: string;
  /** The next decision; a bot ends its turn with `endQuarter`. */
  next(turn: BotTurn): Action;
}

/** After this many refused actions in one turn the runner ends the turn for the bot. */
const MAX_REFUSALS = 12;
/** A turn never takes more decisions than this. */
const MAX_ACTIONS = 60;

export interface PlayedGame {
  state: GameState;
  refusals: { quarter: number; action: Action; reason: RefusalReason }[];
}

/** Plays one full game with a bot and returns the final state. */
export function playGame(
  scenario: Scenario,
  seed: number,
  difficulty: Difficulty,
  bot: Bot,
): PlayedGame {
  const state = newGame(scenario, seed, difficulty);
  const draw = seededDraw(`bot|${bot.name}|${seed}`);
  const memory: Record<string, unknown> = {};
  const refusals: PlayedGame['refusals'] = [];
  while (state.status === 'playing') {
    playTurn(scenario, state, bot, draw, memory, refusals);
  }
  return { state, refusals };
}

/** Plays the bot until it ends the current turn. */
export function playTurn(
  scenario: Scenario,
  state: GameState,
  bot: Bot,
  draw: Draw,
  memory: Record<string, unknown>,
  refusals: PlayedGame['refusals'],
): void {
  const quarter = state.quarter;
  const refused: Action[] = [];
  for (let step = 0; step < MAX_ACTIONS; step++) {
    if (state.status !== 'playing' || state.quarter !== quarter) return;
    const action =
      refused.length >= MAX_REFUSALS
        ? ({ type: 'endQuarter' } as const)
        : bot.next({ scenario, state, draw, refused, memory });
    const refusal = applyActionInPlace(scenario, state, action);
    if (refusal) {
      refused.push(action);
      refusals.push({ quarter, action, reason: refusal.reason });
      if (action.type === 'endQuarter') return;
    }
  }
  if (state.status === 'playing' && state.quarter === quarter) {
    for (const pending of [...state.pendingEvents]) {
      const event = scenario.events.find((e) => e.id === pending.event)!;
      applyActionInPlace(scenario, state, {
        type: 'answerEvent',
        event: pending.event,
        option: event.defaultOption,
      });
    }
    applyActionInPlace(scenario, state, { type: 'endQuarter' });
  }
}

export function sameAction(a: Action, b: Action): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
