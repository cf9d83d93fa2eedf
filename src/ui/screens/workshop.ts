// Making a workshop code: the facilitator picks a scenario (built-in or the loaded file), seed,
// difficulty and seat time, and shows the code large enough to read from the back of the room.
// Imports the DOM helpers.

import { MAX_SEED } from '../../engine';
import type { Difficulty } from '../../engine';
import type { ScreenView } from '../context';
import { button, h } from '../dom';
import { knownScenarios } from '../../store/workshop-actions';
import { page } from './page';
import { difficultyChoices } from '../difficulty-choices';
import { loaderReport, scenarioDrop } from '../scenario-file';

export const workshopScreen: ScreenView = {
  deps: (s) => [s.builtIns, s.setup, s.custom, s.loader],
  render(ctx) {
    const { t, game, state, edges } = ctx;
    if (!state.builtIns) void game.loadBuiltIns();
    const { setup } = state;
    const scenarios = knownScenarios(state);
    const code = game.workshopCode();
    const setDifficulty = (patch: Partial<Difficulty>) =>
      game.changeSetup({ difficulty: { ...setup.difficulty, ...patch } });
    const select = <T extends string>(
      id: string,
      label: string,
      value: T,
      options: readonly { value: T; label: string }[],
      onChange: (v: T) => void,
    ) => [
      h('label', { class: 'field', attrs: { for: id } }, label),
      h(
        'select',
        {
          id,
          key: id,
          on: { change: (e) => onChange((e.target as HTMLSelectElement).value as T) },
        },
        ...options.map((o) =>
          h('option', { attrs: { value: o.value, selected: o.value === value }, text: o.label }),
        ),
      ),
    ];
    const chosen = scenarios.find((s) => s.id === setup.scenario);
    return page(
      ctx,
      {
        name: 'workshop-screen',
        title: t.t('workshop.title'),
        lead: t.t('workshop.lead'),
        back: () => game.open('facilitator'),
      },
      h(
        'div',
        { class: 'two-columns' },
        h(
          'form',
          { class: 'setup-form', on: { submit: (e) => e.preventDefault() } },
          ...select(
            'workshop-scenario',
            t.t('workshop.scenario'),
            setup.scenario,
            scenarios.map((s) => ({
              value: s.id,
              label: `${t.text(s.company.name)} (${t.t(`core.${s.powerCore}`)})${state.custom?.scenario === s ? ` - ${state.custom.name}` : ''}`,
            })),
            (scenario) => game.changeSetup({ scenario }),
          ),
          loaderReport(ctx),
          scenarioDrop(ctx, 'workshop-file'),
          h('label', { class: 'field', attrs: { for: 'workshop-seed' } }, t.t('scenario.seed')),
          h(
            'div',
            { class: 'row' },
            h('input', {
              id: 'workshop-seed',
              type: 'number',
              key: 'workshop-seed',
              attrs: { min: 0, max: MAX_SEED, value: setup.seed },
              on: {
                change: (e) => {
                  const n = Number((e.target as HTMLInputElement).value);
                  if (Number.isInteger(n) && n >= 0 && n <= MAX_SEED) game.changeSetup({ seed: n });
                },
              },
            }),
            button(t.t('scenario.new-seed'), () => game.changeSetup({ seed: game.randomSeed() }), {
              key: 'workshop-new-seed',
            }),
          ),
          ...difficultyChoices(t).flatMap((choice) =>
            select(
              `workshop-${choice.name}`,
              choice.legend,
              setup.difficulty[choice.field],
              choice.options.map((o) => ({ value: o.value, label: `${o.label} (${o.note})` })),
              (value) => setDifficulty({ [choice.field]: value }),
            ),
          ),
        ),
        h(
          'section',
          { class: 'code-card', attrs: { 'aria-labelledby': 'code-title' } },
          h('h2', { id: 'code-title', text: t.t('workshop.code') }),
          code
            ? h('p', {
                class: 'big-code',
                role: 'status',
                attrs: { 'aria-live': 'polite' },
                text: code,
              })
            : h('p', { class: 'muted', text: t.t('workshop.no-scenario') }),
          chosen
            ? h('p', {
                class: 'code-summary',
                text: `${t.text(chosen.company.name)} · ${t.t('scenario.seed')} ${setup.seed}`,
              })
            : null,
          h('p', { text: t.t('workshop.tell-teams') }),
          state.custom && chosen === state.custom.scenario
            ? h('p', {
                class: 'notice',
                text: t.t('workshop.custom-note', { name: state.custom.name }),
              })
            : null,
          code
            ? button(
                t.t('workshop.copy'),
                async () => ctx.sound.play((await edges.copy(code)) ? 'confirm' : 'error'),
                { key: 'copy-code', primary: true, hint: 'Enter', sound: 'none' },
              )
            : null,
        ),
      ),
    );
  },
};
