// Fuzz test: thousands of malformed and hostile scenario files. Every one must get a clear answer
// from the loader (a scenario, or problems with a path and a message key whose every parameter is
// given) and nothing may throw.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, problemText } from '../../src/scenario/load';
import { PROBLEM_KEYS } from '../../src/scenario/problem';
import { SCENARIO_DIR, sharedDefaults } from '../../src/cli/scenario-files';
import { createTranslator } from '../../src/ui/i18n';
import { en } from '../../src/ui/lang/en';

const defaults = sharedDefaults();
const vectra = readFileSync(join(SCENARIO_DIR, 'vectra-office-systems.yaml'), 'utf8');
const lines = vectra.split('\n');
const english = createTranslator('en');
const keys = new Set<string>(PROBLEM_KEYS);

/** The `{parameters}` an English entry asks for (every language asks for the same ones). */
function wanted(key: string): string[] {
  const entry = (en as Record<string, string | Record<string, string>>)[key] ?? '';
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))];
}

function expectClearAnswer(text: string): void {
  const result = loadScenario(text, defaults);
  if (result.ok) {
    expect(result.scenario.segments.length).toBeGreaterThan(0);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(keys.has(p.key)).toBe(true);
    for (const name of wanted(p.key)) expect(p.params ?? {}).toHaveProperty([name]);
    const message = problemText(p, english);
    expect(message.length).toBeGreaterThan(5);
    expect(message).not.toMatch(/undefined|\[object Object\]|NaN/);
  }
}

const HOSTILE_TOKENS = [
  '&a [1,2]',
  '*a',
  '!!js/function f',
  '!!binary aGVsbG8=',
  '__proto__: {}',
  'constructor: {}',
  '<img src=x onerror=alert(1)>',
  '"\\u0000"',
  '-.inf',
  '.nan',
  '1e999',
  '0x1F',
  '~',
  'null',
  '[[[[[[[[',
  '}}}}',
  '"unterminated',
  '? complex key',
  '%YAML 1.1',
  '---',
  '...',
  '\t',
  '\u202e',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Ünïcödé',
  'Київ',
  'żółć',
  '{{ template }}',
  "'; DROP TABLE",
  '- - - -',
  ': :',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    token: fc.constantFrom(...HOSTILE_TOKENS),
  }),
  fc.record({
    kind: fc.constant('replace-value'),
    at: fc.nat(),
    token: fc.constantFrom(...HOSTILE_TOKENS, '-5', '1000000000', 'true', '[]', '{}', '""'),
  }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('garble'), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(source: string[], steps: Mutation[]): string {
  const out = [...source];
  for (const m of steps) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    switch (m.kind) {
      case 'delete':
        out.splice(at, m.count);
        break;
      case 'insert':
        out.splice(at, 0, m.token);
        break;
      case 'replace-value': {
        const line = out[at] ?? '';
        out[at] = line.includes(':')
          ? `${line.slice(0, line.indexOf(':') + 1)} ${m.token}`
          : m.token;
        break;
      }
      case 'duplicate':
        out.splice(at, 0, out[at] ?? '');
        break;
      case 'indent':
        out[at] = m.by >= 0 ? ' '.repeat(m.by) + (out[at] ?? '') : (out[at] ?? '').slice(-m.by);
        break;
      case 'truncate':
        out.length = at;
        break;
      case 'garble': {
        const line = out[at] ?? '';
        const cut = line.length === 0 ? 0 : m.at % line.length;
        out[at] = line.slice(0, cut) + m.text + line.slice(cut);
        break;
      }
    }
  }
  return out.join('\n');
}

describe('loader fuzz', () => {
  it('answers every mutated scenario file clearly', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (steps) => {
        expectClearAnswer(mutate(lines, steps));
      }),
      // The file gives every text in three languages (its lines tripled since this was 1,500):
      // 800 runs take about 25 s on a quiet two-core machine.
      { numRuns: 800 },
    );
  }, 180_000);

  it('answers arbitrary JSON values clearly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectClearAnswer(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: 1000 },
    );
  });

  it('answers arbitrary text clearly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        expectClearAnswer(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers scenario-shaped objects with random values clearly', () => {
    const loaded = loadScenario(vectra, defaults);
    if (!loaded.ok) throw new Error('vectra must load');
    const keys = Object.keys(loaded.file);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), (key, value) => {
        expectClearAnswer(JSON.stringify({ ...loaded.file, [key]: value }));
      }),
      { numRuns: 500 },
    );
  });
});
