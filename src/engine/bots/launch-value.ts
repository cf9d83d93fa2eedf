// What a launch is worth to the strategy (bots/policy.ts): each initiative's plan worked out once
// per scenario, its value for the customers as the player sees them (bots/view.ts), and its
// priority from what it builds. Imports only engine modules.

import type { Category, Effects, Initiative, Scenario } from '../scenario-types';
import { STAGES } from '../scenario-types';
import type { GameState } from '../state-types';
import { customerTotals, seenReasons, seenShortfall } from './view';
import type { Params, PolicyOptions } from './strategy-params';
import { siloPosition } from '../lookup';
import { ASK_LOAD } from '../initiatives';
import { effectRange } from '../truth';
import { TUNING } from '../tuning';
import { shortfallWeight } from '../company';

/** What the strategy needs to know of an initiative, worked out once per scenario. */
export interface Plan {
  readonly def: Initiative;
  /** Its position in the catalogue (and in `plansOf`). */
  readonly position: number;
  readonly shared: boolean;
  readonly category: Category;
  /** The parameter that weighs its category (none for a loop-closing leadership programme). */
  readonly categoryBonus: CategoryBonus | null;
  /** Stated experience lift per stage, STAGES order. */
  readonly lifts: number[];
  /** Lasting experience change at launch per stage (structural and one-off), STAGES order. */
  readonly launchLifts: number[];
  /** The two added up, and the stages where that is not 0 (in STAGES order). */
  readonly totalLifts: number[];
  readonly liftedStages: number[];
  readonly targets: boolean[];
  /** Positions of the segments it is aimed at. */
  readonly targetSegments: number[];
  readonly affinity: number;
  readonly revealsStages: boolean;
  readonly revealsReasons: boolean;
  readonly revealsScores: boolean;
  readonly listening: boolean;
  readonly closesLoop: boolean;
  readonly valueModel: boolean;
  /** Acts on customers or employees (experience, engagement, recovery, acquisition). */
  readonly customerWork: boolean;
  /** Only measures: listening, counting customers won and lost, the value model. */
  readonly measurementOnly: boolean;
  readonly gaugeSum: number;
  /** Stated share of churn won back, and engagement points over the run and at launch. */
  readonly recovery: number;
  readonly engagement: number;
  readonly costPerYear: number;
  readonly width: number;
  readonly partnerPositions: number[];
  /** What it would add to each partner's load (ASK_LOAD), in the same order. */
  readonly partnerLoads: number[];
}

const plans = new WeakMap<Scenario, Plan[]>();

export function plansOf(scenario: Scenario): Plan[] {
  let found = plans.get(scenario);
  if (found) return found;
  found = scenario.initiatives.map((def, position) => {
    const e = def.effects;
    const launch: Effects = def.onLaunch ?? {};
    const lifts = STAGES.map((s) => e.experience?.[s] ?? 0);
    const launchLifts = STAGES.map(
      (s) => 3 * (launch.structural?.[s] ?? 0) + (launch.experience?.[s] ?? 0),
    );
    const reveals = def.listening?.reveals ?? [];
    let gaugeSum = 0;
    for (const v of Object.values(e.gauges ?? {})) gaugeSum += v ?? 0;
    for (const v of Object.values(launch.gauges ?? {})) gaugeSum += v ?? 0;
    const range = effectRange(def);
    const totalLifts = lifts.map((lift, k) => lift + launchLifts[k]!);
    const targets = scenario.segments.map(
      (segment) => def.segments.length === 0 || def.segments.includes(segment.id),
    );
    return {
      def,
      position,
      shared: def.tags.includes('shared'),
      category: def.category,
      categoryBonus: categoryBonus(def.category, e.closesLoop === true),
      lifts,
      launchLifts,
      totalLifts,
      liftedStages: totalLifts.flatMap((lift, k) => (lift !== 0 ? [k] : [])),
      targets,
      targetSegments: targets.flatMap((aimed, i) => (aimed ? [i] : [])),
      affinity: def.affinity[scenario.powerCore] ?? 0,
      revealsStages: reveals.includes('stages'),
      revealsReasons: reveals.includes('churnReasons'),
      revealsScores: reveals.includes('scores'),
      listening: def.listening !== undefined,
      closesLoop: e.closesLoop === true,
      valueModel: e.valueModel === true,
      customerWork:
        e.experience !== undefined ||
        !!e.engagement ||
        !!e.recovery ||
        !!e.acquisition ||
        launch.experience !== undefined ||
        launch.structural !== undefined ||
        !!launch.engagement,
      measurementOnly: isMeasurementOnly(def),
      gaugeSum,
      recovery: e.recovery ?? 0,
      engagement: (e.engagement ?? 0) + (def.onLaunch?.engagement ?? 0),
      costPerYear: def.cost.launch + 4 * def.cost.upkeep,
      width: range.max - range.min,
      partnerPositions: def.partners.map((p) => siloPosition(scenario, p.silo)),
      partnerLoads: def.partners.map((p) => ASK_LOAD[p.ask]),
    };
  });
  plans.set(scenario, found);
  return found;
}

