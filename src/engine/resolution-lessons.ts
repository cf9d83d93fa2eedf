// The lessons a quarter's resolution can show (accountability, hand-offs, churn reasons, scores
// only, never measuring, gated initiatives, engagement, patience), each recorded once.
// Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { GameState, InitiativeState } from './state-types';
import { measuredSatisfaction } from './information';
import { recordLesson } from './lessons';

/**
 * Notes the lessons the quarter's resolution shows. `measured` is the measured satisfaction now
 * (`measuredSatisfaction`), when the caller has it.
 */
export function noteResolutionLessons(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  measured = measuredSatisfaction(state),
): void {
  const trigger = { type: 'resolution' } as const;
  const caps = state.capabilities;
  if (caps.linkage >= 50) recordLesson(state, 'L1', 'met', trigger, 'lesson.L1.linked', {});
  if (caps.gainedLost >= 50) recordLesson(state, 'L5', 'met', trigger, 'lesson.L5.tracking', {});
  const segments = state.company.segments;
  if (quarter >= 4 && caps.linkage < 25) {
    let byStage = 0;
    let lost = 0;
    for (const s of segments) {
      byStage += s.turn.lostByStage.service;
      lost += s.turn.lostControllable;
    }
    if (lost > 0 && byStage / lost >= 0.3) {
      recordLesson(state, 'L1', 'missed', trigger, 'lesson.L1.handoffs', { lost: byStage });
    }
  }
  let reasonsSeen = false;
  let stagesSeen = false;
  let scoresSeen = false;
  for (const m of state.measured) {
    if (m.churnReasons) reasonsSeen = true;
    if (hasReadings(m.stages)) stagesSeen = true;
    if (m.satisfaction) scoresSeen = true;
  }
  if (reasonsSeen || quarter >= 4) {
    let lost = 0;
    let controllable = 0;
    for (const s of segments) {
      lost += s.total.lostControllable + s.total.lostUncontrollable;
      controllable += s.total.lostControllable;
    }
    if (reasonsSeen) {
      recordLesson(state, 'L2', 'met', trigger, 'lesson.L2.reasons-seen', {
        share: lost > 0 ? Math.round((100 * controllable) / lost) : 0,
      });
    } else {
      recordLesson(state, 'L2', 'missed', trigger, 'lesson.L2.unknown-reasons', { lost });
    }
  }
  // Each claim says what was seen: leavers' reasons, or where the journey fails.
  if (reasonsSeen) recordLesson(state, 'L8', 'met', trigger, 'lesson.L8.reasons', {});
  else if (stagesSeen) recordLesson(state, 'L8', 'met', trigger, 'lesson.L8.stages', {});
  else if (quarter >= 8 && scoresSeen) {
    recordLesson(state, 'L8', 'missed', trigger, 'lesson.L8.scores-only', {});
  }
  const anything = reasonsSeen || stagesSeen || measured !== null;
  if (quarter >= 8 && !anything) {
    recordLesson(state, 'L7', 'missed', trigger, 'lesson.L7.never-measured', {});
  }
  let limited: InitiativeState | undefined;
  for (const run of state.initiatives) {
    if (run.limitingGauge && run.quartersRunning >= 2) {
      limited = run;
      break;
    }
  }
  if (limited) {
    recordLesson(state, 'L4', 'missed', trigger, 'lesson.L4.gated', {
      initiative: limited.id,
      gauge: limited.limitingGauge!,
    });
  }
  const gauges = state.gauges;
  if (gauges.motivation >= 60 && gauges.measurability >= 60 && gauges.implementability >= 60) {
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

/** Whether any stage has a reading (a record with at least one stage in it). */
function hasReadings(stages: object): boolean {
  for (const _ in stages) return true;
  return false;
}
