// Building blocks the bots share: answering events, finding partners still to persuade, judging
// approaches by the odds a player is shown, and checking what the budget can still carry.
// Imports only engine modules.

import type { Approach, EventOption, GameEvent, Initiative, Silo } from '../scenario-types';
import type { Action, InitiativeState, PartnerState } from '../state-types';
import type { BotTurn } from './bot';
import { sameAction } from './bot';
import { approachCost, basisScore, talkBasis } from '../negotiation';
import type { NegotiationSetup, TalkBasis } from '../negotiation';
import { findEvent, findSilo } from '../lookup';
import { runningTables, talkKey } from '../initiatives';
import { cannotAfford } from '../resources';
import { TUNING } from '../tuning';

export function notRefused(turn: BotTurn, action: Action): boolean {
  const refused = turn.refused;
  if (refused.length === 0) return true;
  return !refused.some((r) => sameAction(r, action));
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
  /** `silo|initiative`, as the turn's negotiations are kept. */
  key: string;
}

export function openTalks(turn: BotTurn, includeRetries: boolean): OpenTalk[] {
  const talks: OpenTalk[] = [];
  const runs = turn.state.initiatives;
  const tables = runningTables(turn.scenario, runs);
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    for (let k = 0; k < run.partners.length; k++) {
      const partner = run.partners[k]!;
      const open =
        partner.outcome === undefined ||
        (includeRetries && (partner.outcome === 'nominal' || partner.outcome === 'refused')) ||
        (partner.outcome === 'pilot' && run.scale === 'full');
      if (!open) continue;
      const key = talkKey(turn.scenario, run.id, partner.silo, k);
      if (turn.state.negotiatedThisTurn.includes(key)) continue;
      talks.push({ run, def: tables[n]!.def, silo: partner.silo, key });
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
    const score = approachScore(turn, talk, silo, partner, approach);
    if (score !== null) ranked.push({ approach, score });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * The score (before luck) of asking with one approach, or null when the approach cannot be used
 * now, cannot be paid for, or was refused earlier this turn. `basis` is the talk's
 * (`talkBasis`), for callers that weigh several approaches for the same talk.
 */
export function approachScore(
  turn: BotTurn,
  talk: OpenTalk,
  silo: Silo,
  partner: PartnerState,
  approach: Approach,
  basis?: TalkBasis,
): number | null {
  const { scenario, state } = turn;
  const cost = approachCost(scenario, state, talk.def, talk.run, approach);
  if ('ok' in cost) return null;
  // The same checks as cannotAfford, for one action point and the approach's own cost.
  if (state.actionPoints < 1 || state.budget < cost.budget || state.politicalCapital < cost.capital)
    return null;
  if (
    turn.refused.length > 0 &&
    !notRefused(turn, { type: 'negotiate', initiative: talk.run.id, silo: talk.silo, approach })
  )
    return null;
  return basisScore(basis ?? talkBasis(talkSetup(turn, talk, silo, partner, approach)), approach);
}

/** A talk as the negotiation rules see it. */
export function talkSetup(
  turn: BotTurn,
  talk: OpenTalk,
  silo: Silo,
  partner: PartnerState,
  approach: Approach,
): NegotiationSetup {
  return {
    scenario: turn.scenario,
    state: turn.state,
    silo,
    def: talk.def,
    run: talk.run,
    partner,
    approach,
  };
}

/** Quarters left in the current budget year, this one included. */
export function quartersLeftInYear(quarter: number): number {
  return 4 - ((quarter - 1) % 4);
}

/** Upkeep per quarter of the running initiatives. */
export function upkeep(turn: BotTurn): number {
  const runs = turn.state.initiatives;
  const tables = runningTables(turn.scenario, runs);
  let total = 0;
  for (let n = 0; n < runs.length; n++)
    total += tables[n]!.def.cost.upkeep * (runs[n]!.scale === 'pilot' ? TUNING.pilotShare : 1);
  return total;
}

/**
 * Whether launching would still leave enough budget for the year's upkeep. `upkeepNow` is
 * `upkeep(turn)`, for callers that check many launches against the same state.
 */
export function budgetAllows(
  turn: BotTurn,
  def: Initiative,
  scale: 'pilot' | 'full',
  reserve: number,
  upkeepNow = upkeep(turn),
): boolean {
  return budgetCovers(turn, def.cost.launch, def.cost.upkeep, scale, reserve, upkeepNow);
}

/** Whether the budget covers a launch cost now and an upkeep for the rest of the year. */
export function budgetCovers(
  turn: BotTurn,
  launch: number,
  upkeepPerQuarter: number,
  scale: 'pilot' | 'full',
  reserve: number,
  upkeepNow: number,
): boolean {
  const share = scale === 'pilot' ? TUNING.pilotShare : 1;
  const quarters = quartersLeftInYear(turn.state.quarter);
  const need = launch * share + (upkeepNow + upkeepPerQuarter * share) * quarters + reserve;
  return turn.state.budget >= need;
}

export function launchAction(def: Initiative, scale: 'pilot' | 'full'): Action {
  return { type: 'launch', initiative: def.id, scale };
}

export function canLaunch(turn: BotTurn, def: Initiative, scale: 'pilot' | 'full'): boolean {
  const state = turn.state;
  for (const run of state.initiatives) if (run.id === def.id) return false;
  if (scale === 'pilot' && !def.pilotable) return false;
  const share = scale === 'pilot' ? TUNING.pilotShare : 1;
  // The same checks as cannotAfford, without building the refusal.
  if (
    state.actionPoints < def.cost.actionPoints ||
    state.budget < Math.round(def.cost.launch * share) ||
    state.politicalCapital < def.cost.politicalCapital
  )
    return false;
  return notRefused(turn, launchAction(def, scale));
}
