// The debrief's result tab: the team's result code to copy or download for the facilitator's
// leaderboard, then "What if?". A practice game has no result: it leads back to the real one.
// Imports the store's result code and file.

import type { ScreenContext } from '../../context';
import { button, h } from '../../dom';
import { whenText } from '../../names';
import { sessionResultCode, sessionResultFile } from '../../../store/workshop-actions';
import { whatIf } from './what-if';

/** When a kept result was finished. */
function keptWhen(ctx: ScreenContext, code: string): string {
  const entry = ctx.state.results.find((r) => r.code === code);
  return entry ? whenText(ctx, entry.finishedAt) : '';
}

/** A practice game's result tab: no code, a way back to the real game. */
function practiceResult(ctx: ScreenContext): HTMLElement {
  const { t, game } = ctx;
  return h(
    'div',
    { class: 'result-panel' },
    h('p', { class: 'notice', text: t.t('result.practice') }),
    button(t.t('result.back-to-real'), () => void game.leavePractice(), {
      key: 'back-to-real',
      primary: true,
    }),
  );
}

/** The result tab. */
export function resultTab(ctx: ScreenContext): HTMLElement {
  const { t, edges } = ctx;
  const session = ctx.state.session!;
  if (session.practice) return practiceResult(ctx);
  const code = sessionResultCode(session) ?? '';
  const file = sessionResultFile(session, t.text(session.scenario.title));
  // The file name keeps letters and digits of any script; anything else becomes a dash.
  const safeTeam = (session.team || 'team').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40);
  return h(
    'div',
    { class: 'result-panel' },
    session.kept
      ? h('p', {
          class: 'notice',
          text: t.t('debrief.kept', {
            when: keptWhen(ctx, session.kept),
          }),
        })
      : null,
    h('p', { text: t.t('result.lead') }),
    h('label', { class: 'field', attrs: { for: 'result-code' } }, t.t('result.code')),
    h('textarea', {
      id: 'result-code',
      key: 'result-code',
      class: 'result-code',
      attrs: { readonly: true, rows: 4, spellcheck: 'false' },
      text: code,
    }),
    h(
      'div',
      { class: 'row' },
      button(
        t.t('result.copy'),
        async () => ctx.sound.play((await edges.copy(code)) ? 'confirm' : 'error'),
        { key: 'copy-result', primary: true, sound: 'none' },
      ),
      file
        ? button(
            t.t('result.download'),
            () =>
              edges.download(
                `power-core-result-${safeTeam}.json`,
                `${JSON.stringify(file, null, 2)}\n`,
                'application/json',
              ),
            { key: 'download-result' },
          )
        : null,
    ),
    whatIf(ctx),
  );
}
