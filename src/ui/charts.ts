// Line charts and sparklines for the debrief, the dashboard and the leaderboard, built as DOM SVG
// (createElementNS + textContent only, so every label is shown as text). Imports only the theme;
// it must not import the engine, the store or Phaser.

import { COLOURS, FONTS } from '../stage/theme';

/** How a series is drawn so that it can be told apart without colour. */
export type DashStyle = 'solid' | 'dashed' | 'dotted';
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'none';

/** One line of a chart. */
export interface LineSeries {
  /** Stable id, used in `data-series` attributes (tests, styling). */
  id: string;
  /** Shown next to the line's end and in the table, always as text. */
  label: string;
  /** One value per x label; null (or a missing or non-finite value) breaks the line. */
  values: readonly (number | null)[];
  /** Any CSS colour; use the theme's Okabe-Ito colours. */
  colour: string;
  /** Defaults cycle by series position so that no two of the first nine series look alike. */
  dash?: DashStyle;
  marker?: MarkerShape;
  /** ± uncertainty per point (same unit as values), drawn as a translucent band; null: none. */
  band?: readonly (number | null)[];
}

/** A vertical line across the plot, e.g. "Year 1 review" or "Fired". */
export interface ChartMarker {
  /** Position as a 0-based index into `xLabels`; fractions fall between two periods. */
  x: number;
  label: string;
}

export interface LineChartSpec {
  /** Heading of the figure and the svg's `<title>`. */
  title: string;
  /** A sentence under the title saying what to look for. */
  caption?: string;
  /** One label per period, e.g. Q1..Q20 or "Y1 Q1". */
  xLabels: readonly string[];
  /** Name of the first column of the data table (default "Period"). */
  xLabel?: string;
  /** What the y axis counts, e.g. "Customers"; shown above the axis. */
  yLabel: string;
  /**
   * Bounds of the y axis. They hold as long as the data fit inside them (a 0..100 scale stays
   * 0..100, and bands are clipped to it); data outside widen the axis to nice numbers instead.
   */
  yMin?: number;
  yMax?: number;
  /** Formats ticks, end values, the table and the description (default: en-GB, ≤ 1 decimal). */
  format?: (n: number) => string;
  series: readonly LineSeries[];
  markers?: readonly ChartMarker[];
  /** The chart's own words, for other languages (default: English). */
  labels?: Partial<ChartLabels>;
  /** Replaces the generated `<desc>` (default: how each series ended). */
  summary?: string;
  /** Size of the drawing in design pixels; the svg scales to its container by its viewBox. */
  width?: number;
  height?: number;
}

/** Every word the chart writes itself; the game passes its translations. */
export interface ChartLabels {
  showNumbers: string;
  showChart: string;
  notes: string;
  noData: string;
  period: string;
  /** "Customers from Start to Q20." */
  range: (what: string, from: string, to: string) => string;
  /** "Your company went from 2,600 (Start) to 2,410 (Q20)." */
  wentFrom: (series: string, from: string, fromAt: string, to: string, toAt: string) => string;
  /** "Marked: Review 1 at Q4." */
  marked: (label: string, at: string) => string;
}

export const ENGLISH_CHART_LABELS: ChartLabels = {
  showNumbers: 'Show the numbers',
  showChart: 'Show the chart',
  notes: 'Notes',
  noData: 'no data',
  period: 'Period',
  range: (what, from, to) => `${what} from ${from} to ${to}.`,
  wentFrom: (series, from, fromAt, to, toAt) =>
    `${series} went from ${from} (${fromAt}) to ${to} (${toAt}).`,
  marked: (label, at) => `Marked: ${label} at ${at}.`,
};

function labelsOf(spec: LineChartSpec): ChartLabels {
  return { ...ENGLISH_CHART_LABELS, ...spec.labels };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Text sizes in design pixels: readable from the back of a room at 1280×720. */
const AXIS_TEXT = 15;
const LABEL_TEXT = 16;
const MARKER_TEXT = 14;
const LINE_WIDTH = 3.5;

const DASH_ARRAYS: Record<DashStyle, string | null> = {
  solid: null,
  // Long dashes and round dots stay distinct even where lines are short between two points.
  dashed: '12 7',
  dotted: '0.1 8',
};
const DASHES: readonly DashStyle[] = ['solid', 'dashed', 'dotted'];
const SHAPES: readonly Exclude<MarkerShape, 'none'>[] = ['circle', 'square', 'triangle'];

const defaultNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const defaultFormat = (n: number): string => defaultNumber.format(n);

let nextId = 0;
function uniqueId(kind: string): string {
  nextId += 1;
  return `pc-${kind}-${nextId}`;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  parent?.append(el);
  return el;
}

function html<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
  parent?: Element,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  parent?.append(el);
  return el;
}

