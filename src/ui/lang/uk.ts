// Ukrainian: every user-visible string of the game outside the scenario files, kept by job in
// ./uk/ (menus, office, debrief, workshop), each a Translation of its English part (exactly its
// keys), put together here. Loaded only when a player chooses the language. Imports its parts.

import type { Dictionary } from './dictionary';
import { debrief } from './uk/debrief';
import { menus } from './uk/menus';
import { office } from './uk/office';
import { workshop } from './uk/workshop';

export const uk: Dictionary = {
  'game.name': 'Power Core',
  ...menus,
  ...office,
  ...debrief,
  ...workshop,
};
