// An initiative's definition as dense tables for the quarter's hot loops, built once per scenario
// (its partners' silo positions and loads, its effects, its fit with the power core), and the
// tables of the running initiatives kept while their list is the same. Imports only engine
// modules.

import type { AskSize, Initiative, Scenario } from './scenario-types';
import { CAPABILITIES, GAUGES, STAGES } from './scenario-types';
import type { InitiativeState } from './state-types';
import { TUNING } from './tuning';
import { siloPosition } from './lookup';

/** How much of a silo's capacity an ask takes: a small ask half a slot, a large one and a half. */
export const ASK_LOAD: Readonly<Record<AskSize, number>> = { small: 0.5, medium: 1, large: 1.5 };

/**
 * An initiative's definition with dense tables for the quarter's hot loops, built once per
 * scenario: its partners (each one's silo position and load, in the order a run keeps them) and
 * its effects.
 */
export interface InitiativeTables {
  readonly def: Initiative;
  /** Its position in the catalogue (for its true effect in `effectFactors`). */
  readonly position: number;
  readonly partnerPositions: number[];
  readonly partnerLoads: number[];
  /** `silo|initiative` per partner, as the turn's negotiations are kept (one string each). */
  readonly talkKeys: string[];
  /** Whether it is aimed at each of the scenario's segments (by position). */
  readonly targets: boolean[];
  /** Experience lift per stage in STAGES order (0 where none), or null without experience lifts. */
  readonly experience: number[] | null;
  /** Gauge lifts in GAUGES order (0 where none), or null. */
  readonly gauges: number[] | null;
  /** Capability targets in CAPABILITIES order (0 where none), or null. */
  readonly capabilities: number[] | null;
  /** Its affinity with the power core's way of working, and the fit multiplier from it. */
  readonly affinity: number;
  readonly fit: number;
  readonly empowerment: boolean;
  /** The effects the quarter adds up, read once here (0 or false where none). */
  readonly recovery: number;
  readonly acquisition: number;
  readonly engagement: number;
  readonly closesLoop: boolean;
  readonly valueModel: boolean;
}

const tableCache = new WeakMap<Scenario, Map<string, InitiativeTables>>();
// The last scenario asked about (a game asks about one scenario thousands of times in a row).
let lastScenario: Scenario | null = null;
let lastTables: Map<string, InitiativeTables> | null = null;

/** Every initiative's tables by id. */
export function initiativeTables(scenario: Scenario): Map<string, InitiativeTables> {
  if (scenario === lastScenario) return lastTables!;
  let found = tableCache.get(scenario);
  if (!found) {
    found = new Map();
    for (let position = 0; position < scenario.initiatives.length; position++) {
      const def = scenario.initiatives[position]!;
      const e = def.effects;
      found.set(def.id, {
        def,
        position,
        partnerPositions: def.partners.map((p) => siloPosition(scenario, p.silo)),
        partnerLoads: def.partners.map((p) => ASK_LOAD[p.ask]),
        talkKeys: def.partners.map((p) => `${p.silo}|${def.id}`),
        targets: scenario.segments.map(
          (segment) => def.segments.length === 0 || def.segments.includes(segment.id),
        ),
        experience: e.experience ? STAGES.map((stage) => e.experience![stage] ?? 0) : null,
        gauges: e.gauges ? GAUGES.map((g) => e.gauges![g] ?? 0) : null,
        capabilities: e.capabilities ? CAPABILITIES.map((c) => e.capabilities![c] ?? 0) : null,
        affinity: def.affinity[scenario.powerCore] ?? 0,
        fit: fitMultiplier(scenario, def),
        empowerment: def.category === 'empowerment',
        recovery: e.recovery ?? 0,
        acquisition: e.acquisition ?? 0,
        engagement: e.engagement ?? 0,
        closesLoop: e.closesLoop === true,
        valueModel: e.valueModel === true,
      });
    }
    tableCache.set(scenario, found);
  }
  lastScenario = scenario;
  lastTables = found;
  return found;
}

/** One initiative's tables (see `InitiativeTables`), or undefined for an unknown id. */
export function initiativeTable(scenario: Scenario, id: string): InitiativeTables | undefined {
  return initiativeTables(scenario).get(id);
}

// The tables of the running initiatives last asked for, and their ids: the list changes only at
// a launch, a stop or an unfunded stop, but is walked many times per decision and per quarter.
let lastRunsScenario: Scenario | null = null;
let lastRunIds: string[] = [];
let lastRunTables: InitiativeTables[] = [];

/**
 * The tables of each running initiative, in the order of `runs` (every id must be in the
 * catalogue). Kept while the ids are the same (the tables depend on nothing else); a changed list
 * gets a new array, so one handed out earlier never changes under its holder.
 */
export function runningTables(
  scenario: Scenario,
  runs: readonly InitiativeState[],
): readonly InitiativeTables[] {
  if (scenario === lastRunsScenario && runs.length === lastRunIds.length) {
    let same = true;
    for (let k = 0; k < runs.length && same; k++) same = runs[k]!.id === lastRunIds[k];
    if (same) return lastRunTables;
  }
  const tables = initiativeTables(scenario);
  lastRunsScenario = scenario;
  lastRunIds = runs.map((run) => run.id);
  lastRunTables = runs.map((run) => tables.get(run.id)!);
  return lastRunTables;
}

/**
 * The key of a talk with a silo about an initiative, `silo|initiative`, as the turn's negotiations
 * are kept; `k` is the silo's place among the initiative's partners. The same string every time
 * (made once per scenario), so keeping and finding the turn's talks compares strings already
 * hashed.
 */
export function talkKey(scenario: Scenario, initiative: string, silo: string, k: number): string {
  const tables = initiativeTables(scenario).get(initiative);
  if (tables && k < tables.talkKeys.length && tables.def.partners[k]!.silo === silo)
    return tables.talkKeys[k]!;
  return `${silo}|${initiative}`;
}

/** An initiative's affinity with the power core's way of working (0 where the scenario gives none). */
export function coreAffinity(scenario: Scenario, def: Initiative): number {
  const tables = initiativeTables(scenario).get(def.id);
  return tables && tables.def === def ? tables.affinity : (def.affinity[scenario.powerCore] ?? 0);
}

/** The power-core fit multiplier of an initiative (lesson L3). */
export function fitMultiplier(scenario: Scenario, def: Initiative): number {
  return 1 + TUNING.fitEffect * (def.affinity[scenario.powerCore] ?? 0);
}
