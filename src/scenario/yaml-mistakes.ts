// The mistakes people really make in YAML and JSON files, found in the file's tokens and worded
// plainly: a tab in the indentation, a colon and a space inside unquoted text, text after a
// closing quote, a quote or bracket never closed, a field name without its colon and space, a
// missing comma between JSON values, a line indented unlike its neighbours. Also measures the
// nesting without recursion, so a hostile file is refused before the parser recurses into it.
// Reads the yaml library's lexer tokens (flat, no recursion; source.ts lexes once and gives the
// same tokens to the parser); each mistake is an offset with a message key. Imports the yaml
// library's token types and the problem type. The parser's own errors are worded in yaml-errors.ts.

import { CST } from 'yaml';
import type { ProblemKey, ProblemParams } from './problem';

/** A mistake found at an offset of the text, with the words for it. */
export interface Mistake {
  offset: number;
  key: ProblemKey;
  params?: ProblemParams;
}

export interface Scan {
  /** How deeply the file nests (a map or list inside another is one level more). */
  depth: number;
  /** Where the nesting first went deeper than the limit the scan was given. */
  deepAt?: number;
  /** Mistakes the tokens show for certain; looked at only when the parser finds errors. */
  mistakes: Mistake[];
}

type Kind = 'plain' | 'block' | 'quoted' | 'open' | 'close' | 'comma' | 'colon' | 'dash' | 'other';

interface Sig {
  kind: Kind;
  offset: number;
  source: string;
  /** The line (from 0) the token starts on. */
  line: number;
  /** The column (from 0) it starts in. */
  column: number;
  /** The first token of its line, after the indentation only. */
  lineStart: boolean;
}

// The lexer's zero-width markers (src/parse/cst.ts in the yaml library): they are not in the text.
const DOCUMENT = '\u0002';
const FLOW_END = '\u0018';
const SCALAR = '\u001f';

/**
 * Reads the text's tokens (`new Lexer().lex(text)`) once: the nesting depth, and the mistakes
 * that the tokens show. `limit` is the depth above which `deepAt` is set (the scan goes on,
 * counting only); `fieldNames` are the words taken for a field name whose colon is missing
 * (`name Kestrel`, `name:Kestrel`).
 */
