// Hand-offs along the customer journey (lesson L1): customers are passed from the silos that
// deliver one stage to those that deliver the next, and within a stage between the silos that
// share it. Where those silos cooperate (cross-silo linkage, trust in the CCO, customer
// orientation) improvements reach the customer; where they do not, part of every improvement to
// the stage is lost at the hand-off, and the stage itself gets worse as cooperation falls. A
// stage nobody owns is a hand-off into nothing. The scenario's starting experience already
// includes the starting cooperation, so only changes from it move experience directly, and the
// twin (which has no CCO) never moves. Imports only engine modules.

import type { Scenario } from './scenario-types';
import { STAGES } from './scenario-types';
import type { GameState, SiloState } from './state-types';
import { TUNING } from './tuning';

interface HandoffPlan {
  /** Hand-offs into each stage, in STAGES order. */
  readonly boundaries: number[];
  /** Positions of the silos on either side of each stage's hand-offs. */
  readonly groups: number[][];
  /** Cooperation at each stage at the start of the game. */
  readonly start: number[];
}

const plans = new WeakMap<Scenario, HandoffPlan>();

function planOf(scenario: Scenario): HandoffPlan {
  let plan = plans.get(scenario);
  if (plan) return plan;
  const owners = STAGES.map((stage) =>
    scenario.silos.flatMap((silo, j) => (silo.stages.includes(stage) ? [j] : [])),
  );
  const boundaries: number[] = [];
  const groups: number[][] = [];
  for (let k = 0; k < STAGES.length; k++) {
    const own = owners[k]!;
    const before = k > 0 ? owners[k - 1]! : [];
    const changes =
      k > 0 &&
      (own.length === 0 || own.length !== before.length || own.some((j) => !before.includes(j)));
    boundaries.push((changes ? 1 : 0) + Math.max(0, own.length - 1));
    groups.push([...new Set([...own, ...(changes ? before : [])])]);
  }
  const silos = scenario.silos.map((s) => ({
    id: s.id,
    trust: s.trust,
    orientation: s.orientation,
    used: {},
  }));
  const start = groups.map((group) => cooperation(group, silos, 0));
  plan = { boundaries, groups, start };
  plans.set(scenario, plan);
  return plan;
}

/** Cooperation at one stage's hand-offs, 0..1. */
function cooperation(
  group: readonly number[],
  silos: readonly SiloState[],
  linkage: number,
): number {
  let silo = 0.5;
  if (group.length > 0) {
    let sum = 0;
    for (const j of group) sum += silos[j]!.trust + silos[j]!.orientation;
    silo = sum / (200 * group.length);
  }
  const share = TUNING.handoffLinkageShare;
  return share * (linkage / 100) + (1 - share) * silo;
}

/** Hand-offs into each stage, in STAGES order (for the UI and the bots). */
export function handoffCounts(scenario: Scenario): readonly number[] {
  return planOf(scenario).boundaries;
}

/** What the hand-offs do to each stage this quarter, in STAGES order. */
export interface Handoffs {
  /** Points each stage moves by: per hand-off, `handoffPoints` × the change in cooperation. */
  readonly lifts: number[];
  /**
   * Share of an initiative's lift on each stage that survives its hand-offs: per hand-off,
   * `handoffLoss` × how far cooperation falls short.
   */
  readonly carry: number[];
}

export function handoffs(scenario: Scenario, state: GameState): Handoffs {
  const plan = planOf(scenario);
  const linkage = state.capabilities.linkage;
  const lifts: number[] = [];
  const carry: number[] = [];
  for (let k = 0; k < STAGES.length; k++) {
    const boundaries = plan.boundaries[k]!;
    if (boundaries === 0) {
      lifts.push(0);
      carry.push(1);
      continue;
    }
    const now = cooperation(plan.groups[k]!, state.silos, linkage);
    lifts.push(TUNING.handoffPoints * boundaries * (now - plan.start[k]!));
    carry.push(Math.max(0, 1 - TUNING.handoffLoss * boundaries * (1 - now)));
  }
  return { lifts, carry };
}
