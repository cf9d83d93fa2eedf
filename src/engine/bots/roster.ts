// The bots by name, as the balance and play tools call them: do-nothing, random, anti-pattern,
// expert, expert-generic and spam:<initiative id>. Imports only engine modules.

import type { Scenario } from '../scenario-types';
import type { Bot } from './bot';
import { antiPattern, doNothing, random, spam } from './simple-bots';
import { expert } from './expert';

export const FIXED_BOTS = [
  'do-nothing',
  'random',
  'anti-pattern',
  'expert',
  'expert-generic',
] as const;

/** The bot with this name, or null when there is none (or the spam target is not in the catalogue). */
export function botByName(name: string, scenario: Scenario): Bot | null {
  switch (name) {
    case 'do-nothing':
      return doNothing;
    case 'random':
      return random;
    case 'anti-pattern':
      return antiPattern;
    case 'expert':
      return expert(false);
    case 'expert-generic':
      return expert(true);
  }
  if (name.startsWith('spam:')) {
    const id = name.slice(5);
    return scenario.initiatives.some((i) => i.id === id) ? spam(id) : null;
  }
  return null;
}

/** Every bot the balance run plays: the fixed ones and one spammer per initiative. */
export function allBotNames(scenario: Scenario): string[] {
  return [...FIXED_BOTS, ...scenario.initiatives.map((i) => `spam:${i.id}`)];
}
