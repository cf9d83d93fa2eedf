// Series named on the chart itself, not in a legend: at the right edge for series that reach the
// last period, where they stop for series that end early (a fired CCO's line). Imports the theme.

import { COLOURS } from '../../stage/theme';
import { DASH_ARRAYS, LABEL_TEXT, LINE_WIDTH } from './appearance';
import { fmtCoord, svg } from './elements';
import { endValue, KEY_WIDTH, spreadLabels, type ChartLayout } from './layout';
import { drawMarker } from './point-marker';
import type { ResolvedSeries } from './series';
import { estimateTextWidth, truncate } from './text-width';

type Format = (n: number) => string;

/**
 * One end label: a key (marker on a short line in the series' style), the label and the last
 * value, at height `y`; a leader line joins it to the line's end when it had to move away.
 */
function drawEndLabel(
  s: ResolvedSeries,
  y: number,
  layout: ChartLayout,
  fmt: Format,
  parent: Element,
): void {
  const { plotRight, width, yAt } = layout;
  const yPoint = yAt(s.values[s.last] as number);
  const x0 = plotRight + 18;
  const g = svg('g', { class: 'pc-chart-end-label', 'data-series': s.id }, parent);
  if (Math.abs(y - yPoint) > 2) {
    // A thin grey leader, so that it is not read as a last step of the data.
    svg(
      'path',
      {
        d: `M${fmtCoord(plotRight + 8)},${fmtCoord(yPoint)}L${fmtCoord(x0 - 3)},${fmtCoord(y)}`,
        stroke: COLOURS.inkSoft,
        'stroke-width': 1.25,
        fill: 'none',
      },
      g,
    );
  }
  const key = svg(
    'line',
    {
      x1: x0,
      x2: x0 + KEY_WIDTH - 4,
      y1: fmtCoord(y),
      y2: fmtCoord(y),
      stroke: s.colour,
      'stroke-width': LINE_WIDTH,
      'stroke-linecap': 'round',
    },
    g,
  );
  // The key is short: a tighter dash pattern than the line's, so that it still shows.
  if (DASH_ARRAYS[s.dash])
    key.setAttribute('stroke-dasharray', s.dash === 'dashed' ? '6 4' : '0.1 6');
  drawMarker(s.marker, x0 + (KEY_WIDTH - 4) / 2, y, s.colour, g, 4.5);
  const room = width - x0 - KEY_WIDTH - 4;
  const valueText = endValue(s, fmt);
  const valueWidth = estimateTextWidth(valueText, LABEL_TEXT, true) + 8;
  const text = svg('text', { x: x0 + KEY_WIDTH + 2, y: fmtCoord(y), dy: '0.35em' }, g);
  const name = svg('tspan', {}, text);
  name.textContent = truncate(s.label, LABEL_TEXT, Math.max(20, room - valueWidth));
  const value = svg('tspan', { dx: 8, 'font-weight': 700 }, text);
  value.textContent = valueText;
  // The full label as a tooltip, in case it was shortened.
  svg('title', {}, g).textContent = `${s.label}: ${valueText}`;
}

/** A series that stops early (e.g. the CCO was fired) is labelled where it stops. */
function drawInlineLabel(s: ResolvedSeries, layout: ChartLayout, fmt: Format, parent: Element) {
  const x = layout.xAt(s.last) + 10;
  const y = layout.yAt(s.values[s.last] as number) - 12;
  const text = svg(
    'text',
    {
      x: fmtCoord(x),
      y: fmtCoord(y),
      'font-size': LABEL_TEXT,
      'font-weight': 600,
      // A white outline keeps the label readable over gridlines and other series.
      stroke: '#ffffff',
      'stroke-width': 4,
      'paint-order': 'stroke',
      'data-series': s.id,
      class: 'pc-chart-inline-label',
    },
    parent,
  );
  text.textContent = truncate(`${s.label} ${endValue(s, fmt)}`, LABEL_TEXT, layout.plotRight - x);
}

/** Labels for every series with data: end labels spread apart so that none overlaps another. */
export function drawSeriesLabels(
  root: SVGSVGElement,
  series: readonly ResolvedSeries[],
  layout: ChartLayout,
  fmt: Format,
): void {
  const group = svg('g', { class: 'pc-chart-end-labels', 'font-size': LABEL_TEXT }, root);
  const { atEnd, yAt } = layout;
  const ys = spreadLabels(
    atEnd.map((s) => yAt(s.values[s.last] as number)),
    LABEL_TEXT * 1.35,
    layout.plotTop,
    layout.height - 10,
  );
  atEnd.forEach((s, k) => drawEndLabel(s, ys[k]!, layout, fmt, group));
  series
    .filter((s) => s.last >= 0 && s.last < layout.n - 1)
    .forEach((s) => drawInlineLabel(s, layout, fmt, group));
}
