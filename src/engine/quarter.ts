// Ending a turn: each quarter of it is resolved (initiatives ramp, the company and its twin live
// through the same market, gauges and support move, measurements refresh), then the next turn
// begins with its resources and events. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type {
  ChangeReason,
  CompanyState,
  GameState,
  QuarterRecord,
  Resolution,
  SegmentResolution,
  StageValues,
} from './state-types';
import {
  advanceCompany,
  companySatisfaction,
  emptyFlows,
  startingCustomersLeft,
  totalCustomers,
} from './company';
import type { MarketDraws } from './company';
import { clamp, clampPercent, roundTo } from './numbers';
import { moveTrust } from './trust';
import { stream, triangular } from './rng';
import { TUNING } from './tuning';
import { computeWork, ramp, runningTables } from './initiatives';
import { explain, updateGauges } from './gauges';
import type { GaugeReasons } from './gauges';
import { handoffs } from './handoffs';
import { payUpkeep, progressInitiatives } from './running';
import { noteResolutionLessons } from './resolution-lessons';
import {
  believedSatisfaction,
  measuredSatisfaction,
  noteBeliefGap,
  refreshMeasurements,
  updateBeliefs,
} from './information';
import { ceoQuarter, yearReview } from './ceo';
import { bringEvents, QUARTERS } from './events';
import { recordLesson } from './lessons';
import { listOf } from './lists';

/** The market noise of one quarter: three symmetric draws per segment. */
export function marketDraws(seed: number, quarter: number, segments: number): MarketDraws {
  const draw = stream(seed, quarter, 'market');
  const draws: MarketDraws = { churn: [], uncontrollable: [], acquisition: [] };
  for (let i = 0; i < segments; i++) {
    draws.churn.push(triangular(draw));
    draws.uncontrollable.push(triangular(draw));
    draws.acquisition.push(triangular(draw));
  }
  return draws;
}

/** Starts the turn that begins with `quarter`: fresh resources, new events. */
export function beginTurn(scenario: Scenario, state: GameState, quarter: number): void {
  state.quarter = quarter;
  const halfYears = state.difficulty.seatTime === 'half-years';
  state.actionPoints = TUNING.actionPoints[state.difficulty.seatTime];
  const capital =
    TUNING.capitalBase +
    Math.floor(state.ceoSupport / TUNING.capitalStep) +
    (state.difficulty.authority === 'ceo' ? 1 : 0);
  state.politicalCapital = halfYears ? Math.round(capital * TUNING.capitalHalfYearShare) : capital;
  state.negotiatedThisTurn = [];
  state.rng = {};
  const quarters = [quarter];
  if (state.quartersPerTurn === 2 && quarter + 1 <= QUARTERS) quarters.push(quarter + 1);
  bringEvents(scenario, state, quarters);
}

/** Ends the turn: resolves its quarters and begins the next turn (unless the game is over). */
export function endTurn(scenario: Scenario, state: GameState): void {
  // What moves trust from here on is this turn's ending and the next turn.
  state.trustMoves = [];
  const before = snapshot(state);
  const quarters: number[] = [];
  const results: QuarterResult[] = [];
  let spending = state.spentThisTurn;
  for (let k = 0; k < state.quartersPerTurn && state.status === 'playing'; k++) {
    const quarter = state.quarter + k;
    quarters.push(quarter);
    results.push(resolveQuarter(scenario, state, quarter, spending));
    spending = 0;
  }
  const turn = turnOf(results);
  state.spentThisTurn = 0;
  closeTurnFlows(state.company);
  closeTurnFlows(state.twin);
  state.lastResolution = {
    quarters,
    segments: segmentResolutions(scenario, state, before.customers),
    revenueBefore: before.revenue,
    revenueAfter: state.company.revenue,
    upkeep: turn.upkeep,
    ceoSupportBefore: before.ceoSupport,
    ceoSupportAfter: state.ceoSupport,
    ceoReasons: mergeReasons(turn.ceoReasons),
    engagementBefore: before.engagement,
    engagementAfter: state.company.engagement,
    gaugesBefore: before.gauges,
    gaugesAfter: { ...state.gauges },
    gaugeReasons: {
      engagement: mergeReasons(turn.gaugeReasons.engagement),
      motivation: mergeReasons(turn.gaugeReasons.motivation),
      measurability: mergeReasons(turn.gaugeReasons.measurability),
      implementability: mergeReasons(turn.gaugeReasons.implementability),
    },
    notes: turn.notes,
    review: turn.review,
    fired: state.status === 'fired',
  };
  const next = quarters[quarters.length - 1]! + 1;
  if (state.status === 'playing') {
    if (next > QUARTERS) finish(state);
    else beginTurn(scenario, state, next);
  }
}

