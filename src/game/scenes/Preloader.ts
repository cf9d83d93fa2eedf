// Paints every shared texture in code (the art library, Canvas 2D, no image files), one step per
// frame, then starts the Backdrop and Office scenes and tells the app the canvas is ready to show.
// Nothing of it is seen: the title screen's panels are already up while it works, and the canvas
// fades in when it is done. Only src/game imports Phaser; this never touches the store.

import * as Phaser from 'phaser';
import { FONTS } from '../../stage/theme';
import { paintCity } from '../art/city/city-textures';
import { paintMoodIcons } from '../art/icons';
import { paintOfficeProps } from '../art/office/props';
import { paintPeople } from '../art/people';
import { SCENES } from '../keys';

/**
 * Gives the browser a frame between steps, so a key the player presses on the title screen is
 * answered between two paintings rather than after all of them.
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    // A timer too, because animation frames stop in background tabs.
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Waits for the game fonts (Phaser text is drawn once, so it must not use a fallback font). */
async function loadFonts(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const wanted = [
    `600 20px ${FONTS.display}`,
    `700 20px ${FONTS.display}`,
    `400 16px ${FONTS.text}`,
    `600 16px ${FONTS.text}`,
  ];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000));
  await Promise.race([
    Promise.all(wanted.map((f) => document.fonts.load(f))).then(() => undefined),
    timeout,
  ]).catch(() => undefined);
}

/** Paints the textures, then hands over to the scenes that show screens. */
export class Preloader extends Phaser.Scene {
  private stopped = false;

  constructor(private readonly onReady: () => void) {
    super(SCENES.preloader);
  }

  create(): void {
    const stop = () => {
      this.stopped = true;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    void this.runSteps();
  }

  private async runSteps(): Promise<void> {
    const textures = this.textures;
    const steps: (() => void | Promise<void>)[] = [
      loadFonts,
      () => paintPeople(textures),
      () => paintOfficeProps(textures),
      () => paintMoodIcons(textures),
      () => paintCity(textures),
    ];
    for (const step of steps) {
      await nextFrame();
      if (this.stopped) return;
      try {
        await step();
      } catch (error) {
        // A texture that failed to paint leaves a gap in the picture, never a stuck game.
        console.error('Painting the office failed in part', error);
      }
    }
    await nextFrame();
    if (this.stopped) return;
    // Both scenes run side by side; each shows itself only on its own screens.
    this.scene.launch(SCENES.backdrop);
    this.scene.launch(SCENES.office);
    this.scene.stop();
    this.onReady();
  }
}
