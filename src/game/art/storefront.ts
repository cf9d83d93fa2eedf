// A customer segment's shop in the resolution animation: striped awning in the player's colour,
// windows and a glass door. Pure Canvas 2D: imports the palette and helpers.

import { COLOURS } from '../../stage/theme';
import { fillRound, softShadow } from './canvas';
import type { Ctx } from './canvas';
import { mix, rgba } from './colour';

/** Design size of a segment's storefront in the resolution animation. */
export const STOREFRONT_SIZE = { width: 150, height: 86 } as const;

export function paintStorefront(ctx: Ctx): void {
  const { width: w, height: h } = STOREFRONT_SIZE;
  softShadow(ctx, 4, 10, w - 8, h - 12, 6, 6, 0.2);
  fillRound(ctx, 4, 10, w - 8, h - 12, 6, COLOURS.paper);
  // Striped awning in the player's colour.
  const stripes = 7;
  const sw = (w - 4) / stripes;
  for (let i = 0; i < stripes; i += 1) {
    ctx.fillStyle = i % 2 === 0 ? COLOURS.player : COLOURS.paper;
    ctx.beginPath();
    ctx.moveTo(2 + i * sw, 8);
    ctx.lineTo(2 + (i + 1) * sw, 8);
    ctx.lineTo(2 + (i + 1) * sw, 24);
    ctx.arc(2 + (i + 0.5) * sw, 24, sw / 2, 0, Math.PI);
    ctx.closePath();
    ctx.fill();
  }
  fillRound(ctx, 0, 2, w, 8, 3, mix(COLOURS.player, COLOURS.ink, 0.3));
  // Windows either side of a glass door.
  const glass = mix(COLOURS.sky, COLOURS.paper, 0.45);
  fillRound(ctx, 14, 38, 36, 30, 3, glass);
  fillRound(ctx, w - 50, 38, 36, 30, 3, glass);
  fillRound(ctx, w / 2 - 15, 36, 30, h - 38, 3, mix(COLOURS.sky, COLOURS.player, 0.35));
  ctx.strokeStyle = rgba(COLOURS.paper, 0.7);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(20, 62);
  ctx.lineTo(30, 44);
  ctx.moveTo(w - 44, 62);
  ctx.lineTo(w - 34, 44);
  ctx.stroke();
  fillRound(ctx, w / 2 + 7, 52, 3, 10, 1.5, COLOURS.paper);
  fillRound(ctx, 0, h - 4, w, 4, 2, COLOURS.wall);
}
