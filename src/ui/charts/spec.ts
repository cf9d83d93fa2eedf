// What a caller hands to a chart: the series, the markers, the words. Types only; imports nothing.

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
