// @vitest-environment jsdom
// The game inside an LMS, through the store as the page plays it, with scorm-again as the LMS: the
// save kept in the LMS after every decision and resumed from it in a new browser; the result
// reported at the debrief (SCORM 2004 and 1.2, the LMS's own pass mark winning); the session
// ended when the page is left or the finished game's debrief is left (a second game is then told
// it is not reported); an LMS that fails mid-game told once while the game goes on saved in the
// browser; and a save too long for SCORM 1.2.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { computeScore } from '../../src/engine';
import type { LmsConnection } from '../../src/lms/connection';
import { startLmsSession } from '../../src/lms/lms-session';
import { scorm12Connection } from '../../src/lms/scorm12';
import { RESULT_INTERACTION, scorm2004Connection } from '../../src/lms/scorm2004';
import { SAVE_KEY } from '../../src/store/app-store';
import { readSaveFile } from '../../src/store/save-file';
import { memoryStorage } from '../../src/store/storage';
import type { LmsNotice } from '../../src/ui/lms-notice';
import { verifyResult } from '../../src/workshop/verify';
import { builtIn } from '../helpers';
import type { Harness } from '../ui/harness';
import { mount, playTo, startGame } from '../ui/harness';
import { recorded } from './recorded';

const QUIET = { logLevel: 5 } as const;

/** Joins `connection` as the SCORM build's start does, recording what the player is told. */
async function join(h: Harness, connection: LmsConnection, mastery = 500) {
  const notices: LmsNotice[] = [];
  const session = await startLmsSession({
    connection,
    game: h.game,
    storage: h.storage,
    mastery,
    tell: (notice) => void notices.push(notice),
    page: window,
  });
  return { session, notices };
}

/** Plays on (default answers, turns ended) and reads every report, to the debrief. */
function playToDebrief(h: Harness): void {
  playTo(h, 99);
  for (let guard = 0; guard < 50 && h.game.store.getState().screen !== 'debrief'; guard++)
    h.game.acknowledgeReport();
  expect(h.game.store.getState().screen).toBe('debrief');
}

const decisionsKept = (data: unknown) => String(data).split('|')[5] ?? '';

