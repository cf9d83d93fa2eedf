// A strategy with searched parameters: the expert and the optimiser's adversaries are all this
// one player with different numbers. It decides from what a player sees (bots/view.ts): measured
// values where it has measured, beliefs elsewhere, exit reasons, pilot readings, the odds and the
// report preview the screens show. Rules with parameters decide which initiatives to launch
// (their value for the stages that look weak, plus what they build), when to pilot, scale, stop,
// listen and report, which argument to use, and how to answer events. A constraint takes one
// lesson away (never listen, never pilot, fight the core, ...), so the balance run can show what
// each lesson is worth. Its parameters are in bots/strategy-params.ts, what a launch is worth in
// bots/launch-value.ts. Imports only engine modules.

import type { Approach, EventOption, GameEvent, Scenario } from '../scenario-types';
import { APPROACHES, STAGES } from '../scenario-types';
import type { Action, InitiativeState, PartnerState } from '../state-types';
import type { Bot, BotTurn } from './bot';
import {
  answerPending,
  approachScore,
  budgetCovers,
  defaultOption,
  notRefused,
  openTalks,
  talkSetup,
  upkeep,
} from './moves';
import type { OpenTalk } from './moves';
import type { Constraint, Params, PolicyOptions } from './strategy-params';
import { normaliseParams } from './strategy-params';
import type { PlanTerms } from './launch-value';
import {
  customerValue,
  mayLaunch,
  planIndex,
  plansOf,
  planTerms,
  priority,
  readNeeds,
  runningFlags,
  runningSummary,
} from './launch-value';
import { findSilo } from '../lookup';
import { negotiationFactors, negotiationScore, talkBasis } from '../negotiation';
import { negotiationOdds } from '../negotiation-odds';
import { reportGain } from '../ceo';
import { runningTables, siloCapacity, siloLoads } from '../initiatives';
import { TUNING } from '../tuning';

/** The arguments the strategy may use, with its preference for each (in the same order). */
interface Arguments {
  readonly approaches: readonly Approach[];
  readonly preferences: readonly number[];
}

function allowedApproaches(scenario: Scenario, options: PolicyOptions, p: Params): Arguments {
  const approaches = APPROACHES.filter((a) => {
    if (options.constraint === 'no-pilots' && a === 'pilot') return false;
    if (options.constraint === 'fight-the-core')
      return a === 'escalate' || scenario.approaches[a].coreAffinity[scenario.powerCore] <= 0.2;
    return true;
  });
  return { approaches, preferences: approaches.map((a) => p[a]) };
}

/** What an event's option looks like it does, from the effects the story describes. */
function optionValue(option: EventOption, p: Params): number {
  const e = option.effects;
  let value = 0;
  for (const stage of STAGES) {
    value +=
      p.eventExperience * (e.experience?.[stage] ?? 0) +
      p.eventStructural * (e.structural?.[stage] ?? 0) -
      p.eventExperience * (e.expectations?.[stage] ?? 0);
  }
  value += p.eventEngagement * (e.engagement ?? 0) + p.eventSupport * (e.ceoSupport ?? 0);
  value -= p.eventLost * (e.customersLost ?? 0);
  for (const delta of Object.values(e.gauges ?? {})) value += p.eventGauges * (delta ?? 0);
  for (const delta of Object.values(e.trust ?? {})) value += p.eventTrust * (delta ?? 0);
  value += p.eventBudget * (e.budget ?? 0);
  value -=
    p.eventBudget * option.cost.budget +
    p.eventTime * option.cost.actionPoints +
    2 * p.eventTime * option.cost.politicalCapital;
  return value;
}

/** The argument with the best expected commitment for a talk, or null when none is worth it. */
function chooseApproach(
  turn: BotTurn,
  talk: OpenTalk,
  p: Params,
  allowed: Arguments,
  generic: boolean,
): Approach | null {
  const { scenario } = turn;
  const silo = findSilo(scenario, talk.silo)!;
  const partner = partnerIn(talk.run, talk.silo);
  const retry = partner.outcome !== undefined;
  let best: Approach | null = null;
  let bestValue = -Infinity;
  const { approaches, preferences } = allowed;
  const basis = talkBasis({
    scenario,
    state: turn.state,
    silo,
    def: talk.def,
    run: talk.run,
    partner,
  });
  for (let a = 0; a < approaches.length; a++) {
    const approach = approaches[a]!;
    let score = approachScore(turn, talk, silo, partner, approach, basis);
    if (score === null) continue;
    if (generic) {
      // Blind to the power core: the strategy judges the argument without the core's part.
      const factors = negotiationFactors(talkSetup(turn, talk, silo, partner, approach));
      score = negotiationScore(factors.filter((f) => f.id !== 'core'));
    }
    const odds = negotiationOdds(score);
    const full = approach === 'pilot' || talk.run.scale === 'pilot' ? 0.5 : 1;
    let value = odds.full * full + odds.pilot * 0.5 + odds.nominal * TUNING.nominalCommitment;
    value += preferences[a]!;
    if (value > bestValue) {
      best = approach;
      bestValue = value;
    }
  }
  if (best === null || (retry && bestValue < p.retryAt)) return null;
  return best;
}

