// The top bar of the game loop: company, year and quarter, budget, political capital, action
// points, CEO support, saving status and the menu. Imports the DOM helpers.

import type { ScreenContext } from '../context';
import { button, h, meter } from '../dom';
import { roomBadge } from './room-status';
import { turnLabel, turnsLeft } from '../view-model';

function stat(label: string, value: string, key: string, note?: string): HTMLElement {
  return h(
    'div',
    {
      class: `stat stat-${key}`,
      role: 'group',
      attrs: { 'aria-label': `${label}: ${value}${note ? ` (${note})` : ''}` },
    },
    h('span', { class: 'stat-label', text: label, attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'stat-value', text: value, attrs: { 'aria-hidden': 'true' } }),
  );
}

function pips(total: number, used: number): HTMLElement {
  return h(
    'span',
    { class: 'pips', attrs: { 'aria-hidden': 'true' } },
    ...Array.from({ length: Math.min(total, 10) }, (_, i) =>
      h('span', { class: i < total - used ? 'pip on' : 'pip' }),
    ),
  );
}

export function topBar(ctx: ScreenContext, withMenu = true): HTMLElement {
  const { t, game, state } = ctx;
  const session = state.session!;
  const g = session.game;
  const currency = session.scenario.company.currency;
  const support = g.ceoSupport;
  const tone = support >= 50 ? 'good' : support >= 25 ? 'warn' : 'bad';
  const ap = h(
    'div',
    {
      class: 'stat stat-ap',
      role: 'group',
      attrs: { 'aria-label': t.t('top.action-points.aria', { count: g.actionPoints }) },
    },
    h('span', {
      class: 'stat-label',
      text: t.t('top.action-points'),
      attrs: { 'aria-hidden': 'true' },
    }),
    h(
      'span',
      { class: 'stat-value', attrs: { 'aria-hidden': 'true' } },
      String(g.actionPoints),
      // With no time left, one unlit pip: never a lit one for time that is not there.
      pips(Math.max(g.actionPoints, 1), g.actionPoints > 0 ? 0 : 1),
    ),
  );
  return h(
    'header',
    { class: 'top-bar', attrs: { 'aria-label': t.t('top.label') } },
    h(
      'div',
      { class: 'top-company' },
      h('span', { class: 'top-name', text: t.text(session.scenario.company.name) }),
      h('span', {
        class: 'top-turn',
        text: `${turnLabel(t, g)} · ${t.t('top.turns-left', { count: turnsLeft(g) })}`,
      }),
    ),
    stat(t.t('top.budget'), t.money(g.budget, currency), 'budget', t.t('top.budget.note')),
    stat(t.t('top.capital'), t.num(g.politicalCapital), 'capital'),
    ap,
    meter(t.t('top.ceo-support'), support, {
      tone,
      text: `${Math.round(support)}`,
      key: 'ceo-support',
    }),
    session.practice
      ? h('span', { class: 'save-state practice', text: t.t('top.practice') })
      : state.room
        ? roomBadge(ctx)
        : state.savingOn
          ? h('span', { class: 'save-state', text: t.t('top.saved') })
          : h('span', { class: 'save-state off', text: t.t('top.saving-off') }),
    withMenu
      ? button(t.t('top.menu'), () => game.setPanel('menu'), {
          key: 'menu',
          class: 'btn-quiet',
          shortcut: 'm',
        })
      : null,
  );
}
