// What a player can see of the customers, for the bots that decide on it: per segment and stage,
// the latest measurement where one exists and leadership's belief elsewhere, what customers are
// known to expect, and why leavers left where exit reasons are fresh. The truth (the company's
// real experience, its blind spots, the initiatives' true effects) is never read here, so a bot
// that does not listen decides on beliefs exactly as a player would. Imports only engine modules.

import type { Scenario, Stage } from '../scenario-types';
import type { GameState, Measurement } from '../state-types';
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

const expectationTables = new WeakMap<Scenario, number[][]>();

/** Each segment's starting expectations in STAGES order, worked out once per scenario. */
function expectationsOf(scenario: Scenario): number[][] {
  let found = expectationTables.get(scenario);
  if (!found) {
    found = scenario.segments.map((segment) => inOrder(segment.expectations) as number[]);
    expectationTables.set(scenario, found);
  }
  return found;
}

/** All customers now, and the revenue they bring per quarter. */
export function customerTotals(
  scenario: Scenario,
  state: GameState,
): { customers: number; revenue: number } {
  let customers = 0;
  let revenue = 0;
  for (let i = 0; i < scenario.segments.length; i++) {
    const n = state.company.segments[i]!.customers;
    customers += n;
    revenue += n * scenario.segments[i]!.revenuePerCustomer;
  }
  return { customers, revenue };
}

/**
 * The shortfall the player sees on segment `i`'s stages, written into `shortfall` (STAGES order,
 * expected minus seen, in points), and whether each was measured into `measured`. Returns
 * whether any of the readings is fresh.
 */
export function seenShortfall(
  scenario: Scenario,
  state: GameState,
  i: number,
  shortfall: number[],
  measured: boolean[],
): boolean {
  const seen = state.measured[i]!.stages;
  const beliefs = state.beliefs[i]!;
  const expectations = expectationsOf(scenario)[i]!;
  // What customers are known to expect this quarter: the scenario's figures plus their drift.
  const drift = scenario.segments[i]!.expectationDrift * (state.quarter - 1);
  const q = state.quarter;
  // Stage by stage in STAGES order (named reads: this runs for every segment at every launch).
  let fresh = seeStage(
    0,
    seen.awareness,
    beliefs.awareness,
    expectations,
    drift,
    q,
    shortfall,
    measured,
  );
  if (seeStage(1, seen.decision, beliefs.decision, expectations, drift, q, shortfall, measured))
    fresh = true;
  if (seeStage(2, seen.purchase, beliefs.purchase, expectations, drift, q, shortfall, measured))
    fresh = true;
  if (seeStage(3, seen.service, beliefs.service, expectations, drift, q, shortfall, measured))
    fresh = true;
  if (seeStage(4, seen.repurchase, beliefs.repurchase, expectations, drift, q, shortfall, measured))
    fresh = true;
  return fresh;
}

/** One stage of `seenShortfall`: writes position k, returns whether its reading is fresh. */
function seeStage(
  k: number,
  m: Measurement | undefined,
  believed: number,
  expectations: readonly number[],
  drift: number,
  quarter: number,
  shortfall: number[],
  measured: boolean[],
): boolean {
  shortfall[k] = Math.min(100, expectations[k]! + drift) - (m ? m.value : believed);
  measured[k] = m !== undefined;
  return m !== undefined && isFresh(m.quarter, quarter);
}

/** Share of segment `i`'s controllable leavers blaming each stage (fresh exit reasons), or null. */
export function seenReasons(state: GameState, i: number): number[] | null {
  const why = state.measured[i]!.churnReasons;
  if (!why || !isFresh(why.quarter, state.quarter)) return null;
  // In STAGES order, written out (named reads).
  const shares = why.shares;
  const controllable =
    0 + shares.awareness + shares.decision + shares.purchase + shares.service + shares.repurchase;
  if (!(controllable > 0)) return null;
  return [
    shares.awareness / controllable,
    shares.decision / controllable,
    shares.purchase / controllable,
    shares.service / controllable,
    shares.repurchase / controllable,
  ];
}

export function playerView(scenario: Scenario, state: GameState): PlayerView {
  const { customers, revenue } = customerTotals(scenario, state);
  let freshData = false;
  const segments: SegmentView[] = [];
  for (let i = 0; i < scenario.segments.length; i++) {
    const segment = scenario.segments[i]!;
    const n = state.company.segments[i]!.customers;
    const seen = state.measured[i]!;
    const shortfall: number[] = [];
    const measured: boolean[] = [];
    if (seenShortfall(scenario, state, i, shortfall, measured)) freshData = true;
    if (seen.churnReasons && isFresh(seen.churnReasons.quarter, state.quarter)) freshData = true;
    if (seen.satisfaction && isFresh(seen.satisfaction.quarter, state.quarter)) freshData = true;
    segments.push({
      customers: n,
      customerShare: customers > 0 ? n / customers : 0,
      revenueShare: revenue > 0 ? (n * segment.revenuePerCustomer) / revenue : 0,
      shortfall,
      measured,
      reasons: seenReasons(state, i),
    });
  }
  return { segments, freshData };
}
