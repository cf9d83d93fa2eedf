// A small trend line for the dashboard, with its numbers in words for screen readers. Imports only
// chart modules.

import { defaultFormat } from './appearance';
import { fmtCoord, svg, uniqueId } from './elements';
import { finite, lastIndex, segmentsOf } from './series';

/** Options of a sparkline; sizes in design pixels. */
export interface SparklineOptions {
  width?: number;
  height?: number;
  format?: (n: number) => string;
}

/**
 * A small trend line for the dashboard: an `<svg role="img">` whose `<title>` is `label` and
 * whose `<desc>` gives the first, last, lowest and highest values. Nulls break the line; the
 * last value gets a dot.
 */
export function sparkline(
  values: readonly (number | null)[],
  colour: string,
  label: string,
  options: SparklineOptions = {},
): SVGSVGElement {
  const W = options.width ?? 120;
  const H = options.height ?? 36;
  const fmt = options.format ?? defaultFormat;
  const pad = 5;
  const titleId = uniqueId('spark-title');
  const descId = uniqueId('spark-desc');
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    class: 'pc-sparkline',
  });
  svg('title', { id: titleId }, root).textContent = label;
  const desc = svg('desc', { id: descId }, root);

  const known = values.filter(finite);
  if (known.length === 0) {
    desc.textContent = 'No data yet.';
    return root;
  }
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  const n = values.length;
  const xAt = (i: number) => (n <= 1 ? W / 2 : pad + (i / (n - 1)) * (W - 2 * pad));
  const yAt = (v: number) => (hi === lo ? H / 2 : H - pad - ((v - lo) / (hi - lo)) * (H - 2 * pad));
  const last = lastIndex(values, n);
  desc.textContent =
    `From ${fmt(known[0]!)} to ${fmt(values[last] as number)}; ` +
    `lowest ${fmt(lo)}, highest ${fmt(hi)}.`;
  for (const run of segmentsOf(values, n).filter((r) => r.length > 1)) {
    const d = run
      .map(
        (i, k) => `${k === 0 ? 'M' : 'L'}${fmtCoord(xAt(i))},${fmtCoord(yAt(values[i] as number))}`,
      )
      .join('');
    svg(
      'path',
      {
        d,
        fill: 'none',
        stroke: colour,
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
        class: 'pc-sparkline-line',
      },
      root,
    );
  }
  // Lone readings (a survey between gaps) have no line, so they get a dot; so does the last value.
  const dots = segmentsOf(values, n)
    .filter((run) => run.length === 1)
    .map((run) => run[0]!);
  for (const i of new Set([...dots, last])) {
    svg(
      'circle',
      {
        cx: fmtCoord(xAt(i)),
        cy: fmtCoord(yAt(values[i] as number)),
        r: i === last ? 4 : 2.5,
        fill: colour,
      },
      root,
    );
  }
  return root;
}
