// Finding and reading scenario files from the command line: a built-in id (`vectra-office-systems`)
// or a path to a JSON or YAML file. Imports node:fs, the scenario loader and its decoder.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaults, loadScenario } from '../scenario/load';
import type { LoadResult, Problem } from '../scenario/load';
import type { DefaultsFile } from '../scenario/schema';
import { MAX_FILE_CHARS } from '../scenario/source';
import { decodeText } from '../scenario/decode';

export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

let defaults: DefaultsFile | undefined;

export function sharedDefaults(): DefaultsFile {
  defaults ??= loadDefaults(readFileSync(join(SCENARIO_DIR, 'defaults.yaml'), 'utf8'));
  return defaults;
}

/** Ids of the built-in scenarios (every scenario file in scenarios/ except the defaults). */
export function builtInIds(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => /\.ya?ml$/.test(f) && f !== 'defaults.yaml' && !f.startsWith('example'))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

/**
 * Reads a file as text (UTF-8 or UTF-16, as decode.ts tells them apart), refusing what is
 * obviously not a scenario before reading it all.
 */
export function readScenarioText(
  path: string,
): { ok: true; text: string } | { ok: false; problem: Problem } {
  const refuse = (problem: Omit<Problem, 'path'>) => ({
    ok: false as const,
    problem: { path: '', ...problem },
  });
  if (!existsSync(path)) return refuse({ key: 'scenario-problem.no-such-file' });
  const info = statSync(path);
  if (info.isDirectory()) return refuse({ key: 'scenario-problem.folder' });
  if (info.size > MAX_FILE_CHARS * 4) {
    return refuse({
      key: 'scenario-problem.too-large-to-read',
      params: { size: String(Math.round(info.size / 1000)) },
    });
  }
  return { ok: true, text: decodeText(readFileSync(path)) };
}

/** Resolves a built-in id or a file path to the file to read. */
export function scenarioPath(idOrPath: string): string {
  if (builtInIds().includes(idOrPath)) return join(SCENARIO_DIR, `${idOrPath}.yaml`);
  return resolve(idOrPath);
}

export function loadScenarioFile(idOrPath: string): LoadResult {
  const read = readScenarioText(scenarioPath(idOrPath));
  if (!read.ok) return { ok: false, problems: [read.problem] };
  return loadScenario(read.text, sharedDefaults());
}
