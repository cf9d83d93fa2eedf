// A sound player that loads the real one (howler and the sound files) after the title is up, so
// the first load stays small. Settings given before it arrives are applied when it does; an
// effect asked for while it loads plays once it is there. Imports only the sound interface.

import type { SoundName, SoundPlayer } from './sound';
import { clampVolume } from './sound';

export interface LazySound extends SoundPlayer {
  /** Starts loading the real player now. */
  preload(): void;
}

export function lazySound(load: () => Promise<SoundPlayer>): LazySound {
  let real: SoundPlayer | null = null;
  let loading: Promise<void> | null = null;
  let volume = 1;
  let muted = false;
  let music = false;
  let waiting: SoundName | null = null;
  const preload = () => {
    loading ??= load()
      .then((player) => {
        real = player;
        player.setVolume(volume);
        player.setMuted(muted);
        player.setMusic(music);
        if (waiting) player.play(waiting);
        waiting = null;
      })
      .catch(() => {
        // No sound at all is still a playable game.
      });
  };
  return {
    preload,
    play(name) {
      if (real) real.play(name);
      else {
        waiting = name;
        preload();
      }
    },
    setVolume(v) {
      volume = clampVolume(v, volume);
      real?.setVolume(volume);
    },
    setMuted(m) {
      muted = m;
      real?.setMuted(m);
    },
    setMusic(on) {
      music = on;
      real?.setMusic(on);
      if (on) preload();
    },
  };
}
