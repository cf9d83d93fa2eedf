import { describe, expect, it } from 'vitest';
import { reportGain } from '../../src/engine/ceo';
import { believedSatisfaction, measuredSatisfaction } from '../../src/engine/information';
import { companySatisfaction } from '../../src/engine/company';
import { TUNING } from '../../src/engine';
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

  it('gains little from a report with no numbers, and loses when it happens again', () => {
    const state = freshGame();
    answerDefaults(scenario, state);
    expect(reportGain(scenario, state).gain).toBe(1);
    must(scenario, state, { type: 'reportToCeo' });
    playUntil(scenario, state, 2);
    answerDefaults(scenario, state);
    expect(reportGain(scenario, state).gain).toBe(-1);
  });

  it('converts a report far better when results are shown in money', () => {
    const state = freshGame(2);
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'listen', segment: 'key-accounts' });
    const plain = reportGain(scenario, state);
    expect(plain.inMoney).toBe(false);
    const withModel = JSON.parse(JSON.stringify(state));
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
    expect(money.gain).toBeCloseTo(plain.gain * TUNING.moneyMultiplier, 1);
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
});
