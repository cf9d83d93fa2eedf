// The calm, animated city behind the menus (title, scenario, briefing, debrief, settings, how to
// play): the company's headquarters at dusk, lit windows, customers walking in and out. Draws only;
// reads the FloorFeed, never the store. Its art sits on the right, where the DOM panels leave room.
// The city is painted by the art library (src/game/art/city); this scene places and animates it.

import * as Phaser from 'phaser';
import type { FloorFeed, FloorView } from '../../stage/floor-view';
import { COLOURS, DESIGN_HEIGHT, DESIGN_WIDTH, FONTS } from '../../stage/theme';
import { HQ } from '../art/city/headquarters';
import { CAR_SIZE, LAMP_XS } from '../art/city/street';
import { pseudoRandom } from '../art/pseudo-random';
import { SCENES, TEXTURES, TEXTURE_SCALE } from '../keys';
import { followFeed, presentScene } from '../scene-feed';
import { showsScreen } from '../screen-scenes';

const HALF = 1 / TEXTURE_SCALE;
/** Where feet land on the pavement (two rows, so people can pass each other). */
const PAVEMENT_Y = [641, 651] as const;
const ROAD_Y = [688, 710] as const;
const MAX_WALKERS = 9;
/** People on the street, relative to their design size (about the height of the lobby door). */
const WALKER_SCALE = 1.4;
const WALKER_KEYS = [TEXTURES.walkerA, TEXTURES.walkerB, TEXTURES.walkerC] as const;

interface Walker {
  sprite: Phaser.GameObjects.Image;
  speed: number;
  targetX: number;
  /** `enter` fades out at the door; `exit` fades in there first. */
  mode: 'pass' | 'enter' | 'exit';
  phase: number;
  baseY: number;
  startX: number;
}

interface Car {
  sprite: Phaser.GameObjects.Image;
  speed: number;
}

/** The menu backdrop: headquarters at dusk, with gentle life when motion is allowed. */
export class Backdrop extends Phaser.Scene {
  private shown = false;
  private created = false;
  private motion = true;
  private sign!: Phaser.GameObjects.Text;
  private companyName = '';
  private clouds: Phaser.GameObjects.Image[] = [];
  private glows: Phaser.GameObjects.Image[] = [];
  private walkers: Walker[] = [];
  private cars: Car[] = [];
  private statics: Phaser.GameObjects.Image[] = [];
  private nextWalkerAt = 0;
  private nextCarAt = 0;
  private rand = pseudoRandom(2024);
  private sky!: Phaser.GameObjects.Image;
  /** The stage height the city is placed for. */
  private stageHeight = DESIGN_HEIGHT;

  constructor(private readonly feed: FloorFeed) {
    super(SCENES.backdrop);
  }