/** Rounds away binary noise (0.1 + 0.2) so tick values print as the round numbers they are. */
function clean(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

function finite(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * A rough text width without layout (jsdom has none, and measuring in the browser would make the
 * drawing depend on font loading). Tuned on Inter; errs wide so labels don't collide.
 */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if ("il.,:;'|!ıj".includes(ch)) em += 0.28;
    else if (ch === ' ') em += 0.28;
    else if ('mwMW@%'.includes(ch)) em += 0.88;
    else if (/[0-9]/.test(ch)) em += 0.6;
    else if (ch !== ch.toLowerCase()) em += 0.68;
    else em += 0.56;
  }
  return em * size * (bold ? 1.06 : 1);
}

function truncate(text: string, size: number, maxWidth: number, bold = false): string {
  if (estimateTextWidth(text, size, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, size, bold) > maxWidth) {
    chars.pop();
  }
  return `${chars.join('').trimEnd()}…`;
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

/** The y axis: its domain and round tick values covering the data. */
export interface YScale {
  min: number;
  max: number;
  ticks: number[];
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

/** Splits values into runs of consecutive finite numbers: [start index, values]. */
function segmentsOf(values: readonly (number | null)[], n: number): number[][] {
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

function lastIndex(values: readonly (number | null)[], n: number): number {
  for (let i = Math.min(n, values.length) - 1; i >= 0; i -= 1) if (finite(values[i])) return i;
  return -1;
}

/** Spreads label centres apart by at least `gap`, keeping them in [top, bottom] where they fit. */
function spreadLabels(desired: number[], gap: number, top: number, bottom: number): number[] {
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

function drawMarker(
  shape: MarkerShape,
  x: number,
  y: number,
  colour: string,
  parent: Element,
  size = 5.5,
): SVGElement | null {
  const halo = { stroke: '#ffffff', 'stroke-width': 2 };
  switch (shape) {
    case 'circle':
      return svg('circle', { cx: x, cy: y, r: size, fill: colour, ...halo }, parent);
    case 'square':
      return svg(
        'rect',
        { x: x - size, y: y - size, width: size * 2, height: size * 2, fill: colour, ...halo },
        parent,
      );
    case 'triangle': {
      const s = size * 1.3;
      const points = `${x},${y - s} ${x + s},${y + s * 0.8} ${x - s},${y + s * 0.8}`;
      return svg('polygon', { points, fill: colour, ...halo }, parent);
    }
    case 'none':
      return null;
  }
}

function fmtCoord(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

interface ResolvedSeries extends LineSeries {
  dash: DashStyle;
  marker: MarkerShape;
  last: number;
}

/** Default dash and marker: nine distinct pairs before any repeats. */
function resolveSeries(series: readonly LineSeries[], n: number): ResolvedSeries[] {
  return series.map((s, i) => ({
    ...s,
    dash: s.dash ?? DASHES[i % 3]!,
    marker: s.marker ?? SHAPES[(i + Math.floor(i / 3)) % 3]!,
    last: lastIndex(s.values, n),
  }));
}

/** The generated `<desc>`: how each series ended, and what the vertical lines mark. */
function describe(
  spec: LineChartSpec,
  series: ResolvedSeries[],
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

/** The data table behind the chart, for screen readers and for anyone who wants the numbers. */
function dataTable(spec: LineChartSpec, fmt: (n: number) => string, id: string): HTMLTableElement {
  const table = html('table', 'pc-chart-table');
  table.id = id;
  html('caption', undefined, spec.title, table);
  const head = html('tr', undefined, undefined, html('thead', undefined, undefined, table));
  const words = labelsOf(spec);
  const corner = html('th', undefined, spec.xLabel ?? words.period, head);
  corner.scope = 'col';
  for (const s of spec.series) html('th', undefined, s.label, head).scope = 'col';
  const markers = spec.markers ?? [];
  if (markers.length > 0) html('th', 'pc-chart-notes', words.notes, head).scope = 'col';
  const body = html('tbody', undefined, undefined, table);
  spec.xLabels.forEach((xLabel, i) => {
    const row = html('tr', undefined, undefined, body);
    html('th', undefined, xLabel, row).scope = 'row';
    for (const s of spec.series) {
      const v = s.values[i];
      const b = s.band?.[i];
      const text = finite(v) ? (finite(b) ? `${fmt(v)} ± ${fmt(b)}` : fmt(v)) : words.noData;
      html('td', undefined, text, row);
    }
    if (markers.length > 0) {
      const notes = markers.filter((m) => Math.round(m.x) === i).map((m) => m.label);
      html('td', 'pc-chart-notes', notes.join('; '), row);
    }
  });
  return table;
}

const STYLE_ID = 'pc-chart-styles';
const STYLES = `
.pc-chart { margin: 0; display: grid; grid-template-columns: 1fr auto;
  grid-template-areas: "cap toggle" "plot plot"; align-content: start; column-gap: 12px;
  row-gap: 4px;
  font-family: ${FONTS.text}; color: ${COLOURS.ink}; }
.pc-chart > figcaption { grid-area: cap; min-width: 0; }
.pc-chart-title { display: block; font-family: ${FONTS.display}; font-size: 20px; font-weight: 600;
  line-height: 1.25; }
.pc-chart-caption { display: block; font-size: 16px; line-height: 1.3; color: ${COLOURS.inkSoft}; }
.pc-chart > svg { grid-area: plot; display: block; width: 100%; height: auto; overflow: visible; }
.pc-chart-toggle { grid-area: toggle; align-self: start; font: inherit; font-size: 16px;
  font-weight: 600; color: ${COLOURS.player}; background: #ffffff;
  border: 2px solid ${COLOURS.line}; border-radius: 8px; padding: 4px 12px; cursor: pointer; }
.pc-chart-toggle:hover { border-color: ${COLOURS.player}; }
.pc-chart-toggle:focus-visible { outline: 3px solid ${COLOURS.focus}; outline-offset: 2px; }
.pc-chart-table-wrap { grid-area: plot; overflow: auto; }
.pc-chart-table-wrap:focus-visible { outline: 3px solid ${COLOURS.focus}; outline-offset: 2px; }
.pc-chart-table { border-collapse: collapse; font-size: 16px; font-variant-numeric: tabular-nums; }
.pc-chart-table caption { text-align: left; font-weight: 600; padding: 4px 0; }
.pc-chart-table th, .pc-chart-table td { padding: 2px 12px; text-align: right;
  border-bottom: 1px solid ${COLOURS.line}; }
.pc-chart-table th[scope="row"], .pc-chart-table thead th:first-child,
.pc-chart-table .pc-chart-notes { text-align: left; }
.pc-chart-table thead th { position: sticky; top: 0; background: #ffffff; }
.pc-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  padding: 0 !important; margin: -1px !important; overflow: hidden !important;
  clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important;
  border: 0 !important; }
`;

/** Adds the charts' stylesheet once per document (CSS text from this module, never user text). */
function ensureStyles(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = html('style');
  style.id = STYLE_ID;
  style.textContent = STYLES;
  document.head.append(style);
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
  const W = spec.width ?? 760;
  const H = spec.height ?? 400;
  const n = spec.xLabels.length;
  const series = resolveSeries(spec.series, n);
  // Markers outside the periods shown would be drawn outside the plot: leave them out.
  const markers = (spec.markers ?? []).filter(
    (m) => Number.isFinite(m.x) && m.x >= 0 && m.x <= Math.max(0, n - 1),
  );

  const figure = html('figure', 'pc-chart');
  const caption = html('figcaption', undefined, undefined, figure);
  html('span', 'pc-chart-title', spec.title, caption);
  if (spec.caption) html('span', 'pc-chart-caption', spec.caption, caption);

  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');
  const root = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    'font-family': FONTS.text,
    fill: COLOURS.ink,
  });
  figure.append(root);
  svg('title', { id: titleId }, root).textContent = spec.title;
  svg('desc', { id: descId }, root).textContent = spec.summary ?? describe(spec, series, fmt);

  // The y domain covers every value and band, bands only within explicit bounds.
  let dataMin = Infinity;
  let dataMax = -Infinity;
  for (const s of series) {
    for (let i = 0; i < n; i += 1) {
      const v = s.values[i];
      if (!finite(v)) continue;
      const b = s.band?.[i];
      const spread = finite(b) ? Math.abs(b) : 0;
      const lo =
        spec.yMin !== undefined ? Math.max(v - spread, Math.min(v, spec.yMin)) : v - spread;
      const hi =
        spec.yMax !== undefined ? Math.min(v + spread, Math.max(v, spec.yMax)) : v + spread;
      dataMin = Math.min(dataMin, lo);
      dataMax = Math.max(dataMax, hi);
    }
  }
  if (!Number.isFinite(dataMin)) {
    dataMin = spec.yMin ?? 0;
    dataMax = spec.yMax ?? 1;
  }

  // Top rows: the y-axis name, then the marker labels (greedy rows so they never overlap).
  const yLabelRow = 24;
  const markerRowHeight = 20;
  const markerRows: { x: number; w: number }[][] = [];
  const markerRowOf: number[] = [];
  const markerLabelX: number[] = [];
  const plotTopFor = (rows: number) => yLabelRow + 10 + rows * markerRowHeight;

  // Left margin from the widest tick label of any tick count the plot's height may choose.
  const tickWidth = Math.max(
    10,
    ...[3, 4, 5, 6, 7].flatMap((target) =>
      niceScale(dataMin, dataMax, target, spec.yMin, spec.yMax).ticks.map((t) =>
        estimateTextWidth(fmt(t), AXIS_TEXT),
      ),
    ),
  );
  const left = Math.ceil(tickWidth + 16);

  // Right margin: end labels of the series that reach the last period.
  const atEnd = series.filter((s) => s.last >= 0 && s.last === n - 1);
  const endText = (s: ResolvedSeries) => s.label;
  const endValue = (s: ResolvedSeries) => fmt(s.values[s.last] as number);
  const maxRight = W * 0.32;
  const keyWidth = 22;
  const endWidths = atEnd.map(
    (s) =>
      keyWidth +
      estimateTextWidth(endText(s), LABEL_TEXT) +
      8 +
      estimateTextWidth(endValue(s), LABEL_TEXT, true),
  );
  const right = Math.ceil(Math.min(maxRight, Math.max(24, ...endWidths.map((w) => w + 22))));
  const plotLeft = left;
  const plotRight = W - right;
  const plotW = Math.max(10, plotRight - plotLeft);
  const xAt = (i: number) => (n <= 1 ? plotLeft + plotW / 2 : plotLeft + (i / (n - 1)) * plotW);

  for (const m of markers) {
    const w = estimateTextWidth(m.label, MARKER_TEXT, true) + 8;
    const cx = Math.min(Math.max(xAt(m.x), plotLeft + w / 2), W - w / 2);
    let row = markerRows.findIndex((r) => r.every((o) => Math.abs(o.x - cx) > (o.w + w) / 2 + 6));
    if (row < 0) {
      row = markerRows.length;
      markerRows.push([]);
    }
    markerRows[row]!.push({ x: cx, w });
    markerRowOf.push(row);
    markerLabelX.push(cx);
  }
  const plotTop = plotTopFor(markerRows.length);
  const plotBottom = H - 34;
  const plotH = Math.max(10, plotBottom - plotTop);
  const scale = niceScale(
    dataMin,
    dataMax,
    Math.min(7, Math.max(3, Math.round(plotH / 45) + 1)),
    spec.yMin,
    spec.yMax,
  );
  const yAt = (v: number) => plotBottom - ((v - scale.min) / (scale.max - scale.min || 1)) * plotH;

  // Axis name, gridlines and y ticks.
  svg(
    'text',
    { x: 0, y: 17, 'font-size': AXIS_TEXT, 'font-weight': 600, class: 'pc-chart-ylabel' },
    root,
  ).textContent = spec.yLabel;
  const grid = svg('g', { class: 'pc-chart-grid' }, root);
  const yTicks = svg('g', { class: 'pc-chart-yticks', 'font-size': AXIS_TEXT }, root);
  const hasData = series.some((s) => s.last >= 0);
  // An empty chart shows no made-up scale.
  for (const t of hasData ? scale.ticks : []) {
    const y = fmtCoord(yAt(t));
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

  // X axis: a baseline, a tick per period and as many labels as fit without touching.
  svg(
    'line',
    {
      x1: plotLeft,
      x2: plotRight,
      y1: plotBottom,
      y2: plotBottom,
      stroke: COLOURS.inkSoft,
      'stroke-width': 1.5,
    },
    root,
  );
  const xTicks = svg('g', { class: 'pc-chart-xticks', 'font-size': AXIS_TEXT }, root);
  const widest = Math.max(0, ...spec.xLabels.map((l) => estimateTextWidth(l, AXIS_TEXT)));
  const spacing = n > 1 ? plotW / (n - 1) : plotW;
  const every = [1, 2, 4, 5, 10, 20, 25, 50, 100].find((k) => k * spacing >= widest + 12) ?? n;
  spec.xLabels.forEach((label, i) => {
    const x = fmtCoord(xAt(i));
    // Counted from the end: the last period (where the debrief's story ends) always has a label.
    const shown = (n - 1 - i) % every === 0;
    svg(
      'line',
      {
        x1: x,
        x2: x,
        y1: plotBottom,
        y2: plotBottom + (shown ? 7 : 4),
        stroke: COLOURS.inkSoft,
        'stroke-width': 1.5,
      },
      xTicks,
    );
    if (!shown) return;
    svg(
      'text',
      { x, y: plotBottom + 24, 'text-anchor': 'middle', fill: COLOURS.inkSoft },
      xTicks,
    ).textContent = label;
  });

  // Vertical markers, behind the data.
  const markerGroup = svg('g', { class: 'pc-chart-markers', 'font-size': MARKER_TEXT }, root);
  markers.forEach((m, k) => {
    const x = xAt(m.x);
    const row = markerRowOf[k]!;
    const labelY = yLabelRow + 10 + row * markerRowHeight + 14;
    const g = svg('g', { class: 'pc-chart-marker', 'data-x': m.x }, markerGroup);
    svg(
      'line',
      {
        x1: fmtCoord(x),
        x2: fmtCoord(x),
        y1: labelY + 4,
        y2: plotBottom,
        stroke: COLOURS.inkSoft,
        'stroke-width': 2,
        'stroke-dasharray': '4 4',
      },
      g,
    );
    svg(
      'text',
      {
        x: fmtCoord(markerLabelX[k]!),
        y: labelY,
        'text-anchor': 'middle',
        'font-weight': 600,
        fill: COLOURS.inkSoft,
      },
      g,
    ).textContent = m.label;
  });

  // Bands, then lines, then point markers: data always sits above the uncertainty.
  const clipId = uniqueId('chart-clip');
  const clip = svg('clipPath', { id: clipId }, svg('defs', {}, root));
  svg('rect', { x: plotLeft - 8, y: plotTop - 8, width: plotW + 16, height: plotH + 16 }, clip);
  const bands = svg('g', { class: 'pc-chart-bands', 'clip-path': `url(#${clipId})` }, root);
  const lines = svg('g', { class: 'pc-chart-lines', fill: 'none' }, root);
  const points = svg('g', { class: 'pc-chart-points' }, root);
  // Point markers about 48 px apart so the dash pattern shows between them; series are staggered
  // so that where lines meet, every shape is still visible.
  const markEvery = Math.max(1, Math.ceil(48 / Math.max(1, spacing)));
  // The scale covers every band unless explicit bounds cut it (a 0..100 score has no 104).
  const clampY = (v: number) => Math.min(scale.max, Math.max(scale.min, v));

  for (const [si, s] of series.entries()) {
    // Bands: one closed shape per run where both the value and its spread are known.
    if (s.band) {
      const withBand = s.values.map((v, i) => (finite(v) && finite(s.band?.[i]) ? v : null));
      for (const run of segmentsOf(withBand, n)) {
        const edges = run.map((i) => {
          const v = s.values[i] as number;
          const spread = Math.abs(s.band![i] as number);
          const x = fmtCoord(xAt(i));
          return {
            x,
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
          bands,
        );
      }
    }
    const dashArray = DASH_ARRAYS[s.dash];
    for (const run of segmentsOf(s.values, n)) {
      const d = run
        .map(
          (i, k) =>
            `${k === 0 ? 'M' : 'L'}${fmtCoord(xAt(i))},${fmtCoord(yAt(s.values[i] as number))}`,
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
        lines,
      );
      if (dashArray) path.setAttribute('stroke-dasharray', dashArray);
      for (const i of run) {
        const first = run[0]!;
        const end = run[run.length - 1]!;
        const staggered =
          (n - 1 - i + si) % markEvery === 0 &&
          Math.min(i - first, end - i) >= Math.ceil(markEvery / 2);
        if (i !== first && i !== end && !staggered) continue;
        const mark = drawMarker(s.marker, xAt(i), yAt(s.values[i] as number), s.colour, points);
        if (!mark) continue;
        mark.setAttribute('data-series', s.id);
        const b = s.band?.[i];
        const v = s.values[i] as number;
        svg('title', {}, mark).textContent =
          `${s.label}, ${spec.xLabels[i]}: ${fmt(v)}${finite(b) ? ` ± ${fmt(b)}` : ''}`;
      }
    }
  }

  // End labels: a key (marker on a short line in the series' style), the label and the last
  // value; spread apart vertically so that none overlaps another.
  const labelGroup = svg('g', { class: 'pc-chart-end-labels', 'font-size': LABEL_TEXT }, root);
  const lineGap = LABEL_TEXT * 1.35;
  const ys = spreadLabels(
    atEnd.map((s) => yAt(s.values[s.last] as number)),
    lineGap,
    plotTop,
    H - 10,
  );
  atEnd.forEach((s, k) => {
    const yPoint = yAt(s.values[s.last] as number);
    const y = ys[k]!;
    const x0 = plotRight + 18;
    const g = svg('g', { class: 'pc-chart-end-label', 'data-series': s.id }, labelGroup);
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
        x2: x0 + keyWidth - 4,
        y1: fmtCoord(y),
        y2: fmtCoord(y),
        stroke: s.colour,
        'stroke-width': LINE_WIDTH,
        'stroke-linecap': 'round',
      },
      g,
    );
    const dashArray = DASH_ARRAYS[s.dash];
    if (dashArray) key.setAttribute('stroke-dasharray', s.dash === 'dashed' ? '6 4' : '0.1 6');
    drawMarker(s.marker, x0 + (keyWidth - 4) / 2, y, s.colour, g, 4.5);
    const room = W - x0 - keyWidth - 4;
    const valueText = endValue(s);
    const valueWidth = estimateTextWidth(valueText, LABEL_TEXT, true) + 8;
    const text = svg('text', { x: x0 + keyWidth + 2, y: fmtCoord(y), dy: '0.35em' }, g);
    const name = svg('tspan', {}, text);
    name.textContent = truncate(endText(s), LABEL_TEXT, Math.max(20, room - valueWidth));
    const value = svg('tspan', { dx: 8, 'font-weight': 700 }, text);
    value.textContent = valueText;
    // The full label as a tooltip, in case it was shortened.
    svg('title', {}, g).textContent = `${s.label}: ${valueText}`;
  });

  // Series that stop early (e.g. the CCO was fired) are labelled where they stop.
  series
    .filter((s) => s.last >= 0 && s.last < n - 1)
    .forEach((s) => {
      const x = xAt(s.last) + 10;
      const y = yAt(s.values[s.last] as number) - 12;
      const text = svg(
        'text',
        {
          x: fmtCoord(x),
          y: fmtCoord(y),
          'font-size': LABEL_TEXT,
          'font-weight': 600,
          stroke: '#ffffff',
          'stroke-width': 4,
          'paint-order': 'stroke',
          'data-series': s.id,
          class: 'pc-chart-inline-label',
        },
        labelGroup,
      );
      text.textContent = truncate(`${s.label} ${endValue(s)}`, LABEL_TEXT, plotRight - x);
    });

  if (!hasData) {
    svg(
      'text',
      {
        x: fmtCoord(plotLeft + plotW / 2),
        y: fmtCoord(plotTop + plotH / 2),
        'text-anchor': 'middle',
        'font-size': LABEL_TEXT,
        fill: COLOURS.inkSoft,
      },
      root,
    ).textContent = 'No data yet';
  }

  // The numbers: always in the accessibility tree; the button swaps them with the drawing in the
  // same box (same aspect ratio), so the panel around the chart never has to make room.
  const tableId = uniqueId('chart-table');
  const words = labelsOf(spec);
  const toggle = html('button', 'pc-chart-toggle', words.showNumbers, figure);
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', tableId);
  const wrap = html('div', 'pc-chart-table-wrap pc-visually-hidden', undefined, figure);
  wrap.style.aspectRatio = `${W} / ${H}`;
  wrap.append(dataTable(spec, fmt, tableId));
  toggle.addEventListener('click', () => {
    const show = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(show));
    toggle.textContent = show ? words.showChart : words.showNumbers;
    wrap.classList.toggle('pc-visually-hidden', !show);
    root.classList.toggle('pc-visually-hidden', show);
    // The table scrolls when long: focusable then (for the keyboard), never while hidden.
    if (show) wrap.tabIndex = 0;
    else wrap.removeAttribute('tabindex');
  });
  return figure;
}

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
