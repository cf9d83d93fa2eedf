// A key of a text per language that is not a language code is named in a grammatical sentence in
// every language, saying exactly what the schema accepts: two lower-case letters, optionally a
// hyphen and a region in capitals (pt-BR).

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { loadScenario, problemText } from '../../src/scenario/load';
import { textSchema } from '../../src/scenario/schema';
import { sharedDefaults } from '../../src/cli/scenario-files';
import { createTranslator, loadLanguage } from '../../src/ui/i18n';

const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
const TITLE = 'title: { en: Kestrel Cycles, pl: Rowery Kestrel }';

describe('a language code', () => {
  beforeAll(async () => {
    await loadLanguage('pl');
    await loadLanguage('uk');
  });

  it('is what the schema accepts, and what the message says', () => {
    const accepts = (code: string) => v.safeParse(textSchema, { [code]: 'x' }).success;
    expect(['en', 'pl', 'uk', 'pt-BR', 'en-GB'].filter(accepts)).toHaveLength(5);
    expect(['EN', 'En', 'eng', 'english', 'pt-br', 'pt_BR', 'ptBR'].filter(accepts)).toEqual([]);
  });

  it('written wrongly is worded plainly in English, Polish and Ukrainian', () => {
    const text = example.replace(TITLE, 'title: { EN: Kestrel Cycles, pl: Rowery Kestrel }');
    const result = loadScenario(text, sharedDefaults());
    if (result.ok) throw new Error('a key EN must not load');
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ path: 'title.EN', line: 34, column: 14 });
    const words = (lang: string) => problemText(problem!, createTranslator(lang));
    expect(words('en')).toBe(
      'should be a language code: two lower-case letters, optionally a hyphen and a two-letter region in capitals (en, pl, uk, pt-BR), but is "EN"',
    );
    expect(words('pl')).toBe(
      'ma być kodem języka: dwie małe litery, ewentualnie z łącznikiem i dwiema wielkimi literami regionu (en, pl, uk, pt-BR), a podano „EN”',
    );
    expect(words('uk')).toBe(
      'має бути кодом мови: дві малі латинські літери, за потреби з дефісом і двома великими літерами регіону (en, pl, uk, pt-BR), а вказано «EN»',
    );
  });
});
