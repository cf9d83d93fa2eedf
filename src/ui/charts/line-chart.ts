// A line chart as a `<figure>`, composed from the chart's parts: layout first (layout.ts), then
// the axes, the data and the labels drawn in that order (later ink sits on top), then the numbers
// as a table. Imports the theme and the chart modules.

import { COLOURS, FONTS } from '../../stage/theme';
import { defaultFormat, LABEL_TEXT } from './appearance';
import { drawMarkerLines, drawXAxis, drawYAxis } from './axes';
import { fmtCoord, html, svg, uniqueId } from './elements';
import { drawSeriesLabels } from './end-labels';
import { chartLayout, type ChartLayout } from './layout';
import { drawData } from './lines';
import { resolveSeries, type ResolvedSeries } from './series';
import type { LineChartSpec } from './spec';
import { ensureStyles } from './styles';
import { describeChart } from './summary';
import { addNumbersView } from './table';

/** The figure with its caption: the title, and a sentence saying what to look for. */
function captionedFigure(spec: LineChartSpec): HTMLElement {
  const figure = html('figure', 'pc-chart');
  const caption = html('figcaption', undefined, undefined, figure);
  html('span', 'pc-chart-title', spec.title, caption);
  if (spec.caption) html('span', 'pc-chart-caption', spec.caption, caption);
  return figure;
}

/** The drawing's `<svg role="img">`, named by its `<title>` and described by its `<desc>`. */
function drawingRoot(
  spec: LineChartSpec,
  series: readonly ResolvedSeries[],
  fmt: (n: number) => string,
  layout: ChartLayout,
): SVGSVGElement {
  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');
  const root = svg('svg', {
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    'font-family': FONTS.text,
    fill: COLOURS.ink,
  });
  svg('title', { id: titleId }, root).textContent = spec.title;
  svg('desc', { id: descId }, root).textContent = spec.summary ?? describeChart(spec, series, fmt);
  return root;
}

/** Said in the middle of an empty plot, where a made-up scale would mislead. */
function drawNoData(root: SVGSVGElement, layout: ChartLayout): void {
  svg(
    'text',
    {
      x: fmtCoord(layout.plotLeft + layout.plotW / 2),
      y: fmtCoord(layout.plotTop + layout.plotH / 2),
      'text-anchor': 'middle',
      'font-size': LABEL_TEXT,
      fill: COLOURS.inkSoft,
    },
    root,
  ).textContent = 'No data yet';
}

/**
 * A line chart as a `<figure>`: the caption, an `<svg role="img">` with a `<title>` and a `<desc>`
 * that says how each series ended, a "Show the numbers" button, and the same data as a table
 * (visually hidden until the button reveals it, always there for screen readers). Series differ
 * by dash and marker as well as colour, and are labelled at their ends.
 */
export function lineChart(spec: LineChartSpec): HTMLElement {
  ensureStyles();
  const fmt = spec.format ?? defaultFormat;
  const series = resolveSeries(spec.series, spec.xLabels.length);
  const layout = chartLayout(spec, series, fmt);
  const hasData = series.some((s) => s.last >= 0);

  const figure = captionedFigure(spec);
  const root = drawingRoot(spec, series, fmt, layout);
  figure.append(root);
  drawYAxis(root, spec, layout, fmt, hasData);
  drawXAxis(root, spec, layout);
  drawMarkerLines(root, layout);
  drawData(root, spec, series, layout, fmt);
  drawSeriesLabels(root, series, layout, fmt);
  if (!hasData) drawNoData(root, layout);
  addNumbersView(figure, root, spec, fmt, layout.width, layout.height);
  return figure;
}
