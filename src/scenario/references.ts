// The checks a schema cannot make: ids are unique, references point at things that exist, segment
// weights add up to 1, an event's default option costs nothing. Each problem names its path.
// Imports engine constants and the scenario format's types.

import { STAGES } from '../engine';
import type { DefaultsFile, ScenarioFile } from './schema';
import type { PathKey } from './source';

export interface ReferenceProblem {
  path: PathKey[];
  message: string;
}

function duplicates(ids: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  const repeated = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) repeated.set(id, i);
    else seen.set(id, i);
  });
  return repeated;
}

export function checkReferences(file: ScenarioFile, defaults: DefaultsFile): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const add = (path: PathKey[], message: string) => problems.push({ path, message });

  const segmentIds = file.segments.map((s) => s.id);
  const siloIds = file.silos.map((s) => s.id);
  const roles = new Set(file.silos.map((s) => s.role));
  const defaultIds = defaults.initiatives.map((i) => i.id);
  const ownIds = file.initiatives.map((i) => i.id);
  const offered = new Set<string>([
    ...ownIds,
    ...(file.defaultInitiatives.include ? defaultIds : []),
  ]);

  for (const [list, name, ids] of [
    ['segments', 'segment', segmentIds],
    ['silos', 'silo', siloIds],
    ['initiatives', 'initiative', ownIds],
    ['events', 'event', file.events.map((e) => e.id)],
  ] as const) {
    for (const [id, i] of duplicates(ids))
      add([list, i, 'id'], `another ${name} already has the id "${id}"`);
  }

  if (file.coreSilo !== undefined && !siloIds.includes(file.coreSilo)) {
    add(['coreSilo'], `names the silo "${file.coreSilo}", but there is no silo with that id`);
  }
  if (file.coreSilo === undefined && file.powerCore !== 'customer') {
    add(['coreSilo'], `is required: name the silo that holds the ${file.powerCore} power core`);
  }

  file.segments.forEach((segment, i) => {
    const total = STAGES.reduce((acc, stage) => acc + segment.weights[stage], 0);
    if (Math.abs(total - 1) > 0.02) {
      add(
        ['segments', i, 'weights'],
        `should add up to 1, but they add up to ${Math.round(total * 1000) / 1000}`,
      );
    }
  });

  const checkSegments = (path: PathKey[], ids: readonly string[] | undefined) => {
    ids?.forEach((id, k) => {
      if (!segmentIds.includes(id))
        add([...path, k], `names the segment "${id}", but there is no segment with that id`);
    });
  };
  const checkSiloKeys = (path: PathKey[], changes: Record<string, number> | undefined) => {
    for (const key of Object.keys(changes ?? {})) {
      if (key !== '*' && key !== 'core' && !siloIds.includes(key)) {
        add([...path, key], `names the silo "${key}", but there is no silo with that id`);
      }
    }
  };
  const checkEffects = (
    path: PathKey[],
    effects: ScenarioFile['events'][number]['options'][number]['effects'] | undefined,
  ) => {
    if (!effects) return;
    checkSegments([...path, 'segments'], effects.segments);
    checkSiloKeys([...path, 'trust'], effects.trust);
    checkSiloKeys([...path, 'orientation'], effects.orientation);
  };

  file.initiatives.forEach((initiative, i) => {
    const base: PathKey[] = ['initiatives', i];
    initiative.partners.forEach((partner, k) => {
      if (partner.silo.startsWith('role:')) {
        const role = partner.silo.slice(5);
        if (!roles.has(role))
          add(
            [...base, 'partners', k, 'silo'],
            `asks for a silo with the role "${role}", but no silo has it`,
          );
      } else if (!siloIds.includes(partner.silo)) {
        add(
          [...base, 'partners', k, 'silo'],
          `names the silo "${partner.silo}", but there is no silo with that id`,
        );
      }
    });
    checkSegments([...base, 'segments'], initiative.segments);
    checkEffects([...base, 'onLaunch'], initiative.onLaunch);
  });

  file.defaultInitiatives.exclude.forEach((id, k) => {
    if (!defaultIds.includes(id)) {
      add(
        ['defaultInitiatives', 'exclude', k],
        `names the shared initiative "${id}", but there is none with that id`,
      );
    }
  });

  file.events.forEach((event, i) => {
    const base: PathKey[] = ['events', i];
    if (event.silo !== undefined && !siloIds.includes(event.silo)) {
      add([...base, 'silo'], `names the silo "${event.silo}", but there is no silo with that id`);
    }
    if (event.firstQuarter > event.lastQuarter) {
      add([...base, 'lastQuarter'], `is before firstQuarter (${event.firstQuarter})`);
    }
    for (const [id, k] of duplicates(event.options.map((o) => o.id))) {
      add([...base, 'options', k, 'id'], `another option of this event already has the id "${id}"`);
    }
    const fallback = event.options.find((o) => o.id === event.defaultOption);
    if (!fallback) {
      add(
        [...base, 'defaultOption'],
        `names the option "${event.defaultOption}", but the event has no option with that id`,
      );
    } else if (
      fallback.cost.budget > 0 ||
      fallback.cost.actionPoints > 0 ||
      fallback.cost.politicalCapital > 0
    ) {
      add([...base, 'defaultOption'], 'must cost nothing: it is what happens when nobody acts');
    }
    event.mitigatedBy.forEach((id, k) => {
      if (!offered.has(id))
        add(
          [...base, 'mitigatedBy', k],
          `names the initiative "${id}", but it is not in the catalogue`,
        );
    });
    event.options.forEach((option, k) =>
      checkEffects([...base, 'options', k, 'effects'], option.effects),
    );
  });
  return problems;
}
