// @vitest-environment jsdom
// No result is ever lost: a finished game is kept with its result code and listed on the title;
// a new game never deletes it; a game in progress is not replaced without asking; Enter on the
// debrief stays there; the browser's Back button goes back through the game's screens.

import { describe, expect, it } from 'vitest';
import { getByRole, queryByRole } from '@testing-library/dom';
import { memoryStorage } from '../../src/store/storage';
import type { KeyValueStorage } from '../../src/store/storage';
import { SAVE_KEY } from '../../src/store/app-store';
import { RESULTS_KEY, readResults } from '../../src/store/results-archive';
import { sessionResultCode } from '../../src/store/workshop-actions';
import { verifyResult } from '../../src/workshop/verify';
import { stepBack } from '../../src/ui/app';
import { mount, playTo, startGame, until } from '../ui/harness';
import type { Harness } from '../ui/harness';

async function finishGame(h: Harness, team = 'Team Blue', seed = 7): Promise<string> {
  await startGame(h, { team, seed });
  h.game.beginPlay();
  playTo(h, 99);
  while (h.screen() === 'results' || h.screen() === 'year-review') h.game.acknowledgeReport();
  const state = h.game.store.getState();
  expect(state.session!.game.status).not.toBe('playing');
  return sessionResultCode(state.session!)!;
}

describe('kept results', () => {
  it('keeps a finished game with its code, and a new game does not delete it', async () => {
    const storage = memoryStorage();
    const h = mount(storage);
    const code = await finishGame(h);
    const kept = readResults(storage);
    expect(kept.ok && kept.results.map((r) => r.code)).toEqual([code]);
    expect(kept.ok && kept.results[0]!.team).toBe('Team Blue');

    // Two games in a row: the second one's start and finish keep the first.
    h.game.quitToTitle();
    const second = await finishGame(h, 'Team Red', 8);
    const both = readResults(storage);
    expect(both.ok && both.results.map((r) => r.team)).toEqual(['Team Red', 'Team Blue']);
    expect(both.ok && both.results.map((r) => r.code)).toEqual([second, code]);

    // The title lists both, each with its score, and the code verifies.
    h.game.quitToTitle();
    const card = h.root.querySelector('.results-card')!;
    expect(card.textContent).toContain('Your results');
    expect(card.querySelectorAll('.kept-item')).toHaveLength(2);
    expect(card.textContent).toMatch(/Team Red.*points.*Team Blue.*points/s);
    const vectra = await h.game.library.builtIn('vectra-office-systems');
    if (!vectra.ok) throw new Error('no Vectra');
    const verified = verifyResult(code, [vectra.scenario]);
    expect(verified.ok && verified.result.team).toBe('Team Blue');
  });

  it('opens a kept debrief without touching the game in progress, and practice returns to it', async () => {
    const storage = memoryStorage();
    const h = mount(storage);
    const code = await finishGame(h);
    h.game.quitToTitle();
    await startGame(h, { team: 'Team Green', seed: 9 });
    h.game.beginPlay();
    playTo(h, 3);
    const inProgress = storage.read(SAVE_KEY);
    h.game.quitToTitle();

    getByRole(h.root, 'button', { name: 'Debrief' }).click();
    await until(() => h.screen() === 'debrief');
    expect(h.root.textContent).toContain('Team Blue');
    expect((h.root.querySelector('#result-code') as HTMLTextAreaElement).value).toBe(code);

    h.game.practiceFrom(5);
    expect(h.game.store.getState().session!.practice).toBe(true);
    h.game.dispatch({ type: 'endQuarter' });
    await h.game.leavePractice();
    expect(h.screen()).toBe('debrief');
    expect(h.game.store.getState().session!.kept).toBe(code);
    expect(storage.read(SAVE_KEY)).toBe(inProgress);

    h.game.quitToTitle();
    expect(h.game.store.getState().savedGame?.team).toBe('Team Green');
  });

  it('asks before a new game replaces one in progress; cancel and continue keep it', async () => {
    const storage = memoryStorage();
    const h = mount(storage);
    await startGame(h, { team: 'Team Green' });
    h.game.beginPlay();
    playTo(h, 4);
    const inProgress = storage.read(SAVE_KEY);
    h.game.quitToTitle();
    h.game.open('scenario');
    await until(() => h.root.querySelector('[data-key="start"]:not([disabled])') !== null);
    getByRole(h.root, 'button', { name: /Start/ }).click();
    const dialog = getByRole(h.root, 'alertdialog');
    expect(dialog.textContent).toMatch(/Team Green.*after 3 turns/);
    h.press('Escape');
    expect(queryByRole(h.root, 'alertdialog')).toBeNull();
    expect(storage.read(SAVE_KEY)).toBe(inProgress);

    getByRole(h.root, 'button', { name: /Start/ }).click();
    getByRole(h.root, 'button', { name: /Replace it and start/ }).click();
    await until(() => h.screen() === 'briefing');
    expect(storage.read(SAVE_KEY)).not.toBe(inProgress);
  });

  it('does not ask when the saved game has finished (it is kept already)', async () => {
    const h = mount();
    await finishGame(h);
    h.game.quitToTitle();
    h.game.open('scenario');
    await until(() => h.root.querySelector('[data-key="start"]:not([disabled])') !== null);
    getByRole(h.root, 'button', { name: /Start/ }).click();
    await until(() => h.screen() === 'briefing');
  });

  it('Enter on the debrief stays on the debrief', async () => {
    const h = mount();
    await finishGame(h);
    expect(h.screen()).toBe('debrief');
    document.body.focus();
    h.press('Enter');
    expect(h.screen()).toBe('debrief');
  });

  it('a damaged list is reported and set aside, never deleted; a full disk says copy the code', async () => {
    const storage = memoryStorage();
    storage.write(RESULTS_KEY, '{"format":"power-core-results/1","results":[{"code":1}]}');
    const h = mount(storage);
    expect(h.root.querySelector('.results-card [role="alert"]')!.textContent).toMatch(
      /damaged.*Nothing was deleted/,
    );
    await finishGame(h);
    expect(storage.read(`${RESULTS_KEY}-damaged-1`)).toContain('"code":1');
    const kept = readResults(storage);
    expect(kept.ok && kept.results).toHaveLength(1);

    // Storage that keeps the game but not the results list.
    const base = memoryStorage();
    const full: KeyValueStorage = {
      ...base,
      write: (key, value) => (key === RESULTS_KEY ? false : base.write(key, value)),
    };
    const g = mount(full);
    const code = await finishGame(g);
    expect(g.game.store.getState().resultsTrouble).toEqual({ reason: 'not-written', raw: code });
  });

  it("the browser's Back goes back one screen, opens the menu on the floor, and leaves only from the title", async () => {
    const h = mount();
    h.game.open('how-to-play');
    expect(stepBack(h.root, h.game)).toBe(true);
    expect(h.screen()).toBe('title');
    expect(stepBack(h.root, h.game)).toBe(false);

    await startGame(h);
    h.game.beginPlay();
    await until(() => h.screen() === 'quarter');
    expect(stepBack(h.root, h.game)).toBe(true);
    expect(h.game.store.getState().ui.panel).toBe('menu');
    expect(stepBack(h.root, h.game)).toBe(true);
    expect(h.game.store.getState().ui.panel).toBe(null);
    expect(h.screen()).toBe('quarter');
  });
});
