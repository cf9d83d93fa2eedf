// Every message a scenario file's problem can have is in English, Polish and Ukrainian: each key the
// loader (and the tools around it) can give is a dictionary key in all three, every parameter an
// entry asks for is given, and the phrases put inside other messages ("a list", "a number", an
// id's pattern) have none of their own.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_KEYS, problemText } from '../../src/scenario/problem';
import type { Problem, ProblemKey } from '../../src/scenario/problem';
import { loadScenario } from '../../src/scenario/load';
import { sharedDefaults } from '../../src/cli/scenario-files';
import { createTranslator, LANGUAGES, loadLanguage } from '../../src/ui/i18n';
import type { MessageKey } from '../../src/ui/i18n';
import type { Entry } from '../../src/ui/lang/dictionary';
import { en } from '../../src/ui/lang/en';
import { pl } from '../../src/ui/lang/pl';
import { uk } from '../../src/ui/lang/uk';

/** Compiles only while every problem key is a message key. */
const messageKey = (key: ProblemKey): MessageKey => key;

const DICTIONARIES: Readonly<Record<string, Readonly<Record<string, Entry>>>> = { en, pl, uk };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const placeholders = (entry: Entry): string[] => {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [
    ...new Set(texts.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))),
  ];
};

/** The keys given as `{ key }` parameters, or as a schema pattern's or check's message. */
const PHRASES = PROBLEM_KEYS.filter((key) =>
  /^scenario-problem\.(type|value|pattern)\.|^scenario-problem\.(no-language|min-above-max)$/.test(
    key,
  ),
);

describe('problem keys', () => {
  beforeAll(async () => {
    for (const lang of Object.keys(LANGUAGES)) await loadLanguage(lang);
  });

  it('are all in every language, and the dictionaries have no others', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual(Object.keys(DICTIONARIES).sort());
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
      const t = createTranslator(lang);
      expect(
        PROBLEM_KEYS.filter((key) => !t.has(messageKey(key))),
        lang,
      ).toEqual([]);
      expect(
        Object.keys(dictionary)
          .filter((key) => key.startsWith('scenario-problem.'))
          .sort(),
        lang,
      ).toEqual([...PROBLEM_KEYS].sort());
    }
  });

  it('are exactly the keys the code gives', () => {
    const named = new Set<string>();
    for (const file of ['src/scenario', 'src/cli', 'src/store', 'src/ui'].flatMap(files)) {
      // The list itself, and the dictionaries, do not count.
      if (file.includes(join('ui', 'lang')) || file.endsWith(join('scenario', 'problem.ts')))
        continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/'(scenario-problem\.[a-z0-9.-]+)'/g))
        named.add(match[1]!);
    }
    const listed = new Set<string>(PROBLEM_KEYS);
    expect([...named].filter((key) => !listed.has(key))).toEqual([]);
    // Quotes are put around values as problemText words them (src/scenario/problem.ts).
    expect(PROBLEM_KEYS.filter((key) => !named.has(key))).toEqual(['scenario-problem.quoted']);
  });

  it('put no parameters in the phrases that go inside other messages', () => {
    expect(PHRASES.length).toBeGreaterThan(15);
    for (const [lang, dictionary] of Object.entries(DICTIONARIES))
      for (const key of PHRASES)
        expect(placeholders(dictionary[key]!), `${lang} ${key}`).toEqual([]);
  });

  it('word what the loader finds in every language, with every parameter filled', () => {
    const defaults = sharedDefaults();
    const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
    const broken = [
      '',
      '- a list\n',
      'id: one\nid: two\n',
      'a: *b\n',
      'a:\n\tb: 1\n',
      'a: "unterminated\n',
      'label: Uwaga: nowa oferta\n',
      'label: Uwaga:\n',
      'title: "Oferta" tylko dla nowych\n',
      '{"a": [1, 2}\n',
      '{\n  "a": 1\n  "b": 2\n}\n',
      'id: a\nname:Kestrel\nversion: 1\n',
      'id: a\nname Kestrel\nversion: 1\n',
      'a:\n  - b\n  -c\n',
      'a:\n  b: 1\n   c: 2\n',
      'a: [1,\n2]\n',
      '['.repeat(100),
      example.replace('mitigatedBy: [close-the-loop]', 'mitigatedBy: [ceo-customer-days]'),
      example.replace('    trust: 42\n', '    trust: -5\n'),
      example.replace('    customers: 9000\n', '    custmers: 9000\n'),
      example.replace('powerCore: specialty', 'powerCore: specialy'),
      example.replace('id: kestrel-cycles', 'id: Kestrel Cycles'),
      example.replace('- { silo: workshop, ask: medium }', '- { silo: workshopp, ask: medium }'),
      example.replace('coreSilo: workshop', 'coreSilo: workshops'),
    ];
    const found: Problem[] = [];
    for (const text of broken) {
      const result = loadScenario(text, defaults);
      expect(result.ok).toBe(false);
      if (!result.ok) found.push(...result.problems);
    }
    expect(new Set(found.map((p) => p.key)).size).toBeGreaterThan(20);
    for (const lang of Object.keys(DICTIONARIES)) {
      const t = createTranslator(lang);
      for (const problem of found) {
        const text = problemText(problem, t);
        expect(text, `${lang} ${problem.key}`).not.toMatch(/\{\w+\}|undefined|\[object Object\]/);
        if (lang !== 'en') expect(text).not.toBe(problemText(problem, createTranslator('en')));
      }
    }
  });
});
