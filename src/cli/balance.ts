// npm run balance -- --scenario <id|file> [--seeds <N>] [--difficulty <d>] [--seat-time <t>]
//                    [--adversaries quick|full] [--json] [--strict] [--lang en|pl|uk]
// Plays every bot on seeds 1..N (100 by default) and prints a table of their results and the
// behaviour targets of DESIGN.md §4, met or not, with what the expert met in each silo when a
// target is missed. --adversaries also runs the optimiser unconstrained and under each
// lesson-breaking constraint on worker threads, and checks that no lesson can be skipped. With
// --json, exactly one JSON object (its `detail` lines in English). --strict exits 1 when a target
// is missed. The table and lines are in the language of --lang or of the environment
// (language.ts). Imports the engine, the bots, the scenario files and the adversary pool.

import { runBalance, summariseAdversaries, SEARCH_BUDGETS, allBotNames } from '../engine/bots';
import type { BalanceReport, AdversaryReport, BudgetName, TargetCheck } from '../engine/bots';
import { runAdversaries } from './adversary-pool';
import { loadScenarioFile } from './scenario-files';
import { formatProblem } from '../scenario/load';
import { keyFrom } from '../ui/i18n';
import type { Translator } from '../ui/i18n';
import { LANG_USAGE, toolTranslator } from './language';
import {
  UsageError,
  difficultyName,
  parseArgs,
  parseDifficulty,
  positiveInteger,
  runToolAsync,
} from './args';

const USAGE = `usage: npm run balance -- --scenario <id|file> [--seeds <N>] [--difficulty standard|ceo-steady|ceo-crisis|vp-steady|vp-crisis] [--seat-time quarters|half-years] [--adversaries quick|full] [--json] [--strict] ${LANG_USAGE}`;

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

/** A target's line: met or not, and what was measured, in the tools' language. */
function targetLine(t: Translator, target: TargetCheck): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(target.values))
    params[name] =
      typeof value === 'object' ? t.percent(value.share, digitsOf(value.share)) : value;
  const key = `tool.target.${target.id.replace(/:.*$/, '')}`;
  const text = t.has(keyFrom(key)) ? t.t(keyFrom(key), params) : target.detail;
  return `  [${t.t(target.met ? 'tool.met' : 'tool.missed')}] ${text}`;
}

/** A number as it is: 567 or 567.5 (the language's way). */
function whole(t: Translator, x: number): string {
  return t.num(x, Number.isInteger(x) ? 0 : 1);
}

/** One decimal for a share such as 52.3%, none for a round one such as 90%. */
function digitsOf(share: number): number {
  return Number.isInteger(Math.round(share * 1000) / 10) ? 0 : 1;
}

export function formatTable(report: BalanceReport, t: Translator): string {
  const lines: string[] = [];
  lines.push(
    t.t('tool.balance.heading', {
      scenario: report.scenario,
      seeds: report.seeds,
      difficulty: difficultyName(report.difficulty),
    }),
  );
  lines.push('');
  const header = t.t('tool.balance.columns').split('|');
  const widths = header.map((h, i) => Math.max(h.length, [44, 7, 6, 6, 7, 7, 7, 11, 8, 9][i] ?? 0));
  lines.push(header.map((h, i) => pad(h, widths[i]!, i > 0)).join(' '));
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const rows = Object.entries(report.strategies).toSorted(
    (a, b) => b[1].scoreMedian - a[1].scoreMedian,
  );
  for (const [name, s] of rows) {
    const cells = [
      name,
      t.num(Math.round(s.scoreMedian)),
      whole(t, s.scoreP10),
      whole(t, s.scoreP90),
      pct(s.firedShare),
      pct(s.startingCustomersLostShareMedian),
      pct(s.controllableChurnShareMedian),
      pct(s.beatsTwinShare),
      t.num(Math.round(s.leadAtQ4Median)),
      t.num(Math.round(s.leadAtQ20Median)),
    ];
    lines.push(cells.map((c, i) => pad(c, widths[i]!, i > 0)).join(' '));
  }
  lines.push('');
  lines.push(t.t('tool.balance.targets'));
  for (const target of report.targets) lines.push(targetLine(t, target));
  if (report.targets.some((target) => !target.met)) lines.push('', ...diagnosticLines(report, t));
  return lines.join('\n');
}

/** What the expert met in each silo and which initiatives it hardly used: where to look. */
function diagnosticLines(report: BalanceReport, t: Translator): string[] {
  const d = report.diagnostics;
  const lines = [t.t('tool.balance.diagnosis')];
  for (const [id, s] of Object.entries(d.silos)) {
    const refused = s.talks > 0 ? Math.round((100 * s.refused) / s.talks) : 0;
    const nominal = s.talks > 0 ? Math.round((100 * s.nominal) / s.talks) : 0;
    const load = t.t(s.loadAtEnd > s.capacity ? 'tool.balance.overloaded' : 'tool.balance.load');
    lines.push(
      `  ${t.t('tool.balance.silo', {
        silo: pad(id, 24),
        talks: pad(String(s.talks), 5, true),
        refused: pad(String(refused), 3, true),
        nominal: pad(String(nominal), 3, true),
        load,
        loadAtEnd: s.loadAtEnd,
        capacity: s.capacity,
      })}`,
    );
  }
  const rare = Object.entries(d.launched)
    .filter(([, share]) => share < 0.1)
    .map(([id]) => id);
  if (rare.length > 0) lines.push(`  ${t.t('tool.balance.rare', { list: rare.join(', ') })}`);
  return lines;
}

export function formatAdversaries(report: AdversaryReport, t: Translator): string {
  const lines = [
    '',
    t.t('tool.adversaries.heading', { budget: report.budget, seeds: report.freshSeeds }),
  ];
  const header = t.t('tool.adversaries.columns').split('|');
  const widths = header.map((h, i) => Math.max(h.length + 1, i ? 11 : 20));
  lines.push(header.map((h, i) => pad(h, widths[i]!, i > 0)).join(' '));
  for (const [name, a] of Object.entries(report.adversaries)) {
    lines.push(
      [name, t.num(a.scoreMean, 1), whole(t, a.scoreMedian), t.num(a.gapToBest, 1)]
        .map((c, i) => pad(c, widths[i]!, i > 0))
        .join(' '),
    );
  }
  lines.push('', t.t('tool.adversaries.targets'));
  for (const target of report.targets) lines.push(targetLine(t, target));
  return lines.join('\n');
}

const BUDGET_NAMES = Object.keys(SEARCH_BUDGETS) as BudgetName[];

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['scenario', 'seeds', 'difficulty', 'seat-time', 'adversaries', 'lang'],
    ['json', 'strict', 'help'],
  );
  if (args.flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const t = await toolTranslator(args.options.lang);
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
    for (const p of loaded.problems) console.error(formatProblem(args.options.scenario, p, t));
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
    console.log(formatTable(report, t));
    if (adversaries) console.log(formatAdversaries(adversaries, t));
  }
  return args.flags.has('strict') && targets.some((t) => !t.met) ? 1 : 0;
}

runToolAsync('balance', USAGE, main);
