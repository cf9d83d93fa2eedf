// The checks a schema cannot make: ids are unique, references point at things that exist, segment
// weights add up to 1, an event's default option costs nothing. Each problem names its path and
// gives a message key with parameters. Imports engine constants and the scenario format's types.

import { STAGES } from '../engine';
import type { DefaultsFile, ScenarioFile } from './schema';
import type { ProblemKey, ProblemParams } from './problem';
import type { PathKey } from './source';

export interface ReferenceProblem {
  path: PathKey[];
  key: ProblemKey;
  params?: ProblemParams;
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
  const add = (path: PathKey[], key: ProblemKey, params?: ProblemParams) =>
    problems.push(params ? { path, key, params } : { path, key });
  const unknownSilo = (path: PathKey[], id: string) =>
    add(path, 'scenario-problem.unknown-silo', { id: { quoted: id } });

  const segmentIds = file.segments.map((s) => s.id);
  const siloIds = file.silos.map((s) => s.id);
  const roles = new Set(file.silos.map((s) => s.role));
  const defaultIds = defaults.initiatives.map((i) => i.id);
  const ownIds = file.initiatives.map((i) => i.id);
  // A shared initiative the file excludes is never offered (unless the file has its own by that
  // id), as resolve.ts builds the catalogue.
  const excluded = new Set(
    file.defaultInitiatives.include
      ? file.defaultInitiatives.exclude.filter((id) => !ownIds.includes(id))
      : [],
  );
  const offered = new Set<string>([
    ...ownIds,
    ...(file.defaultInitiatives.include ? defaultIds.filter((id) => !excluded.has(id)) : []),
  ]);

  for (const [list, key, ids] of [
    ['segments', 'scenario-problem.duplicate-id.segment', segmentIds],
    ['silos', 'scenario-problem.duplicate-id.silo', siloIds],
    ['initiatives', 'scenario-problem.duplicate-id.initiative', ownIds],
    ['events', 'scenario-problem.duplicate-id.event', file.events.map((e) => e.id)],
  ] as const) {
    for (const [id, i] of duplicates(ids)) add([list, i, 'id'], key, { id: { quoted: id } });
  }

  if (file.coreSilo !== undefined && !siloIds.includes(file.coreSilo)) {
    unknownSilo(['coreSilo'], file.coreSilo);
  }
  if (file.coreSilo === undefined && file.powerCore !== 'customer') {
    add(['coreSilo'], 'scenario-problem.core-silo-required', { core: file.powerCore });
  }

  file.segments.forEach((segment, i) => {
    const total = STAGES.reduce((acc, stage) => acc + segment.weights[stage], 0);
    if (Math.abs(total - 1) > 0.02) {
      add(['segments', i, 'weights'], 'scenario-problem.weights-sum', {
        total: String(Math.round(total * 1000) / 1000),
      });
    }
  });

  const checkSegments = (path: PathKey[], ids: readonly string[] | undefined) => {
    ids?.forEach((id, k) => {
      if (!segmentIds.includes(id))
        add([...path, k], 'scenario-problem.unknown-segment', { id: { quoted: id } });
    });
  };
  const checkSiloKeys = (path: PathKey[], changes: Record<string, number> | undefined) => {
    for (const key of Object.keys(changes ?? {})) {
      if (key !== '*' && key !== 'core' && !siloIds.includes(key)) {
        unknownSilo([...path, key], key);
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
          add([...base, 'partners', k, 'silo'], 'scenario-problem.unknown-role', {
            role: { quoted: role },
          });
      } else if (!siloIds.includes(partner.silo)) {
        unknownSilo([...base, 'partners', k, 'silo'], partner.silo);
      }
    });
    checkSegments([...base, 'segments'], initiative.segments);
    checkEffects([...base, 'onLaunch'], initiative.onLaunch);
  });

  file.defaultInitiatives.exclude.forEach((id, k) => {
    if (!defaultIds.includes(id)) {
      add(['defaultInitiatives', 'exclude', k], 'scenario-problem.unknown-shared-initiative', {
        id: { quoted: id },
      });
    }
  });

  file.events.forEach((event, i) => {
    const base: PathKey[] = ['events', i];
    if (event.silo !== undefined && !siloIds.includes(event.silo)) {
      unknownSilo([...base, 'silo'], event.silo);
    }
    if (event.firstQuarter > event.lastQuarter) {
      add([...base, 'lastQuarter'], 'scenario-problem.last-before-first', {
        first: String(event.firstQuarter),
      });
    }
    for (const [id, k] of duplicates(event.options.map((o) => o.id))) {
      add([...base, 'options', k, 'id'], 'scenario-problem.duplicate-option-id', {
        id: { quoted: id },
      });
    }
    const fallback = event.options.find((o) => o.id === event.defaultOption);
    if (!fallback) {
      add([...base, 'defaultOption'], 'scenario-problem.unknown-option', {
        id: { quoted: event.defaultOption },
      });
    } else if (
      fallback.cost.budget > 0 ||
      fallback.cost.actionPoints > 0 ||
      fallback.cost.politicalCapital > 0
    ) {
      add([...base, 'defaultOption'], 'scenario-problem.default-costs');
    }
    event.mitigatedBy.forEach((id, k) => {
      if (offered.has(id)) return;
      add(
        [...base, 'mitigatedBy', k],
        excluded.has(id) && defaultIds.includes(id)
          ? 'scenario-problem.excluded-initiative'
          : 'scenario-problem.unknown-initiative',
        { id: { quoted: id } },
      );
    });
    event.options.forEach((option, k) =>
      checkEffects([...base, 'options', k, 'effects'], option.effects),
    );
  });
  return problems;
}
