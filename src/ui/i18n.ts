// Every user-visible string goes through here: keys looked up in a language's dictionary, with
// `{name}` parameters, plural forms chosen by Intl.PluralRules, numbers, money, lists and quotes
// the language's way, and scenario texts given per language picked for the player. English is
// in the first load; Polish and Ukrainian are fetched when chosen. Adding a language is a
// dictionary (a Translation of each English part) and one line in LANGUAGES. Imports only
// types and dictionaries.

import type { Text } from '../engine';
import type { Dictionary, Entry } from './lang/dictionary';
import { en } from './lang/en';
import type { MessageKey } from './lang/en';
import { pseudo, pseudoText } from './lang/pseudo';

export type { Dictionary, Entry } from './lang/dictionary';
export type { MessageKey } from './lang/en';

interface Language {
  /** The language's own name for itself, as the language menus show it. */
  readonly name: string;
  readonly load: () => Promise<Dictionary>;
  /** Where the currency symbol goes: before the amount (€1.2M) or after it (1,2 mln zł). */
  readonly money: 'symbol-first' | 'symbol-last';
  readonly quotes: readonly [string, string];
}

/** The languages offered to players. */
export const LANGUAGES: Readonly<Record<string, Language>> = {
  en: { name: 'English', load: async () => en, money: 'symbol-first', quotes: ['“', '”'] },
  pl: {
    name: 'Polski',
    load: () => import('./lang/pl').then((m) => m.pl),
    money: 'symbol-last',
    quotes: ['„', '”'],
  },
  uk: {
    name: 'Українська',
    load: () => import('./lang/uk').then((m) => m.uk),
    money: 'symbol-last',
    quotes: ['«', '»'],
  },
};

/**
 * A pseudo-language for testing (accented, about 40% longer, every text in brackets): it shows
 * text that bypasses the dictionaries and boxes too small for longer languages. Not offered to
 * players; `?lang=qps` opens the game in it.
 */
export const PSEUDO_LANGUAGE = 'qps';
const PSEUDO: Language = {
  name: 'Ƥşéüđö',
  load: async () => pseudo(en),
  money: 'symbol-first',
  quotes: ['“', '”'],
};

export const DEFAULT_LANGUAGE = 'en';

const languageOf = (code: string): Language | undefined =>
  code === PSEUDO_LANGUAGE ? PSEUDO : LANGUAGES[code];

/** The language to start in: the first of the browser's languages the game speaks, else English. */
export function browserLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0]!;
    if (LANGUAGES[code]) return code;
  }
  return DEFAULT_LANGUAGE;
}

/** The languages as the store is told of them: the codes it accepts, and the one to start in. */
export function gameLanguages(start: string = DEFAULT_LANGUAGE) {
  const codes = Object.keys(LANGUAGES);
  if (start === PSEUDO_LANGUAGE) codes.push(PSEUDO_LANGUAGE);
  return { codes, fallback: codes.includes(start) ? start : DEFAULT_LANGUAGE } as const;
}

export const GAME_LANGUAGES = gameLanguages();

const loaded = new Map<string, Dictionary>([[DEFAULT_LANGUAGE, en]]);

/** Fetches a language's dictionary (once); an unknown code resolves to English. */
export async function loadLanguage(lang: string): Promise<void> {
  const language = languageOf(lang);
  if (!language || loaded.has(lang)) return;
  loaded.set(lang, await language.load());
}

/**
 * A message key made from data: an engine reason, a lesson note, a title or an id joined to a
 * prefix. The compiler cannot see these, so the i18n tests list every one the engine and the
 * scenarios can give and require it in every language.
 */
