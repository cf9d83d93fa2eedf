// What the player is shown before deciding: the chances of each answer in a negotiation and what
// asking costs, without drawing any luck or changing the state. Imports only engine modules.

import type { Approach, Scenario } from './scenario-types';
import type { Factor, GameState, NegotiationOutcome, Refusal } from './state-types';
import { findInitiative, findSilo } from './lookup';
import { approachCost, negotiationFactors, negotiationOdds, negotiationScore } from './negotiation';
import { cannotAfford } from './resources';
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
  const run = state.initiatives.find((r) => r.id === initiative);
  const def = findInitiative(scenario, initiative);
  if (!run || !def) return { ok: false, reason: 'not-running' };
  const silo = findSilo(scenario, siloId);
  if (!silo) return { ok: false, reason: 'unknown-silo' };
  const partner = run.partners.find((p) => p.silo === siloId);
  if (!partner) return { ok: false, reason: 'not-a-partner' };
  if (partner.outcome === 'full' || (partner.outcome === 'pilot' && run.scale === 'pilot'))
    return { ok: false, reason: 'already-answered' };
  if (state.negotiatedThisTurn.includes(`${siloId}|${initiative}`))
    return { ok: false, reason: 'already-asked' };
  const cost = approachCost(scenario, state, def, run, approach);
  if ('ok' in cost) return cost;
  const short = cannotAfford(state, {
    actionPoints: NEGOTIATION_ACTION_POINTS,
    budget: cost.budget,
    politicalCapital: cost.capital,
  });
  if (short) return short;
  const factors = negotiationFactors({ scenario, state, silo, def, run, partner, approach }).sort(
    (a, b) => Math.abs(b.value) - Math.abs(a.value),
  );
  const odds = negotiationOdds(negotiationScore(factors));
  if (approach === 'pilot') {
    odds.pilot += odds.full;
    odds.full = 0;
  }
  return { ok: true, odds, factors, cost: { actionPoints: NEGOTIATION_ACTION_POINTS, ...cost } };
}
