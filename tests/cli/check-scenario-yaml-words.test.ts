// check-scenario words the YAML mistakes people make in the language asked for, each once, with
// its line and column: a tab in the indentation, a colon and a space inside unquoted text, text
// after a closing quote, a quote never closed; and it reads a file Windows Notepad saved as UTF-16.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = (args: string[]) => runTool('check-scenario', args);

const example = readFileSync('scenarios/example-custom.yaml', 'utf8');
const edit = (from: string, to: string) => {
  if (!example.includes(from)) throw new Error(`the example no longer has ${from}`);
  return example.replace(from, to);
};
const dir = mkdtempSync(join(tmpdir(), 'power-core-yaml-words-'));
const FILES = {
  tab: edit('  currency: zł\n', '\tcurrency: zł\n'),
  colon: edit('        label: Spring is always like this\n', '        label: Uwaga: nowa oferta\n'),
  quote: edit('  title: Managing Director\n', '  title: "Oferta" tylko dla nowych\n'),
  unclosed: edit('  title: Managing Director\n', '  title: "Managing Director\n'),
};
const paths = Object.entries(FILES).map(([name, text]) => {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(path, text);
  return path;
});

const EXPECTED = {
  en: [
    'tab.yaml: (file): This line is indented with a tab; use spaces instead. (line 53, column 1)',
    'colon.yaml: (file): The text contains ": " (a colon and a space), so it must be put in quotes: label: "Uwaga: nowa oferta" (line 525, column 16)',
    'quote.yaml: (file): The text goes on after its closing quote; the quotes must surround the whole text: title: \'"Oferta" tylko dla nowych\' (line 71, column 10)',
    'unclosed.yaml: (file): This text starts with a quote mark that is never closed; end the text with the same quote mark ("). (line 71, column 10)',
  ],
  pl: [
    'tab.yaml: (plik): Ten wiersz ma wcięcie zrobione tabulatorem; użyj spacji. (wiersz 53, kolumna 1)',
    'colon.yaml: (plik): Tekst zawiera dwukropek ze spacją (": "), więc trzeba go ująć w cudzysłów: label: "Uwaga: nowa oferta" (wiersz 525, kolumna 16)',
    'quote.yaml: (plik): Tekst ciągnie się dalej za cudzysłowem zamykającym; cudzysłów musi obejmować cały tekst: title: \'"Oferta" tylko dla nowych\' (wiersz 71, kolumna 10)',
    'unclosed.yaml: (plik): Ten tekst zaczyna się cudzysłowem, który nie jest nigdzie zamknięty; zakończ tekst takim samym cudzysłowem ("). (wiersz 71, kolumna 10)',
  ],
  uk: [
    'tab.yaml: (файл): Відступ у цьому рядку зроблено табуляцією; використовуйте пробіли. (рядок 53, стовпець 1)',
    'colon.yaml: (файл): Текст містить двокрапку з пробілом (": "), тому його треба взяти в лапки: label: "Uwaga: nowa oferta" (рядок 525, стовпець 16)',
    'quote.yaml: (файл): Текст продовжується після закривальної лапки; лапки мають охоплювати весь текст: title: \'"Oferta" tylko dla nowych\' (рядок 71, стовпець 10)',
    'unclosed.yaml: (файл): Цей текст починається з лапки, яку ніде не закрито; завершіть текст такою самою лапкою ("). (рядок 71, стовпець 10)',
  ],
};

describe('check-scenario on YAML mistakes', () => {
  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])(
    'prints one line per mistake in %s',
    (lang) => {
      const { code, stdout, stderr } = check(['--lang', lang, ...paths]);
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(
        stdout
          .trim()
          .split('\n')
          .map((line) => line.slice(dir.length + 1)),
      ).toEqual(EXPECTED[lang]);
    },
  );

  it('reads a file saved by Windows Notepad as UTF-16', () => {
    const path = join(dir, 'notepad.yaml');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, 'utf16le')]),
    );
    const { code, stdout } = check(['--lang', 'pl', path]);
    expect(stdout).toMatch(
      /notepad\.yaml: ok \(segmenty: 3, silosy: 6, inicjatywy: \d+, zdarzenia: \d+\)/,
    );
    expect(code).toBe(0);
  });
});
