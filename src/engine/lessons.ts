// Records which lessons of DESIGN.md §1 this game has shown, each tied to what showed it. Only the
// first time each lesson is met and the first time it is missed are kept, so the debrief stays
// short. Imports only engine types.

import type { LessonId } from './scenario-types';
import type { GameState, LessonRecord } from './state-types';

export function recordLesson(
  state: GameState,
  lesson: LessonId,
  kind: LessonRecord['kind'],
  trigger: LessonRecord['trigger'],
  note: string,
  params: Record<string, string | number> = {},
): void {
  for (const l of state.lessons) if (l.lesson === lesson && l.kind === kind) return;
  state.lessons.push({ lesson, kind, quarter: state.quarter, trigger, note, params });
}

/** The trigger for the decision being applied now (the last one in the log). */
export function currentDecision(state: GameState): LessonRecord['trigger'] {
  return { type: 'decision', index: state.decisions.length - 1 };
}
