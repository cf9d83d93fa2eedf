// "What if?": replay the game from an earlier quarter as practice, to try another way. Part of the
// debrief's result tab. Imports the DOM helpers and the names module.

import type { ScreenContext } from '../../context';
import { button, h } from '../../dom';
import { quarterLabel } from '../../names';

/** The quarters a practice may start from: the first of each turn. */
function turnStarts(ctx: ScreenContext): number[] {
  const { game } = ctx.state.session!;
  const lastQuarter = game.series.at(-1)?.quarter ?? 1;
  const quarters: number[] = [];
  for (let q = 1; q <= lastQuarter; q += game.quartersPerTurn) quarters.push(q);
  return quarters;
}

/** The what-if section: a quarter to start from (about a year before the end) and a button. */
export function whatIf(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  const step = ctx.state.session!.game.quartersPerTurn;
  const quarters = turnStarts(ctx);
  const suggested = quarters[Math.max(0, quarters.length - 1 - Math.ceil(4 / step))] ?? 1;
  const choice = h(
    'select',
    { id: 'what-if-quarter', key: 'what-if-quarter' },
    ...quarters.map((q) =>
      h('option', { attrs: { value: q, selected: q === suggested }, text: quarterLabel(ctx, q) }),
    ),
  );
  return h(
    'section',
    { class: 'what-if', attrs: { 'aria-labelledby': 'what-if-title' } },
    h('h2', { id: 'what-if-title', text: t.t('whatif.title') }),
    h('p', { text: t.t('whatif.text') }),
    h(
      'div',
      { class: 'row' },
      h('label', { class: 'field', attrs: { for: 'what-if-quarter' } }, t.t('whatif.from')),
      choice,
      button(t.t('whatif.start'), () => game.practiceFrom(Number(choice.value)), {
        key: 'what-if-start',
        shortcut: 'w',
      }),
    ),
  );
}
