// Indexes of a scenario by id, built once per scenario object (scenarios are immutable), so the
// hot loop never searches arrays. Imports only engine types.

import type { GameEvent, Initiative, Scenario, Segment, Silo } from './scenario-types';

interface Index {
  initiatives: Map<string, Initiative>;
  initiativePositions: Map<string, number>;
  events: Map<string, GameEvent>;
  silos: Map<string, Silo>;
  siloPositions: Map<string, number>;
  segments: Map<string, Segment>;
  segmentPositions: Map<string, number>;
}

const cache = new WeakMap<Scenario, Index>();
// The last scenario asked about: a game asks about one scenario thousands of times in a row.
let lastScenario: Scenario | null = null;
let lastIndex: Index | null = null;

function index(scenario: Scenario): Index {
  if (scenario === lastScenario) return lastIndex!;
  let found = cache.get(scenario);
  if (!found) {
    found = {
      initiatives: new Map(scenario.initiatives.map((i) => [i.id, i])),
      initiativePositions: new Map(scenario.initiatives.map((d, i) => [d.id, i])),
      events: new Map(scenario.events.map((e) => [e.id, e])),
      silos: new Map(scenario.silos.map((s) => [s.id, s])),
      siloPositions: new Map(scenario.silos.map((s, i) => [s.id, i])),
      segments: new Map(scenario.segments.map((s) => [s.id, s])),
      segmentPositions: new Map(scenario.segments.map((s, i) => [s.id, i])),
    };
    cache.set(scenario, found);
  }
  lastScenario = scenario;
  lastIndex = found;
  return found;
}

export function catalogue(scenario: Scenario): Map<string, Initiative> {
  return index(scenario).initiatives;
}

export function findInitiative(scenario: Scenario, id: string): Initiative | undefined {
  return index(scenario).initiatives.get(id);
}

/** Where an initiative is in the scenario's catalogue, or -1. */
export function initiativePosition(scenario: Scenario, id: string): number {
  return index(scenario).initiativePositions.get(id) ?? -1;
}

export function findEvent(scenario: Scenario, id: string): GameEvent | undefined {
  return index(scenario).events.get(id);
}

export function findSilo(scenario: Scenario, id: string): Silo | undefined {
  return index(scenario).silos.get(id);
}

export function siloPosition(scenario: Scenario, id: string): number {
  return index(scenario).siloPositions.get(id) ?? -1;
}

export function segmentPosition(scenario: Scenario, id: string): number {
  return index(scenario).segmentPositions.get(id) ?? -1;
}