  create(): void {
    this.created = false;
    this.walkers = [];
    this.cars = [];
    this.statics = [];
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
    for (const w of this.walkers) w.sprite.destroy();
    for (const c of this.cars) c.sprite.destroy();
    for (const s of this.statics) s.destroy();
    this.walkers = [];
    this.cars = [];
    this.statics = [];
    this.tweens.killTweensOf(this.glows);
    const rand = pseudoRandom(5);
    if (!this.motion) {
      // A still frame that still tells the story: people at the door, a few lights on.
      const spots: readonly [number, number, string][] = [
        [930, PAVEMENT_Y[0], TEXTURES.walkerA],
        [1010, PAVEMENT_Y[1], TEXTURES.walkerB],
        [1100, PAVEMENT_Y[0], TEXTURES.walkerC],
        [820, PAVEMENT_Y[1], TEXTURES.walkerB],
      ];
      for (const [x, y, key] of spots) {
        this.statics.push(
          this.add
            .image(x, y, key)
            .setOrigin(0.5, 1)
            .setScale(HALF * WALKER_SCALE)
            .setDepth(y),
        );
      }
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
    // Start with a few people already on the street, so the first frame is not empty.
    for (let i = 0; i < 4; i += 1) this.spawnWalker(560 + i * 190);
    this.nextWalkerAt = 0;
    this.nextCarAt = 0;
  }

  private spawnWalker(atX?: number): void {
    if (this.walkers.length >= MAX_WALKERS) return;
    const rand = this.rand;
    const key = WALKER_KEYS[Math.floor(rand() * WALKER_KEYS.length)] ?? TEXTURES.walkerA;
    const baseY = PAVEMENT_Y[rand() < 0.5 ? 0 : 1];
    const roll = rand();
    const fromLeft = rand() < 0.5;
    const edge = fromLeft ? 520 : DESIGN_WIDTH + 20;
    const otherEdge = fromLeft ? DESIGN_WIDTH + 20 : 520;
    let mode: Walker['mode'] = 'pass';
    let startX = atX ?? edge;
    let targetX = otherEdge;
    if (atX === undefined && roll < 0.38) {
      mode = 'enter';
      targetX = HQ.doorX + (rand() - 0.5) * 16;
    } else if (atX === undefined && roll < 0.7) {
      mode = 'exit';
      startX = HQ.doorX + (rand() - 0.5) * 16;
    } else if (atX !== undefined) {
      targetX = fromLeft ? DESIGN_WIDTH + 20 : 520;
    }
    const sprite = this.add
      .image(startX, baseY, key)
      .setOrigin(0.5, 1)
      .setScale(HALF * WALKER_SCALE)
      .setDepth(baseY)
      .setAlpha(0);
    this.walkers.push({
      sprite,
      speed: 26 + rand() * 14,
      targetX,
      mode,
      phase: rand() * 6,
      baseY,
      startX,
    });
  }

  private spawnCar(): void {
    if (this.cars.length >= 2) return;
    const rightwards = this.rand() < 0.5;
    const y = rightwards ? ROAD_Y[0] : ROAD_Y[1];
    const sprite = this.add
      .image(rightwards ? 480 : DESIGN_WIDTH + CAR_SIZE.width, y, TEXTURES.car)
      .setOrigin(0.5, 1)
      .setFlipX(!rightwards)
      .setDepth(y);
    this.cars.push({ sprite, speed: rightwards ? 120 : -120 });
  }

  override update(time: number, delta: number): void {
    if (!this.motion) return;
    const dt = Math.min(delta, 50) / 1000;
    // Clouds drift left and wrap around.
    for (const cloud of this.clouds) {
      cloud.x -= 5 * dt;
      if (cloud.x < -100) cloud.x = DESIGN_WIDTH + 100;
    }
    if (time >= this.nextWalkerAt) {
      this.spawnWalker();
      this.nextWalkerAt = time + 1600 + this.rand() * 2200;
    }
    if (time >= this.nextCarAt) {
      if (this.nextCarAt > 0) this.spawnCar();
      this.nextCarAt = time + 5000 + this.rand() * 6000;
    }
    this.walkers = this.walkers.filter((w) => this.stepWalker(w, dt));
    this.cars = this.cars.filter((car) => {
      car.sprite.x += car.speed * dt;
      const gone =
        car.speed > 0 ? car.sprite.x > DESIGN_WIDTH + CAR_SIZE.width : car.sprite.x < 440;
      // Cars appear from under the left panels' edge: fade them at the left end of the road.
      car.sprite.setAlpha(Math.max(0, Math.min(1, (car.sprite.x - 480) / 60)));
      if (gone) car.sprite.destroy();
      return !gone;
    });
  }

  /** Moves one walker; returns false once it has left (and been destroyed). */
  private stepWalker(w: Walker, dt: number): boolean {
    const s = w.sprite;
    const dir = Math.sign(w.targetX - s.x);
    s.x += dir * w.speed * dt;
    w.phase += dt * w.speed * 0.42;
    s.y = w.baseY - Math.abs(Math.sin(w.phase)) * 1.6;
    s.setFlipX(dir < 0);
    // Fade at the art's left edge (behind the panels) and through the headquarters' door.
    const clamp = (v: number) => Math.max(0, Math.min(1, v));
    let fade = clamp((s.x - 520) / 50);
    if (w.mode === 'enter') fade *= clamp(Math.abs(w.targetX - s.x) / 24);
    if (w.mode === 'exit') fade *= clamp(Math.abs(s.x - w.startX) / 24);
    s.setAlpha(fade);
    const arrived = dir === 0 || Math.sign(w.targetX - s.x) !== dir;
    if (arrived || s.x < 500 || s.x > DESIGN_WIDTH + 40) {
      s.destroy();
      return false;
    }
    return true;
  }
}
