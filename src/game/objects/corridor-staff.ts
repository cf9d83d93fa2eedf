// Three members of staff pacing the corridor between the rooms, turning at its ends: life on the
// floor while the player thinks. Still when motion is reduced. Imports Phaser, the layout's types
// and the texture keys.

import type * as Phaser from 'phaser';
import type { FloorLayout } from '../../stage/floor-layout';
import { TEXTURES, TEXTURE_SCALE } from '../keys';
import { OFFICE_DEPTH } from './depth';

const HALF = 1 / TEXTURE_SCALE;

interface Pacer {
  readonly sprite: Phaser.GameObjects.Image;
  /** Design pixels a second; the sign is the direction. */
  speed: number;
  readonly min: number;
  readonly max: number;
  phase: number;
}

/** The staff in the corridor. */
export class CorridorStaff {
  private staff: Pacer[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  /** Puts the staff back at their starting places in the corridor of `layout` (none without). */
  reset(layout: FloorLayout | null): void {
    for (const s of this.staff) s.sprite.destroy();
    this.staff = [];
    if (!layout) return;
    const c = layout.corridor;
    const keys = [TEXTURES.walkerA, TEXTURES.walkerC, TEXTURES.walkerB];
    const starts = [0.2, 0.62, 0.85];
    keys.forEach((key, i) => {
      const x = c.x + c.width * (starts[i] ?? 0.5);
      const y = c.y + c.height / 2 + 14 + (i % 2) * 4;
      const sprite = this.scene.add
        .image(x, y, key)
        .setOrigin(0.5, 1)
        .setScale(HALF)
        .setDepth(OFFICE_DEPTH.walkers);
      this.staff.push({
        sprite,
        speed: (i % 2 === 0 ? 1 : -1) * (16 + i * 4),
        min: c.x + 40,
        max: c.x + c.width - 40,
        phase: i,
      });
    });
  }

  /** Walks everyone on by `dt` seconds. */
  step(dt: number): void {
    for (const s of this.staff) {
      s.sprite.x += s.speed * dt;
      if (s.sprite.x > s.max || s.sprite.x < s.min) {
        s.speed = -s.speed;
        s.sprite.x = Math.max(s.min, Math.min(s.max, s.sprite.x));
      }
      s.phase += dt * Math.abs(s.speed) * 0.4;
      s.sprite.setFlipX(s.speed < 0);
    }
  }
}
