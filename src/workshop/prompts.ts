// Questions for the facilitator's debrief, from what a team actually did: for each lesson, what
// showed it or when the team could have acted. Each prompt is a dictionary key with parameters,
// so the debrief and an export say it in the player's language. Pure; imports engine types.

import type { GameState, LessonId, LessonRecord, Scenario } from '../engine';
import { LESSONS } from '../engine';

export interface Prompt {
  readonly lesson: LessonId;
  readonly kind: 'met' | 'missed' | 'unseen';
  /** The quarter to talk about: where it was shown, or the first where the team could have acted. */
  readonly quarter: number;
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
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
        params: { core: scenario.powerCore },
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
    key: `prompt.${record.lesson}.${kind}`,
    params: { ...record.params, core: scenario.powerCore },
  };
}
