// The tools' language: `--lang en|pl|uk` when given, otherwise the environment's (LC_ALL, then
// LC_MESSAGES, then LANG, as POSIX programs read it: `pl_PL.UTF-8` is Polish), otherwise English.
// A Polish facilitator's terminal is usually set up that way already. Imports the dictionaries.

import { createTranslator, DEFAULT_LANGUAGE, LANGUAGES, loadLanguage } from '../ui/i18n';
import type { Translator } from '../ui/i18n';
import { UsageError } from './args';

export const TOOL_LANGUAGES: readonly string[] = Object.keys(LANGUAGES);

/** The usage text of the option, e.g. `[--lang en|pl|uk]`. */
export const LANG_USAGE = `[--lang ${TOOL_LANGUAGES.join('|')}]`;

/** The language the environment asks for, if the tools speak it (`C` and `POSIX` are English). */
export function environmentLanguage(env: NodeJS.ProcessEnv): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    // The first one set decides, as for any program: LC_ALL=C means English even if LANG=pl_PL.
    const code = value.toLowerCase().split(/[_.@-]/)[0] ?? '';
    return TOOL_LANGUAGES.includes(code) ? code : DEFAULT_LANGUAGE;
  }
  return DEFAULT_LANGUAGE;
}

/** The language to speak: the option's value (checked) or the environment's. */
export function toolLanguage(option: string | undefined, env: NodeJS.ProcessEnv): string {
  if (option === undefined) return environmentLanguage(env);
  if (!TOOL_LANGUAGES.includes(option))
    throw new UsageError(`--lang must be ${TOOL_LANGUAGES.join(', ')} (not "${option}")`);
  return option;
}

/** A translator for the tools' language, its dictionary loaded. */
export async function toolTranslator(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Translator> {
  const lang = toolLanguage(option, env);
  await loadLanguage(lang);
  return createTranslator(lang);
}
