// The pseudo-language for testing: every English text accented, about 40% longer and bracketed,
// with its `{parameters}` kept. Text on screen that is not accented did not come through the
// dictionary; a box that cuts a pseudo text off is too small for Polish or Ukrainian. Imports
// only the dictionary type.

import type { Dictionary, Entry } from './dictionary';

// Each ASCII letter and its accented stand-in, by position.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MARKED = [...'áƀçđéƒğĥíĵķĺɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĞĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'];
const ACCENTED = new Map([...PLAIN].map((ch, i) => [ch, MARKED[i]!]));

/** One text in the pseudo-language: accented outside `{parameters}`, padded by about 40%. */
export function pseudoText(text: string): string {
  let out = '';
  let inParameter = false;
  let letters = 0;
  for (const ch of text) {
    if (ch === '{') inParameter = true;
    if (!inParameter && /[A-Za-z]/.test(ch)) letters += 1;
    out += inParameter ? ch : (ACCENTED.get(ch) ?? ch);
    if (ch === '}') inParameter = false;
  }
  // Longer languages run about 40% over English: pad by that many letters' worth.
  const pad = '~'.repeat(Math.ceil(letters * 0.4));
  return `⟦${out}${pad ? ` ${pad}` : ''}⟧`;
}

function pseudoEntry(entry: Entry): Entry {
  if (typeof entry === 'string') return pseudoText(entry);
  const forms: Record<string, string> = { other: pseudoText(entry.other) };
  for (const [form, text] of Object.entries(entry)) if (text) forms[form] = pseudoText(text);
  return forms as Entry;
}

/** A whole dictionary in the pseudo-language. */
export function pseudo(dictionary: Dictionary): Dictionary {
  const out: Record<string, Entry> = {};
  for (const [key, entry] of Object.entries(dictionary)) out[key] = pseudoEntry(entry);
  return out;
}