/** The partner state of one silo in a running initiative (it is one of its partners). */
function partnerIn(run: InitiativeState, silo: string): PartnerState {
  for (const partner of run.partners) if (partner.silo === silo) return partner;
  throw new Error(`${silo} is not a partner of ${run.id}`);
}

/** The segments to listen to directly now, least recently measured first. */
function listenTarget(turn: BotTurn, p: Params): string | null {
  const { scenario, state } = turn;
  if (p.listenEvery <= 0 || (state.quarter - 1) % p.listenEvery !== 0) return null;
  let listened = 0;
  for (let k = state.log.length - 1; k >= 0; k--) {
    const entry = state.log[k]!;
    if (entry.kind === 'listened' && entry.quarter === state.quarter) listened += 1;
    if (entry.kind === 'resolved') break;
  }
  if (listened >= p.listenSegments) return null;
  let best: string | null = null;
  let bestAge = -1;
  for (let i = 0; i < scenario.segments.length; i++) {
    const m = state.measured[i]!.stages.service;
    const age = m ? state.quarter - m.quarter : 99;
    if (age <= 1) continue;
    const id = scenario.segments[i]!.id;
    if (!notRefused(turn, { type: 'listen', segment: id })) continue;
    const weighted = age * (1 + state.company.segments[i]!.customers / 10000);
    if (weighted > bestAge) {
      best = id;
      bestAge = weighted;
    }
  }
  return best;
}

/** A set kept in the bot's memory for the current turn only. */
function perTurn(turn: BotTurn, name: string): Set<string> {
  const quarter = turn.state.quarter;
  let found = turn.memory[name] as { quarter: number; keys: Set<string> } | undefined;
  if (!found || found.quarter !== quarter) {
    found = { quarter, keys: new Set<string>() };
    turn.memory[name] = found;
  }
  return found.keys;
}

/** Flags by plan position kept in the bot's memory for the current turn only. */
function perTurnFlags(turn: BotTurn, name: string, size: number): boolean[] {
  const quarter = turn.state.quarter;
  let found = turn.memory[name] as { quarter: number; flags: boolean[] } | undefined;
  if (!found || found.quarter !== quarter) {
    found = { quarter, flags: new Array<boolean>(size).fill(false) };
    turn.memory[name] = found;
  }
  return found.flags;
}

/** Initiatives whose pilot showed they do not work here: never launched again. */
function duds(turn: BotTurn): Set<string> {
  let found = turn.memory['duds'] as Set<string> | undefined;
  if (!found) {
    found = new Set<string>();
    turn.memory['duds'] = found;
  }
  return found;
}

