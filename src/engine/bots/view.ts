// What a player can see of the customers, for the bots that decide on it: per segment and stage,
// the latest measurement where one exists and leadership's belief elsewhere, what customers are
// known to expect, and why leavers left where exit reasons are fresh. The truth (the company's
// real experience, its blind spots, the initiatives' true effects) is never read here, so a bot
// that does not listen decides on beliefs exactly as a player would. Imports only engine modules.

import type { Scenario, Stage } from '../scenario-types';
import { STAGES } from '../scenario-types';
import type { GameState } from '../state-types';
import { isFresh } from '../insight';

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

/** A stage record's values in STAGES order (named reads: a keyed read per stage is slow). */
function inOrder<T>(values: Readonly<Partial<Record<Stage, T>>>): (T | undefined)[] {
  return [values.awareness, values.decision, values.purchase, values.service, values.repurchase];
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
    const segment = scenario.segments[i]!;
    const n = state.company.segments[i]!.customers;
    const seen = state.measured[i]!;
    const readings = inOrder(seen.stages);
    const beliefs = inOrder(state.beliefs[i]!);
    const expectations = inOrder(segment.expectations);
    // What customers are known to expect this quarter: the scenario's figures plus their drift.
    const drift = segment.expectationDrift * (state.quarter - 1);
    const shortfall: number[] = [];
    const measured: boolean[] = [];
    for (let k = 0; k < STAGES.length; k++) {
      const m = readings[k];
      if (m && isFresh(m.quarter, state.quarter)) freshData = true;
      shortfall.push(Math.min(100, expectations[k]! + drift) - (m ? m.value : beliefs[k]!));
      measured.push(m !== undefined);
    }
    let reasons: number[] | null = null;
    const why = seen.churnReasons;
    if (why && isFresh(why.quarter, state.quarter)) {
      freshData = true;
      const shares = inOrder(why.shares);
      let controllable = 0;
      for (let k = 0; k < STAGES.length; k++) controllable += shares[k]!;
      if (controllable > 0) reasons = shares.map((share) => share! / controllable);
    }
    if (seen.satisfaction && isFresh(seen.satisfaction.quarter, state.quarter)) freshData = true;
    segments.push({
      customers: n,
      customerShare: customers > 0 ? n / customers : 0,
      revenueShare: revenue > 0 ? (n * segment.revenuePerCustomer) / revenue : 0,
      shortfall,
      measured,
      reasons,
    });
  }
  return { segments, freshData };
}
