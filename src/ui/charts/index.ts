// Line charts and sparklines for the debrief, the dashboard and the leaderboard, built as DOM SVG
// (createElementNS + textContent only, so every label is shown as text). The public face of the
// chart modules; they import only the theme, never the engine, the store or Phaser.

export type {
  ChartLabels,
  ChartMarker,
  DashStyle,
  LineChartSpec,
  LineSeries,
  MarkerShape,
} from './spec';
export { ENGLISH_CHART_LABELS } from './labels';
export { niceScale, type YScale } from './scale';
export { estimateTextWidth } from './text-width';
export { lineChart } from './line-chart';
export { sparkline, type SparklineOptions } from './sparkline';
