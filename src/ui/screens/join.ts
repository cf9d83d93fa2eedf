// Joining a workshop: a team types the code the facilitator read out and starts the identical
// game. A code for a custom scenario asks for the same file, and says so when the file loaded is a
// different version. Imports the DOM helpers.

import type { ScreenView } from '../context';
import { button, h } from '../dom';
import { knownScenarios } from '../../store/workshop-actions';
import { page } from './page';
import { loaderReport, scenarioDrop } from '../scenario-file';

export const joinScreen: ScreenView = {
  deps: (s) => [s.join, s.custom, s.loader, s.builtIns, s.busy],
  render(ctx) {
    const { t, game, state } = ctx;
    if (!state.builtIns) void game.loadBuiltIns().then(() => game.rematchJoin());
    const join = state.join;
    const scenario = knownScenarios(state).find((s) => s.id === join.scenarioId);
    let status: HTMLElement | null = null;
    if (join.problem && join.text.trim() !== '')
      status = h('p', {
        class: 'warn-text',
        id: 'code-status',
        role: 'status',
        text: t.t(`join.problem.${join.problem}`),
      });
    else if (join.code && scenario)
      status = h(
        'div',
        { class: 'notice join-match', id: 'code-status', role: 'status' },
        h('strong', { text: t.text(scenario.company.name) }),
        h('span', {
          text: t.t('join.game', {
            core: t.t(`core.${scenario.powerCore}`),
            seed: join.code.seed,
            seat: t.t(`seat.${join.code.difficulty.seatTime}`),
            authority: t.t(`authority.${join.code.difficulty.authority}`),
            urgency: t.t(`urgency.${join.code.difficulty.urgency}`),
          }),
        }),
      );
    else if (join.code)
      status = h(
        'div',
        { class: 'notice', id: 'code-status', role: 'status' },
        h('p', {
          text: join.wrongFile
            ? t.t('join.wrong-file', { name: join.wrongFile })
            : t.t('join.needs-file'),
        }),
        loaderReport(ctx),
        scenarioDrop(ctx, 'join-file'),
      );
    const team = h('input', {
      id: 'join-team',
      type: 'text',
      key: 'join-team',
      attrs: { maxlength: 60, value: state.setup.team, autocomplete: 'off' },
      on: { input: (e) => game.changeSetup({ team: (e.target as HTMLInputElement).value }) },
    });
    return page(
      ctx,
      {
        name: 'join-screen',
        narrow: true,
        title: t.t('join.title'),
        lead: t.t('join.lead'),
        back: () => game.open('title'),
      },
      h(
        'form',
        { class: 'join-form', on: { submit: (e) => e.preventDefault() } },
        h('label', { class: 'field', attrs: { for: 'join-code' } }, t.t('join.code')),
        h('input', {
          id: 'join-code',
          type: 'text',
          key: 'join-code',
          class: 'code-input',
          attrs: {
            value: join.text,
            autocomplete: 'off',
            spellcheck: 'false',
            autocapitalize: 'characters',
            placeholder: 'ABCD-EFGH-JKMN-P',
            'aria-describedby': 'code-status',
            'data-autofocus': '',
          },
          on: { input: (e) => game.setJoinText((e.target as HTMLInputElement).value) },
        }),
        status,
        h('label', { class: 'field', attrs: { for: 'join-team' } }, t.t('scenario.team')),
        team,
        button(
          t.t('join.start'),
          async () => {
            // The team name is typed without redrawing the screen: read it as it is now.
            const { setup } = game.store.getState();
            const ok = await game.startJoined(setup.team, setup.guided);
            ctx.sound.play(ok ? 'confirm' : 'error');
          },
          { primary: true, hint: 'Enter', key: 'join-start', disabled: !scenario || state.busy },
        ),
      ),
    );
  },
};
