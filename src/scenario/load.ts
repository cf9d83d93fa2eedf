// Loading a scenario file: read it safely, check it against the schema and its cross-references,
// and resolve it with the shared defaults. The same function serves the check-scenario command,
// the balance tool and the game's file loader. Never throws on bad input. Problems are message
// keys with parameters; formatProblem writes one in a translator's language. Imports valibot and
// the scenario modules.

import * as v from 'valibot';
import type { Scenario } from '../engine';
import { defaultsFileSchema, scenarioFileSchema } from './schema';
import type { DefaultsFile, ScenarioFile } from './schema';
import { readSource } from './source';
import { problemKeyText, problemText } from './problem';
import type { Problem, ProblemTranslator } from './problem';
import { describeValue, formatPath, issuePath, issueToProblem } from './issues';
import { checkReferences } from './references';
import { resolveScenario } from './resolve';
import { fieldNames } from './field-names';

export type { Problem, ProblemKey, ProblemTranslator } from './problem';
export { problemText } from './problem';

/** A scenario loaded, or the problems that stop it loading: what the game needs of a file. */
export type ScenarioResult =
  | {
      ok: true;
      scenario: Scenario;
      /** Its fingerprint, when worked out already (the build does it for the built-ins). */
      fingerprint?: string;
    }
  | { ok: false; problems: Problem[] };

/** The loader's answer, with the checked file itself for tools that read it. */
export type LoadResult =
  { ok: true; scenario: Scenario; file: ScenarioFile } | { ok: false; problems: Problem[] };

/** At most this many problems are listed; the rest are summarised in one line. */
const MAX_PROBLEMS = 40;

/** Reads and checks the shared defaults; they ship with the game, so a problem is a bug. */
export function loadDefaults(text: string): DefaultsFile {
  const source = readSource(text);
  if (!source.ok)
    throw new Error(
      `The shared defaults cannot be read: ${source.problems.map(problemKeyText).join('; ')}`,
    );
  const parsed = v.safeParse(defaultsFileSchema, source.data);
  if (!parsed.success) {
    const problem = issueToProblem(parsed.issues[0], fieldNames());
    throw new Error(`The shared defaults are invalid: ${problem.path}: ${problemKeyText(problem)}`);
  }
  return parsed.output;
}

export function loadScenario(text: string, defaults: DefaultsFile): LoadResult {
  const source = readSource(text, fieldNames());
  if (!source.ok) return source;
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          key: 'scenario-problem.not-group',
          params: { value: describeValue(source.data) },
        },
      ],
    };
  }
  const parsed = v.safeParse(scenarioFileSchema, source.data);
  if (!parsed.success) {
    const names = fieldNames();
    const problems = dedupe(
      parsed.issues.map((issue) => ({
        ...issueToProblem(issue, names),
        ...source.locate(issuePath(issue)),
      })),
    );
    return { ok: false, problems: cap(problems) };
  }
  const references = checkReferences(parsed.output, defaults);
  if (references.length > 0) {
    return {
      ok: false,
      problems: cap(
        references.map((r) => ({
          path: formatPath(r.path),
          key: r.key,
          ...(r.params ? { params: r.params } : {}),
          ...source.locate(r.path),
        })),
      ),
    };
  }
  return { ok: true, scenario: resolveScenario(parsed.output, defaults), file: parsed.output };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}|${problemKeyText(p)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', key: 'scenario-problem.more', params: { count: problems.length - MAX_PROBLEMS } },
  ];
}

/**
 * One line per problem, in the translator's language: `<file>: <path>: <message> (line L, column
 * C)`, e.g. with an English translator (createTranslator('en') in src/ui/i18n.ts)
 * `my.yaml: silos[0].trust: should be at most 100, but is 140 (line 40, column 12)`.
 */
export function formatProblem(fileName: string, problem: Problem, t: ProblemTranslator): string {
  const where = problem.path || t.t('scenario-problem.file');
  // Positions as plain numbers (line 1234, never 1,234).
  const line = problem.line === undefined ? undefined : String(problem.line);
  const column = problem.column === undefined ? undefined : String(problem.column);
  const position =
    line === undefined
      ? ''
      : ` (${column === undefined ? t.t('scenario-problem.line', { line }) : t.t('scenario-problem.line-column', { line, column })})`;
  return `${fileName}: ${where}: ${problemText(problem, t)}${position}`;
}
