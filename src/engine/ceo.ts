// The CEO's support (lessons L11, L12): it wears down while results are not visible and follows
// the revenue; it grows with reports that show results against the do-nothing forecast (far more
// when shown in money) and falls with reports that have nothing new; it sets next year's budget
// at each year review. 0 means the CCO is fired. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { ChangeReason, GameState, LogEntry, YearReview } from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import { segmentSatisfaction, totalCustomers } from './company';
import { hasValueModel } from './initiatives';
import { isFresh } from './insight';
import { STAGES } from './scenario-types';
import { TUNING } from './tuning';
import { recordLesson, currentDecision } from './lessons';

/** Whether the CCO can count customers won and lost well enough to show churn (lesson L5). */
export function tracksChurn(state: GameState): boolean {
  return state.capabilities.gainedLost >= 40;
}

/** What a report can show the CEO now, against the do-nothing forecast (lessons L11, L12). */
export interface ReportEvidence {
  /**
   * Customers kept against the forecast since the CCO started, in % of the customers the
   * forecast loses (a churn cut); null without the gained/lost ledger (lesson L5).
   */
  kept: number | null;
  /** The same in customers. */
  keptCustomers: number | null;
  /** Fresh measured satisfaction minus the forecast's, in points; null without a fresh measurement. */
  satisfaction: number | null;
  /** The revenue a year those kept customers bring, in thousands; null without the value model. */
  money: number | null;
  /** The result level the report shows, in CEO-support points; null when it shows nothing. */
  level: number | null;
  /** The newest quarter of the data behind it (0 when there is none). */
  dataQuarter: number;
}

/**
 * Customers kept against the forecast (the twin) since the CCO started, from the series: as a
 * share of the customers the forecast loses (a churn cut, in %), and in customers.
 */
function keptAgainstForecast(state: GameState): { share: number; customers: number } | null {
  const last = state.series.at(-1);
  if (!last) return null;
  const forecast = last.twin.lostTotal;
  const customers = forecast - last.lostTotal;
  return { share: forecast > 0 ? roundTo((100 * customers) / forecast, 2) : 0, customers };
}

/** Fresh measured satisfaction against the forecast, customer-weighted over the measured segments. */
function satisfactionAgainstForecast(
  scenario: Scenario,
  state: GameState,
): { points: number; quarter: number } | null {
  let measured = 0;
  let forecast = 0;
  let customers = 0;
  let quarter = 0;
  for (let i = 0; i < state.measured.length; i++) {
    const m = state.measured[i]!.satisfaction;
    if (!m || !isFresh(m.quarter, state.quarter)) continue;
    const n = state.company.segments[i]!.customers;
    const twin = state.twin.segments[i]!;
    measured += n * m.value;
    forecast += n * segmentSatisfaction(scenario.segments[i]!, twin.experience, twin.expectations);
    customers += n;
    quarter = Math.max(quarter, m.quarter);
  }
  if (customers === 0) return null;
  return { points: roundTo((measured - forecast) / customers, 2), quarter };
}

export function reportEvidence(scenario: Scenario, state: GameState): ReportEvidence {
  const kept = tracksChurn(state) ? keptAgainstForecast(state) : null;
  const satisfaction = satisfactionAgainstForecast(scenario, state);
  let dataQuarter = 0;
  let level: number | null = null;
  if (kept) {
    level = TUNING.reportPerKeptPoint * kept.share;
    dataQuarter = state.series.at(-1)!.quarter;
  }
  if (satisfaction) {
    level = (level ?? 0) + TUNING.reportPerSatisfaction * satisfaction.points;
    dataQuarter = Math.max(dataQuarter, satisfaction.quarter);
  }
  let money: number | null = null;
  if (kept && hasValueModel(scenario, state)) {
    let revenue = 0;
    let customers = 0;
    for (let i = 0; i < scenario.segments.length; i++) {
      const n = state.company.segments[i]!.customers;
      revenue += n * scenario.segments[i]!.revenuePerCustomer;
      customers += n;
    }
    money = customers > 0 ? Math.round((4 * kept.customers * revenue) / customers) : 0;
  }
  return {
    kept: kept ? kept.share : null,
    keptCustomers: kept ? kept.customers : null,
    satisfaction: satisfaction ? satisfaction.points : null,
    money,
    level: level === null ? null : roundTo(level, 2),
    dataQuarter,
  };
}

