// The YAML and JSON mistakes facilitators really make, read by the real loader from a copy of the
// example with one mistake put in: each gets plain words with its line and column, once (not the
// parser's English, not one line per stumble of the parser); a file nested absurdly deep gets
// "nested too deeply" before the parser recurses into it; the built-in files show the scan no
// mistake at all.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario, problemText } from '../../src/scenario/load';
import type { ProblemKey } from '../../src/scenario/load';
import { SCENARIO_DIR, sharedDefaults } from '../../src/cli/scenario-files';
import { createTranslator } from '../../src/ui/i18n';
import { scanYaml } from '../../src/scenario/yaml-mistakes';

const defaults = sharedDefaults();
const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
const english = createTranslator('en');

function edit(from: string, to: string): string {
  if (!example.includes(from)) throw new Error(`the example no longer has ${from}`);
  return example.replace(from, to);
}

/** The line (from 1) of the first line of a text that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** The file's problems: key, line, column and the English words. */
function problemsOf(text: string) {
  const result = loadScenario(text, defaults);
  if (result.ok) throw new Error('expected problems, but the file loaded');
  return result.problems.map((p) => ({
    key: p.key,
    line: p.line,
    column: p.column,
    message: problemText(p, english),
  }));
}

const LABEL = '        label: Spring is always like this\n';

describe('a tab in the indentation', () => {
  it('is named at its line, once, in plain words', () => {
    const text = edit('  currency: zł\n', '\tcurrency: zł\n');
    expect(problemsOf(text)).toEqual([
      {
        key: 'scenario-problem.tabs',
        line: lineOf(text, '\tcurrency'),
        column: 1,
        message: 'This line is indented with a tab; use spaces instead.',
      },
    ]);
  });

  it('is found after spaces, and in a list item, at the tab', () => {
    const afterSpaces = edit('  currency: zł\n', '  \tcurrency: zł\n');
    expect(problemsOf(afterSpaces)).toEqual([
      expect.objectContaining({ key: 'scenario-problem.tabs', line: 53, column: 3 }),
    ]);
    const item = edit(LABEL, '\t\tlabel: Spring is always like this\n');
    expect(problemsOf(item)).toEqual([
      expect.objectContaining({
        key: 'scenario-problem.tabs',
        line: lineOf(item, '\t\tlabel'),
        column: 1,
      }),
    ]);
  });

  it('is fine in JSON, where tabs are only spaces between values', () => {
    const result = loadScenario(example, defaults);
    if (!result.ok) throw new Error('the example must load');
    expect(loadScenario(JSON.stringify(result.file, null, '\t'), defaults).ok).toBe(true);
  });
});

describe('a colon and a space inside unquoted text', () => {
  it('says the text must be put in quotes, and shows how', () => {
    const text = edit(LABEL, '        label: Uwaga: nowa oferta\n');
    expect(problemsOf(text)).toEqual([
      {
        key: 'scenario-problem.colon-in-text',
        line: lineOf(text, 'Uwaga'),
        column: 16,
        message:
          'The text contains ": " (a colon and a space), so it must be put in quotes: label: "Uwaga: nowa oferta"',
      },
    ]);
  });

  it('in a text per language, and after a comment, and at the end of a text', () => {
    const flow = edit(
      'title: { en: Kestrel Cycles, pl: Rowery Kestrel }',
      'title: { en: "Kestrel" Cycles, pl: Rowery: Kestrel }',
    );
    expect(problemsOf(flow)[0]!.message).toContain('the quotes must surround the whole text');
    const perLanguage = edit(
      'title: { en: Kestrel Cycles, pl: Rowery Kestrel }',
      'title: { en: Kestrel Cycles, pl: Rowery: Kestrel }',
    );
    expect(problemsOf(perLanguage)[0]!.message).toMatch(/: pl: "Rowery: Kestrel"$/);
    const commented = edit(LABEL, '        label: Uwaga: nowa oferta # from the client\n');
    expect(problemsOf(commented)[0]!.message).toMatch(/: label: "Uwaga: nowa oferta"$/);
    const atEnd = edit(LABEL, '        label: Uwaga:\n');
    expect(problemsOf(atEnd)).toEqual([
      expect.objectContaining({
        key: 'scenario-problem.colon-at-end',
        message: 'The text ends with a colon, so it must be put in quotes: label: "Uwaga:"',
      }),
    ]);
  });

  it('lists each such text, not only the first', () => {
    const text = edit(LABEL, '        label: Uwaga: nowa oferta\n').replace(
      '  currency: zł\n',
      '  currency: zł: PLN\n',
    );
    expect(problemsOf(text).map((p) => [p.key, p.line])).toEqual([
      ['scenario-problem.colon-in-text', lineOf(text, 'currency: zł')],
      ['scenario-problem.colon-in-text', lineOf(text, 'Uwaga')],
    ]);
  });
});

