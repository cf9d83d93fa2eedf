// The facilitator's corner: make a workshop code, check a scenario file, and the leaderboard of
// verified results. Imports the DOM helpers.

import type { ScreenView } from '../context';
import { button, h } from '../dom';

const ENTRIES = [
  { screen: 'workshop', key: 'fac.workshop' },
  { screen: 'check', key: 'fac.check' },
  { screen: 'leaderboard', key: 'fac.leaderboard' },
] as const;

export const facilitatorScreen: ScreenView = {
  deps: () => [],
  render(ctx) {
    const { t, game } = ctx;
    return h(
      'div',
      { class: 'facilitator-screen page narrow', data: { layer: '' } },
      h(
        'header',
        { class: 'page-head' },
        button(t.t('common.back'), () => game.open('title'), {
          back: true,
          hint: 'Esc',
          key: 'back',
        }),
        h('h1', { text: t.t('fac.title') }),
        h('p', { class: 'lead', text: t.t('fac.lead') }),
      ),
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
