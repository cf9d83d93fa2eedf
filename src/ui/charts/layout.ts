// Where everything goes, decided before anything is drawn: margins wide enough for the tick and
// end labels, rows for marker labels so that none overlaps another, the plot box, the x and y
// mappings, and end labels spread apart. Text widths are estimated (see text-width.ts), so the
// layout is the same in jsdom and in any browser. Imports no DOM.

import { AXIS_TEXT, LABEL_TEXT, MARKER_TEXT } from './appearance';
import { dataExtent, niceScale, type YScale } from './scale';
import type { ResolvedSeries } from './series';
import type { ChartMarker, LineChartSpec } from './spec';
import { estimateTextWidth } from './text-width';

/** Width of the little key (a stretch of line with its marker) before each end label. */
export const KEY_WIDTH = 22;
/** The y axis's name sits in the top row; marker label rows follow below it. */
const Y_LABEL_ROW = 24;
const MARKER_ROW_HEIGHT = 20;

type Format = (n: number) => string;

/** A vertical marker with where its label goes (its own row, nudged inside the drawing). */
export interface PlacedMarker extends ChartMarker {
  labelX: number;
  labelY: number;
}

/** The chart's geometry in design pixels. */
export interface ChartLayout {
  width: number;
  height: number;
  /** Number of periods (x labels). */
  n: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  plotW: number;
  plotH: number;
  /** Distance between two periods. */
  spacing: number;
  scale: YScale;
  xAt: (i: number) => number;
  yAt: (v: number) => number;
  /** Markers inside the periods shown, with their labels placed. */
  markers: PlacedMarker[];
  /** Series that reach the last period: they are labelled at the right edge. */
  atEnd: ResolvedSeries[];
}

/** The last value of a series as its end label shows it. */
export function endValue(s: ResolvedSeries, fmt: (n: number) => string): string {
  return fmt(s.values[s.last] as number);
}

/** Left margin from the widest tick label of any tick count the plot's height may choose. */
function leftMargin(
  spec: LineChartSpec,
  extent: { min: number; max: number },
  fmt: Format,
): number {
  const tickWidth = Math.max(
    10,
    ...[3, 4, 5, 6, 7].flatMap((target) =>
      niceScale(extent.min, extent.max, target, spec.yMin, spec.yMax).ticks.map((t) =>
        estimateTextWidth(fmt(t), AXIS_TEXT),
      ),
    ),
  );
  return Math.ceil(tickWidth + 16);
}

/** Right margin: room for the end labels, but never more than a third of the drawing. */
function rightMargin(atEnd: readonly ResolvedSeries[], width: number, fmt: Format): number {
  const maxRight = width * 0.32;
  const endWidths = atEnd.map(
    (s) =>
      KEY_WIDTH +
      estimateTextWidth(s.label, LABEL_TEXT) +
      8 +
      estimateTextWidth(endValue(s, fmt), LABEL_TEXT, true),
  );
  return Math.ceil(Math.min(maxRight, Math.max(24, ...endWidths.map((w) => w + 22))));
}

/**
 * Marker labels centred on their lines (kept inside the drawing), each in the first row where it
 * touches no other label: greedy rows, so that labels of close markers stack instead of overlap.
 */
function placeMarkers(
  markers: readonly ChartMarker[],
  xAt: (i: number) => number,
  plotLeft: number,
  width: number,
): { placed: PlacedMarker[]; rows: number } {
  const rows: { x: number; w: number }[][] = [];
  const placed = markers.map((m) => {
    const w = estimateTextWidth(m.label, MARKER_TEXT, true) + 8;
    const cx = Math.min(Math.max(xAt(m.x), plotLeft + w / 2), width - w / 2);
    let row = rows.findIndex((r) => r.every((o) => Math.abs(o.x - cx) > (o.w + w) / 2 + 6));
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    rows[row]!.push({ x: cx, w });
    return { ...m, labelX: cx, labelY: Y_LABEL_ROW + 10 + row * MARKER_ROW_HEIGHT + 14 };
  });
  return { placed, rows: rows.length };
}

/** The layout of a line chart of `series` (resolved from `spec`), numbers written by `fmt`. */
export function chartLayout(
  spec: LineChartSpec,
  series: readonly ResolvedSeries[],
  fmt: Format,
): ChartLayout {
  const width = spec.width ?? 760;
  const height = spec.height ?? 400;
  const n = spec.xLabels.length;
  // Markers outside the periods shown would be drawn outside the plot: leave them out.
  const inside = (spec.markers ?? []).filter(
    (m) => Number.isFinite(m.x) && m.x >= 0 && m.x <= Math.max(0, n - 1),
  );
  const extent = dataExtent(spec, series);
  const atEnd = series.filter((s) => s.last >= 0 && s.last === n - 1);

  const plotLeft = leftMargin(spec, extent, fmt);
  const plotRight = width - rightMargin(atEnd, width, fmt);
  const plotW = Math.max(10, plotRight - plotLeft);
  const xAt = (i: number) => (n <= 1 ? plotLeft + plotW / 2 : plotLeft + (i / (n - 1)) * plotW);

  const markers = placeMarkers(inside, xAt, plotLeft, width);
  const plotTop = Y_LABEL_ROW + 10 + markers.rows * MARKER_ROW_HEIGHT;
  const plotBottom = height - 34;
  const plotH = Math.max(10, plotBottom - plotTop);
  // About one tick per 45 px of height, between 3 and 7.
  const target = Math.min(7, Math.max(3, Math.round(plotH / 45) + 1));
  const scale = niceScale(extent.min, extent.max, target, spec.yMin, spec.yMax);
  const yAt = (v: number) => plotBottom - ((v - scale.min) / (scale.max - scale.min || 1)) * plotH;

  return {
    width,
    height,
    n,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    plotW,
    plotH,
    spacing: n > 1 ? plotW / (n - 1) : plotW,
    scale,
    xAt,
    yAt,
    markers: markers.placed,
    atEnd,
  };
}

/**
 * Every how many periods an x label fits without touching its neighbours (1, 2, 4, 5, 10, …);
 * all periods still get a tick.
 */
export function xLabelEvery(xLabels: readonly string[], spacing: number): number {
  const widest = Math.max(0, ...xLabels.map((l) => estimateTextWidth(l, AXIS_TEXT)));
  return (
    [1, 2, 4, 5, 10, 20, 25, 50, 100].find((k) => k * spacing >= widest + 12) ?? xLabels.length
  );
}

/** Spreads label centres apart by at least `gap`, keeping them in [top, bottom] where they fit. */
export function spreadLabels(
  desired: number[],
  gap: number,
  top: number,
  bottom: number,
): number[] {
  const order = desired.map((y, i) => ({ y, i })).toSorted((a, b) => a.y - b.y);
  const ys = order.map((o) => Math.min(Math.max(o.y, top), bottom));
  for (let k = 1; k < ys.length; k += 1) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  if (ys.length > 0 && ys[ys.length - 1]! > bottom) {
    ys[ys.length - 1] = bottom;
    for (let k = ys.length - 2; k >= 0; k -= 1) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  const out = new Array<number>(desired.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}
