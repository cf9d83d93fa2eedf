// Choosing the game: a card per built-in scenario (company, power core, size), and the team name,
// seed, seat time and difficulty. Enter starts the selected scenario with what is set. Imports
// the DOM helpers and engine constants.

import { MAX_SEED } from '../../engine';
import type { Difficulty, Scenario } from '../../engine';
import { problemText } from '../../scenario/problem';
import type { BuiltInEntry } from '../../store/app-store';
import type { ScreenContext, ScreenView } from '../context';
import { button, confirmDialog, h } from '../dom';
import { page } from './page';
import { scenarioName } from '../names';
import { difficultyChoices } from '../difficulty-choices';
import { loaderReport, scenarioDrop, scenarioPreview } from '../scenario-file';

function card(ctx: ScreenContext, entry: BuiltInEntry, index: number): HTMLElement {
  const { t, game, state } = ctx;
  const selected = state.setup.scenario === entry.id;
  if (!entry.ok) {
    return h(
      'div',
      { class: 'scenario-card broken' },
      h('h3', { text: entry.id }),
      h('p', { text: t.t('scenario.broken', { problem: problemText(entry.problem, t) }) }),
    );
  }
  const s: Scenario = entry.scenario;
  return h(
    'button',
    {
      class: `scenario-card${selected ? ' selected' : ''}`,
      type: 'button',
      key: `card-${entry.id}`,
      attrs: { 'aria-pressed': selected ? 'true' : 'false' },
      data: { choice: '', core: s.powerCore },
      on: { click: () => game.changeSetup({ scenario: entry.id }) },
    },
    h('kbd', { class: 'key-hint', text: String(index + 1) }),
    h('span', { class: 'core-badge', text: t.t(`core.${s.powerCore}`) }),
    h('span', { class: 'card-title', text: t.text(s.company.name) }),
    h('span', { class: 'card-industry', text: t.text(s.company.industry) }),
    h('span', { class: 'card-tagline', text: t.text(s.company.tagline) }),
    h(
      'span',
      { class: 'card-meta' },
      t.t('scenario.size', {
        silos: s.silos.length,
        segments: s.segments.length,
        customers: s.segments.reduce((n, seg) => n + seg.customers, 0),
      }),
    ),
  );
}

function radioGroup<T extends string>(
  ctx: ScreenContext,
  name: string,
  legend: string,
  options: readonly { value: T; label: string; note?: string }[],
  current: T,
  onChange: (value: T) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'radio-group' },
    h('legend', { text: legend }),
    ...options.map((o) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          type: 'radio',
          key: `${name}-${o.value}`,
          attrs: { name, value: o.value, checked: o.value === current },
          on: { change: () => onChange(o.value) },
        }),
        h('span', { class: 'radio-label', text: o.label }),
        o.note ? h('span', { class: 'radio-note', text: o.note }) : null,
      ),
    ),
  );
}

function customCard(ctx: ScreenContext): HTMLElement {
  const { t, game, state } = ctx;
  const custom = state.custom;
  if (!custom)
    return h('div', { class: 'scenario-card custom-drop' }, scenarioDrop(ctx, 'scenario-file'));
  const selected = state.setup.scenario === custom.scenario.id;
  const index = (state.builtIns?.length ?? 0) + 1;
  const card = h(
    'div',
    { class: `scenario-card custom${selected ? ' selected' : ''}` },
    h(
      'button',
      {
        class: 'custom-select',
        type: 'button',
        key: 'card-custom',
        attrs: { 'aria-pressed': selected ? 'true' : 'false' },
        data: { choice: '' },
        on: { click: () => game.changeSetup({ scenario: custom.scenario.id }) },
      },
      h('kbd', { class: 'key-hint', text: String(index), attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'core-badge', text: t.t(`core.${custom.scenario.powerCore}`) }),
      h('span', { class: 'card-title', text: t.text(custom.scenario.company.name) }),
      h('span', { class: 'card-meta', text: t.t('scenario.from-file', { name: custom.name }) }),
    ),
    scenarioPreview(ctx, custom.scenario),
    scenarioDrop(ctx, 'scenario-file-again'),
  );
  // A file just loaded is below the built-ins: bring its card and preview into view.
  if (selected && state.loader?.status === 'valid')
    queueMicrotask(() => card.scrollIntoView?.({ block: 'nearest' }));
  return card;
}

/** Asked before a new game replaces the saved one that is still being played. */
function confirmReplace(ctx: ScreenContext, replace: () => Promise<void>): HTMLElement {
  const { t, game, state } = ctx;
  const saved = state.savedGame!;
  return confirmDialog(
    'confirm-replace',
    t.t('replace.title'),
    t.t('replace.text', {
      team: saved.team || t.t('title.no-team'),
      company: scenarioName(ctx, saved.scenario),
      turns:
        saved.quarter === 0
          ? t.t('title.not-started')
          : t.t('title.after-turns', { count: saved.quarter }),
    }),
    [
      button(t.t('common.cancel'), () => game.setPanel(null), {
        back: true,
        hint: 'Esc',
        key: 'replace-cancel',
      }),
      button(t.t('replace.continue'), () => void game.continueGame(), {
        primary: true,
        hint: 'Enter',
        key: 'replace-continue',
      }),
      button(
        t.t('replace.confirm'),
        () => {
          game.setPanel(null);
          void replace();
        },
        { key: 'replace-confirm', class: 'btn-danger' },
      ),
    ],
  );
}

