// One-off effects of events and launches. Company effects (experience, expectations, engagement,
// customers) reach the twin too when it lives through the same event; the CCO's position (CEO
// support, budget, trust, gauges) exists only in the player's game. Imports only engine modules.

import type { Effects, PartialStageNumbers, Scenario } from './scenario-types';
import { CAPABILITIES, GAUGES, STAGES } from './scenario-types';
import type { ChangeReason, CompanyState, GameState, SiloState } from './state-types';
import { addFlows, stageValues } from './company';
import { clamp, clampPercent } from './numbers';
import { moveTrust } from './trust';

// Effects in one shape, by the effects they copy (scenario data is never changed). Each event and
// launch describes different effects, and reading the fields of objects that all have one shape
// is much faster than of objects of many shapes.
const uniform = new WeakMap<Effects, Effects>();

/** The same effects with every field present (undefined where none), in one order. */
function uniformEffects(effects: Effects): Effects {
  let found = uniform.get(effects);
  if (!found) {
    found = {
      experience: uniformStages(effects.experience),
      structural: uniformStages(effects.structural),
      expectations: uniformStages(effects.expectations),
      segments: effects.segments,
      engagement: effects.engagement,
      gauges: effects.gauges && {
        motivation: effects.gauges.motivation,
        measurability: effects.gauges.measurability,
        implementability: effects.gauges.implementability,
      },
      capabilities: effects.capabilities && {
        gainedLost: effects.capabilities.gainedLost,
        serviceProblems: effects.capabilities.serviceProblems,
        resolution: effects.capabilities.resolution,
        linkage: effects.capabilities.linkage,
      },
      ceoSupport: effects.ceoSupport,
      budget: effects.budget,
      politicalCapital: effects.politicalCapital,
      trust: effects.trust,
      orientation: effects.orientation,
      customersLost: effects.customersLost,
      customersLostStage: effects.customersLostStage,
      beliefGap: effects.beliefGap,
    };
    uniform.set(effects, found);
    // Already in one shape (applyEffects passes them on to applyCompanyEffects).
    uniform.set(found, found);
  }
  return found;
}

function uniformStages(values: PartialStageNumbers | undefined): PartialStageNumbers | undefined {
  return (
    values && {
      awareness: values.awareness,
      decision: values.decision,
      purchase: values.purchase,
      service: values.service,
      repurchase: values.repurchase,
    }
  );
}

/** Applies the company part of the effects (shared with the twin). */
export function applyCompanyEffects(
  scenario: Scenario,
  company: CompanyState,
  given: Effects,
): void {
  const effects = uniformEffects(given);
  const segments = company.segments;
  for (let i = 0; i < segments.length; i++) {
    const state = segments[i]!;
    const segment = scenario.segments[i]!;
    if (effects.segments && effects.segments.length > 0 && !effects.segments.includes(segment.id))
      continue;
    if (effects.experience || effects.structural || effects.expectations) {
      // A shock moves experience now, a structural change also moves the level it returns to.
      // Stage by stage, written out.
      const shock = effects.experience;
      const lasting = effects.structural;
      const raise = effects.expectations;
      const x = state.experience;
      const level = state.level;
      const e = state.expectations;
      let l = lasting?.awareness ?? 0;
      x.awareness = clampPercent(x.awareness + (shock?.awareness ?? 0) + l);
      level.awareness = clampPercent(level.awareness + l);
      e.awareness = clampPercent(e.awareness + (raise?.awareness ?? 0));
      l = lasting?.decision ?? 0;
      x.decision = clampPercent(x.decision + (shock?.decision ?? 0) + l);
      level.decision = clampPercent(level.decision + l);
      e.decision = clampPercent(e.decision + (raise?.decision ?? 0));
      l = lasting?.purchase ?? 0;
      x.purchase = clampPercent(x.purchase + (shock?.purchase ?? 0) + l);
      level.purchase = clampPercent(level.purchase + l);
      e.purchase = clampPercent(e.purchase + (raise?.purchase ?? 0));
      l = lasting?.service ?? 0;
      x.service = clampPercent(x.service + (shock?.service ?? 0) + l);
      level.service = clampPercent(level.service + l);
      e.service = clampPercent(e.service + (raise?.service ?? 0));
      l = lasting?.repurchase ?? 0;
      x.repurchase = clampPercent(x.repurchase + (shock?.repurchase ?? 0) + l);
      level.repurchase = clampPercent(level.repurchase + l);
      e.repurchase = clampPercent(e.repurchase + (raise?.repurchase ?? 0));
    }
    if (effects.customersLost) {
      const lost = Math.min(
        state.customers,
        Math.round(state.customers * clamp(effects.customersLost, 0, 1)),
      );
      if (lost > 0) {
        const stage = effects.customersLostStage ?? 'service';
        state.customers -= lost;
        state.cohort *= 1 - clamp(effects.customersLost, 0, 1);
        addFlows(
          state,
          0,
          lost,
          0,
          stageValues((s) => (s === stage ? lost : 0)),
        );
      }
    }
  }
  if (effects.engagement)
    company.engagement = clampPercent(company.engagement + effects.engagement);
}

