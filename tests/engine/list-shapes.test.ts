// The lists a game is set up with have one shape whether or not V8 has optimised the set-up
// (src/engine/lists.ts): a second shape turning up hundreds of games into a run threw the
// engine's fast code away in a cascade and halved `npm run bench`. The check needs V8's natives,
// so it runs in a child process.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('the lists of a new game', () => {
  it('have the same shape before and after the set-up and launch are optimised', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--allow-natives-syntax',
        '--import',
        'tsx',
        fileURLToPath(new URL('./scripts/list-shapes.ts', import.meta.url)),
      ],
      // From the project's root, where `--import tsx` finds its loader.
      { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      'company.segments': true,
      'twin.segments': true,
      silos: true,
      measured: true,
      beliefs: true,
      effectFactors: true,
      partners: true,
    });
  });
});
