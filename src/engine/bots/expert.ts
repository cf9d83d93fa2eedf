// The expert bot plays by the lessons: listen first (with open answers and exit reasons), close
// the loop, make someone count customers won and lost, show results in money, fix incentives, then
// improve the stages that matter to each segment - framed in the power core's language, piloted
// where trust is thin, reported to the CEO every quarter. `expert-generic` is the same player
// ignoring the power core: shared initiatives only, plain arguments. Imports only engine modules.

import type {
  Approach,
  EventOption,
  GameEvent,
  Initiative,
  Scenario,
  Segment,
} from '../scenario-types';
import { APPROACHES, STAGES } from '../scenario-types';
import type { Action } from '../state-types';
import type { Bot, BotTurn } from './bot';
import {
  answerPending,
  approachScore,
  budgetAllows,
  budgetCovers,
  canLaunch,
  launchAction,
  notRefused,
  openTalks,
  upkeep,
} from './moves';
import type { OpenTalk } from './moves';
import { catalogue, findSilo } from '../lookup';
import { evidenceQuality, negotiationOdds } from '../negotiation';
import { reportGain } from '../ceo';
import { siloLoad } from '../initiatives';
import { TUNING } from '../tuning';

/** Most initiatives the expert runs at once: more would overload the silos. */
const MAX_RUNNING = 10;

/** What an event option looks like it does, from the effects shown to the player. */
function optionValue(option: EventOption): number {
  let value = optionValues.get(option);
  if (value === undefined) {
    value = weighOption(option);
    optionValues.set(option, value);
  }
  return value;
}

/** Option values, worked out once per option (scenarios are immutable). */
const optionValues = new WeakMap<EventOption, number>();

function weighOption(option: EventOption): number {
  const e = option.effects;
  let value = 0;
  for (const stage of STAGES) {
    value +=
      (e.experience?.[stage] ?? 0) +
      3 * (e.structural?.[stage] ?? 0) -
      (e.expectations?.[stage] ?? 0);
  }
  value += (e.engagement ?? 0) + (e.ceoSupport ?? 0) * 1.5 - (e.customersLost ?? 0) * 1500;
  for (const delta of Object.values(e.gauges ?? {})) value += delta ?? 0;
  for (const delta of Object.values(e.trust ?? {})) value += (delta ?? 0) * 0.3;
  value -=
    option.cost.budget / 10 + option.cost.actionPoints * 1.5 + option.cost.politicalCapital * 2;
  return value;
}

function chooseOption(event: GameEvent, options: EventOption[]): EventOption | undefined {
  const teaching = options.filter((o) => o.lessons.some((l) => event.lessons.includes(l)));
  const pool = teaching.length > 0 ? teaching : options;
  return [...pool].sort((a, b) => optionValue(b) - optionValue(a))[0];
}

/** What the launch priority of an initiative needs, worked out once per scenario. */
interface LaunchPlan {
  def: Initiative;
  /** Never launched by the expert (anti-patterns, score-only listening). */
  excluded: boolean;
  /** A shared initiative (the only kind expert-generic launches). */
  shared: boolean;
  /** The priority from what it builds, before the loop closure and the experience lifts. */
  base: number;
  closesLoop: boolean;
  /** Positions of the segments it is aimed at. */
  targets: number[];
  /** Per targeted segment, lift × weight for each stage in STAGES order. */
  liftWeights: number[];
  /** The power-core fit multiplier of the aligned expert. */
  fit: number;
}

const launchPlans = new WeakMap<Scenario, LaunchPlan[]>();

function plansOf(scenario: Scenario): LaunchPlan[] {
  let found = launchPlans.get(scenario);
  if (!found) {
    found = [...catalogue(scenario).values()].map((def) => planOf(scenario, def));
    launchPlans.set(scenario, found);
  }
  return found;
}

function planOf(scenario: Scenario, def: Initiative): LaunchPlan {
  const e = def.effects;
  const reveals = def.listening?.reveals ?? [];
  let base = 0;
  if (reveals.includes('stages') || reveals.includes('churnReasons')) base = 100;
  else if (def.listening) base = 40;
  if ((e.capabilities?.gainedLost ?? 0) >= 50) base = Math.max(base, 90);
  if (e.valueModel) base = Math.max(base, 88);
  if (def.category === 'incentives') base = Math.max(base, 70);
  if ((e.capabilities?.linkage ?? 0) >= 50) base = Math.max(base, 66);
  if (def.category === 'empowerment') base = Math.max(base, 60);
  if (def.category === 'leadership' && !e.closesLoop) base = Math.max(base, 30);
  const targets: number[] = [];
  const liftWeights: number[] = [];
  scenario.segments.forEach((segment, i) => {
    if (def.segments.length > 0 && !def.segments.includes(segment.id)) return;
    targets.push(i);
    for (const stage of STAGES)
      liftWeights.push((e.experience?.[stage] ?? 0) * segment.weights[stage]);
  });
  return {
    def,
    excluded: def.tags.includes('anti-pattern') || def.tags.includes('score-only'),
    shared: def.tags.includes('shared'),
    base,
    closesLoop: e.closesLoop === true,
    targets,
    liftWeights,
    fit: 1 + 0.6 * (def.affinity[scenario.powerCore] ?? 0),
  };
}

