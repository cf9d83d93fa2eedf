// npm run balance -- --scenario <id|file> [--seeds <N>] [--difficulty <d>] [--seat-time <t>]
//                    [--adversaries quick|full] [--json] [--strict]
// Plays every bot on seeds 1..N (100 by default) and prints a table of their results and the
// behaviour targets of DESIGN.md §4, met or not, with what the expert met in each silo when a
// target is missed. --adversaries also runs the optimiser unconstrained and under each
// lesson-breaking constraint on worker threads, and checks that no lesson can be skipped. With
// --json, exactly one JSON object. --strict exits 1 when a target is missed. Imports the engine,
// the bots, the scenario files and the adversary pool.

import { runBalance, summariseAdversaries, SEARCH_BUDGETS, allBotNames } from '../engine/bots';
import type { BalanceReport, AdversaryReport, BudgetName } from '../engine/bots';
import { runAdversaries } from './adversary-pool';
import { loadScenarioFile } from './scenario-files';
import { formatProblem } from '../scenario/load';
import { createTranslator } from '../ui/i18n';
import {
  UsageError,
  difficultyName,
  parseArgs,
  parseDifficulty,
  positiveInteger,
  runToolAsync,
} from './args';

const USAGE =
  'usage: npm run balance -- --scenario <id|file> [--seeds <N>] [--difficulty standard|ceo-steady|ceo-crisis|vp-steady|vp-crisis] [--seat-time quarters|half-years] [--adversaries quick|full] [--json] [--strict]';

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const elapsed = (Date.now() - started) / 1000;
  const rate = done / Math.max(elapsed, 0.001);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} games  ${Math.round(rate)} games/s `;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatTable(report: BalanceReport): string {
  const lines: string[] = [];
  lines.push(
    `Scenario ${report.scenario}, ${report.seeds} seeds, difficulty ${difficultyName(report.difficulty)}`,
  );
  lines.push('');
  const header = [
    'strategy',
    'median',
    'p10',
    'p90',
    'fired',
    'lost',
    'ctrl',
    'beats twin',
    'lead Q4',
    'lead Q20',
  ];
  const widths = [44, 7, 6, 6, 7, 7, 7, 11, 8, 9];
  lines.push(header.map((h, i) => pad(h, widths[i]!, i > 0)).join(' '));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const rows = Object.entries(report.strategies).toSorted(
    (a, b) => b[1].scoreMedian - a[1].scoreMedian,
  );
  for (const [name, s] of rows) {
    const cells = [
      name,
      String(Math.round(s.scoreMedian)),
      String(s.scoreP10),
      String(s.scoreP90),
      pct(s.firedShare),
      pct(s.startingCustomersLostShareMedian),
      pct(s.controllableChurnShareMedian),
      pct(s.beatsTwinShare),
      String(Math.round(s.leadAtQ4Median)),
      String(Math.round(s.leadAtQ20Median)),
    ];
    lines.push(cells.map((c, i) => pad(c, widths[i]!, i > 0)).join(' '));
  }
  lines.push('');
  lines.push('Behaviour targets:');
  for (const t of report.targets) lines.push(`  [${t.met ? 'met' : 'MISSED'}] ${t.detail}`);
  if (report.targets.some((t) => !t.met)) lines.push('', ...diagnosticLines(report));
  return lines.join('\n');
}

/** What the expert met in each silo and which initiatives it hardly used: where to look. */
function diagnosticLines(report: BalanceReport): string[] {
  const d = report.diagnostics;
  const lines = ['What the expert met (to see why a target is missed):'];
  for (const [id, s] of Object.entries(d.silos)) {
    const refused = s.talks > 0 ? Math.round((100 * s.refused) / s.talks) : 0;
    const nominal = s.talks > 0 ? Math.round((100 * s.nominal) / s.talks) : 0;
    const load = s.loadAtEnd > s.capacity ? 'OVERLOADED' : 'load';
    lines.push(
      `  ${pad(id, 24)} ${pad(String(s.talks), 5, true)} talks, ${pad(String(refused), 3, true)}% refused, ${pad(String(nominal), 3, true)}% nominal yes; ${load} ${s.loadAtEnd} of ${s.capacity} at the end`,
    );
  }
  const rare = Object.entries(d.launched)
    .filter(([, share]) => share < 0.1)
    .map(([id]) => id);
  if (rare.length > 0) lines.push(`  launched in under 10% of games: ${rare.join(', ')}`);
  return lines;
}

export function formatAdversaries(report: AdversaryReport): string {
  const lines = [
    '',
    `Adversaries (optimiser, ${report.budget} budget; scores on ${report.freshSeeds} fresh seeds):`,
  ];
  lines.push(
    ['strategy', 'mean', 'median', 'below best']
      .map((h, i) => pad(h, i ? 11 : 20, i > 0))
      .join(' '),
  );
  for (const [name, a] of Object.entries(report.adversaries)) {
    lines.push(
      [name, a.scoreMean.toFixed(1), String(a.scoreMedian), a.gapToBest.toFixed(1)]
        .map((c, i) => pad(c, i ? 11 : 20, i > 0))
        .join(' '),
    );
  }
  lines.push('', 'No lesson can be skipped:');
  for (const t of report.targets) lines.push(`  [${t.met ? 'met' : 'MISSED'}] ${t.detail}`);
  return lines.join('\n');
}

const BUDGET_NAMES = Object.keys(SEARCH_BUDGETS) as BudgetName[];

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['scenario', 'seeds', 'difficulty', 'seat-time', 'adversaries'],
    ['json', 'strict', 'help'],
  );
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  if (!args.options.scenario) throw new UsageError('--scenario is required');
  if (args.positional.length > 0)
    throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const seeds = positiveInteger(args.options.seeds, 'seeds', 100);
  const difficulty = parseDifficulty(args.options.difficulty, args.options['seat-time']);
  const budget = args.options.adversaries as BudgetName | undefined;
  if (budget !== undefined && !BUDGET_NAMES.includes(budget))
    throw new UsageError(`--adversaries must be ${BUDGET_NAMES.join(' or ')} (not "${budget}")`);
  const loaded = loadScenarioFile(args.options.scenario);
  if (!loaded.ok) {
    for (const p of loaded.problems)
      console.error(formatProblem(args.options.scenario, p, createTranslator('en')));
    return 1;
  }
  const json = args.flags.has('json');
  const showProgress = !json && process.stderr.isTTY;
  const started = Date.now();
  const report = runBalance(loaded.scenario, {
    seeds,
    difficulty,
    bots: allBotNames(loaded.scenario),
    onProgress: showProgress
      ? (done, total) => {
          if (done % 25 === 0 || done === total)
            process.stderr.write(progressBar(done, total, started));
        }
      : undefined,
  });
  if (showProgress) process.stderr.write('\n');
  let adversaries: AdversaryReport | undefined;
  if (budget) {
    const results = await runAdversaries(
      args.options.scenario,
      budget,
      difficulty,
      showProgress
        ? (task, done, total) =>
            process.stderr.write(`\radversaries: ${done}/${total} (${task} done)   `)
        : undefined,
    );
    if (showProgress) process.stderr.write('\n');
    adversaries = summariseAdversaries(results, budget);
  }
  const targets = [...report.targets, ...(adversaries?.targets ?? [])];
  if (json) {
    console.log(
      JSON.stringify(
        adversaries
          ? { ...report, targets, adversaries: adversaries.adversaries, adversaryBudget: budget }
          : report,
      ),
    );
  } else {
    console.log(formatTable(report));
    if (adversaries) console.log(formatAdversaries(adversaries));
  }
  return args.flags.has('strict') && targets.some((t) => !t.met) ? 1 : 0;
}

runToolAsync('balance', USAGE, main);
