// The painted shells of the floor's rooms: a silo room (tinted wall, decor), the CEO's office
// (wood panelling, a window onto the city) and the coffee corner for slots no silo fills. The live
// parts (portrait, desk, labels, gauges) are game objects on top. Pure Canvas 2D.

import type { RoomRect } from '../../../stage/floor-layout';
import { COLOURS } from '../../../stage/theme';
import { fillRound, softShadow } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { paintPlant } from '../plant';
import { pseudoRandom } from '../pseudo-random';
import { paintDecor } from './decor';
import type { Decor } from './decor';
import { roomGeometry } from './room-geometry';

/**
 * Starts painting a room: its soft shadow, then its rounded card filled and clipped. The caller
 * paints inside and restores the context when done.
 */
function openRoom(ctx: Ctx, rect: RoomRect, blur: number, alpha: number, fill: string): void {
  const { x, y, width: w, height: h } = rect;
  softShadow(ctx, x, y, w, h, 14, blur, alpha);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.clip();
  ctx.fillStyle = fill;
  ctx.fillRect(x, y, w, h);
}

/** The walls, back wall and decor of a silo room (the live parts are game objects on top). */
export function paintRoomShell(
  ctx: Ctx,
  rect: RoomRect,
  tint: string,
  decor: readonly [Decor, Decor],
  textScale: number,
): void {
  const g = roomGeometry(rect, false, textScale);
  const { x, y, width: w, height: h } = rect;
  openRoom(ctx, rect, 10, 0.16, COLOURS.paper);
  // Back wall with a skirting board, then the info panel's floor.
  const wall = ctx.createLinearGradient(0, y, 0, y + g.wallH);
  wall.addColorStop(0, mix(tint, COLOURS.paper, 0.82));
  wall.addColorStop(1, mix(tint, COLOURS.paper, 0.9));
  ctx.fillStyle = wall;
  ctx.fillRect(x, y, w, g.wallH);
  ctx.fillStyle = mix(tint, COLOURS.inkSoft, 0.55);
  ctx.globalAlpha = 0.35;
  ctx.fillRect(x, y + g.wallH - 4, w, 4);
  ctx.globalAlpha = 1;
  ctx.restore();
  // Decor either side of the leader.
  const side = (w - g.portrait) / 2 - 18;
  const top = y + 24;
  if (side >= 26) {
    paintDecor(ctx, decor[0], x + 12, top, side, tint);
    paintDecor(ctx, decor[1], x + w - 12 - side, top, side, tint);
  }
  ctx.strokeStyle = COLOURS.line;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 13.5);
  ctx.stroke();
}

/** The CEO's corner office: panelling and a panoramic window onto the city at dusk. */
export function paintCeoShell(ctx: Ctx, rect: RoomRect, textScale: number): void {
  const g = roomGeometry(rect, true, textScale);
  const { x, y, width: w, height: h } = rect;
  openRoom(ctx, rect, 10, 0.2, COLOURS.paper);
  // Warm wood panelling and a panoramic window onto the city at dusk behind the CEO.
  ctx.fillStyle = mix(COLOURS.amber, COLOURS.paper, 0.72);
  ctx.fillRect(x, y, w, g.wallH);
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.08);
  for (let px = x + 12; px < x + w; px += 24) ctx.fillRect(px, y, 2, g.wallH);
  const wx = x + 14;
  const wy = y + 18;
  const ww = w - 28;
  const wh = g.deskTop - 22;
  const sky = ctx.createLinearGradient(0, wy, 0, wy + wh);
  sky.addColorStop(0, COLOURS.ink);
  sky.addColorStop(0.6, mix(COLOURS.inkSoft, COLOURS.believed, 0.25));
  sky.addColorStop(1, mix(COLOURS.amber, COLOURS.believed, 0.35));
  fillRound(ctx, wx - 3, wy - 3, ww + 6, wh + 6, 6, mix(COLOURS.amber, COLOURS.inkSoft, 0.5));
  fillRound(ctx, wx, wy, ww, wh, 4, sky);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(wx, wy, ww, wh, 4);
  ctx.clip();
  const rand = pseudoRandom(31);
  let bx = wx - 4;
  while (bx < wx + ww) {
    const bw = 10 + rand() * 16;
    const bh = 14 + rand() * (wh * 0.55);
    ctx.fillStyle = mix(COLOURS.ink, COLOURS.inkSoft, rand() * 0.5);
    ctx.fillRect(bx, wy + wh - bh, bw, bh);
    for (let ly = wy + wh - bh + 4; ly < wy + wh - 3; ly += 6) {
      for (let lx = bx + 2; lx < bx + bw - 2; lx += 5) {
        if (rand() < 0.3) {
          ctx.fillStyle = rgba(COLOURS.yellow, 0.8);
          ctx.fillRect(lx, ly, 2, 3);
        }
      }
    }
    bx += bw + 2;
  }
  ctx.fillStyle = rgba(COLOURS.paper, 0.9);
  for (let i = 0; i < 8; i += 1) {
    ctx.beginPath();
    ctx.arc(wx + rand() * ww, wy + rand() * wh * 0.35, 0.9, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
  ctx.fillStyle = mix(COLOURS.amber, COLOURS.inkSoft, 0.5);
  ctx.fillRect(wx + ww / 3, wy, 3, wh);
  ctx.fillRect(wx + (2 * ww) / 3, wy, 3, wh);
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.35);
  ctx.fillRect(x, y + g.wallH - 4, w, 4);
  ctx.restore();
  ctx.strokeStyle = mix(COLOURS.amber, COLOURS.line, 0.4);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.roundRect(x + 1, y + 1, w - 2, h - 2, 13);
  ctx.stroke();
}

