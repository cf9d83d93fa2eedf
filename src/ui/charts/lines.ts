// The data: uncertainty bands, then lines, then point markers, so that data always sit above the
// uncertainty. Gaps (unknown values) break a line; bands are clipped to the plot. Imports only
// chart modules.

import { DASH_ARRAYS, LINE_WIDTH } from './appearance';
import { fmtCoord, svg, uniqueId } from './elements';
import type { ChartLayout } from './layout';
import { drawMarker } from './point-marker';
import { finite, segmentsOf, type ResolvedSeries } from './series';
import type { LineChartSpec } from './spec';

type Format = (n: number) => string;

/** One closed shape per run where both the value and its spread are known. */
function drawBands(s: ResolvedSeries, layout: ChartLayout, parent: Element): void {
  const { xAt, yAt, scale } = layout;
  // The scale covers every band unless explicit bounds cut it (a 0..100 score has no 104).
  const clampY = (v: number) => Math.min(scale.max, Math.max(scale.min, v));
  const withBand = s.values.map((v, i) => (finite(v) && finite(s.band?.[i]) ? v : null));
  for (const run of segmentsOf(withBand, layout.n)) {
    const edges = run.map((i) => {
      const v = s.values[i] as number;
      const spread = Math.abs(s.band![i] as number);
      return {
        x: fmtCoord(xAt(i)),
        up: fmtCoord(yAt(clampY(v + spread))),
        low: fmtCoord(yAt(clampY(v - spread))),
      };
    });
    const first = edges[0]!;
    const x0 = xAt(run[0]!);
    // A lone reading gets a short bar, so that its uncertainty still shows.
    const d =
      run.length === 1
        ? `M${fmtCoord(x0 - 6)},${first.up}H${fmtCoord(x0 + 6)}V${first.low}H${fmtCoord(x0 - 6)}Z`
        : `M${edges.map((e) => `${e.x},${e.up}`).join('L')}` +
          `L${edges
            .toReversed()
            .map((e) => `${e.x},${e.low}`)
            .join('L')}Z`;
    svg(
      'path',
      { d, fill: s.colour, 'fill-opacity': 0.16, 'data-series': s.id, class: 'pc-chart-band' },
      parent,
    );
  }
}

/** One path per run of known values, in the series' colour and dash. */
function drawLine(s: ResolvedSeries, run: number[], layout: ChartLayout, parent: Element): void {
  const { xAt, yAt } = layout;
  const d = run
    .map(
      (i, k) => `${k === 0 ? 'M' : 'L'}${fmtCoord(xAt(i))},${fmtCoord(yAt(s.values[i] as number))}`,
    )
    .join('');
  const path = svg(
    'path',
    {
      d,
      stroke: s.colour,
      'stroke-width': LINE_WIDTH,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
      'data-series': s.id,
      class: 'pc-chart-line',
    },
    parent,
  );
  const dashArray = DASH_ARRAYS[s.dash];
  if (dashArray) path.setAttribute('stroke-dasharray', dashArray);
}

/**
 * Point markers on a run: at both ends, and about every 48 px between, so the dash pattern shows
 * between them. Series are staggered (by their position `si`) so that where lines meet, every
 * shape is still visible. Each marker's tooltip gives its value.
 */
function drawPoints(
  s: ResolvedSeries,
  si: number,
  run: number[],
  spec: LineChartSpec,
  layout: ChartLayout,
  fmt: Format,
  parent: Element,
): void {
  const { n, xAt, yAt } = layout;
  const markEvery = Math.max(1, Math.ceil(48 / Math.max(1, layout.spacing)));
  const first = run[0]!;
  const end = run[run.length - 1]!;
  for (const i of run) {
    const staggered =
      (n - 1 - i + si) % markEvery === 0 &&
      Math.min(i - first, end - i) >= Math.ceil(markEvery / 2);
    if (i !== first && i !== end && !staggered) continue;
    const v = s.values[i] as number;
    const mark = drawMarker(s.marker, xAt(i), yAt(v), s.colour, parent);
    if (!mark) continue;
    mark.setAttribute('data-series', s.id);
    const b = s.band?.[i];
    svg('title', {}, mark).textContent =
      `${s.label}, ${spec.xLabels[i]}: ${fmt(v)}${finite(b) ? ` ± ${fmt(b)}` : ''}`;
  }
}

/** Every series' bands, lines and point markers, each kind in its own layer. */
export function drawData(
  root: SVGSVGElement,
  spec: LineChartSpec,
  series: readonly ResolvedSeries[],
  layout: ChartLayout,
  fmt: Format,
): void {
  const { plotLeft, plotTop, plotW, plotH } = layout;
  // Bands may reach past the plot; a clip a little larger than it keeps them near it.
  const clipId = uniqueId('chart-clip');
  const clip = svg('clipPath', { id: clipId }, svg('defs', {}, root));
  svg('rect', { x: plotLeft - 8, y: plotTop - 8, width: plotW + 16, height: plotH + 16 }, clip);
  const bands = svg('g', { class: 'pc-chart-bands', 'clip-path': `url(#${clipId})` }, root);
  const lines = svg('g', { class: 'pc-chart-lines', fill: 'none' }, root);
  const points = svg('g', { class: 'pc-chart-points' }, root);
  for (const [si, s] of series.entries()) {
    if (s.band) drawBands(s, layout, bands);
    for (const run of segmentsOf(s.values, layout.n)) {
      drawLine(s, run, layout, lines);
      drawPoints(s, si, run, spec, layout, fmt, points);
    }
  }
}
