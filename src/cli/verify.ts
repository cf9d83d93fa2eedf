// npm run verify -- [--scenario <file>]... <code or file>...
// Verifies each result code or result file by replaying its decisions against the built-in
// scenarios (and any scenario files given): prints the verified score, or why it was rejected.
// Exit 0 when every result is verified, 1 when any is rejected, 2 for wrong usage.

import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../engine';
import { formatProblem } from '../scenario/load';
import { rejectionParams, verifyResult } from '../workshop/verify';
import type { Verification } from '../workshop/verify';
import { createTranslator, keyFrom } from '../ui/i18n';
import { builtInIds, loadScenarioFile } from './scenario-files';
import { runTool, UsageError } from './args';

const USAGE = 'usage: npm run verify -- [--scenario <file>]... <result code or result file>...';

const t = createTranslator('en');

export function describe(v: Verification, scenarios: readonly Scenario[]): string {
  if (v.ok) {
    const title = v.score.fired
      ? t.t('title.fired', { year: Math.ceil(v.score.quarter / 4) })
      : t.t(keyFrom(v.score.title));
    return `verified: ${v.result.team || '(no team name)'} - ${v.score.total} points (${title}) on ${t.text(v.scenario.title)}, seed ${v.result.seed}`;
  }
  const scenario = scenarios.find((s) => s.id === v.scenarioId);
  const name = scenario ? t.text(scenario.title) : (v.scenarioId ?? '');
  const reason = t.t(keyFrom(`verify.${v.reason}`), rejectionParams(v, name));
  return `rejected${v.team ? ` (${v.team})` : ''}: ${reason}`;
}

runTool('verify', USAGE, (argv) => {
  const scenarioFiles: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--scenario') {
      const file = argv[++i];
      if (!file) throw new UsageError('--scenario needs a file');
      scenarioFiles.push(file);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) throw new UsageError('give at least one result code or result file');
  const scenarios: Scenario[] = [];
  for (const id of [...builtInIds(), ...scenarioFiles]) {
    const loaded = loadScenarioFile(id);
    if (loaded.ok) scenarios.push(loaded.scenario);
    else for (const problem of loaded.problems) console.error(formatProblem(id, problem, t));
  }
  let rejected = 0;
  for (const input of inputs) {
    const isFile = existsSync(input) && statSync(input).isFile();
    const text = isFile
      ? statSync(input).size > 2_000_000
        ? ''
        : readFileSync(input, 'utf8')
      : input;
    const verification = verifyResult(text, scenarios);
    if (!verification.ok) rejected++;
    const name = isFile ? input : input.length > 24 ? `${input.slice(0, 20)}…` : input;
    console.log(`${name}: ${describe(verification, scenarios)}`);
  }
  return rejected > 0 ? 1 : 0;
});
