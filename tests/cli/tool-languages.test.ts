// The tools in the facilitator's language: `--lang`, or else the terminal's (LC_ALL, LC_MESSAGES,
// LANG). balance, play, verify and check-scenario print their lines in Polish and Ukrainian with
// the language's numbers, and keep English where the environment asks for nothing else.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';
import { environmentLanguage } from '../../src/cli/language';

const run = runTool;

/** English words the tools used to print, none of which a Polish or Ukrainian line may keep. */
const ENGLISH =
  /(?<!\p{L})(target|seeds?|median|against|customers|leavers|refused|talks|points|decisions|verified|rejected|segments|silos|initiatives|events)(?!\p{L})/u;

describe('the language of the tools', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG; C, POSIX and other languages are English', () => {
    expect(environmentLanguage({ LANG: 'pl_PL.UTF-8' })).toBe('pl');
    expect(environmentLanguage({ LANG: 'uk_UA.UTF-8' })).toBe('uk');
    expect(environmentLanguage({ LC_MESSAGES: 'uk_UA', LANG: 'pl_PL.UTF-8' })).toBe('uk');
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'pl_PL.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: '', LANG: 'pl' })).toBe('pl');
    expect(environmentLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LANG: 'POSIX' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
  });

  it('check-scenario speaks Polish under a Polish LANG, and --lang wins over it', () => {
    const polish = run('check-scenario', ['vectra-office-systems'], { LANG: 'pl_PL.UTF-8' });
    expect(polish.code).toBe(0);
    expect(polish.stdout).toMatch(
      /^vectra-office-systems: ok \(segmenty: 2, silosy: 6, inicjatywy: \d+, zdarzenia: \d+\)$/m,
    );
    const english = run('check-scenario', ['--lang', 'en', 'vectra-office-systems'], {
      LANG: 'pl_PL.UTF-8',
    });
    expect(english.stdout).toMatch(/^vectra-office-systems: ok \(2 segments, 6 silos, /m);
    const wrong = run('balance', ['--lang', 'de', '--scenario', 'vectra-office-systems']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang must be en, pl, uk (not "de")');
  });

  it.each([
    ['pl', 'Cele zachowania:', /^ {2}\[(spełniony|NIESPEŁNIONY)\] /],
    ['uk', 'Цілі поведінки:', /^ {2}\[(виконано|НЕ ВИКОНАНО)\] /],
  ])('balance --lang %s words the table, every target and the diagnosis', (lang, heading, mark) => {
    const result = run('balance', [
      '--lang',
      lang,
      '--scenario',
      'vectra-office-systems',
      '--seeds',
      '3',
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const start = lines.indexOf(heading);
    expect(start).toBeGreaterThan(0);
    const targets = lines.slice(start + 1, lines.indexOf('', start));
    expect(targets.length).toBeGreaterThanOrEqual(9);
    for (const line of targets) {
      expect(line).toMatch(mark);
      expect(line).not.toMatch(ENGLISH);
    }
    // Shares in the language's way: a decimal comma.
    expect(targets[0]).toMatch(/\d+,\d%/);
    expect(lines[0]).not.toMatch(ENGLISH);
  });

  it('play and verify speak Ukrainian and Polish', () => {
    const played = run(
      'play',
      ['--lang', 'uk', '--scenario', 'vectra-office-systems', '--seed', '3', '--bot', 'expert'],
      { LANG: 'pl_PL.UTF-8' },
    );
    expect(played.code).toBe(0);
    expect(played.stderr).toMatch(/^expert: \d+ бал\. \(.+\), рішень: \d+$/m);
    const code = played.stdout.trim();
    const verified = run('verify', [code], { LANG: 'pl_PL.UTF-8' });
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(
      /: sprawdzony: expert – \d+ pkt \(.+\), scenariusz .+, ziarno 3$/m,
    );
    expect(verified.stdout).not.toMatch(ENGLISH);
    const rejected = run('verify', ['--lang', 'uk', `${code.slice(0, -4)}AAAA`]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/відхилено/);
    expect(rejected.stdout).not.toMatch(ENGLISH);
  });
});
