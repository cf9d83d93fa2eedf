// The facilitator's corner: make a workshop code, check a scenario file, and the leaderboard of
// verified results. Imports the DOM helpers.

import type { ScreenView } from '../context';
import { h } from '../dom';
import { page } from './page';

const ENTRIES = [
  { screen: 'workshop', key: 'fac.workshop' },
  { screen: 'check', key: 'fac.check' },
  { screen: 'leaderboard', key: 'fac.leaderboard' },
] as const;

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
    );
  },
};