/** The parameters that weigh a category. */
type CategoryBonus =
  | 'accountability'
  | 'empowerment'
  | 'incentives'
  | 'leadership'
  | 'technology'
  | 'experienceCategory';

function categoryBonus(category: Category, closesLoop: boolean): CategoryBonus | null {
  switch (category) {
    case 'accountability':
    case 'empowerment':
    case 'incentives':
    case 'technology':
      return category;
    case 'leadership':
      return closesLoop ? null : 'leadership';
    case 'experience':
      return 'experienceCategory';
    default:
      return null;
  }
}

/** Whether an initiative only measures (what a report-only player may run). */
function isMeasurementOnly(def: Initiative): boolean {
  const e = def.effects;
  const onlyMeasurability = Object.entries(e.gauges ?? {}).every(
    ([gauge, v]) => gauge === 'measurability' || !v,
  );
  const onlyCounting = Object.entries(e.capabilities ?? {}).every(
    ([capability, v]) => capability === 'gainedLost' || !v,
  );
  return (
    e.experience === undefined &&
    !e.engagement &&
    !e.recovery &&
    !e.acquisition &&
    !e.closesLoop &&
    def.onLaunch === undefined &&
    onlyMeasurability &&
    onlyCounting
  );
}

/** Whether the strategy may launch an initiative at all. */
export function mayLaunch(plan: Plan, options: PolicyOptions): boolean {
  if (options.generic && !plan.shared) return false;
  switch (options.constraint) {
    case 'no-listening':
      return !plan.listening;
    case 'report-only':
      return plan.measurementOnly;
    case 'fight-the-core':
      return plan.affinity <= 0.2;
    case 'no-accountability':
      return plan.category !== 'accountability';
    case 'no-empowerment':
      return plan.category !== 'empowerment';
    default:
      return true;
  }
}

/**
 * What each segment's stages look short by, as the strategy reads what the player sees
 * (bots/view.ts), worked out once for every plan: per segment, in STAGES order.
 */
export interface Needs {
  /** Each segment's stage weights (the scenario's), STAGES order. */
  readonly stageWeights: number[][];
  /** The segment's weight in the strategy's eyes: its share of customers and of revenue. */
  readonly weights: number[];
  /** The shortfall read into each stage, floored at 0, in points. */
  readonly short: number[][];
  /** What that shortfall weighs now (`shortfallWeight`). */
  readonly weighs: number[][];
}

export function readNeeds(scenario: Scenario, state: GameState, p: Params): Needs {
  const weightTable = stageWeights(scenario);
  const { customers, revenue } = customerTotals(scenario, state);
  const weights: number[] = [];
  const short: number[][] = [];
  const weighs: number[][] = [];
  const shortfall: number[] = [];
  const measured: boolean[] = [];
  for (let i = 0; i < weightTable.length; i++) {
    const n = state.company.segments[i]!.customers;
    const customerShare = customers > 0 ? n / customers : 0;
    const revenueShare = revenue > 0 ? (n * scenario.segments[i]!.revenuePerCustomer) / revenue : 0;
    weights.push(p.customerWeight * customerShare + (1 - p.customerWeight) * revenueShare);
    seenShortfall(scenario, state, i, shortfall, measured);
    const reasons = seenReasons(state, i);
    const row = weightTable[i]!;
    // Stage by stage in STAGES order, as arrays of five (a quarter reads needs many times over).
    const needs = [
      stageNeed(0, shortfall, measured, reasons, row, p),
      stageNeed(1, shortfall, measured, reasons, row, p),
      stageNeed(2, shortfall, measured, reasons, row, p),
      stageNeed(3, shortfall, measured, reasons, row, p),
      stageNeed(4, shortfall, measured, reasons, row, p),
    ];
    short.push(needs);
    weighs.push([
      shortfallWeight(needs[0]!),
      shortfallWeight(needs[1]!),
      shortfallWeight(needs[2]!),
      shortfallWeight(needs[3]!),
      shortfallWeight(needs[4]!),
    ]);
  }
  return { stageWeights: weightTable, weights, short, weighs };
}

/**
 * What stage k of a segment looks short by, floored at 0: measured or believed; where neither was
 * measured, what the exit reasons blame.
 */
function stageNeed(
  k: number,
  shortfall: readonly number[],
  measured: readonly boolean[],
  reasons: readonly number[] | null,
  weights: readonly number[],
  p: Params,
): number {
  const read =
    measured[k] || !reasons
      ? shortfall[k]!
      : (p.reasonGap * reasons[k]!) / Math.max(0.05, weights[k]!);
  return read > 0 ? read : 0;
}

