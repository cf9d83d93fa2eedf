// Procedurally drawn leader portraits (flat, friendly busts) on a Canvas 2D context, for the Phaser
// floor (as textures) and for DOM panels (main.ts hands portraitCanvas to them). Imports only the
// palette, the mood list and types: no Phaser, and it never queries the document (it only creates
// a canvas when asked for one).

import type { Mood, PortraitParams } from '../../../stage/floor-view';
import { MOODS } from '../../../stage/mood';
import { drawBody } from './body';
import { drawFace } from './face';
import { drawBackHair, drawFrontHair } from './hair';
import { lookOf } from './look';

/**
 * Draws a leader's bust into a `size`×`size` square at the context's current origin, on a
 * transparent background: shoulders touch the bottom edge, so a desk can be drawn over them.
 * `params` are the scenario's small integers (0..7 each); anything out of range wraps.
 */
export function drawPortrait(
  ctx: CanvasRenderingContext2D,
  params: PortraitParams,
  mood: Mood,
  size: number,
): void {
  const look = lookOf(params);
  const safeMood: Mood = MOODS.includes(mood) ? mood : 'neutral';
  const scale = Number.isFinite(size) && size > 0 ? size / 100 : 1;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineJoin = 'round';
  drawBackHair(ctx, look);
  drawBody(ctx, look);
  drawFace(ctx, look, safeMood);
  drawFrontHair(ctx, look);
  ctx.restore();
}

/**
 * A new `size`×`size` canvas holding the portrait, for DOM panels. Where the canvas has no 2D
 * context (jsdom), the blank canvas is returned.
 */
export function portraitCanvas(
  params: PortraitParams,
  mood: Mood,
  size: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const side = Number.isFinite(size) && size > 0 ? Math.max(1, Math.round(size)) : 1;
  canvas.width = side;
  canvas.height = side;
  const ctx = context2d(canvas);
  if (ctx) drawPortrait(ctx, params, mood, side);
  return canvas;
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    // Some test DOMs throw "not implemented" instead of returning null.
    return null;
  }
}
