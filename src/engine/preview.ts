// What the player is shown before deciding: the chances of each answer in a negotiation and what
// asking costs, without drawing any luck or changing the state. Imports only engine modules.

import type { Approach, Scenario } from './scenario-types';
import type { Factor, GameState, NegotiationOutcome, Refusal } from './state-types';
import { checkNegotiation, negotiationFactors, negotiationScore } from './negotiation';
import { negotiationOdds } from './negotiation-odds';
import { NEGOTIATION_ACTION_POINTS } from './costs';

export interface NegotiationPreview {
  readonly ok: true;
  /** Chances of each answer, 0..1, summing to 1. */
  readonly odds: Record<NegotiationOutcome, number>;
  /** What moves the leader, strongest first. */
  readonly factors: Factor[];
  readonly cost: { actionPoints: number; budget: number; capital: number; support: number };
}

/**
 * The odds and cost of asking a partner silo with an approach, or the reason it cannot be asked
 * now (the same reasons the engine would give).
 */
export function previewNegotiation(
  scenario: Scenario,
  state: GameState,
  initiative: string,
  siloId: string,
  approach: Approach,
): NegotiationPreview | Refusal {
  const check = checkNegotiation(scenario, state, initiative, siloId, approach);
  if ('ok' in check) return check;
  const factors = negotiationFactors(check.setup).sort(
    (a, b) => Math.abs(b.value) - Math.abs(a.value),
  );
  const odds = negotiationOdds(negotiationScore(factors));
  if (approach === 'pilot') {
    odds.pilot += odds.full;
    odds.full = 0;
  }
  return {
    ok: true,
    odds,
    factors,
    cost: { actionPoints: NEGOTIATION_ACTION_POINTS, ...check.cost },
  };
}
