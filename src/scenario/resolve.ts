// Turns a checked scenario file into the engine's Scenario: shared initiatives added, partner roles
// resolved to silo ids, approaches and leader lines merged with the defaults, portraits chosen.
// Imports engine types and the scenario format's types.

import type { ApproachInfo, Initiative, Leader, Scenario, Text } from '../engine';
import { APPROACHES, hash128 } from '../engine';
import type { DefaultsFile, ScenarioFile } from './schema';

type FileInitiative = ScenarioFile['initiatives'][number];

/** A portrait chosen from a name, so every leader looks different without being specified. */
export function portraitFromName(name: Text): Leader['portrait'] {
  const source = typeof name === 'string' ? name : (Object.values(name)[0] ?? '');
  const digits = hash128(source);
  const pick = (k: number) => parseInt(digits.slice(k * 2, k * 2 + 2), 16) % 8;
  return { skin: pick(0), hair: pick(1), hairStyle: pick(2), accent: pick(3) };
}

function resolveInitiative(
  file: ScenarioFile,
  initiative: FileInitiative,
  shared: boolean,
): Initiative {
  const scale = shared ? file.defaultInitiatives.costScale : 1;
  const partners: Initiative['partners'][number][] = [];
  for (const partner of initiative.partners) {
    const silo = partner.silo.startsWith('role:')
      ? file.silos.find((s) => s.role === partner.silo.slice(5))?.id
      : partner.silo;
    // A shared initiative may ask for a role this company does not have: it simply needs one
    // partner fewer. Two roles held by the same silo make one partner.
    if (silo && !partners.some((p) => p.silo === silo)) partners.push({ silo, ask: partner.ask });
  }
  return {
    id: initiative.id,
    name: initiative.name,
    summary: initiative.summary,
    category: initiative.category,
    cost:
      scale === 1
        ? initiative.cost
        : {
            ...initiative.cost,
            launch: Math.round(initiative.cost.launch * scale),
            upkeep: Math.round(initiative.cost.upkeep * scale),
          },
    rampQuarters: initiative.rampQuarters,
    partners,
    pilotable: initiative.pilotable,
    affinity: initiative.affinity,
    effectRange: initiative.effectRange,
    segments: initiative.segments.filter((id) => file.segments.some((s) => s.id === id)),
    effects: initiative.effects,
    listening: initiative.listening,
    onLaunch: initiative.onLaunch,
    lessons: initiative.lessons,
    tags:
      shared && !initiative.tags.includes('shared')
        ? [...initiative.tags, 'shared']
        : initiative.tags,
  };
}

export function resolveScenario(file: ScenarioFile, defaults: DefaultsFile): Scenario {
  const ownIds = new Set(file.initiatives.map((i) => i.id));
  const excluded = new Set(file.defaultInitiatives.exclude);
  const offered = file.defaultInitiatives.include
    ? defaults.initiatives.filter((i) => !excluded.has(i.id))
    : [];
  const shared = offered.filter((i) => !ownIds.has(i.id));
  // A file's initiative with a shared one's id replaces it (to translate it, say) and stays a
  // shared initiative: scaled like the others, and still one the generic expert may launch.
  const replaced = new Set(offered.filter((i) => ownIds.has(i.id)).map((i) => i.id));
  const approaches = Object.fromEntries(
    APPROACHES.map((id) => {
      const base = defaults.approaches[id];
      const change = file.approaches[id];
      const merged: ApproachInfo = {
        name: change?.name ?? base.name,
        description: change?.description ?? base.description,
        coreAffinity: { ...base.coreAffinity, ...(change?.coreAffinity ?? {}) },
        kpiAffinity: { ...base.kpiAffinity, ...(change?.kpiAffinity ?? {}) },
        personality: { ...base.personality, ...(change?.personality ?? {}) },
      };
      return [id, merged];
    }),
  ) as Scenario['approaches'];

  return {
    id: file.id,
    version: file.version,
    title: file.title,
    powerCore: file.powerCore,
    coreSilo: file.coreSilo,
    company: file.company,
    ceo: { ...file.ceo, portrait: file.ceo.portrait ?? portraitFromName(file.ceo.name) },
    mandate: file.mandate,
    budget: file.budget,
    organisation: file.organisation,
    segments: file.segments,
    silos: file.silos.map((silo) => ({
      ...silo,
      leader: {
        ...silo.leader,
        portrait: silo.leader.portrait ?? portraitFromName(silo.leader.name),
        voice: silo.leader.voice,
      },
    })),
    initiatives: [
      ...shared.map((i) => resolveInitiative(file, i, true)),
      ...file.initiatives.map((i) => resolveInitiative(file, i, replaced.has(i.id))),
    ],
    events: file.events,
    approaches,
    voice: { ...defaults.voice, ...file.voice },
  };
}
