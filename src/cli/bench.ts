// npm run bench [-- --scenario <id|file>] [--seconds <s>]
// Measures the engine: full 20-quarter games, each with its do-nothing twin, played by the
// expert bot on one core. Prints `games/s: <number>` and the figures behind it, with the machine's
// core count and the Node version (the figure depends on both). Then the same games' decisions are
// replayed without the bot, for at most as long again, to split a game's time between the engine
// and the bot's thinking. Imports the engine, the bots, the scenario files and node:os.

import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { replay, STANDARD_DIFFICULTY } from '../engine';
import type { Action, Scenario } from '../engine';
import { botByName, playGame } from '../engine/bots';
import { loadScenarioFile } from './scenario-files';
import { formatProblem } from '../scenario/load';
import { createTranslator } from '../ui/i18n';
import { parseArgs, positiveInteger, runTool } from './args';

/** The timed games' seeds start here (the warm-up plays from seed 1). */
const FIRST_SEED = 1000;

const USAGE = 'usage: npm run bench -- [--scenario <id|file>] [--seconds <s>]';

function main(argv: string[]): number {
  const args = parseArgs(argv, ['scenario', 'seconds'], ['help']);
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const id = args.options.scenario ?? 'vectra-office-systems';
  const seconds = positiveInteger(args.options.seconds, 'seconds', 5);
  const loaded = loadScenarioFile(id);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(formatProblem(id, p, createTranslator('en')));
    return 1;
  }
  const scenario = loaded.scenario;
  const bot = botByName('expert', scenario)!;

  // Warm-up: let the JIT compile the hot paths before measuring.
  const warmUntil = performance.now() + 1000;
  for (let seed = 1; performance.now() < warmUntil; seed++)
    playGame(scenario, seed, STANDARD_DIFFICULTY, bot);

  const times: number[] = [];
  const played: Action[][] = [];
  let decisions = 0;
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  for (let seed = FIRST_SEED; performance.now() < stopAt; seed++) {
    const t0 = performance.now();
    const { state } = playGame(scenario, seed, STANDARD_DIFFICULTY, bot);
    times.push(performance.now() - t0);
    played.push(state.decisions);
    decisions += state.decisions.length;
  }
  const elapsed = (performance.now() - started) / 1000;
  const engineAlone = replaySpeed(scenario, played, seconds * 1000);
  const sorted = times.toSorted((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const games = times.length;
  console.log(`games/s: ${Math.round(games / elapsed)}`);
  console.log(`scenario: ${scenario.id} (expert bot, standard difficulty, 20 quarters + twin)`);
  const cores = availableParallelism();
  console.log(`games: ${games} in ${elapsed.toFixed(2)} s on one core`);
  console.log(
    `machine: ${cores} ${cores === 1 ? 'core' : 'cores'}, Node ${process.version} (${process.platform} ${process.arch})`,
  );
  console.log(
    `per game: median ${(pick(0.5) * 1000).toFixed(0)} µs, p95 ${(pick(0.95) * 1000).toFixed(0)} µs`,
  );
  console.log(
    `decisions/s: ${Math.round(decisions / elapsed)} (${(decisions / games).toFixed(1)} per game)`,
  );
  console.log(`quarters/s: ${Math.round((games * 40) / elapsed)} (player and twin)`);
  const perGame = elapsed / games;
  console.log(
    `engine alone: ${Math.round(engineAlone)} games/s (the same decisions replayed without the bot)`,
  );
  console.log(
    `the bot's thinking: ${Math.round((perGame - 1 / engineAlone) * 1e6)} µs of a game's ${Math.round(perGame * 1e6)} µs`,
  );
  return 0;
}

/** Games per second replaying the timed games' decisions (from FIRST_SEED), for at most `ms`. */
function replaySpeed(scenario: Scenario, games: readonly Action[][], ms: number): number {
  const started = performance.now();
  let replayed = 0;
  while (replayed < games.length && performance.now() - started < ms) {
    const seed = FIRST_SEED + replayed;
    const result = replay(scenario, seed, STANDARD_DIFFICULTY, games[replayed]!);
    if (!result.ok) throw new Error(`game ${seed} does not replay`);
    replayed += 1;
  }
  return replayed / ((performance.now() - started) / 1000);
}

runTool('bench', USAGE, main);