export function scanYaml(
  text: string,
  tokens: Iterable<string>,
  limit: number,
  fieldNames: ReadonlySet<string> = new Set(),
): Scan {
  const mistakes: Mistake[] = [];
  const add = (offset: number, key: ProblemKey, params?: ProblemParams) =>
    mistakes.push(params ? { offset, key, params } : { offset, key });
  const block: number[] = []; // the columns of the open block collections
  const opened: { offset: number; char: string }[] = []; // the open flow brackets
  const sigs: Sig[] = [];
  let offset = 0;
  let line = 0;
  let column = 0;
  let atLineStart = true;
  let indentTab = -1; // offset of a tab in this line's indentation
  let scalarNext = false;
  let depth = 0;
  let deepAt: number | undefined;
  // An unclosed quote inside brackets hides their closing ones: the quote is the mistake.
  let quoteBroke = -1;
  const unclosed = (open: { offset: number; char: string }) => {
    if (open.offset > quoteBroke)
      add(open.offset, 'scenario-problem.unclosed-bracket', {
        open: open.char,
        close: CLOSING[open.char]!,
      });
  };

  const deeper = (at: number) => {
    const d = block.length + opened.length;
    if (d > depth) depth = d;
    if (d > limit && deepAt === undefined) deepAt = at;
  };
  // A node starting at this column in block context closes the deeper ones and opens its own.
  const nodeAt = (col: number, at: number) => {
    if (opened.length > 0) return;
    while (block.length > 0 && block[block.length - 1]! > col) block.pop();
    if (block.length === 0 || block[block.length - 1]! < col) block.push(col);
    deeper(at);
  };

  for (const source of tokens) {
    if (source === DOCUMENT) continue;
    if (source === SCALAR) {
      scalarNext = true;
      continue;
    }
    if (source === FLOW_END) {
      // The lexer gave up on a bracket at a line indented too little.
      const open = opened[opened.length - 1];
      if (open && !contentLineFrom(text, offset).includes(CLOSING[open.char]!)) unclosed(open);
      opened.length = 0;
      continue;
    }
    const start = offset;
    offset += source.length;
    const type = scalarNext ? 'scalar' : CST.tokenType(source);
    const previous = sigs[sigs.length - 1];
    let kind: Kind | undefined;
    switch (type) {
      case 'newline':
        line++;
        column = 0;
        atLineStart = true;
        indentTab = -1;
        continue;
      case 'space':
        if (atLineStart && source.includes('\t')) indentTab = start + source.indexOf('\t');
        column += source.length;
        continue;
      case 'comment':
      case 'byte-order-mark':
        column += source.length;
        continue;
      case 'scalar':
        kind = previous?.kind === 'other' && /^[|>]/.test(previous.source) ? 'block' : 'plain';
        scalarNext = false;
        break;
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        kind = 'quoted';
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        kind = 'open';
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        kind = 'close';
        break;
      case 'comma':
        kind = 'comma';
        break;
      case 'map-value-ind':
        kind = 'colon';
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        kind = 'dash';
        break;
      default:
        kind = 'other';
    }
    const sig: Sig = { kind, offset: start, source, line, column, lineStart: atLineStart };
    const inFlow = opened.length > 0;
    if (atLineStart && kind !== 'block') {
      if (indentTab >= 0 && opened.length === 0) add(indentTab, 'scenario-problem.tabs');
      atLineStart = false;
    }

    if (kind !== 'block' && kind !== 'close' && kind !== 'comma' && kind !== 'colon')
      nodeAt(column, start);
    if (kind === 'open') {
      opened.push({ offset: start, char: source });
      deeper(start);
    } else if (kind === 'close') {
      const open = opened.pop();
      if (open && CLOSING[open.char] !== source) {
        unclosed(open);
        // The bracket most likely closes the one around the unclosed one.
        if (opened[opened.length - 1] && CLOSING[opened[opened.length - 1]!.char] === source)
          opened.pop();
      }
    }

    if (kind === 'quoted' && !closedQuote(source)) {
      add(start, 'scenario-problem.unclosed-quote', { quote: source[0]! });
      if (inFlow) quoteBroke = start;
    }
    if (kind === 'colon') colonInText(text, sigs, sig, inFlow, add);
    if (kind === 'plain') {
      if (previous?.kind === 'quoted' && previous.line === line && closedQuote(previous.source))
        textAfterQuote(text, sigs, sig, add);
      else if (!inFlow && sig.lineStart && !dashWithoutSpace(text, sig, add))
        keyWithoutColon(text, sigs, sig, fieldNames, add);
    }
    if (inFlow && previous && startsValue(kind) && endsValue(previous.kind)) {
      if (!(kind === 'plain' && previous.kind === 'quoted' && previous.line === line))
        add(previous.offset + previous.source.length, 'scenario-problem.missing-comma');
    }
    if (kind === 'plain' && inFlow) {
      // A JSON value with its comma missing runs on into the next line's "key".
      if (/\n[ \t]*["'{[]/.test(source))
        add(start + source.indexOf('\n'), 'scenario-problem.missing-comma');
    }

    // Where the next token starts.
    const lastBreak = source.lastIndexOf('\n');
    if (lastBreak < 0) column += source.length;
    else {
      line += source.split('\n').length - 1;
      column = source.length - lastBreak - 1;
      atLineStart = column === 0;
      indentTab = -1;
    }
    sigs.push(sig);
    if (sigs.length > 8) sigs.shift();
  }
  const open = opened[opened.length - 1];
  if (open) unclosed(open);
  return deepAt === undefined ? { depth, mistakes } : { depth, deepAt, mistakes };
}

const CLOSING: Readonly<Record<string, string>> = { '[': ']', '{': '}' };

const startsValue = (kind: Kind) => kind === 'plain' || kind === 'quoted' || kind === 'open';
const endsValue = (kind: Kind) => kind === 'plain' || kind === 'quoted' || kind === 'close';

/** Whether a quoted scalar's token ends with its closing quote. */
function closedQuote(source: string): boolean {
  const quote = source[0]!;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && source[i + 1] === "'") i++;
      else return i === source.length - 1;
    }
  }
  return false;
}

