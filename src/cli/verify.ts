// npm run verify -- [--lang en|pl|uk] [--scenario <file>]... <code or file>...
// Verifies each result code or result file by replaying its decisions against the built-in
// scenarios (and any scenario files given): prints the verified score, or why it was rejected.
// Exit 0 when every result is verified, 1 when any is rejected, 2 for wrong usage. Speaks the
// language of --lang or of the environment (language.ts).

import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Scenario } from '../engine';
import { decodeText } from '../scenario/decode';
import { formatProblem } from '../scenario/load';
import { rejectionParams, verifyResult } from '../workshop/verify';
import type { Verification } from '../workshop/verify';
import { keyFrom } from '../ui/i18n';
import type { Translator } from '../ui/i18n';
import { builtInIds, loadScenarioFile } from './scenario-files';
import { runToolAsync, UsageError } from './args';
import { LANG_USAGE, toolTranslator } from './language';

const USAGE = `usage: npm run verify -- ${LANG_USAGE} [--scenario <file>]... <result code or result file>...`;

export function describe(t: Translator, v: Verification, scenarios: readonly Scenario[]): string {
  if (v.ok) {
    const title = v.score.fired
      ? t.t('title.fired', { year: Math.ceil(v.score.quarter / 4) })
      : t.t(keyFrom(v.score.title));
    return t.t('tool.verify.verified', {
      team: v.result.team || t.t('tool.verify.no-team'),
      total: v.score.total,
      title,
      scenario: t.text(v.scenario.title),
      seed: String(v.result.seed),
    });
  }
  const scenario = scenarios.find((s) => s.id === v.scenarioId);
  const name = scenario ? t.text(scenario.title) : (v.scenarioId ?? '');
  const reason = t.t(keyFrom(`verify.${v.reason}`), rejectionParams(v, name));
  return v.team
    ? t.t('tool.verify.rejected-team', { team: v.team, reason })
    : t.t('tool.verify.rejected', { reason });
}

runToolAsync('verify', USAGE, async (argv) => {
  const scenarioFiles: string[] = [];
  const inputs: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg === '--lang') {
      lang = argv[++i];
      if (!lang) throw new UsageError('--lang needs a value');
    } else if (arg === '--scenario') {
      const file = argv[++i];
      if (!file) throw new UsageError('--scenario needs a file');
      scenarioFiles.push(file);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push(arg);
  }
  const t = await toolTranslator(lang);
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
        : decodeText(readFileSync(input))
      : input;
    const verification = verifyResult(text, scenarios);
    if (!verification.ok) rejected++;
    const name = isFile ? input : input.length > 24 ? `${input.slice(0, 20)}…` : input;
    console.log(`${name}: ${describe(t, verification, scenarios)}`);
  }
  return rejected > 0 ? 1 : 0;
});
