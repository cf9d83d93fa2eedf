// Named random streams (common random numbers, DESIGN.md §3): every draw comes from a seedrandom
// generator seeded by seed + quarter + purpose, so two games with the same seed see the same
// luck in the same quarter whatever was decided before. Tyche-i uses integer arithmetic only,
// which makes it bit-identical in every JavaScript engine. Imports only seedrandom.

import seedrandom from 'seedrandom';
import type { RngStreamState } from './state-types';

/** A generator of uniform numbers in [0, 1). */
export type Draw = () => number;

/** The name of a stream: `q07|market`, `q07|negotiation|sales`. */
export function streamKey(quarter: number, purpose: string): string {
  return `q${quarter < 10 ? '0' : ''}${quarter}|${purpose}`;
}

// The names of stored streams by purpose and quarter, each built once: the state's `rng` record
// is read and written by name, and a name used before is already hashed and interned (a new
// string is hashed and looked up on every read and write). Purposes are few: one per silo and
// per segment.
const storedNames = new Map<string, string[]>();

function storedName(quarter: number, purpose: string): string {
  let byQuarter = storedNames.get(purpose);
  if (!byQuarter) {
    byQuarter = [];
    storedNames.set(purpose, byQuarter);
  }
  return (byQuarter[quarter] ??= streamKey(quarter, purpose));
}

const purposes = new Map<string, Map<string, string>>();

/**
 * The purpose `kind|id` (`negotiation|sales`, `listen|enterprise`), the same string every time:
 * a stored stream's name is found by its purpose, and a string used before is already hashed.
 */
export function purposeOf(kind: string, id: string): string {
  let byId = purposes.get(kind);
  if (!byId) {
    byId = new Map();
    purposes.set(kind, byId);
  }
  let purpose = byId.get(id);
  if (purpose === undefined) {
    purpose = `${kind}|${id}`;
    byId.set(id, purpose);
  }
  return purpose;
}

/** A fresh stream for one purpose in one quarter; it does not touch the game state. */
export function stream(seed: number, quarter: number, purpose: string): Draw {
  return seedrandom.tychei(`${seed}|${streamKey(quarter, purpose)}`);
}

/**
 * A stream whose position is kept in `store` (the game state's `rng`), so a saved game goes on
 * with exactly the next number. Used for draws that happen on the player's actions.
 */
export function storedStream(
  store: Record<string, RngStreamState>,
  seed: number,
  quarter: number,
  purpose: string,
): Draw {
  const key = storedName(quarter, purpose);
  const saved = store[key];
  const options: { state: true | RngStreamState } = saved ? { state: saved } : { state: true };
  const generator = seedrandom.tychei(saved ? '' : `${seed}|${key}`, options);
  return () => {
    const value = generator();
    store[key] = generator.state() as RngStreamState;
    return value;
  };
}

/** A symmetric, bell-shaped noise in [-1, 1] from two uniform draws (a triangular distribution). */
export function triangular(draw: Draw): number {
  return draw() + draw() - 1;
}

/** Picks an index with probability proportional to its weight; -1 when all weights are 0. */
export function pickWeighted(weights: readonly number[], u: number): number {
  let total = 0;
  for (const w of weights) total += w;
  if (total <= 0) return -1;
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** A generator seeded by a whole string (the bots' own choices), outside the game's streams. */
export function seededDraw(seed: string): Draw {
  return seedrandom.tychei(seed);
}