/**
 * What a report would do to CEO support now, and whether it is shown in money. The CEO credits
 * the results shown beyond what the last report showed (falling results count against); a report
 * with nothing new since the last one costs credibility. Exported for the UI preview.
 */
export function reportGain(
  scenario: Scenario,
  state: GameState,
): { gain: number; inMoney: boolean; evidence: ReportEvidence; empty: boolean } {
  const evidence = reportEvidence(scenario, state);
  const inMoney = evidence.money !== null;
  const last = state.lastReport;
  const empty =
    evidence.level === null || (last !== null && evidence.dataQuarter <= last.dataQuarter);
  let gain: number;
  if (empty) {
    gain = -TUNING.emptyReport;
  } else {
    const change = evidence.level! - (last?.level ?? 0);
    gain = change > 0 && inMoney ? change * TUNING.moneyMultiplier : change;
    gain = clamp(gain, TUNING.reportFloor, TUNING.reportCap);
    if (gain > 0) gain *= Math.min(1, (100 - state.ceoSupport) / TUNING.reportHeadroom);
  }
  if (state.difficulty.authority === 'vp') gain *= TUNING.vpReportShare;
  return { gain: roundTo(gain, 1), inMoney, evidence, empty };
}

/** Reports to the CEO: support for what can be shown, and leadership's beliefs meet the data. */
export function reportToCeo(scenario: Scenario, state: GameState): void {
  const { gain, inMoney, evidence, empty } = reportGain(scenario, state);
  state.ceoSupport = clampPercent(state.ceoSupport + gain);
  // Leadership sees what customers say now, and its beliefs move towards it (lesson L7).
  const pull = TUNING.reportBeliefPull;
  for (let i = 0; i < state.measured.length; i++) {
    const seen = state.measured[i]!.stages;
    const beliefs = state.beliefs[i]!;
    for (const stage of STAGES) {
      const m = seen[stage];
      if (m && isFresh(m.quarter, state.quarter))
        beliefs[stage] += pull * (m.value - beliefs[stage]);
    }
  }
  const previous = state.lastReport;
  state.lastReport = {
    quarter: state.quarter,
    level: empty ? (previous?.level ?? null) : evidence.level,
    dataQuarter: Math.max(evidence.dataQuarter, previous?.dataQuarter ?? 0),
  };
  state.log.push({
    kind: 'report',
    quarter: state.quarter,
    gain,
    inMoney,
    level: empty ? null : evidence.level,
  });
  const trigger = currentDecision(state);
  if (inMoney && gain >= 3) {
    recordLesson(state, 'L11', 'met', trigger, 'lesson.L11.report-in-money', {
      gain,
      money: evidence.money ?? 0,
    });
  } else if (!inMoney && gain > 0 && gain < 3 && state.quarter >= 6) {
    recordLesson(state, 'L11', 'missed', trigger, 'lesson.L11.report-without-money', { gain });
  }
  if (empty) recordLesson(state, 'L12', 'missed', trigger, 'lesson.L12.nothing-to-show', {});
}

/** The quarterly change of CEO support, with its reasons. */
export function ceoQuarter(
  scenario: Scenario,
  state: GameState,
  quarter: number,
  revenueBefore: number,
  spent: number,
): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  reasons.push({ key: 'ceo.patience', delta: -TUNING.patience[state.difficulty.urgency] });
  const growth =
    revenueBefore > 0 ? (100 * (state.company.revenue - revenueBefore)) / revenueBefore : 0;
  const trend = roundTo(
    clamp(TUNING.revenueToSupport * growth, -TUNING.revenueSupportCap, TUNING.revenueSupportCap),
    2,
  );
  if (trend !== 0)
    reasons.push({ key: trend > 0 ? 'ceo.revenue-up' : 'ceo.revenue-down', delta: trend });
  const lastHeard = state.lastReport ? state.lastReport.quarter : 0;
  if (quarter - lastHeard >= TUNING.reportInterval) {
    reasons.push({ key: 'ceo.silence', delta: -TUNING.silencePenalty });
  }
  const nothingShown = !tracksChurn(state) && satisfactionAgainstForecast(scenario, state) === null;
  if (spent > 0 && nothingShown) {
    const share = spent / Math.max(1, scenario.budget);
    reasons.push({ key: 'ceo.blind-spending', delta: -roundTo(TUNING.blindSpending * share, 2) });
  }
  for (const r of reasons) state.ceoSupport = clampPercent(state.ceoSupport + r.delta);
  return reasons;
}

