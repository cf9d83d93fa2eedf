// The lessons a quarter's resolution can show (accountability, hand-offs, churn reasons, scores
// only, never measuring, gated initiatives, engagement, patience), each recorded once.
// Imports only engine modules.

import type { Scenario } from './scenario-types';
import { GAUGES } from './scenario-types';
import type { GameState } from './state-types';
import { measuredSatisfaction } from './information';
import { recordLesson } from './lessons';

export function noteResolutionLessons(scenario: Scenario, state: GameState, quarter: number): void {
  const trigger = { type: 'resolution' } as const;
  const caps = state.capabilities;
  if (caps.linkage >= 50) recordLesson(state, 'L1', 'met', trigger, 'lesson.L1.linked', {});
  if (caps.gainedLost >= 50) recordLesson(state, 'L5', 'met', trigger, 'lesson.L5.tracking', {});
  if (quarter >= 4 && caps.linkage < 25) {
    const byStage = state.company.segments.reduce((acc, s) => acc + s.turn.lostByStage.service, 0);
    const lost = state.company.segments.reduce((acc, s) => acc + s.turn.lostControllable, 0);
    if (lost > 0 && byStage / lost >= 0.3) {
      recordLesson(state, 'L1', 'missed', trigger, 'lesson.L1.handoffs', { lost: byStage });
    }
  }
  const reasonsSeen = state.measured.some((m) => m.churnReasons);
  if (reasonsSeen) {
    const lost = state.company.segments.reduce(
      (acc, s) => acc + s.total.lostControllable + s.total.lostUncontrollable,
      0,
    );
    const controllable = state.company.segments.reduce(
      (acc, s) => acc + s.total.lostControllable,
      0,
    );
    recordLesson(state, 'L2', 'met', trigger, 'lesson.L2.reasons-seen', {
      share: lost > 0 ? Math.round((100 * controllable) / lost) : 0,
    });
  } else if (quarter >= 4) {
    const lost = state.company.segments.reduce(
      (acc, s) => acc + s.total.lostControllable + s.total.lostUncontrollable,
      0,
    );
    recordLesson(state, 'L2', 'missed', trigger, 'lesson.L2.unknown-reasons', { lost });
  }
  const stagesSeen = state.measured.some((m) => Object.keys(m.stages).length > 0);
  // Each claim says what was seen: leavers' reasons, or where the journey fails.
  if (reasonsSeen) recordLesson(state, 'L8', 'met', trigger, 'lesson.L8.reasons', {});
  else if (stagesSeen) recordLesson(state, 'L8', 'met', trigger, 'lesson.L8.stages', {});
  else if (quarter >= 8 && state.measured.some((m) => m.satisfaction)) {
    recordLesson(state, 'L8', 'missed', trigger, 'lesson.L8.scores-only', {});
  }
  const anything = reasonsSeen || stagesSeen || measuredSatisfaction(state) !== null;
  if (quarter >= 8 && !anything) {
    recordLesson(state, 'L7', 'missed', trigger, 'lesson.L7.never-measured', {});
  }
  const limited = state.initiatives.find((run) => run.limitingGauge && run.quartersRunning >= 2);
  if (limited) {
    recordLesson(state, 'L4', 'missed', trigger, 'lesson.L4.gated', {
      initiative: limited.id,
      gauge: limited.limitingGauge!,
    });
  }
  if (GAUGES.every((g) => state.gauges[g] >= 60)) {
    recordLesson(state, 'L4', 'met', trigger, 'lesson.L4.gauges-up', {});
  }
  if (state.company.engagement >= 62) {
    recordLesson(state, 'L10', 'met', trigger, 'lesson.L10.engaged', {
      engagement: Math.round(state.company.engagement),
    });
  } else if (state.company.engagement <= 40) {
    recordLesson(state, 'L10', 'missed', trigger, 'lesson.L10.disengaged', {
      engagement: Math.round(state.company.engagement),
    });
  }
  if (state.ceoSupport < 30) {
    recordLesson(state, 'L12', 'missed', trigger, 'lesson.L12.patience', {
      support: Math.round(state.ceoSupport),
    });
  }
}
