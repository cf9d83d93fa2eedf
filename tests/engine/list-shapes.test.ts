// The lists a game is set up with have one shape whether or not V8 has optimised the set-up
// (src/engine/lists.ts): a second shape turning up hundreds of games into a run threw the
// engine's fast code away in a cascade and halved `npm run bench`. The check needs V8's natives,
// so it runs in a child process.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the lists of a new game', () => {
  it('have the same shape before and after the set-up and launch are optimised', () => {
    const run = spawnSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', 'tests/engine/scripts/list-shapes.ts'],
      { encoding: 'utf8' },
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
