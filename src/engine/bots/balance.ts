// The Monte-Carlo balance run (DESIGN.md §4): every bot plays the same seeds, and the results are
// summarised per strategy and checked against the behaviour targets. Pure, so the command line and
// the facilitators' check page (in a Web Worker) share it. Imports only engine modules.

import type { Scenario } from '../scenario-types';
import type { Difficulty, GameState } from '../state-types';
import { computeScore } from '../score';
import { siloCapacity, siloLoad } from '../initiatives';
import { botByName } from './roster';
import { playGame } from './bot';

export interface GameSummary {
  score: number;
  fired: boolean;
  startingCustomersLostShare: number;
  controllableChurnShare: number;
  beatsTwin: boolean;
  leadAtQ4: number;
  leadAtQ20: number;
}

export interface StrategyStats {
  scoreMedian: number;
  scoreP10: number;
  scoreP90: number;
  firedShare: number;
  startingCustomersLostShareMedian: number;
  controllableChurnShareMedian: number;
  beatsTwinShare: number;
  leadAtQ4Median: number;
  leadAtQ20Median: number;
}

/** A measured number, a share (0..1, shown as a percentage) or a name (a strategy's). */
export type TargetValue = number | string | { readonly share: number };

export interface TargetCheck {
  id: string;
  met: boolean;
  /** What was measured, in English words and numbers (the --json output keeps it). */
  detail: string;
  /** The numbers in `detail`, for the tools to word in the facilitator's language. */
  values: Readonly<Record<string, TargetValue>>;
}

/** How the expert fared with each silo and initiative: why a target may be missed. */
export interface ExpertDiagnostics {
  /** Per silo: talks held, answers by kind, and its mean load at the end against its capacity. */
  silos: Record<
    string,
    { talks: number; refused: number; nominal: number; loadAtEnd: number; capacity: number }
  >;
  /** Per initiative: the share of games in which the expert launched it. */
  launched: Record<string, number>;
}

export interface BalanceReport {
  scenario: string;
  seeds: number;
  difficulty: Difficulty;
  strategies: Record<string, StrategyStats>;
  targets: TargetCheck[];
  diagnostics: ExpertDiagnostics;
}

export function summariseGame(scenario: Scenario, state: GameState): GameSummary {
  const last = state.series.at(-1) ?? state.start;
  const atQuarter = (q: number) => state.series.find((r) => r.quarter === q) ?? last;
  const lead = (q: number) => {
    const r = atQuarter(q);
    return r.customers - r.twin.customers;
  };
  return {
    score: computeScore(scenario, state).total,
    fired: state.status === 'fired',
    startingCustomersLostShare: 1 - last.startingCustomersLeft / state.start.customers,
    controllableChurnShare: last.lostTotal > 0 ? last.lostControllableTotal / last.lostTotal : 0,
    beatsTwin: last.customers > last.twin.customers,
    leadAtQ4: lead(4),
    leadAtQ20: lead(20),
  };
}

