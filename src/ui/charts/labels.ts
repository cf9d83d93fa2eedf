// The chart's own words in English, and a spec's translations laid over them. Imports only the
// chart types.

import type { ChartLabels, LineChartSpec } from './spec';

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

/** The words a chart writes: the spec's own where given, English for the rest. */
export function labelsOf(spec: LineChartSpec): ChartLabels {
  return { ...ENGLISH_CHART_LABELS, ...spec.labels };
}
