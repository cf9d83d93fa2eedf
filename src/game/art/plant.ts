// A potted plant, small for shelves and desks or tall for corners and the lobby; drawn into the
// rooms, the headquarters and its own textures. Pure Canvas 2D: imports the palette and helpers.

import { COLOURS } from '../../stage/theme';
import { fillRound } from './canvas';
import type { Ctx } from './canvas';
import { mix } from './colour';

/** A potted plant; `tall` gives a floor plant for corners. */
export function paintPlant(ctx: Ctx, x: number, y: number, scale: number, tall: boolean): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  const leaf = COLOURS.measured;
  const leafDark = mix(COLOURS.measured, COLOURS.ink, 0.35);
  const leafLight = mix(COLOURS.measured, COLOURS.paper, 0.25);
  const leaves: readonly [number, number, number, string][] = tall
    ? [
        [-9, -40, -0.5, leafDark],
        [8, -44, 0.45, leafDark],
        [-4, -50, -0.1, leaf],
        [-11, -28, -0.9, leaf],
        [11, -30, 0.9, leaf],
        [3, -36, 0.2, leafLight],
        [-5, -22, -0.4, leafLight],
      ]
    : [
        [-6, -18, -0.7, leafDark],
        [6, -19, 0.7, leafDark],
        [0, -22, 0, leaf],
        [-3, -14, -0.3, leafLight],
        [4, -14, 0.35, leafLight],
      ];
  const len = tall ? 15 : 9;
  for (const [lx, ly, angle, colour] of leaves) {
    ctx.save();
    ctx.translate(lx, ly);
    ctx.rotate(angle);
    ctx.beginPath();
    ctx.ellipse(0, 0, len * 0.38, len, 0, 0, Math.PI * 2);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.restore();
  }
  // The pot.
  const potW = tall ? 20 : 14;
  const potH = tall ? 16 : 11;
  ctx.beginPath();
  ctx.moveTo(-potW / 2, -potH);
  ctx.lineTo(potW / 2, -potH);
  ctx.lineTo(potW / 2 - 2.5, 0);
  ctx.lineTo(-potW / 2 + 2.5, 0);
  ctx.closePath();
  ctx.fillStyle = mix(COLOURS.twin, COLOURS.paper, 0.35);
  ctx.fill();
  fillRound(
    ctx,
    -potW / 2 - 1,
    -potH - 2,
    potW + 2,
    4,
    1.5,
    mix(COLOURS.twin, COLOURS.paper, 0.15),
  );
  ctx.restore();
}
