// Reading an untrusted scenario file (JSON or YAML) into plain data, safely: a size cap, no
// binary files, no YAML aliases or custom tags, no duplicate keys, no keys that could reach an
// object's prototype, a nesting limit. Keeps the positions of values so problems can name a line.
// Imports the yaml library only.

import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';

/** Largest file accepted, in characters (about 1 MB). */
export const MAX_FILE_CHARS = 1_000_000;
/** Deepest nesting accepted (a scenario needs about 8 levels). */
export const MAX_DEPTH = 24;

export interface Problem {
  /** Where in the scenario, e.g. `silos[2].trust`; empty for the whole file. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

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
export function screenText(text: string): string | null {
  if (text.length > MAX_FILE_CHARS) {
    return `The file is too large (${Math.round(text.length / 1000)} KB); a scenario file may be at most ${MAX_FILE_CHARS / 1000} KB.`;
  }
  if (text.trim().length === 0) return 'The file is empty.';
  let control = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0)
      return 'This is not a text file (it looks like a binary file, e.g. an image or a spreadsheet).';
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
    if (c === 0xfffd) control++;
  }
  if (control > sample.length / 50) {
    return 'This is not a text file (it looks like a binary file, e.g. an image or a spreadsheet).';
  }
  return null;
}

export function readSource(rawText: string): SourceResult {
  const screened = screenText(rawText);
  if (screened) return { ok: false, problems: [{ path: '', message: screened }] };
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
    return { ok: false, problems: [{ path: '', message: parserCrash(error) }] };
  }
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const at = position(error.pos[0]);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `The key ${keyAt(text, error.pos[0]) ?? ''} appears twice in the same group; keys must be unique.`.replace(
            '  ',
            ' ',
          )
        : yamlMessage(error.code, error.message);
    problems.push({ path: '', ...at, message });
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
    problems.push({
      path: '',
      message: `The file is nested too deeply (more than ${MAX_DEPTH} levels).`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  visit(doc, {
    Alias(_key, node) {
      problems.push({
        path: '',
        ...position(node.range?.[0]),
        message:
          'YAML aliases and anchors (*name, &name) are not allowed in scenario files; write the value out.',
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
          message: `The key "${pair.key.value}" is not allowed in scenario files.`,
        });
      } else if (pair.key !== null && !isScalar(pair.key)) {
        problems.push({
          path: '',
          ...position(isNode(pair.key) ? pair.key.range?.[0] : undefined),
          message: 'Keys must be plain names, not lists or groups.',
        });
      }
    },
    Node(_key, node) {
      if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) {
        problems.push({
          path: '',
          ...position(node.range?.[0]),
          message: `The YAML tag ${node.tag} is not allowed in scenario files.`,
        });
      }
    },
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: parserCrash(error) }] };
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

/** The key written at an offset (`"a"` in `{"a": 2}` or `name` in `name: x`), for messages. */
function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 120);
  const match = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}[\]\n]+?)\s*:/.exec(rest);
  return match ? `"${match[1]!.replace(/^["']|["']$/g, '')}"` : undefined;
}

function parserCrash(error: unknown): string {
  if (error instanceof RangeError) return 'The file is nested too deeply to read.';
  return 'The file could not be read as JSON or YAML.';
}

/** The parser's errors in plain words. */
function yamlMessage(code: string, original: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'Tabs cannot be used for indentation in YAML; use spaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BAD_SCALAR_START':
    case 'BAD_DQ_ESCAPE':
    case 'MULTIPLE_DOCS':
      return `This is not valid JSON or YAML here: ${firstLine(original)}`;
    case 'TAG_RESOLVE_FAILED':
      return 'Custom YAML tags are not allowed in scenario files.';
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return 'YAML aliases and anchors (*name, &name) are not allowed in scenario files.';
    default:
      return `This is not valid JSON or YAML here: ${firstLine(original)}`;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
