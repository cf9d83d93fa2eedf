// The dashboard: what the player can see of the company. Measured values carry their
// uncertainty and their age; where nothing is measured, the company's belief is shown, marked as
// a belief (lesson L7). Organisation gauges, accountability and running initiatives follow.
// Imports engine helpers and the DOM helpers.

import type { GameState, Gauge, Scenario, Stage } from '../../engine';
import {
  believedSegmentSatisfaction,
  CAPABILITIES,
  GAUGES,
  isFresh,
  STAGES,
  uncertaintyNow,
} from '../../engine';
import type { ScreenContext } from '../context';
import { h, meter } from '../dom';
import { quarterLabel } from '../names';
import { changeLine, reasonLines, shownChange } from './changes';

function measuredOrBelief(
  ctx: ScreenContext,
  label: string,
  measured: { value: number; uncertainty: number; quarter: number } | undefined,
  belief: number,
  key: string,
  expected?: number,
): HTMLElement {
  const { t } = ctx;
  // A stage's quality reads only beside what customers expect of it (lesson L7).
  const expects =
    expected === undefined ? '' : ` · ${t.t('dash.expects', { value: Math.round(expected) })}`;
  if (measured) {
    // Old readings widen and stop counting as evidence (lesson L8).
    const quarter = ctx.state.session!.game.quarter;
    const fresh = isFresh(measured.quarter, quarter);
    return h(
      'div',
      { class: `reading measured${fresh ? '' : ' stale'}`, key },
      h('span', { class: 'reading-label', text: label }),
      h('span', {
        class: 'reading-value',
        text: t.t('dash.measured-value', {
          value: Math.round(measured.value),
          plusminus: Math.round(uncertaintyNow(measured, quarter)),
        }),
      }),
      h('span', {
        class: 'reading-note',
        text:
          t.t(fresh ? 'dash.measured-when' : 'dash.measured-stale', {
            when: quarterLabel(ctx, measured.quarter),
          }) + expects,
      }),
    );
  }
  return h(
    'div',
    { class: 'reading believed', key },
    h('span', { class: 'reading-label', text: label }),
    h('span', {
      class: 'reading-value',
      text: t.t('dash.belief-value', { value: Math.round(belief) }),
    }),
    h('span', { class: 'reading-note', text: t.t('dash.belief-note') + expects }),
  );
}

function churnReasons(ctx: ScreenContext, game: GameState, i: number): HTMLElement | null {
  const reasons = game.measured[i]?.churnReasons;
  if (!reasons) return null;
  const { t } = ctx;
  const rows = ([...STAGES, 'other'] as const)
    .map((stage) => ({ stage, share: reasons.shares[stage] }))
    .filter((r) => r.share > 0.005)
    .sort((a, b) => b.share - a.share);
  const label = h('span', {
    class: 'reading-label',
    text: t.t('dash.why-leave', { when: quarterLabel(ctx, reasons.quarter) }),
  });
  // Asked, but nobody had left since: say so rather than show an empty list.
  if (rows.length === 0)
    return h(
      'div',
      { class: 'churn-reasons' },
      label,
      h('p', { class: 'reading-note', text: t.t('dash.why-none') }),
    );
  return h(
    'div',
    { class: 'churn-reasons' },
    label,
    h(
      'ul',
      {},
      ...rows.map((r) =>
        h(
          'li',
          {},
          h('span', { text: t.t(r.stage === 'other' ? 'dash.reason-other' : `stage.${r.stage}`) }),
          h('span', { class: 'bar', style: { width: `${Math.round(r.share * 100)}%` } }),
          h('span', { class: 'num', text: t.percent(r.share) }),
        ),
      ),
    ),
  );
}

