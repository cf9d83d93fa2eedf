// The live room page's words: their own dictionary part per language, loaded with the page's
// modules so the first load does not carry them, and read in the reader's language (English for
// one without them). Imports the three parts and the dictionary's types.

import type { ScreenContext } from '../context';
import type { Entry } from '../lang/dictionary';
import { live as english } from '../lang/en/live';
import { live as polish } from '../lang/pl/live';
import { live as ukrainian } from '../lang/uk/live';
import type { Params } from '../i18n';

export type LiveKey = keyof typeof english;
const WORDS: Readonly<Record<string, Readonly<Record<LiveKey, Entry>>>> = {
  en: english,
  pl: polish,
  uk: ukrainian,
};

/** A text of the live page's part in the reader's language (English for one without it). */
export function say(ctx: ScreenContext, key: LiveKey, params: Params = {}): string {
  const lang = ctx.t.lang in WORDS ? ctx.t.lang : 'en';
  const entry = WORDS[lang]![key];
  const template =
    typeof entry === 'string'
      ? entry
      : (entry[new Intl.PluralRules(lang).select(Number(params.count ?? 0))] ?? entry.other);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? ctx.t.num(value) : value;
  });
}
