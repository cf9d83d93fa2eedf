// The rules of a live workshop room, with no server or database in them: whether the room takes a
// team's decisions now (closed, held at the end of a year, not a decision, not possible in the
// game), what they make of the team's game (the engine replays them: nothing a browser claims is
// trusted), what the facilitator's page shows of a team, the verified result of a finished game,
// and the team names and codes a room hands out. Imports the engine and the workshop's decision
// schema, result code and fingerprint.

import * as v from 'valibot';
import type { Action, Difficulty, GameState, RefusalReason, Scenario } from '../engine';
import { applyActionInPlace, computeScore, ENGINE_VERSION, totalCustomers } from '../engine';
import { actionSchema } from '../workshop/decision-schema';
import { makeResultCode } from '../workshop/result';
import { scenarioFingerprint } from '../workshop/verify';
import { isHeld } from '../workshop/room-protocol';
import type { TeamProgress } from '../workshop/room-protocol';

/** The game every team in a room plays. */
export interface RoomGame {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

/** What the facilitator has set that decides whether decisions are taken now. */
export interface RoomGate {
  readonly closed: boolean;
  /** Teams stop after this quarter (the end of a year) until released; null when none is set. */
  readonly holdAfterQuarter: number | null;
}

/** The most decisions one message may carry (a whole game is about 100 to 200). */
export const MAX_BATCH = 400;

/** Why the room did not take (the rest of) a batch. */
export type BatchStop =
  | { readonly reason: 'closed' }
  | { readonly reason: 'held'; readonly afterQuarter: number }
  | { readonly reason: 'too-many' }
  | { readonly reason: 'finished' }
  | { readonly reason: 'malformed'; readonly index: number }
  | { readonly reason: 'refused'; readonly index: number; readonly refusal: RefusalReason };

export interface BatchOutcome {
  /** How many decisions from the start of the batch the room takes, in order. */
  readonly taken: number;
  /** The taken decisions, as checked (only the fields a decision has). */
  readonly actions: readonly Action[];
  /** The team's game after them (a new state: the one given is not changed). */
  readonly state: GameState;
  /** Why the rest was not taken; null when all were. */
  readonly stopped: BatchStop | null;
}

/**
 * Takes what it can of a batch of a team's decisions, in order, against the team's game so far.
 * A decision is taken only when it is one (by shape), the game is not over, the room is open and
 * not holding the team, and the engine accepts it; the first that is not stops the batch, and the
 * decisions before it are still taken (a team held at a year's end keeps what it played up to it).
 */
export function takeDecisions(
  game: RoomGame,
  gate: RoomGate,
  current: GameState,
  batch: readonly unknown[],
): BatchOutcome {
  const state = structuredClone(current);
  const actions: Action[] = [];
  const outcome = (stopped: BatchStop | null): BatchOutcome => ({
    taken: actions.length,
    actions,
    state,
    stopped,
  });
  if (gate.closed) return outcome({ reason: 'closed' });
  if (batch.length > MAX_BATCH) return outcome({ reason: 'too-many' });
  for (let index = 0; index < batch.length; index++) {
    if (state.status !== 'playing') return outcome({ reason: 'finished' });
    if (isHeld(gate, state))
      return outcome({ reason: 'held', afterQuarter: gate.holdAfterQuarter! });
    const parsed = v.safeParse(actionSchema, batch[index]);
    if (!parsed.success) return outcome({ reason: 'malformed', index });
    const action = parsed.output as Action;
    const refusal = applyActionInPlace(game.scenario, state, action);
    if (refusal) return outcome({ reason: 'refused', index, refusal: refusal.reason });
    actions.push(action);
  }
  return outcome(null);
}

/** The quarter a room holds teams after for "hold at the end of year `year`". */
export function holdAfterYear(year: number): number {
  return year * 4;
}

export function progressOf(gate: RoomGate, state: GameState): TeamProgress {
  const decisions = state.decisions;
  return {
    quarter: Math.min(state.quarter, 20),
    status: state.status,
    held: isHeld(gate, state),
    customers: Math.round(totalCustomers(state.company)),
    twinCustomers: Math.round(totalCustomers(state.twin)),
    ceoSupport: Math.round(state.ceoSupport),
    budget: Math.round(state.budget),
    decisions: decisions.length,
    lastDecision: decisions.length > 0 ? decisions[decisions.length - 1]! : null,
  };
}

/** A finished game's result, worked out by the room from the decisions it took. */
export interface RoomResult {
  readonly resultCode: string;
  readonly score: number;
  readonly fired: boolean;
}

/** The result of a game that is over (null while it is played). */
export function resultOf(game: RoomGame, team: string, state: GameState): RoomResult | null {
  if (state.status === 'playing') return null;
  const resultCode = makeResultCode(game.scenario, {
    team,
    scenarioId: game.scenario.id,
    fingerprint: scenarioFingerprint(game.scenario),
    engineVersion: ENGINE_VERSION,
    seed: state.seed,
    difficulty: state.difficulty,
    decisions: state.decisions,
  });
  return {
    resultCode,
    score: computeScore(game.scenario, state).total,
    fired: state.status === 'fired',
  };
}

/** The longest team name (as everywhere in the game). */
export const MAX_TEAM_NAME = 60;

/** A team name as typed, tidied: spaces trimmed and runs of spaces made one; null when unusable. */
export function teamName(typed: unknown): string | null {
  if (typeof typed !== 'string') return null;
  const name = typed.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length === 0 || name.length > MAX_TEAM_NAME) return null;
  // Control characters have no place in a name shown on a projector.
  if (/\p{Cc}/u.test(name)) return null;
  return name;
}

/** Two names are the same team's when they differ only in case, accents' encoding or spacing. */
export function teamNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('und');
}
