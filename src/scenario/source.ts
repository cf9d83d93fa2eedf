// Reading an untrusted scenario file (JSON or YAML) into plain data, safely: a size cap, no
// binary files, no YAML aliases or custom tags, no duplicate keys, no keys that could reach an
// object's prototype, a nesting limit (measured before the parser, which recurses, reads the
// file). Keeps the positions of values so problems can name a line; YAML mistakes are worded
// plainly (yaml-mistakes.ts). Imports the yaml library and yaml-mistakes.

import {
  Composer,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
} from 'yaml';
import type { Document } from 'yaml';
import type { Problem } from './problem';
import { explainErrors } from './yaml-errors';
import { scanYaml } from './yaml-mistakes';

export type { Problem } from './problem';

/** Largest file accepted, in characters (about 1 MB). */
export const MAX_FILE_CHARS = 1_000_000;
/**
 * Deepest nesting accepted (a scenario needs 8 levels, its JSON Schema 14). Measured before
 * parsing, since the parser recurses once a level and a stack overflows at about a thousand.
 */
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

/**
 * Reads a file's text. `fieldNames` are the keys the file may have, for plain words when a colon
 * after one is missing (`name Kestrel`, `name:Kestrel`).
 */
export function readSource(rawText: string, fieldNames: readonly string[] = []): SourceResult {
  const screened = screenText(rawText);
  if (screened) return { ok: false, problems: [screened] };
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  let tokens: string[];
  try {
    tokens = [...new Lexer().lex(text)];
  } catch (error) {
    return { ok: false, problems: [parserCrash(error)] };
  }
  const scan = scanYaml(text, tokens, MAX_DEPTH, new Set(fieldNames));
  if (scan.deepAt !== undefined) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          ...offsetPosition(text, scan.deepAt),
          key: 'scenario-problem.too-deep',
          params: { count: MAX_DEPTH },
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseTokens(text, tokens, lineCounter);
  } catch (error) {
    return { ok: false, problems: [parserCrash(error)] };
  }
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = [];
  const errors = [...doc.errors, ...doc.warnings];
  if (errors.length > 0) {
    for (const { offset, ...mistake } of explainErrors(text, errors, scan.mistakes))
      problems.push({ path: '', ...position(offset), ...mistake });
    return { ok: false, problems: problems.slice(0, 20) };
  }

  // Nesting depth again, on the document (the scan measured it on the tokens), without recursion.
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

/** The yaml library's parseDocument, from tokens already read (the scan read them first). */
function parseTokens(text: string, tokens: readonly string[], lineCounter: LineCounter): Document {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  function* cst() {
    for (const token of tokens) yield* parser.next(token);
    yield* parser.end();
  }
  const composer = new Composer({ uniqueKeys: true, merge: false, schema: 'core', strict: true });
  let doc: Document | undefined;
  for (const next of composer.compose(cst(), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents',
        ),
      );
      break;
    }
  }
  // compose(…, true) always ends with a document, empty at the least.
  return doc!;
}

function parserCrash(error: unknown): Problem {
  if (error instanceof RangeError) return { path: '', key: 'scenario-problem.too-deep-to-read' };
  return { path: '', key: 'scenario-problem.unreadable' };
}

/** Line and column (from 1) of an offset, without a parse. */
function offsetPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
