// A portrait's face: head, beard, cheeks, eyes, brows, nose, mouth and glasses. The mood shows in
// the brows, eyes and mouth, so a face reads without colour. Pure Canvas 2D; no Phaser.

import type { Mood } from '../../../stage/floor-view';
import { COLOURS } from '../../../stage/theme';
import { fillEllipse } from '../canvas';
import type { Ctx } from '../canvas';
import { mix } from '../colour';
import { HAIRS } from './look';
import type { Look } from './look';

/** The head and its features, wearing the mood. */
export function drawFace(ctx: Ctx, look: Look, mood: Mood): void {
  // Ears, then the head.
  fillEllipse(ctx, 31, 45, 4.2, 5.5, look.skinShade);
  fillEllipse(ctx, 69, 45, 4.2, 5.5, look.skinShade);
  fillEllipse(ctx, 50, 42, 19, 23, look.skin);

  if (look.style === 6) {
    // Beard and moustache in the hair colour, leaving the mouth clear.
    ctx.fillStyle = look.hair;
    ctx.beginPath();
    ctx.moveTo(31.5, 46);
    ctx.quadraticCurveTo(33, 66, 50, 66);
    ctx.quadraticCurveTo(67, 66, 68.5, 46);
    ctx.quadraticCurveTo(66, 56, 58, 54);
    ctx.quadraticCurveTo(50, 51, 42, 54);
    ctx.quadraticCurveTo(34, 56, 31.5, 46);
    ctx.fill();
  }

  const ink = COLOURS.ink;
  // Cheeks: warm for friendly faces, so the expression reads even at small sizes.
  if (mood === 'friendly' || mood === 'ally') {
    ctx.globalAlpha = mood === 'ally' ? 0.4 : 0.28;
    fillEllipse(ctx, 38.5, 52, 4, 2.6, '#e8736a');
    fillEllipse(ctx, 61.5, 52, 4, 2.6, '#e8736a');
    ctx.globalAlpha = 1;
  }

  // Eyes: dots with a tiny highlight.
  const eyeY = mood === 'ally' ? 44.5 : 44;
  for (const ex of [42, 58]) {
    if (mood === 'ally') {
      // Smiling eyes: upward arcs.
      ctx.strokeStyle = ink;
      ctx.lineWidth = 2;
      ctx.lineCap = 'round';
      ctx.beginPath();
      ctx.arc(ex, eyeY + 1.2, 2.6, Math.PI * 1.1, Math.PI * 1.9);
      ctx.stroke();
    } else {
      fillEllipse(ctx, ex, eyeY, 2.2, mood === 'wary' ? 1.9 : 2.4, ink);
      fillEllipse(ctx, ex + 0.7, eyeY - 0.8, 0.6, 0.6, '#ffffff');
    }
  }

  // Eyebrows carry most of the mood.
  ctx.strokeStyle =
    look.style === 6 || look.hair === HAIRS[6] ? mix(look.hair, ink, 0.35) : look.hair;
  ctx.lineWidth = mood === 'hostile' ? 2.6 : 2.1;
  ctx.lineCap = 'round';
  ctx.beginPath();
  switch (mood) {
    case 'hostile': // angled down to the nose
      ctx.moveTo(37.5, 36);
      ctx.lineTo(45.5, 39.5);
      ctx.moveTo(62.5, 36);
      ctx.lineTo(54.5, 39.5);
      break;
    case 'wary': // one raised, one low and flat
      ctx.moveTo(38, 36);
      ctx.quadraticCurveTo(42, 34, 46, 36.5);
      ctx.moveTo(54, 38.5);
      ctx.lineTo(62, 38);
      break;
    case 'neutral':
      ctx.moveTo(38, 38);
      ctx.lineTo(46, 38);
      ctx.moveTo(54, 38);
      ctx.lineTo(62, 38);
      break;
    case 'friendly':
      ctx.moveTo(37.5, 37.5);
      ctx.quadraticCurveTo(42, 34.5, 46, 37);
      ctx.moveTo(54, 37);
      ctx.quadraticCurveTo(58, 34.5, 62.5, 37.5);
      break;
    default: // ally: high arches
      ctx.moveTo(37.5, 36);
      ctx.quadraticCurveTo(42, 32, 46, 35);
      ctx.moveTo(54, 35);
      ctx.quadraticCurveTo(58, 32, 62.5, 36);
      break;
  }
  ctx.stroke();

  // Nose.
  ctx.strokeStyle = look.skinShade;
  ctx.lineWidth = 1.6;
  ctx.beginPath();
  ctx.moveTo(50, 46);
  ctx.quadraticCurveTo(48, 51, 51, 51.5);
  ctx.stroke();

  // Mouth.
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.9;
  ctx.beginPath();
  switch (mood) {
    case 'hostile':
      ctx.moveTo(44, 59);
      ctx.quadraticCurveTo(50, 54.5, 56, 59);
      ctx.stroke();
      break;
    case 'wary':
      ctx.moveTo(45, 57.5);
      ctx.quadraticCurveTo(48, 56, 50, 57);
      ctx.quadraticCurveTo(52.5, 58.2, 55, 56.2);
      ctx.stroke();
      break;
    case 'neutral':
      ctx.moveTo(45.5, 57);
      ctx.lineTo(54.5, 57);
      ctx.stroke();
      break;
    case 'friendly':
      ctx.moveTo(43.5, 55.5);
      ctx.quadraticCurveTo(50, 61.5, 56.5, 55.5);
      ctx.stroke();
      break;
    default: {
      // ally: an open smile with teeth
      ctx.moveTo(42.5, 54.5);
      ctx.quadraticCurveTo(50, 55.5, 57.5, 54.5);
      ctx.quadraticCurveTo(56, 63.5, 50, 63.5);
      ctx.quadraticCurveTo(44, 63.5, 42.5, 54.5);
      ctx.closePath();
      ctx.fillStyle = '#7a2e2e';
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.moveTo(43.5, 55.2);
      ctx.quadraticCurveTo(50, 56.2, 56.5, 55.2);
      ctx.lineTo(56, 57.4);
      ctx.quadraticCurveTo(50, 58.2, 44, 57.4);
      ctx.closePath();
      ctx.fill();
      break;
    }
  }

  if (look.glasses) {
    ctx.strokeStyle = ink;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.roundRect(35.5, 39.5, 12, 9, 3);
    ctx.roundRect(52.5, 39.5, 12, 9, 3);
    ctx.moveTo(47.5, 43);
    ctx.quadraticCurveTo(50, 41.5, 52.5, 43);
    ctx.stroke();
    ctx.globalAlpha = 0.18;
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.globalAlpha = 1;
  }
}