/** The value at quantile q (0..1) of a list, by the nearest-rank method on a sorted copy. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = values.toSorted((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const share = (flags: readonly boolean[]) =>
  flags.length === 0 ? 0 : flags.filter(Boolean).length / flags.length;

export function aggregate(games: readonly GameSummary[]): StrategyStats {
  const scores = games.map((g) => g.score);
  return {
    scoreMedian: median(scores),
    scoreP10: quantile(scores, 0.1),
    scoreP90: quantile(scores, 0.9),
    firedShare: share(games.map((g) => g.fired)),
    startingCustomersLostShareMedian: median(games.map((g) => g.startingCustomersLostShare)),
    controllableChurnShareMedian: median(games.map((g) => g.controllableChurnShare)),
    beatsTwinShare: share(games.map((g) => g.beatsTwin)),
    leadAtQ4Median: median(games.map((g) => g.leadAtQ4)),
    leadAtQ20Median: median(games.map((g) => g.leadAtQ20)),
  };
}

/** How far the expert's median must stand above random's to count as "far above". */
export const FAR_ABOVE = 150;
/** How far the aligned expert's median must stand above the generic expert's (lesson L3). */
export const ALIGNED_MARGIN = 40;
/** The share of seeds in which the anti-pattern bot must be fired to count as "noticeable". */
export const NOTICEABLE_FIRING = 0.1;

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Checks the behaviour targets of DESIGN.md §4 on one scenario's strategy statistics. */
export function checkTargets(strategies: Record<string, StrategyStats>): TargetCheck[] {
  const get = (name: string) => strategies[name];
  const targets: TargetCheck[] = [];
  const idle = get('do-nothing');
  const expert = get('expert');
  const random = get('random');
  const anti = get('anti-pattern');
  const generic = get('expert-generic');
  if (idle) {
    const lost = idle.startingCustomersLostShareMedian;
    targets.push({
      id: 'do-nothing-loses-40-60',
      met: lost >= 0.4 && lost <= 0.6,
      detail: `do-nothing loses ${pct(lost)} of its starting customers by the end (target 40-60%)`,
      values: { lost: { share: lost } },
    });
    const controllable = idle.controllableChurnShareMedian;
    targets.push({
      id: 'controllable-60-73',
      met: controllable >= 0.6 && controllable <= 0.73,
      detail: `${pct(controllable)} of do-nothing's leavers leave for controllable reasons (target 60-73%)`,
      values: { controllable: { share: controllable } },
    });
  }
  if (expert) {
    targets.push({
      id: 'expert-beats-twin-90',
      met: expert.beatsTwinShare >= 0.9,
      detail: `the expert ends with more customers than its twin in ${pct(expert.beatsTwinShare)} of seeds (target at least 90%)`,
      values: { beats: { share: expert.beatsTwinShare } },
    });
    targets.push({
      id: 'patience',
      met: expert.leadAtQ20Median > 0 && expert.leadAtQ4Median < expert.leadAtQ20Median / 3,
      detail: `the expert's lead over the twin is ${Math.round(expert.leadAtQ4Median)} customers after quarter 4 and ${Math.round(expert.leadAtQ20Median)} after quarter 20 (target: less than a third)`,
      values: { q4: Math.round(expert.leadAtQ4Median), q20: Math.round(expert.leadAtQ20Median) },
    });
  }
  if (expert && random) {
    targets.push({
      id: 'expert-far-above-random',
      met: expert.scoreMedian >= random.scoreMedian + FAR_ABOVE,
      detail: `expert median ${expert.scoreMedian} vs random ${random.scoreMedian} (target at least ${FAR_ABOVE} above)`,
      values: { expert: expert.scoreMedian, random: random.scoreMedian, need: FAR_ABOVE },
    });
  }
  if (expert) {
    const spams = Object.entries(strategies).filter(([name]) => name.startsWith('spam:'));
    const best = spams.toSorted((a, b) => b[1].scoreMedian - a[1].scoreMedian)[0];
    if (best) {
      targets.push({
        id: 'no-spam-beats-expert',
        met: best[1].scoreMedian <= expert.scoreMedian,
        detail: `best single-initiative strategy ${best[0]} has median ${best[1].scoreMedian} vs expert ${expert.scoreMedian}`,
        values: { strategy: best[0], spam: best[1].scoreMedian, expert: expert.scoreMedian },
      });
    }
  }
  if (anti && random) {
    targets.push({
      id: 'anti-pattern-below-random',
      met: anti.scoreMedian < random.scoreMedian,
      detail: `anti-pattern median ${anti.scoreMedian} vs random ${random.scoreMedian}`,
      values: { anti: anti.scoreMedian, random: random.scoreMedian },
    });
  }
  if (anti) {
    targets.push({
      id: 'anti-pattern-fired',
      met: anti.firedShare >= NOTICEABLE_FIRING,
      detail: `anti-pattern is fired in ${pct(anti.firedShare)} of seeds (target at least ${pct(NOTICEABLE_FIRING)})`,
      values: { fired: { share: anti.firedShare }, need: { share: NOTICEABLE_FIRING } },
    });
  }
  if (expert && generic) {
    targets.push({
      id: 'aligned-beats-generic',
      met: expert.scoreMedian - generic.scoreMedian >= ALIGNED_MARGIN,
      detail: `expert ignoring the power core: median ${generic.scoreMedian} vs aligned expert ${expert.scoreMedian} (target at least ${ALIGNED_MARGIN} below)`,
      values: { generic: generic.scoreMedian, expert: expert.scoreMedian, need: ALIGNED_MARGIN },
    });
  }
  return targets;
}

