import { describe, expect, it } from 'vitest';
import {
  applyAction,
  applyActionInPlace,
  newGame,
  STANDARD_DIFFICULTY,
  TUNING,
} from '../../src/engine';
import { launch, listen, report, scale, stop } from '../../src/engine/actions';
import { builtIn, freshGame, must, answerDefaults, playUntil } from '../helpers';

const scenario = builtIn();

describe('applyAction (pure)', () => {
  it('returns a new state and leaves the old one untouched', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const before = JSON.stringify(state);
    const result = applyAction(scenario, state, {
      type: 'launch',
      initiative: 'pulse-survey',
      scale: 'full',
    });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(state)).toBe(before);
    if (result.ok) expect(result.state.initiatives.map((i) => i.id)).toEqual(['pulse-survey']);
  });

  it('refuses with a typed reason and never throws', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const result = applyAction(scenario, state, {
      type: 'launch',
      initiative: 'no-such-thing',
      scale: 'full',
    });
    expect(result).toEqual({ ok: false, reason: 'unknown-initiative' });
  });

  it('asks for the pending event to be answered first', () => {
    const state = freshGame();
    // The first quarter after the first that brings an event, fixed by the seed.
    const quarter = state.eventSchedule.findIndex((e, i) => i >= 1 && e !== null) + 1;
    expect(quarter).toBeGreaterThan(1);
    playUntil(scenario, state, quarter);
    expect(state.pendingEvents.length).toBeGreaterThan(0);
    expect(applyActionInPlace(scenario, state, { type: 'endQuarter' })).toMatchObject({
      reason: 'event-pending',
    });
  });
});

describe('launch', () => {
  it('charges budget, action points and capital, and waits for its partners', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const { budget, actionPoints } = state;
    expect(
      launch(scenario, state, { type: 'launch', initiative: 'customer-ledger', scale: 'full' }),
    ).toBeNull();
    const run = state.initiatives[0]!;
    expect(run.status).toBe('negotiating');
    expect(run.partners.map((p) => p.silo).sort()).toEqual(['field-sales', 'finance']);
    expect(state.budget).toBe(budget - 40);
    expect(state.actionPoints).toBe(actionPoints - 1);
  });

  it('costs a pilot share of the budget, and refuses a pilot of what cannot be piloted', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const budget = state.budget;
    must(scenario, state, { type: 'launch', initiative: 'customer-ledger', scale: 'pilot' });
    expect(state.budget).toBe(budget - Math.round(40 * TUNING.pilotShare));
    expect(
      launch(scenario, state, { type: 'launch', initiative: 'service-cost-cuts', scale: 'pilot' }),
    ).toMatchObject({
      reason: 'not-pilotable',
    });
  });

  it('refuses a second launch of the same initiative and a launch without budget', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'full' });
    expect(
      launch(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'full' }),
    ).toMatchObject({
      reason: 'already-running',
    });
    state.budget = 10;
    expect(
      launch(scenario, state, { type: 'launch', initiative: 'big-crm', scale: 'full' }),
    ).toEqual({
      ok: false,
      reason: 'no-budget',
      need: 250,
      have: 10,
    });
  });

  it('applies launch effects at once: service cost cuts bring budget and lower the service level', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const budget = state.budget;
    const level = state.company.segments[0]!.level.service;
    must(scenario, state, { type: 'launch', initiative: 'service-cost-cuts', scale: 'full' });
    expect(state.budget).toBe(budget + 120);
    expect(state.company.segments[0]!.level.service).toBe(level - 8);
  });
});

describe('scale and stop', () => {
  it('scales a pilot only after it has run long enough', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'pilot' });
    expect(scale(scenario, state, { type: 'scale', initiative: 'pulse-survey' })).toMatchObject({
      reason: 'pilot-too-young',
    });
    playUntil(scenario, state, 1 + TUNING.pilotQuarters);
    answerDefaults(scenario, state);
    expect(state.initiatives[0]!.pilotReading).toBeDefined();
    expect(scale(scenario, state, { type: 'scale', initiative: 'pulse-survey' })).toBeNull();
    expect(state.initiatives[0]!.scale).toBe('full');
    expect(scale(scenario, state, { type: 'scale', initiative: 'pulse-survey' })).toMatchObject({
      reason: 'not-a-pilot',
    });
  });

  it('stops a running initiative and refuses to stop one that is not running', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'full' });
    expect(stop(scenario, state, { type: 'stop', initiative: 'pulse-survey' })).toBeNull();
    expect(state.initiatives).toEqual([]);
    expect(stop(scenario, state, { type: 'stop', initiative: 'pulse-survey' })).toMatchObject({
      reason: 'not-running',
    });
  });
});

describe('listening and reporting', () => {
  it('listening directly measures one segment now, precisely', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    expect(listen(scenario, state, { type: 'listen', segment: 'nowhere' })).toMatchObject({
      reason: 'unknown-segment',
    });
    expect(listen(scenario, state, { type: 'listen', segment: 'key-accounts' })).toBeNull();
    const measured = state.measured[0]!;
    expect(measured.satisfaction?.uncertainty).toBe(TUNING.directListeningPrecision);
    expect(Object.keys(measured.stages)).toHaveLength(5);
    expect(state.measured[1]!.satisfaction).toBeUndefined();
  });

  it('reports at most once a turn', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    expect(report(scenario, state, { type: 'reportToCeo' })).toBeNull();
    expect(report(scenario, state, { type: 'reportToCeo' })).toMatchObject({
      reason: 'already-asked',
    });
  });

  it('refuses actions once the action points are spent', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    state.actionPoints = 1;
    expect(
      applyActionInPlace(scenario, state, { type: 'listen', segment: 'key-accounts' }),
    ).toEqual({
      ok: false,
      reason: 'no-action-points',
      need: 2,
      have: 1,
    });
  });
});

describe('ending the quarter', () => {
  it('resolves the quarter, records it, and starts the next with fresh resources', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    state.actionPoints = 0;
    must(scenario, state, { type: 'endQuarter' });
    expect(state.quarter).toBe(2);
    expect(state.series).toHaveLength(1);
    expect(state.actionPoints).toBe(TUNING.actionPoints.quarters);
    expect(state.lastResolution?.quarters).toEqual([1]);
  });

  it('ends after quarter 20 and refuses anything afterwards', () => {
    const state = freshGame();
    playUntil(scenario, state, 21);
    expect(state.status === 'completed' || state.status === 'fired').toBe(true);
    expect(applyActionInPlace(scenario, state, { type: 'endQuarter' })).toMatchObject({
      reason: 'game-over',
    });
  });

  it('fires the CCO when CEO support reaches zero', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    state.ceoSupport = 0.5;
    must(scenario, state, { type: 'endQuarter' });
    expect(state.status).toBe('fired');
    expect(state.log.some((e) => e.kind === 'fired')).toBe(true);
  });

  it('plays ten half-year turns of two quarters each', () => {
    const game = newGame(scenario, 7, { ...STANDARD_DIFFICULTY, seatTime: 'half-years' });
    expect(game.actionPoints).toBe(TUNING.actionPoints['half-years']);
    let turns = 0;
    while (game.status === 'playing') {
      answerDefaults(scenario, game);
      must(scenario, game, { type: 'endQuarter' });
      turns += 1;
      if (game.status === 'playing') expect(game.quarter).toBe(2 * turns + 1);
    }
    expect(game.series.map((r) => r.quarter)).toEqual(
      Array.from({ length: game.series.length }, (_, i) => i + 1),
    );
    if (game.status === 'completed') expect(turns).toBe(10);
  });
});
