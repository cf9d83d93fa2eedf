// Polish: every user-visible string of the game outside the scenario files, kept by job in
// ./pl/ (menus, office, debrief, workshop), each a Translation of its English part (exactly its
// keys), put together here. Loaded only when a player chooses the language. Imports its parts.

import type { Dictionary } from './dictionary';
import { debrief } from './pl/debrief';
import { menus } from './pl/menus';
import { office } from './pl/office';
import { workshop } from './pl/workshop';

export const pl: Dictionary = {
  'game.name': 'Power Core',
  ...menus,
  ...office,
  ...debrief,
  ...workshop,
};
