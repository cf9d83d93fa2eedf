// The chart in words, for the svg's `<desc>`: the range shown, how each series went from its first
// to its last value, and what the vertical lines mark. Imports only chart modules.

import { labelsOf } from './labels';
import { finite, type ResolvedSeries } from './series';
import type { LineChartSpec } from './spec';

/** The generated description, e.g. "Customers from Start to Q20. You went from 2,600 …". */
export function describeChart(
  spec: LineChartSpec,
  series: readonly ResolvedSeries[],
  fmt: (n: number) => string,
): string {
  const n = spec.xLabels.length;
  const words = labelsOf(spec);
  const parts: string[] = [];
  if (n > 0) parts.push(words.range(spec.yLabel, spec.xLabels[0]!, spec.xLabels[n - 1]!));
  for (const s of series) {
    if (s.last < 0) {
      parts.push(`${s.label}: ${words.noData}.`);
      continue;
    }
    const first = s.values.findIndex((v) => finite(v));
    const start = s.values[first] as number;
    const end = s.values[s.last] as number;
    const band = s.band?.[s.last];
    const plusMinus = finite(band) ? ` ± ${fmt(band)}` : '';
    parts.push(
      words.wentFrom(
        s.label,
        fmt(start),
        spec.xLabels[first]!,
        `${fmt(end)}${plusMinus}`,
        spec.xLabels[s.last]!,
      ),
    );
  }
  for (const m of spec.markers ?? []) {
    const at = spec.xLabels[Math.round(m.x)];
    if (at !== undefined) parts.push(words.marked(m.label, at));
  }
  return parts.join(' ');
}
