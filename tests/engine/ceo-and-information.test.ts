import { describe, expect, it } from 'vitest';
import { reportGain } from '../../src/engine/ceo';
import { believedSatisfaction, measuredSatisfaction } from '../../src/engine/information';
import { companySatisfaction } from '../../src/engine/company';
import { STANDARD_DIFFICULTY, TUNING } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { builtIn, freshGame, must, answerDefaults, playUntil } from '../helpers';

const scenario = builtIn();

describe('what is known about customers (lesson L7)', () => {
  it('starts with leadership believing service is far better than it is, and nothing measured', () => {
    const state = freshGame();
    expect(believedSatisfaction(scenario, state)).toBeGreaterThan(
      companySatisfaction(scenario, state.company) + 15,
    );
    expect(measuredSatisfaction(state)).toBeNull();
  });

  it('measures only where listening exists, within the stated uncertainty', () => {
    const state = freshGame(4);
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'full' });
    playUntil(scenario, state, 3);
    const measured = state.measured[0]!.satisfaction!;
    expect(measured).toBeDefined();
    expect(measured.uncertainty).toBeGreaterThan(0);
    // The churn reasons need exit interviews; a pulse survey does not reveal them.
    expect(state.measured[0]!.churnReasons).toBeUndefined();
  });

  it('keeps every measurement within its uncertainty of the truth', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const state = freshGame(seed);
      answerDefaults(scenario, state);
      must(scenario, state, { type: 'launch', initiative: 'pulse-survey', scale: 'full' });
      playUntil(scenario, state, 4);
      state.measured.forEach((m, i) => {
        for (const [stage, value] of Object.entries(m.stages)) {
          const truth = state.company.segments[i]!.experience[stage as 'service'];
          expect(Math.abs(value!.value - truth)).toBeLessThanOrEqual(value!.uncertainty + 0.1);
        }
      });
    }
  });
});

describe('CEO support (lessons L11, L12)', () => {
  it('wears down while the CCO does nothing', () => {
    const state = freshGame();
    playUntil(scenario, state, 5);
    expect(state.ceoSupport).toBeLessThan(TUNING.startSupport.ceo);
  });

  it('costs credibility to report with nothing to show, or nothing new since the last report', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    const empty = reportGain(scenario, state);
    expect(empty.empty).toBe(true);
    expect(empty.gain).toBe(-TUNING.emptyReport);
    must(scenario, state, { type: 'listen', segment: 'key-accounts' });
    const fresh = reportGain(scenario, state);
    expect(fresh.empty).toBe(false);
    expect(fresh.evidence.satisfaction).not.toBeNull();
    must(scenario, state, { type: 'reportToCeo' });
    playUntil(scenario, state, 2);
    answerDefaults(scenario, state);
    // The same measurement again is nothing new.
    expect(reportGain(scenario, state).empty).toBe(true);
    expect(reportGain(scenario, state).gain).toBe(-TUNING.emptyReport);
  });

  it('credits customers kept against the forecast, far more when shown in money', () => {
    const state = freshGame(2);
    playUntil(scenario, state, 3);
    answerDefaults(scenario, state);
    const shown = JSON.parse(JSON.stringify(state)) as typeof state;
    shown.capabilities.gainedLost = 85;
    // Eight customers kept against the forecast since the start.
    shown.series.at(-1)!.lostTotal = shown.series.at(-1)!.twin.lostTotal - 8;
    const plain = reportGain(scenario, shown);
    expect(plain.evidence.keptCustomers).toBe(8);
    expect(plain.inMoney).toBe(false);
    expect(plain.gain).toBeGreaterThan(0);
    const withModel = JSON.parse(JSON.stringify(shown)) as typeof state;
    withModel.initiatives.push({
      id: 'customer-value-model',
      scale: 'full',
      status: 'running',
      launchedQuarter: 1,
      quartersRunning: 4,
      partners: [{ silo: 'finance', outcome: 'full', commitment: 1 }],
      realisation: 1,
    });
    const money = reportGain(scenario, withModel);
    expect(money.inMoney).toBe(true);
    expect(money.evidence.money).toBeGreaterThan(0);
    expect(money.gain).toBeCloseTo(plain.gain * TUNING.moneyMultiplier, 0);
  });

  it('counts only what the company did against the do-nothing twin: no work, nothing to credit', () => {
    const state = freshGame(5);
    playUntil(scenario, state, 6);
    answerDefaults(scenario, state);
    const counted = JSON.parse(JSON.stringify(state)) as typeof state;
    counted.capabilities.gainedLost = 85;
    // Only the silos' moods after the events differ from the twin's, so next to nothing is kept.
    expect(Math.abs(reportGain(scenario, counted).evidence.keptCustomers!)).toBeLessThanOrEqual(5);
    expect(reportGain(scenario, counted).gain).toBeLessThanOrEqual(0.5);
  });

  it("sets next year's budget at the year review", () => {
    const state = freshGame(3);
    playUntil(scenario, state, 5);
    const review = state.reviews[0]!;
    expect(review.year).toBe(1);
    expect(state.yearBudget).toBe(review.budgetNext);
    expect(review.budgetNext).toBeGreaterThan(0);
    expect(['pleased', 'patient', 'worried', 'final-warning']).toContain(review.verdict);
  });

  it('fires the CCO at a review that takes the last support, instead of a "last warning"', () => {
    // Found by search: this game loses its last support to the year-4 review's penalty.
    const brightwave = builtIn('brightwave-mobile');
    const { state } = playGame(
      brightwave,
      1,
      STANDARD_DIFFICULTY,
      botByName('random', brightwave)!,
    );
    expect(state.status).toBe('fired');
    const quarter = state.series.at(-1)!.quarter;
    expect(quarter % 4).toBe(0);
    expect(state.log.some((e) => e.kind === 'year-review' && e.review.quarter === quarter)).toBe(
      true,
    );
    expect(state.lastResolution!.review).toBeUndefined();
    expect(state.lastResolution!.fired).toBe(true);
    expect(
      state.lessons.some((l) => l.note === 'lesson.L12.final-warning' && l.quarter === quarter),
    ).toBe(false);
  });
});
