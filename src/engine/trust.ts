// A leader's trust in the CCO moves for a reason: a negotiation, an initiative that fits or
// attacks the power core's ways, an event's answer, work delivered together, a flop. Every change
// goes through moveTrust, which keeps the change as it happened (after the 0–100 limits), so the
// silo panel can say what moved a leader's trust since the last turn ended, adding up exactly.
// Imports only engine modules.

import type { GameState, SiloState, TrustMove } from './state-types';
import { clampPercent } from './numbers';

/** Moves a leader's trust by `delta` (within 0–100), keeps the cause, and returns the move. */
export function moveTrust(
  state: GameState,
  silo: SiloState,
  delta: number,
  key: string,
  params?: Record<string, string | number>,
): number {
  const before = silo.trust;
  silo.trust = clampPercent(before + delta);
  const moved = silo.trust - before;
  if (moved === 0) return 0;
  const move: TrustMove = { silo: silo.id, quarter: state.quarter, key, delta: moved };
  if (params) move.params = params;
  state.trustMoves.push(move);
  return moved;
}

/** What moved one leader's trust since the last turn ended, oldest first. */
export function trustMoves(state: GameState, siloId: string): TrustMove[] {
  return state.trustMoves.filter((m) => m.silo === siloId);
}
