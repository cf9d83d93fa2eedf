// The end-of-quarter report: customers won and lost in each segment (why they left, where the
// player measures it), revenue, what the CEO thinks and why, the organisation's gauges, and
// notes on what else happened. Numbers count up to their new values while the floor animates the
// customers arriving and leaving. Imports engine types and the DOM helpers.

import type { GameState, Resolution, Scenario, SegmentResolution } from '../../engine';
import { GAUGES, STAGES } from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { initiativeName } from '../names';
import { changeLine, reasonLines, shownChange } from './changes';
import { topBar } from './top-bar';
import { keyFrom } from '../i18n';

/** How often a counting number shows its next value (ms). */
const COUNT_EVERY = 50;

/** A number that counts from `from` to `to` (at once when motion is reduced). */
export function countingNumber(
  ctx: ScreenContext,
  from: number,
  to: number,
  format: (n: number) => string,
): HTMLElement {
  const el = h('span', { class: 'counting', text: format(to) });
  if (
    ctx.state.settings.reducedMotion ||
    from === to ||
    typeof requestAnimationFrame !== 'function'
  )
    return el;
  el.textContent = format(from);
  const started = performance.now();
  const duration = 1400;
  let written = started;
  const step = (now: number) => {
    const k = Math.min(1, (now - started) / duration);
    if (k < 1 && el.isConnected) {
      // Twenty times a second reads as counting; each new text lays the panel out and paints it
      // again, which on a slow laptop took the frames the floor's walking figures need.
      if (now - written >= COUNT_EVERY) {
        written = now;
        const eased = 1 - (1 - k) * (1 - k);
        const text = format(from + (to - from) * eased);
        if (el.textContent !== text) el.textContent = text;
      }
      requestAnimationFrame(step);
    } else el.textContent = format(to);
  };
  requestAnimationFrame(step);
  return el;
}