/** The launches the expert wants for a period of the game. */
interface Ranking {
  period: number;
  ranked: { def: Initiative; value: number }[];
}

/** The launches the expert wants, most wanted first. */
function rankLaunches(turn: BotTurn, generic: boolean): { def: Initiative; value: number }[] {
  let customers = 0;
  for (const s of turn.state.company.segments) customers += s.customers;
  const ranked: { def: Initiative; value: number }[] = [];
  for (const plan of plansOf(turn.scenario)) {
    if (plan.excluded || (generic && !plan.shared)) continue;
    const value = priority(turn, plan, generic, customers);
    if (value > 0) ranked.push({ def: plan.def, value });
  }
  return ranked.sort((a, b) => b.value - a.value);
}

/**
 * How much a launch matters now, by what it builds (the plan) and, for experience lifts, by the
 * stages the customers weigh most; 0 or less means the expert does not want it.
 */
function priority(turn: BotTurn, plan: LaunchPlan, generic: boolean, customers: number): number {
  const state = turn.state;
  let base = plan.base;
  if (plan.closesLoop) base = Math.max(base, state.initiatives.length > 0 ? 98 : 0);
  // Experience lifts: worth more on the stages that the customers weigh most.
  let impact = 0;
  const companySegments = state.company.segments;
  const liftWeights = plan.liftWeights;
  for (let t = 0; t < plan.targets.length; t++) {
    const share = companySegments[plan.targets[t]!]!.customers / customers;
    const k = 5 * t;
    impact += liftWeights[k]! * share * 5;
    impact += liftWeights[k + 1]! * share * 5;
    impact += liftWeights[k + 2]! * share * 5;
    impact += liftWeights[k + 3]! * share * 5;
    impact += liftWeights[k + 4]! * share * 5;
  }
  base = Math.max(base, 35 + impact * 2);
  if (generic) return base;
  return base * plan.fit;
}

function partnersHaveRoom(turn: BotTurn, def: Initiative): boolean {
  return def.partners.every((p) => {
    const silo = findSilo(turn.scenario, p.silo)!;
    return siloLoad(turn.state, p.silo) < silo.capacity;
  });
}

function launchScale(turn: BotTurn, def: Initiative): 'pilot' | 'full' {
  if (!def.pilotable) return 'full';
  for (const p of def.partners) {
    const trust = turn.state.silos.find((s) => s.id === p.silo)!.trust;
    if (p.ask === 'large' || trust < 42) return 'pilot';
  }
  return 'full';
}

function negotiation(turn: BotTurn, talk: OpenTalk, generic: boolean): Action | null {
  const partner = talk.run.partners.find((p) => p.silo === talk.silo)!;
  const retry = partner.outcome !== undefined;
  if (generic) {
    const approach: Approach = evidenceQuality(turn.state) !== null ? 'voice' : 'kpi';
    const action: Action = {
      type: 'negotiate',
      initiative: talk.run.id,
      silo: talk.silo,
      approach,
    };
    return notRefused(turn, action) ? action : null;
  }
  // Judge each approach by the commitment it can be expected to bring, as the odds show it: a
  // pilot-only answer is worth half, since the pilot can be scaled later. The best is the most
  // valuable; between equals, the higher score, then the earlier approach (as sorting the
  // approaches by score and then by value would pick).
  const silo = findSilo(turn.scenario, talk.silo)!;
  let best: Approach | null = null;
  let bestValue = 0;
  let bestScore = 0;
  for (const approach of APPROACHES) {
    if (approach === 'escalate' || (approach === 'trade' && turn.state.budget <= 150)) continue;
    const score = approachScore(turn, talk, silo, partner, approach);
    if (score === null) continue;
    const odds = negotiationOdds(score);
    const full = approach === 'pilot' || talk.run.scale === 'pilot' ? 0.5 : 1;
    const value = odds.full * full + odds.pilot * 0.5 + odds.nominal * TUNING.nominalCommitment;
    if (best === null || value > bestValue || (value === bestValue && score > bestScore)) {
      best = approach;
      bestValue = value;
      bestScore = score;
    }
  }
  if (best === null || (retry && bestValue < 0.45)) return null;
  return { type: 'negotiate', initiative: talk.run.id, silo: talk.silo, approach: best };
}

/** The segment the expert listens to directly: the one with the most revenue at the start. */
const biggestSegments = new WeakMap<Scenario, Segment>();

