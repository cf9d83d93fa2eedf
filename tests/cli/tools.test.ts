// The command-line tools as a facilitator runs them: exit codes, output lines, JSON shape.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (tool: string, args: string[]) => runTool(tool, args);

const dir = mkdtempSync(join(tmpdir(), 'power-core-cli-'));
const broken = join(dir, 'broken.yaml');
writeFileSync(broken, 'format: power-core-scenario/1\nid: Bad Id\n');

describe('check-scenario', () => {
  it('exits 0 and says ok for valid files', () => {
    const result = run('check-scenario', ['vectra-office-systems']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^vectra-office-systems: ok \(2 segments, 6 silos, \d+ initiatives, \d+ events\)$/m,
    );
  });

  it('exits 1 with one "<file>: <path>: <message>" line per problem and no stack trace', () => {
    const result = run('check-scenario', [
      'vectra-office-systems',
      broken,
      join(dir, 'missing.yaml'),
    ]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      `${broken}: id: should be an id (1 to 48 lower-case letters, digits and hyphens), but is "Bad Id" (line 2, column 5)`,
    );
    expect(lines).toContain(`${join(dir, 'missing.yaml')}: (file): there is no such file`);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[^:]+: [^:]+: .+/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for wrong usage', () => {
    expect(run('check-scenario', []).code).toBe(2);
    expect(run('check-scenario', ['--frobnicate']).code).toBe(2);
  });
});

describe('balance', () => {
  it("prints exactly one JSON object with every strategy's statistics", () => {
    const result = run('balance', [
      '--scenario',
      'vectra-office-systems',
      '--seeds',
      '3',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      scenario: 'vectra-office-systems',
      seeds: 3,
      difficulty: { authority: 'ceo', urgency: 'steady' },
    });
    for (const bot of [
      'do-nothing',
      'random',
      'anti-pattern',
      'expert',
      'expert-generic',
      'spam:pulse-survey',
    ]) {
      expect(Object.keys(report.strategies[bot]).sort()).toEqual(
        [
          'beatsTwinShare',
          'controllableChurnShareMedian',
          'firedShare',
          'leadAtQ20Median',
          'leadAtQ4Median',
          'scoreMedian',
          'scoreP10',
          'scoreP90',
          'startingCustomersLostShareMedian',
        ].sort(),
      );
      for (const share of ['firedShare', 'beatsTwinShare', 'controllableChurnShareMedian']) {
        expect(report.strategies[bot][share]).toBeGreaterThanOrEqual(0);
        expect(report.strategies[bot][share]).toBeLessThanOrEqual(1);
      }
    }
  });

  it('prints a readable table with the behaviour targets marked', () => {
    const result = run('balance', [
      '--scenario',
      'vectra-office-systems',
      '--seeds',
      '2',
      '--difficulty',
      'vp-crisis',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/difficulty vp-crisis/);
    expect(result.stdout).toMatch(/^\s+\[(met|MISSED)\] do-nothing loses/m);
  });

  it('exits 2 for wrong usage and 1 for a broken scenario', () => {
    expect(run('balance', ['--scenario', 'vectra-office-systems', '--adversaries', 'x']).code).toBe(
      2,
    );
    expect(run('balance', ['--scenario', 'vectra-office-systems', '--seeds', 'x']).code).toBe(2);
    expect(
      run('balance', [
        '--scenario',
        'vectra-office-systems',
        '--seeds',
        '2',
        '--difficulty',
        'hard',
      ]).code,
    ).toBe(2);
    expect(run('balance', ['--scenario', broken, '--seeds', '2']).code).toBe(1);
  });
});

describe('bench', () => {
  it('prints games per second and the figures behind it', () => {
    const result = run('bench', ['--seconds', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^games\/s: \d+$/m);
    expect(result.stdout).toMatch(/^per game: median \d+ µs/m);
    // The game's time split between the engine (its decisions replayed) and the bot.
    expect(result.stdout).toMatch(/^engine alone: \d+ games\/s/m);
    expect(result.stdout).toMatch(/^the bot's thinking: -?\d+ µs of a game's \d+ µs$/m);
  });
});
