// Icons on the rooms: a mood marker per mood (a distinct shape each, paired with its colour) and
// the crown of the power-core silo. Canvas 2D painted into textures; imports the palette, keys
// and art helpers.

import type * as Phaser from 'phaser';
import { COLOURS } from '../../stage/theme';
import { TEXTURES } from '../keys';
import { fillRound, pixelScale } from './canvas';
import type { Ctx } from './canvas';
import { mix, rgba } from './colour';
import { paintBothScales } from './texture';

/** Mood colours: paired with a distinct marker shape each, never used alone. */
export const MOOD_COLOURS = {
  hostile: COLOURS.bad,
  wary: COLOURS.amber,
  neutral: mix(COLOURS.inkSoft, COLOURS.paper, 0.25),
  friendly: COLOURS.sky,
  ally: COLOURS.good,
} as const;

/** Design size of a mood marker texture. */
export const MOOD_ICON_SIZE = 26;

/** Paints the five mood markers. */
export function paintMoodIcons(textures: Phaser.Textures.TextureManager): void {
  const s = MOOD_ICON_SIZE;
  const c = s / 2;
  const outline = (ctx: Ctx) => {
    ctx.lineWidth = 2;
    ctx.strokeStyle = COLOURS.paper;
    ctx.stroke();
  };
  const face = (ctx: Ctx, mouth: 'frown' | 'flat' | 'smile', colour: string, dy = 0) => {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(c - 3.6, c - 2 + dy, 1.5, 0, Math.PI * 2);
    ctx.arc(c + 3.6, c - 2 + dy, 1.5, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.8;
    ctx.beginPath();
    if (mouth === 'frown') {
      ctx.moveTo(c - 4, c + 5 + dy);
      ctx.quadraticCurveTo(c, c + 1.5 + dy, c + 4, c + 5 + dy);
    } else if (mouth === 'flat') {
      ctx.moveTo(c - 3.8, c + 3.5 + dy);
      ctx.lineTo(c + 3.8, c + 3.5 + dy);
    } else {
      ctx.moveTo(c - 4.2, c + 2 + dy);
      ctx.quadraticCurveTo(c, c + 6.5 + dy, c + 4.2, c + 2 + dy);
    }
    ctx.stroke();
  };

  // Hostile: an octagon with an angry face.
  paintBothScales(textures, TEXTURES.moodHostile, s, s, (ctx) => {
    ctx.beginPath();
    for (let i = 0; i < 8; i += 1) {
      const a = Math.PI / 8 + (i * Math.PI) / 4;
      ctx.lineTo(c + Math.cos(a) * 11.6, c + Math.sin(a) * 11.6);
    }
    ctx.closePath();
    ctx.fillStyle = MOOD_COLOURS.hostile;
    ctx.fill();
    outline(ctx);
    ctx.strokeStyle = COLOURS.paper;
    ctx.lineWidth = 1.8;
    ctx.beginPath();
    ctx.moveTo(c - 6, c - 6);
    ctx.lineTo(c - 2, c - 4);
    ctx.moveTo(c + 6, c - 6);
    ctx.lineTo(c + 2, c - 4);
    ctx.stroke();
    face(ctx, 'frown', COLOURS.paper, 1);
  });
  // Wary: a warning triangle with an exclamation mark.
  paintBothScales(textures, TEXTURES.moodWary, s, s, (ctx) => {
    ctx.beginPath();
    ctx.moveTo(c, 1.6);
    ctx.lineTo(s - 1.2, s - 2.6);
    ctx.lineTo(1.2, s - 2.6);
    ctx.closePath();
    ctx.fillStyle = MOOD_COLOURS.wary;
    ctx.fill();
    outline(ctx);
    ctx.fillStyle = COLOURS.ink;
    fillRound(ctx, c - 1.5, 8, 3, 8.5, 1.5, COLOURS.ink);
    ctx.beginPath();
    ctx.arc(c, 19.6, 1.7, 0, Math.PI * 2);
    ctx.fill();
  });
  // Neutral: a rounded square with a flat mouth.
  paintBothScales(textures, TEXTURES.moodNeutral, s, s, (ctx) => {
    ctx.beginPath();
    ctx.roundRect(2.5, 2.5, s - 5, s - 5, 5);
    ctx.fillStyle = MOOD_COLOURS.neutral;
    ctx.fill();
    outline(ctx);
    face(ctx, 'flat', COLOURS.paper);
  });
  // Friendly: a circle with a smile.
  paintBothScales(textures, TEXTURES.moodFriendly, s, s, (ctx) => {
    ctx.beginPath();
    ctx.arc(c, c, 11.5, 0, Math.PI * 2);
    ctx.fillStyle = MOOD_COLOURS.friendly;
    ctx.fill();
    outline(ctx);
    face(ctx, 'smile', COLOURS.ink);
  });
  // Ally: a heart.
  paintBothScales(textures, TEXTURES.moodAlly, s, s, (ctx) => {
    ctx.beginPath();
    ctx.moveTo(c, s - 3);
    ctx.bezierCurveTo(c - 14, c + 1, c - 9, 1, c, 7.5);
    ctx.bezierCurveTo(c + 9, 1, c + 14, c + 1, c, s - 3);
    ctx.closePath();
    ctx.fillStyle = MOOD_COLOURS.ally;
    ctx.fill();
    outline(ctx);
    ctx.strokeStyle = COLOURS.paper;
    ctx.lineWidth = 1.8;
    ctx.beginPath();
    ctx.moveTo(c - 4, c);
    ctx.quadraticCurveTo(c, c + 4.5, c + 4, c);
    ctx.stroke();
  });
}

/** Design size of the crown badge of the power-core silo. */
export const CROWN_SIZE = { width: 34, height: 28 } as const;

/** The crown badge, in a CROWN_SIZE box. */
export function paintCrown(ctx: Ctx): void {
  const gold = COLOURS.amber;
  ctx.save();
  ctx.shadowColor = rgba(COLOURS.ink, 0.25);
  ctx.shadowBlur = 3 * pixelScale(ctx);
  ctx.shadowOffsetY = 1 * pixelScale(ctx);
  ctx.beginPath();
  ctx.moveTo(4, 22);
  ctx.lineTo(2.5, 8);
  ctx.lineTo(10.5, 14);
  ctx.lineTo(17, 3.5);
  ctx.lineTo(23.5, 14);
  ctx.lineTo(31.5, 8);
  ctx.lineTo(30, 22);
  ctx.closePath();
  ctx.fillStyle = gold;
  ctx.fill();
  ctx.restore();
  ctx.strokeStyle = mix(gold, COLOURS.ink, 0.35);
  ctx.lineWidth = 1.4;
  ctx.stroke();
  fillRound(ctx, 3.5, 21, 27, 5, 2, mix(gold, COLOURS.ink, 0.18));
  // A star jewel in the middle; small gems on the points.
  ctx.fillStyle = COLOURS.paper;
  ctx.beginPath();
  for (let i = 0; i < 10; i += 1) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 4.2 : 1.8;
    ctx.lineTo(17 + Math.cos(a) * r, 15.5 + Math.sin(a) * r);
  }
  ctx.closePath();
  ctx.fill();
  for (const [gx, gy] of [
    [2.5, 8],
    [17, 3.5],
    [31.5, 8],
  ] as const) {
    ctx.beginPath();
    ctx.arc(gx, gy, 2, 0, Math.PI * 2);
    ctx.fillStyle = COLOURS.paper;
    ctx.fill();
  }
}
