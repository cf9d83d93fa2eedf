// The company's customers over one quarter: experience moves towards its target, expectations
// rise, each segment wins and loses customers (lesson L2), revenue and profit follow. The player's
// company and its do-nothing twin both go through here with the same market draws.
// Imports only engine modules.

import type { Scenario, Segment, Stage } from './scenario-types';
import { STAGES } from './scenario-types';
import type { CompanyState, Flows, SegmentState, StageValues } from './state-types';
import { clamp, clampPercent } from './numbers';
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
    if (diff < 0) gap -= segment.weights[stage] * diff;
    else delight += segment.weights[stage] * diff;
  }
  return { gap, delight };
}

/** Satisfaction index of one segment, 0..100 (50 = experience meets expectations). */
export function segmentSatisfaction(
  segment: Segment,
  experience: StageValues,
  expectations: StageValues,
): number {
  // Delight minus gap is simply the weighted difference of experience and expectation.
  let edge = 0;
  for (const stage of STAGES)
    edge += segment.weights[stage] * (experience[stage] - expectations[stage]);
  return clampPercent(50 + TUNING.satisfactionSlope * edge);
}

/** Customer-weighted satisfaction of the whole company, 0..100. */
export function companySatisfaction(scenario: Scenario, company: CompanyState): number {
  let weighted = 0;
  let customers = 0;
  company.segments.forEach((state, i) => {
    const segment = scenario.segments[i]!;
    weighted +=
      state.customers * segmentSatisfaction(segment, state.experience, state.expectations);
    customers += state.customers;
  });
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

/** Acquisition multiplier from how awareness and decision compare with expectations. */
export function acquisitionFactor(experience: StageValues, expectations: StageValues): number {
  const edge =
    (experience.awareness - expectations.awareness + experience.decision - expectations.decision) /
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
  company.segments.forEach((s, i) => {
    revenue += s.customers * scenario.segments[i]!.revenuePerCustomer;
  });
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

  company.segments.forEach((state, i) => {
    const segment = scenario.segments[i]!;
    const lift = lifts?.experience[i];
    for (const stage of STAGES) {
      const employeeMade = stage === 'service' || stage === 'purchase' ? engagementEdge : 0;
      const target = clampPercent(state.level[stage] + (lift ? lift[stage] : 0) + employeeMade);
      state.experience[stage] = clampPercent(
        state.experience[stage] + TUNING.experienceInertia * (target - state.experience[stage]),
      );
      state.expectations[stage] = clampPercent(
        state.expectations[stage] + segment.expectationDrift,
      );
    }
    churnAndWin(segment, state, lifts?.recovery[i] ?? 0, lifts?.acquisition[i] ?? 0, draws, i);
  });

  company.revenue = companyRevenue(scenario, company);
  company.cumulativeProfit += company.revenue * scenario.company.margin - spending;
}

function churnAndWin(
  segment: Segment,
  state: SegmentState,
  recovery: number,
  acquisitionBoost: number,
  draws: MarketDraws,
  i: number,
): void {
  let gap = 0;
  let delight = 0;
  for (const stage of STAGES) {
    const diff = state.experience[stage] - state.expectations[stage];
    if (diff < 0) gap -= segment.weights[stage] * diff;
    else delight += segment.weights[stage] * diff;
  }
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
    awareness: blameOf(segment, state, 'awareness'),
    decision: blameOf(segment, state, 'decision'),
    purchase: blameOf(segment, state, 'purchase'),
    service: blameOf(segment, state, 'service'),
    repurchase: blameOf(segment, state, 'repurchase'),
  };
  addFlows(state, won, lostControllable, lostUncontrollable, splitWhole(lostControllable, blame));
}

function blameOf(segment: Segment, state: SegmentState, stage: Stage): number {
  const short = state.expectations[stage] - state.experience[stage];
  return segment.weights[stage] * (short > TUNING.reasonFloor ? short : TUNING.reasonFloor);
}

const exactShares = [0, 0, 0, 0, 0];
const remainders = [0, 0, 0, 0, 0];

/**
 * Splits a whole number over stages in proportion to the weights (largest remainder; the earlier
 * stage wins a tie). Runs in the hot loop, so it reuses two scratch arrays.
 */
export function splitWhole(total: number, weights: StageValues): StageValues {
  const result = zeroStages();
  let weightSum = 0;
  for (let k = 0; k < 5; k++) {
    exactShares[k] = weights[STAGES[k]!];
    weightSum += exactShares[k]!;
  }
  if (total <= 0 || weightSum <= 0) return result;
  let given = 0;
  for (let k = 0; k < 5; k++) {
    const exact = (total * exactShares[k]!) / weightSum;
    const whole = Math.floor(exact);
    result[STAGES[k]!] = whole;
    remainders[k] = exact - whole;
    given += whole;
  }
  // At most four whole customers are left over: each goes to the largest remainder still unserved.
  while (given < total) {
    let best = 0;
    for (let k = 1; k < 5; k++) if (remainders[k]! > remainders[best]!) best = k;
    result[STAGES[best]!] += 1;
    remainders[best] = -1;
    given += 1;
  }
  return result;
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

/** A new company as the scenario starts it; a churn crisis starts with worse experience. */
export function newCompany(scenario: Scenario, crisis: boolean, engagement: number): CompanyState {
  const crisisDrop = crisis ? 6 : 0;
  const company: CompanyState = {
    segments: scenario.segments.map((segment) => {
      const experience = stageValues((stage) =>
        clampPercent(segment.experience[stage] - crisisDrop),
      );
      return {
        customers: segment.customers,
        cohort: segment.customers,
        experience,
        level: { ...experience },
        expectations: { ...segment.expectations },
        turn: emptyFlows(),
        last: emptyFlows(),
        total: emptyFlows(),
      };
    }),
    engagement,
    revenue: 0,
    cumulativeProfit: 0,
  };
  company.revenue = companyRevenue(scenario, company);
  return company;
}
