// Schema problems in words a facilitator understands: "should be at most 100, but is 140", "is not
// a field here (did you mean "customers"?)", with the path written the way the file reads.
// Imports valibot types only.

import type * as v from 'valibot';
import type { PathKey, Problem } from './source';

/** `silos[2].leader.name`, `voice["full.trust"]`. */
export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

export function issuePath(issue: v.BaseIssue<unknown>): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

/** A short description of a value for a message: `"Foo"`, `140`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'empty';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'not a number';
    if (!Number.isFinite(value)) return 'infinite';
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

/** Edit distance for "did you mean" suggestions (small strings only). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  strict_object: 'a group of fields',
  record: 'a group of fields',
  literal: 'a fixed value',
};

/** Turns one valibot issue into a problem; `fieldNames` feeds the "did you mean" suggestions. */
export function issueToProblem(
  issue: v.BaseIssue<unknown>,
  fieldNames: readonly string[],
): Problem {
  // Valibot checks a list against a group's fields one by one; say once that it is a list.
  const parent = issue.path?.[issue.path.length - 1]?.input;
  if (issue.type === 'strict_object' && issue.input === undefined && Array.isArray(parent)) {
    return {
      path: formatPath(issuePath(issue).slice(0, -1)),
      message: 'should be a group of fields, but is a list',
    };
  }
  const path = issuePath(issue);
  const where = formatPath(path);
  const input = issue.input;
  const requirement = (issue as { requirement?: unknown }).requirement;
  let message: string;
  switch (issue.type) {
    case 'strict_object': {
      if (issue.expected === 'never') {
        const key = String(path[path.length - 1]);
        const hint = suggest(key, fieldNames);
        message = `is not a field here${hint ? ` (did you mean "${hint}"?)` : ''}`;
      } else if (input === undefined) {
        message = 'is required but missing';
      } else {
        message = `should be a group of fields, but is ${describeValue(input)}`;
      }
      break;
    }
    case 'min_value':
      message = `should be at least ${String(requirement)}, but is ${describeValue(input)}`;
      break;
    case 'max_value':
      message = `should be at most ${String(requirement)}, but is ${describeValue(input)}`;
      break;
    case 'integer':
      message = `should be a whole number, but is ${describeValue(input)}`;
      break;
    case 'min_length':
      message =
        typeof input === 'string'
          ? 'should not be empty'
          : `needs at least ${String(requirement)} item${requirement === 1 ? '' : 's'}, but has ${Array.isArray(input) ? input.length : 0}`;
      break;
    case 'max_length':
      message =
        typeof input === 'string'
          ? `is too long (at most ${String(requirement)} characters)`
          : `may have at most ${String(requirement)} items, but has ${Array.isArray(input) ? input.length : 0}`;
      break;
    case 'regex':
      message = `should be ${issue.message}, but is ${describeValue(input)}`;
      break;
    case 'picklist': {
      const options = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      const hint = typeof input === 'string' ? suggest(input, options) : undefined;
      message = `should be one of ${options.map((o) => `"${o}"`).join(', ')}, but is ${describeValue(input)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
      break;
    }
    case 'literal':
      message = `should be ${issue.expected}, but is ${describeValue(input)}`;
      break;
    case 'union':
      message =
        input === undefined
          ? 'is required but missing'
          : `should be a text, or one text per language like { en: "…" }, but is ${describeValue(input)}`;
      break;
    case 'check':
      message = issue.message;
      break;
    default: {
      const wanted = TYPE_WORDS[issue.type] ?? issue.expected ?? 'something else';
      message =
        input === undefined
          ? 'is required but missing'
          : `should be ${wanted}, but is ${describeValue(input)}`;
    }
  }
  if (input === undefined && path.length > 0 && issue.type !== 'strict_object') {
    message = 'is required but missing';
  }
  return { path: where, message };
}
