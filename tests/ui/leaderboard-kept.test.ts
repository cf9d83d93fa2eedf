// @vitest-environment jsdom
// The facilitator's leaderboard outlives a reload: the results given stay on this computer and
// are verified again when the page comes back; clearing asks first; a damaged keep is skipped;
// a computer that cannot keep the board says so on it; two windows of the leaderboard keep one
// board between them.

import { describe, expect, it } from 'vitest';
import { getByRole } from '@testing-library/dom';
import { memoryStorage } from '../../src/store/storage';
import type { KeyValueStorage } from '../../src/store/storage';
import { BOARD_KEY } from '../../src/store/board-archive';
import { makeResultCode } from '../../src/workshop/result';
import { botResult, builtIn } from '../helpers';
import { sharedStorage } from '../store/shared-storage';
import { mount, pageStore, until } from './harness';
import type { Harness } from './harness';

/** Storage that lasts across page loads, as localStorage does. */
function lastingStorage(): KeyValueStorage {
  return { ...memoryStorage(), persistent: true };
}

function resultCode(seed: number, bot: string, team: string): string {
  const scenario = builtIn();
  return makeResultCode(scenario, botResult(scenario, seed, bot, team));
}

async function openBoard(h: Harness): Promise<void> {
  h.game.open('leaderboard');
  await until(() => h.root.querySelector('.leaderboard-screen') !== null);
}

function ranked(h: Harness): (string | null)[] {
  return [...h.root.querySelectorAll('.ranking tbody th')].map((r) => r.textContent);
}

async function paste(h: Harness, ...codes: string[]): Promise<void> {
  const box = h.root.querySelector<HTMLTextAreaElement>('#paste-codes')!;
  box.value = codes.join('\n');
  const before = h.game.store.getState().board.entries.length;
  getByRole(h.root, 'button', { name: 'Add the codes' }).click();
  await until(() => h.game.store.getState().board.entries.length === before + codes.length);
}

/** The leaderboard open in two windows on one computer: the first with its panels. */
async function twoWindows() {
  const shared = sharedStorage();
  const a = shared.window(1);
  const first = mount(a.storage, a.page);
  await openBoard(first);
  const b = shared.window(2);
  const second = pageStore(b.storage, b.page);
  await second.restoreBoard();
  return { shared, first, second };
}