function segmentRow(
  ctx: ScreenContext,
  scenario: Scenario,
  game: GameState,
  s: SegmentResolution,
): HTMLElement {
  const { t } = ctx;
  const index = scenario.segments.findIndex((x) => x.id === s.segment);
  const segment = scenario.segments[index]!;
  const reasonsKnown = Boolean(game.measured[index]?.churnReasons);
  const lost = s.lostControllable + s.lostUncontrollable;
  const topStages = STAGES.map((stage) => ({ stage, n: s.lostByStage[stage] }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n)
    .slice(0, 2);
  return h(
    'li',
    { class: 'result-segment' },
    h('strong', { text: t.text(segment.name) }),
    h(
      'span',
      { class: 'result-count' },
      countingNumber(ctx, s.customersBefore, s.customersAfter, (n) => t.num(Math.round(n))),
    ),
    h(
      'span',
      { class: 'flows' },
      h('span', { class: 'won', text: t.t('results.won', { count: s.won }) }),
      h('span', { class: 'lost', text: t.t('results.lost', { count: lost }) }),
    ),
    h('span', {
      class: 'why small',
      text: reasonsKnown
        ? t.t('results.why-known', {
            controllable: s.lostControllable,
            stages: t.list(topStages.map((r) => t.t(`stage.${r.stage}`).toLowerCase())) || '-',
            other: s.lostUncontrollable,
          })
        : t.t('results.why-unknown'),
    }),
  );
}

export function reportBody(ctx: ScreenContext, r: Resolution): HTMLElement[] {
  const { t } = ctx;
  const { scenario, game } = ctx.state.session!;
  const half = game.quartersPerTurn === 2;
  const currency = scenario.company.currency;
  const notes = r.notes.map((n) =>
    h('li', {
      text: t.t(keyFrom(n.key), {
        ...n.params,
        initiative: n.params?.initiative
          ? initiativeName(ctx, scenario, String(n.params.initiative))
          : '',
        delta: t.signed(n.delta, 1),
      }),
    }),
  );
  const items: (HTMLElement | null)[] = [
    h('h2', { text: t.t('results.customers') }),
    h(
      'ul',
      { class: 'result-segments' },
      ...r.segments.map((s) => segmentRow(ctx, scenario, game, s)),
    ),
    h('h2', { text: t.t('results.money') }),
    h(
      'ul',
      { class: 'changes' },
      h(
        'li',
        {},
        h('span', { text: t.t(half ? 'results.revenue.half' : 'results.revenue') }),
        h('span', {
          class: 'num',
          text: `${t.money(r.revenueBefore, currency)} → ${t.money(r.revenueAfter, currency)}`,
        }),
      ),
      h(
        'li',
        {},
        h('span', { text: t.t('results.upkeep') }),
        h('span', { class: 'num', text: t.money(r.upkeep, currency) }),
      ),
    ),
    h('h2', { text: t.t('results.ceo') }),
    h(
      'ul',
      { class: 'changes' },
      changeLine(ctx, t.t('top.ceo-support'), r.ceoSupportBefore, r.ceoSupportAfter, 0),
      ...reasonLines(ctx, r.ceoReasons, shownChange(r.ceoSupportBefore, r.ceoSupportAfter)),
    ),
    h('h2', { text: t.t('results.organisation') }),
    h(
      'ul',
      { class: 'changes' },
      changeLine(ctx, t.t('gauge.engagement'), r.engagementBefore, r.engagementAfter),
      ...reasonLines(
        ctx,
        r.gaugeReasons.engagement,
        shownChange(r.engagementBefore, r.engagementAfter),
        'results.other-gauge',
      ),
      ...GAUGES.flatMap((g) => [
        changeLine(ctx, t.t(`gauge.${g}`), r.gaugesBefore[g], r.gaugesAfter[g]),
        ...reasonLines(
          ctx,
          r.gaugeReasons[g],
          shownChange(r.gaugesBefore[g], r.gaugesAfter[g]),
          'results.other-gauge',
        ),
      ]),
    ),
    notes.length > 0 ? h('h2', { text: t.t(half ? 'results.notes.half' : 'results.notes') }) : null,
    notes.length > 0 ? h('ul', { class: 'notes' }, ...notes) : null,
  ];
  return items.filter((x): x is HTMLElement => x !== null);
}

export const resultsScreen: ScreenView = {
  deps: (s) => [s.session?.game.lastResolution, s.session?.reportsRead],
  render(ctx) {
    const { t, game, state } = ctx;
    const { game: g } = state.session!;
    const r = g.lastResolution!;
    const first = r.quarters[0] ?? g.quarter;
    const last = r.quarters.at(-1) ?? first;
    const heading =
      first === last
        ? t.t('results.title', { year: Math.ceil(first / 4), quarter: ((first - 1) % 4) + 1 })
        : t.t('results.title-half', {
            year: Math.ceil(first / 4),
            from: ((first - 1) % 4) + 1,
            to: ((last - 1) % 4) + 1,
          });
    const next = r.fired
      ? t.t('results.to-debrief')
      : r.review
        ? t.t('results.to-review')
        : g.status === 'completed'
          ? t.t('results.to-debrief')
          : t.t(g.quartersPerTurn === 2 ? 'results.next.half' : 'results.next');
    return h(
      'div',
      { class: 'loop-screen results-screen', data: { layer: '' } },
      topBar(ctx, false),
      h(
        'section',
        {
          class: 'report-panel',
          data: { scrollKey: 'report' },
          attrs: { 'aria-labelledby': 'results-title', tabindex: 0 },
        },
        h('h1', { id: 'results-title', text: heading }),
        r.fired
          ? h('p', { class: 'notice notice-bad', role: 'alert', text: t.t('results.fired') })
          : null,
        ...reportBody(ctx, r),
      ),
      h(
        'div',
        { class: 'report-foot' },
        button(next, () => game.acknowledgeReport(), {
          primary: true,
          hint: 'Enter',
          key: 'report-next',
          sound: 'none',
        }),
      ),
    );
  },
};