describe('text after a closing quote', () => {
  it('says the quotes must surround the whole text, and shows how', () => {
    const text = edit('  title: Managing Director\n', '  title: "Oferta" tylko dla nowych\n');
    expect(problemsOf(text)).toEqual([
      {
        key: 'scenario-problem.text-after-quote',
        line: lineOf(text, 'Oferta'),
        column: 10,
        message:
          'The text goes on after its closing quote; the quotes must surround the whole text: title: \'"Oferta" tylko dla nowych\'',
      },
    ]);
  });

  it('quotes with the other kind of quote mark, or escapes both', () => {
    const single = edit('  title: Managing Director\n', "  title: 'Oferta' tylko dla nowych\n");
    expect(problemsOf(single)[0]!.message).toMatch(/: title: "'Oferta' tylko dla nowych"$/);
    const both = edit('  title: Managing Director\n', '  title: "Оферта" для п\'ятьох\n');
    expect(problemsOf(both)[0]!.message).toMatch(/: title: "\\"Оферта\\" для п'ятьох"$/);
  });
});

describe('other common mistakes', () => {
  const cases: [string, string, ProblemKey, string, string][] = [
    [
      'an unclosed quote, at the quote that opens it',
      edit(LABEL, '        label: "Spring is always like this\n'),
      'scenario-problem.unclosed-quote',
      'label: "Spring',
      'This text starts with a quote mark that is never closed; end the text with the same quote mark (").',
    ],
    [
      'an unclosed quote inside { }',
      edit(
        'title: { en: Kestrel Cycles, pl: Rowery Kestrel }',
        'title: { en: "Kestrel Cycles, pl: Rowery Kestrel }',
      ),
      'scenario-problem.unclosed-quote',
      'title: {',
      'This text starts with a quote mark that is never closed; end the text with the same quote mark (").',
    ],
    [
      'no space after a colon',
      edit('  name: Kestrel Cycles\n', '  name:Kestrel Cycles\n'),
      'scenario-problem.no-space-after-colon',
      'name:Kestrel',
      'The colon after a field name must be followed by a space: name: Kestrel Cycles',
    ],
    [
      'no colon after a field name',
      edit('  margin: 0.25\n', '  margin 0.25\n'),
      'scenario-problem.missing-colon',
      'margin 0.25',
      'A field name must be followed by a colon and a space: margin: 0.25',
    ],
    [
      'no space after the dash of a list item',
      edit('      - id: wait\n', '      -id: wait\n'),
      'scenario-problem.no-space-after-dash',
      '-id: wait',
      'The dash of a list item must be followed by a space: - id: wait',
    ],
    [
      'a field indented further than the one above',
      edit('  currency: zł\n', '   currency: zł\n'),
      'scenario-problem.indentation',
      'currency: zł',
      'This line is not indented like the lines around it: the fields of one group must start in the same column.',
    ],
    [
      'a field indented less than the one above',
      edit('  currency: zł\n', ' currency: zł\n'),
      'scenario-problem.indentation',
      'currency: zł',
      'This line is not indented like the lines around it: the fields of one group must start in the same column.',
    ],
    [
      'a field of a list item indented further than the one above',
      edit(LABEL, '          label: Spring is always like this\n'),
      'scenario-problem.indentation',
      'Spring is always',
      'This line is not indented like the lines around it: the fields of one group must start in the same column.',
    ],
    [
      'a field of a list item indented less than the one above',
      edit(LABEL, '       label: Spring is always like this\n'),
      'scenario-problem.indentation',
      'Spring is always',
      'This line is not indented like the lines around it: the fields of one group must start in the same column.',
    ],
    [
      'an unclosed bracket',
      edit('    mitigatedBy: [same-day-lane]\n', '    mitigatedBy: [same-day-lane\n'),
      'scenario-problem.unclosed-bracket',
      '[same-day-lane',
      'The [ that opens here is never closed; add ] where the list or group ends.',
    ],
    [
      'a list in brackets that goes on at a line indented too little',
      edit(
        '    mitigatedBy: [same-day-lane]\n',
        '    mitigatedBy: [same-day-lane,\n    price-and-time-menu]\n',
      ),
      'scenario-problem.flow-indent',
      'price-and-time-menu]',
      'This line continues a [ … ] or { … } from a line above, so it must be indented further than the line where the bracket opens.',
    ],
  ];

  it.each(cases)('%s', (_name, text, key, needle, message) => {
    const problems = problemsOf(text);
    expect(problems).toEqual([
      expect.objectContaining({ key, line: lineOf(text, needle), message }),
    ]);
    expect(problems[0]!.column).toBeGreaterThan(0);
  });

  it('a comma missing in JSON, or a bracket never closed', () => {
    const result = loadScenario(example, defaults);
    if (!result.ok) throw new Error('the example must load');
    const json = JSON.stringify(result.file, null, 2);
    const noComma = json.replace('"id": "kestrel-cycles",', '"id": "kestrel-cycles"');
    expect(problemsOf(noComma)).toEqual([
      {
        key: 'scenario-problem.missing-comma',
        line: lineOf(noComma, '"id": "kestrel-cycles"'),
        column: '  "id": "kestrel-cycles"'.length + 1,
        message:
          'A comma is missing after this value: inside [ ] and { }, items are separated by commas.',
      },
    ]);
    const unclosed = json.replace('"segments": [', '"segments": [[');
    expect(problemsOf(unclosed)[0]).toMatchObject({
      key: 'scenario-problem.unclosed-bracket',
      message: 'The [ that opens here is never closed; add ] where the list or group ends.',
    });
  });

  it('keeps the parser’s own words when it has none of its own', () => {
    const result = loadScenario(example, defaults);
    if (!result.ok) throw new Error('the example must load');
    const json = JSON.stringify(result.file, null, 2).replace(
      '"id": "kestrel-cycles",',
      '"id": "kestrel-cycles",,',
    );
    expect(problemsOf(json)).toEqual([
      expect.objectContaining({
        key: 'scenario-problem.not-yaml',
        line: lineOf(json, 'kestrel-cycles'),
        message: 'This is not valid JSON or YAML here: Unexpected , in flow map',
      }),
    ]);
  });
});

