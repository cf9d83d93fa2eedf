// Every built-in scenario and the shared defaults speak English, Polish and Ukrainian: each text
// a player reads (found by walking the loader's own schema, so no field is missed) gives all
// three, except proper names (the scenario's title, the company's and the people's names).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtInIds } from '../../src/cli/scenario-files';
import { defaultsFileSchema, scenarioFileSchema } from '../../src/scenario/schema';
import { mapTexts } from '../../src/scenario/texts';

const LANGUAGES = ['en', 'pl', 'uk'] as const;
const PROPER_NAMES = [/^title$/, /^company\.name$/, /^ceo\.name$/, /^silos\[\d+\]\.leader\.name$/];

function missing(schema: unknown, file: string): string[] {
  const found: [string, unknown][] = [];
  mapTexts(schema, parse(readFileSync(join('scenarios', file), 'utf8')), (text, path) => {
    found.push([path, text]);
    return text;
  });
  expect(found.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const [path, text] of found) {
    if (PROPER_NAMES.some((name) => name.test(path))) continue;
    if (typeof text === 'string') problems.push(`${path}: one language only`);
    else
      for (const lang of LANGUAGES)
        if (!(text as Record<string, string>)[lang]) problems.push(`${path}: no ${lang}`);
  }
  return problems;
}

describe('the built-in scenarios in three languages', () => {
  it.each(builtInIds())('%s gives every text in English, Polish and Ukrainian', (id) => {
    expect(missing(scenarioFileSchema, `${id}.yaml`)).toEqual([]);
  });

  it('the shared defaults give every text in English, Polish and Ukrainian', () => {
    expect(missing(defaultsFileSchema, 'defaults.yaml')).toEqual([]);
  });
});
