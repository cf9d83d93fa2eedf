// npm run play -- --scenario <id|file> --seed <n> --bot <name> [--team <name>] [--difficulty <d>]
//                 [--seat-time <t>] [--out <file.json>] [--lang en|pl|uk]
// Plays a bot's whole game and prints its result code (and writes its result file with --out),
// to demonstrate and test the leaderboard. Imports the engine, the bots and the workshop codes.

import { writeFileSync } from 'node:fs';
import { allBotNames, botByName, playGame } from '../engine/bots';
import { computeScore, ENGINE_VERSION, isValidSeed, MAX_SEED } from '../engine';
import { formatProblem } from '../scenario/load';
import { makeResultCode, makeResultFile } from '../workshop/result';
import { scenarioFingerprint } from '../workshop/verify';
import { keyFrom } from '../ui/i18n';
import { loadScenarioFile } from './scenario-files';
import { parseArgs, parseDifficulty, runToolAsync, UsageError } from './args';
import { LANG_USAGE, toolTranslator } from './language';

const USAGE = `usage: npm run play -- --scenario <id|file> --seed <n> --bot <name> [--team <name>] [--difficulty standard|ceo-steady|ceo-crisis|vp-steady|vp-crisis] [--seat-time quarters|half-years] [--out <file.json>] ${LANG_USAGE}`;

runToolAsync('play', USAGE, async (argv) => {
  const args = parseArgs(
    argv,
    ['scenario', 'seed', 'bot', 'team', 'difficulty', 'seat-time', 'out', 'lang'],
    [],
  );
  const t = await toolTranslator(args.options.lang);
  if (args.positional.length > 0)
    throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const scenarioName = args.options.scenario;
  if (!scenarioName) throw new UsageError('--scenario is required');
  const seed = Number(args.options.seed);
  if (args.options.seed === undefined || !isValidSeed(seed))
    throw new UsageError(`--seed must be a whole number from 0 to ${MAX_SEED}`);
  const botName = args.options.bot;
  if (!botName) throw new UsageError('--bot is required');
  const team = (args.options.team ?? botName).slice(0, 60);
  const difficulty = parseDifficulty(args.options.difficulty, args.options['seat-time']);

  const loaded = loadScenarioFile(scenarioName);
  if (!loaded.ok) {
    for (const problem of loaded.problems) console.error(formatProblem(scenarioName, problem, t));
    return 1;
  }
  const scenario = loaded.scenario;
  const bot = botByName(botName, scenario);
  if (!bot)
    throw new UsageError(
      `there is no bot "${botName}"; try one of: ${allBotNames(scenario).slice(0, 6).join(', ')}, spam:<initiative>`,
    );
  const { state } = playGame(scenario, seed, difficulty, bot);
  const result = {
    team,
    scenarioId: scenario.id,
    fingerprint: scenarioFingerprint(scenario),
    engineVersion: ENGINE_VERSION,
    seed,
    difficulty,
    decisions: state.decisions,
  };
  const code = makeResultCode(scenario, result);
  console.log(code);
  const score = computeScore(scenario, state);
  const title = score.fired
    ? t.t('title.fired', { year: Math.ceil(score.quarter / 4) })
    : t.t(keyFrom(score.title));
  console.error(
    t.t('tool.play.summary', {
      team,
      total: score.total,
      title,
      decisions: state.decisions.length,
    }),
  );
  if (args.options.out) {
    const file = makeResultFile(scenario, t.text(scenario.title), result, {
      total: score.total,
      quarter: score.quarter,
    });
    writeFileSync(args.options.out, `${JSON.stringify(file, null, 2)}\n`);
    console.error(t.t('tool.play.written', { file: args.options.out }));
  }
  return 0;
});
