// Events: which one each quarter brings is fixed at the start from the seed and the scenario alone
// (common random numbers: every team with the same seed meets the same event in the same quarter,
// whatever it did before). What the event does depends on the player's answer, and on whether a
// running initiative defuses it (lesson L6). The twin always lives through the default option.
// Imports only engine modules.

import type { GameEvent, Scenario } from './scenario-types';
import type { GameState, PendingEvent, Refusal } from './state-types';
import { applyCompanyEffects, applyEffects } from './effects';
import { findEvent } from './lookup';
import { pickWeighted, stream } from './rng';
import { TUNING } from './tuning';
import { cannotAfford, pay } from './resources';
import { recordLesson, currentDecision } from './lessons';

export const QUARTERS = 20;

/** The events each quarter may bring, with their weights (before any is used up). */
interface QuarterPool {
  events: GameEvent[];
  /** Each event's position in the scenario's list. */
  positions: number[];
  weights: number[];
}

/** Event pools per quarter (index 0 = quarter 1), built once per scenario object. */
const pools = new WeakMap<Scenario, QuarterPool[]>();

function eventPools(scenario: Scenario): QuarterPool[] {
  let found = pools.get(scenario);
  if (!found) {
    found = [];
    for (let quarter = 1; quarter <= QUARTERS; quarter++) {
      const events: GameEvent[] = [];
      const positions: number[] = [];
      scenario.events.forEach((e, position) => {
        if (e.firstQuarter > quarter || quarter > e.lastQuarter) return;
        events.push(e);
        positions.push(position);
      });
      const weights = events.map((e) => e.weight * (e.coreWeights[scenario.powerCore] ?? 1));
      found.push({ events, positions, weights });
    }
    pools.set(scenario, found);
  }
  return found;
}

/** The event of each quarter (index 0 = quarter 1), drawn once per game from `q07|events`. */
export function eventSchedule(scenario: Scenario, seed: number): (string | null)[] {
  // Events already drawn, by position in the scenario's list (ids are unique).
  const used: boolean[] = scenario.events.map(() => false);
  const schedule: (string | null)[] = [];
  const byQuarter = eventPools(scenario);
  for (let quarter = 1; quarter <= QUARTERS; quarter++) {
    // No event comes before the first event quarter, and that quarter's stream is not needed
    // (each quarter's stream is its own, so leaving one undrawn changes no other draw).
    if (quarter < TUNING.firstEventQuarter) {
      schedule.push(null);
      continue;
    }
    const draw = stream(seed, quarter, 'events');
    const chance = draw();
    const pick = draw();
    if (chance >= TUNING.eventChance) {
      schedule.push(null);
      continue;
    }
    // The quarter's pool without the events already drawn, in scenario order.
    const pool = byQuarter[quarter - 1]!;
    const candidates: GameEvent[] = [];
    const weights: number[] = [];
    const positions: number[] = [];
    for (let k = 0; k < pool.events.length; k++) {
      if (used[pool.positions[k]!]) continue;
      candidates.push(pool.events[k]!);
      positions.push(pool.positions[k]!);
      weights.push(pool.weights[k]!);
    }
    const picked = pickWeighted(weights, pick);
    const chosen = candidates[picked];
    if (chosen) used[positions[picked]!] = true;
    schedule.push(chosen ? chosen.id : null);
  }
  return schedule;
}

export function isMitigated(state: GameState, event: GameEvent): boolean {
  for (const id of event.mitigatedBy) {
    for (const run of state.initiatives) if (run.id === id && run.quartersRunning > 0) return true;
  }
  return false;
}

function defaultOption(event: GameEvent) {
  return event.options.find((o) => o.id === event.defaultOption)!;
}

/**
 * Brings this turn's events. A defused event is settled at once (the player reads what was
 * avoided); the twin lives through every event's default option.
 */
export function bringEvents(
  scenario: Scenario,
  state: GameState,
  quarters: readonly number[],
): void {
  for (const quarter of quarters) {
    const id = state.eventSchedule[quarter - 1];
    if (!id) continue;
    const event = findEvent(scenario, id)!;
    applyCompanyEffects(scenario, state.twin, defaultOption(event).effects);
    const mitigated = isMitigated(state, event);
    state.log.push({ kind: 'event-drawn', quarter, event: id, mitigated });
    if (mitigated) {
      state.events.push({ event: id, quarter, option: '', mitigated: true });
      for (const lesson of event.lessons) {
        recordLesson(state, lesson, 'met', { type: 'event', event: id }, 'lesson.event.defused', {
          event: id,
        });
      }
    }
    state.pendingEvents.push({ event: id, quarter, mitigated });
  }
}

/** Answers a pending event with one of its options. */
export function answerEvent(
  scenario: Scenario,
  state: GameState,
  eventId: string,
  optionId: string,
): Refusal | null {
  const pending = state.pendingEvents.find((p) => p.event === eventId);
  if (!pending) {
    return { ok: false, reason: state.pendingEvents.length ? 'unknown-event' : 'no-event-pending' };
  }
  const event = findEvent(scenario, eventId)!;
  if (pending.mitigated) {
    // A defused event only needs acknowledging; its effects never happen.
    removePending(state, pending);
    return null;
  }
  const option = event.options.find((o) => o.id === optionId);
  if (!option) return { ok: false, reason: 'unknown-option' };
  const short = cannotAfford(state, option.cost);
  if (short) return short;
  pay(state, option.cost);
  applyEffects(scenario, state, option.effects, {
    key: 'trust.event',
    params: { event: eventId },
  });
  removePending(state, pending);
  state.events.push({
    event: eventId,
    quarter: pending.quarter,
    option: optionId,
    mitigated: false,
  });
  state.log.push({
    kind: 'event-answered',
    quarter: pending.quarter,
    event: eventId,
    option: optionId,
    mitigated: false,
  });
  const trigger = currentDecision(state);
  for (const lesson of event.lessons) {
    const kind = option.lessons.includes(lesson) ? 'met' : 'missed';
    recordLesson(state, lesson, kind, trigger, `lesson.event.${kind}`, { event: eventId });
  }
  for (const lesson of option.lessons) {
    recordLesson(state, lesson, 'met', trigger, 'lesson.event.met', { event: eventId });
  }
  return null;
}

function removePending(state: GameState, pending: PendingEvent): void {
  state.pendingEvents = state.pendingEvents.filter((p) => p !== pending);
}
