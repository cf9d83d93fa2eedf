// The street in front of the headquarters: pavement and road with pools of light, and what stands
// or drives on it (trees, lamps, a car). Pure Canvas 2D: imports the palette, design width and
// helpers.

import { COLOURS, DESIGN_WIDTH } from '../../../stage/theme';
import { fillRound } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { HQ } from './headquarters';

/** Street lamps of the backdrop (x of each post). */
export const LAMP_XS = [700, 1200] as const;

/** Pavement, kerb and road, DESIGN_WIDTH × 100. */
export function paintStreet(ctx: Ctx): void {
  // Pavement, kerb and road with dashed markings.
  ctx.fillStyle = mix(COLOURS.wall, COLOURS.inkSoft, 0.45);
  ctx.fillRect(0, 0, DESIGN_WIDTH, 34);
  ctx.fillStyle = rgba(COLOURS.ink, 0.12);
  for (let x = 0; x < DESIGN_WIDTH; x += 40) ctx.fillRect(x, 0, 2, 34);
  // Pools of warm light from the lobby door and the lamps.
  const pools: readonly [number, number, number][] = [
    [HQ.doorX, 130, 0.4],
    ...LAMP_XS.map((x): [number, number, number] => [x, 70, 0.3]),
  ];
  for (const [x, r, a] of pools) {
    ctx.save();
    ctx.translate(x, 10);
    ctx.scale(1, 0.22);
    const pool = ctx.createRadialGradient(0, 0, 4, 0, 0, r);
    pool.addColorStop(0, rgba(COLOURS.yellow, a));
    pool.addColorStop(1, rgba(COLOURS.yellow, 0));
    ctx.fillStyle = pool;
    ctx.fillRect(-r, -r, 2 * r, 2 * r);
    ctx.restore();
  }
  ctx.fillStyle = mix(COLOURS.wall, COLOURS.paper, 0.2);
  ctx.fillRect(0, 34, DESIGN_WIDTH, 5);
  ctx.fillStyle = mix(COLOURS.ink, COLOURS.inkSoft, 0.35);
  ctx.fillRect(0, 39, DESIGN_WIDTH, 61);
  ctx.fillStyle = rgba(COLOURS.paper, 0.45);
  for (let x = 10; x < DESIGN_WIDTH; x += 64) fillRound(ctx, x, 68, 34, 4, 2, ctx.fillStyle);
}

/** A street tree, 60×110. */
export function paintTree(ctx: Ctx): void {
  fillRound(ctx, 27, 60, 6, 50, 2, mix(COLOURS.twin, COLOURS.ink, 0.55));
  const crown = mix(COLOURS.measured, COLOURS.ink, 0.45);
  const light = mix(COLOURS.measured, COLOURS.ink, 0.25);
  ctx.fillStyle = crown;
  ctx.beginPath();
  ctx.ellipse(30, 44, 26, 34, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = light;
  ctx.beginPath();
  ctx.ellipse(24, 36, 14, 20, -0.3, 0, Math.PI * 2);
  ctx.fill();
}

/** A street lamp with its glow, 28×118. */
export function paintLamp(ctx: Ctx): void {
  const glow = ctx.createRadialGradient(14, 14, 2, 14, 14, 14);
  glow.addColorStop(0, rgba(COLOURS.yellow, 0.9));
  glow.addColorStop(1, rgba(COLOURS.yellow, 0));
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, 28, 28);
  fillRound(ctx, 12.5, 14, 3, 104, 1.5, COLOURS.ink);
  fillRound(ctx, 7, 10, 14, 6, 3, COLOURS.ink);
  ctx.fillStyle = mix(COLOURS.yellow, COLOURS.paper, 0.4);
  ctx.beginPath();
  ctx.arc(14, 16, 3.5, 0, Math.PI * 2);
  ctx.fill();
}

/** Design size of the car that drives past the headquarters. */
export const CAR_SIZE = { width: 72, height: 30 } as const;

/** The car, in a CAR_SIZE box, facing right. */
export function paintCar(ctx: Ctx): void {
  const body = COLOURS.player;
  ctx.fillStyle = rgba(COLOURS.ink, 0.3);
  ctx.beginPath();
  ctx.ellipse(36, 27.5, 32, 2.5, 0, 0, Math.PI * 2);
  ctx.fill();
  // Cabin, then the body over it.
  ctx.fillStyle = mix(body, COLOURS.ink, 0.15);
  ctx.beginPath();
  ctx.moveTo(18, 13);
  ctx.quadraticCurveTo(24, 2, 36, 2);
  ctx.lineTo(46, 2);
  ctx.quadraticCurveTo(54, 3, 58, 13);
  ctx.closePath();
  ctx.fill();
  const glass = mix(COLOURS.sky, COLOURS.paper, 0.3);
  ctx.fillStyle = glass;
  ctx.beginPath();
  ctx.moveTo(23, 12.5);
  ctx.quadraticCurveTo(27, 5, 36, 5);
  ctx.lineTo(37, 12.5);
  ctx.closePath();
  ctx.moveTo(40, 12.5);
  ctx.lineTo(40, 5);
  ctx.lineTo(46, 5);
  ctx.quadraticCurveTo(51, 6, 54, 12.5);
  ctx.closePath();
  ctx.fill();
  fillRound(ctx, 4, 12, 64, 12, 5, body);
  // Headlight (front is on the right) and tail light.
  fillRound(ctx, 63, 14, 5, 4, 1.5, COLOURS.yellow);
  fillRound(ctx, 4, 14, 3, 4, 1.5, COLOURS.twin);
  for (const wx of [18, 54]) {
    ctx.fillStyle = COLOURS.ink;
    ctx.beginPath();
    ctx.arc(wx, 24, 5.5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = COLOURS.wall;
    ctx.beginPath();
    ctx.arc(wx, 24, 2.2, 0, Math.PI * 2);
    ctx.fill();
  }
}
