// Loading a scenario file: read it safely, check it against the schema and its cross-references,
// and resolve it with the shared defaults. The same function serves the check-scenario command,
// the balance tool and the game's file loader. Never throws on bad input. Imports valibot and
// the scenario modules.

import * as v from 'valibot';
import type { Scenario } from '../engine';
import { defaultsFileSchema, scenarioFileSchema } from './schema';
import type { DefaultsFile, ScenarioFile } from './schema';
import { readSource } from './source';
import type { Problem } from './source';
import { describeValue, formatPath, issuePath, issueToProblem } from './issues';
import { checkReferences } from './references';
import { resolveScenario } from './resolve';
import { fieldNames } from './field-names';

export type { Problem } from './source';

/** A scenario loaded, or the problems that stop it loading: what the game needs of a file. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

/** The loader's answer, with the checked file itself for tools that read it. */
export type LoadResult =
  { ok: true; scenario: Scenario; file: ScenarioFile } | { ok: false; problems: Problem[] };

/** At most this many problems are listed; the rest are summarised in one line. */
const MAX_PROBLEMS = 40;

/** Reads and checks the shared defaults; they ship with the game, so a problem is a bug. */
export function loadDefaults(text: string): DefaultsFile {
  const source = readSource(text);
  if (!source.ok)
    throw new Error(`The shared defaults cannot be read: ${source.problems[0]?.message}`);
  const parsed = v.safeParse(defaultsFileSchema, source.data);
  if (!parsed.success) {
    const problem = issueToProblem(parsed.issues[0], fieldNames());
    throw new Error(`The shared defaults are invalid: ${problem.path}: ${problem.message}`);
  }
  return parsed.output;
}

export function loadScenario(text: string, defaults: DefaultsFile): LoadResult {
  const source = readSource(text);
  if (!source.ok) return source;
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    return {
      ok: false,
      problems: [
        { path: '', message: `should be a group of fields, but is ${describeValue(source.data)}` },
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
          message: r.message,
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
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cap(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: `… and ${problems.length - MAX_PROBLEMS} more problems.` },
  ];
}

/** One line per problem: `<file>: <path>: <message> (line L, column C)`. */
export function formatProblem(fileName: string, problem: Problem): string {
  const where = problem.path || '(file)';
  const position =
    problem.line !== undefined
      ? ` (line ${problem.line}${problem.column !== undefined ? `, column ${problem.column}` : ''})`
      : '';
  return `${fileName}: ${where}: ${problem.message}${position}`;
}
