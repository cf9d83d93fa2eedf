// A facilitator who translates a shared initiative writes it in the file under the same id. It
// replaces the shared one and stays shared: scaled by costScale like the rest of the catalogue,
// and still one the expert who ignores the power core (who plays shared initiatives only) may
// launch. A file that translates the whole catalogue still has a generic expert that plays.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sharedDefaults } from '../../src/cli/scenario-files';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { loadScenario } from '../../src/scenario/load';

const defaults = sharedDefaults();
const example = parse(readFileSync('scenarios/example-custom.yaml', 'utf8')) as {
  initiatives: { id: string }[];
  defaultInitiatives: { exclude: string[]; costScale: number };
};

/** The example with every shared initiative written into the file, its name in Polish too. */
function translatedCatalogue(costScale: number): string {
  const excluded = new Set(example.defaultInitiatives.exclude);
  const copies = defaults.initiatives
    .filter((i) => !excluded.has(i.id))
    .map((i) => ({ ...i, name: { en: (i.name as Record<string, string>).en, pl: `PL ${i.id}` } }));
  return JSON.stringify({
    ...example,
    defaultInitiatives: { ...example.defaultInitiatives, costScale },
    initiatives: [...example.initiatives, ...copies],
  });
}

describe('a shared initiative replaced by id', () => {
  it('stays shared, scaled like the catalogue, with the file’s texts', () => {
    const loaded = loadScenario(translatedCatalogue(2), defaults);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const pulse = loaded.scenario.initiatives.filter((i) => i.id === 'pulse-survey');
    expect(pulse).toHaveLength(1);
    expect(pulse[0]!.tags).toContain('shared');
    expect((pulse[0]!.name as Record<string, string>).pl).toBe('PL pulse-survey');
    const original = defaults.initiatives.find((i) => i.id === 'pulse-survey')!;
    expect(pulse[0]!.cost.launch).toBe(Math.round(original.cost.launch * 2));
    // The file's own initiatives are neither tagged nor scaled.
    const own = loaded.scenario.initiatives.find((i) => i.id === example.initiatives[0]!.id)!;
    expect(own.tags).not.toContain('shared');
  });

  it('leaves the generic expert a catalogue to play when the whole catalogue is translated', () => {
    const loaded = loadScenario(translatedCatalogue(1), defaults);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const scenario = loaded.scenario;
    const generic = botByName('expert-generic', scenario)!;
    const { state } = playGame(scenario, 3, STANDARD_DIFFICULTY, generic);
    const launched = state.decisions.flatMap((d) => (d.type === 'launch' ? [d.initiative] : []));
    expect(launched.length).toBeGreaterThan(0);
    for (const id of launched)
      expect(scenario.initiatives.find((i) => i.id === id)!.tags).toContain('shared');
  });
});
