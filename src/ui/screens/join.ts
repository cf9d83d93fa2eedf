// Joining a workshop: a team types the code the facilitator read out and starts the identical
// game. A code for a custom scenario asks for the same file, and says so when the file loaded is a
// different version. A live room's code or address joins the room instead (under a team name no
// other team there has), or rejoins a team from a second computer with the team's code. Imports
// the DOM helpers.

import type { ScreenContext, ScreenView } from '../context';
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
    const room = join.room;
    if (room)
      status = h(
        'div',
        { class: 'notice join-match join-room', id: 'code-status', role: 'status' },
        h('strong', { text: t.t('join.room.title', { code: spacedCode(room.code) }) }),
        h('span', { text: t.t('join.room', { address: hostOf(room.url) }) }),
        join.joining ? h('p', { text: t.t('join.room.joining') }) : null,
        join.roomProblem
          ? h('p', {
              class: 'warn-text',
              text: t.t(`join.room.problem.${join.roomProblem}`, { address: hostOf(room.url) }),
            })
          : null,
      );
    else if (join.problem && join.text.trim() !== '')
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
            const ok = room
              ? await game.joinRoom(setup.team, setup.guided)
              : await game.startJoined(setup.team, setup.guided);
            ctx.sound.play(ok ? 'confirm' : 'error');
          },
          {
            primary: true,
            hint: 'Enter',
            key: 'join-start',
            disabled: room ? join.joining : !scenario || state.busy,
          },
        ),
      ),
      room ? rejoinForm(ctx) : null,
    );
  },
};

/** A second computer of a team already in the room: the team's rejoin code brings its game. */
function rejoinForm(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  const code = h('input', {
    id: 'rejoin-code',
    type: 'text',
    key: 'rejoin-code',
    class: 'code-input',
    attrs: {
      maxlength: 12,
      autocomplete: 'off',
      spellcheck: 'false',
      autocapitalize: 'characters',
    },
  });
  return h(
    'details',
    { class: 'rejoin', key: 'rejoin' },
    h('summary', { text: t.t('join.rejoin') }),
    h(
      'form',
      { class: 'join-form', on: { submit: (e) => e.preventDefault() } },
      h('label', { class: 'field', attrs: { for: 'rejoin-code' } }, t.t('join.rejoin.code')),
      code,
      button(
        t.t('join.rejoin.start'),
        async () => {
          const ok = await game.rejoinRoom((code as HTMLInputElement).value);
          ctx.sound.play(ok ? 'confirm' : 'error');
        },
        { key: 'rejoin-start' },
      ),
    ),
  );
}

/** A room code as it is read out: K7Q-X2MA. */
function spacedCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/** The room server's address without the scheme, as a person would say it. */
function hostOf(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
