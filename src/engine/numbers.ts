// Deterministic arithmetic helpers: only + − × ÷ and comparisons, so results are bit-identical in
// every JavaScript engine (no Math.exp/log/pow or trigonometry here). Imports nothing.

/** Clamps to [min, max]. Adding 0 turns -0 into 0, which JSON would otherwise change. */
export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value + 0;
}

/** Clamps to 0..100, the range of every gauge and experience value. */
export function clampPercent(value: number): number {
  return clamp(value, 0, 100);
}

/** Linear interpolation from a to b by t (t is not clamped). */
export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Maps value from [from0, from1] onto [0, 1], clamped. */
export function unit(value: number, from0: number, from1: number): number {
  return clamp((value - from0) / (from1 - from0), 0, 1);
}

/** Rounds to a fixed number of decimals, for display and golden snapshots. */
export function roundTo(value: number, decimals: number): number {
  const f =
    decimals === 0 ? 1 : decimals === 1 ? 10 : decimals === 2 ? 100 : decimals === 3 ? 1000 : 10000;
  return Math.round(value * f) / f + 0;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : sum(values) / values.length;
}
