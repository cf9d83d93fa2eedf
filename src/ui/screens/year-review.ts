// The year review with the CEO: the year in revenue and customers, the CEO's verdict and mood,
// whether the results were shown in money, and next year's budget. The verdict is in the CEO's
// words when the scenario gives them. Imports the DOM helpers.

import type { Verdict } from '../../engine';
import type { ScreenContext, ScreenView } from '../context';
import { button, h } from '../dom';
import { moodOf } from '../view-model';
import { topBar } from './top-bar';

/** The CEO's words for a verdict: the scenario's own (`ceo.voice`), else the game's. */
export function verdictWords(ctx: ScreenContext, verdict: Verdict): string {
  const own = ctx.state.session?.scenario.ceo.voice?.[verdict];
  return own ? ctx.t.text(own) : ctx.t.t(`review.verdict.${verdict}`);
}

export const yearReviewScreen: ScreenView = {
  deps: (s) => [s.session?.game.lastResolution?.review],
  render(ctx: ScreenContext) {
    const { t, game, state, edges } = ctx;
    const { scenario, game: g } = state.session!;
    const review = g.lastResolution!.review!;
    const currency = scenario.company.currency;
    const ended = g.status !== 'playing';
    return h(
      'div',
      { class: 'loop-screen review-screen' },
      topBar(ctx, false),
      h(
        'div',
        { class: 'modal-backdrop' },
        h(
          'section',
          {
            class: `dialog review-dialog verdict-${review.verdict}`,
            role: 'dialog',
            data: { layer: '' },
            attrs: { 'aria-modal': 'true', 'aria-labelledby': 'review-title' },
          },
          h(
            'header',
            { class: 'event-head' },
            edges.portrait(scenario.ceo.portrait, moodOf(review.ceoSupport), 80),
            h(
              'div',
              {},
              h('p', {
                class: 'eyebrow',
                text: t.t('review.eyebrow', { name: t.text(scenario.ceo.name) }),
              }),
              h('h1', { id: 'review-title', text: t.t('review.title', { year: review.year }) }),
            ),
          ),
          h(
            'blockquote',
            { class: 'leader-line' },
            h('p', { text: t.quote(verdictWords(ctx, review.verdict)) }),
            h('cite', { text: t.text(scenario.ceo.name) }),
          ),
          h(
            'ul',
            { class: 'changes' },
            h(
              'li',
              {},
              h('span', { text: t.t('review.revenue') }),
              h('span', { class: 'num', text: t.money(review.revenue, currency) }),
              h('span', {
                class: `delta ${review.revenueChange >= 0 ? 'up' : 'down'}`,
                text: t.signedPercent(review.revenueChange, 1),
              }),
            ),
            h(
              'li',
              {},
              h('span', { text: t.t('review.customers') }),
              h('span', { class: 'num', text: t.num(review.customers) }),
              h('span', {
                class: `delta ${review.customersChange >= 0 ? 'up' : 'down'}`,
                text: t.signed(review.customersChange),
              }),
            ),
            h(
              'li',
              {},
              h('span', { text: t.t('top.ceo-support') }),
              h('span', { class: 'num', text: t.num(review.ceoSupport) }),
            ),
            ended
              ? null
              : h(
                  'li',
                  {},
                  h('span', { text: t.t('review.budget') }),
                  h('span', { class: 'num', text: t.money(review.budgetNext, currency) }),
                ),
          ),
          h('p', {
            class: review.inMoney ? 'good-text' : 'hint',
            text: t.t(review.inMoney ? 'review.in-money' : 'review.not-in-money'),
          }),
          review.noReturn ? h('p', { class: 'warn-text', text: t.t('review.no-return') }) : null,
          button(
            ended ? t.t('results.to-debrief') : t.t('review.continue'),
            () => game.acknowledgeReport(),
            { primary: true, hint: 'Enter', key: 'review-next' },
          ),
        ),
      ),
    );
  },
};
