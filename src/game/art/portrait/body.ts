// A portrait's neck, shoulders and clothes (jacket and shirt, jumper, or blouse), in the leader's
// accent colour. Pure Canvas 2D; no Phaser.

import { COLOURS } from '../../../stage/theme';
import type { Ctx } from '../canvas';
import type { Look } from './look';

/** The neck and the bust under the face, dressed as the look says. */
export function drawBody(ctx: Ctx, look: Look): void {
  // Neck, with a shadow under the chin.
  ctx.fillStyle = look.skin;
  ctx.fillRect(43, 58, 14, 20);
  ctx.fillStyle = look.skinShade;
  ctx.beginPath();
  ctx.moveTo(43, 60);
  ctx.quadraticCurveTo(50, 68, 57, 60);
  ctx.lineTo(57, 64);
  ctx.quadraticCurveTo(50, 70, 43, 64);
  ctx.fill();

  // Shoulders and torso.
  ctx.fillStyle = look.accent;
  ctx.beginPath();
  ctx.moveTo(12, 100);
  ctx.lineTo(12, 88);
  ctx.quadraticCurveTo(14, 75, 30, 72);
  ctx.lineTo(42, 69);
  ctx.quadraticCurveTo(50, 74, 58, 69);
  ctx.lineTo(70, 72);
  ctx.quadraticCurveTo(86, 75, 88, 88);
  ctx.lineTo(88, 100);
  ctx.closePath();
  ctx.fill();

  if (look.top === 0) {
    // Jacket over a light shirt: a V of shirt and darker lapels.
    ctx.fillStyle = COLOURS.paper;
    ctx.beginPath();
    ctx.moveTo(41, 69);
    ctx.lineTo(50, 90);
    ctx.lineTo(59, 69);
    ctx.quadraticCurveTo(50, 74, 41, 69);
    ctx.fill();
    ctx.fillStyle = look.accentShade;
    ctx.beginPath();
    ctx.moveTo(40, 70);
    ctx.lineTo(50, 92);
    ctx.lineTo(44, 100);
    ctx.lineTo(36, 72);
    ctx.closePath();
    ctx.moveTo(60, 70);
    ctx.lineTo(50, 92);
    ctx.lineTo(56, 100);
    ctx.lineTo(64, 72);
    ctx.closePath();
    ctx.fill();
  } else if (look.top === 1) {
    // Crew-neck jumper: a ribbed neckline.
    ctx.strokeStyle = look.accentShade;
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(41, 69.5);
    ctx.quadraticCurveTo(50, 77, 59, 69.5);
    ctx.stroke();
  } else {
    // Blouse: a pointed light collar.
    ctx.fillStyle = COLOURS.paper;
    ctx.beginPath();
    ctx.moveTo(41, 68);
    ctx.lineTo(50, 78);
    ctx.lineTo(44, 80);
    ctx.lineTo(37, 71);
    ctx.closePath();
    ctx.moveTo(59, 68);
    ctx.lineTo(50, 78);
    ctx.lineTo(56, 80);
    ctx.lineTo(63, 71);
    ctx.closePath();
    ctx.fill();
  }
  // Arm creases give the bust some volume.
  ctx.strokeStyle = look.accentShade;
  ctx.lineWidth = 1.4;
  ctx.beginPath();
  ctx.moveTo(24, 86);
  ctx.lineTo(25, 100);
  ctx.moveTo(76, 86);
  ctx.lineTo(75, 100);
  ctx.stroke();
}