/**
 * What a launch would do for customers, as the strategy sees it: for each segment it is aimed at
 * (weighted by customers and revenue), the churn gap its lifts would remove on the stages that
 * look short, and the churn its recovery would win back.
 */
export function customerValue(needs: Needs, plan: Plan, p: Params): number {
  const recovery = plan.recovery;
  const weightTable = needs.stageWeights;
  let value = 0;
  for (const i of plan.targetSegments) {
    const weights = weightTable[i]!;
    const short = needs.short[i]!;
    const weighs = needs.weighs[i]!;
    let stages = 0;
    for (const k of plan.liftedStages) {
      const lift = plan.totalLifts[k]!;
      // Gap points removed: what the shortfall weighs now less what it would weigh, plus a
      // little relief for going beyond expectations.
      const need = short[k]!;
      const gap =
        lift <= need
          ? weighs[k]! - shortfallWeight(need - lift)
          : weighs[k]! + TUNING.delightRelief * (lift - need);
      stages += weights[k]! * gap;
    }
    value += needs.weights[i]! * (stages + p.recovery * recovery);
  }
  return value;
}

const weightTables = new WeakMap<Scenario, number[][]>();

/** Each segment's stage weights in STAGES order, worked out once per scenario. */
function stageWeights(scenario: Scenario): number[][] {
  let found = weightTables.get(scenario);
  if (!found) {
    found = scenario.segments.map((segment) => STAGES.map((stage) => segment.weights[stage]));
    weightTables.set(scenario, found);
  }
  return found;
}

/**
 * How much a launch matters now; below `launchAbove` the strategy does not want it. `customer` is
 * its customer value as a share of the best on offer (0..1), so that `experience` weighs it the
 * same in every scenario.
 */
export function priority(
  state: GameState,
  plan: Plan,
  p: Params,
  running: RunningSummary,
  generic: boolean,
  customer: number,
  terms: PlanTerms = planTerms(plan, p),
): number {
  let value = 100 * p.experience * customer;
  value += terms.engagement;
  value += terms.gauges;
  if (terms.category !== null) value += terms.category;
  if (plan.revealsStages && !running.stages) value += p.listenStages;
  if (plan.revealsReasons && !running.reasons) value += p.listenReasons;
  if (plan.revealsScores && !running.scores) value += p.listenScores;
  if (plan.closesLoop && running.listening) value += p.closeLoop;
  if (plan.valueModel) value += p.valueModel;
  if (!generic) value += terms.fit;
  value -= terms.cost;
  return value - (state.budget < 0 ? 1000 : 0);
}

/** The terms of a plan's priority that depend only on the plan and the parameters. */
export interface PlanTerms {
  readonly engagement: number;
  readonly gauges: number;
  /** What its category adds, or null when it adds nothing. */
  readonly category: number | null;
  readonly fit: number;
  readonly cost: number;
}

export function planTerms(plan: Plan, p: Params): PlanTerms {
  return {
    engagement: p.engagement * plan.engagement,
    gauges: p.gauges * plan.gaugeSum,
    category: plan.categoryBonus !== null ? p[plan.categoryBonus] : null,
    fit: p.fit * plan.affinity,
    cost: p.cost * plan.costPerYear,
  };
}

export interface RunningSummary {
  stages: boolean;
  reasons: boolean;
  scores: boolean;
  listening: boolean;
}

export function runningSummary(state: GameState, byId: Map<string, Plan>): RunningSummary {
  const s: RunningSummary = { stages: false, reasons: false, scores: false, listening: false };
  for (const run of state.initiatives) {
    const plan = byId.get(run.id)!;
    if (plan.revealsStages) s.stages = true;
    if (plan.revealsReasons) s.reasons = true;
    if (plan.revealsScores) s.scores = true;
    if (plan.listening) s.listening = true;
  }
  return s;
}

/**
 * What `runningSummary` says as bits (stages 1, reasons 2, scores 4, listening 8), without
 * building it: the strategy checks it at every launch it weighs.
 */
export function runningFlags(state: GameState, byId: Map<string, Plan>): number {
  let flags = 0;
  for (const run of state.initiatives) {
    const plan = byId.get(run.id)!;
    if (plan.revealsStages) flags |= 1;
    if (plan.revealsReasons) flags |= 2;
    if (plan.revealsScores) flags |= 4;
    if (plan.listening) flags |= 8;
  }
  return flags;
}

const planIndexes = new WeakMap<Scenario, Map<string, Plan>>();

export function planIndex(scenario: Scenario): Map<string, Plan> {
  let found = planIndexes.get(scenario);
  if (!found) {
    found = new Map(plansOf(scenario).map((plan) => [plan.def.id, plan]));
    planIndexes.set(scenario, found);
  }
  return found;
}
