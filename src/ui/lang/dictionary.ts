// What a language file is: message keys with a plain string or plural forms. Its own module so
// the dictionaries and the translator that reads them do not import each other. Imports nothing.

/** One entry: a plain string, or plural forms keyed by Intl.PluralRules categories. */
export type Entry =
  string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Dictionary = Readonly<Record<string, Entry>>;

/**
 * Another language's version of an English dictionary part: exactly its keys (a missing or an
 * extra key does not compile), each with its own text or plural forms.
 */
export type Translation<T> = { readonly [K in keyof T]: Entry };
