// What each decision costs, in one place: the action handlers charge it and the UI shows it
// before the player decides. Imports only engine modules.

import type { Initiative } from './scenario-types';
import type { Cost } from './resources';
import { TUNING } from './tuning';

/** Launching an initiative: a pilot costs a share of the full launch budget. */
export function launchCost(def: Initiative, scale: 'pilot' | 'full'): Required<Cost> {
  const share = scale === 'pilot' ? TUNING.pilotShare : 1;
  return {
    actionPoints: def.cost.actionPoints,
    budget: Math.round(def.cost.launch * share),
    politicalCapital: def.cost.politicalCapital,
  };
}

/** Rolling a pilot out in full. */
export function scaleCost(def: Initiative): Required<Cost> {
  return {
    actionPoints: 1,
    budget: Math.round(def.cost.launch * TUNING.scaleCostShare),
    politicalCapital: 0,
  };
}

/** Upkeep per quarter while running; a pilot runs at a share of it. */
export function upkeepCost(def: Initiative, scale: 'pilot' | 'full'): number {
  return Math.round(def.cost.upkeep * (scale === 'pilot' ? TUNING.pilotShare : 1));
}

/** Listening to one segment directly. */
export const LISTEN_COST: Required<Cost> = {
  actionPoints: TUNING.directListeningActionPoints,
  budget: TUNING.directListeningBudget,
  politicalCapital: 0,
};

/** Reporting to the CEO (once a turn). */
export const REPORT_COST: Required<Cost> = { actionPoints: 1, budget: 0, politicalCapital: 0 };

/** Asking a leader, before what the approach itself costs. */
export const NEGOTIATION_ACTION_POINTS = 1;
