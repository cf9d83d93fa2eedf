// Schema problems in words a facilitator understands: "should be at most 100, but is 140", "is not
// a field here (did you mean "customers"?)", with the path written the way the file reads; as
// message keys with parameters, the words in the dictionaries. Imports valibot types and the
// problem keys.

import type * as v from 'valibot';
import { isProblemKey } from './problem';
import type { Problem, ProblemKey, ProblemParam } from './problem';
import type { PathKey } from './source';

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

/** A wrong value as a message shows it: `"Foo"`, `140`, or a phrase such as "a list". */
export function describeValue(value: unknown): ProblemParam {
  if (value === undefined || value === null) return { key: 'scenario-problem.value.empty' };
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    // Escaped as JSON would be (a line break shows as \n), quoted the reader's way.
    return { quoted: JSON.stringify(shown).slice(1, -1) };
  }
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { key: 'scenario-problem.value.nan' };
    if (!Number.isFinite(value)) return { key: 'scenario-problem.value.infinite' };
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return { key: 'scenario-problem.value.list' };
  return { key: 'scenario-problem.value.group' };
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

const TYPE_WORDS: Record<string, ProblemKey> = {
  number: 'scenario-problem.type.number',
  string: 'scenario-problem.type.text',
  boolean: 'scenario-problem.type.boolean',
  array: 'scenario-problem.type.list',
  object: 'scenario-problem.type.group',
  strict_object: 'scenario-problem.type.group',
  record: 'scenario-problem.type.group',
  literal: 'scenario-problem.type.fixed',
};

/** A valibot `expected` such as `"power-core-scenario/1"`, quoted the reader's way if quoted. */
function expectedValue(expected: string | null): ProblemParam {
  if (expected === null) return { key: 'scenario-problem.type.other' };
  const quoted = /^"((?:[^"\\]|\\.)*)"$/.exec(expected);
  return quoted ? { quoted: quoted[1]! } : expected;
}

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
      key: 'scenario-problem.not-group',
      params: { value: { key: 'scenario-problem.value.list' } },
    };
  }
  const path = issuePath(issue);
  const where = formatPath(path);
  const input = issue.input;
  const value = describeValue(input);
  const requirement = String((issue as { requirement?: unknown }).requirement);
  const count = Array.isArray(input) ? input.length : 0;
  const missing = { path: where, key: 'scenario-problem.missing' } as const;
  if (input === undefined && path.length > 0 && issue.type !== 'strict_object') return missing;
  switch (issue.type) {
    case 'strict_object': {
      if (issue.expected === 'never') {
        const hint = suggest(String(path[path.length - 1]), fieldNames);
        return hint
          ? {
              path: where,
              key: 'scenario-problem.unknown-field-hint',
              params: { hint: { quoted: hint } },
            }
          : { path: where, key: 'scenario-problem.unknown-field' };
      }
      if (input === undefined) return missing;
      return { path: where, key: 'scenario-problem.not-group', params: { value } };
    }
    case 'min_value':
      return {
        path: where,
        key: 'scenario-problem.min-value',
        params: { min: requirement, value },
      };
    case 'max_value':
      return {
        path: where,
        key: 'scenario-problem.max-value',
        params: { max: requirement, value },
      };
    case 'integer':
      return { path: where, key: 'scenario-problem.not-integer', params: { value } };
    case 'min_length':
      return typeof input === 'string'
        ? { path: where, key: 'scenario-problem.empty-text' }
        : {
            path: where,
            key: 'scenario-problem.too-few-items',
            params: { count: Number(requirement), has: count },
          };
    case 'max_length':
      return typeof input === 'string'
        ? { path: where, key: 'scenario-problem.too-long', params: { count: Number(requirement) } }
        : {
            path: where,
            key: 'scenario-problem.too-many-items',
            params: { count: Number(requirement), has: count },
          };
    case 'regex': {
      // The schema names its patterns by key; a pattern without one is described by valibot.
      const pattern: ProblemParam = isProblemKey(issue.message)
        ? { key: issue.message }
        : issue.message;
      return { path: where, key: 'scenario-problem.pattern', params: { pattern, value } };
    }
    case 'picklist': {
      const options = [...(issue.expected ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      const hint = typeof input === 'string' ? suggest(input, options) : undefined;
      return hint
        ? {
            path: where,
            key: 'scenario-problem.one-of-hint',
            params: { options: { quoted: options }, value, hint: { quoted: hint } },
          }
        : {
            path: where,
            key: 'scenario-problem.one-of',
            params: { options: { quoted: options }, value },
          };
    }
    case 'literal':
      return {
        path: where,
        key: 'scenario-problem.literal',
        params: { expected: expectedValue(issue.expected), value },
      };
    case 'union':
      return input === undefined
        ? missing
        : { path: where, key: 'scenario-problem.not-text', params: { value } };
    case 'check':
      return isProblemKey(issue.message)
        ? { path: where, key: issue.message }
        : { path: where, key: 'scenario-problem.text', params: { text: issue.message } };
    default: {
      if (input === undefined) return missing;
      const type = TYPE_WORDS[issue.type];
      const wanted: ProblemParam = type ? { key: type } : expectedValue(issue.expected);
      return { path: where, key: 'scenario-problem.wrong-type', params: { wanted, value } };
    }
  }
}
