// The debrief's summary tab: the score and title (or the firing), the score's parts with what each
// measures, and the key numbers against the twin. Imports the engine's score.

import { computeScore, firedYear, SCORE_PARTS } from '../../../engine';
import type { ScreenContext } from '../../context';
import { h } from '../../dom';
import { quarterLabel } from '../../names';
import { keyFrom } from '../../i18n';

/** The score out of 1000 and the title it earns; a fired CCO's card says when. */
function scoreCard(ctx: ScreenContext, score: ReturnType<typeof computeScore>): HTMLElement {
  const { t } = ctx;
  const year = firedYear(ctx.state.session!.game);
  const title = score.fired ? t.t('title.fired', { year: year ?? 1 }) : t.t(keyFrom(score.title));
  return h(
    'div',
    { class: 'score-card' },
    h('span', { class: 'score-label', text: t.t('debrief.score') }),
    h('span', { class: 'score-total', text: t.num(score.total) }),
    h('span', { class: 'score-max', text: t.t('debrief.of-1000') }),
    h('strong', { class: 'score-title', text: title }),
    score.fired
      ? h('p', {
          class: 'warn-text',
          text: t.t('debrief.fired-note', { quarter: quarterLabel(ctx, score.quarter) }),
        })
      : null,
  );
}

/** One line per part of the score: its name, a bar, its points and what it measures. */
function scoreParts(ctx: ScreenContext, score: ReturnType<typeof computeScore>): HTMLElement {
  const { t } = ctx;
  return h(
    'ul',
    { class: 'score-parts', attrs: { 'aria-label': t.t('debrief.breakdown') } },
    ...SCORE_PARTS.map((part) => {
      const p = score.parts[part];
      return h(
        'li',
        {},
        h('span', { class: 'part-name', text: t.t(`score.${part}`) }),
        h(
          'span',
          { class: 'part-bar', attrs: { 'aria-hidden': 'true' } },
          h('span', { style: { width: `${Math.round((p.points / p.max) * 100)}%` } }),
        ),
        h('span', {
          class: 'num',
          text: t.t('debrief.points', { points: p.points, max: p.max }),
        }),
        h('span', { class: 'part-note small', text: t.t(`score.${part}.note`) }),
      );
    }),
  );
}

/** Where the game ended: customers, losses, profit and satisfaction, against the twin. */
function keyNumbers(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const last = game.series.at(-1) ?? game.start;
  return h(
    'ul',
    { class: 'key-numbers' },
    h('li', {
      text: t.t('debrief.customers', {
        you: t.num(last.customers),
        twin: t.num(last.twin.customers),
        start: t.num(game.start.customers),
      }),
    }),
    h('li', {
      text: t.t('debrief.lost', {
        count: last.lostTotal,
        controllable: t.percent(
          last.lostTotal > 0 ? last.lostControllableTotal / last.lostTotal : 0,
        ),
      }),
    }),
    h('li', {
      text: t.t('debrief.profit', {
        you: t.money(last.cumulativeProfit, scenario.company.currency),
        twin: t.money(last.twin.cumulativeProfit, scenario.company.currency),
      }),
    }),
    h('li', {
      text: t.t('debrief.satisfaction', {
        truth: Math.round(last.satisfaction),
        believed: Math.round(last.believedSatisfaction),
      }),
    }),
  );
}

/** The summary tab. */
export function summaryTab(ctx: ScreenContext): HTMLElement {
  const { game, scenario } = ctx.state.session!;
  const score = computeScore(scenario, game);
  return h(
    'div',
    { class: 'debrief-summary' },
    scoreCard(ctx, score),
    scoreParts(ctx, score),
    keyNumbers(ctx),
  );
}
