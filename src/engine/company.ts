// The company's customers over one quarter: experience moves towards its target, expectations
// rise, each segment wins and loses customers (lesson L2), revenue and profit follow. The player's
// company and its do-nothing twin both go through here with the same market draws.
// Imports only engine modules.

import type { Scenario, Segment, Stage } from './scenario-types';
import { STAGES } from './scenario-types';
import type { CompanyState, Flows, SegmentState, StageValues } from './state-types';
import { clamp, clampPercent } from './numbers';
import { listOf } from './lists';
import { TUNING } from './tuning';

export function stageValues(fill: (stage: Stage) => number): StageValues {
  return {
    awareness: fill('awareness'),
    decision: fill('decision'),
    purchase: fill('purchase'),
    service: fill('service'),
    repurchase: fill('repurchase'),
  };
}

/** Zero for every stage (a literal: this runs in the hot loop). */
export function zeroStages(): StageValues {
  return { awareness: 0, decision: 0, purchase: 0, service: 0, repurchase: 0 };
}

export function emptyFlows(): Flows {
  return {
    won: 0,
    lostControllable: 0,
    lostUncontrollable: 0,
    lostByStage: zeroStages(),
  };
}

/**
 * How much a stage's shortfall drives customers away, in gap points: one point per point short,
 * plus more the further a stage falls behind (lessons L1, L13). One stage far below what customers
 * expect drives more of them away than several a little short: customers judge by the worst of
 * the journey.
 */
export function shortfallWeight(short: number): number {
  return short + (short * short) / TUNING.gapCurve;
}

/** Weighted gap and delight of one segment: how far experience falls short of, or beats, expectations. */
export function experienceGap(
  segment: Segment,
  experience: StageValues,
  expectations: StageValues,
): { gap: number; delight: number } {
  let gap = 0;
  let delight = 0;
  for (const stage of STAGES) {
    const diff = experience[stage] - expectations[stage];
    if (diff < 0) gap += segment.weights[stage] * shortfallWeight(-diff);
    else delight += segment.weights[stage] * diff;
  }
  return { gap, delight };
}

/**
 * How a stage's difference from expectation feels, in points: a shortfall in full, experience
 * beyond what customers expect only at the delight share (lesson L13).
 */
function felt(diff: number): number {
  return diff < 0 ? diff : TUNING.delightShare * diff;
}

/** Satisfaction index of one segment, 0..100 (50 = experience meets expectations). */
export function segmentSatisfaction(
  segment: Segment,
  experience: StageValues,
  expectations: StageValues,
): number {
  // The stages are written out (in STAGES order) because this runs several times per segment per
  // quarter.
  const w = segment.weights;
  const edge =
    0 +
    w.awareness * felt(experience.awareness - expectations.awareness) +
    w.decision * felt(experience.decision - expectations.decision) +
    w.purchase * felt(experience.purchase - expectations.purchase) +
    w.service * felt(experience.service - expectations.service) +
    w.repurchase * felt(experience.repurchase - expectations.repurchase);
  return clampPercent(50 + TUNING.satisfactionSlope * edge);
}

/** Customer-weighted satisfaction of the whole company, 0..100. */
export function companySatisfaction(scenario: Scenario, company: CompanyState): number {
  let weighted = 0;
  let customers = 0;
  const segments = company.segments;
  for (let i = 0; i < segments.length; i++) {
    const state = segments[i]!;
    weighted +=
      state.customers *
      segmentSatisfaction(scenario.segments[i]!, state.experience, state.expectations);
    customers += state.customers;
  }
  return customers === 0 ? 0 : weighted / customers;
}

/**
 * Quarterly controllable churn rate of a segment, before recovery and noise: it grows with the
 * experience gap and shrinks (at half the slope) with delight. Clamped so a segment can neither
 * become immortal nor vanish in one quarter.
 */
export function controllableChurnRate(segment: Segment, gap: number, delight: number): number {
  const rate =
    segment.baseChurn + segment.churnPerGapPoint * (gap - TUNING.delightRelief * delight);
  return clamp(rate, TUNING.churnFloor, TUNING.churnCap);
}

/**
 * Acquisition multiplier from how awareness and decision compare with expectations; beyond what
 * prospects expect, more of the same wins few extra customers.
 */
export function acquisitionFactor(experience: StageValues, expectations: StageValues): number {
  const edge =
    (felt(experience.awareness - expectations.awareness) +
      felt(experience.decision - expectations.decision)) /
    2;
  return clamp(1 + TUNING.acquisitionPerPoint * edge, TUNING.acquisitionMin, TUNING.acquisitionMax);
}

export function totalCustomers(company: CompanyState): number {
  let total = 0;
  for (const s of company.segments) total += s.customers;
  return total;
}

export function startingCustomersLeft(company: CompanyState): number {
  let total = 0;
  for (const s of company.segments) total += s.cohort;
  return total;
}