/** A shared space for a slot the silos don't fill: a coffee corner with a sofa. */
export function paintSpareShell(ctx: Ctx, rect: RoomRect): void {
  const { x, y, width: w, height: h } = rect;
  const wallH = Math.round(h * 0.56);
  openRoom(ctx, rect, 8, 0.12, mix(COLOURS.floor, COLOURS.paper, 0.5));
  ctx.fillStyle = mix(COLOURS.measured, COLOURS.paper, 0.85);
  ctx.fillRect(x, y, w, wallH);
  // Counter with a coffee machine and mugs.
  const cy = y + wallH - 38;
  fillRound(ctx, x + 14, cy, w - 28, 38, 4, mix(COLOURS.wall, COLOURS.paper, 0.3));
  fillRound(ctx, x + 10, cy - 4, w - 20, 7, 3, mix(COLOURS.amber, COLOURS.inkSoft, 0.45));
  fillRound(ctx, x + 24, cy - 40, 30, 36, 4, COLOURS.inkSoft);
  fillRound(ctx, x + 29, cy - 34, 20, 10, 2, mix(COLOURS.sky, COLOURS.paper, 0.4));
  fillRound(ctx, x + 34, cy - 18, 10, 10, 2, COLOURS.ink);
  ctx.fillStyle = COLOURS.good;
  ctx.beginPath();
  ctx.arc(x + 48, cy - 13, 1.8, 0, Math.PI * 2);
  ctx.fill();
  for (const [mx, colour] of [
    [62, COLOURS.player],
    [74, COLOURS.amber],
    [86, COLOURS.believed],
  ] as const) {
    fillRound(ctx, x + mx, cy - 12, 9, 10, 2, colour);
  }
  // Shelf with jars, and a poster.
  fillRound(ctx, x + 14, y + 34, w * 0.45, 4, 2, mix(COLOURS.amber, COLOURS.inkSoft, 0.55));
  for (let i = 0; i < 4; i += 1) {
    fillRound(
      ctx,
      x + 20 + i * 14,
      y + 20,
      10,
      14,
      3,
      mix(COLOURS.sky, COLOURS.paper, 0.3 + i * 0.12),
    );
  }
  const px = x + w - 62;
  fillRound(ctx, px, y + 18, 44, 56, 3, COLOURS.paper);
  fillRound(ctx, px + 4, y + 22, 36, 48, 2, mix(COLOURS.believed, COLOURS.paper, 0.45));
  ctx.fillStyle = COLOURS.paper;
  ctx.beginPath();
  ctx.arc(px + 22, y + 42, 9, 0, Math.PI * 2);
  ctx.fill();
  // A sofa and a round rug on the floor.
  ctx.fillStyle = mix(COLOURS.sky, COLOURS.paper, 0.55);
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + h - 52, w * 0.34, 22, 0, 0, Math.PI * 2);
  ctx.fill();
  const sofa = mix(COLOURS.player, COLOURS.paper, 0.25);
  fillRound(ctx, x + w / 2 - 56, y + h - 96, 112, 30, 10, sofa);
  fillRound(ctx, x + w / 2 - 62, y + h - 80, 124, 24, 8, mix(sofa, COLOURS.ink, 0.12));
  fillRound(ctx, x + w / 2 - 48, y + h - 88, 44, 14, 6, mix(sofa, COLOURS.paper, 0.25));
  fillRound(ctx, x + w / 2 + 4, y + h - 88, 44, 14, 6, mix(sofa, COLOURS.paper, 0.25));
  ctx.restore();
  paintPlant(ctx, x + w - 26, y + h - 44, 0.85, true);
  ctx.strokeStyle = COLOURS.line;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 13.5);
  ctx.stroke();
}
