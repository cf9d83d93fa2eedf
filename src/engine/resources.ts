// The CCO's resources for a turn: checking that a cost can be paid, and paying it. Every budget
// spent also comes out of customer profit, so it is counted for the turn and the year.
// Imports only engine types.

import type { GameState, Refusal } from './state-types';

export interface Cost {
  readonly actionPoints?: number;
  readonly budget?: number;
  readonly politicalCapital?: number;
}

/** A refusal naming the first resource that is short, or null when the cost can be paid. */
export function cannotAfford(state: GameState, cost: Cost): Refusal | null {
  const ap = cost.actionPoints ?? 0;
  const budget = cost.budget ?? 0;
  const capital = cost.politicalCapital ?? 0;
  if (state.actionPoints < ap)
    return { ok: false, reason: 'no-action-points', need: ap, have: state.actionPoints };
  if (state.budget < budget)
    return { ok: false, reason: 'no-budget', need: budget, have: state.budget };
  if (state.politicalCapital < capital)
    return {
      ok: false,
      reason: 'no-political-capital',
      need: capital,
      have: state.politicalCapital,
    };
  return null;
}

export function pay(state: GameState, cost: Cost): void {
  state.actionPoints -= cost.actionPoints ?? 0;
  state.politicalCapital -= cost.politicalCapital ?? 0;
  const budget = cost.budget ?? 0;
  state.budget -= budget;
  state.spentThisTurn += budget;
  state.spentThisYear += budget;
}

/** Gives budget back (a launch that became a pilot); it no longer counts as spent. */
export function refund(state: GameState, budget: number): void {
  state.budget += budget;
  state.spentThisTurn -= budget;
  state.spentThisYear -= budget;
}
