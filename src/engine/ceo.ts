// The CEO's support (lessons L11, L12): it wears down while results are not visible, grows with
// reports that show measured progress (far more when shown in money), and sets next year's budget
// at each year review. 0 means the CCO is fired. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { ChangeReason, GameState, YearReview } from './state-types';
import { clamp, clampPercent, roundTo } from './numbers';
import { totalCustomers } from './company';
import { hasValueModel } from './initiatives';
import { measuredSatisfaction } from './information';
import { TUNING } from './tuning';
import { recordLesson, currentDecision } from './lessons';

/** Whether the CCO can count customers won and lost well enough to show churn (lesson L5). */
export function tracksChurn(state: GameState): boolean {
  return state.capabilities.gainedLost >= 40;
}

/** Share of customers lost in the last resolved turn, in %, as the CCO can show it. */
function shownLossRate(state: GameState): number | null {
  if (!tracksChurn(state)) return null;
  let lost = 0;
  let customers = 0;
  for (const s of state.company.segments) {
    lost += s.last.lostControllable + s.last.lostUncontrollable;
    customers += s.customers;
  }
  const perQuarter = lost / state.quartersPerTurn;
  return customers === 0 ? null : roundTo((100 * perQuarter) / customers, 2);
}

/** What a report would gain now, and whether it is shown in money. Exported for the UI preview. */
export function reportGain(
  scenario: Scenario,
  state: GameState,
): { gain: number; inMoney: boolean } {
  const satisfaction = measuredSatisfaction(state);
  const loss = shownLossRate(state);
  const inMoney = hasValueModel(scenario, state);
  if (!satisfaction && loss === null) return { gain: state.lastReport ? -1 : 1, inMoney: false };
  const previous = state.lastReport;
  const satisfactionUp =
    satisfaction && previous?.satisfaction != null ? satisfaction.value - previous.satisfaction : 0;
  const lossDown = loss !== null && previous?.lost != null ? previous.lost - loss : 0;
  // Numbers going the wrong way count against the CCO too (a report is not a free pass).
  let gain =
    TUNING.reportBase +
    TUNING.reportPerSatisfaction * satisfactionUp +
    TUNING.reportPerChurnPoint * lossDown;
  gain = Math.max(TUNING.reportFloor, gain);
  if (inMoney && gain > 0) gain *= TUNING.moneyMultiplier;
  if (state.difficulty.authority === 'vp') gain *= TUNING.vpReportShare;
  return { gain: roundTo(Math.min(TUNING.reportCap, gain), 1), inMoney };
}

/** Reports to the CEO: support for what can be shown, and leadership's beliefs meet the data. */
export function reportToCeo(scenario: Scenario, state: GameState): void {
  const { gain, inMoney } = reportGain(scenario, state);
  state.ceoSupport = clampPercent(state.ceoSupport + gain);
  // Leadership sees what customers say, and its beliefs move towards it (lesson L7).
  const pull = TUNING.reportBeliefPull;
  for (let i = 0; i < state.measured.length; i++) {
    const seen = state.measured[i]!.stages;
    const beliefs = state.beliefs[i]!;
    // Stage by stage, where a measurement exists.
    if (seen.awareness) beliefs.awareness += pull * (seen.awareness.value - beliefs.awareness);
    if (seen.decision) beliefs.decision += pull * (seen.decision.value - beliefs.decision);
    if (seen.purchase) beliefs.purchase += pull * (seen.purchase.value - beliefs.purchase);
    if (seen.service) beliefs.service += pull * (seen.service.value - beliefs.service);
    if (seen.repurchase) beliefs.repurchase += pull * (seen.repurchase.value - beliefs.repurchase);
  }
  const satisfaction = measuredSatisfaction(state);
  state.lastReport = {
    quarter: state.quarter,
    satisfaction: satisfaction ? satisfaction.value : null,
    lost: shownLossRate(state),
  };
  state.log.push({ kind: 'report', quarter: state.quarter, gain, inMoney });
  const trigger = currentDecision(state);
  if (inMoney && gain >= 3) {
    recordLesson(state, 'L11', 'met', trigger, 'lesson.L11.report-in-money', { gain });
  } else if (!inMoney && gain > 0 && gain < 3 && state.quarter >= 6) {
    recordLesson(state, 'L11', 'missed', trigger, 'lesson.L11.report-without-money', { gain });
  }
  if (gain < 0) recordLesson(state, 'L7', 'missed', trigger, 'lesson.L7.no-numbers', {});
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
  const nothingShown = measuredSatisfaction(state) === null && !tracksChurn(state);
  if (spent > 0 && nothingShown) {
    const share = spent / Math.max(1, scenario.budget);
    reasons.push({ key: 'ceo.blind-spending', delta: -roundTo(TUNING.blindSpending * share, 2) });
  }
  for (const r of reasons) state.ceoSupport = clampPercent(state.ceoSupport + r.delta);
  return reasons;
}

/** The review after quarters 4, 8, 12 and 16: verdict and next year's budget. */
export function yearReview(scenario: Scenario, state: GameState, quarter: number): YearReview {
  const yearAgo =
    quarter - 4 === 0 ? state.start : state.series.find((r) => r.quarter === quarter - 4);
  const revenueBefore = yearAgo ? yearAgo.revenue : state.company.revenue;
  const customersBefore = yearAgo ? yearAgo.customers : totalCustomers(state.company);
  const revenueChange = revenueBefore > 0 ? state.company.revenue / revenueBefore - 1 : 0;
  const inMoney = hasValueModel(scenario, state);
  if (inMoney) state.ceoSupport = clampPercent(state.ceoSupport + 2);
  // Money spent with nothing convincing to show for it (lesson L11): the CEO asks for it back.
  const convinced = state.log.some(
    (e) => e.kind === 'report' && e.quarter > quarter - 4 && e.gain >= TUNING.convincingReport,
  );
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
  if (verdict === 'final-warning') {
    recordLesson(state, 'L12', 'missed', { type: 'resolution' }, 'lesson.L12.final-warning', {
      year: review.year,
    });
  }
  if (!inMoney && verdict !== 'pleased') {
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
