// The built-in scenarios are loaded at build time: the game must get exactly the scenario the
// loader makes of the file (same fingerprint, same games), and a broken built-in file must arrive
// as problems the game can show, not as a build that silently drops it.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fingerprint, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { builtInModule } from '../../src/scenario/built-in-module';
import type { ScenarioResult } from '../../src/scenario/load';
import { createScenarioLibrary } from '../../src/store/scenario-library';
import { builtInIds, loadScenarioFile } from '../../src/cli/scenario-files';

const defaultsText = readFileSync('scenarios/defaults.yaml', 'utf8');

/** What the module's `export default` evaluates to. */
function exported(source: string): ScenarioResult {
  const literal = /^export default JSON\.parse\((.*)\);\n$/s.exec(source);
  expect(literal).not.toBeNull();
  return JSON.parse(JSON.parse(literal![1]!) as string) as ScenarioResult;
}

describe('built-in scenarios loaded at build time', () => {
  const library = createScenarioLibrary();

  test('the game offers every built-in file and no other', () => {
    expect([...library.builtInIds]).toEqual(builtInIds());
    expect(library.defaultScenario).toBe('vectra-office-systems');
  });

  test.each(builtInIds())('%s is the scenario the loader makes of the file', async (id) => {
    const built = await library.builtIn(id);
    const loaded = loadScenarioFile(id);
    if (!built.ok || !loaded.ok) throw new Error(`${id} did not load`);
    expect(built.scenario).toEqual(loaded.scenario);
    expect(fingerprint(built.scenario)).toBe(fingerprint(loaded.scenario));
    const bot = botByName('expert', loaded.scenario)!;
    const fromBuild = playGame(built.scenario, 7, STANDARD_DIFFICULTY, bot).state;
    const fromFile = playGame(loaded.scenario, 7, STANDARD_DIFFICULTY, bot).state;
    expect(JSON.stringify(fromBuild)).toBe(JSON.stringify(fromFile));
  });

  test('a broken built-in file arrives as its problems', () => {
    const text = readFileSync('scenarios/vectra-office-systems.yaml', 'utf8').replace(
      /^powerCore: .*$/m,
      'powerCore: finance',
    );
    const result = exported(builtInModule(text, defaultsText));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('powerCore');
  });

  test('an unknown id is a problem, not a crash', async () => {
    const result = await library.builtIn('no-such-scenario');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: '',
          key: 'scenario-problem.no-built-in',
          params: { id: { quoted: 'no-such-scenario' } },
        },
      ],
    });
  });
});