/**
 * A turn's quarters taken together: upkeep added up, reasons and notes in quarter order, the last
 * review. A one-quarter turn is its quarter (its lists are not copied).
 */
function turnOf(results: QuarterResult[]): QuarterResult {
  if (results.length === 1) return results[0]!;
  const turn: QuarterResult = {
    upkeep: 0,
    ceoReasons: [],
    gaugeReasons: { engagement: [], motivation: [], measurability: [], implementability: [] },
    notes: [],
  };
  for (const result of results) {
    turn.upkeep += result.upkeep;
    turn.ceoReasons.push(...result.ceoReasons);
    turn.gaugeReasons.engagement.push(...result.gaugeReasons.engagement);
    turn.gaugeReasons.motivation.push(...result.gaugeReasons.motivation);
    turn.gaugeReasons.measurability.push(...result.gaugeReasons.measurability);
    turn.gaugeReasons.implementability.push(...result.gaugeReasons.implementability);
    turn.notes.push(...result.notes);
    if (result.review) turn.review = result.review;
  }
  return turn;
}

function snapshot(state: GameState) {
  return {
    customers: state.company.segments.map((s) => s.customers),
    revenue: state.company.revenue,
    ceoSupport: state.ceoSupport,
    engagement: state.company.engagement,
    gauges: { ...state.gauges },
  };
}

function closeTurnFlows(company: CompanyState): void {
  for (const segment of company.segments) {
    segment.last = segment.turn;
    segment.turn = emptyFlows();
  }
}

function segmentResolutions(
  scenario: Scenario,
  state: GameState,
  customersBefore: number[],
): SegmentResolution[] {
  return listOf(state.company.segments, (s, i) => ({
    segment: scenario.segments[i]!.id,
    customersBefore: customersBefore[i]!,
    customersAfter: s.customers,
    won: s.last.won,
    lostControllable: s.last.lostControllable,
    lostUncontrollable: s.last.lostUncontrollable,
    lostByStage: copyStages(s.last.lostByStage),
  }));
}

function copyStages(values: StageValues): StageValues {
  return {
    awareness: values.awareness,
    decision: values.decision,
    purchase: values.purchase,
    service: values.service,
    repurchase: values.repurchase,
  };
}

/**
 * Reasons with the same key added up, in the order each key first came (a turn has a handful).
 * A reason met once is kept as it is (the quarters' lists are the turn's own); one that adds up
 * is a new copy, so no quarter's reason changes.
 */
function mergeReasons(reasons: ChangeReason[]): ChangeReason[] {
  const merged: ChangeReason[] = [];
  for (const r of reasons) {
    let found = -1;
    for (let m = 0; m < merged.length; m++) {
      if (merged[m]!.key === r.key) {
        found = m;
        break;
      }
    }
    if (found < 0) {
      merged.push(r);
      continue;
    }
    const sum = copyReason(merged[found]!);
    sum.delta = roundTo(sum.delta + r.delta, 2);
    merged[found] = sum;
  }
  return merged;
}

/** A copy of a reason (its params are shared: nothing changes them). */
function copyReason(r: ChangeReason): ChangeReason {
  const copy: ChangeReason = { key: r.key, delta: r.delta };
  if ('params' in r) copy.params = r.params;
  return copy;
}

function finish(state: GameState): void {
  state.status = 'completed';
  state.pendingEvents = [];
  if (state.ceoSupport >= 50) {
    recordLesson(state, 'L12', 'met', { type: 'resolution' }, 'lesson.L12.stayed-the-course', {
      support: Math.round(state.ceoSupport),
    });
  }
}

interface QuarterResult {
  upkeep: number;
  ceoReasons: ChangeReason[];
  gaugeReasons: GaugeReasons;
  notes: ChangeReason[];
  review?: Resolution['review'];
}

