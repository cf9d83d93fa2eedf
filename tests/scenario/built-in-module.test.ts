// The built-in scenarios are loaded at build time: the game must get exactly the scenario the
// loader makes of the file (same fingerprint, same games), and a broken built-in file must arrive
// as problems the game can show, not as a build that silently drops it.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fingerprint, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import { builtInModule } from '../../src/scenario/built-in-module';
import type { ScenarioResult } from '../../src/scenario/load';
import { BUILT_IN_LANGUAGES, createScenarioLibrary } from '../../src/store/scenario-library';
import { builtInIds, loadScenarioFile } from '../../src/cli/scenario-files';
import { scenarioFileSchema } from '../../src/scenario/schema';
import { mapTexts } from '../../src/scenario/texts';
import { LANGUAGES } from '../../src/ui/i18n';
import type { Scenario, Text } from '../../src/engine';

/** The scenario with every text replaced by a mark: what stays when texts are set aside. */
function withoutTexts(scenario: Scenario): string {
  return JSON.stringify(scenario, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && isText(value)
      ? '<text>'
      : value,
  );
}

function isText(value: object): value is Exclude<Text, string> {
  const entries = Object.entries(value);
  return (
    entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string')
  );
}

/** Every language key of every text in the scenario (a text given as a plain string has none). */
function languagesIn(scenario: Scenario): Set<string> {
  const found = new Set<string>();
  JSON.stringify(scenario, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && isText(value))
      for (const k of Object.keys(value)) found.add(k);
    return value;
  });
  return found;
}

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

  test.each(builtInIds())(
    '%s in each language: the scenario the loader makes of the file, texts of one language',
    async (id) => {
      const loaded = loadScenarioFile(id);
      if (!loaded.ok) throw new Error(`${id} did not load`);
      expect(languagesIn(loaded.scenario)).toEqual(new Set(['en', 'pl', 'uk']));
      const bot = botByName('expert', loaded.scenario)!;
      const fromFile = JSON.stringify(playGame(loaded.scenario, 7, STANDARD_DIFFICULTY, bot).state);
      for (const lang of ['en', 'pl', 'uk']) {
        const built = await library.builtIn(id, lang);
        if (!built.ok) throw new Error(`${id} in ${lang} did not load`);
        expect(languagesIn(built.scenario)).toEqual(new Set([lang]));
        expect(withoutTexts(built.scenario)).toBe(withoutTexts(loaded.scenario));
        expect(fingerprint(built.scenario)).toBe(fingerprint(loaded.scenario));
        expect(built.scenario.company.industry).toEqual({
          [lang]: (loaded.scenario.company.industry as Record<string, string>)[lang],
        });
        const fromBuild = playGame(built.scenario, 7, STANDARD_DIFFICULTY, bot).state;
        expect(JSON.stringify(fromBuild)).toBe(fromFile);
      }
    },
  );

  test("the built-ins are built in each of the game's languages", () => {
    expect([...BUILT_IN_LANGUAGES].sort()).toEqual(Object.keys(LANGUAGES).sort());
  });

  test('a language the built-ins are not built in gets the English texts', async () => {
    const english = await library.builtIn('vectra-office-systems', 'en');
    expect(await library.builtIn('vectra-office-systems', 'qps')).toBe(english);
    expect(await library.builtIn('vectra-office-systems')).toBe(english);
  });

  test('a text in one language only is kept in every language; the walk changes nothing unasked', () => {
    const text = readFileSync('scenarios/vectra-office-systems.yaml', 'utf8').replace(
      /^title:.*$/m,
      'title: Vectra (one language)',
    );
    const result = exported(builtInModule(text, defaultsText, 'pl'));
    if (!result.ok) throw new Error('did not load');
    expect(result.scenario.title).toBe('Vectra (one language)');
    const file = mapTexts(scenarioFileSchema, { title: { en: 'A', uk: 'Б' } }, (t) => t);
    expect(file).toEqual({ title: { en: 'A', uk: 'Б' } });
  });

  test('a broken built-in file arrives as its problems', () => {
    const text = readFileSync('scenarios/vectra-office-systems.yaml', 'utf8').replace(
      /^powerCore: .*$/m,
      'powerCore: finance',
    );
    const result = exported(builtInModule(text, defaultsText, 'en'));
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
