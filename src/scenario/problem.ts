// A problem in a scenario file, as the loader reports it: where it is, and what is wrong as a
// message key with parameters. The words come from the dictionaries (src/ui/lang/*/workshop.ts),
// so a facilitator reads them in English, Polish or Ukrainian; values quoted from the file (field
// names, wrong values, "did you mean" hints, the YAML parser's own words) are parameters, shown as
// they are. The English dictionary must have every key listed here (it does not compile
// otherwise), and the other languages every English key. Imports nothing.

/** Every message key a scenario problem can have. */
export const PROBLEM_KEYS = [
  // Reading the file
  'scenario-problem.file-too-large',
  'scenario-problem.empty-file',
  'scenario-problem.binary',
  'scenario-problem.duplicate-key',
  'scenario-problem.duplicate-key-unnamed',
  'scenario-problem.too-deep',
  'scenario-problem.aliases',
  'scenario-problem.alias-error',
  'scenario-problem.forbidden-key',
  'scenario-problem.complex-key',
  'scenario-problem.tag',
  'scenario-problem.custom-tags',
  'scenario-problem.too-deep-to-read',
  'scenario-problem.unreadable',
  'scenario-problem.tabs',
  'scenario-problem.colon-in-text',
  'scenario-problem.colon-at-end',
  'scenario-problem.text-after-quote',
  'scenario-problem.unclosed-quote',
  'scenario-problem.unclosed-bracket',
  'scenario-problem.no-space-after-colon',
  'scenario-problem.missing-colon',
  'scenario-problem.no-space-after-dash',
  'scenario-problem.missing-comma',
  'scenario-problem.indentation',
  'scenario-problem.flow-indent',
  'scenario-problem.not-yaml',
  // The fields against the schema
  'scenario-problem.missing',
  'scenario-problem.unknown-field',
  'scenario-problem.unknown-field-hint',
  'scenario-problem.not-group',
  'scenario-problem.min-value',
  'scenario-problem.max-value',
  'scenario-problem.not-integer',
  'scenario-problem.empty-text',
  'scenario-problem.too-long',
  'scenario-problem.too-few-items',
  'scenario-problem.too-many-items',
  'scenario-problem.pattern',
  'scenario-problem.pattern.id',
  'scenario-problem.pattern.language',
  'scenario-problem.pattern.silo-ref',
  'scenario-problem.one-of',
  'scenario-problem.one-of-hint',
  'scenario-problem.literal',
  'scenario-problem.not-text',
  'scenario-problem.no-language',
  'scenario-problem.min-above-max',
  'scenario-problem.wrong-type',
  'scenario-problem.type.number',
  'scenario-problem.type.text',
  'scenario-problem.type.boolean',
  'scenario-problem.type.list',
  'scenario-problem.type.group',
  'scenario-problem.type.fixed',
  'scenario-problem.type.other',
  'scenario-problem.value.empty',
  'scenario-problem.value.nan',
  'scenario-problem.value.infinite',
  'scenario-problem.value.list',
  'scenario-problem.value.group',
  'scenario-problem.quoted',
  // How the fields fit together
  'scenario-problem.duplicate-id.segment',
  'scenario-problem.duplicate-id.silo',
  'scenario-problem.duplicate-id.initiative',
  'scenario-problem.duplicate-id.event',
  'scenario-problem.duplicate-option-id',
  'scenario-problem.unknown-silo',
  'scenario-problem.core-silo-required',
  'scenario-problem.weights-sum',
  'scenario-problem.unknown-segment',
  'scenario-problem.unknown-role',
  'scenario-problem.unknown-shared-initiative',
  'scenario-problem.last-before-first',
  'scenario-problem.unknown-option',
  'scenario-problem.default-costs',
  'scenario-problem.unknown-initiative',
  'scenario-problem.excluded-initiative',
  // The list, and where a problem is
  'scenario-problem.more',
  'scenario-problem.file',
  'scenario-problem.line',
  'scenario-problem.line-column',
  // Finding the file, and the checker
  'scenario-problem.no-such-file',
  'scenario-problem.folder',
  'scenario-problem.too-large-to-read',
  'scenario-problem.no-built-in',
  'scenario-problem.checker-stopped',
  'scenario-problem.no-answer',
  'scenario-problem.text',
] as const;

export type ProblemKey = (typeof PROBLEM_KEYS)[number];

const KNOWN = new Set<string>(PROBLEM_KEYS);

/** Whether a string (a schema check's message, say) is a problem key. */
export function isProblemKey(key: string): key is ProblemKey {
  return KNOWN.has(key);
}

/**
 * One parameter of a problem: a value shown as it is (a number from the file is given as written,
 * as a string), a phrase in the reader's language (`{ key }`: "a list", "a number"), or words
 * from the file quoted the language's way (`{ quoted }`; a list of them joined with commas).
 */
export type ProblemParam =
  string | number | { readonly key: ProblemKey } | { readonly quoted: string | string[] };

export type ProblemParams = Readonly<Record<string, ProblemParam>>;

export interface Problem {
  /** Where in the scenario, e.g. `silos[2].trust`; empty for the whole file. */
  path: string;
  line?: number;
  column?: number;
  /** What is wrong, in the dictionaries' words. */
  key: ProblemKey;
  params?: ProblemParams;
}

/** What rendering a problem needs of a translator (src/ui/i18n.ts's Translator is one). */
export interface ProblemTranslator {
  t(key: ProblemKey, params?: Readonly<Record<string, string | number>>): string;
}

function paramText(value: ProblemParam, t: ProblemTranslator): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('key' in value) return t.t(value.key);
  const words = typeof value.quoted === 'string' ? [value.quoted] : value.quoted;
  return words.map((text) => t.t('scenario-problem.quoted', { text })).join(', ');
}

/** A problem's message in the translator's language, e.g. "should be at most 100, but is 140". */
export function problemText(problem: Problem, t: ProblemTranslator): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {}))
    params[name] = paramText(value, t);
  return t.t(problem.key, params);
}

/** A problem with no translator at hand (a bug report): its key and parameters. */
export function problemKeyText(problem: Problem): string {
  return problem.params ? `${problem.key} ${JSON.stringify(problem.params)}` : problem.key;
}

/** A problem from a text that has no key of its own (an error from elsewhere), shown as it is. */
export function plainProblem(text: string, path = ''): Problem {
  return { path, key: 'scenario-problem.text', params: { text } };
}