describe('one mistake, one problem', () => {
  // Each of these made the parser stumble several times (at one spot, or on the lines after it).
  const cases: [string, string][] = [
    ['a tab', edit('  currency: zł\n', '\tcurrency: zł\n')],
    ['a list item indented with tabs', edit(LABEL, '\t\tlabel: Spring is always like this\n')],
    ['a field indented further', edit(LABEL, '          label: Spring is always like this\n')],
    ['a field indented less', edit(LABEL, '       label: Spring is always like this\n')],
    ['no space after a colon', edit('  name: Kestrel Cycles\n', '  name:Kestrel Cycles\n')],
    [
      'an unclosed quote in a text per language',
      edit(
        'title: { en: Kestrel Cycles, pl: Rowery Kestrel }',
        'title: { en: "Kestrel Cycles, pl: Rowery Kestrel }',
      ),
    ],
    ['a whole file indented with tabs', example.replace(/^( +)/gm, (m) => '\t'.repeat(m.length))],
    ['brackets never closed', '{"format": [' + '['.repeat(20)],
  ];

  it.each(cases)('%s', (_name, text) => {
    expect(problemsOf(text)).toHaveLength(1);
  });
});

describe('a file nested too deeply', () => {
  const deep: [string, string][] = [
    ['10,000 [ in JSON', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['10,000 [ never closed', '['.repeat(10_000)],
    ['10,000 { "a": in JSON', '{"a": '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['10,000 { a: in YAML', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000)],
    ['10,000 - on a line', '- '.repeat(10_000) + 'x\n'],
    [
      '1,000 fields each indented one more space',
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n',
    ],
    ['a [ in every field of a text', `title: ${'{ en: '.repeat(30)}x${' }'.repeat(30)}\n`],
  ];

  it.each(deep)('%s: nothing breaks, and the words are plain', (_name, text) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      key: 'scenario-problem.too-deep',
      message: 'The file is nested too deeply (more than 24 levels).',
    });
    expect(problems[0]!.line).toBeGreaterThan(0);
    expect(problems[0]!.column).toBeGreaterThan(0);
  });

  it('reads a file nested as deep as the limit', () => {
    const nested = (levels: number) => `a: ${'['.repeat(levels - 2)}1${']'.repeat(levels - 2)}\n`;
    expect(problemsOf(nested(24)).map((p) => p.key)).not.toContain('scenario-problem.too-deep');
    expect(problemsOf(nested(25)).map((p) => p.key)).toEqual(['scenario-problem.too-deep']);
  });
});

describe('the scan of a valid file', () => {
  it.each(readdirSync(SCENARIO_DIR).filter((f) => /\.(ya?ml|json)$/.test(f)))(
    '%s: no mistake, and its depth is its nesting',
    (name) => {
      const text = readFileSync(join(SCENARIO_DIR, name), 'utf8');
      const scan = scanYaml(text, new Lexer().lex(text), 24, new Set(['name', 'id', 'label']));
      expect(scan.mistakes).toEqual([]);
      expect(scan.depth).toBeGreaterThanOrEqual(6);
      expect(scan.depth).toBeLessThanOrEqual(14);
    },
  );
});