/** Resolves one quarter for the player's company and its twin. */
export function resolveQuarter(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  spentInTurn: number,
): QuarterResult {
  const notes: ChangeReason[] = [];
  const revenueBefore = state.company.revenue;
  const experienceBefore = state.company.segments.map((s) => copyStages(s.experience));

  progressInitiatives(scenario, state, quarter, notes);
  const upkeep = payUpkeep(scenario, state, notes);
  const work = computeWork(scenario, state);

  // Feedback collected and left in a drawer breeds cynicism (lesson L9).
  if (work.listening && work.loopClosure < 0.3) state.drawerQuarters += 1;
  else state.drawerQuarters = 0;
  const drawer = state.drawerQuarters > TUNING.drawerGrace;
  if (drawer) {
    notes.push({ key: 'note.drawer', delta: -TUNING.drawerEngagement });
    recordLesson(state, 'L9', 'missed', { type: 'resolution' }, 'lesson.L9.drawer', {});
  } else if (work.listening && work.loopClosure >= 0.5) {
    recordLesson(state, 'L9', 'met', { type: 'resolution' }, 'lesson.L9.loop-closed', {});
  }

  // What the organisation's own capabilities and its hand-offs add (lessons L1, L5).
  const problems = state.capabilities.serviceProblems / 100;
  const resolutionShare = TUNING.resolutionRecovery * (state.capabilities.resolution / 100);
  const { lifts: handoff, carry } = handoffs(scenario, state);
  for (const lift of work.lifts.experience) {
    lift.awareness = lift.awareness * carry[0]! + handoff[0]!;
    lift.decision = lift.decision * carry[1]! + handoff[1]!;
    lift.purchase = lift.purchase * carry[2]! + handoff[2]!;
    lift.service =
      lift.service * carry[3]! + handoff[3]! + TUNING.serviceProblemsToExperience * problems;
    lift.repurchase = lift.repurchase * carry[4]! + handoff[4]!;
    if (drawer) lift.service -= TUNING.drawerService;
  }
  // Winning back a customer on the way out works when staff know why customers leave (lesson L8).
  const recovery = work.lifts.recovery;
  const known = work.insight;
  for (let i = 0; i < recovery.length; i++) {
    let insight = 0;
    for (const k of known[i]!) insight += k / known[i]!.length;
    const share = 1 - TUNING.recoveryBlind * (1 - insight);
    recovery[i] = clamp((recovery[i]! + resolutionShare) * share, 0, TUNING.recoveryCap);
  }
  const engagementStart = scenario.organisation.engagement;
  const strain = work.strain * (1 - work.relief);
  if (strain >= 1) notes.push({ key: 'note.strain', delta: -roundTo(strain, 1) });
  const engagementBefore = state.company.engagement;
  const engagementParts = {
    'why.pull': engagementStart - engagementBefore,
    'why.initiatives': work.lifts.engagementTarget,
    'why.strain': -strain,
    'why.drawer': drawer ? -TUNING.drawerEngagement : 0,
  };
  work.lifts.engagementTarget =
    engagementStart + work.lifts.engagementTarget - strain - (drawer ? TUNING.drawerEngagement : 0);

  const draws = marketDraws(state.seed, quarter, scenario.segments.length);
  advanceCompany(scenario, state.company, work.lifts, draws, engagementStart, spentInTurn + upkeep);
  const gaugeReasons: GaugeReasons = {
    engagement: explain(
      engagementParts,
      TUNING.engagementInertia,
      state.company.engagement - engagementBefore,
    ),
    motivation: [],
    measurability: [],
    implementability: [],
  };
  advanceCompany(scenario, state.twin, null, draws, engagementStart, 0);

  updateGauges(scenario, state, work, drawer, gaugeReasons);
  updateSilos(scenario, state);
  updateBeliefs(state, experienceBefore);
  refreshMeasurements(scenario, state, quarter, work.shares);
  // What leadership believes and what was measured, read once for the lessons and the series
  // (nothing in between changes beliefs, measurements or customers).
  const believed = believedSatisfaction(scenario, state);
  const measured = measuredSatisfaction(state);
  noteBeliefGap(scenario, state, believed, measured);
  const ceoReasons = ceoQuarter(scenario, state, quarter, revenueBefore, spentInTurn + upkeep);
  noteResolutionLessons(scenario, state, quarter, measured);
  const previous = state.series.length > 0 ? state.series[state.series.length - 1]! : state.start;
  state.series.push(record(scenario, state, quarter, previous, believed, measured));
  state.log.push({
    kind: 'resolved',
    quarter,
    customers: totalCustomers(state.company),
    twinCustomers: totalCustomers(state.twin),
  });

  let review: Resolution['review'];
  if (state.ceoSupport > 0 && quarter % 4 === 0 && quarter < QUARTERS) {
    const support = state.ceoSupport;
    review = yearReview(scenario, state, quarter);
    // The review's own verdict on money spent with nothing shown is a cause of the change too.
    if (state.ceoSupport !== support)
      ceoReasons.push({ key: 'ceo.no-return', delta: roundTo(state.ceoSupport - support, 2) });
  }
  // Support gone (in the quarter, or at the review itself): the CCO is fired now, and no review
  // with a "last warning" is shown to someone already out.
  if (state.ceoSupport <= 0) {
    state.status = 'fired';
    state.pendingEvents = [];
    state.log.push({ kind: 'fired', quarter });
    review = undefined;
  }
  return { upkeep, ceoReasons, gaugeReasons, notes, review };
}

