// Questions for the facilitator's debrief, from what a team actually did: for each lesson, what
// showed it or when the team could have acted. A prompt asks about exactly what its lesson record
// states (the note `lesson.Lx.y` has the prompt `prompt.Lx.y`, with the same figures) and keeps
// the record's trigger, so the debrief can cite the decision behind it. Each prompt is a
// dictionary key with parameters, so the debrief and an export say it in the player's language.
// Pure; imports engine types.

import type { GameState, LessonId, LessonRecord, Scenario } from '../engine';
import { LESSONS } from '../engine';

export interface Prompt {
  readonly lesson: LessonId;
  readonly kind: 'met' | 'missed' | 'unseen';
  /** The quarter to talk about: where it was shown, or the first where the team could have acted. */
  readonly quarter: number;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** What showed it (a decision, an event, a quarter's results); none for unseen lessons. */
  readonly trigger: LessonRecord['trigger'] | null;
}

/** The prompt that asks about what a lesson record states. */
export function promptKey(note: string): string {
  return note.replace(/^lesson\./, 'prompt.');
}

/** Figures from the team's own game for the prompts of lessons it never showed. */
function unseenParams(lesson: LessonId, scenario: Scenario, state: GameState) {
  const params: Record<string, string | number> = { core: scenario.powerCore };
  if (lesson === 'L2') {
    const last = state.series.at(-1);
    params.share =
      last && last.lostTotal > 0
        ? Math.round((100 * last.lostControllableTotal) / last.lostTotal)
        : 0;
  }
  return params;
}

/** The first quarter a lesson could have been acted on, when the game never showed it. */
const EARLIEST: Readonly<Record<LessonId, number>> = {
  L1: 1,
  L2: 1,
  L3: 1,
  L4: 2,
  L5: 1,
  L6: 1,
  L7: 1,
  L8: 1,
  L9: 2,
  L10: 1,
  L11: 2,
  L12: 4,
  L13: 1,
  L14: 1,
};

export function discussionPrompts(scenario: Scenario, state: GameState): Prompt[] {
  const prompts: Prompt[] = [];
  const last = state.series.at(-1)?.quarter ?? 1;
  for (const lesson of LESSONS) {
    const records = state.lessons.filter((l) => l.lesson === lesson);
    const missed = records
      .filter((r) => r.kind === 'missed')
      .toSorted((a, b) => a.quarter - b.quarter)[0];
    const met = records
      .filter((r) => r.kind === 'met')
      .toSorted((a, b) => a.quarter - b.quarter)[0];
    if (missed) prompts.push(fromRecord(missed, 'missed', scenario));
    else if (met) prompts.push(fromRecord(met, 'met', scenario));
    else
      prompts.push({
        lesson,
        kind: 'unseen',
        quarter: Math.min(EARLIEST[lesson], last),
        key: `prompt.${lesson}.unseen`,
        params: unseenParams(lesson, scenario, state),
        trigger: null,
      });
  }
  // Missed lessons first (they make the best discussion), then unseen, then met; by quarter.
  const order = { missed: 0, unseen: 1, met: 2 } as const;
  return prompts.toSorted((a, b) => order[a.kind] - order[b.kind] || a.quarter - b.quarter);
}

function fromRecord(record: LessonRecord, kind: 'met' | 'missed', scenario: Scenario): Prompt {
  return {
    lesson: record.lesson,
    kind,
    quarter: record.quarter,
    key: promptKey(record.note),
    params: { ...record.params, core: scenario.powerCore },
    trigger: record.trigger,
  };
}
