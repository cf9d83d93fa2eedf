// The facilitator's corner: make a workshop code, check a scenario file, the leaderboard of
// verified results, watch a live room, and two agendas that fit the measured play time.
// Imports the DOM helpers.

import type { ScreenContext, ScreenView } from '../context';
import { h } from '../dom';
import { page } from './page';

const ENTRIES = [
  { screen: 'workshop', key: 'fac.workshop' },
  { screen: 'check', key: 'fac.check' },
  { screen: 'leaderboard', key: 'fac.leaderboard' },
  { screen: 'live', key: 'fac.live' },
] as const;

/** The 90-minute and half-day agendas (timings from the measured play time, see README). */
const AGENDA = ['welcome', 'play', 'results', 'debrief', 'spare'] as const;

function agenda(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  return h(
    'details',
    { class: 'agenda' },
    h('summary', { text: t.t('fac.agenda') }),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' }, text: '' }),
          h('th', { attrs: { scope: 'col' }, text: t.t('fac.agenda.short') }),
          h('th', { attrs: { scope: 'col' }, text: t.t('fac.agenda.long') }),
        ),
      ),
      h(
        'tbody',
        {},
        ...AGENDA.map((part) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' }, text: t.t(`fac.agenda.${part}`) }),
            h('td', { text: t.t(`fac.agenda.${part}.short`) }),
            h('td', { text: t.t(`fac.agenda.${part}.long`) }),
          ),
        ),
      ),
    ),
  );
}

export const facilitatorScreen: ScreenView = {
  deps: () => [],
  render(ctx) {
    const { t, game } = ctx;
    return page(
      ctx,
      {
        name: 'facilitator-screen',
        narrow: true,
        title: t.t('fac.title'),
        lead: t.t('fac.lead'),
        back: () => game.open('title'),
      },
      h(
        'div',
        { class: 'hub' },
        ...ENTRIES.map((entry, i) =>
          h(
            'button',
            {
              class: 'hub-entry',
              type: 'button',
              key: entry.screen,
              data: { choice: '' },
              on: { click: () => game.open(entry.screen) },
            },
            h('kbd', { class: 'key-hint', text: String(i + 1), attrs: { 'aria-hidden': 'true' } }),
            h('span', { class: 'hub-title', text: t.t(entry.key) }),
            h('span', { class: 'hub-note', text: t.t(`${entry.key}.note`) }),
          ),
        ),
      ),
      agenda(ctx),
    );
  },
};
