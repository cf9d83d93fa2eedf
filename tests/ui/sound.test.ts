// Tests the silent recording SoundPlayer the other UI tests use. Imports only src/ui/sound.

import { describe, expect, it } from 'vitest';
import { SOUND_NAMES, clampVolume, silentSound } from '../../src/ui/sound';
import type { SoundPlayer } from '../../src/ui/sound';

describe('silentSound', () => {
  it('records every effect asked for, in order', () => {
    const sound = silentSound();
    sound.play('click');
    sound.play('won');
    sound.play('won');
    sound.play('quarter-end');
    expect(sound.played).toEqual(['click', 'won', 'won', 'quarter-end']);
  });

  it('keeps recording while muted, and remembers the settings', () => {
    const sound = silentSound();
    expect([sound.volume, sound.muted, sound.music]).toEqual([1, false, false]);
    sound.setMuted(true);
    sound.setMusic(true);
    sound.setVolume(0.4);
    sound.play('error');
    expect(sound.played).toEqual(['error']);
    expect([sound.volume, sound.muted, sound.music]).toEqual([0.4, true, true]);
  });

  it('clamps the volume to 0..1 and ignores values that are not numbers', () => {
    const sound = silentSound();
    sound.setVolume(3);
    expect(sound.volume).toBe(1);
    sound.setVolume(-1);
    expect(sound.volume).toBe(0);
    sound.setVolume(0.5);
    sound.setVolume(Number.NaN);
    expect(sound.volume).toBe(0.5);
    expect(clampVolume(Number.POSITIVE_INFINITY, 0.2)).toBe(0.2);
  });

  it('is a SoundPlayer that never throws, for every sound name', () => {
    const sound: SoundPlayer = silentSound();
    for (const name of SOUND_NAMES) expect(() => sound.play(name)).not.toThrow();
  });

  it('gives each test its own recording', () => {
    const a = silentSound();
    const b = silentSound();
    a.play('open');
    expect(b.played).toEqual([]);
  });
});

describe('SOUND_NAMES', () => {
  it('lists each effect once, without the music loop', () => {
    expect(new Set(SOUND_NAMES).size).toBe(SOUND_NAMES.length);
    expect(SOUND_NAMES).toHaveLength(16);
    expect(SOUND_NAMES as readonly string[]).not.toContain('music');
  });
});
