// Reading an untrusted scenario file (JSON or YAML) into plain data, safely: a size cap, no
// binary files, no YAML aliases or custom tags, no duplicate keys, no keys that could reach an
// object's prototype, a nesting limit. Keeps the positions of values so problems can name a line.
// Imports the yaml library only.

import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import type { Problem } from './problem';

export type { Problem } from './problem';

/** Largest file accepted, in characters (about 1 MB). */
export const MAX_FILE_CHARS = 1_000_000;
/** Deepest nesting accepted (a scenario needs about 8 levels). */
export const MAX_DEPTH = 24;

export type PathKey = string | number;

export type SourceResult =
  | {
      ok: true;
      data: unknown;
      locate: (path: readonly PathKey[]) => { line: number; column: number } | undefined;
    }
  | { ok: false; problems: Problem[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a text cannot be a scenario file before it is even parsed, or null. */
export function screenText(text: string): Problem | null {
  if (text.length > MAX_FILE_CHARS) {
    return {
      path: '',
      key: 'scenario-problem.file-too-large',
      params: { size: String(Math.round(text.length / 1000)), max: String(MAX_FILE_CHARS / 1000) },
    };
  }
  if (text.trim().length === 0) return { path: '', key: 'scenario-problem.empty-file' };
  let control = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return { path: '', key: 'scenario-problem.binary' };
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
    if (c === 0xfffd) control++;
  }
  if (control > sample.length / 50) return { path: '', key: 'scenario-problem.binary' };
  return null;
}

export function readSource(rawText: string): SourceResult {
  const screened = screenText(rawText);
  if (screened) return { ok: false, problems: [screened] };
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      merge: false,
      schema: 'core',
      strict: true,
      prettyErrors: false,
    });
  } catch (error) {
    return { ok: false, problems: [parserCrash(error)] };
  }
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = position(error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, error.pos[0]);
      problems.push(
        key === undefined
          ? { path: '', ...at, key: 'scenario-problem.duplicate-key-unnamed' }
          : {
              path: '',
              ...at,
              key: 'scenario-problem.duplicate-key',
              params: { key: { quoted: key } },
            },
      );
    } else problems.push({ path: '', ...at, ...yamlProblem(error.code, error.message) });
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };

  // Nesting depth, measured without recursion so a hostile file cannot overflow the stack.
  let deepest = 0;
  const stack: { node: unknown; level: number }[] = [{ node: doc.contents, level: 1 }];
  while (stack.length > 0 && deepest <= MAX_DEPTH) {
    const { node, level } = stack.pop()!;
    deepest = Math.max(deepest, level);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        stack.push({ node: isPair(item) ? item.value : item, level: level + 1 });
      }
    }
  }
  if (deepest > MAX_DEPTH) {
    problems.push({ path: '', key: 'scenario-problem.too-deep', params: { count: MAX_DEPTH } });
  }
  if (problems.length > 0) return { ok: false, problems };

  visit(doc, {
    Alias(_key, node) {
      problems.push({
        path: '',
        ...position(node.range?.[0]),
        key: 'scenario-problem.aliases',
      });
      return visit.BREAK;
    },
    Pair(_key, pair) {
      if (
        isScalar(pair.key) &&
        typeof pair.key.value === 'string' &&
        FORBIDDEN_KEYS.has(pair.key.value)
      ) {
        problems.push({
          path: '',
          ...position(pair.key.range?.[0]),
          key: 'scenario-problem.forbidden-key',
          params: { key: { quoted: pair.key.value } },
        });
      } else if (pair.key !== null && !isScalar(pair.key)) {
        problems.push({
          path: '',
          ...position(isNode(pair.key) ? pair.key.range?.[0] : undefined),
          key: 'scenario-problem.complex-key',
        });
      }
    },
    Node(_key, node) {
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        problems.push({
          path: '',
          ...position(node.range?.[0]),
          key: 'scenario-problem.tag',
          params: { tag: node.tag },
        });
      }
    },
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return { ok: false, problems: [parserCrash(error)] };
  }
  const locate = (path: readonly PathKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, column } = position(node.range[0]);
        if (line !== undefined && column !== undefined) return { line, column };
      }
    }
    return undefined;
  };
  return { ok: true, data, locate };
}

/** The key written at an offset (`a` in `{"a": 2}` or `name` in `name: x`), for messages. */
function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 120);
  const match = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}[\]\n]+?)\s*:/.exec(rest);
  return match ? match[1]!.replace(/^["']|["']$/g, '') : undefined;
}

function parserCrash(error: unknown): Problem {
  if (error instanceof RangeError) return { path: '', key: 'scenario-problem.too-deep-to-read' };
  return { path: '', key: 'scenario-problem.unreadable' };
}

/** The parser's errors in plain words; its own message, in English, is a parameter. */
function yamlProblem(code: string, original: string): Pick<Problem, 'key' | 'params'> {
  const notYaml = {
    key: 'scenario-problem.not-yaml',
    params: { detail: firstLine(original) },
  } as const;
  switch (code) {
    case 'TAB_AS_INDENT':
      return { key: 'scenario-problem.tabs' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_SCALAR_START':
    case 'BAD_DQ_ESCAPE':
    case 'MULTIPLE_DOCS':
      return notYaml;
    case 'TAG_RESOLVE_FAILED':
      return { key: 'scenario-problem.custom-tags' };
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return { key: 'scenario-problem.alias-error' };
    default:
      return notYaml;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
