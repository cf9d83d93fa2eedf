// The painted office floor under the rooms, as one image: painted twice per layout, 1:1 for the
// whole-floor view (the biggest image, and drawing it scaled down costs the Canvas renderer
// several ms a frame) and sharp for the zoomed view. Imports Phaser, the layout and the art.

import type * as Phaser from 'phaser';
import type { FloorLayout } from '../../stage/floor-layout';
import { paintFloor } from '../art/office/floor';
import type { LayoutTextures } from '../art/texture';
import { TEXTURE_PREFIX, TEXTURE_SCALE } from '../keys';
import { OFFICE_DEPTH } from './depth';

const HALF = 1 / TEXTURE_SCALE;

/** The floor image and its two paintings. */
export class FloorPicture {
  private image: Phaser.GameObjects.Image | null = null;
  private keys = { flat: '', sharp: '' };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly textures: LayoutTextures,
  ) {}

  /** Removes the floor image (its paintings stay with the layout's textures). */
  clear(): void {
    this.image?.destroy();
    this.image = null;
    this.keys = { flat: '', sharp: '' };
  }

  /** Paints (or reuses) the floor of `layout` for `rooms` silos and shows it at rest. */
  build(layout: FloorLayout, rooms: number, textScale: number): void {
    this.clear();
    const base = `${TEXTURE_PREFIX.floor}${rooms}-${layout.floor.height}-${textScale}`;
    const paint = (ctx: CanvasRenderingContext2D) => paintFloor(ctx, layout, textScale);
    const { width, height } = layout.floor;
    const textures = this.textures;
    this.keys = {
      flat: textures.paint(`${base}-1x`, width, height, paint, { scale: 1 }),
      sharp: textures.paint(`${base}-${TEXTURE_SCALE}x`, width, height, paint),
    };
    this.image = this.scene.add
      .image(layout.floor.x, layout.floor.y, this.keys.flat)
      .setOrigin(0, 0)
      .setDepth(OFFICE_DEPTH.floor);
  }

  /** Shows the sharp painting (zoomed in, or zooming) or the 1:1 one (at rest). */
  setSharp(sharp: boolean): void {
    const key = sharp ? this.keys.sharp : this.keys.flat;
    if (this.image && key) this.image.setTexture(key).setScale(sharp ? HALF : 1);
  }
}
