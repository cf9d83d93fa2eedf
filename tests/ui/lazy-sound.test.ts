// The sound player that arrives after the title: settings made before it loads are applied, and
// an effect asked for while it loads is played once it is there.
import { describe, expect, it } from 'vitest';
import { lazySound } from '../../src/ui/lazy-sound';
import { silentSound } from '../../src/ui/sound';

describe('lazy sound', () => {
  it('applies earlier settings and plays the waiting effect when the player arrives', async () => {
    const real = silentSound();
    let resolve: () => void = () => undefined;
    const sound = lazySound(() => new Promise((r) => (resolve = () => r(real))));
    sound.setVolume(0.4);
    sound.setMuted(true);
    sound.play('click');
    sound.play('confirm');
    expect(real.played).toEqual([]);
    resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(real.volume).toBe(0.4);
    expect(real.muted).toBe(true);
    expect(real.played).toEqual(['confirm']);
    sound.play('event');
    expect(real.played).toEqual(['confirm', 'event']);
  });

  it('keeps playing silently when the real player cannot load', async () => {
    const sound = lazySound(() => Promise.reject(new Error('no audio')));
    sound.preload();
    await new Promise((r) => setTimeout(r, 0));
    expect(() => sound.play('click')).not.toThrow();
  });
});
