// Every built-in scenario and the shared defaults speak English, Polish and Ukrainian: each text
// a player reads (found by walking the loader's own schema, so no field is missed) gives all
// three, except proper names (the scenario's title, the company's and the people's names).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtInIds } from '../../src/cli/scenario-files';
import { defaultsFileSchema, scenarioFileSchema, textSchema } from '../../src/scenario/schema';

const LANGUAGES = ['en', 'pl', 'uk'] as const;
const PROPER_NAMES = [/^title$/, /^company\.name$/, /^ceo\.name$/, /^silos\[\d+\]\.leader\.name$/];

interface SchemaNode {
  readonly type?: string;
  readonly entries?: Record<string, SchemaNode>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly SchemaNode[];
}

/** The paths of every text in `data`, with the text, following the schema that checks it. */
function texts(schema: SchemaNode, data: unknown, path: string, out: [string, unknown][]): void {
  if (data === undefined || data === null) return;
  if (schema === (textSchema as unknown as SchemaNode)) {
    out.push([path, data]);
    return;
  }
  if (schema.wrapped) return texts(schema.wrapped, data, path, out);
  if (schema.entries && typeof data === 'object')
    for (const [key, entry] of Object.entries(schema.entries))
      texts(entry, (data as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  if (schema.item && Array.isArray(data))
    data.forEach((element, i) => texts(schema.item!, element, `${path}[${i}]`, out));
  if (schema.type === 'record' && schema.value && typeof data === 'object')
    for (const [key, element] of Object.entries(data as object))
      texts(schema.value, element, `${path}.${key}`, out);
  for (const option of schema.options ?? []) texts(option, data, path, out);
}

function missing(schema: unknown, file: string): string[] {
  const found: [string, unknown][] = [];
  texts(schema as SchemaNode, parse(readFileSync(join('scenarios', file), 'utf8')), '', found);
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
