// check-scenario in the facilitator's language: `--lang pl` and `--lang uk` print every problem in
// Polish and Ukrainian (the values from the file as they are), `--lang en` and no option the
// English of the authoring guide, and a language the game does not speak is wrong usage.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = (args: string[]) => runTool('check-scenario', args);

const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
const edit = (from: string, to: string) => {
  if (!example.includes(from)) throw new Error(`the example no longer has ${from}`);
  return example.replace(from, to);
};
const dir = mkdtempSync(join(tmpdir(), 'power-core-lang-'));
// The fields themselves: a negative number, a misspelt field and so a missing one.
const fields = join(dir, 'fields.yaml');
writeFileSync(
  fields,
  edit('    trust: 42\n', '    trust: -5\n').replace(
    '    customers: 9000\n',
    '    custmers: 9000\n',
  ),
);
// How they fit together (checked once the fields are right): a silo id that does not exist.
const references = join(dir, 'references.yaml');
writeFileSync(
  references,
  edit('- { silo: workshop, ask: medium }', '- { silo: workshopp, ask: medium }'),
);

/** The problem lines of one file, without the file name. */
function linesOf(stdout: string, file: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line.startsWith(`${file}: `))
    .map((line) => line.slice(file.length + 2));
}

const EXPECTED = {
  en: {
    fields: [
      'segments[0].customers: is required but missing (line 113, column 5)',
      'segments[0].custmers: is not a field here (did you mean "customers"?) (line 121, column 15)',
      'silos[0].trust: should be at least 0, but is -5 (line 214, column 12)',
    ],
    references: [
      'initiatives[0].partners[0].silo: names the silo "workshopp", but there is no silo with that id (line 336, column 17)',
    ],
  },
  pl: {
    fields: [
      'segments[0].customers: brak wymaganego pola (wiersz 113, kolumna 5)',
      'segments[0].custmers: nie ma tu takiego pola (czy chodziło o „customers”?) (wiersz 121, kolumna 15)',
      'silos[0].trust: ma wynosić co najmniej 0, a podano -5 (wiersz 214, kolumna 12)',
    ],
    references: [
      'initiatives[0].partners[0].silo: wskazuje silos „workshopp”, ale nie ma silosu o takim identyfikatorze (wiersz 336, kolumna 17)',
    ],
  },
  uk: {
    fields: [
      'segments[0].customers: бракує обов’язкового поля (рядок 113, стовпець 5)',
      'segments[0].custmers: такого поля тут немає (можливо, ви мали на увазі «customers»?) (рядок 121, стовпець 15)',
      'silos[0].trust: має бути щонайменше 0, а вказано -5 (рядок 214, стовпець 12)',
    ],
    references: [
      'initiatives[0].partners[0].silo: посилається на силос «workshopp», але силосу з таким ідентифікатором немає (рядок 336, стовпець 17)',
    ],
  },
} as const;

/** English words of the messages that must not be left in a translated line. */
const ENGLISH =
  /\b(should|required|missing|field|did you mean|names the|there is no|line|column)\b/;

describe('check-scenario --lang', () => {
  it.each(['pl', 'uk'] as const)('prints the problems in %s', (lang) => {
    const result = check(['--lang', lang, fields, references]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(linesOf(result.stdout, fields)).toEqual(EXPECTED[lang].fields);
    expect(linesOf(result.stdout, references)).toEqual(EXPECTED[lang].references);
    for (const line of result.stdout.trim().split('\n')) {
      // The path and the values from the file stay as written; the words around them do not.
      const words = line.replace(/^\S+: \S+: /, '').replace(/[„«"][^”»"]*[”»"]/g, '');
      expect(words).not.toMatch(ENGLISH);
    }
  });

  it('prints English with --lang en and without the option', () => {
    const english = check(['--lang=en', fields, references]);
    expect(english.code).toBe(1);
    expect(linesOf(english.stdout, fields)).toEqual(EXPECTED.en.fields);
    expect(linesOf(english.stdout, references)).toEqual(EXPECTED.en.references);
    expect(check([fields, references]).stdout).toBe(english.stdout);
  });

  it('says ok for a valid file in any language, and refuses a language it does not speak', () => {
    const ok = check(['--lang', 'uk', 'vectra-office-systems']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^vectra-office-systems: ok \(/);
    for (const args of [['--lang', 'de', fields], ['--lang'], [fields, '--lang']]) {
      const wrong = check(args);
      expect(wrong.code).toBe(2);
      expect(wrong.stdout).toBe('');
      expect(wrong.stderr).toMatch(/usage: npm run check-scenario -- \[--lang en\|pl\|uk\]/);
    }
    expect(check(['--lang', 'de', fields]).stderr).toContain('--lang must be en, pl, uk');
  });

  it('names a missing file in the language asked for', () => {
    const missing = join(dir, 'missing.yaml');
    expect(check(['--lang', 'pl', missing]).stdout.trim()).toBe(
      `${missing}: (plik): nie ma takiego pliku`,
    );
    expect(check(['--lang', 'uk', missing]).stdout.trim()).toBe(
      `${missing}: (файл): такого файлу немає`,
    );
  });
});
