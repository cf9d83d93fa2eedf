// The debrief's lessons tab: every lesson the game teaches, marked met, missed, mixed or unseen,
// with the notes of this game that showed it and what showed each. Imports the engine's lessons.

import { LESSONS, type LessonRecord } from '../../../engine';
import type { ScreenContext } from '../../context';
import { h } from '../../dom';
import { lessonParams, triggerText } from './lesson-words';
import { keyFrom } from '../../i18n';

/** Met only, missed only, both, or not shown in this game. */
function lessonState(records: readonly LessonRecord[]): 'met' | 'missed' | 'mixed' | 'unseen' {
  const met = records.some((r) => r.kind === 'met');
  const missed = records.some((r) => r.kind === 'missed');
  if (met) return missed ? 'mixed' : 'met';
  return records.length > 0 ? 'missed' : 'unseen';
}

/** The lessons tab. */
export function lessonsTab(ctx: ScreenContext): HTMLElement {
  const { t } = ctx;
  const { game, scenario } = ctx.state.session!;
  return h(
    'ol',
    { class: 'lessons' },
    ...LESSONS.map((id) => {
      const records = game.lessons
        .filter((l) => l.lesson === id)
        .toSorted((a, b) => a.quarter - b.quarter);
      const state = lessonState(records);
      return h(
        'li',
        { class: `lesson lesson-${state}` },
        h('span', { class: 'lesson-mark', text: t.t(`lesson.state.${state}`) }),
        h('h3', { text: t.t(`lesson.${id}.title`) }),
        ...records.map((r) =>
          h(
            'p',
            { class: `lesson-note ${r.kind}` },
            h('span', { text: t.t(keyFrom(r.note), lessonParams(ctx, scenario, r.params)) }),
            h('span', { class: 'small muted', text: ` ${triggerText(ctx, game, scenario, r)}` }),
          ),
        ),
        records.length === 0
          ? h('p', { class: 'small muted', text: t.t(`lesson.${id}.summary`) })
          : null,
      );
    }),
  );
}
