// The baseline bots: do-nothing (answers nothing, decides nothing), random (any legal-looking
// move), spam (the same initiative, always) and anti-pattern (the classic mistakes of DESIGN.md
// §4: service cost cuts, a big CRM, a task force without the power core, score-only surveys,
// escalation). Imports only engine modules.

import type { Approach } from '../scenario-types';
import { APPROACHES } from '../scenario-types';
import type { Action } from '../state-types';
import type { Bot, BotTurn } from './bot';
import {
  answerPending,
  canLaunch,
  defaultOption,
  launchAction,
  notRefused,
  openTalks,
  rankApproaches,
} from './moves';
import { catalogue } from '../lookup';

export const doNothing: Bot = {
  name: 'do-nothing',
  next(turn) {
    return answerPending(turn, () => undefined) ?? { type: 'endQuarter' };
  },
};

function pick<T>(turn: BotTurn, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(turn.draw() * items.length)];
}

/** Plays random but sensible-looking moves: the luck-only baseline. */
export const random: Bot = {
  name: 'random',
  next(turn) {
    const event = answerPending(turn, (_e, options) => pick(turn, options));
    if (event) return event;
    const { state, scenario } = turn;
    if (state.actionPoints <= 0 || turn.draw() < 0.2) return { type: 'endQuarter' };
    const candidates: Action[] = [];
    for (const def of catalogue(scenario).values()) {
      const scale = def.pilotable && turn.draw() < 0.5 ? 'pilot' : 'full';
      if (canLaunch(turn, def, scale)) candidates.push(launchAction(def, scale));
    }
    for (const talk of openTalks(turn, true)) {
      const approach = pick(turn, APPROACHES)!;
      candidates.push({ type: 'negotiate', initiative: talk.run.id, silo: talk.silo, approach });
    }
    for (const run of state.initiatives) {
      if (turn.draw() < 0.1) candidates.push({ type: 'stop', initiative: run.id });
      if (run.scale === 'pilot') candidates.push({ type: 'scale', initiative: run.id });
    }
    const segment = pick(turn, scenario.segments);
    if (segment) candidates.push({ type: 'listen', segment: segment.id });
    candidates.push({ type: 'reportToCeo' });
    const action = pick(
      turn,
      candidates.filter((a) => notRefused(turn, a)),
    );
    return action ?? { type: 'endQuarter' };
  },
};

/** Always the same initiative: launched at once, its partners asked plainly until they answer. */
export function spam(initiativeId: string): Bot {
  return {
    name: `spam:${initiativeId}`,
    next(turn) {
      const event = answerPending(turn, () => undefined);
      if (event) return event;
      const def = catalogue(turn.scenario).get(initiativeId);
      if (def && canLaunch(turn, def, 'full')) return launchAction(def, 'full');
      for (const talk of openTalks(turn, true)) {
        const action: Action = {
          type: 'negotiate',
          initiative: talk.run.id,
          silo: talk.silo,
          approach: 'kpi',
        };
        if (notRefused(turn, action)) return action;
      }
      return { type: 'endQuarter' };
    },
  };
}

const ANTI_PATTERNS = ['service-cost-cuts', 'big-crm', 'customer-task-force', 'annual-survey'];

/** The mistakes the sources warn about, made with conviction. */
export const antiPattern: Bot = {
  name: 'anti-pattern',
  next(turn) {
    // It picks the cheapest-looking answer: whatever costs nothing now.
    const event = answerPending(turn, (event) => defaultOption(event));
    if (event) return event;
    const index = catalogue(turn.scenario);
    const wanted = [
      ...ANTI_PATTERNS,
      ...[...index.values()]
        .filter((d) => d.tags.includes('anti-pattern') || d.tags.includes('score-only'))
        .map((d) => d.id),
    ];
    for (const id of wanted) {
      const def = index.get(id);
      if (def && canLaunch(turn, def, 'full')) return launchAction(def, 'full');
    }
    // No patience for persuasion: straight to the CEO, or a plain order.
    for (const talk of openTalks(turn, true)) {
      const ranked = rankApproaches(turn, talk, ['escalate', 'kpi'] as Approach[]);
      const choice = ranked.find((r) => r.approach === 'escalate') ?? ranked[0];
      if (choice)
        return {
          type: 'negotiate',
          initiative: talk.run.id,
          silo: talk.silo,
          approach: choice.approach,
        };
    }
    const report: Action = { type: 'reportToCeo' };
    if (
      turn.state.quarter % 2 === 0 &&
      notRefused(turn, report) &&
      turn.state.lastReport?.quarter !== turn.state.quarter
    ) {
      return report;
    }
    return { type: 'endQuarter' };
  },
};
