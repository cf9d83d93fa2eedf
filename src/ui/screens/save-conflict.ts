// Shown over any screen when another window of the game on this computer has saved over the game
// played here: both games in a line each, and the player's choice of which goes on. The default
// (Enter) leaves the other window's save as it is. Imports the DOM helpers and the store's types.

import type { ScreenView } from '../context';
import { button, h } from '../dom';
import { savedGameMeta } from '../names';
import { turnsEnded } from '../../store/app-store';

function gameLine(label: string, meta: string): HTMLElement {
  return h('div', { class: 'conflict-game' }, h('dt', { text: label }), h('dd', { text: meta }));
}

export const saveConflictView: ScreenView = {
  deps: (s) => [s.saveConflict, s.session, s.builtIns, s.busy],
  render(ctx) {
    const { t, game, state } = ctx;
    const theirs = state.saveConflict?.theirs ?? null;
    const session = state.session!;
    const ours = savedGameMeta(ctx, {
      team: session.team,
      scenario: session.scenario.id,
      savedAt: '',
      quarter: turnsEnded(session.game),
      finished: session.game.status !== 'playing',
    });
    const theirsMeta = theirs
      ? [savedGameMeta(ctx, theirs), theirs.finished ? t.t('save.conflict.finished') : '']
          .filter(Boolean)
          .join(' · ')
      : t.t('save.conflict.none');
    const goesOn = theirs !== null && !theirs.finished;
    return h(
      'div',
      {
        class: 'page narrow save-conflict',
        role: 'alertdialog',
        data: { layer: '' },
        attrs: { 'aria-labelledby': 'conflict-title', 'aria-describedby': 'conflict-lead' },
      },
      h('h1', { id: 'conflict-title', text: t.t('save.conflict.title') }),
      h('p', { id: 'conflict-lead', text: t.t('save.conflict.lead') }),
      h(
        'dl',
        { class: 'conflict-games' },
        gameLine(t.t('save.conflict.theirs'), theirsMeta),
        gameLine(t.t('save.conflict.ours'), ours),
      ),
      h(
        'div',
        { class: 'row' },
        button(
          t.t(goesOn ? 'save.conflict.take' : 'save.conflict.title-screen'),
          () => void game.takeOtherWindowsGame(),
          { key: 'conflict-take', primary: true, hint: 'Enter', disabled: state.busy },
        ),
        button(t.t('save.conflict.keep'), () => game.keepThisWindow(), {
          key: 'conflict-keep',
          disabled: state.busy,
        }),
      ),
      h('p', { class: 'conflict-advice', text: t.t('save.conflict.advice') }),
    );
  },
};