/** Applies every effect to the player's game; `cause` names what moved leaders' trust. */
export function applyEffects(
  scenario: Scenario,
  state: GameState,
  given: Effects,
  cause: Pick<ChangeReason, 'key' | 'params'> = { key: 'trust.other' },
): void {
  const effects = uniformEffects(given);
  applyCompanyEffects(scenario, state.company, effects);
  for (const gauge of GAUGES) {
    const delta = effects.gauges?.[gauge];
    if (delta) state.gauges[gauge] = clampPercent(state.gauges[gauge] + delta);
  }
  for (const capability of CAPABILITIES) {
    const delta = effects.capabilities?.[capability];
    if (delta)
      state.capabilities[capability] = clampPercent(state.capabilities[capability] + delta);
  }
  if (effects.ceoSupport) state.ceoSupport = clampPercent(state.ceoSupport + effects.ceoSupport);
  if (effects.budget) state.budget = Math.max(0, state.budget + effects.budget);
  if (effects.politicalCapital)
    state.politicalCapital = Math.max(0, state.politicalCapital + effects.politicalCapital);
  adjustSilos(scenario, state, effects.trust, (silo, delta) =>
    moveTrust(state, silo, delta, cause.key, cause.params),
  );
  adjustSilos(scenario, state, effects.orientation, (silo, delta) => {
    silo.orientation = clampPercent(silo.orientation + delta);
  });
  if (effects.beliefGap) {
    for (const beliefs of state.beliefs) {
      for (const stage of STAGES) {
        beliefs[stage] = clampPercent(beliefs[stage] + effects.beliefGap);
      }
    }
  }
}

function adjustSilos(
  scenario: Scenario,
  state: GameState,
  changes: Readonly<Record<string, number>> | undefined,
  move: (silo: SiloState, delta: number) => void,
): void {
  if (!changes) return;
  for (const silo of state.silos) {
    let delta = changes[silo.id] ?? 0;
    if (changes['*']) delta += changes['*'];
    if (changes['core'] && scenario.coreSilo === silo.id) delta += changes['core'];
    if (delta) move(silo, delta);
  }
}

// Scaled effects by the effects they scale (scenario data is never changed, and neither are these).
const scaled = new WeakMap<Effects, { share: number; effects: Effects }>();

/**
 * Effects with every number scaled, for pilots (a pilot's launch is a smaller launch). Worked out
 * once per effects and share; the result must not be changed.
 */
export function scaleEffects(effects: Effects, share: number): Effects {
  const found = scaled.get(effects);
  if (found && found.share === share) return found.effects;
  const result = scaleAll(effects, share);
  scaled.set(effects, { share, effects: result });
  return result;
}

function scaleAll(effects: Effects, share: number): Effects {
  const scaleMap = <K extends string>(m: Readonly<Partial<Record<K, number>>> | undefined) =>
    m
      ? (Object.fromEntries(
          Object.entries(m).map(([k, v]) => [k, (v as number) * share]),
        ) as Partial<Record<K, number>>)
      : undefined;
  return {
    ...effects,
    experience: scaleMap(effects.experience),
    structural: scaleMap(effects.structural),
    expectations: scaleMap(effects.expectations),
    gauges: scaleMap(effects.gauges),
    capabilities: scaleMap(effects.capabilities),
    trust: effects.trust
      ? Object.fromEntries(Object.entries(effects.trust).map(([k, v]) => [k, v * share]))
      : undefined,
    orientation: effects.orientation
      ? Object.fromEntries(Object.entries(effects.orientation).map(([k, v]) => [k, v * share]))
      : undefined,
    engagement: effects.engagement === undefined ? undefined : effects.engagement * share,
    ceoSupport: effects.ceoSupport === undefined ? undefined : effects.ceoSupport * share,
    customersLost: effects.customersLost === undefined ? undefined : effects.customersLost * share,
    beliefGap: effects.beliefGap === undefined ? undefined : effects.beliefGap * share,
    budget: effects.budget === undefined ? undefined : effects.budget * share,
  };
}
