// The end-of-game score (0..1000) and title, from true values only (DESIGN.md §3, Score). Each part
// maps a measure linearly onto its points between two bounds (clamped: beyond them a team can
// neither earn more nor lose more on that part). A fired CCO keeps the score of the quarters
// survived, cut by a penalty. Imports only engine modules.

import type { Scenario } from './scenario-types';
import type { GameState, QuarterRecord } from './state-types';
import { mean, unit } from './numbers';
import { TUNING } from './tuning';

export const SCORE_PARTS = [
  'retention',
  'profit',
  'satisfaction',
  'engagement',
  'alignment',
  'ceoSupport',
] as const;
export type ScorePart = (typeof SCORE_PARTS)[number];

export interface ScoreBreakdown {
  total: number;
  parts: Record<ScorePart, { points: number; max: number; value: number }>;
  /** Key of the title text; `title.fired` takes the year. */
  title: string;
  fired: boolean;
  /** The quarter the score was taken at (20, or the quarter of the firing). */
  quarter: number;
  /** Tiebreakers for the leaderboard: customers kept vs the twin, then cumulative profit. */
  customersVsTwin: number;
  cumulativeProfit: number;
}

/** The measure each part is scored on, from the last quarter's record and the silos. */
export function scoreMeasures(state: GameState, last: QuarterRecord): Record<ScorePart, number> {
  const twinProfit = last.twin.cumulativeProfit;
  return {
    // A cohort: how many of the starting customers stayed, against the twin (won ones count in profit).
    retention:
      last.twin.startingCustomersLeft > 0
        ? last.startingCustomersLeft / last.twin.startingCustomersLeft
        : 1,
    profit: twinProfit > 0 ? last.cumulativeProfit / twinProfit : 1,
    satisfaction: last.satisfaction,
    engagement: last.engagement,
    alignment: mean(state.silos.map((s) => 0.6 * s.trust + 0.4 * s.orientation)),
    ceoSupport: last.ceoSupport,
  };
}

export function computeScore(_scenario: Scenario, state: GameState): ScoreBreakdown {
  const last = state.series.at(-1) ?? state.start;
  const measures = scoreMeasures(state, last);
  const parts = {} as ScoreBreakdown['parts'];
  let total = 0;
  for (const part of SCORE_PARTS) {
    const rule = TUNING.score[part];
    const points = Math.round(rule.points * unit(measures[part], rule.from, rule.to));
    parts[part] = { points, max: rule.points, value: Math.round(measures[part] * 1000) / 1000 };
    total += points;
  }
  const fired = state.status === 'fired';
  if (fired) total = Math.round(total * TUNING.score.firedShare);
  return {
    total,
    parts,
    title: fired ? 'title.fired' : titleFor(total),
    fired,
    quarter: last.quarter,
    customersVsTwin: last.customers - last.twin.customers,
    cumulativeProfit: Math.round(last.cumulativeProfit),
  };
}

export function titleFor(total: number): string {
  if (total >= 800) return 'title.champion';
  if (total >= 650) return 'title.architect';
  if (total >= 500) return 'title.diplomat';
  if (total >= 350) return 'title.firefighter';
  return 'title.bystander';
}

/** The year a fired CCO was fired in (1..5), for the title. */
export function firedYear(state: GameState): number | null {
  if (state.status !== 'fired') return null;
  const last = state.series.at(-1);
  return last ? Math.ceil(last.quarter / 4) : 1;
}
