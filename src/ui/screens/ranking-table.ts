// The ranking of one group of comparable verified games, as a table: rank, team, score, title,
// customers against the twin, profit. The leaderboard shows one per group, and the live room's
// page the room's own as its teams finish. Team names are text, never HTML. Imports the
// workshop's ranking types and the DOM helpers.

import type { Difficulty } from '../../engine';
import type { RankedGroup } from '../../workshop/leaderboard';
import type { Verified } from '../../workshop/verify';
import type { ScreenContext } from '../context';
import { h } from '../dom';
import { keyFrom } from '../i18n';

/** The title a verified game earned, or the year its CCO was fired. */
export function titleOf(ctx: ScreenContext, v: Verified): string {
  return v.score.fired
    ? ctx.t.t('title.fired', { year: Math.ceil(v.score.quarter / 4) })
    : ctx.t.t(keyFrom(v.score.title));
}

/** A difficulty as the player chose it: authority, then urgency. */
export function difficultyName(ctx: ScreenContext, d: Difficulty): string {
  return `${ctx.t.t(`authority.${d.authority}`)}, ${ctx.t.t(`urgency.${d.urgency}`)}`;
}

/** What a group of comparable games shares, as its heading says it. */
export function groupHeading(ctx: ScreenContext, group: RankedGroup): string {
  const { t } = ctx;
  return t.t('board.group', {
    company: t.text(group.scenario.company.name),
    seed: group.seed,
    difficulty: difficultyName(ctx, group.difficulty),
    seat: t.t(`seat.${group.difficulty.seatTime}`),
  });
}

export function rankingTable(ctx: ScreenContext, group: RankedGroup): HTMLElement {
  const { t } = ctx;
  const currency = group.scenario.company.currency;
  return h(
    'table',
    { class: 'ranking' },
    h('caption', { text: groupHeading(ctx, group) }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(
          [
            'board.rank',
            'board.team',
            'board.score',
            'board.title-column',
            'board.vs-twin',
            'board.profit',
          ] as const
        ).map((k) => h('th', { attrs: { scope: 'col' }, text: t.t(k) })),
      ),
    ),
    h(
      'tbody',
      {},
      ...group.rows.map(({ rank: position, entry }) =>
        h(
          'tr',
          {},
          h('td', { class: 'num', text: String(position) }),
          h('th', { attrs: { scope: 'row' }, text: entry.result.team || t.t('title.no-team') }),
          h('td', { class: 'num strong', text: t.num(entry.score.total) }),
          h('td', { text: titleOf(ctx, entry) }),
          h('td', { class: 'num', text: t.signed(entry.score.customersVsTwin) }),
          h('td', { class: 'num', text: t.money(entry.score.cumulativeProfit, currency) }),
        ),
      ),
    ),
  );
}
