// The office floor as one picture: tiles, the corridor's runner and door mats, and every room's
// shell, painted once per layout. Pure Canvas 2D: imports the layout, palette and room painters.

import type { FloorLayout } from '../../../stage/floor-layout';
import { COLOURS } from '../../../stage/theme';
import { fillRound } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { DECOR_PAIRS } from './decor';
import { paintCeoShell, paintRoomShell, paintSpareShell } from './rooms';

/** Soft tints of the rooms' back walls, so neighbouring rooms read apart. */
const WALL_TINTS = [
  COLOURS.sky,
  COLOURS.measured,
  COLOURS.believed,
  COLOURS.amber,
  COLOURS.player,
  COLOURS.yellow,
  COLOURS.twin,
] as const;

/** Paints the floor of `layout` (its top-left corner at the origin) for the given text size. */
export function paintFloor(ctx: Ctx, layout: FloorLayout, textScale: number): void {
  const f = layout.floor;
  ctx.translate(-f.x, -f.y);
  ctx.fillStyle = COLOURS.floor;
  ctx.fillRect(f.x, f.y, f.width, f.height);
  // A quiet tile grid.
  ctx.fillStyle = rgba(COLOURS.wall, 0.28);
  for (let x = f.x + 32; x < f.x + f.width; x += 32) ctx.fillRect(x, f.y, 1, f.height);
  for (let y = f.y + 32; y < f.y + f.height; y += 32) ctx.fillRect(f.x, y, f.width, 1);
  // The corridor's runner, with door mats in front of each room.
  const c = layout.corridor;
  fillRound(
    ctx,
    c.x + 12,
    c.y + 12,
    c.width - 24,
    c.height - 24,
    8,
    mix(COLOURS.player, COLOURS.floor, 0.82),
  );
  ctx.setLineDash([6, 6]);
  ctx.strokeStyle = rgba(COLOURS.paper, 0.8);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(c.x + 24, c.y + c.height / 2);
  ctx.lineTo(c.x + c.width - 24, c.y + c.height / 2);
  ctx.stroke();
  ctx.setLineDash([]);
  for (const room of [...layout.rooms, layout.ceo, ...layout.spare]) {
    const mx = room.x + room.width / 2 - 22;
    const my = room.door === 'bottom' ? room.y + room.height + 2 : room.y - 8;
    fillRound(ctx, mx, my, 44, 6, 3, mix(COLOURS.inkSoft, COLOURS.floor, 0.55));
  }
  for (const spare of layout.spare) paintSpareShell(ctx, spare);
  layout.rooms.forEach((room, i) => {
    const tint = WALL_TINTS[i % WALL_TINTS.length] ?? COLOURS.sky;
    const decor = DECOR_PAIRS[i % DECOR_PAIRS.length] ?? ['window', 'clock'];
    paintRoomShell(ctx, room, tint, decor, textScale);
  });
  paintCeoShell(ctx, layout.ceo, textScale);
}
