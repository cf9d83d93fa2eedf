import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { formatProblem, loadScenario, problemText } from '../../src/scenario/load';
import { createTranslator } from '../../src/ui/i18n';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { SCENARIO_DIR, sharedDefaults, builtInIds } from '../../src/cli/scenario-files';
import { MAX_FILE_CHARS } from '../../src/scenario/source';

const defaults = sharedDefaults();
const vectraText = readFileSync(join(SCENARIO_DIR, 'vectra-office-systems.yaml'), 'utf8');
const load = (text: string) => loadScenario(text, defaults);
const english = createTranslator('en');

/** The file's problems, each with its message in English. */
function problemsOf(text: string) {
  const result = load(text);
  if (result.ok) throw new Error('expected problems, but the file loaded');
  return result.problems.map((p) => ({ ...p, message: problemText(p, english) }));
}

/** Vectra as data, changed by `edit`, written back as YAML. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test edits arbitrary fields
type Data = Record<string, any>;
function vectraWith(edit: (data: Data) => void): string {
  const result = load(vectraText);
  if (!result.ok) throw new Error('vectra must load');
  const data = structuredClone(result.file) as Data;
  edit(data);
  return stringify(data);
}

describe('built-in scenarios', () => {
  it.each(builtInIds())('%s loads and has what a built-in needs', (id) => {
    const result = load(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'));
    if (!result.ok)
      throw new Error(result.problems.map((p) => formatProblem(id, p, english)).join('\n'));
    const s = result.scenario;
    expect(s.id).toBe(id);
    expect(s.segments.length).toBeGreaterThanOrEqual(2);
    expect(s.segments.length).toBeLessThanOrEqual(4);
    expect(s.silos.length).toBeGreaterThanOrEqual(4);
    expect(s.silos.length).toBeLessThanOrEqual(7);
    expect(s.initiatives.length).toBeGreaterThanOrEqual(20);
    expect(s.initiatives.filter((i) => !i.tags.includes('shared')).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(s.events.length).toBeGreaterThanOrEqual(15);
  });

  it('covers all six power cores, one each', () => {
    const cores = builtInIds().map((id) => {
      const result = load(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8'));
      return result.ok ? result.scenario.powerCore : 'broken';
    });
    expect(cores.toSorted()).toEqual([
      'customer',
      'it',
      'marketing',
      'product',
      'sales',
      'specialty',
    ]);
  });

  it('resolves shared partners by role and drops roles the company does not have', () => {
    const result = load(vectraText);
    if (!result.ok) throw new Error('vectra must load');
    const scorecard = result.scenario.initiatives.find((i) => i.id === 'cross-silo-scorecard')!;
    // Vectra has no product silo: that partner is dropped, the others are silo ids.
    expect(scorecard.partners.map((p) => p.silo)).toEqual(['field-sales', 'marketing']);
  });
});

describe('the JSON Schema', () => {
  it('is up to date with the schema the loader uses (run npm run schema)', () => {
    const committed = JSON.parse(readFileSync(join(SCENARIO_DIR, 'schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});

describe('problems named in plain words, with path and line', () => {
  it('a value out of range', () => {
    const text = vectraText.replace('    trust: 44\n', '    trust: 140\n');
    const [problem] = problemsOf(text);
    expect(problem).toMatchObject({
      path: 'silos[0].trust',
      message: 'should be at most 100, but is 140',
    });
    expect(problem!.line).toBe(text.split('\n').findIndex((l) => l.includes('trust: 140')) + 1);
  });

  it('a missing field', () => {
    const problems = problemsOf(vectraText.replace(/^mandate:.*\n( {2}.*\n)+/m, ''));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'mandate', message: 'is required but missing' }),
    );
  });

  it('a misspelt field, with a suggestion', () => {
    const problems = problemsOf(vectraText.replace(/ {4}customers: 420/, '    custmers: 420'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'segments[0].custmers',
        message: 'is not a field here (did you mean "customers"?)',
      }),
    );
  });

  it('a word that is not one of the choices, with a suggestion', () => {
    const [problem] = problemsOf(vectraText.replace('powerCore: sales', 'powerCore: saless'));
    expect(problem!.path).toBe('powerCore');
    expect(problem!.message).toContain('did you mean "sales"?');
  });

  it('text where a number belongs', () => {
    const [problem] = problemsOf(vectraText.replace('budget: 700', 'budget: lots'));
    expect(problem).toMatchObject({ path: 'budget', message: 'should be a number, but is "lots"' });
  });

  it('weights that do not add up to 1', () => {
    const [problem] = problemsOf(
      vectraWith((d) => {
        d.segments[0].weights.service = 0.9;
      }),
    );
    expect(problem!.path).toBe('segments[0].weights');
    expect(problem!.message).toMatch(/should add up to 1, but they add up to 1\.5/);
  });

  it('a reference to a silo that does not exist', () => {
    const [problem] = problemsOf(
      vectraWith((d) => {
        d.initiatives[0].partners[0].silo = 'legal';
      }),
    );
    expect(problem).toMatchObject({
      path: 'initiatives[0].partners[0].silo',
      message: 'names the silo "legal", but there is no silo with that id',
    });
  });

  it('a default option that costs something, and a default that is not an option', () => {
    const problems = problemsOf(
      vectraWith((d) => {
        d.events[0].defaultOption = 'change-kpi';
        d.events[1].defaultOption = 'pray';
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'events[0].defaultOption',
      'events[1].defaultOption',
    ]);
    expect(problems[0]!.message).toContain('must cost nothing');
  });

  it('duplicate ids', () => {
    const [problem] = problemsOf(
      vectraWith((d) => {
        d.silos[1].id = d.silos[0].id;
      }),
    );
    expect(problem).toMatchObject({
      path: 'silos[1].id',
      message: 'another silo already has the id "field-sales"',
    });
  });

  it('reads the same scenario written as JSON, with the same messages', () => {
    const result = load(vectraText);
    if (!result.ok) throw new Error('vectra must load');
    const json = JSON.stringify(result.file, null, 2);
    expect(load(json).ok).toBe(true);
    const broken = JSON.stringify({ ...result.file, budget: -5 }, null, 2);
    const [problem] = problemsOf(broken);
    expect(problem).toMatchObject({ path: 'budget', message: 'should be at least 1, but is -5' });
    expect(problem!.line).toBe(broken.split('\n').findIndex((l) => l.includes('"budget"')) + 1);
  });

  it('accepts text per language', () => {
    const text = vectraWith((d) => {
      d.title = {
        en: 'Vectra Office Systems',
        pl: 'Vectra Systemy Biurowe',
        uk: 'Вектра Офісні Системи',
      };
    });
    const result = load(text);
    expect(result.ok && result.scenario.title).toEqual({
      en: 'Vectra Office Systems',
      pl: 'Vectra Systemy Biurowe',
      uk: 'Вектра Офісні Системи',
    });
  });
});

describe('hostile and broken files', () => {
  it('refuses a file that is too large before parsing it', () => {
    const [problem] = problemsOf('a: ' + 'x'.repeat(MAX_FILE_CHARS + 10));
    expect(problem!.message).toMatch(/too large/);
  });

  it('refuses a binary file', () => {
    const bytes = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join('');
    expect(problemsOf(bytes)[0]!.message).toMatch(/not a text file/);
  });

  it('refuses YAML aliases (no billion laughs)', () => {
    const bomb =
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n';
    expect(problemsOf(bomb)[0]!.message).toMatch(/aliases/);
  });

  it('refuses custom tags', () => {
    expect(problemsOf('a: !!js/function "function () {}"\n')[0]!.message).toMatch(/tag/i);
  });

  it('refuses duplicate keys, naming the key and its line', () => {
    const [problem] = problemsOf('id: one\nid: two\n');
    expect(problem).toMatchObject({
      line: 2,
      message: 'The key "id" appears twice in the same group; keys must be unique.',
    });
  });

  it('refuses __proto__ and constructor keys, and nothing is polluted', () => {
    for (const text of [
      '__proto__:\n  polluted: yes\n',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"__proto__": {"polluted": 1}}',
    ]) {
      expect(problemsOf(text)[0]!.message).toMatch(/is not allowed/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(problemsOf('['.repeat(5000) + ']'.repeat(5000))[0]!.message).toMatch(
      /nested too deeply|not valid/,
    );
    expect(
      problemsOf(
        'a:\n' +
          Array.from({ length: 60 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n') +
          ' 1\n',
      )[0]!.message,
    ).toMatch(/nested too deeply/);
  });

  it('explains an empty file, a list and a plain string', () => {
    expect(problemsOf('   \n')[0]!.message).toBe('The file is empty.');
    expect(problemsOf('- 1\n- 2\n')[0]!.message).toBe('should be a group of fields, but is a list');
    expect(
      problemsOf(vectraText.replace(/^segments:\n/m, 'segments:\n  - [1, 2]\n')),
    ).toContainEqual(
      expect.objectContaining({
        path: 'segments[0]',
        message: 'should be a group of fields, but is a list',
      }),
    );
    expect(problemsOf('hello')[0]!.message).toBe('should be a group of fields, but is "hello"');
  });

  it('formats one line per problem as <file>: <path>: <message>', () => {
    expect(
      formatProblem(
        'my.yaml',
        {
          path: 'silos[0].trust',
          key: 'scenario-problem.max-value',
          params: { max: '100', value: '140' },
          line: 1040,
          column: 12,
        },
        english,
      ),
    ).toBe('my.yaml: silos[0].trust: should be at most 100, but is 140 (line 1040, column 12)');
    expect(
      formatProblem('my.yaml', { path: '', key: 'scenario-problem.empty-file' }, english),
    ).toBe('my.yaml: (file): The file is empty.');
  });
});
