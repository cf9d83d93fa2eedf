// The loading screen: shows a progress bar while it paints every shared texture in code (the art
// library, Canvas 2D, no image files) and runs the app's start-up tasks one by one, then starts
// the Backdrop and Office scenes. Only src/game imports Phaser; this never touches the store.

import * as Phaser from 'phaser';
import { COLOURS, FONTS, colourNumber } from '../../stage/theme';
import { paintCity } from '../art/city/city-textures';
import { mix } from '../art/colour';
import { paintMoodIcons } from '../art/icons';
import { paintOfficeProps } from '../art/office/props';
import { paintPeople } from '../art/people';
import { SCENES } from '../keys';

/** A start-up step run while the progress bar shows its label. */
export interface PreloadTask {
  readonly label: string;
  readonly run: () => Promise<void>;
}

/** The loading screen's words, in the player's language (the caller translates them). */
export interface PreloadLabels {
  readonly title: string;
  /** A line under the title; none is drawn when absent. */
  readonly tagline?: string;
  readonly starting: string;
  /** The labels of the Preloader's own steps (fonts, people, offices, mood, city), in order. */
  readonly fonts: string;
  readonly people: string;
  readonly offices: string;
  readonly mood: string;
  readonly city: string;
}

/** Gives the browser a frame to paint the progress bar between steps. */
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

/** The loading screen: paints textures, runs the start-up tasks, then hands over. */
export class Preloader extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;
  private texts: Phaser.GameObjects.Text[] = [];
  private stopped = false;

  constructor(
    private readonly labels: PreloadLabels,
    private readonly tasks: readonly PreloadTask[],
    private readonly onReady: () => void,
  ) {
    super(SCENES.preloader);
  }

  create(): void {
    const { width, height } = this.scale;
    const cx = width / 2;
    const cy = height / 2;
    this.add.rectangle(0, 0, width, height, colourNumber('ink')).setOrigin(0, 0);
    this.drawEmblem(cx, cy - 150);
    const title = this.add
      .text(cx, cy - 70, this.labels.title, {
        fontFamily: FONTS.display,
        fontSize: '48px',
        fontStyle: '700',
        color: COLOURS.paper,
      })
      .setOrigin(0.5);
    const subtitle = this.add
      .text(cx, cy - 26, this.labels.tagline ?? '', {
        fontFamily: FONTS.text,
        fontSize: '18px',
        color: mix(COLOURS.paper, COLOURS.ink, 0.3),
      })
      .setOrigin(0.5);
    this.bar = this.add.graphics();
    this.label = this.add
      .text(cx, cy + 58, this.labels.starting, {
        fontFamily: FONTS.text,
        fontSize: '18px',
        color: COLOURS.paper,
      })
      .setOrigin(0.5, 0);
    this.texts = [title, subtitle, this.label];
    this.drawBar(0);
    const stop = () => {
      this.stopped = true;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    void this.runSteps();
  }

  /** The power core: a bright centre in a ring, with a slow orbit while work goes on. */
  private drawEmblem(x: number, y: number): void {
    const core = this.add.graphics();
    core.fillStyle(colourNumber('amber'), 1);
    core.fillCircle(x, y, 26);
    core.fillStyle(colourNumber('ink'), 1);
    core.fillCircle(x, y, 16);
    core.fillStyle(colourNumber('yellow'), 1);
    core.fillCircle(x, y, 8);
    const orbit = this.add.graphics({ x, y });
    orbit.lineStyle(3, colourNumber('sky'), 0.9);
    orbit.beginPath();
    orbit.arc(0, 0, 38, 0, Math.PI * 0.6);
    orbit.strokePath();
    orbit.lineStyle(3, colourNumber('believed'), 0.9);
    orbit.beginPath();
    orbit.arc(0, 0, 38, Math.PI, Math.PI * 1.6);
    orbit.strokePath();
    const still =
      typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!still)
      this.tweens.add({ targets: orbit, rotation: Math.PI * 2, duration: 2400, repeat: -1 });
  }

  private drawBar(progress: number): void {
    const w = 480;
    const h = 16;
    const x = (this.scale.width - w) / 2;
    const y = this.scale.height / 2 + 24;
    const p = Math.max(0, Math.min(1, progress));
    this.bar.clear();
    this.bar.fillStyle(colourNumber('inkSoft'), 1);
    this.bar.fillRoundedRect(x, y, w, h, h / 2);
    if (p > 0) {
      this.bar.fillStyle(colourNumber('amber'), 1);
      this.bar.fillRoundedRect(x, y, Math.max(h, w * p), h, h / 2);
    }
  }

  private async runSteps(): Promise<void> {
    const textures = this.textures;
    const steps: PreloadTask[] = [
      { label: this.labels.fonts, run: loadFonts },
      { label: this.labels.people, run: async () => paintPeople(textures) },
      { label: this.labels.offices, run: async () => paintOfficeProps(textures) },
      { label: this.labels.mood, run: async () => paintMoodIcons(textures) },
      { label: this.labels.city, run: async () => paintCity(textures) },
      ...this.tasks,
    ];
    for (let i = 0; i < steps.length; i += 1) {
      const step = steps[i];
      if (!step || this.stopped) return;
      this.label.setText(step.label);
      this.drawBar(i / steps.length);
      await nextFrame();
      try {
        await step.run();
        // Text drawn before the web fonts arrived used a fallback: draw it again.
        if (i === 0) for (const text of this.texts) text.updateText();
      } catch (error) {
        // A failed start-up task must not leave the player on a frozen loading screen.
        console.error(`Start-up step "${step.label}" failed`, error);
      }
    }
    if (this.stopped) return;
    this.drawBar(1);
    await nextFrame();
    if (this.stopped) return;
    this.onReady();
    // Both scenes run side by side; each shows itself only on its own screens.
    this.scene.launch(SCENES.backdrop);
    this.scene.launch(SCENES.office);
    this.scene.stop();
  }
}
