// Luck in a negotiation: a leader's answer is the score before luck plus a uniform draw, cut at
// the thresholds for a full yes, a pilot and a nominal yes. The odds the player sees, the outcome
// of a draw, and the factor the leader names for it. Imports only engine modules.

import type { Factor, NegotiationOutcome } from './state-types';
import { clamp } from './numbers';
import { TUNING } from './tuning';

const N = TUNING.negotiation;

/**
 * The chances of each outcome for a score, as shown to the player. Luck is uniform over
 * ±luck/2, so each chance is linear in the score (clamped to 0..1).
 */
export function negotiationOdds(score: number): Record<NegotiationOutcome, number> {
  const full = chanceAtLeast(score, N.fullAt);
  const pilot = chanceAtLeast(score, N.pilotAt) - full;
  const nominal = chanceAtLeast(score, N.nominalAt) - full - pilot;
  return { full, pilot, nominal, refused: 1 - full - pilot - nominal };
}

/** The chance that score plus luck reaches a threshold, 0..1. */
function chanceAtLeast(score: number, threshold: number): number {
  return clamp(0.5 + (score - threshold) / N.luck, 0, 1);
}

/** The outcome for a score and a uniform draw u in [0, 1). */
export function negotiationOutcome(score: number, u: number): NegotiationOutcome {
  const q = score + N.luck * (u - 0.5);
  if (q >= N.fullAt) return 'full';
  if (q >= N.pilotAt) return 'pilot';
  if (q >= N.nominalAt) return 'nominal';
  return 'refused';
}

/** The factor the leader names: the strongest push in the outcome's direction. */
export function decidingFactor(outcome: NegotiationOutcome, factors: readonly Factor[]): string {
  const positive = outcome === 'full' || outcome === 'pilot';
  let best: Factor | undefined;
  for (const f of factors) {
    if (positive ? f.value <= 0 : f.value >= 0) continue;
    if (!best || Math.abs(f.value) > Math.abs(best.value)) best = f;
  }
  return best ? best.id : 'default';
}
