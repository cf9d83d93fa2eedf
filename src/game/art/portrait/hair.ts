// A portrait's hair, in two layers: what falls behind the head and shoulders, and the cap and
// fringe in front. Eight styles (the scenario's `hairStyle` 0..7). Pure Canvas 2D; no Phaser.

import { fillEllipse } from '../canvas';
import type { Ctx } from '../canvas';
import type { Look } from './look';

/** Hair that sits behind the head and shoulders (long styles, bun, curls). */
export function drawBackHair(ctx: Ctx, look: Look): void {
  ctx.fillStyle = look.hair;
  switch (look.style) {
    case 2: // long straight
      ctx.beginPath();
      ctx.moveTo(28, 36);
      ctx.quadraticCurveTo(27, 20, 50, 16);
      ctx.quadraticCurveTo(73, 20, 72, 36);
      ctx.lineTo(75, 78);
      ctx.quadraticCurveTo(50, 84, 25, 78);
      ctx.closePath();
      ctx.fill();
      break;
    case 3: // bob
      ctx.beginPath();
      ctx.moveTo(27, 40);
      ctx.quadraticCurveTo(25, 15, 50, 15);
      ctx.quadraticCurveTo(75, 15, 73, 40);
      ctx.quadraticCurveTo(75, 62, 70, 64);
      ctx.lineTo(30, 64);
      ctx.quadraticCurveTo(25, 62, 27, 40);
      ctx.fill();
      break;
    case 4: // bun on top
      fillEllipse(ctx, 50, 14, 9, 8, look.hair);
      fillEllipse(ctx, 48, 12, 3.5, 2.5, look.hairShade);
      break;
    case 5: {
      // curls: a puff of overlapping circles
      const puffs: readonly [number, number, number][] = [
        [50, 22, 17],
        [35, 28, 12],
        [65, 28, 12],
        [30, 40, 10],
        [70, 40, 10],
        [40, 18, 11],
        [60, 18, 11],
        [32, 51, 7],
        [68, 51, 7],
      ];
      for (const [px, py, r] of puffs) fillEllipse(ctx, px, py, r, r, look.hair);
      break;
    }
    case 7: // ponytail over one shoulder
      ctx.beginPath();
      ctx.moveTo(66, 30);
      ctx.quadraticCurveTo(84, 42, 76, 70);
      ctx.quadraticCurveTo(72, 80, 66, 76);
      ctx.quadraticCurveTo(72, 56, 62, 38);
      ctx.closePath();
      ctx.fill();
      break;
    default:
      break;
  }
}

/** Hair on top of the head: the cap and fringe that give each style its silhouette. */
export function drawFrontHair(ctx: Ctx, look: Look): void {
  ctx.fillStyle = look.hair;
  ctx.beginPath();
  switch (look.style) {
    case 0: // short crop
      ctx.moveTo(30, 40);
      ctx.quadraticCurveTo(28, 17, 50, 17);
      ctx.quadraticCurveTo(72, 17, 70, 40);
      ctx.quadraticCurveTo(67, 29, 58, 27);
      ctx.quadraticCurveTo(46, 30, 34, 28);
      ctx.quadraticCurveTo(31, 32, 30, 40);
      break;
    case 1: // side part with a swoop
      ctx.moveTo(30, 42);
      ctx.quadraticCurveTo(27, 16, 52, 16);
      ctx.quadraticCurveTo(73, 17, 70, 42);
      ctx.quadraticCurveTo(68, 30, 62, 27);
      ctx.quadraticCurveTo(50, 33, 38, 30);
      ctx.quadraticCurveTo(32, 33, 30, 42);
      break;
    case 2: // long straight, middle part
      ctx.moveTo(31, 46);
      ctx.quadraticCurveTo(28, 18, 50, 18);
      ctx.quadraticCurveTo(72, 18, 69, 46);
      ctx.quadraticCurveTo(66, 30, 51, 25);
      ctx.lineTo(49, 25);
      ctx.quadraticCurveTo(34, 30, 31, 46);
      break;
    case 3: // bob with a straight fringe
      ctx.moveTo(30, 44);
      ctx.quadraticCurveTo(28, 18, 50, 18);
      ctx.quadraticCurveTo(72, 18, 70, 44);
      ctx.lineTo(67, 33);
      ctx.lineTo(33, 33);
      ctx.closePath();
      break;
    case 4: // swept back into the bun
      ctx.moveTo(30, 40);
      ctx.quadraticCurveTo(28, 18, 50, 18);
      ctx.quadraticCurveTo(72, 18, 70, 40);
      ctx.quadraticCurveTo(62, 26, 50, 26);
      ctx.quadraticCurveTo(38, 26, 30, 40);
      break;
    case 5: // curls: the puff is behind; a few curls frame the forehead
      ctx.moveTo(32, 36);
      ctx.quadraticCurveTo(34, 22, 50, 22);
      ctx.quadraticCurveTo(66, 22, 68, 36);
      ctx.quadraticCurveTo(60, 29, 50, 30);
      ctx.quadraticCurveTo(40, 29, 32, 36);
      break;
    case 6: // close buzz (with a beard, drawn with the face)
      ctx.moveTo(31, 36);
      ctx.quadraticCurveTo(31, 19, 50, 19);
      ctx.quadraticCurveTo(69, 19, 69, 36);
      ctx.quadraticCurveTo(60, 27, 50, 27);
      ctx.quadraticCurveTo(40, 27, 31, 36);
      break;
    default: // 7: long side-swept into the ponytail
      ctx.moveTo(30, 42);
      ctx.quadraticCurveTo(28, 17, 50, 17);
      ctx.quadraticCurveTo(72, 18, 70, 38);
      ctx.quadraticCurveTo(58, 24, 40, 31);
      ctx.quadraticCurveTo(33, 34, 30, 42);
      break;
  }
  ctx.closePath();
  ctx.fill();
  // A soft sheen keeps the hair from reading as a flat blob.
  ctx.strokeStyle = look.hairShade;
  ctx.lineWidth = 1.6;
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(41, 22);
  ctx.quadraticCurveTo(50, 19.5, 58, 22);
  ctx.stroke();
}
