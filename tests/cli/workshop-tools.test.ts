// npm run play and npm run verify as a facilitator runs them: a bot's result code, verified or
// rejected with the reason and the right exit code.
import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (tool: string, args: string[]) => runTool(tool, args);

const dir = mkdtempSync(join(tmpdir(), 'power-core-verify-'));

describe('play and verify', () => {
  it('play prints a result code that verify accepts; a damaged one is rejected with exit 1', () => {
    const file = join(dir, 'owls.json');
    const played = run('play', [
      '--scenario',
      'corvid-bank',
      '--seed',
      '11',
      '--bot',
      'expert',
      '--team',
      'Owls',
      '--out',
      file,
    ]);
    expect(played.code).toBe(0);
    const code = played.stdout.trim();
    expect(code).toMatch(/^PC1-[0-9A-Z]+-[0-9A-Z]{7}$/);
    const points = /Owls: (\d+) points/.exec(played.stderr)![1];
    // The same result file as Windows Notepad saves it in "Unicode" (UTF-16 with a byte-order mark).
    const notepad = join(dir, 'owls-utf16.json');
    writeFileSync(notepad, Buffer.from(`\ufeff${readFileSync(file, 'utf8')}`, 'utf16le'));
    const ok = run('verify', [code, file, notepad]);
    expect(ok.code).toBe(0);
    const lines = ok.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain(`verified: Owls - ${points} points`);
    const bad = run('verify', [
      code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31),
      code,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/rejected: the code or file is damaged/);
    const edited = JSON.parse(readFileSync(file, 'utf8'));
    edited.claimed.total = 999;
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    const tampered = run('verify', [join(dir, 'edited.json')]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(
      'rejected (Owls): the result file was changed after the game',
    );
  });

  it('exits 2 for wrong usage, without a stack trace', () => {
    expect(run('verify', []).code).toBe(2);
    const play = run('play', ['--scenario', 'corvid-bank', '--seed', 'x', '--bot', 'expert']);
    expect(play.code).toBe(2);
    expect(play.stderr).toContain('--seed must be a whole number');
    expect(play.stderr).not.toContain('    at ');
    expect(run('play', ['--scenario', 'corvid-bank', '--seed', '1', '--bot', 'genius']).code).toBe(
      2,
    );
  });
});
