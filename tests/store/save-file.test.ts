// Reading a save never throws: thousands of damaged and hostile texts each get a reason, and a
// real save survives a round trip unchanged.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSaveFile, SAVE_FORMAT, writeSaveFile } from '../../src/store/save-file';
import type { SaveFile } from '../../src/store/save-file';
import { createSave, STANDARD_DIFFICULTY } from '../../src/engine';
import { answerDefaults, builtIn, freshGame, must, playUntil } from '../helpers';

function realSave(): SaveFile {
  const scenario = builtIn();
  const state = freshGame(7, scenario);
  playUntil(scenario, state, 3);
  answerDefaults(scenario, state);
  must(scenario, state, { type: 'reportToCeo' });
  return {
    format: SAVE_FORMAT,
    savedAt: '2026-11-25T10:00:00.000Z',
    team: 'Żółw & Сова',
    scenario: { kind: 'built-in', id: scenario.id },
    save: createSave(scenario, state),
    reportsRead: 2,
    guided: false,
    briefed: true,
  };
}

describe('save files', () => {
  it('round-trip unchanged', () => {
    const file = realSave();
    expect(readSaveFile(writeSaveFile(file))).toEqual({ ok: true, file });
    expect(file.save.difficulty).toEqual(STANDARD_DIFFICULTY);
  });

  it('name what is wrong with texts that are not saves', () => {
    expect(readSaveFile('')).toEqual({ ok: false, problem: 'not-json' });
    expect(readSaveFile('{"format":"something-else"}')).toEqual({
      ok: false,
      problem: 'not-a-save',
    });
    expect(readSaveFile('[1,2]')).toEqual({ ok: false, problem: 'not-a-save' });
    expect(readSaveFile('null')).toEqual({ ok: false, problem: 'not-a-save' });
    expect(readSaveFile(`{"format":"${SAVE_FORMAT}","__proto__":{"x":1}}`)).toEqual({
      ok: false,
      problem: 'damaged',
    });
  });

  it('never throw on thousands of damaged saves', () => {
    const text = writeSaveFile(realSave());
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.integer({ min: 1, max: 40 }),
        fc.string({ maxLength: 12 }),
        (at, cut, insert) => {
          const damaged = text.slice(0, at) + insert + text.slice(at + cut);
          const read = readSaveFile(damaged);
          if (read.ok) expect(read.file.format).toBe(SAVE_FORMAT);
          else expect(['not-json', 'not-a-save', 'damaged']).toContain(read.problem);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throw on JSON of any shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readSaveFile(
          JSON.stringify({ format: SAVE_FORMAT, save: value, team: value }),
        );
        expect(read.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
