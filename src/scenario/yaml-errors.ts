// A YAML or JSON file's parse errors as the problems a facilitator reads: each parser error in
// plain words at the place to look, merged with the mistakes the token scan found
// (yaml-mistakes.ts), one problem a line, and after the first mistake only the certain ones (the
// rest are echoes of it). Imports the yaml library's error type and the scan's line helpers.

import type { YAMLError } from 'yaml';
import type { ProblemKey } from './problem';
import { contentLineAt, contentLineFrom, restOfLine } from './yaml-mistakes';
import type { Mistake } from './yaml-mistakes';

/** Mistakes the tokens show for certain wherever they are: each is listed, not only the first. */
const CERTAIN = new Set<ProblemKey>([
  'scenario-problem.colon-in-text',
  'scenario-problem.colon-at-end',
  'scenario-problem.text-after-quote',
  'scenario-problem.no-space-after-colon',
  'scenario-problem.missing-colon',
  'scenario-problem.no-space-after-dash',
  'scenario-problem.missing-comma',
]);

/**
 * The parser's errors in plain words, with the mistakes the scan found. One mistake often makes
 * the parser stumble several times (at the same spot, or on the lines after it), so each line
 * gets one problem, a mistake the scan found wins over the parser's words for its line, and
 * after the first mistake only the certain ones (a colon in a text, …) follow. Keys written twice
 * are listed until then (after it, the parser may have read the structure wrong).
 */
export function explainErrors(
  text: string,
  errors: readonly YAMLError[],
  mistakes: readonly Mistake[],
): Mistake[] {
  const lines = lineStarts(text);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const found = [
    ...mistakes.map((m) => ({ mistake: m, scanned: true })),
    ...errors.map((e) => ({ mistake: explainError(text, e, lines, lineOf), scanned: false })),
  ]
    .map((m) => ({ ...m, line: lineOf(m.mistake.offset) }))
    .sort(
      (a, b) =>
        a.line - b.line ||
        Number(b.scanned) - Number(a.scanned) ||
        a.mistake.offset - b.mistake.offset,
    );
  const kept: Mistake[] = [];
  let lastLine = -1;
  let stumbled = false;
  for (const { mistake, line } of found) {
    if (line === lastLine || (stumbled && !CERTAIN.has(mistake.key))) continue;
    if (!mistake.key.startsWith('scenario-problem.duplicate-key')) stumbled = true;
    kept.push(mistake);
    lastLine = line;
  }
  return kept;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Where the first line with content from a line on starts (its first character). */
function contentStart(text: string, lineStart: number): number {
  const at = contentLineAt(text, lineStart);
  return at < 0 ? lineStart : at + /^\s*/.exec(restOfLine(text, at))![0].length;
}

/** One parser error in plain words, at the place a reader should look. */
function explainError(
  text: string,
  error: YAMLError,
  lines: readonly number[],
  lineOf: (offset: number) => number,
): Mistake {
  const offset = Math.min(error.pos[0], text.length);
  const message = error.message.split('\n')[0]!;
  const lineStart = lines[lineOf(offset)]!;
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(text, offset);
      return key === undefined
        ? { offset, key: 'scenario-problem.duplicate-key-unnamed' }
        : { offset, key: 'scenario-problem.duplicate-key', params: { key: { quoted: key } } };
    }
    case 'TAB_AS_INDENT':
      return { offset, key: 'scenario-problem.tabs' };
    case 'RESOURCE_EXHAUSTION':
      return { offset, key: 'scenario-problem.too-deep-to-read' };
    case 'TAG_RESOLVE_FAILED':
      return { offset, key: 'scenario-problem.custom-tags' };
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
      return { offset, key: 'scenario-problem.alias-error' };
    default:
  }
  if (/^Flow (sequence|map) in block collection must be sufficiently indented/.test(message))
    return { offset: contentStart(text, lineStart), key: 'scenario-problem.flow-indent' };
  if (
    /^All mapping items must start at the same column|^Sequence item without - indicator/.test(
      message,
    )
  )
    return { offset: contentStart(text, lineStart), key: 'scenario-problem.indentation' };
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote)
    return { offset, key: 'scenario-problem.unclosed-quote', params: { quote: quote[1]! } };
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
    // A field indented further than the one above it runs on as part of that one's value.
    const here = restOfLine(text, lineStart);
    const end = text.indexOf('\n', lineStart);
    const next = end < 0 ? '' : contentLineFrom(text, end + 1);
    const indent = /^\s*(?:-\s+)*/.exec(here)![0].length;
    if (
      /^\s*[^\s:#]+:(\s|$)/.test(next) &&
      /^ */.exec(next)![0].length > indent &&
      !here.trim().startsWith('#')
    )
      return { offset: contentStart(text, end + 1), key: 'scenario-problem.indentation' };
  }
  return { offset, key: 'scenario-problem.not-yaml', params: { detail: plainDetail(message) } };
}

/** The parser's own words without its position (the problem gives the line and column). */
function plainDetail(message: string): string {
  return message.replace(/ at line \d+, column \d+:?$/, '');
}

/** The key written at an offset (`a` in `{"a": 2}` or `name` in `name: x`), for messages. */
function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 120);
  const match = /^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^:,{}[\]\n]+?)\s*:/.exec(rest);
  return match ? match[1]!.replace(/^["']|["']$/g, '') : undefined;
}
