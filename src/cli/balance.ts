// npm run balance -- --scenario <id|file> --seeds <N> [--difficulty <d>] [--seat-time <t>] [--json] [--strict]
// Plays every bot on seeds 1..N and prints a table of their results and the behaviour targets of
// DESIGN.md §4, met or not; with --json, exactly one JSON object. --strict exits 1 when a target
// is missed. Imports the engine, the bots and the scenario files.

import { runBalance } from '../engine/bots/balance';
import type { BalanceReport } from '../engine/bots/balance';
import { allBotNames } from '../engine/bots';
import { loadScenarioFile } from './scenario-files';
import { formatProblem } from '../scenario/load';
import {
  UsageError,
  difficultyName,
  parseArgs,
  parseDifficulty,
  positiveInteger,
  runTool,
} from './args';

const USAGE =
  'usage: npm run balance -- --scenario <id|file> --seeds <N> [--difficulty standard|ceo-steady|ceo-crisis|vp-steady|vp-crisis] [--seat-time quarters|half-years] [--json] [--strict]';

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
  return lines.join('\n');
}

function main(argv: string[]): number {
  const args = parseArgs(
    argv,
    ['scenario', 'seeds', 'difficulty', 'seat-time'],
    ['json', 'strict', 'help'],
  );
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  if (!args.options.scenario) throw new UsageError('--scenario is required');
  if (args.positional.length > 0)
    throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const seeds = positiveInteger(args.options.seeds, 'seeds');
  const difficulty = parseDifficulty(args.options.difficulty, args.options['seat-time']);
  const loaded = loadScenarioFile(args.options.scenario);
  if (!loaded.ok) {
    for (const p of loaded.problems) console.error(formatProblem(args.options.scenario, p));
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
  if (json) {
    console.log(JSON.stringify(report));
  } else {
    console.log(formatTable(report));
  }
  return args.flags.has('strict') && report.targets.some((t) => !t.met) ? 1 : 0;
}

runTool('balance', USAGE, main);
