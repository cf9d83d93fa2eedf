// The loaded scenario file as panels show it: reading a picked or dropped file into the store,
// the list of its problems with path and line in plain words, and its preview (company, power
// core, silos, segments, initiatives, events). Imports the DOM helpers and store types.

import type { Scenario } from '../engine';
import { problemText } from '../scenario/problem';
import { MAX_SCENARIO_BYTES } from '../store/workshop-actions';
import type { ScreenContext } from './context';
import { button, h } from './dom';
import { fileDrop, readDropped } from './file-drop';
import type { ReadOutcome } from './file-drop';
import type { FileRefusal } from '../store/state';

const SHOWN_PROBLEMS = 12;

/** Reads the first picked or dropped file and hands it to the store's checker. */
/** Says why a file could not be read at all (too large, unreadable), where the loader reports. */
export function refuseFile(
  ctx: ScreenContext,
  read: Extract<ReadOutcome, { ok: false }>,
  maxBytes: number,
): void {
  ctx.game.refuseScenarioFile(read.name, { reason: read.reason, size: read.size, max: maxBytes });
}

/** Why a file was not read, in the game's language (worded when shown: the language may change). */
function refusalText(ctx: ScreenContext, refused: FileRefusal): string {
  return refused.reason === 'too-large'
    ? ctx.t.t('file.too-large', {
        size: Math.round(refused.size / 1000),
        max: Math.round(refused.max / 1000),
      })
    : ctx.t.t('file.unreadable');
}

export async function loadScenarioFiles(ctx: ScreenContext, files: File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  const read = await readDropped(file, MAX_SCENARIO_BYTES);
  if (!read.ok) {
    refuseFile(ctx, read, MAX_SCENARIO_BYTES);
    ctx.sound.play('error');
    return;
  }
  const ok = await ctx.game.loadScenarioText(read.file.name, read.file.text);
  ctx.sound.play(ok ? 'confirm' : 'error');
}

export function scenarioDrop(ctx: ScreenContext, key: string): HTMLElement {
  return fileDrop({
    key,
    label: ctx.t.t('file.scenario-label'),
    hint: ctx.t.t('file.scenario-hint'),
    accept: '.yaml,.yml,.json,application/json,text/yaml',
    onFiles: (files) => void loadScenarioFiles(ctx, files),
  });
}

/** What the checker said about the file: checking, its problems, or nothing when it is fine. */
export function loaderReport(ctx: ScreenContext): HTMLElement | null {
  const { t, game, state } = ctx;
  const loader = state.loader;
  if (!loader || loader.status === 'valid') return null;
  if (loader.status === 'checking')
    return h('p', {
      class: 'loading',
      role: 'status',
      text: t.t('file.checking', { name: loader.name }),
    });
  const shown = loader.problems.slice(0, SHOWN_PROBLEMS);
  const count = loader.refused ? 1 : loader.problems.length;
  return h(
    'section',
    {
      class: 'notice notice-bad problems',
      role: 'alert',
      attrs: { 'aria-labelledby': 'problems-title' },
    },
    h('h2', {
      id: 'problems-title',
      text: t.t('file.problems', { name: loader.name, count }),
    }),
    h(
      'ul',
      { class: 'problem-list', data: { scrollKey: 'problems' } },
      loader.refused
        ? h(
            'li',
            {},
            h('span', { class: 'problem-where', text: t.t('file.whole') }),
            h('span', { class: 'problem-message', text: refusalText(ctx, loader.refused) }),
          )
        : null,
      ...shown.map((p) =>
        h(
          'li',
          {},
          h('span', { class: 'problem-where', text: p.path ? p.path : t.t('file.whole') }),
          p.line
            ? h('span', {
                class: 'problem-line',
                text: t.t('file.line', { line: p.line, column: p.column ?? 1 }),
              })
            : null,
          h('span', { class: 'problem-message', text: problemText(p, t) }),
        ),
      ),
    ),
    loader.problems.length > SHOWN_PROBLEMS
      ? h('p', {
          text: t.t('file.more-problems', { count: loader.problems.length - SHOWN_PROBLEMS }),
        })
      : null,
    button(t.t('common.close'), () => game.clearLoader(), {
      key: 'close-problems',
      class: 'btn-quiet',
    }),
  );
}

export function scenarioPreview(ctx: ScreenContext, scenario: Scenario): HTMLElement {
  const { t } = ctx;
  const core = scenario.coreSilo
    ? scenario.silos.find((s) => s.id === scenario.coreSilo)
    : undefined;
  return h(
    'dl',
    { class: 'facts preview' },
    h('dt', { text: t.t('preview.company') }),
    h('dd', { text: `${t.text(scenario.company.name)} - ${t.text(scenario.company.industry)}` }),
    h('dt', { text: t.t('preview.core') }),
    h('dd', {
      text: core
        ? `${t.t(`core.${scenario.powerCore}`)} (${t.text(core.name)})`
        : t.t(`core.${scenario.powerCore}`),
    }),
    h('dt', { text: t.t('preview.silos') }),
    h('dd', { text: t.list(scenario.silos.map((s) => t.text(s.name))) }),
    h('dt', { text: t.t('preview.segments') }),
    h('dd', {
      text: t.list(scenario.segments.map((s) => `${t.text(s.name)} (${t.num(s.customers)})`)),
    }),
    h('dt', { text: t.t('preview.content') }),
    h('dd', {
      text: t.t('preview.counts', {
        initiatives: scenario.initiatives.length,
        events: scenario.events.length,
      }),
    }),
  );
}