describe('a game inside a SCORM 2004 LMS', () => {
  it('is kept in the LMS after every decision and reported at the debrief', async () => {
    const h = mount();
    const api = new Scorm2004API(QUIET);
    const { session, notices } = await join(h, scorm2004Connection(api, Date.now));
    expect(session?.passMark).toBe(500);
    await startGame(h);
    expect(String(api.cmi.suspend_data)).toMatch(/^PCS1\|vectra-office-systems\|/);
    h.game.beginPlay();
    const before = api.cmi.suspend_data;
    h.game.dispatch({ type: 'reportToCeo' });
    expect(api.cmi.suspend_data).not.toBe(before);
    expect(decisionsKept(api.cmi.suspend_data)).not.toBe(decisionsKept(before));
    expect(recorded(api, 'completion_status')).toBe('incomplete');

    playToDebrief(h);
    const game = h.game.store.getState().session!;
    const score = computeScore(game.scenario, game.game).total;
    expect(recorded(api, 'completion_status')).toBe('completed');
    expect(recorded(api, 'success_status')).toBe(score >= 500 ? 'passed' : 'failed');
    expect(recorded(api, 'score.raw')).toBe(String(score));
    expect(recorded(api, 'score.scaled')).toBe(String(score / 1000));
    expect(recorded(api, 'session_time')).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    expect(recorded(api, 'comments_from_learner.0.comment')).toBe('Team Blue');
    expect(recorded(api, 'interactions.0.id')).toBe(RESULT_INTERACTION);
    const code = String(recorded(api, 'interactions.0.learner_response'));
    const verified = verifyResult(code, [builtIn()]);
    expect(verified.ok && verified.score.total).toBe(score);
    expect(String(api.cmi.suspend_data)).toMatch(/\|b?f\|PC1-/); // the finished game is kept
    expect(api.isTerminated()).toBe(false); // the debrief stays open to read

    // Leaving the finished game's debrief ends the LMS session, done.
    h.game.quitToTitle();
    expect(api.isTerminated()).toBe(true);
    expect(recorded(api, 'exit')).toBe('normal');
    expect(notices).toEqual([]);

    // A second game in the same visit: the standard allows no second session, so it is not sent,
    // and the player is told once, when it starts.
    const kept = api.cmi.suspend_data;
    await startGame(h);
    expect(notices).toEqual([{ reason: 'ended' }]);
    h.game.beginPlay();
    h.game.dispatch({ type: 'reportToCeo' });
    playToDebrief(h);
    expect(api.cmi.suspend_data).toBe(kept);
    expect(String(recorded(api, 'interactions.0.learner_response'))).toBe(code);
    expect(notices).toEqual([{ reason: 'ended' }]);
  });

  it('is resumed from the LMS in a new browser, and ends suspended when the page is left', async () => {
    const first = mount();
    const api = new Scorm2004API(QUIET);
    await join(first, scorm2004Connection(api, Date.now));
    await startGame(first);
    first.game.beginPlay();
    playTo(first, 4);
    first.game.dispatch({ type: 'reportToCeo' });
    const live = first.game.store.getState().session!.game;
    window.dispatchEvent(new Event('pagehide'));
    expect(api.isTerminated()).toBe(true);
    expect(recorded(api, 'exit')).toBe('suspend');
    const kept = String(api.cmi.suspend_data);

    // Another computer: nothing in its storage, the LMS primed with what it kept.
    const second = mount(memoryStorage());
    expect(second.game.store.getState().savedGame).toBeNull();
    const again = new Scorm2004API(QUIET);
    again.loadFromFlattenedJSON({ 'cmi.suspend_data': kept, 'cmi.entry': 'resume' });
    await join(second, scorm2004Connection(again, Date.now));
    expect(second.game.store.getState().savedGame).toMatchObject({ team: 'Team Blue', quarter: 3 });
    expect(await second.game.continueGame()).toBe(true);
    const restored = second.game.store.getState().session!.game;
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(live)));
  });

  it('leaves the browser’s save when it is the same game further on', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    const api = new Scorm2004API(QUIET);
    await join(first, scorm2004Connection(api, Date.now));
    await startGame(first);
    first.game.beginPlay();
    playTo(first, 2);
    const kept = String(api.cmi.suspend_data);
    playTo(first, 4); // the LMS missed these (it was away)
    const here = storage.read(SAVE_KEY);

    const second = mount(storage);
    const again = new Scorm2004API(QUIET);
    again.loadFromFlattenedJSON({ 'cmi.suspend_data': kept });
    await join(second, scorm2004Connection(again, Date.now));
    expect(storage.read(SAVE_KEY)).toBe(here);
    expect(second.game.store.getState().savedGame?.quarter).toBe(3);
  });

  it('that fails mid-game is told once, and the game goes on saved in the browser', async () => {
    const h = mount();
    const api = new Scorm2004API(QUIET);
    const { notices } = await join(h, scorm2004Connection(api, Date.now));
    await startGame(h);
    h.game.beginPlay();
    playTo(h, 2);
    api.SetValue = () => 'false';
    api.Commit = () => {
      throw new Error('the LMS has gone');
    };
    playTo(h, 5);
    expect(notices).toEqual([{ reason: 'lost' }]);
    const saved = readSaveFile(h.storage.read(SAVE_KEY)!);
    expect(
      saved.ok && saved.file.save.decisions.filter((d) => d.type === 'endQuarter'),
    ).toHaveLength(4);
    playToDebrief(h); // the result cannot be reported either: still one notice
    expect(notices).toEqual([{ reason: 'lost' }]);
    expect(h.game.store.getState().results).toHaveLength(1);
  });

  it('that refuses to begin is told once, and the game is played as outside an LMS', async () => {
    const h = mount();
    const api = new Scorm2004API(QUIET);
    api.Initialize = () => 'false';
    const { session, notices } = await join(h, scorm2004Connection(api, Date.now));
    expect(session).toBeNull();
    expect(notices).toEqual([{ reason: 'lost' }]);
    await startGame(h);
    expect(h.storage.read(SAVE_KEY)).not.toBeNull();
  });
});

describe('a game inside a SCORM 1.2 LMS', () => {
  it('reports a percentage score against the LMS’s own mastery score, team and code', async () => {
    const h = mount();
    const api = new Scorm12API(QUIET);
    api.cmi.student_data.mastery_score = '0';
    const { session } = await join(h, scorm12Connection(api, Date.now), 1000);
    expect(session?.passMark).toBe(0); // the manifest's (through the LMS) wins over the build's
    await startGame(h);
    h.game.beginPlay();
    playToDebrief(h);
    const game = h.game.store.getState().session!;
    const score = computeScore(game.scenario, game.game).total;
    expect(recorded(api, 'core.lesson_status')).toBe('passed');
    expect(recorded(api, 'core.score.raw')).toBe(String(score / 10));
    expect(recorded(api, 'core.score.max')).toBe('100');
    expect(recorded(api, 'core.session_time')).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/);
    const [team, code] = String(recorded(api, 'comments')).split('\n');
    expect(team).toBe('Team Blue');
    expect(verifyResult(code!, [builtIn()]).ok).toBe(true);
    expect(String(api.cmi.core.suspend_data).length).toBeLessThanOrEqual(4096);
  });

  it('says once that a game on a scenario file is too long for its 4,096 characters', async () => {
    const h = mount();
    const api = new Scorm12API(QUIET);
    const { notices } = await join(h, scorm12Connection(api, Date.now));
    const text = readFileSync(
      resolve(import.meta.dirname, '../../scenarios/example-custom.yaml'),
      'utf8',
    );
    await startGame(h, { ref: { kind: 'custom', name: 'example-custom.yaml', text } });
    h.game.beginPlay();
    playTo(h, 3);
    expect(notices).toEqual([{ reason: 'too-large', limit: 4096 }]);
    expect(api.cmi.core.suspend_data).toBe('');
    expect(h.storage.read(SAVE_KEY)).toContain('example-custom.yaml');
    playToDebrief(h); // the result still goes to the LMS
    expect(recorded(api, 'core.lesson_status')).toMatch(/^(passed|failed)$/);
    expect(notices).toHaveLength(1);
  });
});