function biggestSegment(scenario: Scenario): Segment {
  let found = biggestSegments.get(scenario);
  if (!found) {
    found = [...scenario.segments].sort(
      (a, b) => b.customers * b.revenuePerCustomer - a.customers * a.revenuePerCustomer,
    )[0]!;
    biggestSegments.set(scenario, found);
  }
  return found;
}

/** Talks judged not worth having this turn, as `silo|initiative`. */
function skippedTalks(turn: BotTurn): Set<string> {
  const quarter = turn.state.quarter;
  let skipped = turn.memory['skipped-talks'] as { quarter: number; keys: Set<string> } | undefined;
  if (!skipped || skipped.quarter !== quarter) {
    skipped = { quarter, keys: new Set<string>() };
    turn.memory['skipped-talks'] = skipped;
  }
  return skipped.keys;
}

export function expert(generic: boolean): Bot {
  return {
    name: generic ? 'expert-generic' : 'expert',
    next(turn) {
      const event = answerPending(turn, chooseOption);
      if (event) return event;
      const { state, scenario } = turn;

      if (
        state.lastReport?.quarter !== state.quarter &&
        state.actionPoints >= 1 &&
        turn.memory['report-checked'] !== state.quarter
      ) {
        // Weigh the report once a turn: if there is nothing worth showing now, there won't be later.
        turn.memory['report-checked'] = state.quarter;
        const report: Action = { type: 'reportToCeo' };
        if (reportGain(scenario, state).gain >= 1 && notRefused(turn, report)) return report;
      }

      const index = catalogue(scenario);
      let upkeepNow = -1;
      for (const run of state.initiatives) {
        if (
          run.scale === 'pilot' &&
          run.quartersRunning >= TUNING.pilotQuarters &&
          run.pilotReading !== undefined &&
          state.actionPoints >= 2
        ) {
          const def = index.get(run.id)!;
          if (upkeepNow < 0) upkeepNow = upkeep(turn);
          const scale: Action = { type: 'scale', initiative: run.id };
          if (
            budgetCovers(
              turn,
              def.cost.launch * TUNING.scaleCostShare,
              def.cost.upkeep,
              'full',
              40,
              upkeepNow,
            ) &&
            notRefused(turn, scale)
          ) {
            return scale;
          }
        }
      }

      if (state.actionPoints >= 1) {
        const skipped = skippedTalks(turn);
        for (const talk of openTalks(turn, state.actionPoints >= 2)) {
          // A talk judged not worth having stays so for the rest of the turn.
          const key = `${talk.silo}|${talk.run.id}`;
          if (skipped.has(key)) continue;
          const action = negotiation(turn, talk, generic);
          if (action) return action;
          skipped.add(key);
        }
      }

      if (state.initiatives.length < MAX_RUNNING && state.actionPoints >= 1) {
        // The ranking changes slowly (it weighs customers per segment), so it is worked out for
        // the first two quarters and then once a year.
        // (Periods: quarters 1 and 2 on their own, then years; a period never comes back.)
        const period = state.quarter <= 2 ? -state.quarter : Math.ceil(state.quarter / 4);
        let ranking = turn.memory['ranking'] as Ranking | undefined;
        if (!ranking || ranking.period !== period) {
          ranking = { period, ranked: rankLaunches(turn, generic) };
          turn.memory['ranking'] = ranking;
        }
        const ranked = ranking.ranked;
        // Within a turn the budget only falls and silos only fill up, so a launch that cannot
        // happen now will not happen later this turn: it is not looked at again.
        let noLaunch = turn.memory['no-launch'] as
          { quarter: number; ids: Set<string> } | undefined;
        if (!noLaunch || noLaunch.quarter !== state.quarter) {
          noLaunch = { quarter: state.quarter, ids: new Set<string>() };
          turn.memory['no-launch'] = noLaunch;
        }
        const skip = noLaunch.ids;
        for (const run of state.initiatives) skip.add(run.id);
        for (const { def } of ranked) {
          if (skip.has(def.id)) continue;
          const apNeeded = def.cost.actionPoints + (def.partners.length > 0 ? 1 : 0);
          if (state.actionPoints < apNeeded) continue;
          const scale = launchScale(turn, def);
          if (upkeepNow < 0) upkeepNow = upkeep(turn);
          if (
            canLaunch(turn, def, scale) &&
            budgetAllows(turn, def, scale, 40, upkeepNow) &&
            partnersHaveRoom(turn, def)
          ) {
            return launchAction(def, scale);
          }
          skip.add(def.id);
        }
      }

      if (state.actionPoints >= TUNING.directListeningActionPoints && state.quarter % 2 === 1) {
        const listen: Action = { type: 'listen', segment: biggestSegment(scenario).id };
        if (notRefused(turn, listen) && state.budget > 100) return listen;
      }
      return { type: 'endQuarter' };
    },
  };
}
