// Canvas 2D helpers every painter shares: rounded fills, ellipses and the house style's soft
// shadow, in design pixels whatever the context's scale. Pure: imports only the palette, the
// colour maths and the texture scale (no Phaser).

import { COLOURS } from '../../stage/theme';
import { TEXTURE_SCALE } from '../keys';
import { rgba } from './colour';

/** The context every painter draws on. */
export type Ctx = CanvasRenderingContext2D;

/** Fills a rounded rectangle. */
export function fillRound(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string | CanvasGradient,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** Fills an axis-aligned ellipse centred on (x, y). */
export function fillEllipse(
  ctx: Ctx,
  x: number,
  y: number,
  rx: number,
  ry: number,
  fill: string,
): void {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** Device pixels per design pixel of a painting context (shadows are not scaled by transforms). */
export function pixelScale(ctx: Ctx): number {
  return typeof ctx.getTransform === 'function' ? ctx.getTransform().a : TEXTURE_SCALE;
}

/** A soft drop shadow under a rounded rectangle (the house style's "soft shadows"). */
export function softShadow(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  blur = 10,
  alpha = 0.18,
): void {
  ctx.save();
  ctx.shadowColor = rgba(COLOURS.ink, alpha);
  ctx.shadowBlur = blur * pixelScale(ctx);
  ctx.shadowOffsetY = (blur / 3) * pixelScale(ctx);
  fillRound(ctx, x, y, w, h, r, COLOURS.paper);
  ctx.restore();
}
