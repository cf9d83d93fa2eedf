// Life on the street in front of the headquarters: customers passing by, walking in through the
// lobby door or coming out of it, and a car now and then; or, with reduced motion, a few people
// standing still at the door. Imports Phaser, the design width and the city's places.

import type * as Phaser from 'phaser';
import { DESIGN_WIDTH } from '../../stage/theme';
import { HQ } from '../art/city/headquarters';
import { CAR_SIZE } from '../art/city/street';
import { pseudoRandom } from '../art/pseudo-random';
import { TEXTURES, TEXTURE_SCALE } from '../keys';

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

/** The street's walkers and cars. */
export class StreetLife {
  private walkers: Walker[] = [];
  private cars: Car[] = [];
  private statics: Phaser.GameObjects.Image[] = [];
  private nextWalkerAt = 0;
  private nextCarAt = 0;
  /** One stream for the whole life of the scene: who comes next, from where, and when. */
  private readonly rand = pseudoRandom(2024);

  constructor(private readonly scene: Phaser.Scene) {}

  /** Takes everyone off the street. */
  clear(): void {
    for (const w of this.walkers) w.sprite.destroy();
    for (const c of this.cars) c.sprite.destroy();
    for (const s of this.statics) s.destroy();
    this.walkers = [];
    this.cars = [];
    this.statics = [];
  }

  /** A still frame that still tells the story: people at the door (reduced motion). */
  standStill(): void {
    const spots: readonly [number, number, string][] = [
      [930, PAVEMENT_Y[0], TEXTURES.walkerA],
      [1010, PAVEMENT_Y[1], TEXTURES.walkerB],
      [1100, PAVEMENT_Y[0], TEXTURES.walkerC],
      [820, PAVEMENT_Y[1], TEXTURES.walkerB],
    ];
    for (const [x, y, key] of spots) {
      this.statics.push(
        this.scene.add
          .image(x, y, key)
          .setOrigin(0.5, 1)
          .setScale(HALF * WALKER_SCALE)
          .setDepth(y),
      );
    }
  }

  /** Starts with a few people already on the street, so the first frame is not empty. */
  start(): void {
    for (let i = 0; i < 4; i += 1) this.spawnWalker(560 + i * 190);
    this.nextWalkerAt = 0;
    this.nextCarAt = 0;
  }

  /** Spawns and moves walkers and cars to scene time `time` (ms), `dt` seconds on. */
  update(time: number, dt: number): void {
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
    const sprite = this.scene.add
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
    const sprite = this.scene.add
      .image(rightwards ? 480 : DESIGN_WIDTH + CAR_SIZE.width, y, TEXTURES.car)
      .setOrigin(0.5, 1)
      .setFlipX(!rightwards)
      .setDepth(y);
    this.cars.push({ sprite, speed: rightwards ? 120 : -120 });
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