export function companyRevenue(scenario: Scenario, company: CompanyState): number {
  let revenue = 0;
  const segments = company.segments;
  for (let i = 0; i < segments.length; i++)
    revenue += segments[i]!.customers * scenario.segments[i]!.revenuePerCustomer;
  return revenue;
}

/** What the CCO's work adds this quarter, per segment (the twin gets none). */
export interface CompanyLifts {
  /** Points added to each segment's experience target, per stage. */
  experience: StageValues[];
  /** Share of controllable churn won back, per segment, 0..recoveryCap. */
  recovery: number[];
  /** Extra acquisition as a share of the base, per segment. */
  acquisition: number[];
  /** Engagement target. */
  engagementTarget: number;
}

/** Noise for one quarter, each in [-1, 1], per segment; shared by the player and the twin. */
export interface MarketDraws {
  churn: number[];
  uncontrollable: number[];
  acquisition: number[];
}

/**
 * Advances one company by one quarter and returns its flows. Spending is the CCO's budget spent
 * this quarter, which comes out of customer profit.
 */
export function advanceCompany(
  scenario: Scenario,
  company: CompanyState,
  lifts: CompanyLifts | null,
  draws: MarketDraws,
  engagementStart: number,
  spending: number,
): void {
  company.engagement = clampPercent(
    company.engagement +
      TUNING.engagementInertia *
        ((lifts?.engagementTarget ?? engagementStart) - company.engagement),
  );
  const engagementEdge = TUNING.engagementToExperience * (company.engagement - engagementStart);

  const segments = company.segments;
  for (let i = 0; i < segments.length; i++) {
    const state = segments[i]!;
    const segment = scenario.segments[i]!;
    const lift = lifts?.experience[i];
    // Stage by stage (written out: this is the hot loop); employees make purchase and service.
    const level = state.level;
    const experience = state.experience;
    experience.awareness = moveExperience(
      level.awareness,
      lift ? lift.awareness : 0,
      0,
      experience.awareness,
    );
    experience.decision = moveExperience(
      level.decision,
      lift ? lift.decision : 0,
      0,
      experience.decision,
    );
    experience.purchase = moveExperience(
      level.purchase,
      lift ? lift.purchase : 0,
      engagementEdge,
      experience.purchase,
    );
    experience.service = moveExperience(
      level.service,
      lift ? lift.service : 0,
      engagementEdge,
      experience.service,
    );
    experience.repurchase = moveExperience(
      level.repurchase,
      lift ? lift.repurchase : 0,
      0,
      experience.repurchase,
    );
    const expectations = state.expectations;
    const drift = segment.expectationDrift;
    expectations.awareness = clampPercent(expectations.awareness + drift);
    expectations.decision = clampPercent(expectations.decision + drift);
    expectations.purchase = clampPercent(expectations.purchase + drift);
    expectations.service = clampPercent(expectations.service + drift);
    expectations.repurchase = clampPercent(expectations.repurchase + drift);
    churnAndWin(segment, state, lifts?.recovery[i] ?? 0, lifts?.acquisition[i] ?? 0, draws, i);
  }

  company.revenue = companyRevenue(scenario, company);
  company.cumulativeProfit += company.revenue * scenario.company.margin - spending;
}

/** One stage's experience after a quarter: it closes part of the way to its target. */
function moveExperience(level: number, lift: number, employeeMade: number, now: number): number {
  const target = clampPercent(level + lift + employeeMade);
  return clampPercent(now + TUNING.experienceInertia * (target - now));
}

