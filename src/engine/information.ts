// What is known about the customers (lessons L7, L8): leadership's optimistic beliefs, the
// player's noisy measurements where listening exists, and the truth (kept for the debrief).
// Noise comes from one `q07|listening` stream per quarter with a fixed number of draws, so it
// does not depend on what the player listens to. Imports only engine modules.

import type { Reveal, Scenario, Stage } from './scenario-types';
import { STAGES } from './scenario-types';
import type { GameState, Measurement, StageValues } from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import { segmentSatisfaction } from './company';
import { commitment, ramp } from './initiatives';
import { catalogue } from './lookup';
import type { Draw } from './rng';
import { stream, storedStream, triangular } from './rng';
import { TUNING } from './tuning';
import { recordLesson } from './lessons';

/** Draws per segment per quarter: satisfaction, five stages, churn reasons (six shares). */
const DRAWS_PER_SEGMENT = 12;

/** The best uncertainty (± points) each kind of listening reaches now, or null where none runs. */
export function listeningReach(
  scenario: Scenario,
  state: GameState,
  quarter: number,
): Record<Reveal, number | null> {
  const best: Record<Reveal, number | null> = { scores: null, stages: null, churnReasons: null };
  const index = catalogue(scenario);
  const measurability =
    TUNING.measurabilityBase + (TUNING.measurabilitySlope * state.gauges.measurability) / 100;
  for (const run of state.initiatives) {
    const def = index.get(run.id)!;
    if (!def.listening) continue;
    if (quarter % def.listening.cadence !== 0) continue;
    const coverage = ramp(def, run) * commitment(run) * (run.scale === 'pilot' ? 0.6 : 1);
    if (coverage <= 0.05) continue;
    const uncertainty = roundTo(def.listening.precision / (coverage * measurability), 1);
    for (const reveal of def.listening.reveals) {
      const current = best[reveal];
      if (current === null || uncertainty < current) best[reveal] = uncertainty;
    }
  }
  return best;
}

function measure(truth: number, uncertainty: number, noise: number, quarter: number): Measurement {
  return {
    value: roundTo(clampPercent(truth + noise * uncertainty), 1),
    uncertainty: Math.min(40, uncertainty),
    quarter,
  };
}

/** Refreshes the player's measurements after a quarter's resolution. */
export function refreshMeasurements(scenario: Scenario, state: GameState, quarter: number): void {
  const reach = listeningReach(scenario, state, quarter);
  // Nothing listens this quarter: no draws are needed (every stream is separate, so skipping
  // this one changes no other draw).
  if (reach.scores === null && reach.stages === null && reach.churnReasons === null) return;
  const draw = stream(state.seed, quarter, 'listening');
  scenario.segments.forEach((segment, i) => {
    const noise: number[] = [];
    for (let k = 0; k < DRAWS_PER_SEGMENT / 2; k++) noise.push(triangular(draw));
    measureSegment(scenario, state, i, reach, noise, quarter);
  });
}

function measureSegment(
  scenario: Scenario,
  state: GameState,
  i: number,
  reach: Record<Reveal, number | null>,
  noise: number[],
  quarter: number,
): void {
  const segment = scenario.segments[i]!;
  const truth = state.company.segments[i]!;
  const measured = state.measured[i]!;
  if (reach.scores !== null) {
    const sat = segmentSatisfaction(segment, truth.experience, truth.expectations);
    measured.satisfaction = measure(sat, reach.scores, noise[0]!, quarter);
  }
  if (reach.stages !== null) {
    STAGES.forEach((stage, k) => {
      measured.stages[stage] = measure(
        truth.experience[stage],
        reach.stages!,
        noise[(k + 1) % 6]!,
        quarter,
      );
    });
  }
  if (reach.churnReasons !== null) {
    measured.churnReasons = churnReasons(state, i, reach.churnReasons, noise[5]!, quarter);
  }
}