/** Whether a log entry is the resolution of a quarter before `quarter`. */
function isResolutionBefore(entry: LogEntry, quarter: number): boolean {
  return entry.kind === 'resolved' && entry.quarter < quarter;
}

/** The review after quarters 4, 8, 12 and 16: verdict and next year's budget. */
export function yearReview(scenario: Scenario, state: GameState, quarter: number): YearReview {
  const yearAgo =
    quarter - 4 === 0 ? state.start : state.series.find((r) => r.quarter === quarter - 4);
  const revenueBefore = yearAgo ? yearAgo.revenue : state.company.revenue;
  const customersBefore = yearAgo ? yearAgo.customers : totalCustomers(state.company);
  const revenueChange = revenueBefore > 0 ? state.company.revenue / revenueBefore - 1 : 0;
  const inMoney = hasValueModel(scenario, state);
  // Money spent with nothing convincing to show for it (lesson L11): the CEO asks for it back.
  let shown = 0;
  // Reports of this year come after last year's resolution: find where the year starts (the log
  // is long by now), then add its reports up in their own order.
  let from = state.log.length;
  while (from > 0 && !isResolutionBefore(state.log[from - 1]!, quarter - 3)) from -= 1;
  for (let k = from; k < state.log.length; k++) {
    const e = state.log[k]!;
    if (e.kind === 'report' && e.quarter > quarter - 4) shown += e.gain;
  }
  const convinced = shown >= TUNING.convincingReport;
  const noReturn = state.spentThisYear > TUNING.noReturnSpendShare * state.yearBudget && !convinced;
  if (noReturn) state.ceoSupport = clampPercent(state.ceoSupport - TUNING.noReturnPenalty);
  const support = state.ceoSupport;
  const verdict: YearReview['verdict'] =
    support >= 65
      ? 'pleased'
      : support >= 45
        ? 'patient'
        : support >= 25
          ? 'worried'
          : 'final-warning';
  const factor = clamp(
    TUNING.budgetFloor + (TUNING.budgetSlope * support) / 100 + TUNING.budgetGrowth * revenueChange,
    TUNING.budgetMin,
    TUNING.budgetMax,
  );
  const base = scenario.budget * (state.difficulty.urgency === 'crisis' ? TUNING.crisisBudget : 1);
  const review: YearReview = {
    year: quarter / 4,
    quarter,
    revenue: roundTo(state.company.revenue, 1),
    revenueChange: roundTo(revenueChange, 4),
    customers: totalCustomers(state.company),
    customersChange: totalCustomers(state.company) - customersBefore,
    ceoSupport: roundTo(support, 1),
    verdict,
    budgetNext: Math.round((base * factor) / 10) * 10,
    inMoney,
    noReturn,
  };
  state.budget = review.budgetNext;
  state.yearBudget = review.budgetNext;
  state.spentThisYear = 0;
  state.reviews.push(review);
  state.log.push({ kind: 'year-review', review });
  // A review that takes the last of the support fires the CCO instead of warning them.
  if (verdict === 'final-warning' && state.ceoSupport > 0) {
    recordLesson(state, 'L12', 'missed', { type: 'resolution' }, 'lesson.L12.final-warning', {
      year: review.year,
    });
  }
  if (!inMoney && verdict !== 'pleased' && state.ceoSupport > 0) {
    recordLesson(
      state,
      'L11',
      'missed',
      { type: 'resolution' },
      'lesson.L11.review-without-money',
      {
        year: review.year,
      },
    );
  }
  return review;
}
