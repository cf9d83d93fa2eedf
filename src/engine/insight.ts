// What the company knows from its measurements, and how old that knowledge is (lessons L8, L11):
// a measurement's age, whether it still counts as evidence, its uncertainty now, and how well each
// segment's wants are known stage by stage. Derived from the measurements alone; below both the
// initiatives (which land in proportion to insight) and the listening that takes the
// measurements. Imports only engine modules.

import type { GameState, Measurement } from './state-types';
import { roundTo } from './numbers';
import { TUNING } from './tuning';

/**
 * How many quarters old a measurement is during `quarter`: 0 when taken this quarter, 1 when
 * taken at the end of the last one, and so on.
 */
export function measurementAge(measuredIn: number, quarter: number): number {
  return Math.max(0, quarter - measuredIn);
}

/** Whether a measurement still counts as evidence in talks and reports (lessons L8, L11). */
export function isFresh(measuredIn: number, quarter: number): boolean {
  return measurementAge(measuredIn, quarter) <= TUNING.freshQuarters;
}

/**
 * A measurement's uncertainty now: beyond the latest quarter's, readings widen by
 * `stalenessPerQuarter` a quarter, because customers and the company have moved on since.
 */
export function uncertaintyNow(measurement: Measurement, quarter: number): number {
  const age = measurementAge(measurement.quarter, quarter);
  return roundTo(measurement.uncertainty + TUNING.stalenessPerQuarter * Math.max(0, age - 1), 1);
}

/**
 * How well the company knows what each segment wants of each stage, 0..1 (lesson L8), per
 * segment in STAGES order: fully where the stage was measured recently (open answers), most of
 * the way where fresh exit reasons blame it, and only `insightFloor` on guesswork. Improvements
 * land in proportion: a fix aimed at a stage nobody has asked customers about misses much of what
 * is wrong with it. Derived from the measurements, so it needs no state of its own.
 */
export function insightTable(state: GameState): number[][] {
  const q = state.quarter;
  const table: number[][] = [];
  for (const m of state.measured) {
    const why = m.churnReasons && isFresh(m.churnReasons.quarter, q) ? m.churnReasons.shares : null;
    const stages = m.stages;
    // In STAGES order, written out (this runs every quarter for every segment).
    table.push([
      stageInsight(stages.awareness, why ? why.awareness : null, q),
      stageInsight(stages.decision, why ? why.decision : null, q),
      stageInsight(stages.purchase, why ? why.purchase : null, q),
      stageInsight(stages.service, why ? why.service : null, q),
      stageInsight(stages.repurchase, why ? why.repurchase : null, q),
    ]);
  }
  return table;
}

/** One stage's insight: its measurement, else fresh exit reasons blaming it (share or null). */
function stageInsight(measured: Measurement | undefined, blamed: number | null, q: number): number {
  if (measured) {
    const age = measurementAge(measured.quarter, q);
    if (age <= TUNING.freshQuarters) return 1;
    if (age <= 2 * TUNING.freshQuarters) return 0.5 * (1 + TUNING.insightFloor);
  }
  if (blamed !== null && blamed >= TUNING.insightReasonShare) return TUNING.insightFromReasons;
  return TUNING.insightFloor;
}
