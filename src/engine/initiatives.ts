// Initiatives: launching, scaling and stopping them, and what the running ones realise each
// quarter. Realisation = partner commitment × the systemic-gauge gate (L4) × engagement (L10) ×
// power-core fit (L3) × pilot share (L14). Imports only engine modules.

import type { Capability, Gauge, Initiative, Scenario } from './scenario-types';
import { GAUGES } from './scenario-types';
import type { GameState, InitiativeState, Mutable, PartnerState, StageValues } from './state-types';
import type { CompanyLifts } from './company';
import { zeroStages } from './company';
import { clamp } from './numbers';
import { TUNING } from './tuning';
import { insightTable } from './insight';
import { fitMultiplier, initiativeTables, runningTables } from './initiative-tables';
import { siloPosition } from './lookup';

// The tables are a module of their own; what the other engine modules read of them comes from
// here, as before.
export {
  ASK_LOAD,
  coreAffinity,
  fitMultiplier,
  initiativeTable,
  runningTables,
  talkKey,
} from './initiative-tables';
export type { InitiativeTables } from './initiative-tables';

/** Ramp of a running initiative, 0..1. */
export function ramp(def: Initiative, run: InitiativeState): number {
  return Math.min(1, run.quartersRunning / Math.max(1, def.rampQuarters));
}

/** Whether a partner counts towards its silo's load: it has not answered, or delivers more than a token. */
function loads(p: PartnerState): boolean {
  return p.outcome === undefined || p.commitment > 0.2;
}

/**
 * Each silo's load, by position: what the initiatives it is asked to carry take of its capacity
 * (lesson L4), by the size of each ask.
 */
export function siloLoads(scenario: Scenario, state: GameState): number[] {
  const result: number[] = [];
  for (let j = 0; j < scenario.silos.length; j++) result.push(0);
  const runs = state.initiatives;
  const tables = runningTables(scenario, runs);
  for (let r = 0; r < runs.length; r++) {
    const table = tables[r]!;
    const partners = runs[r]!.partners;
    for (let k = 0; k < partners.length; k++) {
      if (!loads(partners[k]!)) continue;
      const j = table.partnerPositions[k]!;
      if (j >= 0) result[j]! += table.partnerLoads[k]!;
    }
  }
  return result;
}

/**
 * How many initiatives a silo can carry now (lesson L3): its capacity, and for the power-core
 * silo one more for every `coreCapacityStep` points of trust above `coreCapacityFrom` (up to
 * `coreCapacityMax` more): the core has the people, and once it backs the CCO it carries more.
 */
export function siloCapacity(scenario: Scenario, state: GameState, j: number): number {
  const silo = scenario.silos[j]!;
  if (scenario.coreSilo !== silo.id) return silo.capacity;
  const trust = state.silos[j]!.trust;
  const extra = Math.floor((trust - TUNING.coreCapacityFrom) / TUNING.coreCapacityStep);
  return silo.capacity + clamp(extra, 0, TUNING.coreCapacityMax);
}

/**
 * The share of what it promised that each silo delivers, by position (lesson L4): all of it
 * within its capacity, capacity ÷ load beyond it.
 */
export function deliveryShares(scenario: Scenario, state: GameState): number[] {
  return sharesOf(scenario, state, siloLoads(scenario, state));
}

function sharesOf(scenario: Scenario, state: GameState, loads: readonly number[]): number[] {
  const shares: number[] = [];
  for (let j = 0; j < loads.length; j++) {
    const capacity = siloCapacity(scenario, state, j);
    shares.push(loads[j]! > capacity ? capacity / loads[j]! : 1);
  }
  return shares;
}

/**
 * Mean commitment the partners deliver (1 with no partners), an overloaded partner delivering
 * only its share (`deliveryShares`).
 */
export function commitment(scenario: Scenario, run: InitiativeState, shares: number[]): number {
  return commitmentOf(run, initiativeTables(scenario).get(run.id)!.partnerPositions, shares);
}

function commitmentOf(
  run: InitiativeState,
  positions: readonly number[],
  shares: number[],
): number {
  const partners = run.partners;
  if (partners.length === 0) return 1;
  let total = 0;
  for (let k = 0; k < partners.length; k++) {
    const j = positions[k]!;
    total += partners[k]!.commitment * (j >= 0 ? shares[j]! : 1);
  }
  return total / partners.length;
}

/** The blend of the three systemic gauges that gates every initiative (lesson L4), 0..100. */
export function systemicBlend(gauges: Record<Gauge, number>): number {
  const { motivation, measurability, implementability } = gauges;
  const lowest = Math.min(motivation, measurability, implementability);
  return 0.5 * lowest + (0.5 * (motivation + measurability + implementability)) / 3;
}

export function gate(gauges: Record<Gauge, number>): number {
  return clamp(
    TUNING.gateFloor + (TUNING.gateSlope * systemicBlend(gauges)) / 100,
    TUNING.gateFloor,
    TUNING.gateMax,
  );
}

export function engagementMultiplier(engagement: number): number {
  return TUNING.engagementBase + (TUNING.engagementSlope * engagement) / 100;
}

