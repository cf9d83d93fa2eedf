// Every user-visible string goes through here: keys looked up in a language's dictionary, with
// `{name}` parameters, plural forms chosen by Intl.PluralRules, numbers formatted by
// Intl.NumberFormat, and scenario texts given per language picked for the player. Adding a
// language is a dictionary file and one line in LANGUAGES. Imports only types and dictionaries.

import type { Text } from '../engine';
import type { Dictionary, Entry } from './lang/dictionary';
import { en } from './lang/en';

export type { Dictionary, Entry } from './lang/dictionary';

export const LANGUAGES: Readonly<Record<string, { name: string; dictionary: Dictionary }>> = {
  en: { name: 'English', dictionary: en },
};

export const DEFAULT_LANGUAGE = 'en';

/** The languages as the store is told of them: the codes offered, and the one to fall back to. */
export const GAME_LANGUAGES = {
  codes: Object.keys(LANGUAGES),
  fallback: DEFAULT_LANGUAGE,
} as const;

export type Params = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly lang: string;
  /** The text for a key; a `count` parameter picks the plural form. */
  t(key: string, params?: Params): string;
  /** Whether the dictionary (or the English fallback) has this key. */
  has(key: string): boolean;
  /** A scenario text in the player's language (English, then any, as fallbacks). */
  text(value: Text | undefined): string;
  /** A number with the language's grouping, e.g. 2,410. */
  num(value: number, digits?: number): string;
  /** A signed number, e.g. +12 or −3. */
  signed(value: number, digits?: number): string;
  /** Money in thousands of the scenario's currency, e.g. €1.2M or €450k. */
  money(thousands: number, currency: string): string;
  /** A share 0..1 as a percentage. */
  percent(share: number, digits?: number): string;
  /** A change 0..1 as a signed percentage, e.g. +3.2% or −5.1%. */
  signedPercent(share: number, digits?: number): string;
  /** A list joined the language's way ("a, b and c"). */
  list(items: readonly string[]): string;
  /** Alternatives joined the language's way ("a, b or c"). */
  either(items: readonly string[]): string;
}

export function createTranslator(lang: string): Translator {
  const dictionary = LANGUAGES[lang]?.dictionary ?? en;
  const code = LANGUAGES[lang] ? lang : DEFAULT_LANGUAGE;
  const plural = new Intl.PluralRules(code);
  const formats = new Map<number, Intl.NumberFormat>();
  const format = (digits: number) => {
    let found = formats.get(digits);
    if (!found) {
      found = new Intl.NumberFormat(code, {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      });
      formats.set(digits, found);
    }
    return found;
  };
  const lists = new Intl.ListFormat(code, { style: 'long', type: 'conjunction' });
  const alternatives = new Intl.ListFormat(code, { style: 'long', type: 'disjunction' });

  const lookup = (key: string): Entry | undefined => dictionary[key] ?? en[key];
  const num = (value: number, digits = 0) => format(digits).format(value).replace(/^-/, '−');

  return {
    lang: code,
    has: (key) => lookup(key) !== undefined,
    t(key, params = {}) {
      const entry = lookup(key);
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
      if (typeof value === 'string') return value;
      return value[code] ?? value[DEFAULT_LANGUAGE] ?? Object.values(value)[0] ?? '';
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
  };
}
