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

/** How much a launch matters now, by what it builds; 0 means the expert never wants it. */
function priority(turn: BotTurn, def: Initiative, generic: boolean): number {
  if (def.tags.includes('anti-pattern') || def.tags.includes('score-only')) return 0;
  if (generic && !def.tags.includes('shared')) return 0;
  const e = def.effects;
  const { state, scenario } = turn;
  const reveals = def.listening?.reveals ?? [];
  let base = 0;
  if (reveals.includes('stages') || reveals.includes('churnReasons')) base = 100;
  else if (def.listening) base = 40;
  if (e.closesLoop) base = Math.max(base, state.initiatives.length > 0 ? 98 : 0);
  if ((e.capabilities?.gainedLost ?? 0) >= 50) base = Math.max(base, 90);
  if (e.valueModel) base = Math.max(base, 88);
  if (def.category === 'incentives') base = Math.max(base, 70);
  if ((e.capabilities?.linkage ?? 0) >= 50) base = Math.max(base, 66);
  if (def.category === 'empowerment') base = Math.max(base, 60);
  if (def.category === 'leadership' && !e.closesLoop) base = Math.max(base, 30);
  // Experience lifts: worth more on the stages that the customers weigh most.
  let impact = 0;
  const companySegments = state.company.segments;
  let customers = 0;
  for (const s of companySegments) customers += s.customers;
  const lift = e.experience;
  for (let i = 0; i < scenario.segments.length; i++) {
    const segment = scenario.segments[i]!;
    if (def.segments.length > 0 && !def.segments.includes(segment.id)) continue;
    const share = companySegments[i]!.customers / customers;
    // Stage by stage, in STAGES order.
    const w = segment.weights;
    impact += (lift?.awareness ?? 0) * w.awareness * share * 5;
    impact += (lift?.decision ?? 0) * w.decision * share * 5;
    impact += (lift?.purchase ?? 0) * w.purchase * share * 5;
    impact += (lift?.service ?? 0) * w.service * share * 5;
    impact += (lift?.repurchase ?? 0) * w.repurchase * share * 5;
  }
  base = Math.max(base, 35 + impact * 2);
  if (generic) return base;
  return base * (1 + 0.6 * (def.affinity[scenario.powerCore] ?? 0));
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
        const key =
          state.quarter <= 2
            ? `ranked-q${state.quarter}`
            : `ranked-y${Math.ceil(state.quarter / 4)}`;
        turn.memory[key] ??= [...index.values()]
          .map((def) => ({ def, value: priority(turn, def, generic) }))
          .filter((c) => c.value > 0)
          .sort((a, b) => b.value - a.value);
        const ranked = turn.memory[key] as { def: Initiative; value: number }[];
        // Within a turn the budget only falls and silos only fill up, so a launch that cannot
        // happen now will not happen later this turn: it is not looked at again.
        const skipKey = `no-launch-${state.quarter}`;
        const skip = (turn.memory[skipKey] ??= new Set<string>()) as Set<string>;
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
