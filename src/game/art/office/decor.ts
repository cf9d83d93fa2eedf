// What hangs on a room's back wall either side of the leader: a window, a clock, a chart, a
// bookshelf, a notes board or a picture, in the room's tint. Pure Canvas 2D: imports the palette
// and helpers.

import { COLOURS } from '../../../stage/theme';
import { fillRound } from '../canvas';
import type { Ctx } from '../canvas';
import { mix, rgba } from '../colour';
import { paintPlant } from '../plant';

/** One piece of wall decor. */
export type Decor = 'window' | 'clock' | 'chart' | 'shelf' | 'notes' | 'picture';

/** The decor pairs rooms take in turn, so neighbouring rooms look different. */
export const DECOR_PAIRS: readonly [Decor, Decor][] = [
  ['window', 'clock'],
  ['chart', 'shelf'],
  ['notes', 'picture'],
  ['shelf', 'window'],
  ['picture', 'chart'],
  ['clock', 'notes'],
  ['window', 'shelf'],
];

/** Paints one piece of decor in a column `w` wide from (x, y), accented in the room's tint. */
export function paintDecor(
  ctx: Ctx,
  decor: Decor,
  x: number,
  y: number,
  w: number,
  accent: string,
): void {
  const cx = x + w / 2;
  switch (decor) {
    case 'window': {
      const h = 54;
      fillRound(ctx, x, y, w, h, 4, COLOURS.paper);
      const g = ctx.createLinearGradient(0, y, 0, y + h);
      g.addColorStop(0, mix(COLOURS.sky, COLOURS.player, 0.2));
      g.addColorStop(1, mix(COLOURS.sky, COLOURS.paper, 0.55));
      fillRound(ctx, x + 3, y + 3, w - 6, h - 6, 2, g);
      ctx.fillStyle = rgba(COLOURS.paper, 0.85);
      ctx.beginPath();
      ctx.ellipse(x + w * 0.35, y + 18, 8, 3.5, 0, 0, Math.PI * 2);
      ctx.ellipse(x + w * 0.45, y + 16, 6, 4, 0, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = mix(COLOURS.measured, COLOURS.paper, 0.2);
      ctx.beginPath();
      ctx.ellipse(x + w * 0.7, y + h - 3, w * 0.35, 9, 0, Math.PI, 0);
      ctx.fill();
      ctx.fillStyle = COLOURS.paper;
      ctx.fillRect(cx - 1, y + 3, 2, h - 6);
      ctx.fillRect(x + 3, y + h / 2 - 1, w - 6, 2);
      fillRound(ctx, x - 3, y + h - 1, w + 6, 4, 2, mix(COLOURS.wall, COLOURS.paper, 0.4));
      break;
    }
    case 'clock': {
      const r = Math.min(15, w / 2 - 2);
      const cy = y + 20;
      ctx.fillStyle = COLOURS.paper;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = COLOURS.inkSoft;
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(cx, cy);
      ctx.lineTo(cx, cy - r * 0.62);
      ctx.moveTo(cx, cy);
      ctx.lineTo(cx + r * 0.45, cy + r * 0.2);
      ctx.stroke();
      ctx.fillStyle = accent;
      ctx.beginPath();
      ctx.arc(cx, cy, 2, 0, Math.PI * 2);
      ctx.fill();
      // A small framed note under the clock.
      fillRound(ctx, cx - 11, cy + r + 10, 22, 16, 2, mix(accent, COLOURS.paper, 0.7));
      break;
    }
    case 'chart': {
      const h = 48;
      fillRound(ctx, x, y, w, h, 3, COLOURS.inkSoft);
      fillRound(ctx, x + 3, y + 3, w - 6, h - 6, 2, COLOURS.paper);
      const bars = 4;
      const bw = (w - 16) / bars;
      const heights = [0.45, 0.7, 0.55, 0.85];
      heights.forEach((v, i) => {
        fillRound(
          ctx,
          x + 8 + i * bw + 1,
          y + h - 8 - (h - 18) * v,
          bw - 3,
          (h - 18) * v,
          1.5,
          i === 3 ? accent : mix(accent, COLOURS.paper, 0.5),
        );
      });
      break;
    }
    case 'shelf': {
      const sy = y + 34;
      const books = [
        COLOURS.player,
        COLOURS.amber,
        COLOURS.measured,
        COLOURS.believed,
        COLOURS.sky,
        COLOURS.twin,
      ];
      let bx = x + 2;
      let i = 0;
      while (bx < x + w - 8) {
        const bw = 5 + (i % 3);
        const bh = 18 + ((i * 7) % 9);
        fillRound(
          ctx,
          bx,
          sy - bh,
          bw,
          bh,
          1,
          mix(books[i % books.length] ?? accent, COLOURS.paper, 0.15),
        );
        bx += bw + 1;
        i += 1;
      }
      fillRound(ctx, x - 2, sy, w + 4, 4, 1.5, mix(COLOURS.amber, COLOURS.inkSoft, 0.55));
      paintPlant(ctx, x + w * 0.5, y + 8, 0.55, false);
      fillRound(ctx, x - 2, y + 8, w + 4, 3, 1.5, mix(COLOURS.amber, COLOURS.inkSoft, 0.55));
      break;
    }
    case 'notes': {
      const h = 50;
      fillRound(ctx, x, y, w, h, 3, COLOURS.paper);
      ctx.strokeStyle = COLOURS.line;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.roundRect(x, y, w, h, 3);
      ctx.stroke();
      const notes = [
        COLOURS.yellow,
        COLOURS.sky,
        COLOURS.believed,
        mix(COLOURS.amber, COLOURS.paper, 0.3),
      ];
      const nw = Math.min(13, (w - 12) / 2);
      notes.forEach((colour, i) => {
        const nx = x + 5 + (i % 2) * (nw + 4) + (i === 3 ? 2 : 0);
        const ny = y + 6 + Math.floor(i / 2) * 20;
        fillRound(ctx, nx, ny, nw, 14, 1, mix(colour, COLOURS.paper, 0.15));
      });
      ctx.strokeStyle = accent;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x + w - 8, y + 10);
      ctx.lineTo(x + w - 8, y + h - 10);
      ctx.stroke();
      break;
    }
    default: {
      // picture: a framed landscape
      const h = 40;
      fillRound(ctx, x, y + 6, w, h, 3, mix(COLOURS.amber, COLOURS.inkSoft, 0.45));
      fillRound(ctx, x + 4, y + 10, w - 8, h - 8, 1.5, mix(COLOURS.sky, COLOURS.paper, 0.5));
      ctx.fillStyle = mix(COLOURS.measured, COLOURS.ink, 0.15);
      ctx.beginPath();
      ctx.moveTo(x + 4, y + h + 2);
      ctx.lineTo(x + w * 0.4, y + 20);
      ctx.lineTo(x + w * 0.65, y + h - 4);
      ctx.lineTo(x + w * 0.78, y + 26);
      ctx.lineTo(x + w - 4, y + h + 2);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = COLOURS.yellow;
      ctx.beginPath();
      ctx.arc(x + w * 0.75, y + 18, 4, 0, Math.PI * 2);
      ctx.fill();
      break;
    }
  }
}
