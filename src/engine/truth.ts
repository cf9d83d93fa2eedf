// What this company is really like, drawn once per seed (lessons L7, L14): the true experience of
// every stage, each segment's blind spot, what leadership believes instead, and how well each
// initiative really works here. A scenario tells the company's story; the seed decides where the
// story is wrong, so a plan learnt from the file alone cannot know it and only listening finds
// out. Every draw comes from a setup stream (`q00|…`) with a fixed number of draws per segment
// and initiative. Imports only engine modules.

import type { Initiative, Scenario, Segment, Stage } from './scenario-types';
import { STAGES } from './scenario-types';
import type { StageValues } from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import type { Draw } from './rng';
import { pickWeighted, stream, triangular } from './rng';
import { shortfallWeight } from './company';
import { listOf } from './lists';
import { TUNING } from './tuning';

/** The stages the power-core silo delivers (none for a customer-centred company). */
export function coreStages(scenario: Scenario): readonly Stage[] {
  if (!scenario.coreSilo) return [];
  return scenario.silos.find((s) => s.id === scenario.coreSilo)?.stages ?? [];
}

/** Stated lift each stage can get for a segment from the whole catalogue, in STAGES order. */
function coverage(scenario: Scenario, segment: Segment): number[] {
  return STAGES.map((stage) => {
    let total = 0;
    for (const def of scenario.initiatives) {
      if (def.segments.length > 0 && !def.segments.includes(segment.id)) continue;
      total += def.effects.experience?.[stage] ?? 0;
    }
    return total;
  });
}

/**
 * How likely each stage is to be a segment's blind spot, in STAGES order: a stage that matters to
 * it and that the catalogue can fix, the power core's own more often. Worked out once per scenario.
 */
function blindSpotOdds(scenario: Scenario): number[][] {
  let found = oddsTables.get(scenario);
  if (!found) {
    const owned = coreStages(scenario);
    found = scenario.segments.map((segment) => {
      const fixable = coverage(scenario, segment);
      return STAGES.map((stage, k) => {
        if (segment.weights[stage] < TUNING.blindSpotMinWeight) return 0;
        if (fixable[k]! < TUNING.blindSpotMinCoverage) return 0;
        return owned.includes(stage) ? TUNING.blindSpotCoreOdds : 1;
      });
    });
    oddsTables.set(scenario, found);
  }
  return found;
}

const oddsTables = new WeakMap<Scenario, number[][]>();

/** The blind spot of the i-th segment; when no stage qualifies, the stage it weighs most. */
function pickBlindSpot(scenario: Scenario, i: number, u: number): Stage {
  const picked = pickWeighted(blindSpotOdds(scenario)[i]!, u);
  if (picked >= 0) return STAGES[picked]!;
  const weights = scenario.segments[i]!.weights;
  let heaviest: Stage = 'service';
  for (const stage of STAGES) if (weights[stage] > weights[heaviest]) heaviest = stage;
  return heaviest;
}

export interface CompanyTruth {
  /** True starting experience per segment and stage, 0..100 (rounded to 0.01). */
  experience: StageValues[];
  /** Each segment's blind spot. */
  blindSpots: Stage[];
}

/**
 * The true starting experience. The scenario gives each stage's shortfall against what customers
 * expect; in truth most of it sits in one stage, the blind spot: the other stages keep only part
 * of their shortfall (give or take a few points), and the blind spot is as far short as it takes
 * for the segment to lose customers as the scenario's figures would (the same churn gap).
 */
export function drawTruth(scenario: Scenario, seed: number, crisisDrop: number): CompanyTruth {
  const draw = stream(seed, 0, 'truth');
  const share = scenario.organisation.blindSpot ?? TUNING.blindSpotShare;
  const experience: StageValues[] = [];
  const blindSpots: Stage[] = [];
  for (let i = 0; i < scenario.segments.length; i++) {
    const segment = scenario.segments[i]!;
    const spot = pickBlindSpot(scenario, i, draw());
    const w = segment.weights;
    const gaps = {} as StageValues;
    let story = 0;
    let others = 0;
    for (const stage of STAGES) {
      const gap = segment.expectations[stage] - segment.experience[stage];
      const noise = TUNING.truthSpread * triangular(draw);
      story += w[stage] * shortfallWeight(Math.max(0, gap));
      gaps[stage] = gap > 0 ? (1 - share) * gap + noise : gap + noise;
      if (stage !== spot) others += w[stage] * shortfallWeight(Math.max(0, gaps[stage]));
    }
    const own = Math.max(0, segment.expectations[spot] - segment.experience[spot]);
    gaps[spot] = clamp(
      shortfallFor((story - others) / w[spot]),
      own + TUNING.blindSpotMinGap,
      TUNING.blindSpotMaxGap,
    );
    const values = {} as StageValues;
    for (const stage of STAGES) {
      values[stage] = roundTo(
        clampPercent(segment.expectations[stage] - gaps[stage] - crisisDrop),
        2,
      );
    }
    experience.push(values);
    blindSpots.push(spot);
  }
  return { experience, blindSpots };
}

/**
 * The shortfall whose weight (`shortfallWeight`) is `weight`, found by halving (only + − × ÷, so
 * every JavaScript engine finds the same number).
 */
function shortfallFor(weight: number): number {
  let low = 0;
  let high = 100;
  for (let k = 0; k < 40; k++) {
    const mid = (low + high) / 2;
    if (shortfallWeight(mid) < weight) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * What leadership believes at the start: the company's story (the scenario's figures) plus its
 * optimism, more so about the stages the power core owns, with an error of its own per stage.
 * It knows nothing of the blind spot.
 */
export function drawBeliefs(scenario: Scenario, seed: number, crisisDrop: number): StageValues[] {
  const draw = stream(seed, 0, 'beliefs');
  const owned = coreStages(scenario);
  const bias = scenario.organisation.coreBias ?? TUNING.coreBias;
  return listOf(scenario.segments, (segment) => {
    const values = {} as StageValues;
    for (const stage of STAGES) {
      const noise = TUNING.beliefNoise * triangular(draw);
      const believed =
        segment.experience[stage] -
        crisisDrop +
        scenario.organisation.beliefGap +
        (owned.includes(stage) ? bias : 0) +
        noise;
      values[stage] = roundTo(clamp(believed, 0, TUNING.beliefCeiling), 2);
    }
    return values;
  });
}

/** Whether an initiative acts on customers or employees (experience, recovery, acquisition, engagement). */
export function hasCustomerEffects(def: Initiative): boolean {
  const e = def.effects;
  return e.experience !== undefined || !!e.recovery || !!e.acquisition || !!e.engagement;
}

/**
 * The range an initiative's true effect is drawn from: the scenario's, or the shared default for
 * initiatives that act on customers; what only measures or organises works as stated.
 */
export function effectRange(def: Initiative): { min: number; max: number } {
  if (def.effectRange) return def.effectRange;
  return hasCustomerEffects(def) ? TUNING.effectRange : CERTAIN;
}

const CERTAIN = { min: 1, max: 1 } as const;

/** Each initiative's true effect as a share of its stated one, in catalogue order (0.01 steps). */
export function drawEffectFactors(scenario: Scenario, seed: number): number[] {
  const draw: Draw = stream(seed, 0, 'effects');
  return listOf(scenario.initiatives, (def) => {
    const { min, max } = effectRange(def);
    return roundTo(min + (max - min) * draw(), 2);
  });
}