/** Silos that deliver customer work with the CCO grow more customer-minded and trusting. */
function updateSilos(scenario: Scenario, state: GameState): void {
  // Half a point per fully ramped initiative a silo delivers with real commitment.
  const silos = state.silos;
  let gained: number[] | null = null;
  const runs = state.initiatives;
  const tables = runningTables(scenario, runs);
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    const table = tables[n]!;
    if (ramp(table.def, run) < 1) continue;
    // Partners are kept in the catalogue's order, so their silos' positions are the table's.
    for (let k = 0; k < run.partners.length; k++) {
      if (run.partners[k]!.commitment < 0.6) continue;
      const j = table.partnerPositions[k]!;
      if (j < 0) continue;
      gained ??= silos.map(() => 0);
      gained[j]! += 0.5;
    }
  }
  if (!gained) return;
  for (let j = 0; j < silos.length; j++) {
    const silo = silos[j]!;
    const gain = Math.min(1.5, gained[j]!);
    if (gain === 0) continue;
    silo.orientation = clampPercent(silo.orientation + gain);
    moveTrust(state, silo, gain / 2, 'trust.delivery');
  }
}

/** Totals of a company's flows since the start. */
function totals(company: CompanyState) {
  let won = 0;
  let lostTotal = 0;
  let lostControllableTotal = 0;
  for (const s of company.segments) {
    won += s.total.won;
    lostTotal += s.total.lostControllable + s.total.lostUncontrollable;
    lostControllableTotal += s.total.lostControllable;
  }
  return { won, lostTotal, lostControllableTotal };
}

/**
 * The quarter's row of the debrief series; per-quarter flows are differences of the totals.
 * `believed` and `measured` are the believed and measured satisfaction now, when the caller has
 * them.
 */
export function record(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  previous: QuarterRecord | null,
  believed = believedSatisfaction(scenario, state),
  measured = measuredSatisfaction(state),
): QuarterRecord {
  const before = previous ?? {
    wonTotal: 0,
    lostTotal: 0,
    lostControllableTotal: 0,
    twin: { lostTotal: 0, lostControllableTotal: 0 },
  };
  const mine = totals(state.company);
  const twin = totals(state.twin);
  return {
    quarter,
    customers: totalCustomers(state.company),
    revenue: roundTo(state.company.revenue, 2),
    cumulativeProfit: roundTo(state.company.cumulativeProfit, 2),
    satisfaction: roundTo(companySatisfaction(scenario, state.company), 2),
    believedSatisfaction: roundTo(believed, 2),
    measuredSatisfaction: measured ? measured.value : null,
    measuredUncertainty: measured ? measured.uncertainty : null,
    engagement: roundTo(state.company.engagement, 2),
    ceoSupport: roundTo(state.ceoSupport, 2),
    won: mine.won - before.wonTotal,
    lost: mine.lostTotal - before.lostTotal,
    lostControllable: mine.lostControllableTotal - before.lostControllableTotal,
    wonTotal: mine.won,
    lostTotal: mine.lostTotal,
    lostControllableTotal: mine.lostControllableTotal,
    startingCustomersLeft: roundTo(startingCustomersLeft(state.company), 2),
    gauges: {
      motivation: roundTo(state.gauges.motivation, 2),
      measurability: roundTo(state.gauges.measurability, 2),
      implementability: roundTo(state.gauges.implementability, 2),
    },
    twin: {
      customers: totalCustomers(state.twin),
      revenue: roundTo(state.twin.revenue, 2),
      cumulativeProfit: roundTo(state.twin.cumulativeProfit, 2),
      satisfaction: roundTo(companySatisfaction(scenario, state.twin), 2),
      lost: twin.lostTotal - before.twin.lostTotal,
      lostControllable: twin.lostControllableTotal - before.twin.lostControllableTotal,
      lostTotal: twin.lostTotal,
      lostControllableTotal: twin.lostControllableTotal,
      startingCustomersLeft: roundTo(startingCustomersLeft(state.twin), 2),
    },
  };
}
