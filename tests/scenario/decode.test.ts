// Files saved by Windows Notepad and other editors: UTF-16 little- and big-endian with a
// byte-order mark, UTF-8 with one, and UTF-16 without one, built here as real bytes, are read as
// the same text by the command line's reader and load as the scenario they hold; a binary file is
// still refused.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, encodingOf } from '../../src/scenario/decode';
import { loadScenarioFile, readScenarioText, SCENARIO_DIR } from '../../src/cli/scenario-files';
import { problemText } from '../../src/scenario/load';
import { createTranslator } from '../../src/ui/i18n';

const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
// Much of a built-in's text is Ukrainian and Polish, so fewer of its bytes are zeros in UTF-16.
const vectra = readFileSync(join(SCENARIO_DIR, 'vectra-office-systems.yaml'), 'utf8');

const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const BOM_LE = Buffer.from([0xff, 0xfe]);
const BOM_BE = Buffer.from([0xfe, 0xff]);
const BOM_UTF8 = Buffer.from([0xef, 0xbb, 0xbf]);

/** The ways a text is saved, as bytes. */
function savedAs(text: string): [string, Buffer][] {
  return [
    [
      'UTF-16 LE with a byte-order mark (Notepad\u2019s "Unicode")',
      Buffer.concat([BOM_LE, utf16le(text)]),
    ],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([BOM_BE, utf16be(text)])],
    ['UTF-8 with a byte-order mark', Buffer.concat([BOM_UTF8, Buffer.from(text, 'utf8')])],
    ['UTF-16 LE without a byte-order mark', utf16le(text)],
    ['UTF-16 BE without a byte-order mark', utf16be(text)],
    ['UTF-8', Buffer.from(text, 'utf8')],
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'power-core-encodings-'));

describe('a file saved in another encoding', () => {
  it.each(savedAs(example))('%s is read as the same text and loads', (name, bytes) => {
    expect(decodeText(bytes)).toBe(example);
    const path = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(path, bytes);
    const read = readScenarioText(path);
    expect(read.ok && read.text).toBe(example);
    const loaded = loadScenarioFile(path);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.key).join(', '));
    expect(loaded.scenario.company.currency).toBe('zł');
    expect(loaded.scenario.segments[0]!.name).toMatchObject({ uk: 'Щоденні велосипедисти' });
  });

  it.each(savedAs(vectra))('a built-in in Ukrainian and Polish, %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(vectra);
  });

  it('tells the encodings apart by the byte-order mark first', () => {
    expect(encodingOf(Buffer.concat([BOM_LE, utf16le('a: 1')]))).toBe('utf-16le');
    expect(encodingOf(Buffer.concat([BOM_BE, utf16be('a: 1')]))).toBe('utf-16be');
    expect(encodingOf(Buffer.concat([BOM_UTF8, Buffer.from('a: 1')]))).toBe('utf-8');
    expect(encodingOf(Buffer.from('a: żółć'))).toBe('utf-8');
  });

  it('still refuses a binary file, zeros and all', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0,
      0x01, 0, 0, 0, 0x01, 0, 0x08, 0x06, 0, 0, 0,
    ]);
    const path = join(dir, 'logo.yaml');
    writeFileSync(path, Buffer.concat([png, Buffer.alloc(2000, 0), png]));
    const loaded = loadScenarioFile(path);
    expect(
      !loaded.ok && loaded.problems.map((p) => problemText(p, createTranslator('en'))),
    ).toEqual([
      'This is not a text file (it looks like a binary file, e.g. an image or a spreadsheet).',
    ]);
  });
});
