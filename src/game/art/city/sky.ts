// The dusk sky over the city: gradient, stars and moon, two layers of skyline with lit windows,
// and the clouds that drift across it. Pure Canvas 2D: imports the palette, design size and helpers.

import { COLOURS, DESIGN_HEIGHT, DESIGN_WIDTH } from '../../../stage/theme';
import { fillRound } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { pseudoRandom } from '../pseudo-random';

const SKY_TOP = COLOURS.ink;
/** The sky's middle band (the far skyline is a shade of it). */
export const SKY_MID = mix(COLOURS.inkSoft, COLOURS.believed, 0.18);
const SKY_LOW = mix(COLOURS.amber, COLOURS.believed, 0.35);

/** The sky with its stars and moon, over the whole design stage. */
export function paintSky(ctx: Ctx): void {
  const g = ctx.createLinearGradient(0, 0, 0, 640);
  g.addColorStop(0, SKY_TOP);
  g.addColorStop(0.45, mix(SKY_TOP, SKY_MID, 0.8));
  g.addColorStop(0.78, mix(SKY_MID, SKY_LOW, 0.55));
  g.addColorStop(1, mix(SKY_LOW, COLOURS.paper, 0.25));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
  // Stars, thinning towards the horizon.
  const rand = pseudoRandom(7);
  for (let i = 0; i < 140; i += 1) {
    const x = rand() * DESIGN_WIDTH;
    const y = rand() * rand() * 360;
    ctx.fillStyle = rgba(COLOURS.paper, 0.25 + rand() * 0.5);
    ctx.beginPath();
    ctx.arc(x, y, 0.5 + rand() * 1.1, 0, Math.PI * 2);
    ctx.fill();
  }
  // A moon with a soft halo, top right (the DOM panels sit on the left).
  const halo = ctx.createRadialGradient(1150, 96, 10, 1150, 96, 110);
  halo.addColorStop(0, rgba(COLOURS.paper, 0.35));
  halo.addColorStop(1, rgba(COLOURS.paper, 0));
  ctx.fillStyle = halo;
  ctx.fillRect(1030, 0, 250, 220);
  ctx.fillStyle = mix(COLOURS.paper, COLOURS.yellow, 0.15);
  ctx.beginPath();
  ctx.arc(1150, 96, 26, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = rgba(COLOURS.wall, 0.35);
  ctx.beginPath();
  ctx.arc(1142, 90, 5, 0, Math.PI * 2);
  ctx.arc(1158, 104, 3.5, 0, Math.PI * 2);
  ctx.fill();
}

/** One layer of skyline: flat-roofed blocks with a few lit windows. */
export function paintSkyline(
  ctx: Ctx,
  seed: number,
  base: string,
  lit: number,
  top: number,
  bottom: number,
): void {
  const rand = pseudoRandom(seed);
  let x = -20;
  while (x < DESIGN_WIDTH + 20) {
    const w = 50 + rand() * 90;
    const h = top + rand() * (bottom - top - 60);
    const colour = mix(base, COLOURS.ink, rand() * 0.15);
    ctx.fillStyle = colour;
    ctx.fillRect(x, h, w, 720 - h);
    // Roof details: an antenna or a water tank now and then.
    if (rand() < 0.3) ctx.fillRect(x + w * 0.3, h - 14, 2, 14);
    if (rand() < 0.2) fillRound(ctx, x + w * 0.55, h - 9, 16, 9, 2, colour);
    for (let wy = h + 12; wy < 700; wy += 16) {
      for (let wx = x + 8; wx < x + w - 10; wx += 13) {
        if (rand() < lit) {
          ctx.fillStyle = rgba(mix(COLOURS.yellow, COLOURS.amber, rand()), 0.5 + rand() * 0.4);
          ctx.fillRect(wx, wy, 6, 8);
        }
      }
    }
    x += w + 4 + rand() * 10;
  }
}

/** A cloud lit from below, in a 120×46 box. */
export function paintCloud(ctx: Ctx): void {
  // Lit from below by the setting sun: cool on top, warm underneath.
  const g = ctx.createLinearGradient(0, 4, 0, 44);
  g.addColorStop(0, mix(COLOURS.inkSoft, COLOURS.believed, 0.35));
  g.addColorStop(1, mix(COLOURS.believed, COLOURS.amber, 0.45));
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.ellipse(60, 30, 52, 12, 0, 0, Math.PI * 2);
  ctx.ellipse(42, 22, 22, 15, 0, 0, Math.PI * 2);
  ctx.ellipse(70, 18, 26, 16, 0, 0, Math.PI * 2);
  ctx.ellipse(92, 26, 16, 10, 0, 0, Math.PI * 2);
  ctx.fill();
}
