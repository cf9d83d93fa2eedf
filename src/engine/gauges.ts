// The organisation's gauges at the end of a quarter (lesson L4): motivation, measurability and
// implementability close part of the way to targets made of what the initiatives, engagement,
// the CEO, accountability, overload and the power core's backing add; each change is kept as the
// parts that moved it, adding up exactly, for the report and the dashboard. Imports only engine
// modules.

import type { Gauge, Scenario } from './scenario-types';
import type { ChangeReason, GameState } from './state-types';
import { clampPercent, roundTo } from './numbers';
import { TUNING } from './tuning';
import { siloCapacity, siloLoads } from './initiatives';
import type { Work } from './initiatives';

/** What moved employee engagement and each gauge, by key. */
export type GaugeReasons = Record<'engagement' | Gauge, ChangeReason[]>;

/**
 * A gauge's change as the parts of its target it closed (each times the inertia `k`), plus what
 * the 0–100 limits took, so the parts add up to the change exactly.
 */
export function explain(parts: Record<string, number>, k: number, change: number): ChangeReason[] {
  const reasons: ChangeReason[] = [];
  let listed = 0;
  // for…in over a literal keeps its order like Object.entries, without building the pairs.
  for (const key in parts) {
    const delta = k * parts[key]!;
    if (Math.abs(delta) < 0.005) continue;
    reasons.push({ key, delta: roundTo(delta, 2) });
    listed += roundTo(delta, 2);
  }
  const rest = roundTo(change - listed, 2);
  if (Math.abs(rest) >= 0.01) reasons.push({ key: 'why.limits', delta: rest });
  return reasons;
}

export function updateGauges(
  scenario: Scenario,
  state: GameState,
  work: Work,
  drawer: boolean,
  reasons: GaugeReasons,
): void {
  const start = scenario.organisation.gauges;
  const caps = state.capabilities;
  const lifts = work.gaugeLifts;
  const capabilityTargets = work.capabilityTargets;
  const gauges = state.gauges;
  const before = {
    motivation: gauges.motivation,
    measurability: gauges.measurability,
    implementability: gauges.implementability,
  };
  // Each part of a target, worked out once for the target and for the reasons the player is
  // shown (lesson L4); the targets add them up in their own order.
  const engagement = TUNING.engagementToMotivation * (state.company.engagement - 50);
  const ceo = TUNING.ceoToMotivation * (state.ceoSupport - 50);
  const drawerPart = drawer ? TUNING.drawerMotivation : 0;
  const accountability =
    TUNING.capabilityToMeasurability * (caps.gainedLost + caps.serviceProblems);
  const overloadPart = TUNING.overloadPenalty * work.overload;
  const linkage = 0.1 * caps.linkage;
  const core =
    TUNING.coreBacking * (coreBacking(scenario, state.silos) - startingBacking(scenario));
  const parts = {
    motivation: {
      'why.pull': start.motivation - before.motivation,
      'why.initiatives': lifts.motivation,
      'why.engagement': engagement,
      'why.ceo': ceo,
      'why.drawer': drawer ? -TUNING.drawerMotivation : 0,
    },
    measurability: {
      'why.pull': start.measurability - before.measurability,
      'why.initiatives': lifts.measurability,
      'why.accountability': accountability,
    },
    implementability: {
      'why.pull': start.implementability - before.implementability,
      'why.initiatives': lifts.implementability,
      'why.overload': -overloadPart,
      'why.linkage': linkage,
      'why.core': core,
    },
  };
  gauges.motivation = follow(
    gauges.motivation,
    start.motivation + lifts.motivation + engagement + ceo - drawerPart,
  );
  gauges.measurability = follow(
    gauges.measurability,
    start.measurability + lifts.measurability + accountability,
  );
  gauges.implementability = follow(
    gauges.implementability,
    start.implementability + lifts.implementability - overloadPart + linkage + core,
  );
  reasons.motivation = explain(
    parts.motivation,
    TUNING.gaugeInertia,
    gauges.motivation - before.motivation,
  );
  reasons.measurability = explain(
    parts.measurability,
    TUNING.gaugeInertia,
    gauges.measurability - before.measurability,
  );
  reasons.implementability = explain(
    parts.implementability,
    TUNING.gaugeInertia,
    gauges.implementability - before.implementability,
  );
  // Overload says where it happens: the silos carrying more than they can.
  let overload: ChangeReason | undefined;
  for (const r of reasons.implementability) {
    if (r.key === 'why.overload') {
      overload = r;
      break;
    }
  }
  if (overload) {
    const loads = siloLoads(scenario, state);
    overload.params = {
      silos: scenario.silos
        .filter((_, j) => loads[j]! > siloCapacity(scenario, state, j))
        .map((s) => s.id)
        .join(','),
    };
  }
  caps.gainedLost = follow(caps.gainedLost, capabilityTargets.gainedLost);
  caps.serviceProblems = follow(caps.serviceProblems, capabilityTargets.serviceProblems);
  caps.resolution = follow(caps.resolution, capabilityTargets.resolution);
  caps.linkage = follow(caps.linkage, capabilityTargets.linkage);
}

const startingBackings = new WeakMap<Scenario, number>();

/** How much the power core backs the CCO at the start: the scenario's own silos. */
function startingBacking(scenario: Scenario): number {
  let found = startingBackings.get(scenario);
  if (found === undefined) {
    found = coreBacking(scenario, scenario.silos);
    startingBackings.set(scenario, found);
  }
  return found;
}

/**
 * How much the power core backs the CCO (lesson L3): its leader's trust, or for a customer-centred
 * company the influence-weighted trust of every leader. Whatever the core backs gets done.
 */
export function coreBacking(
  scenario: Scenario,
  silos: readonly { id: string; trust: number }[],
): number {
  if (scenario.coreSilo) {
    for (const silo of silos) if (silo.id === scenario.coreSilo) return silo.trust;
    return 50;
  }
  let weighted = 0;
  let influence = 0;
  for (let j = 0; j < scenario.silos.length; j++) {
    weighted += scenario.silos[j]!.influence * silos[j]!.trust;
    influence += scenario.silos[j]!.influence;
  }
  return influence > 0 ? weighted / influence : 50;
}

/** A gauge or capability after a quarter: it closes part of the way to its (clamped) target. */
function follow(now: number, target: number): number {
  return clampPercent(now + TUNING.gaugeInertia * (clampPercent(target) - now));
}
