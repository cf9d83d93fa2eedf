// What is known about the customers (lessons L7, L8): leadership's optimistic beliefs, the
// player's noisy measurements where listening exists, and the truth (kept for the debrief).
// Noise comes from one `q07|listening` stream per quarter with a fixed number of draws, so it
// does not depend on what the player listens to. Imports only engine modules.

import type { Reveal, Scenario } from './scenario-types';
import type {
  Flows,
  GameState,
  Measurement,
  SegmentMeasurements,
  StageValues,
} from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import { segmentSatisfaction } from './company';
import { commitment, deliveryShares, ramp } from './initiatives';
import { catalogue } from './lookup';
import type { Draw } from './rng';
import { purposeOf, stream, storedStream, triangular } from './rng';
import { TUNING } from './tuning';
import { isFresh } from './insight';
import { recordLesson } from './lessons';

/** Draws per segment per quarter: satisfaction, five stages, churn reasons (six shares). */
const DRAWS_PER_SEGMENT = 12;

/** The best uncertainty (± points) each kind of listening reaches now, or null where none runs. */
export function listeningReach(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  knownShares?: number[],
): Record<Reveal, number | null> {
  const best: Record<Reveal, number | null> = { scores: null, stages: null, churnReasons: null };
  const index = catalogue(scenario);
  const measurability =
    TUNING.measurabilityBase + (TUNING.measurabilitySlope * state.gauges.measurability) / 100;
  let shares: number[] | null = knownShares ?? null;
  for (const run of state.initiatives) {
    const def = index.get(run.id)!;
    if (!def.listening) continue;
    if (quarter % def.listening.cadence !== 0) continue;
    shares ??= deliveryShares(scenario, state);
    const coverage =
      ramp(def, run) * commitment(scenario, run, shares) * (run.scale === 'pilot' ? 0.6 : 1);
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

/**
 * How strong the player's customer evidence is (0..1), or null when there is none fresh enough to
 * bring: exit reasons are the strongest, open answers by stage next, bare scores weakest; old
 * measurements count for nothing (lesson L8).
 */
export function evidenceQuality(state: GameState): number | null {
  const q = state.quarter;
  let quality = -1;
  for (const m of state.measured) {
    if (m.churnReasons && isFresh(m.churnReasons.quarter, q)) quality = Math.max(quality, 1);
    if (anyFreshStage(m.stages, q)) quality = Math.max(quality, 0.7);
    if (m.satisfaction && isFresh(m.satisfaction.quarter, q)) quality = Math.max(quality, 0.3);
  }
  return quality < 0 ? null : quality;
}

/** Whether any stage was measured recently enough to count (the stages written out: hot path). */
function anyFreshStage(stages: SegmentMeasurements['stages'], q: number): boolean {
  return (
    freshReading(stages.awareness, q) ||
    freshReading(stages.decision, q) ||
    freshReading(stages.purchase, q) ||
    freshReading(stages.service, q) ||
    freshReading(stages.repurchase, q)
  );
}

function freshReading(measurement: Measurement | undefined, q: number): boolean {
  return measurement !== undefined && isFresh(measurement.quarter, q);
}

/** Refreshes the player's measurements after a quarter's resolution. */
export function refreshMeasurements(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  shares?: number[],
): void {
  const reach = listeningReach(scenario, state, quarter, shares);
  // Nothing listens this quarter: no draws are needed (every stream is separate, so skipping
  // this one changes no other draw).
  if (reach.scores === null && reach.stages === null && reach.churnReasons === null) return;
  const draw = stream(state.seed, quarter, 'listening');
  const noise: number[] = [];
  for (let i = 0; i < scenario.segments.length; i++) {
    for (let k = 0; k < DRAWS_PER_SEGMENT / 2; k++) noise[k] = triangular(draw);
    measureSegment(scenario, state, i, reach, noise, quarter, true);
  }
}

function measureSegment(
  scenario: Scenario,
  state: GameState,
  i: number,
  reach: Record<Reveal, number | null>,
  noise: number[],
  quarter: number,
  resolving: boolean,
): void {
  const segment = scenario.segments[i]!;
  const truth = state.company.segments[i]!;
  const measured = state.measured[i]!;
  if (reach.scores !== null) {
    const sat = segmentSatisfaction(segment, truth.experience, truth.expectations);
    measured.satisfaction = measure(sat, reach.scores, noise[0]!, quarter);
  }
  const uncertainty = reach.stages;
  if (uncertainty !== null) {
    // Stage k takes noise k + 1, in STAGES order (the order the stages are first stored in).
    const stages = measured.stages;
    const experience = truth.experience;
    stages.awareness = measure(experience.awareness, uncertainty, noise[1]!, quarter);
    stages.decision = measure(experience.decision, uncertainty, noise[2]!, quarter);
    stages.purchase = measure(experience.purchase, uncertainty, noise[3]!, quarter);
    stages.service = measure(experience.service, uncertainty, noise[4]!, quarter);
    stages.repurchase = measure(experience.repurchase, uncertainty, noise[5]!, quarter);
  }
  if (reach.churnReasons !== null) {
    // At the end of a quarter the leavers of this turn are counted; asked directly during a turn,
    // customers speak of the last one.
    const flows = quarter === state.quarter && !resolving ? truth.last : truth.turn;
    measured.churnReasons = churnReasons(flows, reach.churnReasons, noise[5]!, quarter);
  }
}

/** Shares of last quarter's leavers by reason, with noise spread over the stages. */
function churnReasons(flows: Flows, uncertainty: number, noise: number, quarter: number) {
  const total = flows.lostControllable + flows.lostUncontrollable;
  const shares = { awareness: 0, decision: 0, purchase: 0, service: 0, repurchase: 0, other: 0 };
  if (total > 0) {
    // The noise tilts the picture towards alternate stages (even positions up, odd down),
    // bounded by the uncertainty.
    const up = (1 * noise * uncertainty) / 100 / 5;
    const down = (-1 * noise * uncertainty) / 100 / 5;
    const lost = flows.lostByStage;
    shares.awareness = clamp(lost.awareness / total + up, 0, 1);
    shares.decision = clamp(lost.decision / total + down, 0, 1);
    shares.purchase = clamp(lost.purchase / total + up, 0, 1);
    shares.service = clamp(lost.service / total + down, 0, 1);
    shares.repurchase = clamp(lost.repurchase / total + up, 0, 1);
    shares.other = flows.lostUncontrollable / total;
    const sum =
      shares.other +
      shares.awareness +
      shares.decision +
      shares.purchase +
      shares.service +
      shares.repurchase;
    shares.awareness = shareOf(shares.awareness, sum);
    shares.decision = shareOf(shares.decision, sum);
    shares.purchase = shareOf(shares.purchase, sum);
    shares.service = shareOf(shares.service, sum);
    shares.repurchase = shareOf(shares.repurchase, sum);
    shares.other = shareOf(shares.other, sum);
  }
  return { quarter, uncertainty, shares };
}

function shareOf(part: number, sum: number): number {
  return roundTo(sum > 0 ? part / sum : 0, 3);
}

/** Listening to one segment directly: precise, current, for one segment only. */
export function listenDirectly(scenario: Scenario, state: GameState, i: number): void {
  const draw: Draw = storedStream(
    state.rng,
    state.seed,
    state.quarter,
    purposeOf('listen', scenario.segments[i]!.id),
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
    false,
  );
}

/** Leadership notices only part of each real change (lesson L7). */
export function updateBeliefs(state: GameState, before: StageValues[]): void {
  const segments = state.company.segments;
  for (let i = 0; i < segments.length; i++) {
    const beliefs = state.beliefs[i]!;
    const now = segments[i]!.experience;
    const then = before[i]!;
    beliefs.awareness = follow(beliefs.awareness, now.awareness - then.awareness);
    beliefs.decision = follow(beliefs.decision, now.decision - then.decision);
    beliefs.purchase = follow(beliefs.purchase, now.purchase - then.purchase);
    beliefs.service = follow(beliefs.service, now.service - then.service);
    beliefs.repurchase = follow(beliefs.repurchase, now.repurchase - then.repurchase);
  }
}

/** A belief after a real change of experience: it follows part of it. */
function follow(belief: number, change: number): number {
  return clamp(belief + TUNING.beliefFollow * change, 0, TUNING.beliefCeiling);
}

/** Believed satisfaction, company-wide and customer-weighted. */
export function believedSatisfaction(scenario: Scenario, state: GameState): number {
  let weighted = 0;
  let customers = 0;
  const segments = state.company.segments;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    weighted +=
      s.customers * segmentSatisfaction(scenario.segments[i]!, state.beliefs[i]!, s.expectations);
    customers += s.customers;
  }
  return customers === 0 ? 0 : weighted / customers;
}

/** Measured satisfaction, customer-weighted over the segments measured, with its uncertainty. */
export function measuredSatisfaction(
  state: GameState,
): { value: number; uncertainty: number } | null {
  let weighted = 0;
  let uncertainty = 0;
  let customers = 0;
  const measured = state.measured;
  for (let i = 0; i < measured.length; i++) {
    const satisfaction = measured[i]!.satisfaction;
    if (!satisfaction) continue;
    const n = state.company.segments[i]!.customers;
    weighted += n * satisfaction.value;
    uncertainty += n * satisfaction.uncertainty;
    customers += n;
  }
  if (customers === 0) return null;
  return {
    value: roundTo(weighted / customers, 1),
    uncertainty: roundTo(uncertainty / customers, 1),
  };
}

/**
 * Notes lesson L7 the first time a measurement shows how far belief is from what customers say.
 * `believed` and `measured` are the believed and measured satisfaction now, when the caller has
 * them.
 */
export function noteBeliefGap(
  scenario: Scenario,
  state: GameState,
  believed = believedSatisfaction(scenario, state),
  measured = measuredSatisfaction(state),
): void {
  // A fresh measurement of a blind spot, far below what leadership believes (lesson L7).
  for (let i = 0; i < state.measured.length; i++) {
    const spot = state.blindSpots[i]!;
    const seen = state.measured[i]!.stages[spot];
    if (!seen || !isFresh(seen.quarter, state.quarter)) continue;
    const belief = state.beliefs[i]![spot];
    if (belief - seen.value >= 15) {
      recordLesson(state, 'L7', 'met', { type: 'resolution' }, 'lesson.L7.found-blind-spot', {
        segment: scenario.segments[i]!.id,
        stage: spot,
        believed: Math.round(belief),
        measured: Math.round(seen.value),
      });
    }
  }
  if (!measured) return;
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
