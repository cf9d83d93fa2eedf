// What a player can see of the customers, for the bots that decide on it: per segment and stage,
// the latest measurement where one exists and leadership's belief elsewhere, what customers are
// known to expect, and why leavers left where exit reasons are fresh. The truth (the company's
// real experience, its blind spots, the initiatives' true effects) is never read here, so a bot
// that does not listen decides on beliefs exactly as a player would. Imports only engine modules.

import type { Scenario } from '../scenario-types';
import { STAGES } from '../scenario-types';
import type { GameState } from '../state-types';
import { isFresh } from '../information';

export interface SegmentView {
  /** Customers now, and their share of all customers and of all revenue. */
  readonly customers: number;
  readonly customerShare: number;
  readonly revenueShare: number;
  /** The shortfall the player sees per stage, in STAGES order: expected minus seen, in points. */
  readonly shortfall: number[];
  /** Whether each stage's value was measured (at any age), in STAGES order. */
  readonly measured: boolean[];
  /** Share of controllable leavers blaming each stage (fresh exit reasons), or null. */
  readonly reasons: number[] | null;
}

export interface PlayerView {
  readonly segments: SegmentView[];
  /** Whether any fresh measurement exists (something to bring to a talk or a report). */
  readonly freshData: boolean;
}

/** What customers are known to expect in a quarter: the scenario's figures plus their drift. */
function expected(scenario: Scenario, i: number, stage: number, quarter: number): number {
  const segment = scenario.segments[i]!;
  return Math.min(
    100,
    segment.expectations[STAGES[stage]!] + segment.expectationDrift * (quarter - 1),
  );
}

export function playerView(scenario: Scenario, state: GameState): PlayerView {
  let customers = 0;
  let revenue = 0;
  for (let i = 0; i < scenario.segments.length; i++) {
    const n = state.company.segments[i]!.customers;
    customers += n;
    revenue += n * scenario.segments[i]!.revenuePerCustomer;
  }
  let freshData = false;
  const segments: SegmentView[] = [];
  for (let i = 0; i < scenario.segments.length; i++) {
    const n = state.company.segments[i]!.customers;
    const seen = state.measured[i]!;
    const beliefs = state.beliefs[i]!;
    const shortfall: number[] = [];
    const measured: boolean[] = [];
    for (let k = 0; k < STAGES.length; k++) {
      const stage = STAGES[k]!;
      const m = seen.stages[stage];
      if (m && isFresh(m.quarter, state.quarter)) freshData = true;
      shortfall.push(expected(scenario, i, k, state.quarter) - (m ? m.value : beliefs[stage]));
      measured.push(m !== undefined);
    }
    let reasons: number[] | null = null;
    const why = seen.churnReasons;
    if (why && isFresh(why.quarter, state.quarter)) {
      freshData = true;
      let controllable = 0;
      for (const stage of STAGES) controllable += why.shares[stage];
      if (controllable > 0) reasons = STAGES.map((stage) => why.shares[stage] / controllable);
    }
    if (seen.satisfaction && isFresh(seen.satisfaction.quarter, state.quarter)) freshData = true;
    segments.push({
      customers: n,
      customerShare: customers > 0 ? n / customers : 0,
      revenueShare: revenue > 0 ? (n * scenario.segments[i]!.revenuePerCustomer) / revenue : 0,
      shortfall,
      measured,
      reasons,
    });
  }
  return { segments, freshData };
}
