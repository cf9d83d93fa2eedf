// A series' values read for drawing: which are known, where runs break, where the line ends, and
// the dash and marker each series gets by default. Imports only the chart types.

import type { DashStyle, LineSeries, MarkerShape } from './spec';

const DASHES: readonly DashStyle[] = ['solid', 'dashed', 'dotted'];
const SHAPES: readonly Exclude<MarkerShape, 'none'>[] = ['circle', 'square', 'triangle'];

/** A value that can be drawn: a number, neither null, missing, NaN nor infinite. */
export function finite(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Splits values into runs of consecutive finite numbers, each run as its indices. */
export function segmentsOf(values: readonly (number | null)[], n: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (finite(values[i])) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Index of the last drawable value among the first `n`, or -1 when there is none. */
export function lastIndex(values: readonly (number | null)[], n: number): number {
  for (let i = Math.min(n, values.length) - 1; i >= 0; i -= 1) if (finite(values[i])) return i;
  return -1;
}

/** A series with its dash and marker decided and the index of its last value (-1: no data). */
export interface ResolvedSeries extends LineSeries {
  dash: DashStyle;
  marker: MarkerShape;
  last: number;
}

/** Default dash and marker: nine distinct pairs before any repeats. */
export function resolveSeries(series: readonly LineSeries[], n: number): ResolvedSeries[] {
  return series.map((s, i) => ({
    ...s,
    dash: s.dash ?? DASHES[i % 3]!,
    marker: s.marker ?? SHAPES[(i + Math.floor(i / 3)) % 3]!,
    last: lastIndex(s.values, n),
  }));
}