function churnAndWin(
  segment: Segment,
  state: SegmentState,
  recovery: number,
  acquisitionBoost: number,
  draws: MarketDraws,
  i: number,
): void {
  // experienceGap, written out stage by stage for the hot loop.
  const w = segment.weights;
  const x = state.experience;
  const e = state.expectations;
  const k = TUNING.gapCurve;
  let gap = 0;
  let delight = 0;
  let short = e.awareness - x.awareness;
  if (short > 0) gap += w.awareness * (short + (short * short) / k);
  else delight -= w.awareness * short;
  short = e.decision - x.decision;
  if (short > 0) gap += w.decision * (short + (short * short) / k);
  else delight -= w.decision * short;
  short = e.purchase - x.purchase;
  if (short > 0) gap += w.purchase * (short + (short * short) / k);
  else delight -= w.purchase * short;
  short = e.service - x.service;
  if (short > 0) gap += w.service * (short + (short * short) / k);
  else delight -= w.service * short;
  short = e.repurchase - x.repurchase;
  if (short > 0) gap += w.repurchase * (short + (short * short) / k);
  else delight -= w.repurchase * short;
  const controllableRate =
    controllableChurnRate(segment, gap, delight) *
    (1 - recovery) *
    (1 + TUNING.churnNoise * (draws.churn[i] ?? 0));
  const uncontrollableRate =
    segment.uncontrollableChurn * (1 + TUNING.uncontrollableNoise * (draws.uncontrollable[i] ?? 0));

  const before = state.customers;
  const lostControllable = Math.min(before, Math.round(before * controllableRate));
  const lostUncontrollable = Math.min(
    before - lostControllable,
    Math.round(before * uncontrollableRate),
  );
  const won = Math.round(
    segment.customers *
      segment.acquisition *
      acquisitionFactor(state.experience, state.expectations) *
      (1 + acquisitionBoost) *
      (1 + TUNING.acquisitionNoise * (draws.acquisition[i] ?? 0)),
  );
  state.customers = before - lostControllable - lostUncontrollable + won;
  state.cohort *= 1 - clamp(controllableRate + uncontrollableRate, 0, 1);

  // Blame for controllable losses goes to stages by weight × shortfall (floored so no stage is
  // ever blameless), and whole customers are handed out largest remainder first.
  const blame = {
    awareness: blameOf(w.awareness, e.awareness, x.awareness),
    decision: blameOf(w.decision, e.decision, x.decision),
    purchase: blameOf(w.purchase, e.purchase, x.purchase),
    service: blameOf(w.service, e.service, x.service),
    repurchase: blameOf(w.repurchase, e.repurchase, x.repurchase),
  };
  addFlows(state, won, lostControllable, lostUncontrollable, splitWhole(lostControllable, blame));
}

/** A stage's share of the blame: its weight × what its shortfall weighs (floored). */
function blameOf(weight: number, expectation: number, experience: number): number {
  const short = expectation - experience;
  return weight * (short > TUNING.reasonFloor ? shortfallWeight(short) : TUNING.reasonFloor);
}

const exactShares = [0, 0, 0, 0, 0];
const wholeShares = [0, 0, 0, 0, 0];
const remainders = [0, 0, 0, 0, 0];

/**
 * Splits a whole number over stages in proportion to the weights (largest remainder; the earlier
 * stage wins a tie). Runs in the hot loop, so it works in three scratch arrays (in STAGES order).
 */
export function splitWhole(total: number, weights: StageValues): StageValues {
  exactShares[0] = weights.awareness;
  exactShares[1] = weights.decision;
  exactShares[2] = weights.purchase;
  exactShares[3] = weights.service;
  exactShares[4] = weights.repurchase;
  let weightSum = 0;
  for (let k = 0; k < 5; k++) weightSum += exactShares[k]!;
  if (total <= 0 || weightSum <= 0) return zeroStages();
  let given = 0;
  for (let k = 0; k < 5; k++) {
    const exact = (total * exactShares[k]!) / weightSum;
    const whole = Math.floor(exact);
    wholeShares[k] = whole;
    remainders[k] = exact - whole;
    given += whole;
  }
  // At most four whole customers are left over: each goes to the largest remainder still unserved.
  while (given < total) {
    let best = 0;
    for (let k = 1; k < 5; k++) if (remainders[k]! > remainders[best]!) best = k;
    wholeShares[best]! += 1;
    remainders[best] = -1;
    given += 1;
  }
  return {
    awareness: wholeShares[0]!,
    decision: wholeShares[1]!,
    purchase: wholeShares[2]!,
    service: wholeShares[3]!,
    repurchase: wholeShares[4]!,
  };
}

export function addFlows(
  state: SegmentState,
  won: number,
  lostControllable: number,
  lostUncontrollable: number,
  byStage: StageValues,
): void {
  addTo(state.turn, won, lostControllable, lostUncontrollable, byStage);
  addTo(state.total, won, lostControllable, lostUncontrollable, byStage);
}

function addTo(
  flows: Flows,
  won: number,
  lostControllable: number,
  lostUncontrollable: number,
  byStage: StageValues,
): void {
  flows.won += won;
  flows.lostControllable += lostControllable;
  flows.lostUncontrollable += lostUncontrollable;
  const lost = flows.lostByStage;
  lost.awareness += byStage.awareness;
  lost.decision += byStage.decision;
  lost.purchase += byStage.purchase;
  lost.service += byStage.service;
  lost.repurchase += byStage.repurchase;
}

/** A new company as the scenario starts it, with this seed's true experience per segment. */
export function newCompany(
  scenario: Scenario,
  experience: readonly StageValues[],
  engagement: number,
): CompanyState {
  const company: CompanyState = {
    segments: listOf(scenario.segments, (segment, i) => ({
      customers: segment.customers,
      cohort: segment.customers,
      experience: { ...experience[i]! },
      level: { ...experience[i]! },
      expectations: { ...segment.expectations },
      turn: emptyFlows(),
      last: emptyFlows(),
      total: emptyFlows(),
    })),
    engagement,
    revenue: 0,
    cumulativeProfit: 0,
  };
  company.revenue = companyRevenue(scenario, company);
  return company;
}
