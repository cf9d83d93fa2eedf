// @vitest-environment jsdom
// The store: new games, decisions through the engine, refusals, autosave and restore, damaged
// saves, storage that does not keep anything, and the order of the end-of-turn screens.

import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/store/storage';
import type { KeyValueStorage } from '../../src/store/storage';
import { SAVE_KEY, turnsEnded } from '../../src/store/app-store';
import { readSaveFile } from '../../src/store/save-file';
import { mount, playTo, startGame, until } from '../ui/harness';

/** Storage that behaves like localStorage in private mode: it refuses to keep anything. */
function refusingStorage(): KeyValueStorage {
  return { persistent: false, read: () => null, write: () => false, remove: () => undefined };
}

describe('the store', () => {
  it('starts a new game at the briefing and saves it at once', async () => {
    const h = mount();
    await startGame(h);
    expect(h.screen()).toBe('briefing');
    const saved = readSaveFile(h.storage.read(SAVE_KEY)!);
    expect(saved.ok && saved.file.team).toBe('Team Blue');
    expect(saved.ok && saved.file.save.seed).toBe(7);
  });

  it('keeps the state and says why when the engine refuses a decision', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    const before = h.game.store.getState().session!.game;
    const result = h.game.dispatch({ type: 'launch', initiative: 'no-such-thing', scale: 'full' });
    expect(result.ok).toBe(false);
    expect(h.game.store.getState().session!.game).toBe(before);
    expect(h.game.store.getState().ui.refusal?.reason).toBe('unknown-initiative');
  });

  it('saves after every decision, and Continue rebuilds exactly the same game', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    await startGame(first);
    first.game.beginPlay();
    playTo(first, 3);
    first.game.dispatch({ type: 'launch', initiative: 'pulse-survey', scale: 'full' });
    first.game.dispatch({ type: 'reportToCeo' });
    const live = first.game.store.getState().session!.game;
    first.unmount();

    const second = mount(storage);
    expect(second.game.store.getState().savedGame?.team).toBe('Team Blue');
    expect(await second.game.continueGame()).toBe(true);
    const restored = second.game.store.getState().session!.game;
    expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(live)));
    expect(second.screen()).toBe('quarter');
  });

  it('comes back to an unread report after a reload', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    await startGame(first);
    first.game.beginPlay();
    playTo(first, 2);
    const pending = first.game.store.getState().session!.game.pendingEvents[0];
    if (pending) {
      first.game.answerEvent(pending.event, null);
      first.game.closeEventOutcome();
    }
    first.game.dispatch({ type: 'endQuarter' });
    expect(first.screen()).toBe('results');
    first.unmount();
    const second = mount(storage);
    await second.game.continueGame();
    expect(second.screen()).toBe('results');
  });

  it('shows the results, then the year review, then the next quarter', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    playTo(h, 4);
    const pending = h.game.store.getState().session!.game.pendingEvents[0];
    if (pending) {
      h.game.answerEvent(pending.event, null);
      h.game.closeEventOutcome();
    }
    // The turn ends and the results show in one step: the finished quarter is not drawn again
    // (with its dialog closed) on the way, which cost a slow laptop a whole layout.
    const screens: string[] = [];
    const stop = h.game.store.subscribe((s) => screens.push(s.screen));
    h.game.dispatch({ type: 'endQuarter' });
    stop();
    expect(h.screen()).toBe('results');
    expect(screens[0]).toBe('results');
    expect(screens).not.toContain('quarter');
    h.game.acknowledgeReport();
    expect(h.screen()).toBe('year-review');
    h.game.acknowledgeReport();
    expect(['quarter', 'event']).toContain(h.screen());
    const session = h.game.store.getState().session!;
    expect(session.reportsRead).toBe(turnsEnded(session.game));
  });

  it('keeps a damaged save, explains it, lets it be downloaded, and starts again', async () => {
    const storage = memoryStorage();
    storage.write(SAVE_KEY, '{"format":"power-core-save/1","team":42}');
    const h = mount(storage);
    expect(h.game.store.getState().saveTrouble?.reason).toBe('damaged');
    expect(h.root.textContent).toContain('Your saved game could not be restored');
    const download = [...h.root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Download the saved game'),
    )!;
    download.click();
    expect(h.downloads[0]?.text).toBe('{"format":"power-core-save/1","team":42}');
    const forget = [...h.root.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Forget it'),
    )!;
    forget.click();
    expect(storage.read(SAVE_KEY)).toBeNull();
    expect(h.game.store.getState().saveTrouble).toBeNull();
  });

  it('refuses a save whose scenario changed, keeping it', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    await startGame(first);
    const raw = storage.read(SAVE_KEY)!;
    const tampered = raw.replace(
      /"scenarioFingerprint":"[0-9a-f]{32}"/,
      `"scenarioFingerprint":"${'0'.repeat(32)}"`,
    );
    storage.write(SAVE_KEY, tampered);
    const second = mount(storage);
    expect(await second.game.continueGame()).toBe(false);
    expect(second.game.store.getState().saveTrouble).toEqual({
      reason: 'scenario-changed',
      raw: tampered,
    });
    expect(storage.read(SAVE_KEY)).toBe(tampered);
    expect(second.screen()).toBe('title');
  });

  it('refuses a save from another engine version and one whose decisions do not replay', async () => {
    const storage = memoryStorage();
    const first = mount(storage);
    await startGame(first);
    const raw = storage.read(SAVE_KEY)!;
    storage.write(SAVE_KEY, raw.replace(/"engineVersion":"[^"]+"/, '"engineVersion":"9.0.0"'));
    const second = mount(storage);
    expect(await second.game.continueGame()).toBe(false);
    expect(second.game.store.getState().saveTrouble?.reason).toBe('engine-version');
    storage.write(
      SAVE_KEY,
      raw.replace('"decisions":[]', '"decisions":[{"type":"scale","initiative":"pulse-survey"}]'),
    );
    const third = mount(storage);
    expect(await third.game.continueGame()).toBe(false);
    expect(third.game.store.getState().saveTrouble?.reason).toBe('refused');
  });

  it('plays on and says saving is off when storage keeps nothing', async () => {
    const h = mount(refusingStorage());
    expect(h.game.store.getState().savingOn).toBe(false);
    expect(h.root.textContent).toContain('Saving is off');
    await startGame(h);
    h.game.beginPlay();
    expect(h.game.dispatch({ type: 'reportToCeo' }).ok).toBe(true);
    expect(h.root.textContent).toContain('Saving off');
  });

  it('remembers settings between visits', () => {
    const storage = memoryStorage();
    const first = mount(storage);
    first.game.updateSettings({ textSize: 'larger', sound: false, volume: 0.3 });
    const second = mount(storage);
    const settings = second.game.store.getState().settings;
    expect(settings).toMatchObject({ textSize: 'larger', sound: false, volume: 0.3 });
    expect(document.documentElement.dataset.textSize).toBe('larger');
    expect(second.sound.muted).toBe(true);
  });

  it('plays a whole game to the debrief', async () => {
    const h = mount();
    await startGame(h);
    h.game.beginPlay();
    playTo(h, 21);
    while (h.screen() === 'results' || h.screen() === 'year-review') h.game.acknowledgeReport();
    expect(h.screen()).toBe('debrief');
    await until(() => h.root.textContent!.includes('Debrief'));
  });
});