export function keyFrom(key: string): MessageKey {
  return key as MessageKey;
}

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly lang: string;
  /** The text for a key; a `count` parameter picks the plural form. */
  t(key: MessageKey, params?: Params): string;
  /** Whether the dictionary has this key (for keys made from data, such as a lesson's note). */
  has(key: string): key is MessageKey;
  /** A scenario text in the player's language (English, then any, as fallbacks). */
  text(value: Text | undefined): string;
  /** A number with the language's grouping, e.g. 2,410 or 150 000. */
  num(value: number, digits?: number): string;
  /** A signed number, e.g. +12 or −3. */
  signed(value: number, digits?: number): string;
  /** Money in thousands of the scenario's currency, e.g. €1.2M, €450k, 1,2 mln zł, 800 тис. ₴. */
  money(thousands: number, currency: string): string;
  /** A share 0..1 as a percentage. */
  percent(share: number, digits?: number): string;
  /** A change 0..1 as a signed percentage, e.g. +3.2% or −5.1%. */
  signedPercent(share: number, digits?: number): string;
  /** A list joined the language's way ("a, b and c", "a, b i c"). */
  list(items: readonly string[]): string;
  /** Alternatives joined the language's way ("a, b or c"). */
  either(items: readonly string[]): string;
  /** Words quoted the language's way: “…”, „…”, «…». */
  quote(words: string): string;
}

/**
 * A translator for a language whose dictionary is loaded (`loadLanguage`); a language not loaded
 * yet, or unknown, gets English.
 */
export function createTranslator(lang: string): Translator {
  const code = loaded.has(lang) ? lang : DEFAULT_LANGUAGE;
  const dictionary: Readonly<Record<string, Entry>> = loaded.get(code)!;
  const language = languageOf(code)!;
  // The pseudo-language formats numbers as English does.
  const locale = code === PSEUDO_LANGUAGE ? DEFAULT_LANGUAGE : code;
  const plural = new Intl.PluralRules(locale);
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let found = formats.get(digits);
    if (!found) {
      found = new Intl.NumberFormat(locale, {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });
      formats.set(digits, found);
    }
    return found;
  };
  const compact = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const alternatives = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  const num = (value: number, digits = 0) => format(digits).format(value).replace(/^-/, '−');

  return {
    lang: code,
    has: (key): key is MessageKey => dictionary[key] !== undefined,
    t(key, params = {}) {
      const entry = dictionary[key];
      if (entry === undefined) return key;
      let template: string;
      if (typeof entry === 'string') template = entry;
      else {
        const count = Number(params.count ?? 0);
        template = entry[plural.select(count)] ?? entry.other;
      }
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? num(value, Number.isInteger(value) ? 0 : 1) : value;
      });
    },
    text(value) {
      if (value === undefined) return '';
      const text =
        typeof value === 'string'
          ? value
          : (value[code] ?? value[DEFAULT_LANGUAGE] ?? Object.values(value)[0] ?? '');
      return code === PSEUDO_LANGUAGE ? pseudoText(text) : text;
    },
    num,
    signed: (value, digits = 0) => {
      // A change that rounds to nothing is "0", never "−0".
      const rounded = Number(value.toFixed(digits)) || 0;
      return rounded > 0 ? `+${num(rounded, digits)}` : num(rounded, digits);
    },
    money(thousands, currency) {
      const sign = thousands < 0 ? '−' : '';
      const abs = Math.abs(thousands);
      // English keeps its short €1.2M and €450k; the others their own 1,2 mln zł, 450 tys. zł.
      if (language.money === 'symbol-last')
        return `${sign}${compact.format(abs * 1000)}\u00a0${currency}`;
      if (abs >= 1000) return `${sign}${currency}${format(1).format(abs / 1000)}M`;
      return `${sign}${currency}${format(0).format(abs)}k`;
    },
    percent: (share, digits = 0) => `${num(share * 100, digits)}%`,
    signedPercent: (share, digits = 0) => {
      const value = Number((share * 100).toFixed(digits));
      return `${value > 0 ? '+' : ''}${num(value, digits)}%`;
    },
    list: (items) => lists.format(items),
    either: (items) => alternatives.format(items),
    quote: (words) => `${language.quotes[0]}${words}${language.quotes[1]}`,
  };
}
