// How many customers one walking figure stands for in the end-of-turn animation. Pure (no
// Phaser), so it is tested in Node. Imports the floor view's types.

import type { SegmentFlowView } from '../stage/floor-view';

/** How many figures each zone of a lane and the whole card can hold. */
export interface FigureLimits {
  readonly won: number;
  readonly lost: number;
  readonly lostUnknown: number;
  readonly total: number;
}

/** The share of a segment's starting customers a generous quarter moves (the figures' scale). */
const GENEROUS_FLOW = 0.05;

/** All customers who left a segment, whatever the reason. */
export function lostTotal(s: SegmentFlowView): number {
  return Math.max(0, s.lostControllable) + Math.max(0, s.lostUncontrollable);
}

/**
 * One figure stands for this many customers: the smallest "nice" number that keeps sprites few.
 * A lane whose reasons are unknown puts all its leavers in one wider zone (`lostUnknown` a zone).
 */
export function figureUnit(segments: readonly SegmentFlowView[], limits: FigureLimits): number {
  const nice = [1, 2, 5];
  for (let power = 1; power < 1e9; power *= 10) {
    for (const n of nice) {
      const unit = n * power;
      let total = 0;
      let fits = true;
      for (const s of segments) {
        const won = Math.ceil(Math.max(0, s.won) / unit);
        if (won > limits.won) fits = false;
        if (s.reasonsKnown) {
          const lc = Math.ceil(Math.max(0, s.lostControllable) / unit);
          const lu = Math.ceil(Math.max(0, s.lostUncontrollable) / unit);
          if (lc > limits.lost || lu > limits.lost) fits = false;
          total += won + lc + lu;
        } else {
          const lost = Math.ceil(lostTotal(s) / unit);
          if (lost > limits.lostUnknown) fits = false;
          total += won + lost;
        }
      }
      if (fits && total <= limits.total) return unit;
    }
  }
  return 1e9;
}

/**
 * One scale for the whole game: a figure stands for as many customers as a generous turn of this
 * game needs (from the customers each segment started with), so a quiet quarter never looks
 * bigger than a busy one. Only a turn bigger than that raises it.
 */
export function gameFigureUnit(
  segments: readonly SegmentFlowView[],
  quarters: number,
  limits: FigureLimits,
): number {
  const generous = segments.map((s) => {
    const flow = Math.ceil(GENEROUS_FLOW * quarters * s.start);
    return { ...s, won: flow, lostControllable: flow, lostUncontrollable: flow };
  });
  return Math.max(figureUnit(generous, limits), figureUnit(segments, limits));
}