export const scenarioScreen: ScreenView = {
  // The team name and the seed are left out: typing them must not redraw the form under the
  // cursor (a number field loses its caret, and a redraw on leaving it swallows the next click).
  deps: (s) => [
    s.builtIns,
    s.setup.scenario,
    s.setup.difficulty,
    s.setup.guided,
    s.busy,
    s.custom,
    s.loader,
    s.ui.panel,
    s.savedGame,
  ],
  render(ctx) {
    const { t, game, state } = ctx;
    const { setup } = state;
    if (!state.builtIns) void game.loadBuiltIns();
    const setDifficulty = (patch: Partial<Difficulty>) =>
      game.changeSetup({ difficulty: { ...setup.difficulty, ...patch } });
    const custom =
      state.custom && state.custom.scenario.id === setup.scenario ? state.custom : null;
    const start = async (replace = false) => {
      // A game in progress is never replaced without asking (a finished one is kept already).
      const saved = game.store.getState().savedGame;
      if (!replace && saved && !saved.finished) {
        game.setPanel('confirm-replace');
        return;
      }
      const result = await game.startGame({
        ref: custom
          ? { kind: 'custom', name: custom.name, text: custom.text }
          : { kind: 'built-in', id: setup.scenario },
        scenario: custom?.scenario,
        // Read now: the seed and team fields do not redraw the screen as they are typed.
        seed: game.store.getState().setup.seed,
        difficulty: setup.difficulty,
        team: game.store.getState().setup.team,
        guided: setup.guided,
      });
      if (!result.ok) ctx.sound.play('error');
    };
    const keepSeed = (e: Event) => {
      const value = Number((e.target as HTMLInputElement).value);
      if (Number.isInteger(value) && value >= 0 && value <= MAX_SEED)
        game.changeSetup({ seed: value });
    };
    const seedInput = h('input', {
      id: 'seed',
      type: 'number',
      key: 'seed',
      attrs: { min: 0, max: MAX_SEED, step: 1, value: setup.seed, inputmode: 'numeric' },
      // Kept as it is typed: waiting for "change" redrew the form when the field lost focus,
      // swallowing the click on Start that took the focus away.
      on: { input: keepSeed, change: keepSeed },
    });
    const teamInput = h('input', {
      id: 'team',
      type: 'text',
      key: 'team',
      attrs: { maxlength: 60, value: setup.team, autocomplete: 'off', spellcheck: 'false' },
      on: { input: (e) => game.changeSetup({ team: (e.target as HTMLInputElement).value }) },
    });
    return page(
      ctx,
      {
        name: 'scenario-screen',
        dialog:
          state.ui.panel === 'confirm-replace' ? confirmReplace(ctx, () => start(true)) : null,
        title: t.t('scenario.title'),
        lead: t.t('scenario.lead'),
        back: () => game.open('title'),
      },
      h(
        'div',
        { class: 'scenario-layout' },
        h(
          'section',
          { class: 'card-grid', attrs: { 'aria-label': t.t('scenario.companies') } },
          loaderReport(ctx),
          ...(state.builtIns
            ? state.builtIns.map((entry, i) => card(ctx, entry, i))
            : [h('p', { class: 'loading', role: 'status', text: t.t('common.loading') })]),
          customCard(ctx),
        ),
        h(
          'form',
          {
            class: 'setup-form',
            attrs: { 'aria-label': t.t('scenario.options') },
            on: { submit: (e) => e.preventDefault() },
          },
          h(
            'div',
            { class: 'setup-fields', data: { scrollKey: 'setup' } },
            h('label', { class: 'field', attrs: { for: 'team' } }, t.t('scenario.team')),
            teamInput,
            h('label', { class: 'field', attrs: { for: 'seed' } }, t.t('scenario.seed')),
            h(
              'div',
              { class: 'row' },
              seedInput,
              button(
                t.t('scenario.new-seed'),
                () => {
                  const seed = game.randomSeed();
                  game.changeSetup({ seed });
                  seedInput.value = String(seed);
                },
                {
                  key: 'new-seed',
                },
              ),
            ),
            h('p', { class: 'field-note', text: t.t('scenario.seed-note') }),
            ...difficultyChoices(t).map((choice) =>
              radioGroup(
                ctx,
                choice.name,
                choice.legend,
                choice.options,
                setup.difficulty[choice.field],
                (value) => setDifficulty({ [choice.field]: value }),
              ),
            ),
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                key: 'guided',
                attrs: { checked: setup.guided },
                on: {
                  change: (e) =>
                    game.changeSetup({ guided: (e.target as HTMLInputElement).checked }),
                },
              }),
              h('span', {
                text: t.t(
                  setup.difficulty.seatTime === 'half-years'
                    ? 'scenario.guided.half'
                    : 'scenario.guided',
                ),
              }),
            ),
          ),
          button(t.t('scenario.start'), () => void start(), {
            primary: true,
            key: 'start',
            hint: 'Enter',
            disabled:
              state.busy ||
              (!custom && !state.builtIns?.some((e) => e.ok && e.id === setup.scenario)),
          }),
        ),
      ),
    );
  },
};
