// Named random streams (common random numbers, DESIGN.md §3): every draw comes from a Tyche-i
// generator seeded by seed + quarter + purpose, so two games with the same seed see the same
// luck in the same quarter whatever was decided before. Tyche-i uses integer arithmetic only,
// which makes it bit-identical in every JavaScript engine. The generator here is seedrandom's
// `tychei` (same algorithm, same string seeding, same saved state, checked number for number in
// tests/engine/rng.test.ts), written without its per-generator objects because streams are
// derived dozens of times per game. Imports only engine types.

import type { RngStreamState } from './state-types';

/** A generator of uniform numbers in [0, 1). */
export type Draw = () => number;

/** The name of a stream: `q07|market`, `q07|negotiation|sales`. */
export function streamKey(quarter: number, purpose: string): string {
  return `q${quarter < 10 ? '0' : ''}${quarter}|${purpose}`;
}

// Tyche-i's four words while a string seed is mixed in (module scratch: seeding is synchronous).
let sa = 0;
let sb = 0;
let sc = 0;
let sd = 0;

/** One Tyche-i step on the scratch words (seedrandom's `XorGen.next`). */
function step(): void {
  let a = sa;
  let b = sb;
  let c = sc;
  let d = sd;
  b = (b << 25) ^ (b >>> 7) ^ c;
  c = (c - d) | 0;
  d = (d << 24) ^ (d >>> 8) ^ a;
  a = (a - b) | 0;
  sb = b = (b << 20) ^ (b >>> 12) ^ c;
  sc = c = (c - d) | 0;
  sd = (d << 16) ^ (c >>> 16) ^ a;
  sa = (a - b) | 0;
}

/** Starts the scratch words as seedrandom does before it mixes in a string seed. */
function startScratch(): void {
  sa = 0;
  sb = 0;
  sc = 2654435769 | 0;
  sd = 1367130551;
}

/** Mixes characters into the scratch words, one step each. */
function mixScratch(text: string): void {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    sb ^= text.charCodeAt(k);
    step();
  }
}

/** The 20 blank steps seedrandom takes after the seed's characters. */
function finishScratch(): void {
  for (let k = 0; k < 20; k++) step();
}

// The words after mixing in `<seed>|`, the start of every stream name of a game: kept for the
// last game seed, so each stream only mixes in its own `q07|purpose` (the same words result).
let prefixSeed = NaN;
let pa = 0;
let pb = 0;
let pc = 0;
let pd = 0;

/** Seeds the scratch words from the string `<seed>|<key>`. */
function seedStreamScratch(seed: number, key: string): void {
  if (seed !== prefixSeed) {
    startScratch();
    mixScratch(`${seed}|`);
    prefixSeed = seed;
    pa = sa;
    pb = sb;
    pc = sc;
    pd = sd;
  } else {
    sa = pa;
    sb = pb;
    sc = pc;
    sd = pd;
  }
  mixScratch(key);
  finishScratch();
}

/**
 * A Tyche-i generator from its four words; `save` (when given) receives the words after each
 * draw, as seedrandom's `state()` returns them.
 */
function generator(
  a: number,
  b: number,
  c: number,
  d: number,
  save?: (words: RngStreamState) => void,
): Draw {
  return () => {
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    b = (b << 20) ^ (b >>> 12) ^ c;
    c = (c - d) | 0;
    d = (d << 16) ^ (c >>> 16) ^ a;
    a = (a - b) | 0;
    if (save) save({ a, b, c, d });
    return (a >>> 0) / 0x100000000;
  };
}

/** A generator seeded by a string, the same numbers as `seedrandom.tychei(seed)`. */
export function seededDraw(seed: string): Draw {
  startScratch();
  mixScratch(seed);
  finishScratch();
  return generator(sa, sb, sc, sd);
}

/** A fresh stream for one purpose in one quarter; it does not touch the game state. */
export function stream(seed: number, quarter: number, purpose: string): Draw {
  seedStreamScratch(seed, streamKey(quarter, purpose));
  return generator(sa, sb, sc, sd);
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
  const key = streamKey(quarter, purpose);
  const saved = store[key];
  if (saved) {
    sa = saved.a;
    sb = saved.b;
    sc = saved.c;
    sd = saved.d;
  } else {
    seedStreamScratch(seed, key);
  }
  return generator(sa, sb, sc, sd, (words) => {
    store[key] = words;
  });
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
