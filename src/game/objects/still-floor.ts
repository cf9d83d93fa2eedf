// The floor under the veil of the results card, held as one picture while the card is up and
// nothing under the veil moves (no camera or fade still tweening). The Canvas renderer draws every
// room's parts each frame (a hundred images, texts and shapes under the veil); one picture of them
// leaves the frame's time to the card's walking figures, which is what keeps an old laptop at
// full frame rate. Only the corridor's staff stand still meanwhile, under the veil and the card.
// Imports Phaser, the texture keys and the depths.

import type * as Phaser from 'phaser';
import { TEXTURE_PREFIX } from '../keys';
import { OFFICE_DEPTH } from './depth';

const KEY = `${TEXTURE_PREFIX.still}floor`;

export class StillFloor {
  private texture: Phaser.Textures.DynamicTexture | null = null;
  private image: Phaser.GameObjects.Image | null = null;
  /** What the picture stands in for, hidden while it is shown. */
  private standIns: Phaser.GameObjects.GameObject[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  get held(): boolean {
    return this.standIns.length > 0;
  }

  /** Whether `object` is the picture itself (never drawn into itself). */
  isPicture(object: unknown): boolean {
    return object === this.image;
  }

  /**
   * Draws `objects` (visible, back to front, in world coordinates seen by a camera at rest) into
   * one picture of `width` × `height` and shows it in their place.
   */
  hold(objects: readonly Phaser.GameObjects.GameObject[], width: number, height: number): void {
    this.release();
    const shown = objects.filter((o) => (o as unknown as { visible: boolean }).visible);
    if (shown.length === 0) return;
    let texture = this.texture;
    if (!texture) {
      // The scene's earlier life may have left it (a texture outlives its scene).
      if (this.scene.textures.exists(KEY)) this.scene.textures.remove(KEY);
      texture = this.scene.textures.addDynamicTexture(KEY, width, height, false);
      if (!texture) return;
      this.texture = texture;
    } else if (texture.width !== width || texture.height !== height) {
      texture.setSize(width, height, false);
    }
    texture
      .clear()
      .draw([...shown])
      .render();
    this.image ??= this.scene.add.image(0, 0, KEY).setOrigin(0, 0);
    // Just under the veil: everything that was under it is in the picture.
    this.image.setDepth(OFFICE_DEPTH.veil - 1).setVisible(true);
    for (const object of shown) (object as unknown as Phaser.GameObjects.Image).setVisible(false);
    this.standIns = shown;
  }

  /** Shows the floor's own parts again (they may change now). */
  release(): void {
    if (!this.held) return;
    for (const object of this.standIns)
      if (object.active) (object as unknown as Phaser.GameObjects.Image).setVisible(true);
    this.standIns = [];
    this.image?.setVisible(false);
  }

  destroy(): void {
    this.release();
    this.image?.destroy();
    this.image = null;
    this.texture?.destroy();
    this.texture = null;
  }
}
