// The save as an LMS keeps it: a built-in game in SCORM 1.2's 4,096 characters, with the longest
// games the bots play and the longest team name; read back to the same save; a scenario file's
// game as its save file; data that is not the game's read as nothing; and which of two saves of
// one game is further on.

import { describe, expect, it } from 'vitest';
import type { Difficulty } from '../../src/engine';
import { createSave, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, FIXED_BOTS, playGame } from '../../src/engine/bots';
import { SCORM12_SUSPEND_LIMIT } from '../../src/lms/scorm12';
import { SCORM2004_SUSPEND_LIMIT } from '../../src/lms/scorm2004';
import { continues, saveFromSuspendData, suspendDataOf } from '../../src/lms/suspend-data';
import type { SaveFile } from '../../src/store/save-file';
import { SAVE_FORMAT } from '../../src/store/save-file';
import { createScenarioLibrary } from '../../src/store/scenario-library';
import { scenarioFingerprint, verifyResult } from '../../src/workshop/verify';
import { builtIn, builtInIds } from '../helpers';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const library = createScenarioLibrary();
/** The longest team name the game takes, in characters of three UTF-8 bytes each. */
const LONGEST_TEAM = 'ꙮ'.repeat(60);
const HALF_YEARS: Difficulty = { ...STANDARD_DIFFICULTY, seatTime: 'half-years' };

function saveOf(id: string, bot: string, team: string, difficulty = STANDARD_DIFFICULTY): SaveFile {
  const scenario = builtIn(id);
  const { state } = playGame(scenario, 11, difficulty, botByName(bot, scenario)!);
  return {
    format: SAVE_FORMAT,
    savedAt: '2026-11-29T10:00:00.000Z',
    team,
    scenario: { kind: 'built-in', id },
    save: createSave(scenario, state),
    reportsRead: 20,
    guided: false,
    briefed: true,
    ...(state.status === 'playing' ? {} : { finished: true as const }),
  };
}

describe('suspend data', () => {
  it('keeps any bot’s whole game on every built-in scenario in 4,096 characters', () => {
    let longest = 0;
    for (const id of builtInIds())
      for (const bot of FIXED_BOTS) {
        const file = saveOf(id, bot, LONGEST_TEAM);
        const data = suspendDataOf(file, builtIn(id));
        longest = Math.max(longest, data.length);
        expect(data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      }
    // Room to spare (665 when written): a team's game has about as many decisions as a bot's.
    expect(longest).toBeLessThan(SCORM12_SUSPEND_LIMIT / 4);
  });

  it('reads back to the same save, whose code the leaderboard verifies', async () => {
    for (const [bot, difficulty] of [
      ['expert', STANDARD_DIFFICULTY],
      ['random', HALF_YEARS],
    ] as const) {
      const file = saveOf('vectra-office-systems', bot, 'Sowy „Północ”', difficulty);
      const data = suspendDataOf(file, builtIn());
      expect(data).toMatch(/^PCS1\|vectra-office-systems\|2026-11-29T10:00:00.000Z\|20\|bf\|PC1-/);
      const back = await saveFromSuspendData(data, library);
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(file)));
      const code = data.split('|')[5]!;
      const verified = verifyResult(code, [builtIn()]);
      expect(verified.ok && verified.result.team).toBe('Sowy „Północ”');
    }
  });

  it('keeps a game on a scenario file as its save file, scenario text and all', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../scenarios/example-custom.yaml'),
      'utf8',
    );
    const loaded = await library.fromText(text);
    if (!loaded.ok) throw new Error('the example does not load');
    const { state } = playGame(
      loaded.scenario,
      3,
      STANDARD_DIFFICULTY,
      botByName('expert', loaded.scenario)!,
    );
    const file: SaveFile = {
      ...saveOf('vectra-office-systems', 'do-nothing', 'Owls'),
      scenario: { kind: 'custom', name: 'example-custom.yaml', text },
      save: createSave(loaded.scenario, state),
    };
    const data = suspendDataOf(file, loaded.scenario);
    expect(data.length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT);
    expect(data.length).toBeLessThanOrEqual(SCORM2004_SUSPEND_LIMIT); // the example fits 2004's
    expect(await saveFromSuspendData(data, library)).toEqual(file);
  });

  it('reads what is not the game’s as nothing', async () => {
    const good = suspendDataOf(saveOf('vectra-office-systems', 'expert', 'Owls'), builtIn());
    const fields = good.split('|');
    const damaged = [
      '',
      'viewed=1,2,3|lastviewedslide=3',
      '{"format":"something-else"}',
      good.slice(0, -3),
      [...fields.slice(0, 1), 'no-such-scenario', ...fields.slice(2)].join('|'),
      [...fields.slice(0, 3), '-1', ...fields.slice(4)].join('|'),
      [...fields.slice(0, 4), 'x', ...fields.slice(5)].join('|'),
    ];
    for (const data of damaged) expect(await saveFromSuspendData(data, library)).toBeNull();
    // Another scenario's name on this game: either its decisions do not fit that scenario's
    // lists, or the save keeps this game's fingerprint and Continue refuses it as changed.
    const elsewhere = await saveFromSuspendData(
      [fields[0], 'halden-optics', ...fields.slice(2)].join('|'),
      library,
    );
    expect(elsewhere?.save.scenarioFingerprint ?? null).not.toBe(
      scenarioFingerprint(builtIn('halden-optics')),
    );
  });

  it('knows when the browser’s save is the same game further on', () => {
    const whole = saveOf('vectra-office-systems', 'expert', 'Owls');
    const decisions = whole.save.decisions;
    const at = (n: number, reportsRead = 3): SaveFile => ({
      ...whole,
      save: { ...whole.save, decisions: decisions.slice(0, n) },
      reportsRead,
    });
    expect(continues(at(40), at(30))).toBe(true);
    expect(continues(at(30), at(30))).toBe(true);
    expect(continues(at(30, 2), at(30, 3))).toBe(false);
    expect(continues(at(30), at(40))).toBe(false);
    expect(continues({ ...at(40), team: 'Hawks' }, at(30))).toBe(false);
    expect(continues({ ...at(40), save: { ...at(40).save, seed: 12 } }, at(30))).toBe(false);
    const reordered = at(30);
    expect(
      continues(at(40), {
        ...reordered,
        save: { ...reordered.save, decisions: [...decisions.slice(1, 30), decisions[0]!] },
      }),
    ).toBe(false);
  });
});
