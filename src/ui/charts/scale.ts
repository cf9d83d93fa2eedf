// The y axis's numbers: the range the data need (bands included) and round ticks covering it.
// Pure arithmetic; imports only the chart types and the series helpers.

import type { LineChartSpec } from './spec';
import { finite, type ResolvedSeries } from './series';

/** The y axis: its domain and round tick values covering the data. */
export interface YScale {
  min: number;
  max: number;
  ticks: number[];
}

/** Rounds away binary noise (0.1 + 0.2) so tick values print as the round numbers they are. */
function clean(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** The round step (1, 2, 2.5 or 5 × 10^k) whose tick count over `range` is nearest `target`. */
function niceStep(range: number, target: number): number {
  const raw = range / Math.max(1, target - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  // 2.5 only from 25 up: 25/50/75 read as round, 0.25 steps do not.
  const factors = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  let best = factors[0]! * power;
  let bestMiss = Infinity;
  for (const f of factors) {
    const step = f * power;
    const miss = Math.abs(range / step + 1 - target);
    if (miss < bestMiss - 1e-9) {
      best = step;
      bestMiss = miss;
    }
  }
  return best;
}

/**
 * Round ticks covering [dataMin, dataMax]; `yMin`/`yMax` fix the domain's ends when the data fit
 * inside them. `target` is roughly how many ticks to aim for.
 */
export function niceScale(
  dataMin: number,
  dataMax: number,
  target = 5,
  yMin?: number,
  yMax?: number,
): YScale {
  let lo = Math.min(dataMin, yMin ?? dataMin);
  let hi = Math.max(dataMax, yMax ?? dataMax);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = yMin ?? 0;
    hi = yMax ?? lo + 1;
  }
  if (hi - lo < 1e-9) {
    // A flat line: give it room rather than dividing by zero.
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    if (yMin === undefined || lo > yMin) lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, target);
  const fixedMin = yMin !== undefined && yMin <= dataMin;
  const fixedMax = yMax !== undefined && yMax >= dataMax;
  const min = fixedMin ? yMin : clean(Math.floor(lo / step) * step);
  const max = fixedMax ? yMax : clean(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step) {
    ticks.push(clean(t));
  }
  return { min, max, ticks };
}

/**
 * The lowest and highest y the data reach: every value and its band, bands only within the
 * spec's explicit bounds (a 0..100 score has no 104). Without data: the bounds, or 0..1.
 */
export function dataExtent(
  spec: LineChartSpec,
  series: readonly ResolvedSeries[],
): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const s of series) {
    for (let i = 0; i < spec.xLabels.length; i += 1) {
      const v = s.values[i];
      if (!finite(v)) continue;
      const b = s.band?.[i];
      const spread = finite(b) ? Math.abs(b) : 0;
      const lo =
        spec.yMin !== undefined ? Math.max(v - spread, Math.min(v, spec.yMin)) : v - spread;
      const hi =
        spec.yMax !== undefined ? Math.min(v + spread, Math.max(v, spec.yMax)) : v + spread;
      min = Math.min(min, lo);
      max = Math.max(max, hi);
    }
  }
  if (!Number.isFinite(min)) return { min: spec.yMin ?? 0, max: spec.yMax ?? 1 };
  return { min, max };
}
