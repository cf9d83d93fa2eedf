// How to play: the goal, a quarter step by step, the three views of every number, listening,
// pilots, negotiating, silos and the power core, the gauges, the CEO, the score and the keys.
// Text only; every sentence comes from the dictionary. Imports the DOM helpers.

import type { ScreenView } from '../context';
import { h } from '../dom';
import { page } from './page';

const SECTIONS = [
  'goal',
  'quarter',
  'numbers',
  'listen',
  'pilots',
  'negotiate',
  'silos',
  'gauges',
  'ceo',
  'score',
  'keys',
] as const;

export const howToPlayScreen: ScreenView = {
  deps: () => [],
  render(ctx) {
    const { t, game } = ctx;
    return page(
      ctx,
      { name: 'how-screen', narrow: true, title: t.t('how.title'), back: () => game.back() },
      h(
        'div',
        { class: 'how-body', data: { scrollKey: 'how' }, attrs: { tabindex: 0 } },
        ...SECTIONS.map((id) =>
          h(
            'section',
            { attrs: { 'aria-labelledby': `how-${id}` } },
            h('h2', { id: `how-${id}`, text: t.t(`how.${id}.title`) }),
            ...t
              .t(`how.${id}.text`)
              .split('\n')
              .map((para) => h('p', { text: para })),
          ),
        ),
      ),
    );
  },
};