export interface BalanceOptions {
  seeds: number;
  difficulty: Difficulty;
  bots: readonly string[];
  /** Called after each game with the number played and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between games; when it returns true the run stops early. */
  cancelled?: () => boolean;
}

/** Adds one expert game to the diagnostics (counts; `finishDiagnostics` turns them into shares). */
function noteExpertGame(scenario: Scenario, state: GameState, d: ExpertDiagnostics): void {
  for (const entry of state.log) {
    if (entry.kind !== 'negotiation') continue;
    const silo = d.silos[entry.result.silo];
    if (!silo) continue;
    silo.talks += 1;
    if (entry.result.outcome === 'refused') silo.refused += 1;
    if (entry.result.outcome === 'nominal') silo.nominal += 1;
  }
  scenario.silos.forEach((silo, j) => {
    const entry = d.silos[silo.id]!;
    entry.loadAtEnd += siloLoad(scenario, state, silo.id);
    // The power core carries more once it backs the CCO: show the most it reached.
    entry.capacity = Math.max(entry.capacity, siloCapacity(scenario, state, j));
  });
  const seen = new Set<string>();
  for (const action of state.decisions) if (action.type === 'launch') seen.add(action.initiative);
  for (const id of seen) d.launched[id] = (d.launched[id] ?? 0) + 1;
}

function emptyDiagnostics(scenario: Scenario): ExpertDiagnostics {
  const silos: ExpertDiagnostics['silos'] = {};
  for (const silo of scenario.silos)
    silos[silo.id] = { talks: 0, refused: 0, nominal: 0, loadAtEnd: 0, capacity: silo.capacity };
  const launched: Record<string, number> = {};
  for (const def of scenario.initiatives) launched[def.id] = 0;
  return { silos, launched };
}

function finishDiagnostics(d: ExpertDiagnostics, games: number): ExpertDiagnostics {
  const n = Math.max(1, games);
  for (const silo of Object.values(d.silos))
    silo.loadAtEnd = Math.round((10 * silo.loadAtEnd) / n) / 10;
  for (const id of Object.keys(d.launched))
    d.launched[id] = Math.round((100 * d.launched[id]!) / n) / 100;
  return d;
}

/** Plays every bot on seeds 1..N and reports. */
export function runBalance(scenario: Scenario, options: BalanceOptions): BalanceReport {
  const games: Record<string, GameSummary[]> = {};
  const diagnostics = emptyDiagnostics(scenario);
  let expertGames = 0;
  const total = options.seeds * options.bots.length;
  let done = 0;
  for (const name of options.bots) games[name] = [];
  outer: for (let seed = 1; seed <= options.seeds; seed++) {
    for (const name of options.bots) {
      if (options.cancelled?.()) break outer;
      const bot = botByName(name, scenario);
      if (!bot) continue;
      const { state } = playGame(scenario, seed, options.difficulty, bot);
      games[name]!.push(summariseGame(scenario, state));
      if (name === 'expert') {
        noteExpertGame(scenario, state, diagnostics);
        expertGames += 1;
      }
      done += 1;
      options.onProgress?.(done, total);
    }
  }
  const strategies: Record<string, StrategyStats> = {};
  for (const [name, list] of Object.entries(games)) strategies[name] = aggregate(list);
  return {
    scenario: scenario.id,
    seeds: options.seeds,
    difficulty: options.difficulty,
    strategies,
    targets: checkTargets(strategies),
    diagnostics: finishDiagnostics(diagnostics, expertGames),
  };
}