/** A strategy with these parameters, under a constraint (or none). */
export function policyBot(name: string, params: Params, options: PolicyOptions = {}): Bot {
  const p = normaliseParams(params);
  const generic = options.generic === true;
  const constraint = options.constraint;
  // Worked out once per scenario (arguments) and per event option (its value): both depend only
  // on the parameters and the scenario.
  const argumentsByScenario = new WeakMap<Scenario, Arguments>();
  const optionValues = new WeakMap<EventOption, number>();
  const valueOf = (option: EventOption): number => {
    let value = optionValues.get(option);
    if (value === undefined) {
      value = optionValue(option, p);
      optionValues.set(option, value);
    }
    return value;
  };
  const choose = (ev: GameEvent, choices: EventOption[]) =>
    chooseOption(ev, choices, valueOf, constraint);
  return {
    name,
    next(turn) {
      const { scenario, state } = turn;
      const event = answerPending(turn, choose);
      if (event) return event;

      // Reports: weighed once a turn (nothing new appears later in the same turn).
      if (
        constraint !== 'no-reports' &&
        state.actionPoints >= 1 &&
        state.lastReport?.quarter !== state.quarter &&
        turn.memory['report-checked'] !== state.quarter
      ) {
        turn.memory['report-checked'] = state.quarter;
        const report: Action = { type: 'reportToCeo' };
        if (reportGain(scenario, state).gain >= p.reportAt && notRefused(turn, report))
          return report;
      }

      // Pilots that have been read: scale the good ones, stop the duds.
      for (const run of state.initiatives) {
        if (run.scale !== 'pilot' || !run.pilotReading) continue;
        const share = run.pilotReading.share;
        if (share < p.stopPilot) {
          const stop: Action = { type: 'stop', initiative: run.id };
          if (notRefused(turn, stop)) {
            duds(turn).add(run.id);
            return stop;
          }
        } else if (share >= p.scaleAt && state.actionPoints >= 2 && constraint !== 'no-pilots') {
          const def = planIndex(scenario).get(run.id)!.def;
          const scale: Action = { type: 'scale', initiative: run.id };
          if (
            budgetCovers(
              turn,
              def.cost.launch * TUNING.scaleCostShare,
              def.cost.upkeep,
              'full',
              p.reserve * state.yearBudget,
              upkeep(turn),
            ) &&
            notRefused(turn, scale)
          )
            return scale;
        }
      }

      // Talks with the partners still to persuade.
      if (state.actionPoints >= 1) {
        let allowed = argumentsByScenario.get(scenario);
        if (!allowed) {
          allowed = allowedApproaches(scenario, options, p);
          argumentsByScenario.set(scenario, allowed);
        }
        // Within a turn time, budget and capital only fall: a talk not worth having now will not
        // be later in the same turn.
        const skipped = perTurn(turn, 'skipped-talks');
        for (const talk of openTalks(turn, state.actionPoints >= 2)) {
          const key = talk.key;
          if (skipped.has(key)) continue;
          const approach = chooseApproach(turn, talk, p, allowed, generic);
          if (!approach) {
            skipped.add(key);
            continue;
          }
          const action: Action = {
            type: 'negotiate',
            initiative: talk.run.id,
            silo: talk.silo,
            approach,
          };
          if (notRefused(turn, action)) return action;
        }
      }

      // Listening directly: precise and current, for one segment at a time.
      if (
        constraint !== 'no-listening' &&
        state.actionPoints >= TUNING.directListeningActionPoints &&
        state.budget >= TUNING.directListeningBudget
      ) {
        const segment = listenTarget(turn, p);
        if (segment) return { type: 'listen', segment };
      }

      const launch = chooseLaunch(turn, p, options);
      if (launch) return launch;
      return { type: 'endQuarter' };
    },
  };
}

function chooseOption(
  event: GameEvent,
  options: EventOption[],
  valueOf: (option: EventOption) => number,
  constraint: Constraint | undefined,
): EventOption | undefined {
  if (constraint === 'default-events' || constraint === 'report-only') return defaultOption(event);
  let best: EventOption | undefined;
  let bestValue = -Infinity;
  for (const option of options) {
    const value = valueOf(option);
    if (value > bestValue) {
      best = option;
      bestValue = value;
    }
  }
  return best;
}

/**
 * Each plan's customer value as a share of the best on offer (0 for plans the strategy may not
 * launch). It depends only on what the player sees, which changes at the end of a quarter and
 * when the player listens, so it is worked out once per quarter and listen.
 */
function customerShares(turn: BotTurn, p: Params, options: PolicyOptions): number[] {
  const { scenario, state } = turn;
  let listens = 0;
  for (let k = state.log.length - 1; k >= 0; k--) {
    const entry = state.log[k]!;
    if (entry.kind === 'resolved') break;
    if (entry.kind === 'listened') listens += 1;
  }
  const cached = turn.memory['customer-shares'] as
    { quarter: number; listens: number; shares: number[] } | undefined;
  if (cached && cached.quarter === state.quarter && cached.listens === listens)
    return cached.shares;
  const needs = readNeeds(scenario, state, p);
  const all = plansOf(scenario);
  const shares: number[] = [];
  let best = 0;
  for (const plan of all) {
    const value = mayLaunch(plan, options) ? customerValue(needs, plan, p) : 0;
    shares.push(value);
    if (value > best) best = value;
  }
  for (let n = 0; n < shares.length; n++) shares[n] = best > 0 ? shares[n]! / best : 0;
  turn.memory['customer-shares'] = { quarter: state.quarter, listens, shares };
  return shares;
}

// Each plan's priority terms that depend only on the parameters, per strategy and scenario.
const termTables = new WeakMap<Params, WeakMap<Scenario, PlanTerms[]>>();

function termsOf(scenario: Scenario, p: Params): PlanTerms[] {
  let byScenario = termTables.get(p);
  if (!byScenario) {
    byScenario = new WeakMap();
    termTables.set(p, byScenario);
  }
  let found = byScenario.get(scenario);
  if (!found) {
    found = plansOf(scenario).map((plan) => planTerms(plan, p));
    byScenario.set(scenario, found);
  }
  return found;
}

