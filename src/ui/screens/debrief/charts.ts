// The debrief's charts tab: the player's company against its do-nothing twin (customers, revenue,
// satisfaction), belief against measurement against truth, and the people gauges, with the year
// reviews (and a firing) marked. Imports the charts, the theme and the engine's types.

import type { GameState, QuarterRecord } from '../../../engine';
import type { ScreenContext } from '../../context';
import { h } from '../../dom';
import { lineChart, type LineChartSpec, type LineSeries } from '../../charts';
import { COLOURS } from '../../../stage/theme';

/** Every quarter's record, the start first. */
function rows(game: GameState): QuarterRecord[] {
  return [game.start, ...game.series];
}

/** The chart's own words in the game's language. */
function chartLabels(ctx: ScreenContext): LineChartSpec['labels'] {
  const { t } = ctx;
  return {
    showNumbers: t.t('chart.show-numbers'),
    showChart: t.t('chart.show-chart'),
    notes: t.t('chart.notes'),
    noData: t.t('chart.no-data'),
    period: t.t('chart.period'),
  };
}

/**
 * The player's line and the twin's, drawn the same way on every chart. `value` reads a record of
 * either: the twin's record holds the fields both share.
 */
function againstTwin(
  ctx: ScreenContext,
  data: readonly QuarterRecord[],
  value: (r: QuarterRecord['twin']) => number,
): LineSeries[] {
  return [
    {
      id: 'you',
      label: ctx.t.t('chart.you'),
      values: data.map((r) => value(r)),
      colour: COLOURS.player,
      dash: 'solid',
      marker: 'circle',
    },
    {
      id: 'twin',
      label: ctx.t.t('chart.twin'),
      values: data.map((r) => value(r.twin)),
      colour: COLOURS.twin,
      dash: 'dashed',
      marker: 'square',
    },
  ];
}

/** Satisfaction as the player believed it, as surveys measured it (with their spread), and true. */
function views(ctx: ScreenContext, data: readonly QuarterRecord[]): LineSeries[] {
  const { t } = ctx;
  return [
    {
      id: 'believed',
      label: t.t('chart.believed'),
      values: data.map((r) => r.believedSatisfaction),
      colour: COLOURS.believed,
      dash: 'dotted',
      marker: 'triangle',
    },
    {
      id: 'measured',
      label: t.t('chart.measured'),
      values: data.map((r) => r.measuredSatisfaction),
      band: data.map((r) => r.measuredUncertainty),
      colour: COLOURS.measured,
      dash: 'dashed',
      marker: 'square',
    },
    {
      id: 'true',
      label: t.t('chart.true'),
      values: data.map((r) => r.satisfaction),
      colour: COLOURS.truth,
      dash: 'solid',
      marker: 'circle',
    },
  ];
}

/** The staff's engagement and the CEO's support, both 0..100. */
function people(ctx: ScreenContext, data: readonly QuarterRecord[]): LineSeries[] {
  const { t } = ctx;
  return [
    {
      id: 'engagement',
      label: t.t('chart.engagement'),
      values: data.map((r) => r.engagement),
      colour: COLOURS.measured,
      dash: 'solid',
      marker: 'circle',
    },
    {
      id: 'ceo',
      label: t.t('top.ceo-support'),
      values: data.map((r) => r.ceoSupport),
      colour: COLOURS.amber,
      dash: 'dashed',
      marker: 'triangle',
    },
  ];
}

/** The charts tab: five charts over the same quarters and markers. */
export function chartsTab(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const data = rows(game);
  const xLabels = data.map((r) => (r.quarter === 0 ? t.t('chart.start') : `Q${r.quarter}`));
  const markers = [4, 8, 12, 16]
    .filter((q) => q < data.length)
    .map((q) => ({ x: q, label: t.t('chart.review', { year: q / 4 }) }));
  if (game.status === 'fired') markers.push({ x: data.length - 1, label: t.t('chart.fired') });
  const common = { xLabels, markers, labels: chartLabels(ctx), format: (n: number) => t.num(n) };
  // Satisfaction and the people gauges are on a 0..100 scale.
  const percent = { yMin: 0, yMax: 100 };
  return h(
    'div',
    { class: 'chart-grid' },
    lineChart({
      ...common,
      title: t.t('chart.customers'),
      caption: t.t('chart.customers.caption'),
      yLabel: t.t('chart.customers.axis'),
      series: againstTwin(ctx, data, (r) => r.customers),
    }),
    lineChart({
      ...common,
      title: t.t('chart.revenue'),
      caption: t.t('chart.revenue.caption'),
      yLabel: t.t('chart.revenue.axis', { currency: scenario.company.currency }),
      format: (n: number) => t.money(n, scenario.company.currency),
      series: againstTwin(ctx, data, (r) => r.revenue),
    }),
    lineChart({
      ...common,
      title: t.t('chart.satisfaction'),
      caption: t.t('chart.satisfaction.caption'),
      yLabel: t.t('chart.satisfaction.axis'),
      ...percent,
      series: againstTwin(ctx, data, (r) => r.satisfaction),
    }),
    lineChart({
      ...common,
      title: t.t('chart.views'),
      caption: t.t('chart.views.caption'),
      yLabel: t.t('chart.satisfaction.axis'),
      ...percent,
      series: views(ctx, data),
    }),
    lineChart({
      ...common,
      title: t.t('chart.people'),
      caption: t.t('chart.people.caption'),
      yLabel: t.t('chart.people.axis'),
      ...percent,
      series: people(ctx, data),
    }),
  );
}
