// Building blocks the bots share: answering events, finding partners still to persuade, judging
// approaches by the odds a player is shown, and checking what the budget can still carry.
// Imports only engine modules.

import type { Approach, EventOption, GameEvent, Initiative } from '../scenario-types';
import type { Action, InitiativeState } from '../state-types';
import type { BotTurn } from './bot';
import { sameAction } from './bot';
import { approachCost, negotiationFactors, negotiationScore } from '../negotiation';
import { catalogue, findEvent, findSilo } from '../lookup';
import { cannotAfford } from '../resources';
import { TUNING } from '../tuning';

export function notRefused(turn: BotTurn, action: Action): boolean {
  return !turn.refused.some((r) => sameAction(r, action));
}

export function affordable(turn: BotTurn, option: EventOption): boolean {
  return cannotAfford(turn.state, option.cost) === null;
}

/** Answers the first pending event with the option `choose` picks (the default if it picks none). */
export function answerPending(
  turn: BotTurn,
  choose: (event: GameEvent, options: EventOption[]) => EventOption | undefined,
): Action | null {
  const pending = turn.state.pendingEvents[0];
  if (!pending) return null;
  const event = findEvent(turn.scenario, pending.event)!;
  const options = event.options.filter((o) => affordable(turn, o));
  const chosen = pending.mitigated ? undefined : choose(event, options);
  const action: Action = {
    type: 'answerEvent',
    event: event.id,
    option:
      chosen && notRefused(turn, { type: 'answerEvent', event: event.id, option: chosen.id })
        ? chosen.id
        : event.defaultOption,
  };
  return action;
}

export function defaultOption(event: GameEvent): EventOption {
  return event.options.find((o) => o.id === event.defaultOption)!;
}

/** A partner still to persuade: not yet answered, or answered with less than full commitment. */
export interface OpenTalk {
  run: InitiativeState;
  def: Initiative;
  silo: string;
}

export function openTalks(turn: BotTurn, includeRetries: boolean): OpenTalk[] {
  const talks: OpenTalk[] = [];
  const index = catalogue(turn.scenario);
  for (const run of turn.state.initiatives) {
    for (const partner of run.partners) {
      const open =
        partner.outcome === undefined ||
        (includeRetries && (partner.outcome === 'nominal' || partner.outcome === 'refused')) ||
        (partner.outcome === 'pilot' && run.scale === 'full');
      if (!open) continue;
      if (turn.state.negotiatedThisTurn.includes(`${partner.silo}|${run.id}`)) continue;
      talks.push({ run, def: index.get(run.id)!, silo: partner.silo });
    }
  }
  return talks;
}

/** The score each usable approach would get, best first. */
export function rankApproaches(
  turn: BotTurn,
  talk: OpenTalk,
  allowed: readonly Approach[],
): { approach: Approach; score: number }[] {
  const silo = findSilo(turn.scenario, talk.silo)!;
  const partner = talk.run.partners.find((p) => p.silo === talk.silo)!;
  const ranked: { approach: Approach; score: number }[] = [];
  for (const approach of allowed) {
    const cost = approachCost(turn.scenario, turn.state, talk.def, talk.run, approach);
    if ('ok' in cost) continue;
    if (
      cannotAfford(turn.state, {
        actionPoints: 1,
        budget: cost.budget,
        politicalCapital: cost.capital,
      })
    )
      continue;
    const action: Action = {
      type: 'negotiate',
      initiative: talk.run.id,
      silo: talk.silo,
      approach,
    };
    if (!notRefused(turn, action)) continue;
    const score = negotiationScore(
      negotiationFactors({
        scenario: turn.scenario,
        state: turn.state,
        silo,
        def: talk.def,
        run: talk.run,
        partner,
        approach,
      }),
    );
    ranked.push({ approach, score });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/** Quarters left in the current budget year, this one included. */
export function quartersLeftInYear(quarter: number): number {
  return 4 - ((quarter - 1) % 4);
}

/** Upkeep per quarter of the running initiatives. */
export function upkeep(turn: BotTurn): number {
  const index = catalogue(turn.scenario);
  return turn.state.initiatives.reduce(
    (acc, run) =>
      acc + index.get(run.id)!.cost.upkeep * (run.scale === 'pilot' ? TUNING.pilotShare : 1),
    0,
  );
}

/** Whether launching would still leave enough budget for the year's upkeep. */
export function budgetAllows(
  turn: BotTurn,
  def: Initiative,
  scale: 'pilot' | 'full',
  reserve: number,
): boolean {
  const share = scale === 'pilot' ? TUNING.pilotShare : 1;
  const quarters = quartersLeftInYear(turn.state.quarter);
  const need =
    def.cost.launch * share + (upkeep(turn) + def.cost.upkeep * share) * quarters + reserve;
  return turn.state.budget >= need;
}

export function launchAction(def: Initiative, scale: 'pilot' | 'full'): Action {
  return { type: 'launch', initiative: def.id, scale };
}

export function canLaunch(turn: BotTurn, def: Initiative, scale: 'pilot' | 'full'): boolean {
  if (turn.state.initiatives.some((r) => r.id === def.id)) return false;
  if (scale === 'pilot' && !def.pilotable) return false;
  const share = scale === 'pilot' ? TUNING.pilotShare : 1;
  const short = cannotAfford(turn.state, {
    actionPoints: def.cost.actionPoints,
    budget: Math.round(def.cost.launch * share),
    politicalCapital: def.cost.politicalCapital,
  });
  return short === null && notRefused(turn, launchAction(def, scale));
}
