// Turns a painter into a Phaser texture: a canvas at the texture scale, drawn in design pixels,
// added under a key; and the set of textures painted for one office layout, freed when it is no
// longer shown. The only art module that touches Phaser (its texture manager, by type).

import type * as Phaser from 'phaser';
import { TEXTURE_SCALE } from '../keys';
import type { Ctx } from './canvas';

/** What painting needs of Phaser's texture manager. */
export type TextureStore = Pick<Phaser.Textures.TextureManager, 'exists' | 'remove' | 'addImage'>;

/**
 * Paints a texture in code: a canvas of `width`×`height` design pixels at `scale`, drawn in
 * design units. Replaces a texture of the same key when `replace` is set (and it is unused).
 */
export function paintTexture(
  textures: TextureStore,
  key: string,
  width: number,
  height: number,
  paint: (ctx: Ctx) => void,
  options: { scale?: number; replace?: boolean } = {},
): string {
  const scale = options.scale ?? TEXTURE_SCALE;
  if (textures.exists(key)) {
    if (!options.replace) return key;
    textures.remove(key);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * scale));
  canvas.height = Math.max(1, Math.ceil(height * scale));
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.scale(scale, scale);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    paint(ctx);
  }
  // Added as a plain image source, not a CanvasTexture: that one copies every pixel back out of
  // the canvas with getImageData when it is made (the floor's sharp painting took hundreds of ms
  // on a slow laptop and kept a second copy of its pixels in memory). Nothing here edits a
  // texture after painting it; a new painting is a new texture.
  textures.addImage(key, canvas as unknown as HTMLImageElement);
  return key;
}

/**
 * The key of a texture's 1:1 painting, shown at rest; the plain key is the sharp painting the
 * camera needs when it zooms in. A 2:1 painting drawn at half size costs the Canvas renderer
 * about three times as much per frame as a 1:1 one, which on a slow laptop was most of a frame.
 */
export function restKey(key: string): string {
  return `${key}@1x`;
}

/** Paints a texture at both scales: sharp under `key`, 1:1 under `restKey(key)`. */
export function paintBothScales(
  textures: Phaser.Textures.TextureManager,
  key: string,
  width: number,
  height: number,
  paint: (ctx: Ctx) => void,
): string {
  paintTexture(textures, key, width, height, paint);
  paintTexture(textures, restKey(key), width, height, paint, { scale: 1 });
  return key;
}

/**
 * The textures painted for the office's layouts (the floor, desks, leaders' portraits): a new
 * layout each time the rooms, the stage's height or the text size change, and each time the
 * title's empty floor and a game's floor take turns. A texture is kept while the layout shown or
 * one of the two before it uses it (so the next game on the same scenario, after the title in
 * between, paints nothing again), and freed after that. Without this every floor ever laid out
 * stayed in memory (a sharp floor's canvas is 1792×1200 pixels, 8.6 MB), and every portrait of
 * every scenario played on the page.
 */
export class LayoutTextures {
  /** Each texture painted or reused, with the layout that last used it. */
  private readonly lastUsed = new Map<string, number>();
  private layout = 0;

  constructor(private readonly textures: TextureStore) {}

  /** Paints a texture (or reuses the one already painted) for the layout shown now. */
  paint(
    key: string,
    width: number,
    height: number,
    paint: (ctx: Ctx) => void,
    options: { scale?: number } = {},
  ): string {
    paintTexture(this.textures, key, width, height, paint, options);
    this.lastUsed.set(key, this.layout);
    return key;
  }

  /** Layouts kept before the one shown. */
  static readonly KEPT = 2;

  /**
   * A new layout is about to be painted (nothing shows the old one's textures any more): frees
   * the textures that none of the last `KEPT` layouts used.
   */
  nextLayout(): void {
    for (const [key, layout] of this.lastUsed) {
      if (layout > this.layout - LayoutTextures.KEPT) continue;
      this.lastUsed.delete(key);
      if (this.textures.exists(key)) this.textures.remove(key);
    }
    this.layout += 1;
  }

  /** The keys kept now (for tests). */
  keys(): string[] {
    return [...this.lastUsed.keys()];
  }
}
