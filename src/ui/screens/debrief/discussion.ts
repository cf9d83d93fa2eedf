// The debrief's discussion tab: prompts for the team's conversation, drawn from this game's own
// moments (workshop/prompts.ts), each with the lesson it belongs to and what showed it. Imports
// the workshop's prompts.

import type { ScreenContext } from '../../context';
import { h } from '../../dom';
import { quarterLabel } from '../../names';
import { discussionPrompts } from '../../../workshop/prompts';
import { lessonParams, triggerText } from './lesson-words';
import { keyFrom } from '../../i18n';

/** The discussion tab. */
export function discussionTab(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  const prompts = discussionPrompts(scenario, game);
  return h(
    'div',
    { class: 'discussion' },
    h('p', { class: 'lead', text: t.t('discussion.lead') }),
    h(
      'ol',
      { class: 'prompts' },
      ...prompts.map((p) =>
        h(
          'li',
          { class: `prompt prompt-${p.kind}` },
          h('span', {
            class: 'prompt-lesson',
            text: `${t.t(`lesson.${p.lesson}.title`)} · ${quarterLabel(ctx, p.quarter)}`,
          }),
          h('p', {
            text: t.t(keyFrom(p.key), {
              ...lessonParams(ctx, scenario, p.params),
              core: t.t(`core.${scenario.powerCore}`),
              quarter: quarterLabel(ctx, p.quarter),
            }),
          }),
          p.trigger
            ? h('p', {
                class: 'prompt-evidence small muted',
                text: triggerText(ctx, game, scenario, { trigger: p.trigger, quarter: p.quarter }),
              })
            : null,
        ),
      ),
    ),
  );
}