/** Shares of last quarter's leavers by reason, with noise spread over the stages. */
function churnReasons(
  state: GameState,
  i: number,
  uncertainty: number,
  noise: number,
  quarter: number,
) {
  const flows = state.company.segments[i]!.turn;
  const total = flows.lostControllable + flows.lostUncontrollable;
  const shares = { awareness: 0, decision: 0, purchase: 0, service: 0, repurchase: 0, other: 0 };
  if (total > 0) {
    STAGES.forEach((stage, k) => {
      // The noise tilts the picture towards alternate stages, bounded by the uncertainty.
      const tilt = ((k % 2 === 0 ? 1 : -1) * noise * uncertainty) / 100;
      shares[stage] = clamp(flows.lostByStage[stage] / total + tilt / 5, 0, 1);
    });
    shares.other = flows.lostUncontrollable / total;
    const sum = STAGES.reduce((acc, s) => acc + shares[s], shares.other);
    for (const key of Object.keys(shares) as (Stage | 'other')[]) {
      shares[key] = roundTo(sum > 0 ? shares[key] / sum : 0, 3);
    }
  }
  return { quarter, uncertainty, shares };
}

/** Listening to one segment directly: precise, current, for one segment only. */
export function listenDirectly(scenario: Scenario, state: GameState, i: number): void {
  const draw: Draw = storedStream(
    state.rng,
    state.seed,
    state.quarter,
    `listen|${scenario.segments[i]!.id}`,
  );
  const noise: number[] = [];
  for (let k = 0; k < 6; k++) noise.push(triangular(draw));
  const p = TUNING.directListeningPrecision;
  // Measured "now": the quarter being played, from what the customers say today.
  measureSegment(
    scenario,
    state,
    i,
    { scores: p, stages: p, churnReasons: p + 2 },
    noise,
    state.quarter,
  );
}

/** Leadership notices only part of each real change (lesson L7). */
export function updateBeliefs(state: GameState, before: StageValues[]): void {
  state.company.segments.forEach((segment, i) => {
    const beliefs = state.beliefs[i]!;
    for (const stage of STAGES) {
      const change = segment.experience[stage] - before[i]![stage];
      beliefs[stage] = clamp(
        beliefs[stage] + TUNING.beliefFollow * change,
        0,
        TUNING.beliefCeiling,
      );
    }
  });
}

/** Believed satisfaction, company-wide and customer-weighted. */
export function believedSatisfaction(scenario: Scenario, state: GameState): number {
  let weighted = 0;
  let customers = 0;
  state.company.segments.forEach((s, i) => {
    weighted +=
      s.customers * segmentSatisfaction(scenario.segments[i]!, state.beliefs[i]!, s.expectations);
    customers += s.customers;
  });
  return customers === 0 ? 0 : weighted / customers;
}

/** Measured satisfaction, customer-weighted over the segments measured, with its uncertainty. */
export function measuredSatisfaction(
  state: GameState,
): { value: number; uncertainty: number } | null {
  let weighted = 0;
  let uncertainty = 0;
  let customers = 0;
  state.measured.forEach((m, i) => {
    if (!m.satisfaction) return;
    const n = state.company.segments[i]!.customers;
    weighted += n * m.satisfaction.value;
    uncertainty += n * m.satisfaction.uncertainty;
    customers += n;
  });
  if (customers === 0) return null;
  return {
    value: roundTo(weighted / customers, 1),
    uncertainty: roundTo(uncertainty / customers, 1),
  };
}

/** Notes lesson L7 the first time a measurement shows how far belief is from what customers say. */
export function noteBeliefGap(scenario: Scenario, state: GameState): void {
  const measured = measuredSatisfaction(state);
  if (!measured) return;
  const believed = believedSatisfaction(scenario, state);
  if (believed - measured.value >= 15) {
    recordLesson(state, 'L7', 'met', { type: 'resolution' }, 'lesson.L7.gap-found', {
      believed: Math.round(believed),
      measured: Math.round(measured.value),
    });
  }
}

/** What leadership believes one segment's satisfaction is (lesson L7), 0..100. */
export function believedSegmentSatisfaction(
  scenario: Scenario,
  state: GameState,
  index: number,
): number {
  return segmentSatisfaction(
    scenario.segments[index]!,
    state.beliefs[index]!,
    state.company.segments[index]!.expectations,
  );
}
