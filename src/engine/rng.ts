// Named random streams (common random numbers, DESIGN.md §3): every draw comes from a Tyche-i
// generator seeded by seed + quarter + purpose, so two games with the same seed see the same
// luck in the same quarter whatever was decided before. Tyche-i uses integer arithmetic only,
// which makes it bit-identical in every JavaScript engine. The game's streams run seedrandom's
// Tyche-i as a small class of our own, number for number (tests/engine/rng.test.ts compares
// them): seedrandom builds several closures per generator and a state object per draw, and a
// game opens about a hundred streams. The bots' own draws use seedrandom. Imports only
// seedrandom.

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

/** Tyche-i's state and step, exactly as seedrandom's `tychei` has them. */
class TycheI {
  a = 0;
  b = 0;
  c = 2654435769 | 0;
  d = 1367130551;

  /**
   * Mixes a string seed in the way seedrandom does, then discards 20 values (seedrandom reads
   * those 20 past the string's end, where `charCodeAt` gives NaN and `| 0` gives 0; reading past
   * the end is slow in V8, and xor with 0 changes nothing).
   */
  mix(text: string): void {
    for (let k = 0; k < text.length; k++) {
      this.b ^= text.charCodeAt(k);
      this.step();
    }
    for (let k = 0; k < 20; k++) this.step();
  }

  step(): number {
    let b = this.b;
    let c = this.c;
    let d = this.d;
    let a = this.a;
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    this.b = b = (b << 20) ^ (b >>> 12) ^ c;
    this.c = c = (c - d) | 0;
    this.d = (d << 16) ^ (c >>> 16) ^ a;
    return (this.a = (a - b) | 0);
  }

  /** A uniform number in [0, 1), as seedrandom's generator returns it. */
  uniform(): number {
    return (this.step() >>> 0) / 0x100000000;
  }
}

function seeded(seed: number, key: string): TycheI {
  const generator = new TycheI();
  generator.mix(`${seed}|${key}`);
  return generator;
}

/** A fresh stream for one purpose in one quarter; it does not touch the game state. */
export function stream(seed: number, quarter: number, purpose: string): Draw {
  const generator = seeded(seed, streamKey(quarter, purpose));
  return () => generator.uniform();
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
  const generator = saved ? Object.assign(new TycheI(), saved) : seeded(seed, key);
  return () => {
    const value = generator.uniform();
    // A new record each time: the store may be shared with an older copy of the state.
    store[key] = { a: generator.a, b: generator.b, c: generator.c, d: generator.d };
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
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
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