describe('the leaderboard kept on this computer', () => {
  it('comes back after a reload, verified again, with its rejections', async () => {
    const storage = lastingStorage();
    const first = mount(storage);
    await openBoard(first);
    const owls = resultCode(3, 'expert', 'Owls');
    const damaged = owls.slice(0, 20) + (owls[20] === 'A' ? 'B' : 'A') + owls.slice(21);
    await paste(first, resultCode(3, 'random', 'Foxes'), owls, damaged);
    expect(ranked(first)).toEqual(['Owls', 'Foxes']);
    first.unmount();

    // The page is reloaded: a new store on the same storage.
    const second = mount(storage);
    await openBoard(second);
    await until(() => ranked(second).length === 2);
    expect(ranked(second)).toEqual(['Owls', 'Foxes']);
    expect(second.root.querySelector('.rejected-list')!.textContent).toContain('damaged');
    expect(second.root.textContent).toContain('The results stay on this computer');
    // Added again after the reload, a result already there is not counted twice.
    await second.game.addResults([{ label: 'code 4', text: owls }]);
    expect(second.game.store.getState().board.entries).toHaveLength(3);
    expect(ranked(second)).toEqual(['Owls', 'Foxes']);
  });

  it('keeps the kept results when results arrive before the leaderboard is opened (a live room’s)', async () => {
    const storage = lastingStorage();
    const first = mount(storage);
    await openBoard(first);
    await paste(first, resultCode(3, 'expert', 'Owls'));
    first.unmount();

    const second = mount(storage);
    await second.game.addResults([{ label: 'room', text: resultCode(3, 'random', 'Foxes') }]);
    await openBoard(second);
    await until(() => ranked(second).length === 2);
    expect(ranked(second)).toEqual(['Owls', 'Foxes']);
    second.unmount();
    const third = mount(storage);
    await openBoard(third);
    await until(() => ranked(third).length === 2);
  });

  it('asks before clearing, and a cleared board stays cleared after a reload', async () => {
    const storage = lastingStorage();
    const first = mount(storage);
    await openBoard(first);
    await paste(first, resultCode(3, 'expert', 'Owls'), resultCode(4, 'expert', 'Badgers'));
    const clear = getByRole(first.root, 'button', { name: 'Clear the leaderboard' });
    clear.click();
    expect(first.game.store.getState().board.entries).toHaveLength(2);
    getByRole(first.root, 'button', { name: 'Remove all 2 results for good?' }).click();
    expect(first.game.store.getState().board.entries).toHaveLength(0);
    expect(storage.read(BOARD_KEY)).toBeNull();
    first.unmount();

    const second = mount(storage);
    await openBoard(second);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(second.game.store.getState().board.entries).toHaveLength(0);
    expect(second.root.textContent).toContain('No verified results yet.');
  });

  it('skips a damaged keep: the board opens empty and works', async () => {
    const storage = lastingStorage();
    storage.write(BOARD_KEY, '{"format":"power-core-leaderboard/1","items":[{"label":3},"x"');
    const h = mount(storage);
    await openBoard(h);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.game.store.getState().board.entries).toHaveLength(0);
    await paste(h, resultCode(3, 'expert', 'Owls'));
    expect(ranked(h)).toEqual(['Owls']);
    expect(storage.read(BOARD_KEY)).toContain('PC1-');
  });

  it('says so on the board when this computer cannot keep it', async () => {
    const h = mount(memoryStorage());
    await openBoard(h);
    expect(h.root.textContent).not.toContain('cannot keep the leaderboard');
    await paste(h, resultCode(3, 'expert', 'Owls'));
    expect(h.root.textContent).toContain('This computer cannot keep the leaderboard');
  });

  it('open in two windows, keeps the results given to either', async () => {
    const { shared, first, second } = await twoWindows();

    await paste(first, resultCode(3, 'expert', 'Owls'));
    await until(() => second.store.getState().board.entries.length === 1);
    await second.addResults([{ label: 'code 1', text: resultCode(3, 'random', 'Foxes') }]);
    await until(() => ranked(first).length === 2);
    expect(ranked(first)).toEqual(['Owls', 'Foxes']);
    // The two windows settle: neither answers the other's write with one of its own for ever.
    const writes = shared.writes();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shared.writes()).toBe(writes);

    // Either window reloaded later finds both results.
    const c = shared.window(3);
    const third = pageStore(c.storage, c.page);
    await third.restoreBoard();
    const teams = third.store
      .getState()
      .board.entries.map((e) => (e.verification.ok ? e.verification.result.team : null));
    expect(teams).toEqual(['Owls', 'Foxes']);
  });

  it('cleared in one window, is cleared in the other', async () => {
    const { shared, first, second } = await twoWindows();
    await paste(first, resultCode(3, 'expert', 'Owls'), resultCode(4, 'expert', 'Badgers'));
    await until(() => second.store.getState().board.entries.length === 2);

    second.clearBoard();
    await until(() => first.game.store.getState().board.entries.length === 0);
    expect(first.root.textContent).toContain('No verified results yet.');
    expect(shared.read(BOARD_KEY)).toBeNull();
  });

  it('open in two windows, shows a rejected code once however often the other window writes', async () => {
    const { first, second } = await twoWindows();
    const owls = resultCode(3, 'expert', 'Owls');
    const damaged = owls.slice(0, 20) + (owls[20] === 'A' ? 'B' : 'A') + owls.slice(21);
    await paste(first, owls, damaged);
    await until(() => second.store.getState().board.entries.length === 2);
    await paste(first, resultCode(4, 'expert', 'Badgers'));
    await paste(first, resultCode(3, 'random', 'Foxes'));
    await until(() => second.store.getState().board.entries.length >= 4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rejected = second.store.getState().board.entries.filter((e) => !e.verification.ok);
    expect(rejected).toHaveLength(1);
    expect(second.store.getState().board.entries).toHaveLength(4);
  });
});
