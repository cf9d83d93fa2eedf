// People: the small customer figures of the resolution animation (a badge shape per kind, so
// colour is never the only cue) and the staff and passers-by of the floor and the street.
// Canvas 2D painted into textures; imports the palette, keys and art helpers.

import type * as Phaser from 'phaser';
import { COLOURS } from '../../stage/theme';
import { TEXTURES } from '../keys';
import { fillRound } from './canvas';
import type { Ctx } from './canvas';
import { mix, rgba } from './colour';
import { paintBothScales } from './texture';

/** Design size of a customer figure texture (the figure stands on the bottom centre). */
export const FIGURE_SIZE = { width: 20, height: 34 } as const;

type Badge = 'plus' | 'cross' | 'dash' | 'question' | null;

function paintFigure(ctx: Ctx, body: string, skin: string, hair: string, badge: Badge): void {
  const cx = 10;
  // Ground shadow.
  ctx.fillStyle = rgba(COLOURS.ink, 0.18);
  ctx.beginPath();
  ctx.ellipse(cx, 32.6, 6.5, 1.5, 0, 0, Math.PI * 2);
  ctx.fill();
  // Legs.
  fillRound(ctx, cx - 4, 25, 3.2, 7.5, 1.4, COLOURS.ink);
  fillRound(ctx, cx + 0.8, 25, 3.2, 7.5, 1.4, COLOURS.ink);
  // Body and arms.
  fillRound(ctx, cx - 5.5, 15.5, 11, 11.5, 4, body);
  ctx.strokeStyle = mix(body, COLOURS.ink, 0.35);
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(cx - 3.2, 19);
  ctx.lineTo(cx - 3.2, 25.5);
  ctx.moveTo(cx + 3.2, 19);
  ctx.lineTo(cx + 3.2, 25.5);
  ctx.stroke();
  // Head and hair.
  ctx.fillStyle = skin;
  ctx.beginPath();
  ctx.arc(cx, 11, 4.4, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = hair;
  ctx.beginPath();
  ctx.arc(cx, 10.2, 4.5, Math.PI * 1.02, Math.PI * 1.98);
  ctx.closePath();
  ctx.fill();

  if (!badge) return;
  // The badge's shape (not only its colour) says which kind of customer this is.
  const bx = 15.5;
  const by = 4.5;
  ctx.fillStyle = COLOURS.paper;
  ctx.strokeStyle = body;
  ctx.lineWidth = 1.4;
  ctx.beginPath();
  if (badge === 'question') {
    // A speech bubble with a question mark: "why did they go?" was never asked. Its outline is
    // darker than the light grey body, so the bubble holds up on the paper-white card.
    ctx.strokeStyle = COLOURS.inkSoft;
    ctx.ellipse(bx, by, 4.2, 3.9, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(bx - 2.6, by + 2.6);
    ctx.lineTo(bx - 4.2, by + 5.6);
    ctx.lineTo(bx - 0.4, by + 3.7);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
    // Cover the tail's seam so bubble and tail read as one shape.
    ctx.beginPath();
    ctx.ellipse(bx, by, 3.5, 3.2, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = COLOURS.ink;
    ctx.lineWidth = 1.3;
    ctx.beginPath();
    ctx.arc(bx, by - 1.2, 1.4, Math.PI * 1.1, Math.PI * 2.3);
    ctx.lineTo(bx, by + 0.9);
    ctx.stroke();
    ctx.fillStyle = COLOURS.ink;
    ctx.beginPath();
    ctx.arc(bx, by + 2.4, 0.8, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  if (badge === 'plus') ctx.arc(bx, by, 4, 0, Math.PI * 2);
  else if (badge === 'cross') {
    ctx.moveTo(bx, by - 4.6);
    ctx.lineTo(bx + 4.6, by);
    ctx.lineTo(bx, by + 4.6);
    ctx.lineTo(bx - 4.6, by);
    ctx.closePath();
  } else ctx.rect(bx - 3.6, by - 3.6, 7.2, 7.2);
  ctx.fill();
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (badge === 'plus') {
    ctx.moveTo(bx - 2, by);
    ctx.lineTo(bx + 2, by);
    ctx.moveTo(bx, by - 2);
    ctx.lineTo(bx, by + 2);
  } else if (badge === 'cross') {
    ctx.moveTo(bx - 1.6, by - 1.6);
    ctx.lineTo(bx + 1.6, by + 1.6);
    ctx.moveTo(bx + 1.6, by - 1.6);
    ctx.lineTo(bx - 1.6, by + 1.6);
  } else {
    ctx.moveTo(bx - 2, by);
    ctx.lineTo(bx + 2, by);
  }
  ctx.stroke();
}

/** Body colours of the four kinds of customer in the resolution animation. */
export const FIGURE_COLOURS = {
  won: COLOURS.player,
  lostControllable: COLOURS.twin,
  lostUncontrollable: mix(COLOURS.inkSoft, COLOURS.paper, 0.3),
  /** A neutral, lighter grey: nothing is claimed about why they left. */
  lostUnknown: mix(COLOURS.wall, COLOURS.inkSoft, 0.25),
} as const;

/** Paints every figure texture: the four kinds of customer and three walkers. */
export function paintPeople(textures: Phaser.Textures.TextureManager): void {
  const skin = '#e2aa7e';
  const fig = (key: string, body: string, hair: string, badge: Badge, skinTone = skin) =>
    paintBothScales(textures, key, FIGURE_SIZE.width, FIGURE_SIZE.height, (ctx) =>
      paintFigure(ctx, body, skinTone, hair, badge),
    );
  fig(TEXTURES.figureWon, FIGURE_COLOURS.won, '#3f2c22', 'plus');
  fig(
    TEXTURES.figureLostControllable,
    FIGURE_COLOURS.lostControllable,
    '#221c1a',
    'cross',
    '#c98e60',
  );
  fig(
    TEXTURES.figureLostUncontrollable,
    FIGURE_COLOURS.lostUncontrollable,
    '#8f8f98',
    'dash',
    '#f0c3a0',
  );
  fig(TEXTURES.figureLostUnknown, FIGURE_COLOURS.lostUnknown, '#5a4636', 'question', '#d9a27a');
  fig(TEXTURES.walkerA, COLOURS.sky, '#221c1a', null, '#aa6e45');
  fig(TEXTURES.walkerB, COLOURS.believed, '#d9b25f', null, '#f8d9c4');
  fig(TEXTURES.walkerC, COLOURS.measured, '#6e4726', null, '#e2aa7e');
}
