// English: every user-visible string of the game outside the scenario files, kept by job in
// ./en/ (menus, office, debrief, workshop) and put together here. A new language is a copy of
// these files with the values translated, plus one line in LANGUAGES (src/ui/i18n.ts). Plural
// entries use Intl.PluralRules categories (one, few, many, other). Imports its parts.

import type { Dictionary } from './dictionary';
import { debrief } from './en/debrief';
import { menus } from './en/menus';
import { office } from './en/office';
import { workshop } from './en/workshop';

export const en = {
  'game.name': 'Power Core',
  ...menus,
  ...office,
  ...debrief,
  ...workshop,
} satisfies Dictionary;

/** A message key: one the English dictionary has (a key it lacks does not compile). */
export type MessageKey = keyof typeof en;
