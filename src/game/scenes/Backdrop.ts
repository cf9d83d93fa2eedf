// The calm, animated city behind the menus (title, scenario, briefing, debrief, settings, how to
// play): the company's headquarters at dusk, lit windows, customers walking in and out. Draws only;
// reads the FloorFeed, never the store. Its art sits on the right, where the DOM panels leave room.
// The city is painted by the art library (src/game/art/city); this scene places and animates it,
// and the people and cars on the street are StreetLife's.

import * as Phaser from 'phaser';
import type { FloorFeed, FloorView } from '../../stage/floor-view';
import { COLOURS, DESIGN_HEIGHT, DESIGN_WIDTH, FONTS } from '../../stage/theme';
import { HQ } from '../art/city/headquarters';
import { LAMP_XS } from '../art/city/street';
import { pseudoRandom } from '../art/pseudo-random';
import { SCENES, TEXTURES } from '../keys';
import { StreetLife } from '../objects/street-life';
import { followFeed, presentScene } from '../scene-feed';
import { showsScreen } from '../screen-scenes';

/** The menu backdrop: headquarters at dusk, with gentle life when motion is allowed. */
export class Backdrop extends Phaser.Scene {
  private shown = false;
  private created = false;
  private motion = true;
  private sign!: Phaser.GameObjects.Text;
  private companyName = '';
  private clouds: Phaser.GameObjects.Image[] = [];
  private glows: Phaser.GameObjects.Image[] = [];
  private readonly street = new StreetLife(this);
  private sky!: Phaser.GameObjects.Image;
  /** The stage height the city is placed for. */
  private stageHeight = DESIGN_HEIGHT;

  constructor(private readonly feed: FloorFeed) {
    super(SCENES.backdrop);
  }

  create(): void {
    this.created = false;
    this.street.clear();
    this.glows = [];
    this.clouds = [];
    this.sky = this.add.image(0, 0, TEXTURES.sky).setOrigin(0, 0);
    this.stageHeight = DESIGN_HEIGHT;
    const cloudSpots: readonly [number, number, number][] = [
      [760, 150, 0.5],
      [1040, 250, 0.4],
      [420, 110, 0.35],
    ];
    for (const [x, y, alpha] of cloudSpots) {
      this.clouds.push(this.add.image(x, y, TEXTURES.cloud).setScale(1.4).setAlpha(alpha));
    }
    this.add.image(HQ.x, HQ.y, TEXTURES.headquarters).setOrigin(0, 0);
    this.sign = this.add
      .text(HQ.x + 44 + 121, HQ.y + 96, '', {
        fontFamily: FONTS.display,
        fontSize: '22px',
        fontStyle: '600',
        color: COLOURS.paper,
        // The backdrop never zooms, so its text is drawn 1:1.
        resolution: 1,
      })
      .setOrigin(0.5);
    this.placeWindowGlows();
    this.add.image(0, 620, TEXTURES.street).setOrigin(0, 0);
    for (const x of [640, 760, 1230]) {
      this.add.image(x, 632, TEXTURES.tree).setOrigin(0.5, 1);
    }
    for (const x of LAMP_XS) {
      this.add.image(x, 634, TEXTURES.lamp).setOrigin(0.5, 1);
    }

    followFeed(this, this.feed, (view) => this.applyView(view));
    // Sleeping inside create() is undone by Phaser, so the first show/hide waits for CREATE.
    this.events.once(Phaser.Scenes.Events.CREATE, () => {
      this.created = true;
      presentScene(this, this.shown, true);
    });
  }

  /** Lit windows of the headquarters that switch on and off now and then. */
  private placeWindowGlows(): void {
    const rand = pseudoRandom(99);
    for (let i = 0; i < 12; i += 1) {
      const col = Math.floor(rand() * 8);
      const row = Math.floor(rand() * 11);
      const glow = this.add
        .image(HQ.x + 40 + col * 32, HQ.y + 136 + row * 24, TEXTURES.windowGlow)
        .setOrigin(0, 0)
        .setAlpha(0);
      this.glows.push(glow);
    }
  }

  /**
   * On a taller stage (16:10) the street stays at the bottom: the camera looks higher and the sky
   * stretches up to fill what it sees.
   */
  private fitHeight(stageHeight: number): void {
    if (stageHeight === this.stageHeight) return;
    this.stageHeight = stageHeight;
    const extra = Math.max(0, stageHeight - DESIGN_HEIGHT);
    this.cameras.main.setScroll(0, -extra);
    this.sky.setY(-extra).setDisplaySize(DESIGN_WIDTH, DESIGN_HEIGHT + extra);
  }

  private applyView(view: FloorView): void {
    this.fitHeight(view.stageHeight);
    const shown = showsScreen(SCENES.backdrop, view.screen);
    const motion = !view.reducedMotion;
    const name = view.companyName.trim() || 'Power Core';
    if (name !== this.companyName) {
      this.companyName = name;
      this.fitSign(name);
    }
    if (motion !== this.motion || !this.created) {
      this.motion = motion;
      this.resetMotion();
    }
    if (shown !== this.shown) {
      this.shown = shown;
      if (this.created) presentScene(this, shown, !motion);
    }
  }

  /** The company's name on the sign band, shrunk (then shortened) until it fits. */
  private fitSign(name: string): void {
    const maxWidth = 226;
    let size = 22;
    this.sign.setFontSize(size).setText(name);
    while (this.sign.width > maxWidth && size > 15) {
      size -= 1;
      this.sign.setFontSize(size);
    }
    let text = name;
    while (this.sign.width > maxWidth && text.length > 4) {
      text = text.slice(0, -1);
      this.sign.setText(`${text.trimEnd()}…`);
    }
  }

  /** Starts the gentle animation, or (reduced motion) shows a still scene with a few people. */
  private resetMotion(): void {
    this.street.clear();
    this.tweens.killTweensOf(this.glows);
    const rand = pseudoRandom(5);
    if (!this.motion) {
      // A still frame that still tells the story: people at the door, a few lights on.
      this.street.standStill();
      this.glows.forEach((g, i) => g.setAlpha(i % 3 === 0 ? 0.9 : 0));
      return;
    }
    this.glows.forEach((glow) => {
      glow.setAlpha(0);
      this.tweens.add({
        targets: glow,
        alpha: 0.95,
        duration: 900,
        delay: 500 + rand() * 9000,
        hold: 3000 + rand() * 7000,
        repeatDelay: 2000 + rand() * 9000,
        yoyo: true,
        repeat: -1,
      });
    });
    this.street.start();
  }

  override update(time: number, delta: number): void {
    if (!this.motion) return;
    const dt = Math.min(delta, 50) / 1000;
    // Clouds drift left and wrap around.
    for (const cloud of this.clouds) {
      cloud.x -= 5 * dt;
      if (cloud.x < -100) cloud.x = DESIGN_WIDTH + 100;
    }
    this.street.update(time, dt);
  }
}
