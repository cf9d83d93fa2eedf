import { describe, expect, it } from 'vitest';
import { eventSchedule } from '../../src/engine/events';
import { applyActionInPlace } from '../../src/engine';
import { builtIn, freshGame, must, answerDefaults, playUntil } from '../helpers';

const scenario = builtIn();

describe('event schedule (common random numbers)', () => {
  it('depends on the seed alone: two games with the same seed meet the same events', () => {
    expect(eventSchedule(scenario, 5)).toEqual(eventSchedule(scenario, 5));
    const seeds = new Set([1, 2, 3, 4, 5].map((s) => JSON.stringify(eventSchedule(scenario, s))));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('never brings the same event twice and respects each event quarter window', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const schedule = eventSchedule(scenario, seed);
      const ids = schedule.filter((e): e is string => e !== null);
      expect(new Set(ids).size).toBe(ids.length);
      schedule.forEach((id, i) => {
        if (!id) return;
        const event = scenario.events.find((e) => e.id === id)!;
        expect(i + 1).toBeGreaterThanOrEqual(event.firstQuarter);
        expect(i + 1).toBeLessThanOrEqual(event.lastQuarter);
      });
    }
  });

  it('brings the same events and market to teams whatever they decide', () => {
    const passive = freshGame(21);
    const active = freshGame(21);
    answerDefaults(scenario, active);
    must(scenario, active, { type: 'launch', initiative: 'pulse-survey', scale: 'full' });
    must(scenario, active, { type: 'reportToCeo' });
    playUntil(scenario, passive, 12);
    playUntil(scenario, active, 12);
    const drawn = (s: typeof passive) =>
      s.log
        .filter((e) => e.kind === 'event-drawn')
        .map((e) => JSON.stringify({ ...e, mitigated: false }));
    expect(drawn(active)).toEqual(drawn(passive));
    // The twins live through the same market, so they are identical.
    expect(active.twin).toEqual(passive.twin);
  });
});

describe('answering events', () => {
  function gameWithEvent() {
    for (let seed = 1; seed < 100; seed++) {
      const state = freshGame(seed);
      playUntil(scenario, state, 2);
      if (state.pendingEvents.length > 0 && !state.pendingEvents[0]!.mitigated) return state;
    }
    throw new Error('no event in quarter 2 for 100 seeds');
  }

  it('refuses an unknown option, applies a chosen one and records it', () => {
    const state = gameWithEvent();
    const pending = state.pendingEvents[0]!;
    expect(
      applyActionInPlace(scenario, state, {
        type: 'answerEvent',
        event: pending.event,
        option: 'nope',
      }),
    ).toMatchObject({
      reason: 'unknown-option',
    });
    const event = scenario.events.find((e) => e.id === pending.event)!;
    must(scenario, state, {
      type: 'answerEvent',
      event: pending.event,
      option: event.defaultOption,
    });
    expect(state.pendingEvents).toEqual([]);
    expect(state.events.at(-1)).toMatchObject({
      event: pending.event,
      option: event.defaultOption,
    });
  });

  it('defuses an event when a running initiative prevents it (lesson L6)', () => {
    // Find a seed whose schedule brings the empty box, then run the KPI fix before it arrives.
    for (let seed = 1; seed < 400; seed++) {
      const schedule = eventSchedule(scenario, seed);
      const quarter = schedule.indexOf('empty-box') + 1;
      if (quarter < 3) continue;
      const state = freshGame(seed);
      answerDefaults(scenario, state);
      must(scenario, state, { type: 'launch', initiative: 'complete-delivery-kpi', scale: 'full' });
      must(scenario, state, {
        type: 'negotiate',
        initiative: 'complete-delivery-kpi',
        silo: 'logistics',
        approach: 'kpi',
      });
      playUntil(scenario, state, quarter);
      const pending = state.pendingEvents.find((p) => p.event === 'empty-box')!;
      expect(pending.mitigated).toBe(true);
      const purchase = state.company.segments[0]!.experience.purchase;
      must(scenario, state, { type: 'answerEvent', event: 'empty-box', option: 'ignore' });
      expect(state.company.segments[0]!.experience.purchase).toBe(purchase);
      expect(state.lessons.some((l) => l.lesson === 'L6' && l.kind === 'met')).toBe(true);
      return;
    }
    throw new Error('no seed brings the empty box after quarter 2');
  });
});