function segmentBlock(
  ctx: ScreenContext,
  scenario: Scenario,
  game: GameState,
  i: number,
): HTMLElement {
  const { t } = ctx;
  const segment = scenario.segments[i]!;
  const state = game.company.segments[i]!;
  const measured = game.measured[i]!;
  const change = state.last.won - state.last.lostControllable - state.last.lostUncontrollable;
  const hasResolution = game.lastResolution !== null;
  const stages = h(
    'details',
    { class: 'stages', key: `stages-${segment.id}` },
    h('summary', { text: t.t('dash.by-stage') }),
    h('p', { class: 'reading-note stages-note', text: t.t('dash.stages-note') }),
    ...STAGES.map((stage: Stage) =>
      measuredOrBelief(
        ctx,
        t.t(`stage.${stage}`),
        measured.stages[stage],
        game.beliefs[i]![stage],
        `stage-${segment.id}-${stage}`,
        state.expectations[stage],
      ),
    ),
  );
  return h(
    'section',
    { class: 'segment-block', attrs: { 'aria-label': t.text(segment.name) } },
    h(
      'div',
      { class: 'segment-head' },
      h('strong', { text: t.text(segment.name) }),
      h('span', { class: 'segment-count', text: t.num(state.customers) }),
      hasResolution
        ? h('span', {
            class: `delta ${change >= 0 ? 'up' : 'down'}`,
            text: t.signed(change),
            attrs: { 'aria-label': t.t('dash.change-aria', { change: t.signed(change) }) },
          })
        : null,
    ),
    measuredOrBelief(
      ctx,
      t.t('dash.satisfaction'),
      measured.satisfaction,
      believedSegmentSatisfaction(scenario, game, i),
      `sat-${segment.id}`,
    ),
    churnReasons(ctx, game, i),
    stages,
  );
}

/**
 * A gauge that explains itself: focus or hover shows what moved it over the last turn, the
 * causes adding up to the change shown (lesson L4: nothing here moves without a reason).
 */
function explainedMeter(
  ctx: ScreenContext,
  game: GameState,
  gauge: 'engagement' | Gauge,
  value: number,
  tone: 'good' | 'warn' | 'bad',
): HTMLElement {
  const { t } = ctx;
  const label = t.t(`gauge.${gauge}`);
  const r = game.lastResolution;
  const id = `why-${gauge}`;
  let body: HTMLElement[];
  if (!r) body = [h('p', { text: t.t('why.none') })];
  else {
    const before = gauge === 'engagement' ? r.engagementBefore : r.gaugesBefore[gauge];
    const after = gauge === 'engagement' ? r.engagementAfter : r.gaugesAfter[gauge];
    body = [
      h(
        'ul',
        { class: 'changes' },
        changeLine(ctx, t.t('why.title'), before, after),
        ...reasonLines(
          ctx,
          r.gaugeReasons[gauge],
          shownChange(before, after),
          'results.other-gauge',
        ),
      ),
    ];
  }
  return h(
    'div',
    {
      class: 'explained',
      key: `gauge-${gauge}`,
      attrs: { tabindex: 0, 'aria-describedby': id },
    },
    meter(label, value, { tone }),
    h('div', { class: 'why-tip', id, role: 'tooltip' }, ...body),
  );
}

function organisation(ctx: ScreenContext, game: GameState): HTMLElement {
  const { t } = ctx;
  const tone = (v: number) => (v >= 60 ? 'good' : v >= 35 ? 'warn' : 'bad');
  return h(
    'section',
    { class: 'dash-section', attrs: { 'aria-labelledby': 'dash-org' } },
    h('h3', { id: 'dash-org', text: t.t('dash.organisation') }),
    explainedMeter(ctx, game, 'engagement', game.company.engagement, tone(game.company.engagement)),
    ...GAUGES.map((g) => explainedMeter(ctx, game, g, game.gauges[g], tone(game.gauges[g]))),
    h('h3', { text: t.t('dash.accountability') }),
    ...CAPABILITIES.map((c) =>
      meter(t.t(`capability.${c}`), game.capabilities[c], { tone: tone(game.capabilities[c]) }),
    ),
  );
}

export function dashboard(ctx: ScreenContext, ...above: (HTMLElement | null)[]): HTMLElement {
  const { t } = ctx;
  const { scenario, game } = ctx.state.session!;
  const total = game.company.segments.reduce((n, s) => n + s.customers, 0);
  return h(
    'aside',
    {
      class: 'dashboard',
      data: { scrollKey: 'dashboard' },
      attrs: { 'aria-label': t.t('dash.label'), tabindex: 0 },
    },
    ...above,
    h(
      'div',
      { class: 'dash-total' },
      h('span', { class: 'reading-label', text: t.t('dash.customers') }),
      h('span', { class: 'big-number', text: t.num(total) }),
    ),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'legend-measured', text: t.t('dash.legend-measured') }),
      h('span', { class: 'legend-believed', text: t.t('dash.legend-believed') }),
    ),
    ...scenario.segments.map((_, i) => segmentBlock(ctx, scenario, game, i)),
    organisation(ctx, game),
  );
}