export function scaleShare(run: InitiativeState): number {
  return run.scale === 'pilot' ? TUNING.pilotShare : 1;
}

/**
 * Share of the stated effect an initiative realises now, before its ramp and before its true
 * effect in this company (which the player does not know): what the catalogue shows.
 */
export function realisation(
  scenario: Scenario,
  state: GameState,
  def: Initiative,
  run: InitiativeState,
  shares: number[],
  currentGate = gate(state.gauges),
  fit = fitMultiplier(scenario, def),
): number {
  return (
    commitment(scenario, run, shares) *
    currentGate *
    engagementMultiplier(state.company.engagement) *
    fit *
    scaleShare(run)
  );
}

/** How many initiatives each silo carries beyond its capacity, summed (lesson L4). */
export function overload(scenario: Scenario, state: GameState): number {
  const loads = siloLoads(scenario, state);
  let total = 0;
  for (let j = 0; j < loads.length; j++)
    total += Math.max(0, loads[j]! - siloCapacity(scenario, state, j));
  return total;
}

/** One silo's load (see `siloLoads`). */
export function siloLoad(scenario: Scenario, state: GameState, siloId: string): number {
  const j = siloPosition(scenario, siloId);
  if (j < 0) return 0;
  // One silo's column of `siloLoads`, without building the others (negotiations ask often).
  const runs = state.initiatives;
  const tables = runningTables(scenario, runs);
  let load = 0;
  for (let r = 0; r < runs.length; r++) {
    const table = tables[r]!;
    const partners = runs[r]!.partners;
    for (let k = 0; k < partners.length; k++) {
      if (table.partnerPositions[k] === j && loads(partners[k]!)) load += table.partnerLoads[k]!;
    }
  }
  return load;
}

/**
 * What makes up a silo's load (`siloLoad`): each initiative that counts towards it, with the place
 * its ask takes, in the order the initiatives were launched.
 */
export function siloLoadParts(
  scenario: Scenario,
  state: GameState,
  siloId: string,
): { initiative: string; load: number }[] {
  const j = siloPosition(scenario, siloId);
  const parts: { initiative: string; load: number }[] = [];
  if (j < 0) return parts;
  const tables = initiativeTables(scenario);
  for (const run of state.initiatives) {
    const table = tables.get(run.id)!;
    let load = 0;
    for (let k = 0; k < run.partners.length; k++) {
      if (table.partnerPositions[k] === j && loads(run.partners[k]!))
        load += table.partnerLoads[k]!;
    }
    if (load > 0) parts.push({ initiative: run.id, load });
  }
  return parts;
}

/** What the running initiatives add up to this quarter. */
export interface Work {
  lifts: CompanyLifts;
  gaugeLifts: Record<Gauge, number>;
  capabilityTargets: Record<Capability, number>;
  /** 0..1: how strongly feedback is acted on and shared (lesson L9). */
  loopClosure: number;
  /** Whether any listening programme is collecting feedback. */
  listening: boolean;
  valueModel: boolean;
  /**
   * Engagement lost to the load on the front line (lesson L10): every initiative beyond the first
   * few adds procedures; empowered staff absorb them, scripted staff wear out. Points, ≥ 0.
   */
  strain: number;
  /** 0..1: how much of that load empowerment absorbs. */
  relief: number;
  /** The insight table and delivery shares it used (the rest of the quarter reuses them). */
  insight: number[][];
  shares: number[];
  /** Initiatives carried beyond capacity, summed over the silos (lesson L4). */
  overload: number;
}

/**
 * Computes the lifts of all running initiatives and stores each one's realisation. Experience
 * lifts go only to the segments an initiative is aimed at.
 */
