// @vitest-environment jsdom
// Two windows of the game on one computer share its save (a team that opened the link twice, or
// came back to a forgotten tab). Neither may quietly overwrite the other's game: a window that
// finds the save written elsewhere stops saving and asks which game goes on.

import { describe, expect, it } from 'vitest';
import { browserStorage } from '../../src/store/storage';
import type { GameController } from '../../src/store/app-store';
import { SAVE_KEY, turnsEnded } from '../../src/store/app-store';
import { readSaveFile } from '../../src/store/save-file';
import { mount, pageStore, playTo, startGame, until } from '../ui/harness';
import { sharedStorage } from './shared-storage';

const turns = (game: GameController) => turnsEnded(game.store.getState().session!.game);
const dialog = () => document.querySelector<HTMLElement>('[data-screen-root="save-conflict"]');

type Shared = ReturnType<typeof sharedStorage>;

/** The save file the windows share now. */
function savedIn(shared: Shared) {
  const read = readSaveFile(shared.read(SAVE_KEY)!);
  if (!read.ok) throw new Error('no readable save');
  return read.file;
}

/** Window 1, with its panels: its game started and played to `quarter` (none when 0). */
async function firstWindow(shared: Shared, quarter: number, hears = true) {
  const a = shared.window(1, hears);
  const first = mount(a.storage, a.page);
  if (quarter === 0) return first;
  await startGame(first);
  first.game.beginPlay();
  playTo(first, quarter);
  return first;
}

/** Window 2: the store of a second page, without panels (one document shows one app). */
function secondWindow(shared: Shared, hears = true): GameController {
  const b = shared.window(2, hears);
  return pageStore(b.storage, b.page);
}

/** Window 1 plays to quarter 3; window 2 continues its game to quarter 5. */
async function twoWindows(hears = true) {
  const shared = sharedStorage();
  const first = await firstWindow(shared, 3, hears);
  const second = secondWindow(shared, hears);
  second.lookForSave();
  expect(await second.continueGame()).toBe(true);
  playTo({ game: second }, 5);
  return { shared, first, second };
}

describe('two windows of the game on one computer', () => {
  it('stops the window saved over: it asks which game goes on and refuses decisions meanwhile', async () => {
    const { shared, first, second } = await twoWindows();
    expect(turns(second)).toBe(4);
    const conflict = first.game.store.getState().saveConflict;
    expect(conflict?.theirs?.quarter).toBe(4);
    await until(() => dialog() !== null);
    const text = dialog()!.textContent!;
    expect(text).toContain('This game goes on in another window');
    expect(text).toContain('Team Blue · Vectra Office Systems · after 4 turns');
    expect(text).toContain('Played in this window');
    expect(text).toContain('after 2 turns');

    const refused = first.game.dispatch({ type: 'endQuarter' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toBe('save-conflict');
    expect(turns(first.game)).toBe(2);
    // The other window's game is still the saved one.
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(4);
  });

  it('goes on with the other window’s game on Enter, and then that window is the one asked', async () => {
    const { shared, first, second } = await twoWindows();
    await until(() => dialog() !== null);
    first.press('Enter');
    await until(() => first.game.store.getState().saveConflict === null && turns(first.game) === 4);
    expect(dialog()).toBeNull();
    expect(JSON.stringify(first.game.store.getState().session!.game)).toBe(
      JSON.stringify(second.store.getState().session!.game),
    );
    playTo(first, 6);
    expect(turns(first.game)).toBe(5);
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(5);
    expect(second.store.getState().saveConflict?.theirs?.quarter).toBe(5);
  });

  it('keeps this window’s game over the other save when the player says so', async () => {
    const { shared, first, second } = await twoWindows();
    await until(() => dialog() !== null);
    const keep = [...dialog()!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Keep this window’s game'),
    )!;
    keep.click();
    expect(first.game.store.getState().saveConflict).toBeNull();
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(2);
    expect(second.store.getState().saveConflict?.theirs?.quarter).toBe(2);
    // This window plays and saves on.
    playTo(first, 4);
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(3);
  });

  it('finds the other window’s save at its next decision when no storage event came', async () => {
    const { shared, first } = await twoWindows(false);
    expect(first.game.store.getState().saveConflict).toBeNull();
    const refused = first.game.dispatch({ type: 'endQuarter' });
    // The decision itself went through before the save was tried; the save did not.
    expect(refused.ok).toBe(true);
    expect(first.game.store.getState().saveConflict?.theirs?.quarter).toBe(4);
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(4);
    await until(() => dialog() !== null);
  });

  it('offers the title screen when the other window removed the save', async () => {
    const { first, second } = await twoWindows();
    second.quitToTitle();
    second.discardSave();
    await until(() => dialog()?.textContent?.includes('removed the saved game') === true);
    first.press('Enter');
    await until(() => first.screen() === 'title');
    expect(first.game.store.getState().session).toBeNull();
    expect(first.game.store.getState().saveConflict).toBeNull();
  });

  it('asks when another window starts a new game over the one played here', async () => {
    const shared = sharedStorage();
    const first = await firstWindow(shared, 3);
    const second = secondWindow(shared);
    await startGame({ game: second }, { team: 'Team Red', seed: 99 });
    expect(first.game.store.getState().saveConflict?.theirs).toMatchObject({
      team: 'Team Red',
      quarter: 0,
    });
    expect(savedIn(shared).team).toBe('Team Red');
  });

  it('shows the title the save another window keeps writing', async () => {
    const shared = sharedStorage();
    const first = await firstWindow(shared, 0);
    expect(first.game.store.getState().savedGame).toBeNull();
    const second = secondWindow(shared);
    await startGame({ game: second });
    second.beginPlay();
    playTo({ game: second }, 3);
    expect(first.game.store.getState().savedGame).toMatchObject({ team: 'Team Blue', quarter: 2 });
    await until(() => first.root.textContent!.includes('after 2 turns'));
  });

  it('does not take a save it could not write (storage full) for another window’s', async () => {
    const shared = sharedStorage();
    const first = await firstWindow(shared, 1);
    shared.failNextWrite();
    first.game.dispatch({ type: 'endQuarter' });
    expect(first.game.store.getState().savingOn).toBe(false);
    playTo(first, 3);
    expect(first.game.store.getState().saveConflict).toBeNull();
    expect(savedIn(shared).save.decisions.filter((d) => d.type === 'endQuarter')).toHaveLength(2);
  });

  it('does not take its own first save, kept aside when the browser storage was full, for another’s', async () => {
    // localStorage that is full for the save: the game keeps it in memory and says saving is off.
    const values = new Map<string, string>();
    const full = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem(key: string, value: string) {
        if (key === SAVE_KEY) throw new Error('QuotaExceededError');
        values.set(key, value);
      },
      removeItem: (key: string) => void values.delete(key),
    } as unknown as Storage;
    const h = mount(browserStorage(() => full));
    await startGame(h);
    h.game.beginPlay();
    playTo(h, 4);
    expect(turns(h.game)).toBe(3);
    expect(h.game.store.getState().saveConflict).toBeNull();
    expect(h.game.store.getState().savingOn).toBe(false);
  });
});
