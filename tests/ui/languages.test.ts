// Polish and Ukrainian beside English: each language has exactly the English keys, every plural
// entry has the language's four forms, no placeholder is lost or invented, and numbers, money,
// lists and quotes follow the language's rules. The pseudo-language stretches and accents every
// text and keeps its parameters.

import { describe, expect, it } from 'vitest';
import {
  browserLanguage,
  createTranslator,
  gameLanguages,
  LANGUAGES,
  loadLanguage,
  PSEUDO_LANGUAGE,
} from '../../src/ui/i18n';
import type { Entry } from '../../src/ui/lang/dictionary';
import { en } from '../../src/ui/lang/en';
import { pl } from '../../src/ui/lang/pl';
import { uk } from '../../src/ui/lang/uk';

const SHIPPED = { pl, uk } as const;
const placeholders = (entry: Entry): string[] => {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [
    ...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))),
  ]
    .filter((name) => name !== 'count')
    .sort();
};

describe.each(Object.entries(SHIPPED))('the %s dictionary', (code, dictionary) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives every plural entry the four forms, and keeps every placeholder', () => {
    const problems: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const entry = (dictionary as Record<string, Entry>)[key]!;
      if (typeof english !== 'string') {
        if (typeof entry === 'string') problems.push(`${key}: plural forms missing`);
        else
          for (const form of ['one', 'few', 'many', 'other'] as const)
            if (!entry[form]) problems.push(`${key}: no "${form}" form`);
      }
      if (placeholders(entry).join() !== placeholders(english).join())
        problems.push(
          `${key}: {${placeholders(entry).join('}, {')}} instead of {${placeholders(english).join('}, {')}}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('is not English left as it was', () => {
    // Words that are the same in the language ("Marketing", "Menu" and "10 min" are Polish too).
    const sameWord: Readonly<Record<string, readonly string[]>> = {
      pl: [
        'scenario.start',
        'authority.ceo.note',
        'urgency.steady.note',
        'core.marketing',
        'chart.start',
        'top.menu',
        'menu.title',
        'board.ranking',
        'board.status',
      ],
      uk: [],
    };
    const same = Object.entries(en).filter(
      ([key, text]) =>
        typeof text === 'string' &&
        /[a-z]{3,}/i.test(text.replace(/\{\w+\}/g, '')) &&
        (dictionary as Record<string, Entry>)[key] === text,
    );
    expect(
      same
        .map(([key]) => key)
        .filter((key) => key !== 'game.name' && !sameWord[code]!.includes(key))
        .filter((key) => !(code === 'pl' && /^fac\.agenda\..*\.(short|long)$/.test(key))),
    ).toEqual([]);
  });

  it(`is offered and loads on demand (${code})`, async () => {
    expect(Object.keys(LANGUAGES)).toContain(code);
    await loadLanguage(code);
    expect(createTranslator(code).lang).toBe(code);
  });
});

describe('locale rules', () => {
  it('picks Polish and Ukrainian plural forms by number', async () => {
    await loadLanguage('pl');
    await loadLanguage('uk');
    const forms = (code: string) => {
      const rules = new Intl.PluralRules(code);
      return [1, 2, 5, 12, 21, 22, 25, 101, 111].map((n) => rules.select(n));
    };
    expect(forms('pl')).toEqual([
      'one',
      'few',
      'many',
      'many',
      'many',
      'few',
      'many',
      'many',
      'many',
    ]);
    expect(forms('uk')).toEqual([
      'one',
      'few',
      'many',
      'many',
      'one',
      'few',
      'many',
      'one',
      'many',
    ]);
    // The dictionaries' own forms are the ones shown.
    const t = createTranslator('pl');
    const u = createTranslator('uk');
    const entry = pl['common.customers'] as Record<string, string>;
    const entryUk = uk['common.customers'] as Record<string, string>;
    expect(t.t('common.customers', { count: 22 })).toBe(entry.few!.replace('{count}', '22'));
    expect(t.t('common.customers', { count: 25 })).toBe(entry.many!.replace('{count}', '25'));
    expect(u.t('common.customers', { count: 21 })).toBe(entryUk.one!.replace('{count}', '21'));
    expect(u.t('common.customers', { count: 111 })).toBe(entryUk.many!.replace('{count}', '111'));
  });

  it('writes numbers, money and percentages the language’s way', async () => {
    await loadLanguage('pl');
    await loadLanguage('uk');
    const en = createTranslator('en');
    const t = createTranslator('pl');
    const u = createTranslator('uk');
    expect(en.num(150000)).toBe('150,000');
    expect(t.num(150000)).toBe('150\u00a0000');
    expect(u.num(150000)).toBe('150\u00a0000');
    expect(t.num(1.5, 1)).toBe('1,5');
    expect(en.money(1200, '€')).toBe('€1.2M');
    expect(en.money(800, '£')).toBe('£800k');
    expect(t.money(1200, 'zł')).toBe('1,2\u00a0mln\u00a0zł');
    expect(t.money(800, 'zł')).toBe('800\u00a0tys.\u00a0zł');
    expect(u.money(800, '₴')).toBe('800\u00a0тис.\u00a0₴');
    expect(u.money(-2500, '€')).toBe('−2,5\u00a0млн\u00a0€');
    expect(t.signed(-3)).toBe('−3');
    expect(t.signedPercent(-0.0512, 1)).toBe('−5,1%');
  });

  it('joins lists and quotes words the language’s way', async () => {
    await loadLanguage('pl');
    await loadLanguage('uk');
    expect(createTranslator('en').list(['A', 'B', 'C'])).toBe('A, B, and C');
    expect(createTranslator('pl').list(['A', 'B', 'C'])).toBe('A, B i C');
    expect(createTranslator('uk').list(['A', 'B', 'C'])).toBe('A, B і C');
    expect(createTranslator('pl').either(['A', 'B'])).toBe('A lub B');
    expect(createTranslator('en').quote('Yes')).toBe('“Yes”');
    expect(createTranslator('pl').quote('Tak')).toBe('„Tak”');
    expect(createTranslator('uk').quote('Так')).toBe('«Так»');
  });

  it('starts in the browser’s language when the game speaks it', () => {
    expect(browserLanguage(['pl-PL', 'en-GB'])).toBe('pl');
    expect(browserLanguage(['de-DE', 'uk-UA'])).toBe('uk');
    expect(browserLanguage(['de-DE', 'fr'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
    expect(gameLanguages('uk').fallback).toBe('uk');
    expect(gameLanguages('xx').fallback).toBe('en');
  });
});

describe('the pseudo-language', () => {
  it('accents and stretches every text, keeps parameters, and is not offered', async () => {
    await loadLanguage(PSEUDO_LANGUAGE);
    const t = createTranslator(PSEUDO_LANGUAGE);
    const text = t.t('common.customers', { count: 3 });
    expect(text).toMatch(/^⟦3 çüšţöɱéŕš ~+⟧$/);
    expect(t.t('title.new-game').length).toBeGreaterThan('New game'.length * 1.35);
    expect(t.t('replace.text', { team: 'Owls', company: 'Vectra', turns: '2' })).toContain('Owls');
    expect(t.text('Sales')).toBe('⟦Šáĺéš ~~⟧');
    expect(Object.keys(LANGUAGES)).not.toContain(PSEUDO_LANGUAGE);
    expect(gameLanguages(PSEUDO_LANGUAGE).codes).toContain(PSEUDO_LANGUAGE);
  });
});
