// How a scene that runs side by side with the others lives on the stage: it draws from the feed
// while it exists, and fades in or out (then sleeps) as the screen changes. Imports Phaser and the
// feed's types.

import * as Phaser from 'phaser';
import type { FloorFeed, FloorView } from '../stage/floor-view';

/**
 * Draws a scene from the feed now, and on every change at the start of the next frame (the
 * latest view only), and stops listening when the scene shuts down or is destroyed (scene
 * hygiene: no subscription outlives its scene). Waiting for the frame lets the key press that
 * changed the store finish, and its panel show, before the canvas does its own work: a new
 * screen's panel and its animation together held a slow laptop for half a second.
 */
export function followFeed(
  scene: Phaser.Scene,
  feed: FloorFeed,
  apply: (view: FloorView) => void,
): void {
  apply(feed.get());
  const events = scene.game.events;
  let pending: FloorView | null = null;
  const flush = () => {
    const view = pending;
    pending = null;
    if (view && unsubscribe) apply(view);
  };
  // The first step after the change may run before the browser has laid out the new panel
  // (the panel takes the keyboard at that frame): the canvas waits one step more, so the two
  // do not share a frame.
  const wait = () => events.once(Phaser.Core.Events.PRE_STEP, flush);
  let unsubscribe: (() => void) | null = feed.subscribe((view) => {
    if (!pending) events.once(Phaser.Core.Events.PRE_STEP, wait);
    pending = view;
  });
  const cleanup = () => {
    unsubscribe?.();
    unsubscribe = null;
    pending = null;
    events.off(Phaser.Core.Events.PRE_STEP, wait);
    events.off(Phaser.Core.Events.PRE_STEP, flush);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanup);
  scene.events.once(Phaser.Scenes.Events.DESTROY, cleanup);
}

/**
 * Shows or hides a scene that runs side by side with the others: a short fade of its camera, then
 * a hidden scene sleeps (no update, no render) until it is shown again. `instant` skips the fade.
 * Call it only once the scene has finished create() (sleeping during create is undone by Phaser).
 */
export function presentScene(scene: Phaser.Scene, shown: boolean, instant: boolean): void {
  const sys = scene.sys;
  const camera = scene.cameras.main;
  scene.tweens.killTweensOf(camera);
  if (shown) {
    if (sys.isSleeping()) {
      sys.wake();
      camera.setAlpha(instant ? 1 : 0);
    }
    if (instant) camera.setAlpha(1);
    else scene.tweens.add({ targets: camera, alpha: 1, duration: 350, ease: 'Sine.easeOut' });
    return;
  }
  if (sys.isSleeping()) return;
  if (instant) {
    sys.sleep();
    return;
  }
  scene.tweens.add({
    targets: camera,
    alpha: 0,
    duration: 300,
    ease: 'Sine.easeIn',
    onComplete: () => {
      if (!sys.isSleeping()) sys.sleep();
    },
  });
}
