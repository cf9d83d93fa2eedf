// The frame the data sit in: the y axis's name, gridlines and ticks, the x axis with its period
// labels, and the vertical marker lines ("Year 1 review") behind the data. Imports the theme.

import { COLOURS } from '../../stage/theme';
import { AXIS_TEXT, MARKER_TEXT } from './appearance';
import { fmtCoord, svg } from './elements';
import { xLabelEvery, type ChartLayout } from './layout';
import type { LineChartSpec } from './spec';

/** The y axis's name above it, and a gridline and a label per tick (none on an empty chart). */
export function drawYAxis(
  root: SVGSVGElement,
  spec: LineChartSpec,
  layout: ChartLayout,
  fmt: (n: number) => string,
  hasData: boolean,
): void {
  const { plotLeft, plotRight, yAt } = layout;
  svg(
    'text',
    { x: 0, y: 17, 'font-size': AXIS_TEXT, 'font-weight': 600, class: 'pc-chart-ylabel' },
    root,
  ).textContent = spec.yLabel;
  const grid = svg('g', { class: 'pc-chart-grid' }, root);
  const yTicks = svg('g', { class: 'pc-chart-yticks', 'font-size': AXIS_TEXT }, root);
  // An empty chart shows no made-up scale.
  for (const t of hasData ? layout.scale.ticks : []) {
    const y = fmtCoord(yAt(t));
    // The zero line is darker: where a value changes sign, it shows.
    svg(
      'line',
      {
        x1: plotLeft,
        x2: plotRight,
        y1: y,
        y2: y,
        stroke: t === 0 ? COLOURS.inkSoft : COLOURS.line,
        'stroke-width': t === 0 ? 1.5 : 1,
      },
      grid,
    );
    const label = svg(
      'text',
      {
        x: plotLeft - 8,
        y,
        dy: '0.35em',
        'text-anchor': 'end',
        fill: COLOURS.inkSoft,
        'data-value': t,
        style: 'font-variant-numeric: tabular-nums',
      },
      yTicks,
    );
    label.textContent = fmt(t);
  }
}

/** The x axis: a baseline, a tick per period and as many labels as fit without touching. */
export function drawXAxis(root: SVGSVGElement, spec: LineChartSpec, layout: ChartLayout): void {
  const { n, plotLeft, plotRight, plotBottom, xAt } = layout;
  const axis = { stroke: COLOURS.inkSoft, 'stroke-width': 1.5 };
  svg('line', { x1: plotLeft, x2: plotRight, y1: plotBottom, y2: plotBottom, ...axis }, root);
  const xTicks = svg('g', { class: 'pc-chart-xticks', 'font-size': AXIS_TEXT }, root);
  const every = xLabelEvery(spec.xLabels, layout.spacing);
  spec.xLabels.forEach((label, i) => {
    const x = fmtCoord(xAt(i));
    // Counted from the end: the last period (where the debrief's story ends) always has a label.
    const shown = (n - 1 - i) % every === 0;
    svg(
      'line',
      { x1: x, x2: x, y1: plotBottom, y2: plotBottom + (shown ? 7 : 4), ...axis },
      xTicks,
    );
    if (!shown) return;
    svg(
      'text',
      { x, y: plotBottom + 24, 'text-anchor': 'middle', fill: COLOURS.inkSoft },
      xTicks,
    ).textContent = label;
  });
}

/** The vertical markers with their labels, drawn before (so behind) the data. */
export function drawMarkerLines(root: SVGSVGElement, layout: ChartLayout): void {
  const group = svg('g', { class: 'pc-chart-markers', 'font-size': MARKER_TEXT }, root);
  for (const m of layout.markers) {
    const x = fmtCoord(layout.xAt(m.x));
    const g = svg('g', { class: 'pc-chart-marker', 'data-x': m.x }, group);
    svg(
      'line',
      {
        x1: x,
        x2: x,
        y1: m.labelY + 4,
        y2: layout.plotBottom,
        stroke: COLOURS.inkSoft,
        'stroke-width': 2,
        'stroke-dasharray': '4 4',
      },
      g,
    );
    svg(
      'text',
      {
        x: fmtCoord(m.labelX),
        y: m.labelY,
        'text-anchor': 'middle',
        'font-weight': 600,
        fill: COLOURS.inkSoft,
      },
      g,
    ).textContent = m.label;
  }
}
