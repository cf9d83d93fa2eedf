// The desk in front of a leader, with a laptop and a mug (the paper stack is drawn live, from the
// load): a plain desk for a silo, a dark one with a name plate for the CEO. Pure Canvas 2D.

import { COLOURS } from '../../../stage/theme';
import { fillRound, pixelScale } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import type { RoomGeometry } from './room-geometry';

/** Desk textures are this tall (design pixels); the desk top sits 24 px down. */
export const DESK_HEIGHT = 64;

/** The desk and its props in front of a leader (the paper stack is drawn live, from the load). */
export function paintDesk(ctx: Ctx, g: RoomGeometry, executive: boolean): void {
  const top = 24;
  const dw = g.deskWidth;
  const x = (g.w - dw) / 2;
  const wood = executive
    ? mix(COLOURS.inkSoft, COLOURS.ink, 0.2)
    : mix(COLOURS.amber, COLOURS.paper, 0.55);
  const edge = executive
    ? mix(COLOURS.amber, COLOURS.paper, 0.2)
    : mix(COLOURS.amber, COLOURS.inkSoft, 0.35);
  // Laptop (seen from behind) on the right, a mug on the left.
  const lx = g.w / 2 + 8;
  ctx.fillStyle = mix(COLOURS.wall, COLOURS.inkSoft, 0.3);
  ctx.beginPath();
  ctx.moveTo(lx, top + 1);
  ctx.lineTo(lx + 4, top - 20);
  ctx.lineTo(lx + 40, top - 20);
  ctx.lineTo(lx + 44, top + 1);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = rgba(COLOURS.paper, 0.9);
  ctx.beginPath();
  ctx.arc(lx + 22, top - 10, 3, 0, Math.PI * 2);
  ctx.fill();
  const mugX = x + dw - 24;
  fillRound(ctx, mugX, top - 11, 10, 12, 2.5, executive ? COLOURS.amber : COLOURS.player);
  ctx.strokeStyle = executive ? COLOURS.amber : COLOURS.player;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(mugX + 11, top - 5, 3, -Math.PI / 2, Math.PI / 2);
  ctx.stroke();
  // The desk itself: top surface, front panel, soft shadow.
  ctx.save();
  ctx.shadowColor = rgba(COLOURS.ink, 0.18);
  ctx.shadowBlur = 6 * pixelScale(ctx);
  ctx.shadowOffsetY = 2 * pixelScale(ctx);
  fillRound(ctx, x, top + 4, dw, 30, 5, wood);
  ctx.restore();
  fillRound(ctx, x - 4, top - 1, dw + 8, 7, 3, edge);
  ctx.fillStyle = rgba(COLOURS.ink, 0.08);
  ctx.fillRect(x + dw * 0.5 - 1, top + 10, 2, 20);
  if (executive) {
    // A brass name plate on the CEO's desk.
    fillRound(ctx, g.w / 2 - 18, top + 12, 36, 10, 2, COLOURS.amber);
  } else {
    fillRound(ctx, x + dw * 0.25 - 8, top + 16, 16, 3, 1.5, rgba(COLOURS.ink, 0.15));
    fillRound(ctx, x + dw * 0.75 - 8, top + 16, 16, 3, 1.5, rgba(COLOURS.ink, 0.15));
  }
}