/**
 * The positions of the plans worth launching now, most valuable first (ties in catalogue order).
 * Priorities change only with the customer shares, the running measurements and
 * whether the budget is overdrawn, so the ranking is kept until one of those changes.
 */
function rankedPlans(turn: BotTurn, p: Params, options: PolicyOptions): number[] {
  const { scenario, state } = turn;
  const shares = customerShares(turn, p, options);
  const flags = runningFlags(state, planIndex(scenario)) + (state.budget < 0 ? 16 : 0);
  const cached = turn.memory['ranked-plans'] as
    { shares: number[]; flags: number; order: number[] } | undefined;
  if (cached && cached.shares === shares && cached.flags === flags) return cached.order;
  const running = runningSummary(state, planIndex(scenario));
  const all = plansOf(scenario);
  const terms = termsOf(scenario, p);
  const order: number[] = [];
  const values: number[] = [];
  for (let n = 0; n < all.length; n++) {
    values.push(
      mayLaunch(all[n]!, options)
        ? priority(state, all[n]!, p, running, options.generic === true, shares[n]!, terms[n])
        : -Infinity,
    );
    if (values[n]! > p.launchAbove) order.push(n);
  }
  sortByValue(order, values);
  turn.memory['ranked-plans'] = { shares, flags, order };
  return order;
}

/** Each silo's capacity now (`siloCapacity`), by position. */
function siloCapacities(scenario: Scenario, state: BotTurn['state']): number[] {
  const capacities: number[] = [];
  for (let j = 0; j < scenario.silos.length; j++) capacities.push(siloCapacity(scenario, state, j));
  return capacities;
}

/**
 * Sorts plan positions by value, highest first, ties in catalogue order. Insertion sort: the list
 * is a few dozen long and nearly in order, and a comparator call per step costs more than the
 * comparisons themselves.
 */
function sortByValue(order: number[], values: readonly number[]): void {
  for (let k = 1; k < order.length; k++) {
    const n = order[k]!;
    const value = values[n]!;
    let m = k - 1;
    // `order` starts in catalogue order, so an equal value already ahead stays ahead.
    while (m >= 0 && values[order[m]!]! < value) {
      order[m + 1] = order[m]!;
      m -= 1;
    }
    order[m + 1] = n;
  }
}

/** The most valuable launch the budget, the silos and the time allow, if any is worth it. */
function chooseLaunch(turn: BotTurn, p: Params, options: PolicyOptions): Action | null {
  const { scenario, state } = turn;
  if (state.actionPoints < 1 || state.initiatives.length >= p.maxRunning) return null;
  const order = rankedPlans(turn, p, options);
  if (order.length === 0) return null;
  const plans = plansOf(scenario);
  // Loads, capacities and upkeep are worked out when a plan first needs them (often none does).
  let loads: number[] | null = null;
  let capacities: number[] | null = null;
  let upkeepNow: number | null = null;
  const reserve = p.reserve * state.yearBudget;
  const known = duds(turn);
  // Within a turn time, budget and capital only fall and silos only fill up: a launch that
  // cannot happen now will not happen later in the same turn.
  const cannot = perTurnFlags(turn, 'cannot-launch', plans.length);
  // Running now, running for the rest of the turn (only duds are stopped).
  for (const table of runningTables(scenario, state.initiatives)) cannot[table.position] = true;
  for (const n of order) {
    if (cannot[n]) continue;
    const plan = plans[n]!;
    const def = plan.def;
    if (known.size > 0 && known.has(def.id)) continue;
    const ap = def.cost.actionPoints + (def.partners.length > 0 ? 1 : 0);
    let room = state.actionPoints >= ap && state.politicalCapital >= def.cost.politicalCapital;
    if (room && plan.partnerPositions.length > 0) {
      loads ??= siloLoads(scenario, state);
      capacities ??= siloCapacities(scenario, state);
    }
    for (let k = 0; room && k < plan.partnerPositions.length; k++) {
      const j = plan.partnerPositions[k]!;
      if (j >= 0 && loads![j]! + plan.partnerLoads[k]! > capacities![j]! + p.overloadSlack)
        room = false;
    }
    if (!room) {
      cannot[n] = true;
      continue;
    }
    const scale: 'pilot' | 'full' =
      def.pilotable && options.constraint !== 'no-pilots' && plan.width >= p.pilotWidth
        ? 'pilot'
        : 'full';
    const action: Action = { type: 'launch', initiative: def.id, scale };
    if (!notRefused(turn, action)) continue;
    upkeepNow ??= upkeep(turn);
    if (!budgetCovers(turn, def.cost.launch, def.cost.upkeep, scale, reserve, upkeepNow)) {
      cannot[n] = true;
      continue;
    }
    return action;
  }
  return null;
}
