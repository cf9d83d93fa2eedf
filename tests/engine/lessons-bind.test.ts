// Each lesson of DESIGN.md §1 changes the outcome in the intended direction: one small, exact
// check per mechanism, and the expert against itself with one lesson taken away.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GameState } from '../../src/engine';
import { newGame, STANDARD_DIFFICULTY, STAGES, TUNING } from '../../src/engine';
import { handoffs } from '../../src/engine/handoffs';
import { computeWork, deliveryShares, siloCapacity } from '../../src/engine/initiatives';
import { evidenceQuality } from '../../src/engine/information';
import { insightTable, isFresh } from '../../src/engine/insight';
import { experienceGap } from '../../src/engine/company';
import { drawTruth, drawEffectFactors, effectRange } from '../../src/engine/truth';
import { CONSTRAINTS, EXPERT_PARAMS } from '../../src/engine/bots/strategy-params';
import { scoresOf } from '../../src/engine/bots/optimiser';
import { playerView } from '../../src/engine/bots/view';
import { answerDefaults, builtIn, freshGame, must, playUntil } from '../helpers';

const scenario = builtIn();

/** A running initiative, as the engine keeps it, with every partner fully committed. */
function running(state: GameState, id: string, quarters = 4, scale: 'pilot' | 'full' = 'full') {
  const def = scenario.initiatives.find((d) => d.id === id)!;
  state.initiatives.push({
    id,
    scale,
    status: 'running',
    launchedQuarter: 1,
    quartersRunning: quarters,
    partners: def.partners.map((p) => ({ silo: p.silo, outcome: 'full', commitment: 1 })),
    realisation: 0,
  });
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('the truth differs from the story (L7)', () => {
  it('puts most of each segment’s churn gap in one blind-spot stage that leadership does not see', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const state = newGame(scenario, seed, STANDARD_DIFFICULTY);
      state.company.segments.forEach((segment, i) => {
        const spot = state.blindSpots[i]!;
        const story = scenario.segments[i]!;
        const short = (s: (typeof STAGES)[number]) =>
          segment.expectations[s] - segment.experience[s];
        // The blind spot is the stage furthest short, and leadership believes it is fine.
        for (const stage of STAGES)
          if (stage !== spot) expect(short(spot)).toBeGreaterThan(short(stage));
        expect(state.beliefs[i]![spot]).toBeGreaterThan(segment.expectations[spot] - 5);
        expect(story.weights[spot]).toBeGreaterThanOrEqual(TUNING.blindSpotMinWeight);
      });
    }
  });

  it('keeps each segment’s churn gap close to the story’s, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seed) => {
        const truth = drawTruth(scenario, seed, 0);
        scenario.segments.forEach((segment, i) => {
          const story = experienceGap(segment, segment.experience, segment.expectations).gap;
          const drawn = experienceGap(segment, truth.experience[i]!, segment.expectations).gap;
          // Clamping the blind spot can only lose a little of the gap.
          expect(drawn).toBeGreaterThan(0.6 * story);
          expect(drawn).toBeLessThan(1.25 * story);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('draws each initiative’s true effect inside its range, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (seed) => {
        const factors = drawEffectFactors(scenario, seed);
        expect(factors).toEqual(drawEffectFactors(scenario, seed));
        scenario.initiatives.forEach((def, k) => {
          const { min, max } = effectRange(def);
          expect(factors[k]!).toBeGreaterThanOrEqual(min - 0.005);
          expect(factors[k]!).toBeLessThanOrEqual(max + 0.005);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('shows a player who does not listen only beliefs, which miss the blind spot', () => {
    const state = freshGame(3);
    const view = playerView(scenario, state);
    view.segments.forEach((segment, i) => {
      const spot = STAGES.indexOf(state.blindSpots[i]!);
      expect(segment.measured.every((m) => !m)).toBe(true);
      // What the player sees of the blind spot is nowhere near its true shortfall.
      const truth =
        state.company.segments[i]!.expectations[STAGES[spot]!] -
        state.company.segments[i]!.experience[STAGES[spot]!];
      expect(segment.shortfall[spot]!).toBeLessThan(truth - 15);
    });
  });
});

describe('listening (L8)', () => {
  it('lands an improvement fully on a measured stage, mostly where exit reasons blame it, little on guesswork', () => {
    const state = freshGame(4);
    answerDefaults(scenario, state);
    const blind = insightTable(state);
    expect(blind.flat().every((k) => k === TUNING.insightFloor)).toBe(true);
    must(scenario, state, { type: 'listen', segment: 'key-accounts' });
    const known = insightTable(state);
    expect(known[0]!.every((k) => k === 1)).toBe(true);
    expect(known[1]!.every((k) => k === TUNING.insightFloor)).toBe(true);
  });

  it('lets the same initiative lift a measured segment more than an unmeasured one', () => {
    const state = freshGame(4);
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'listen', segment: 'key-accounts' });
    running(state, 'one-owner-complaints');
    const work = computeWork(scenario, state);
    // One owner per complaint lifts service in both segments; only key accounts were asked.
    expect(work.lifts.experience[0]!.service).toBeGreaterThan(
      2 * work.lifts.experience[1]!.service,
    );
  });

  it('stops counting a measurement as evidence once it is more than two quarters old', () => {
    const state = freshGame(4);
    answerDefaults(scenario, state);
    must(scenario, state, { type: 'listen', segment: 'key-accounts' });
    expect(evidenceQuality(state)).not.toBeNull();
    playUntil(scenario, state, 4);
    expect(isFresh(state.measured[0]!.stages.service!.quarter, state.quarter)).toBe(false);
    expect(evidenceQuality(state)).toBeNull();
  });
});

describe('silos, hand-offs and accountability (L1, L4, L5)', () => {
  it('carries more of every improvement through the hand-offs once the silos’ metrics are linked', () => {
    const state = freshGame(5);
    const before = handoffs(scenario, state);
    state.capabilities.linkage = 85;
    const after = handoffs(scenario, state);
    for (let k = 0; k < STAGES.length; k++) {
      expect(after.carry[k]!).toBeGreaterThanOrEqual(before.carry[k]!);
      expect(after.lifts[k]!).toBeGreaterThanOrEqual(0);
    }
    expect(sum(after.carry)).toBeGreaterThan(sum(before.carry));
  });

  it('makes a stage worse when a silo that delivers it stops trusting the CCO', () => {
    const state = freshGame(5);
    state.silos.find((s) => s.id === 'service-support')!.trust = 10;
    expect(handoffs(scenario, state).lifts[STAGES.indexOf('service')]!).toBeLessThan(0);
  });

  it('lets an overloaded silo deliver only its share', () => {
    const state = freshGame(5);
    for (const id of [
      'discretionary-fund',
      'one-owner-complaints',
      'judgement-over-rules',
      'next-day-swap',
    ])
      running(state, id);
    const j = scenario.silos.findIndex((s) => s.id === 'service-support');
    expect(deliveryShares(scenario, state)[j]!).toBeLessThan(1);
  });

  it('lets agreements fade without cross-silo linkage and hold with it', () => {
    const fading = freshGame(6);
    const held = freshGame(6);
    for (const state of [fading, held]) {
      answerDefaults(scenario, state);
      running(state, 'one-owner-complaints', 4);
    }
    held.capabilities.linkage = 100;
    playUntil(scenario, fading, 5);
    held.capabilities.linkage = 100;
    playUntil(scenario, held, 5);
    const commitment = (s: GameState) =>
      s.initiatives.find((r) => r.id === 'one-owner-complaints')!.partners[0]!.commitment;
    expect(commitment(fading)).toBeLessThan(0.9);
    expect(commitment(held)).toBeGreaterThan(commitment(fading));
  });
});

describe('the power core (L3)', () => {
  it('wins the core’s trust with a launch in its language and loses it with a frontal one', () => {
    const aligned = freshGame(8);
    const frontal = freshGame(8);
    answerDefaults(scenario, aligned);
    answerDefaults(scenario, frontal);
    const trust = (s: GameState) => s.silos.find((x) => x.id === 'field-sales')!.trust;
    const start = trust(aligned);
    must(scenario, aligned, { type: 'launch', initiative: 'renewals-in-quota', scale: 'full' });
    must(scenario, frontal, { type: 'launch', initiative: 'customer-task-force', scale: 'full' });
    expect(trust(aligned)).toBeGreaterThan(start);
    expect(trust(frontal)).toBeLessThan(start);
  });

  it('lets the power core carry more once it trusts the CCO', () => {
    const state = freshGame(8);
    const j = scenario.silos.findIndex((s) => s.id === scenario.coreSilo);
    const before = siloCapacity(scenario, state, j);
    state.silos[j]!.trust = 90;
    expect(siloCapacity(scenario, state, j)).toBe(before + TUNING.coreCapacityMax);
  });
});

describe('the front line (L10)', () => {
  it('wears engagement down under many initiatives unless staff are empowered', () => {
    const scripted = freshGame(9);
    const empowered = freshGame(9);
    const common = [
      'pulse-survey',
      'customer-ledger',
      'close-the-loop',
      'customer-value-model',
      'manager-calls',
      'onboarding-programme',
      'honest-proposals',
    ];
    for (const id of common) {
      running(scripted, id);
      running(empowered, id);
    }
    running(scripted, 'complete-delivery-kpi');
    running(empowered, 'judgement-over-rules');
    const a = computeWork(scenario, scripted);
    const b = computeWork(scenario, empowered);
    expect(a.strain * (1 - a.relief)).toBeGreaterThan(b.strain * (1 - b.relief));
  });
});

describe('pilots (L14)', () => {
  it('reads a pilot’s true effect within its stated uncertainty', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const state = freshGame(seed);
      answerDefaults(scenario, state);
      must(scenario, state, { type: 'launch', initiative: 'manager-calls', scale: 'pilot' });
      playUntil(scenario, state, 4);
      const run = state.initiatives.find((r) => r.id === 'manager-calls')!;
      const truth = state.effectFactors[scenario.initiatives.findIndex((d) => d.id === run.id)]!;
      expect(run.pilotReading).toBeDefined();
      expect(Math.abs(run.pilotReading!.share - truth)).toBeLessThanOrEqual(
        run.pilotReading!.uncertainty + 0.011,
      );
    }
  });
});

describe('no lesson can be skipped: the expert with one lesson taken away scores less', () => {
  const seeds = Array.from({ length: 12 }, (_, k) => 900 + k);
  const mean = (xs: number[]) => sum(xs) / xs.length;
  const expert = mean(scoresOf(scenario, EXPERT_PARAMS, undefined, STANDARD_DIFFICULTY, seeds));
  it.each(CONSTRAINTS.filter((c) => c !== 'report-only'))('%s', (constraint) => {
    const broken = mean(scoresOf(scenario, EXPERT_PARAMS, constraint, STANDARD_DIFFICULTY, seeds));
    expect(broken).toBeLessThan(expert - 20);
  });
  it('reporting without customer work is no better than doing nothing plus a little', () => {
    const reportOnly = mean(
      scoresOf(scenario, EXPERT_PARAMS, 'report-only', STANDARD_DIFFICULTY, seeds),
    );
    expect(reportOnly).toBeLessThan(expert / 2);
  });
});
