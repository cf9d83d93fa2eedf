// The debrief's timeline tab ("Your decisions"): the game's log read quarter by quarter, each
// entry in words and marked by kind (decision, event, outcome, review, result). Imports the
// engine's types and the names module.

import type { LogEntry, Scenario } from '../../../engine';
import type { ScreenContext } from '../../context';
import { h } from '../../dom';
import { eventTitle, leaderName, quarterLabel } from '../../names';
import { describeAction } from './decisions';

/** A line of the timeline: its words and its kind (classes for its look). */
interface TimelineItem {
  text: string;
  kind: string;
}

/** A log entry in words, or null for entries the timeline leaves out. */
function describeEntry(
  ctx: ScreenContext,
  scenario: Scenario,
  entry: LogEntry,
): TimelineItem | null {
  const { t } = ctx;
  switch (entry.kind) {
    case 'decision':
      // An ended turn shows as its results ('resolved'); an answer, by its 'event-answered' entry.
      return entry.action.type === 'endQuarter' || entry.action.type === 'answerEvent'
        ? null
        : { text: describeAction(ctx, scenario, entry.action), kind: 'decision' };
    case 'event-drawn':
      return {
        text: t.t(entry.mitigated ? 'timeline.event-defused' : 'timeline.event', {
          event: eventTitle(ctx, scenario, entry.event),
        }),
        kind: 'event',
      };
    case 'event-answered':
      return {
        text: describeAction(ctx, scenario, {
          type: 'answerEvent',
          event: entry.event,
          option: entry.option,
        }),
        kind: 'decision',
      };
    case 'negotiation':
      return {
        text: t.t('timeline.answered', {
          leader: leaderName(ctx, scenario, entry.result.silo),
          outcome: t.t(`outcome.${entry.result.outcome}`).toLowerCase(),
        }),
        kind: `outcome outcome-${entry.result.outcome}`,
      };
    case 'report':
      return {
        text: t.t(entry.inMoney ? 'timeline.report-money' : 'timeline.report-result', {
          gain: t.signed(entry.gain, 1),
        }),
        kind: 'result',
      };
    case 'year-review':
      return {
        text: t.t('timeline.review', {
          year: entry.review.year,
          verdict: t.t(`review.verdict-short.${entry.review.verdict}`),
        }),
        kind: 'review',
      };
    case 'fired':
      return { text: t.t('timeline.fired'), kind: 'fired' };
    case 'resolved':
      return {
        text: t.t('timeline.resolved', {
          customers: t.num(entry.customers),
          twin: t.num(entry.twinCustomers),
        }),
        kind: 'result',
      };
    default:
      return null;
  }
}

/** The quarter a log entry belongs to (negotiations and reviews carry theirs inside). */
function quarterOf(entry: LogEntry): number {
  if (entry.kind === 'negotiation') return entry.result.quarter;
  if (entry.kind === 'year-review') return entry.review.quarter;
  return entry.quarter;
}

/** The timeline tab. */
export function timelineTab(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const byQuarter = new Map<number, TimelineItem[]>();
  for (const entry of game.log) {
    const item = describeEntry(ctx, scenario, entry);
    if (!item) continue;
    const quarter = quarterOf(entry);
    const list = byQuarter.get(quarter) ?? [];
    list.push(item);
    byQuarter.set(quarter, list);
  }
  return h(
    'ol',
    { class: 'timeline' },
    ...[...byQuarter.entries()].map(([quarter, items]) =>
      h(
        'li',
        { class: 'timeline-quarter' },
        h('h3', { text: quarterLabel(ctx, quarter) }),
        h(
          'ul',
          {},
          ...items.map((item) =>
            h('li', { class: `tl-${item.kind.split(' ')[0]} ${item.kind}`, text: item.text }),
          ),
        ),
      ),
    ),
    byQuarter.size === 0 ? h('li', { text: t.t('timeline.empty') }) : null,
  );
}