/** The text of the line an offset is on, from the offset to the line's end. */
export function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** Where the first line from a line's start on that is not blank or a comment starts, or -1. */
export function contentLineAt(text: string, lineStart: number): number {
  let at = lineStart;
  while (at <= text.length) {
    if (!/^\s*(#.*)?$/.test(restOfLine(text, at))) return at;
    const end = text.indexOf('\n', at);
    if (end < 0) return -1;
    at = end + 1;
  }
  return -1;
}

/** The first line from a line's start on that is not blank or a comment ('' when none). */
export function contentLineFrom(text: string, lineStart: number): string {
  const at = contentLineAt(text, lineStart);
  return at < 0 ? '' : restOfLine(text, at);
}

/** A plain text as written on its line: up to a comment, or in { } and [ ] up to , } or ]. */
function plainText(text: string, offset: number, inFlow: boolean): string {
  let value = restOfLine(text, offset).replace(/\s+#.*$/, '');
  if (inFlow) value = value.replace(/\s*[,}\]].*$/, '');
  return value.trim();
}

/** A text in YAML quotes: single quotes when it has double ones (and no single), else double. */
function quoteYaml(value: string): string {
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `key: ` when the value at `sigs[at]` follows a key on its line, `- ` after a dash, or nothing. */
function prefixOf(sigs: readonly Sig[], at: number): string {
  const before = sigs[at - 1];
  const key = sigs[at - 2];
  const value = sigs[at];
  if (before?.kind === 'colon' && key && (key.kind === 'plain' || key.kind === 'quoted'))
    return key.line === value?.line ? `${key.source}: ` : '';
  if (before?.kind === 'dash' && before.source === '-' && before.line === value?.line) return '- ';
  return '';
}

/** `label: Uwaga: nowa oferta`: a second colon and space after a key's plain value. */
function colonInText(
  text: string,
  sigs: readonly Sig[],
  colon: Sig,
  inFlow: boolean,
  add: (offset: number, key: ProblemKey, params?: ProblemParams) => void,
): void {
  const n = sigs.length;
  const value = sigs[n - 1];
  const first = sigs[n - 2];
  const key = sigs[n - 3];
  if (
    value?.kind !== 'plain' ||
    first?.kind !== 'colon' ||
    (key?.kind !== 'plain' && key?.kind !== 'quoted') ||
    key.line !== colon.line ||
    value.line !== colon.line
  )
    return;
  const after = plainText(text, colon.offset + 1, inFlow);
  const whole = plainText(text, value.offset, inFlow);
  const fix = `${prefixOf(sigs, n - 1)}${quoteYaml(whole)}`;
  add(value.offset, after ? 'scenario-problem.colon-in-text' : 'scenario-problem.colon-at-end', {
    fix,
  });
}

/** `title: "Oferta" tylko dla nowych`: plain text after a closing quote, on the same line. */
function textAfterQuote(
  text: string,
  sigs: readonly Sig[],
  plain: Sig,
  add: (offset: number, key: ProblemKey, params?: ProblemParams) => void,
): void {
  const n = sigs.length;
  const quoted = sigs[n - 1]!;
  const before = sigs[n - 2];
  if (before && !['colon', 'dash', 'comma', 'open'].includes(before.kind)) return;
  const end = plain.offset + plain.source.split('\n')[0]!.length;
  const whole = text.slice(quoted.offset, end).trim();
  add(quoted.offset, 'scenario-problem.text-after-quote', {
    fix: `${prefixOf(sigs, n - 1)}${quoteYaml(whole)}`,
  });
}

/** Whether a plain scalar first on its line stands where a key must be (not a key's value). */
function keyPosition(sigs: readonly Sig[]): boolean {
  const previous = sigs[sigs.length - 1];
  return previous?.kind !== 'colon' && previous?.kind !== 'dash' && previous?.kind !== 'other';
}

/** The column of a line's key (after any `- `), or -1 when it is not a `key:` line. */
function keyColumn(lineText: string): number {
  const match = /^( *(?:- +)*)[^\s:#][^:#]*?:(\s|$)/.exec(lineText);
  return match ? match[1]!.length : -1;
}

/** Whether the line with content before or after this one has a key in the same column. */
function siblingAround(text: string, plain: Sig): boolean {
  const end = text.indexOf('\n', plain.offset);
  if (end >= 0 && keyColumn(contentLineFrom(text, end + 1)) === plain.column) return true;
  let at = text.lastIndexOf('\n', plain.offset) - 1;
  while (at >= 0) {
    const start = text.lastIndexOf('\n', at) + 1;
    const lineText = restOfLine(text, start);
    if (!/^\s*(#.*)?$/.test(lineText)) return keyColumn(lineText) === plain.column;
    at = start - 2;
  }
  return false;
}

/** Whether the nearest line above or below with no deeper indentation is a `- ` list item. */
function itemBeside(text: string, offset: number, column: number): boolean {
  const item = (lineText: string) => {
    const indent = /^ */.exec(lineText)![0].length;
    if (indent > column || /^\s*(#.*)?$/.test(lineText)) return undefined;
    return indent === column && lineText.slice(indent).startsWith('- ');
  };
  for (let at = text.lastIndexOf('\n', offset) - 1; at >= 0;) {
    const start = text.lastIndexOf('\n', at) + 1;
    const found = item(restOfLine(text, start));
    if (found !== undefined) return found;
    at = start - 2;
  }
  for (let at = text.indexOf('\n', offset); at >= 0; at = text.indexOf('\n', at + 1)) {
    const found = item(restOfLine(text, at + 1));
    if (found !== undefined) return found;
  }
  return false;
}

/** `-id: wait` among list items: the dash of an item needs a space after it. */
function dashWithoutSpace(
  text: string,
  plain: Sig,
  add: (offset: number, key: ProblemKey, params?: ProblemParams) => void,
): boolean {
  if (!/^-[^\s-]/.test(plain.source) || !itemBeside(text, plain.offset, plain.column)) return false;
  add(plain.offset, 'scenario-problem.no-space-after-dash', {
    fix: `- ${plainText(text, plain.offset + 1, false)}`,
  });
  return true;
}

/** Language codes, the keys of a text in several languages. */
const LANGUAGE_KEY = /^[a-z]{2}(-[A-Z]{2})?$/;

/**
 * `name:Kestrel` or `name Kestrel` where a field must start: the colon or its space is missing.
 * Only for the names of fields (and language codes before a colon), so that a text is never taken
 * for one.
 */
function keyWithoutColon(
  text: string,
  sigs: readonly Sig[],
  plain: Sig,
  fieldNames: ReadonlySet<string>,
  add: (offset: number, key: ProblemKey, params?: ProblemParams) => void,
): void {
  const multiLine = plain.source.includes('\n');
  const colonAfter = /^[ \t]*:(\s|$)/.test(restOfLine(text, plain.offset + plain.source.length));
  // A one-line key followed by its colon is as it should be; a key must be one line.
  if (colonAfter && !multiLine) return;
  // After `key:` a line of text may be that key's value; and a field has fields beside it.
  if (!keyPosition(sigs) && !colonAfter && multiLine) return;
  if (!siblingAround(text, plain)) return;
  const firstLine = plain.source.split('\n')[0]!;
  const noSpace = /^([\w$-]+):(\S.*)$/.exec(firstLine);
  if (noSpace && (fieldNames.has(noSpace[1]!) || LANGUAGE_KEY.test(noSpace[1]!))) {
    add(plain.offset, 'scenario-problem.no-space-after-colon', {
      fix: `${noSpace[1]}: ${noSpace[2]!.trim()}`,
    });
    return;
  }
  const noColon = /^([\w$-]+)\s+([^:]*)$/.exec(firstLine);
  if (noColon && fieldNames.has(noColon[1]!))
    add(plain.offset, 'scenario-problem.missing-colon', {
      fix: `${noColon[1]}: ${noColon[2]!.trim()}`,
    });
}