export function computeWork(scenario: Scenario, state: GameState): Work {
  const segments = scenario.segments;
  const experience: StageValues[] = [];
  const recovery: number[] = [];
  const acquisition: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    experience.push(zeroStages());
    recovery.push(0);
    acquisition.push(0);
  }
  const gaugeLifts = { motivation: 0, measurability: 0, implementability: 0 };
  const capabilityTargets = { gainedLost: 0, serviceProblems: 0, resolution: 0, linkage: 0 };
  let engagementLift = 0;
  let running = 0;
  let relief = 0;
  let loopClosure = 0;
  let listening = false;
  let valueModel = false;
  const currentGate = gate(state.gauges);
  const engaged = engagementMultiplier(state.company.engagement);
  const limitingGauge = currentGate < 0.75 ? weakestGauge(state.gauges) : undefined;
  const runs = state.initiatives as Mutable<InitiativeState>[];
  const runTables = runningTables(scenario, runs);
  const loads = siloLoads(scenario, state);
  const shares = sharesOf(scenario, state, loads);
  const insight = insightTable(state);
  let overloaded = 0;
  for (let j = 0; j < loads.length; j++)
    overloaded += Math.max(0, loads[j]! - siloCapacity(scenario, state, j));

  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    const tables = runTables[n]!;
    const def = tables.def;
    const r = ramp(def, run);
    const committed = commitmentOf(run, tables.partnerPositions, shares) * scaleShare(run);
    // realisation(), with the commitment and engagement worked out once.
    const realised = committed * currentGate * engaged * tables.fit;
    run.realisation = realised;
    run.limitingGauge = limitingGauge;
    if (r <= 0) continue;
    // What reaches customers also depends on how well it really works here (lesson L14).
    // A pilot that was read and then scaled was adapted on the way (lesson L14).
    const adapted = run.pilotReading && run.scale === 'full' ? 1 + TUNING.pilotLearning : 1;
    const strength = r * realised * state.effectFactors[tables.position]! * adapted;
    const stageLifts = tables.experience;
    for (let i = 0; i < segments.length; i++) {
      if (!tables.targets[i]) continue;
      if (stageLifts) {
        // Stage by stage in STAGES order; a stage without a lift is left alone. Each lands as
        // well as the company knows what this segment wants of the stage (lesson L8).
        const lifts = experience[i]!;
        const known = insight[i]!;
        let lift = stageLifts[0]!;
        if (lift) lifts.awareness += lift * strength * known[0]!;
        lift = stageLifts[1]!;
        if (lift) lifts.decision += lift * strength * known[1]!;
        lift = stageLifts[2]!;
        if (lift) lifts.purchase += lift * strength * known[2]!;
        lift = stageLifts[3]!;
        if (lift) lifts.service += lift * strength * known[3]!;
        lift = stageLifts[4]!;
        if (lift) lifts.repurchase += lift * strength * known[4]!;
      }
      if (tables.recovery) recovery[i]! += tables.recovery * strength;
      if (tables.acquisition) acquisition[i]! += tables.acquisition * strength;
    }
    const gauges = tables.gauges;
    if (gauges) {
      gaugeLifts.motivation += gauges[0]! * r * committed;
      gaugeLifts.measurability += gauges[1]! * r * committed;
      gaugeLifts.implementability += gauges[2]! * r * committed;
    }
    const capabilities = tables.capabilities;
    if (capabilities) {
      capabilityTargets.gainedLost += capabilities[0]! * r * committed;
      capabilityTargets.serviceProblems += capabilities[1]! * r * committed;
      capabilityTargets.resolution += capabilities[2]! * r * committed;
      capabilityTargets.linkage += capabilities[3]! * r * committed;
    }
    // Staff are engaged above all by being trusted to act (lesson L10): engagement from any other
    // kind of initiative counts at a share.
    const engagementShare = tables.empowerment ? 1 : TUNING.otherEngagementShare;
    engagementLift +=
      tables.engagement * engagementShare * r * committed * state.effectFactors[tables.position]!;
    running += 1;
    if (tables.empowerment) relief += TUNING.strainRelief * r * committed;
    if (tables.closesLoop) loopClosure = Math.max(loopClosure, r * committed);
    if (def.listening) listening = true;
    if (tables.valueModel && r * committed >= VALUE_MODEL_READY) valueModel = true;
  }

  return {
    lifts: {
      experience,
      recovery,
      acquisition,
      engagementTarget: engagementLift,
    },
    gaugeLifts,
    capabilityTargets,
    loopClosure,
    listening,
    valueModel,
    strain: TUNING.strainPerInitiative * Math.max(0, running - TUNING.strainFree),
    relief: Math.min(1, relief),
    insight,
    shares,
    overload: overloaded,
  };
}

export function weakestGauge(gauges: Record<Gauge, number>): Gauge {
  let weakest: Gauge = 'motivation';
  for (const g of GAUGES) if (gauges[g] < gauges[weakest]) weakest = g;
  return weakest;
}

/** The value model shows results in money once ramp × commitment × scale reaches this. */
const VALUE_MODEL_READY = 0.3;

// The last answer of hasValueModel, and for which state and moment (the log only grows): talks
// and reports ask it many times between two decisions.
let valueState: GameState | null = null;
let valueMoment = -1;
let valueAnswer = false;

/** Whether the customer-value model runs well enough to show results in money (lesson L11). */
export function hasValueModel(scenario: Scenario, state: GameState): boolean {
  if (valueState === state && valueMoment === state.log.length) return valueAnswer;
  valueState = state;
  valueMoment = state.log.length;
  valueAnswer = valueModelRuns(scenario, state);
  return valueAnswer;
}

function valueModelRuns(scenario: Scenario, state: GameState): boolean {
  const runs = state.initiatives;
  const runTables = runningTables(scenario, runs);
  let shares: number[] | null = null;
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    const tables = runTables[n]!;
    if (!tables.valueModel) continue;
    shares ??= deliveryShares(scenario, state);
    const committed = commitmentOf(run, tables.partnerPositions, shares);
    if (ramp(tables.def, run) * committed * scaleShare(run) >= VALUE_MODEL_READY) return true;
  }
  return false;
}

/** Whether an initiative's partners have all answered. */
export function partnersAnswered(run: InitiativeState): boolean {
  for (const p of run.partners) if (p.outcome === undefined) return false;
  return true;
}
