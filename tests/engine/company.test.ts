// Golden tests for the churn formula: a grid of inputs, rounded outputs, snapshotted, so that a
// change to the model shows up as a reviewable diff of numbers.
import { describe, expect, it } from 'vitest';
import {
  acquisitionFactor,
  controllableChurnRate,
  experienceGap,
  segmentSatisfaction,
  splitWhole,
  stageValues,
} from '../../src/engine/company';
import { roundTo } from '../../src/engine/numbers';
import { GOLDEN_SEGMENT } from '../fixtures';
import { TUNING } from '../../src/engine';

const segment = GOLDEN_SEGMENT;

describe('experience gap and satisfaction', () => {
  it('weights each stage by what the segment cares about', () => {
    const experience = stageValues(() => 50);
    const expectations = stageValues((s) => (s === 'service' ? 70 : 50));
    const { gap, delight } = experienceGap(segment, experience, expectations);
    // 20 points short weigh 20 + 20²/gapCurve.
    expect(gap).toBeCloseTo((20 + 400 / TUNING.gapCurve) * segment.weights.service, 10);
    expect(delight).toBe(0);
  });

  it('lets one stage far short drive more customers away than the same shortfall spread out (L1, L13)', () => {
    const experience = stageValues(() => 50);
    const one = stageValues((s) => (s === 'service' ? 80 : 50));
    const spread = stageValues((s) => (s === 'service' || s === 'purchase' ? 65 : 50));
    const even = { ...segment, weights: stageValues(() => 0.2) };
    expect(experienceGap(even, experience, one).gap).toBeGreaterThan(
      experienceGap(even, experience, spread).gap,
    );
  });

  it('counts experience beyond expectations only a little (L13)', () => {
    const expectations = stageValues(() => 50);
    const short = stageValues((s) => (s === 'service' ? 40 : 50));
    const beyond = stageValues((s) => (s === 'service' ? 60 : 50));
    const met = stageValues(() => 50);
    const lossFromShort =
      segmentSatisfaction(segment, met, expectations) -
      segmentSatisfaction(segment, short, expectations);
    const gainBeyond =
      segmentSatisfaction(segment, beyond, expectations) -
      segmentSatisfaction(segment, met, expectations);
    expect(gainBeyond).toBeGreaterThan(0);
    expect(gainBeyond).toBeLessThan(lossFromShort / 2);
  });

  it('scores 50 when experience meets expectations, and stays within 0..100', () => {
    const even = stageValues(() => 60);
    expect(segmentSatisfaction(segment, even, even)).toBe(50);
    expect(
      segmentSatisfaction(
        segment,
        stageValues(() => 0),
        stageValues(() => 100),
      ),
    ).toBe(0);
    expect(
      segmentSatisfaction(
        segment,
        stageValues(() => 100),
        stageValues(() => 0),
      ),
    ).toBe(100);
  });
});

describe('churn formula (golden)', () => {
  it('matches the snapshot over a grid of gaps and delight', () => {
    const grid: Record<string, number> = {};
    for (const gap of [0, 5, 10, 15, 20, 30, 50]) {
      for (const delight of [0, 5, 20]) {
        grid[`gap ${gap} delight ${delight}`] = roundTo(
          controllableChurnRate(segment, gap, delight),
          4,
        );
      }
    }
    expect(grid).toMatchSnapshot();
  });

  it('rises with the gap and is clamped to its floor and cap', () => {
    expect(controllableChurnRate(segment, 20, 0)).toBeGreaterThan(
      controllableChurnRate(segment, 10, 0),
    );
    expect(controllableChurnRate(segment, 0, 100)).toBe(0.001);
    expect(controllableChurnRate(segment, 1000, 0)).toBe(0.2);
  });

  it('acquisition follows awareness and decision against expectations (golden)', () => {
    const rows = [-20, -10, 0, 10, 20].map((edge) =>
      roundTo(
        acquisitionFactor(
          stageValues(() => 60 + edge),
          stageValues(() => 60),
        ),
        3,
      ),
    );
    expect(rows).toMatchSnapshot();
  });
});

describe('splitting leavers over stages', () => {
  it('hands out exactly the whole number, largest remainder first', () => {
    const weights = stageValues((s) => (s === 'service' ? 3 : 1));
    const split = splitWhole(10, weights);
    expect(Object.values(split).reduce((a, b) => a + b, 0)).toBe(10);
    expect(split.service).toBeGreaterThanOrEqual(4);
  });

  it('gives nothing for zero leavers', () => {
    expect(
      Object.values(
        splitWhole(
          0,
          stageValues(() => 1),
        ),
      ),
    ).toEqual([0, 0, 0, 0, 0]);
  });
});
