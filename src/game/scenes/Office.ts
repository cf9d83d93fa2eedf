// The office floor of the quarter loop: one room per silo with its leader, trust, mood and load,
// the CEO's office, the camera move into a negotiation, dimming for events, and the animated
// resolution of customers won and lost. Draws only: reads the FloorFeed, holds no game rules,
// handles no input (the DOM lays buttons over the rooms from the same floorLayout()).

import * as Phaser from 'phaser';
import { floorLayout, roomRect } from '../../stage/floor-layout';
import type { FloorLayout, Rect, RoomRect } from '../../stage/floor-layout';
import type {
  FloorFeed,
  FloorLabels,
  FloorView,
  Mood,
  PortraitParams,
  RoomView,
  SegmentFlowView,
} from '../../stage/floor-view';
import { drawPortrait } from '../../ui/portrait';
import { moodFromTrust } from '../../stage/mood';
import type { Screen } from '../../stage/screens';
import { COLOURS, DESIGN_WIDTH, FONTS, colourNumber } from '../../stage/theme';
import { SCENES, TEXTURES, TEXTURE_PREFIX, TEXTURE_SCALE } from '../keys';
import { gameFigureUnit, lostTotal } from '../figure-scale';
import {
  MOOD_COLOURS,
  STOREFRONT_SIZE,
  fillRound,
  followFeed,
  hexNumber,
  mix,
  paintPlant,
  paintTexture,
  pixelScale,
  presentScene,
  pseudoRandom,
  rgba,
  softShadow,
} from './Preloader';

type Ctx = CanvasRenderingContext2D;

/** The screens this scene shows on. */
const OFFICE_SCREENS: ReadonlySet<Screen> = new Set<Screen>([
  'quarter',
  'negotiation',
  'event',
  'results',
  'year-review',
]);

const HALF = 1 / TEXTURE_SCALE;
/** Customer figures in the resolution animation, relative to their design size. */
const FIGURE_SCALE = 1.1;
const DEPTH = { floor: 0, walkers: 5, rooms: 10, focus: 30, veil: 40, lanes: 50 } as const;

/** During a negotiation the focused room fills this part of the stage (the DOM panel is right). */
/** Where the negotiation shows its leader's room: left of the panel, 32 px clear of the foot. */
function negotiationView(stageHeight: number): Rect {
  return { x: 20, y: 84, width: 580, height: stageHeight - 116 };
}

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

const MOOD_TEXTURES: Record<Mood, string> = {
  hostile: TEXTURES.moodHostile,
  wary: TEXTURES.moodWary,
  neutral: TEXTURES.moodNeutral,
  friendly: TEXTURES.moodFriendly,
  ally: TEXTURES.moodAlly,
};

// ---------------------------------------------------------------------------------------------
// Room geometry (room-local design pixels), shared by the painter and the live objects.
// ---------------------------------------------------------------------------------------------

interface RoomGeometry {
  readonly w: number;
  readonly h: number;
  /** Height of the back wall; the info panel starts below it. */
  readonly wallH: number;
  /** Portrait side (even, so the 2:1 texture lands on whole pixels). */
  readonly portrait: number;
  readonly portraitTop: number;
  /** The desk's top surface. */
  readonly deskTop: number;
  readonly deskWidth: number;
  /** Centre lines of the info rows. */
  readonly nameY: number;
  readonly subY: number;
  readonly meterY: number;
  readonly loadY: number;
  /** Left edge and width of the bars. */
  readonly barX: number;
  readonly barW: number;
}

function geometry(rect: Rect, executive = false, textScale = 1): RoomGeometry {
  const w = rect.width;
  const h = rect.height;
  // Larger text needs taller info rows under the wall: the wall gives way, never the rows.
  const s = textScale;
  const wallH = Math.round(Math.min(h * 0.56, h - 112 * s));
  // A shorter wall (larger text) takes a smaller portrait, so the face keeps clear of the top.
  const portrait = Math.min(112, Math.floor((w * 0.5) / 2) * 2, Math.floor((wallH - 34) / 2) * 2);
  const deskTop = wallH - 30;
  // "Support" is a longer label than "Trust".
  const barX = executive ? 84 : 66;
  return {
    w,
    h,
    wallH,
    portrait,
    portraitTop: deskTop + 16 - portrait,
    deskTop,
    deskWidth: Math.min(w - 36, portrait + 96),
    nameY: Math.round(wallH + 19 * s),
    subY: Math.round(wallH + 40 * s),
    meterY: Math.round(wallH + 65 * s),
    loadY: Math.round(wallH + 91 * s),
    barX,
    barW: w - barX - 48,
  };
}

// ---------------------------------------------------------------------------------------------
// Painting the floor (Canvas 2D, once per layout).
// ---------------------------------------------------------------------------------------------

type Decor = 'window' | 'clock' | 'chart' | 'shelf' | 'notes' | 'picture';
const DECOR_PAIRS: readonly [Decor, Decor][] = [
  ['window', 'clock'],
  ['chart', 'shelf'],
  ['notes', 'picture'],
  ['shelf', 'window'],
  ['picture', 'chart'],
  ['clock', 'notes'],
  ['window', 'shelf'],
];

function paintDecor(ctx: Ctx, decor: Decor, x: number, y: number, w: number, accent: string): void {
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

/** The walls, back wall and decor of a silo room (the live parts are game objects on top). */
function paintRoomShell(
  ctx: Ctx,
  rect: RoomRect,
  tint: string,
  decor: readonly [Decor, Decor],
  textScale: number,
): void {
  const g = geometry(rect, false, textScale);
  const { x, y, width: w, height: h } = rect;
  softShadow(ctx, x, y, w, h, 14, 10, 0.16);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.clip();
  ctx.fillStyle = COLOURS.paper;
  ctx.fillRect(x, y, w, h);
  // Back wall with a skirting board, then the info panel's floor.
  const wall = ctx.createLinearGradient(0, y, 0, y + g.wallH);
  wall.addColorStop(0, mix(tint, COLOURS.paper, 0.82));
  wall.addColorStop(1, mix(tint, COLOURS.paper, 0.9));
  ctx.fillStyle = wall;
  ctx.fillRect(x, y, w, g.wallH);
  ctx.fillStyle = mix(tint, COLOURS.inkSoft, 0.55);
  ctx.globalAlpha = 0.35;
  ctx.fillRect(x, y + g.wallH - 4, w, 4);
  ctx.globalAlpha = 1;
  ctx.restore();
  // Decor either side of the leader.
  const side = (w - g.portrait) / 2 - 18;
  const top = y + 24;
  if (side >= 26) {
    paintDecor(ctx, decor[0], x + 12, top, side, tint);
    paintDecor(ctx, decor[1], x + w - 12 - side, top, side, tint);
  }
  ctx.strokeStyle = COLOURS.line;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 13.5);
  ctx.stroke();
}

function paintCeoShell(ctx: Ctx, rect: RoomRect, textScale: number): void {
  const g = geometry(rect, true, textScale);
  const { x, y, width: w, height: h } = rect;
  softShadow(ctx, x, y, w, h, 14, 10, 0.2);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.clip();
  ctx.fillStyle = COLOURS.paper;
  ctx.fillRect(x, y, w, h);
  // Warm wood panelling and a panoramic window onto the city at dusk behind the CEO.
  ctx.fillStyle = mix(COLOURS.amber, COLOURS.paper, 0.72);
  ctx.fillRect(x, y, w, g.wallH);
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.08);
  for (let px = x + 12; px < x + w; px += 24) ctx.fillRect(px, y, 2, g.wallH);
  const wx = x + 14;
  const wy = y + 18;
  const ww = w - 28;
  const wh = g.deskTop - 22;
  const sky = ctx.createLinearGradient(0, wy, 0, wy + wh);
  sky.addColorStop(0, COLOURS.ink);
  sky.addColorStop(0.6, mix(COLOURS.inkSoft, COLOURS.believed, 0.25));
  sky.addColorStop(1, mix(COLOURS.amber, COLOURS.believed, 0.35));
  fillRound(ctx, wx - 3, wy - 3, ww + 6, wh + 6, 6, mix(COLOURS.amber, COLOURS.inkSoft, 0.5));
  fillRound(ctx, wx, wy, ww, wh, 4, sky);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(wx, wy, ww, wh, 4);
  ctx.clip();
  const rand = pseudoRandom(31);
  let bx = wx - 4;
  while (bx < wx + ww) {
    const bw = 10 + rand() * 16;
    const bh = 14 + rand() * (wh * 0.55);
    ctx.fillStyle = mix(COLOURS.ink, COLOURS.inkSoft, rand() * 0.5);
    ctx.fillRect(bx, wy + wh - bh, bw, bh);
    for (let ly = wy + wh - bh + 4; ly < wy + wh - 3; ly += 6) {
      for (let lx = bx + 2; lx < bx + bw - 2; lx += 5) {
        if (rand() < 0.3) {
          ctx.fillStyle = rgba(COLOURS.yellow, 0.8);
          ctx.fillRect(lx, ly, 2, 3);
        }
      }
    }
    bx += bw + 2;
  }
  ctx.fillStyle = rgba(COLOURS.paper, 0.9);
  for (let i = 0; i < 8; i += 1) {
    ctx.beginPath();
    ctx.arc(wx + rand() * ww, wy + rand() * wh * 0.35, 0.9, 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.restore();
  ctx.fillStyle = mix(COLOURS.amber, COLOURS.inkSoft, 0.5);
  ctx.fillRect(wx + ww / 3, wy, 3, wh);
  ctx.fillRect(wx + (2 * ww) / 3, wy, 3, wh);
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.35);
  ctx.fillRect(x, y + g.wallH - 4, w, 4);
  ctx.restore();
  ctx.strokeStyle = mix(COLOURS.amber, COLOURS.line, 0.4);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.roundRect(x + 1, y + 1, w - 2, h - 2, 13);
  ctx.stroke();
}

/** A shared space for a slot the silos don't fill: a coffee corner with a sofa. */
function paintSpareShell(ctx: Ctx, rect: RoomRect): void {
  const { x, y, width: w, height: h } = rect;
  const wallH = Math.round(h * 0.56);
  softShadow(ctx, x, y, w, h, 14, 8, 0.12);
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 14);
  ctx.clip();
  ctx.fillStyle = mix(COLOURS.floor, COLOURS.paper, 0.5);
  ctx.fillRect(x, y, w, h);
  ctx.fillStyle = mix(COLOURS.measured, COLOURS.paper, 0.85);
  ctx.fillRect(x, y, w, wallH);
  // Counter with a coffee machine and mugs.
  const cy = y + wallH - 38;
  fillRound(ctx, x + 14, cy, w - 28, 38, 4, mix(COLOURS.wall, COLOURS.paper, 0.3));
  fillRound(ctx, x + 10, cy - 4, w - 20, 7, 3, mix(COLOURS.amber, COLOURS.inkSoft, 0.45));
  fillRound(ctx, x + 24, cy - 40, 30, 36, 4, COLOURS.inkSoft);
  fillRound(ctx, x + 29, cy - 34, 20, 10, 2, mix(COLOURS.sky, COLOURS.paper, 0.4));
  fillRound(ctx, x + 34, cy - 18, 10, 10, 2, COLOURS.ink);
  ctx.fillStyle = COLOURS.good;
  ctx.beginPath();
  ctx.arc(x + 48, cy - 13, 1.8, 0, Math.PI * 2);
  ctx.fill();
  for (const [mx, colour] of [
    [62, COLOURS.player],
    [74, COLOURS.amber],
    [86, COLOURS.believed],
  ] as const) {
    fillRound(ctx, x + mx, cy - 12, 9, 10, 2, colour);
  }
  // Shelf with jars, and a poster.
  fillRound(ctx, x + 14, y + 34, w * 0.45, 4, 2, mix(COLOURS.amber, COLOURS.inkSoft, 0.55));
  for (let i = 0; i < 4; i += 1) {
    fillRound(
      ctx,
      x + 20 + i * 14,
      y + 20,
      10,
      14,
      3,
      mix(COLOURS.sky, COLOURS.paper, 0.3 + i * 0.12),
    );
  }
  const px = x + w - 62;
  fillRound(ctx, px, y + 18, 44, 56, 3, COLOURS.paper);
  fillRound(ctx, px + 4, y + 22, 36, 48, 2, mix(COLOURS.believed, COLOURS.paper, 0.45));
  ctx.fillStyle = COLOURS.paper;
  ctx.beginPath();
  ctx.arc(px + 22, y + 42, 9, 0, Math.PI * 2);
  ctx.fill();
  // A sofa and a round rug on the floor.
  ctx.fillStyle = mix(COLOURS.sky, COLOURS.paper, 0.55);
  ctx.beginPath();
  ctx.ellipse(x + w / 2, y + h - 52, w * 0.34, 22, 0, 0, Math.PI * 2);
  ctx.fill();
  const sofa = mix(COLOURS.player, COLOURS.paper, 0.25);
  fillRound(ctx, x + w / 2 - 56, y + h - 96, 112, 30, 10, sofa);
  fillRound(ctx, x + w / 2 - 62, y + h - 80, 124, 24, 8, mix(sofa, COLOURS.ink, 0.12));
  fillRound(ctx, x + w / 2 - 48, y + h - 88, 44, 14, 6, mix(sofa, COLOURS.paper, 0.25));
  fillRound(ctx, x + w / 2 + 4, y + h - 88, 44, 14, 6, mix(sofa, COLOURS.paper, 0.25));
  ctx.restore();
  paintPlant(ctx, x + w - 26, y + h - 44, 0.85, true);
  ctx.strokeStyle = COLOURS.line;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(x + 0.75, y + 0.75, w - 1.5, h - 1.5, 13.5);
  ctx.stroke();
}

function paintFloor(ctx: Ctx, layout: FloorLayout, textScale: number): void {
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

/** The desk and its props in front of a leader (the paper stack is drawn live, from the load). */
function paintDesk(ctx: Ctx, g: RoomGeometry, executive: boolean): void {
  const top = 24;
  const dw = g.deskWidth;
  const x = (g.w - dw) / 2;
  const wood = executive
    ? mix(COLOURS.inkSoft, COLOURS.ink, 0.2)
    : mix(COLOURS.amber, COLOURS.paper, 0.55);
  const edge = executive
    ? mix(COLOURS.amber, COLOURS.paper, 0.2)
    : mix(COLOURS.amber, COLOURS.inkSoft, 0.35);
  // Laptop (seen from behind) on the right, a mug on the left.
  const lx = g.w / 2 + 8;
  ctx.fillStyle = mix(COLOURS.wall, COLOURS.inkSoft, 0.3);
  ctx.beginPath();
  ctx.moveTo(lx, top + 1);
  ctx.lineTo(lx + 4, top - 20);
  ctx.lineTo(lx + 40, top - 20);
  ctx.lineTo(lx + 44, top + 1);
  ctx.closePath();
  ctx.fill();
  ctx.fillStyle = rgba(COLOURS.paper, 0.9);
  ctx.beginPath();
  ctx.arc(lx + 22, top - 10, 3, 0, Math.PI * 2);
  ctx.fill();
  const mugX = x + dw - 24;
  fillRound(ctx, mugX, top - 11, 10, 12, 2.5, executive ? COLOURS.amber : COLOURS.player);
  ctx.strokeStyle = executive ? COLOURS.amber : COLOURS.player;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(mugX + 11, top - 5, 3, -Math.PI / 2, Math.PI / 2);
  ctx.stroke();
  // The desk itself: top surface, front panel, soft shadow.
  ctx.save();
  ctx.shadowColor = rgba(COLOURS.ink, 0.18);
  ctx.shadowBlur = 6 * pixelScale(ctx);
  ctx.shadowOffsetY = 2 * pixelScale(ctx);
  fillRound(ctx, x, top + 4, dw, 30, 5, wood);
  ctx.restore();
  fillRound(ctx, x - 4, top - 1, dw + 8, 7, 3, edge);
  ctx.fillStyle = rgba(COLOURS.ink, 0.08);
  ctx.fillRect(x + dw * 0.5 - 1, top + 10, 2, 20);
  if (executive) {
    // A brass name plate on the CEO's desk.
    fillRound(ctx, g.w / 2 - 18, top + 12, 36, 10, 2, COLOURS.amber);
  } else {
    fillRound(ctx, x + dw * 0.25 - 8, top + 16, 16, 3, 1.5, rgba(COLOURS.ink, 0.15));
    fillRound(ctx, x + dw * 0.75 - 8, top + 16, 16, 3, 1.5, rgba(COLOURS.ink, 0.15));
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for live objects.
// ---------------------------------------------------------------------------------------------

function textStyle(
  size: number,
  colour: string,
  weight = '400',
  family: string = FONTS.text,
): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: family,
    fontSize: `${size}px`,
    fontStyle: weight,
    color: colour,
    resolution: TEXTURE_SCALE,
  };
}

/** Sets a label, shrinking it to `minSize` and then shortening it until it fits `maxWidth`. */
function fitText(
  text: Phaser.GameObjects.Text,
  value: string,
  size: number,
  minSize: number,
  maxWidth: number,
): void {
  let s = size;
  text.setFontSize(s).setText(value);
  while (text.width > maxWidth && s > minSize) {
    s -= 1;
    text.setFontSize(s);
  }
  let shorter = value;
  while (text.width > maxWidth && shorter.length > 3) {
    shorter = shorter.slice(0, -1);
    text.setText(`${shorter.trimEnd()}…`);
  }
}

/** A warning triangle with an exclamation mark, centred on (x, y), `r` from centre to corner. */
function drawWarning(
  gfx: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  r: number,
  fill: number,
  mark: number,
): void {
  gfx.fillStyle(fill, 1);
  gfx.fillTriangle(x, y - r, x + r * 1.05, y + r * 0.8, x - r * 1.05, y + r * 0.8);
  gfx.fillStyle(mark, 1);
  gfx.fillRect(x - 0.9, y - r * 0.45, 1.8, r * 0.65);
  gfx.fillRect(x - 0.9, y + r * 0.35, 1.8, 1.8);
}

/** Changes a label only where it differs: every change re-renders the text's canvas. */
function setLabel(
  text: Phaser.GameObjects.Text,
  value: string,
  colour?: string,
  weight?: string,
): void {
  if (text.text !== value) text.setText(value);
  if (colour !== undefined && text.style.color !== colour) text.setColor(colour);
  if (weight !== undefined && text.style.fontStyle !== weight) text.setFontStyle(weight);
}

function portraitKey(params: PortraitParams, mood: Mood, size: number): string {
  return `${TEXTURE_PREFIX.portrait}${params.skin}-${params.hair}-${params.hairStyle}-${params.accent}-${mood}-${size}`;
}

/**
 * A value that changes whenever any label's words change: the strings themselves, and the
 * functions applied to sample numbers (a new translator gives new functions for the same words,
 * so identity says nothing).
 */
/** What the floor's layout depends on: the rooms, the stage's height and the text size. */
function floorKey(view: FloorView): string {
  return `${view.rooms.map((r) => r.silo).join('|')}@${view.stageHeight}x${view.textScale}`;
}

function labelsKey(labels: FloorLabels): string {
  const parts: string[] = [];
  for (const value of Object.values(labels) as unknown[]) {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function') {
      const format = value as (n: number) => string;
      parts.push(format(1), format(2), format(5), format(12345));
    }
  }
  return parts.join('\u0000');
}

/** What each fitted label was last asked to show, so unchanged text is not measured again. */
const fitted = new WeakMap<Phaser.GameObjects.Text, string>();

/** fitText, skipped when value, size and room are as last time (fitting re-renders the text). */
function fitLabel(
  text: Phaser.GameObjects.Text,
  value: string,
  size: number,
  minSize: number,
  maxWidth: number,
): void {
  const key = `${value}\u0000${size}\u0000${minSize}\u0000${maxWidth}\u0000${text.style.fontStyle}`;
  if (fitted.get(text) === key) return;
  fitText(text, value, size, minSize, maxWidth);
  fitted.set(text, key);
}

// ---------------------------------------------------------------------------------------------
// The scene.
// ---------------------------------------------------------------------------------------------

interface RoomParts {
  readonly id: string;
  readonly rect: RoomRect;
  readonly geo: RoomGeometry;
  readonly container: Phaser.GameObjects.Container;
  readonly portrait: Phaser.GameObjects.Image;
  readonly moodIcon: Phaser.GameObjects.Image;
  readonly name: Phaser.GameObjects.Text;
  readonly sub: Phaser.GameObjects.Text;
  readonly meterLabel: Phaser.GameObjects.Text;
  readonly value: Phaser.GameObjects.Text;
  readonly loadLabel: Phaser.GameObjects.Text;
  readonly note: Phaser.GameObjects.Text;
  readonly live: Phaser.GameObjects.Graphics;
  /** "Overloaded" sign on the desk front (silo rooms only); filled by applyLabels. */
  readonly overload: Phaser.GameObjects.Container | null;
  /** The power core's tab on the top edge (silo rooms only); filled by applyLabels. */
  readonly core: Phaser.GameObjects.Container | null;
  readonly executive: boolean;
  /** Where the meter bar and load pips start and how wide the bar is: after the longest label. */
  bar: { x: number; w: number };
  /** What is drawn now, to redraw only what changed. */
  drawn: {
    name: string;
    sub: string;
    portrait: string;
    mood: Mood | null;
    meter: number;
    load: number;
    capacity: number;
    core: boolean;
  };
  /** The meter value shown (animates towards the view's value). */
  shownMeter: number;
}

interface Walking {
  readonly sprite: Phaser.GameObjects.Image;
  readonly fromX: number;
  readonly fromY: number;
  readonly toX: number;
  readonly toY: number;
  readonly start: number;
  readonly duration: number;
}

interface Counter {
  readonly text: Phaser.GameObjects.Text;
  readonly from: number;
  readonly to: number;
  readonly set: (n: number) => void;
}

/** The quarter loop's office floor. */
export class Office extends Phaser.Scene {
  private created = false;
  private shown = false;
  private layout: FloorLayout | null = null;
  private layoutKey = '';
  private floorImage: Phaser.GameObjects.Image | null = null;
  private floorKeys = { flat: '', sharp: '' };
  private rooms = new Map<string, RoomParts>();
  private ceo: RoomParts | null = null;
  private spareLabels: Phaser.GameObjects.Text[] = [];
  /** The words drawn now, and their key (labelsKey) to notice a language change. */
  private labels!: FloorLabels;
  private labelsKeyDrawn = '';
  /** The results card was drawn with other words: draw it again (without replaying it). */
  private lanesStale = false;
  private focus!: Phaser.GameObjects.Graphics;
  private focusId: string | null = null;
  private focusStale = true;
  private veil!: Phaser.GameObjects.Graphics;
  private veilMode = '';
  private cameraMode = '';
  private readonly cameraView = { zoom: 1, scrollX: 0, scrollY: 0 };
  private staff: {
    sprite: Phaser.GameObjects.Image;
    speed: number;
    min: number;
    max: number;
    phase: number;
  }[] = [];
  private lanes: Phaser.GameObjects.Container | null = null;
  private playedSeq: number | null = null;
  private walking: Walking[] = [];
  private counters: Counter[] = [];
  private animStart = 0;
  private animating = false;
  private motion = true;
  private view!: FloorView;
  /** The "Text size" setting's factor the floor was built with. */
  private textScale = 1;

  constructor(private readonly feed: FloorFeed) {
    super(SCENES.office);
  }

  create(): void {
    this.created = false;
    this.rooms = new Map();
    this.ceo = null;
    this.layoutKey = '';
    this.floorImage = null;
    this.lanes = null;
    this.playedSeq = null;
    this.staff = [];
    this.walking = [];
    this.counters = [];
    Object.assign(this.cameraView, { zoom: 1, scrollX: 0, scrollY: 0 });
    this.focus = this.add.graphics().setDepth(DEPTH.focus);
    this.veil = this.add.graphics().setDepth(DEPTH.veil).setAlpha(0);
    followFeed(this, this.feed, (view) => this.applyView(view));
    this.events.once(Phaser.Scenes.Events.CREATE, () => {
      this.created = true;
      presentScene(this, this.shown, true);
    });
  }

  private applyView(view: FloorView): void {
    this.view = view;
    this.labels = view.labels;
    const motion = !view.reducedMotion;
    const motionChanged = motion !== this.motion;
    this.motion = motion;
    if (floorKey(view) !== this.layoutKey || !this.layout) this.rebuild(view);
    const words = labelsKey(view.labels);
    if (words !== this.labelsKeyDrawn) {
      this.labelsKeyDrawn = words;
      this.applyLabels(view.labels);
    }
    for (const room of view.rooms) {
      const parts = this.rooms.get(room.silo);
      if (parts) this.updateRoom(parts, room);
    }
    if (this.ceo) this.updateCeo(this.ceo, view);
    if (view.focusedSilo !== this.focusId || this.focusStale) this.drawFocus(view.focusedSilo);
    if (motionChanged) this.resetStaff();
    this.applyScreen(view);
    const shown = OFFICE_SCREENS.has(view.screen);
    if (shown !== this.shown) {
      this.shown = shown;
      if (this.created) presentScene(this, shown, !motion);
    }
  }

  // --- Building the floor ------------------------------------------------------------------

  private rebuild(view: FloorView): void {
    // A meter still animating (a sleeping scene keeps its tweens) must not draw into a room
    // destroyed here: on waking it would fail every frame and leave the floor blank.
    for (const parts of this.rooms.values()) {
      this.tweens.killTweensOf(parts);
      parts.container.destroy();
      parts.core?.destroy();
    }
    if (this.ceo) this.tweens.killTweensOf(this.ceo);
    this.ceo?.container.destroy();
    for (const label of this.spareLabels) label.destroy();
    this.rooms.clear();
    this.spareLabels = [];
    this.floorImage?.destroy();
    const layout = floorLayout(
      view.rooms.map((r) => r.silo),
      view.stageHeight,
    );
    this.layout = layout;
    this.layoutKey = floorKey(view);
    this.textScale = view.textScale;
    // The floor is painted twice: 1:1 for the whole-floor view (the biggest image, and drawing it
    // scaled down costs the Canvas renderer several ms a frame), and sharp for the zoomed view.
    const base = `${TEXTURE_PREFIX.floor}${view.rooms.length}-${layout.floor.height}-${view.textScale}`;
    const paint = (ctx: Ctx) => paintFloor(ctx, layout, view.textScale);
    const { width, height } = layout.floor;
    this.floorKeys = {
      flat: paintTexture(this.textures, `${base}-1x`, width, height, paint, { scale: 1 }),
      sharp: paintTexture(this.textures, `${base}-${TEXTURE_SCALE}x`, width, height, paint),
    };
    this.floorImage = this.add
      .image(layout.floor.x, layout.floor.y, this.floorKeys.flat)
      .setOrigin(0, 0)
      .setDepth(DEPTH.floor);
    layout.rooms.forEach((rect) => this.rooms.set(rect.id, this.buildRoom(rect, false)));
    this.ceo = this.buildRoom(layout.ceo, true);
    for (const spare of layout.spare) {
      const label = this.add
        .text(
          spare.x + spare.width / 2,
          spare.y + spare.height - 22,
          '',
          textStyle(this.px(14), COLOURS.inkSoft, '600'),
        )
        .setOrigin(0.5)
        .setDepth(DEPTH.rooms);
      this.spareLabels.push(label);
    }
    // New rooms carry no words yet: applyView puts them in.
    this.labelsKeyDrawn = '';
    // Rooms moved: the focus ring, the camera and the veil are redrawn for the new layout.
    this.focusStale = true;
    this.cameraMode = '';
    this.veilMode = '';
    this.resetStaff();
  }

  /** A label size in design pixels, grown by the "Text size" setting. */
  private px(size: number): number {
    return Math.round(size * this.textScale);
  }

  private buildRoom(rect: RoomRect, executive: boolean): RoomParts {
    const g = geometry(rect, executive, this.textScale);
    const container = this.add.container(rect.x, rect.y).setDepth(DEPTH.rooms);
    const deskKey = `${TEXTURE_PREFIX.desk}${g.w}-${executive ? 'ceo' : 'silo'}`;
    paintTexture(this.textures, deskKey, g.w, 64, (ctx) => paintDesk(ctx, g, executive));
    const portrait = this.add
      .image(Math.round((g.w - g.portrait) / 2), g.portraitTop, '__DEFAULT')
      .setOrigin(0, 0)
      .setScale(HALF);
    const desk = this.add
      .image(0, g.deskTop - 24, deskKey)
      .setOrigin(0, 0)
      .setScale(HALF);
    const live = this.add.graphics();
    const moodIcon = this.add
      .image(g.w / 2 + g.portrait * 0.36, g.portraitTop + g.portrait * 0.16, TEXTURES.moodNeutral)
      .setScale(HALF)
      .setVisible(!executive);
    const name = this.add
      .text(14, g.nameY, '', textStyle(this.px(17), COLOURS.ink, '600', FONTS.display))
      .setOrigin(0, 0.5);
    const sub = this.add
      .text(14, g.subY, '', textStyle(this.px(14), COLOURS.inkSoft))
      .setOrigin(0, 0.5);
    const meterLabel = this.add
      .text(14, g.meterY, '', textStyle(this.px(14), COLOURS.inkSoft, '600'))
      .setOrigin(0, 0.5);
    const value = this.add
      .text(g.w - 14, g.meterY, '', textStyle(this.px(15), COLOURS.ink, '700'))
      .setOrigin(1, 0.5);
    const loadLabel = this.add
      .text(14, g.loadY, '', textStyle(this.px(14), COLOURS.inkSoft, '600'))
      .setOrigin(0, 0.5)
      .setVisible(!executive);
    const note = this.add
      .text(
        g.w - 14,
        g.loadY,
        '',
        textStyle(this.px(14), mix(COLOURS.bad, COLOURS.ink, 0.2), '700'),
      )
      .setOrigin(1, 0.5);
    container.add([portrait, desk, live, moodIcon, name, sub, meterLabel, value, loadLabel, note]);
    let core: Phaser.GameObjects.Container | null = null;
    let overload: Phaser.GameObjects.Container | null = null;
    if (!executive) {
      // A sign on the desk front: words plus a warning triangle, in a dark red that keeps contrast.
      const tag = this.add.graphics();
      const words = this.add
        .text(0, 0, '', textStyle(this.px(14), COLOURS.paper, '700'))
        .setOrigin(0, 0.5);
      overload = this.add.container(g.w / 2, g.deskTop + 19, [tag, words]).setVisible(false);
      container.add(overload);
      // The power core's tab: a crown and words, never colour alone.
      const pill = this.add.graphics();
      const crown = this.add.image(0, -1, TEXTURES.crown).setScale(HALF * 0.62);
      const label = this.add
        .text(0, 0, '', textStyle(this.px(14), COLOURS.ink, '700'))
        .setOrigin(0, 0.5);
      // Above the focus ring (same amber), so the ring around the core's room never hides it.
      core = this.add
        .container(rect.x + g.w / 2, rect.y, [pill, crown, label])
        .setDepth(DEPTH.focus + 1)
        .setVisible(false);
    }
    return {
      id: rect.id,
      rect,
      geo: g,
      container,
      portrait,
      moodIcon,
      name,
      sub,
      meterLabel,
      value,
      loadLabel,
      note,
      live,
      overload,
      core,
      executive,
      bar: { x: g.barX, w: g.barW },
      drawn: {
        name: '',
        sub: '',
        portrait: '',
        mood: null,
        meter: -1,
        load: -1,
        capacity: -1,
        core: false,
      },
      shownMeter: -1,
    };
  }

  // --- Words -------------------------------------------------------------------------------

  /** Puts the view's words on every label of the floor; the results card is drawn again. */
  private applyLabels(labels: FloorLabels): void {
    this.layout?.spare.forEach((spare, i) => {
      const label = this.spareLabels[i];
      if (label) fitLabel(label, labels.coffeeCorner, this.px(14), 14, spare.width - 24);
    });
    for (const parts of this.rooms.values()) this.labelRoom(parts, labels);
    if (this.ceo) this.labelRoom(this.ceo, labels);
    if (this.lanes) this.lanesStale = true;
  }

  private labelRoom(parts: RoomParts, labels: FloorLabels): void {
    const g = parts.geo;
    // The bar keeps at least this width; a longer label shrinks (then shortens) instead.
    const minBar = 56;
    const maxLabel = g.w - 48 - minBar - 24;
    fitLabel(
      parts.meterLabel,
      parts.executive ? labels.support : labels.trust,
      this.px(14),
      14,
      maxLabel,
    );
    if (!parts.executive) fitLabel(parts.loadLabel, labels.load, this.px(14), 14, maxLabel);
    const widest = Math.max(parts.meterLabel.width, parts.executive ? 0 : parts.loadLabel.width);
    // The bar starts where it always did, or after a longer label in another language.
    const x = Math.max(g.barX, Math.ceil(14 + widest + 10));
    parts.bar = { x, w: g.w - x - 48 };
    if (parts.overload) this.drawOverloadSign(parts.overload, labels.overloaded, g.w - 20);
    if (parts.core) this.drawCoreTab(parts.core, labels.powerCore, g.w - 16);
    // Bars and notes drawn before are drawn again, where the bar now starts and in the new words.
    if (parts.drawn.meter >= 0) {
      if (parts.executive) this.drawCeoLive(parts);
      else this.drawLive(parts, parts.drawn.mood ?? 'neutral');
    }
  }

  /** The desk-front sign: a dark red tag sized to its words, with a warning triangle. */
  private drawOverloadSign(
    sign: Phaser.GameObjects.Container,
    value: string,
    maxWidth: number,
  ): void {
    const tag = sign.getAt<Phaser.GameObjects.Graphics>(0);
    const words = sign.getAt<Phaser.GameObjects.Text>(1);
    fitLabel(words, value, this.px(14), 14, maxWidth - 34);
    const tagW = Math.ceil(words.width) + 34;
    const red = hexNumber(mix(COLOURS.bad, COLOURS.ink, 0.22));
    tag.clear();
    tag.fillStyle(red, 1);
    tag.fillRoundedRect(-tagW / 2, -12, tagW, 24, 12);
    drawWarning(tag, -tagW / 2 + 15, 0, 7, colourNumber('paper'), red);
    words.setX(-tagW / 2 + 26);
  }

  /** The power core's tab: an amber pill sized to its words, with the crown. */
  private drawCoreTab(tab: Phaser.GameObjects.Container, value: string, maxWidth: number): void {
    const pill = tab.getAt<Phaser.GameObjects.Graphics>(0);
    const crown = tab.getAt<Phaser.GameObjects.Image>(1);
    const label = tab.getAt<Phaser.GameObjects.Text>(2);
    fitLabel(label, value, this.px(14), 14, maxWidth - 52);
    const pillW = Math.ceil(label.width) + 52;
    pill.clear();
    pill.fillStyle(colourNumber('ink'), 0.18);
    pill.fillRoundedRect(-pillW / 2, -11, pillW, 26, 13);
    pill.fillStyle(colourNumber('amber'), 1);
    pill.fillRoundedRect(-pillW / 2, -13, pillW, 26, 13);
    crown.setX(-pillW / 2 + 19);
    label.setX(-pillW / 2 + 36);
  }

  // --- Updating rooms ----------------------------------------------------------------------

  private setPortrait(parts: RoomParts, params: PortraitParams, mood: Mood): void {
    const key = portraitKey(params, mood, parts.geo.portrait);
    if (parts.drawn.portrait === key) return;
    const size = parts.geo.portrait;
    paintTexture(this.textures, key, size, size, (ctx) => drawPortrait(ctx, params, mood, size));
    parts.portrait.setTexture(key).setScale(HALF);
    parts.drawn.portrait = key;
  }

  private updateRoom(parts: RoomParts, room: RoomView): void {
    const d = parts.drawn;
    const maxText = parts.geo.w - 28;
    if (d.name !== room.name) {
      fitText(parts.name, room.name, this.px(17), 14, maxText);
      d.name = room.name;
    }
    if (d.sub !== room.leader) {
      fitText(parts.sub, room.leader, this.px(14), 14, maxText);
      d.sub = room.leader;
    }
    this.setPortrait(parts, room.portrait, room.mood);
    if (d.mood !== room.mood) {
      parts.moodIcon.setTexture(MOOD_TEXTURES[room.mood] ?? TEXTURES.moodNeutral);
      d.mood = room.mood;
    }
    if (d.core !== room.core) {
      parts.core?.setVisible(room.core);
      d.core = room.core;
    }
    const trust = Math.max(0, Math.min(100, Math.round(room.trust)));
    if (d.meter !== trust || d.load !== room.load || d.capacity !== room.capacity) {
      const from = parts.shownMeter < 0 ? trust : parts.shownMeter;
      d.meter = trust;
      d.load = room.load;
      d.capacity = room.capacity;
      this.animateMeter(parts, from, trust, () => this.drawLive(parts, room.mood));
    }
  }

  private updateCeo(parts: RoomParts, view: FloorView): void {
    const d = parts.drawn;
    const maxText = parts.geo.w - 28;
    if (d.name !== view.ceo.name) {
      fitText(parts.name, view.ceo.name, this.px(17), 14, maxText);
      d.name = view.ceo.name;
    }
    if (d.sub !== view.labels.ceoTitle) {
      fitText(parts.sub, view.labels.ceoTitle, this.px(14), 14, maxText);
      d.sub = view.labels.ceoTitle;
    }
    const support = Math.max(0, Math.min(100, Math.round(view.ceo.support)));
    // The CEO's face follows support the way a leader's follows trust.
    const mood = moodFromTrust(support);
    this.setPortrait(parts, view.ceo.portrait, mood);
    if (d.meter !== support) {
      const from = parts.shownMeter < 0 ? support : parts.shownMeter;
      d.meter = support;
      this.animateMeter(parts, from, support, () => this.drawCeoLive(parts));
    }
  }

  private animateMeter(parts: RoomParts, from: number, to: number, draw: () => void): void {
    this.tweens.killTweensOf(parts);
    if (!this.motion || from === to) {
      parts.shownMeter = to;
      draw();
      return;
    }
    this.tweens.add({
      targets: parts,
      shownMeter: { from, to },
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: draw,
      onComplete: draw,
    });
  }

  /** Redraws a silo room's live layer: trust bar, load pips and the paper stack on the desk. */
  private drawLive(parts: RoomParts, mood: Mood): void {
    const g = parts.geo;
    const gfx = parts.live;
    const { load, capacity } = parts.drawn;
    const { x: barX, w: barW } = parts.bar;
    const count = this.labels.count;
    const shown = Math.max(0, Math.min(100, parts.shownMeter));
    gfx.clear();
    // Trust bar: a track, the fill in the mood's colour, ticks at the mood bands.
    const barH = 10;
    const by = g.meterY - barH / 2;
    gfx.fillStyle(colourNumber('paperShade'), 1);
    gfx.fillRoundedRect(barX, by, barW, barH, barH / 2);
    const fillW = (barW * shown) / 100;
    if (fillW > 0) {
      gfx.fillStyle(hexNumber(MOOD_COLOURS[mood]), 1);
      gfx.fillRoundedRect(barX, by, Math.max(barH, fillW), barH, barH / 2);
    }
    gfx.fillStyle(colourNumber('paper'), 0.9);
    for (const band of [20, 40, 60, 80])
      gfx.fillRect(barX + (barW * band) / 100 - 0.5, by, 1, barH);
    gfx.lineStyle(1, colourNumber('line'), 1);
    gfx.strokeRoundedRect(barX, by, barW, barH, barH / 2);
    setLabel(parts.value, count(Math.round(shown)));

    // Load pips: empty slots are outlined, carried load is filled, overload shows as striped red.
    const slots = Math.min(8, Math.max(capacity, Math.ceil(load)));
    const pip = 13;
    const gap = 5;
    const py = g.loadY - pip / 2;
    for (let i = 0; i < slots; i += 1) {
      const px = barX + i * (pip + gap);
      // A small ask takes half a slot: the last pip may be partly filled.
      const part = Math.min(1, load - i);
      if (part > 0 && part < 1 && i < capacity) {
        gfx.lineStyle(2, colourNumber('wall'), 1);
        gfx.strokeRoundedRect(px + 1, py + 1, pip - 2, pip - 2, 3);
        gfx.fillStyle(colourNumber('player'), 1);
        gfx.fillRoundedRect(px, py, Math.max(4, pip * part), pip, 3);
      } else if (i < load && i < capacity) {
        gfx.fillStyle(colourNumber('player'), 1);
        gfx.fillRoundedRect(px, py, pip, pip, 3);
      } else if (i < load) {
        gfx.fillStyle(colourNumber('bad'), 1);
        gfx.fillRoundedRect(px, py, pip, pip, 3);
        gfx.lineStyle(2, colourNumber('paper'), 1);
        gfx.lineBetween(px + 3, py + pip - 3, px + pip - 3, py + 3);
      } else {
        gfx.lineStyle(2, colourNumber('wall'), 1);
        gfx.strokeRoundedRect(px + 1, py + 1, pip - 2, pip - 2, 3);
      }
    }
    const over = load > capacity;
    setLabel(
      parts.note,
      `${count(Math.min(load, 99))}/${count(capacity)}`,
      over ? mix(COLOURS.bad, COLOURS.ink, 0.22) : COLOURS.inkSoft,
      '700',
    );
    parts.overload?.setVisible(over);

    // Paper stack on the desk: one bundle per initiative, a toppling pile when overloaded.
    const sx = Math.round((g.w - g.deskWidth) / 2) + 12;
    const base = g.deskTop;
    const sheets = Math.min(14, Math.round(load * 3));
    for (let i = 0; i < sheets; i += 1) {
      const shift = over ? Math.sin(i * 1.7) * 2.5 : (i % 2) * 0.8;
      gfx.fillStyle(i % 3 === 2 ? colourNumber('paperShade') : colourNumber('paper'), 1);
      gfx.fillRect(sx + shift, base - 2.4 * (i + 1), 26, 2.2);
      gfx.fillStyle(colourNumber('line'), 1);
      gfx.fillRect(sx + shift, base - 2.4 * (i + 1) + 2, 26, 0.5);
    }
    if (over) {
      // Loose sheets sliding off the pile.
      gfx.fillStyle(colourNumber('paper'), 1);
      gfx.lineStyle(1, colourNumber('line'), 1);
      const top = base - 2.4 * sheets;
      const sheet = (cx: number, cy: number, a: number) => {
        const pts = [
          [-12, -1.5],
          [12, -1.5],
          [12, 1.5],
          [-12, 1.5],
        ].map(
          ([px, py]) =>
            new Phaser.Math.Vector2(
              cx + px! * Math.cos(a) - py! * Math.sin(a),
              cy + px! * Math.sin(a) + py! * Math.cos(a),
            ),
        );
        gfx.fillPoints(pts, true);
        gfx.strokePoints(pts, true);
      };
      sheet(sx + 30, top + 6, 0.5);
      sheet(sx + 8, top - 6, -0.35);
    }
  }

  private drawCeoLive(parts: RoomParts): void {
    const g = parts.geo;
    const gfx = parts.live;
    const { x: barX, w: barW } = parts.bar;
    const labels = this.labels;
    const shown = Math.max(0, Math.min(100, parts.shownMeter));
    gfx.clear();
    const barH = 10;
    const by = g.meterY - barH / 2;
    gfx.fillStyle(colourNumber('paperShade'), 1);
    gfx.fillRoundedRect(barX, by, barW, barH, barH / 2);
    const low = shown < 25;
    if (shown > 0) {
      gfx.fillStyle(low ? colourNumber('bad') : colourNumber('player'), 1);
      gfx.fillRoundedRect(barX, by, Math.max(barH, (barW * shown) / 100), barH, barH / 2);
    }
    gfx.lineStyle(1, colourNumber('line'), 1);
    gfx.strokeRoundedRect(barX, by, barW, barH, barH / 2);
    setLabel(parts.value, labels.count(Math.round(shown)));
    if (low) drawWarning(gfx, 21, g.loadY, 7, colourNumber('bad'), colourNumber('paper'));
    const noteX = low ? 34 : 14;
    parts.note.setOrigin(0, 0.5).setX(noteX);
    // Colour and weight first: the weight changes the width the words are fitted to.
    setLabel(
      parts.note,
      parts.note.text,
      low ? mix(COLOURS.bad, COLOURS.ink, 0.2) : COLOURS.inkSoft,
      low ? '700' : '400',
    );
    fitLabel(
      parts.note,
      low ? labels.ceoImpatient : shown >= 70 ? labels.ceoBacks : labels.ceoWatching,
      this.px(14),
      14,
      g.w - noteX - 14,
    );
  }

  // --- Focus, veil, camera -----------------------------------------------------------------

  private drawFocus(id: string | null): void {
    this.focusId = id;
    this.focusStale = false;
    this.focus.clear();
    this.tweens.killTweensOf(this.focus);
    this.focus.setAlpha(1);
    const rect = id && this.layout ? roomRect(this.layout, id) : null;
    if (!rect) return;
    const amber = colourNumber('focus');
    this.focus.lineStyle(10, amber, 0.22);
    this.focus.strokeRoundedRect(rect.x - 5, rect.y - 5, rect.width + 10, rect.height + 10, 19);
    this.focus.lineStyle(4, amber, 1);
    this.focus.strokeRoundedRect(rect.x - 2, rect.y - 2, rect.width + 4, rect.height + 4, 16);
    // A small pointer on the corridor side, so focus reads even without colour.
    const cx = rect.x + rect.width / 2;
    this.focus.fillStyle(amber, 1);
    if (rect.door === 'bottom') {
      const y = rect.y + rect.height + 6;
      this.focus.fillTriangle(cx - 9, y + 10, cx + 9, y + 10, cx, y);
    } else {
      const y = rect.y - 6;
      this.focus.fillTriangle(cx - 9, y - 10, cx + 9, y - 10, cx, y);
    }
    if (this.motion) {
      this.tweens.add({
        targets: this.focus,
        alpha: 0.7,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  private applyScreen(view: FloorView): void {
    const screen = view.screen;
    const focusRect =
      screen === 'negotiation' && view.focusedSilo && this.layout
        ? roomRect(this.layout, view.focusedSilo)
        : null;
    // Camera: into the negotiated room, otherwise the whole floor.
    const cameraMode = focusRect ? `room:${focusRect.id}` : 'floor';
    if (cameraMode !== this.cameraMode) {
      this.cameraMode = cameraMode;
      this.moveCamera(focusRect);
    }
    // Veil: around the negotiated room, over the floor for events and results.
    const veilMode =
      focusRect !== null
        ? `room:${focusRect.id}`
        : screen === 'event' || screen === 'year-review'
          ? 'dim'
          : screen === 'results' && view.resolution
            ? 'results'
            : 'none';
    if (veilMode !== this.veilMode) {
      this.veilMode = veilMode;
      this.drawVeil(veilMode, focusRect);
    }
    // Results: play each new resolution once; show its end state when coming back to it.
    if (screen === 'results' && view.resolution) {
      const seq = view.resolution.seq;
      if (seq !== this.playedSeq) {
        this.playedSeq = seq;
        this.showResolution(view.resolution.segments, view.resolution.quarters, this.motion);
      } else if (!this.lanes || this.lanesStale) {
        // Coming back, or the words changed: the end state, without playing it again.
        this.showResolution(view.resolution.segments, view.resolution.quarters, false);
      }
    } else if (this.lanes) {
      this.hideResolution();
    }
  }

  private moveCamera(rect: RoomRect | null): void {
    const camera = this.cameras.main;
    const view = this.cameraView;
    let zoom = 1;
    let scrollX = 0;
    let scrollY = 0;
    if (rect) {
      const stageHeight = this.scale.height;
      const v = negotiationView(stageHeight);
      zoom = Math.max(1, Math.min(3, v.width / rect.width, v.height / rect.height));
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      const sx = v.x + v.width / 2;
      const sy = v.y + v.height / 2;
      // Screen = (world - scroll - origin) * zoom + origin, with the origin at the stage centre.
      scrollX = cx - DESIGN_WIDTH / 2 - (sx - DESIGN_WIDTH / 2) / zoom;
      scrollY = cy - stageHeight / 2 - (sy - stageHeight / 2) / zoom;
    }
    // A proxy is tweened (not the camera), so the scene's fade, which tweens the camera's
    // alpha, can never cancel a camera move.
    this.tweens.killTweensOf(view);
    const apply = () => camera.setZoom(view.zoom).setScroll(view.scrollX, view.scrollY);
    // Sharp floor while zoomed (or zooming); the 1:1 floor once back at rest.
    const detail = (sharp: boolean) => {
      const key = sharp ? this.floorKeys.sharp : this.floorKeys.flat;
      if (this.floorImage && key) this.floorImage.setTexture(key).setScale(sharp ? HALF : 1);
    };
    if (rect) detail(true);
    if (!this.motion) {
      Object.assign(view, { zoom, scrollX, scrollY });
      apply();
      detail(rect !== null);
      return;
    }
    this.tweens.add({
      targets: view,
      zoom,
      scrollX,
      scrollY,
      duration: 750,
      ease: 'Cubic.easeInOut',
      onUpdate: apply,
      onComplete: () => {
        apply();
        detail(rect !== null);
      },
    });
  }

  private drawVeil(mode: string, rect: RoomRect | null): void {
    const veil = this.veil;
    this.tweens.killTweensOf(veil);
    const target = mode === 'none' ? 0 : mode === 'dim' ? 0.55 : mode === 'results' ? 0.4 : 0.5;
    const redraw = () => {
      veil.clear();
      if (mode === 'none') return;
      veil.fillStyle(colourNumber('ink'), 1);
      // Far beyond the stage, so a zoomed camera never sees an edge.
      const big = 4000;
      if (rect && mode.startsWith('room:')) {
        // Four bands around the room, and rounded corners that follow the room's own corners.
        const pad = 6;
        const r = 14 + pad;
        const x0 = rect.x - pad;
        // Extra room on top for the power core's tab, which sits on the room's top edge.
        const y0 = rect.y - pad - (this.rooms.get(rect.id)?.drawn.core ? 12 : 0);
        const x1 = rect.x + rect.width + pad;
        const y1 = rect.y + rect.height + pad;
        veil.fillRect(-big, -big, 2 * big, y0 + big);
        veil.fillRect(-big, y1, 2 * big, big);
        veil.fillRect(-big, y0, x0 + big, y1 - y0);
        veil.fillRect(x1, y0, big, y1 - y0);
        const corners: readonly [number, number, number, number, number][] = [
          [x0, y0, x0 + r, y0 + r, Math.PI],
          [x1, y0, x1 - r, y0 + r, Math.PI * 1.5],
          [x1, y1, x1 - r, y1 - r, 0],
          [x0, y1, x0 + r, y1 - r, Math.PI * 0.5],
        ];
        for (const [px, py, cx, cy, a0] of corners) {
          const points = [new Phaser.Math.Vector2(px, py)];
          for (let k = 0; k <= 8; k += 1) {
            const a = a0 + (k / 8) * (Math.PI / 2);
            points.push(new Phaser.Math.Vector2(cx + Math.cos(a) * r, cy + Math.sin(a) * r));
          }
          veil.fillPoints(points, true);
        }
      } else {
        veil.fillRect(-big, -big, 2 * big, 2 * big);
      }
    };
    if (!this.motion) {
      redraw();
      veil.setAlpha(target);
      return;
    }
    // Fade out the old veil before drawing the new shape, then fade in.
    const fadeIn = () => {
      redraw();
      if (mode !== 'none')
        this.tweens.add({ targets: veil, alpha: target, duration: 350, ease: 'Sine.easeOut' });
    };
    if (veil.alpha > 0.01) {
      this.tweens.add({ targets: veil, alpha: 0, duration: 200, onComplete: fadeIn });
    } else {
      fadeIn();
    }
  }

  // --- Staff in the corridor ---------------------------------------------------------------

  private resetStaff(): void {
    for (const s of this.staff) s.sprite.destroy();
    this.staff = [];
    const layout = this.layout;
    if (!layout) return;
    const c = layout.corridor;
    const keys = [TEXTURES.walkerA, TEXTURES.walkerC, TEXTURES.walkerB];
    const starts = [0.2, 0.62, 0.85];
    keys.forEach((key, i) => {
      const x = c.x + c.width * (starts[i] ?? 0.5);
      const y = c.y + c.height / 2 + 14 + (i % 2) * 4;
      const sprite = this.add
        .image(x, y, key)
        .setOrigin(0.5, 1)
        .setScale(HALF)
        .setDepth(DEPTH.walkers);
      this.staff.push({
        sprite,
        speed: (i % 2 === 0 ? 1 : -1) * (16 + i * 4),
        min: c.x + 40,
        max: c.x + c.width - 40,
        phase: i,
      });
    });
  }

  // --- The resolution animation ------------------------------------------------------------

  private hideResolution(): void {
    const lanes = this.lanes;
    this.lanes = null;
    this.lanesStale = false;
    this.walking = [];
    this.counters = [];
    this.animating = false;
    if (!lanes) return;
    if (!this.motion) {
      lanes.destroy();
      return;
    }
    this.tweens.add({ targets: lanes, alpha: 0, duration: 250, onComplete: () => lanes.destroy() });
  }

  private showResolution(
    segments: readonly SegmentFlowView[],
    quarters: number,
    animate: boolean,
  ): void {
    this.lanes?.destroy();
    this.lanesStale = false;
    const labels = this.labels;
    this.walking = [];
    this.counters = [];
    const layout = this.layout;
    if (!layout) return;
    const R = layout.customerLanes;
    const lanes = this.add.container(0, 0).setDepth(DEPTH.lanes);
    this.lanes = lanes;

    const card = this.add.graphics();
    card.fillStyle(colourNumber('ink'), 0.22);
    card.fillRoundedRect(R.x, R.y + 6, R.width, R.height, 18);
    card.fillStyle(colourNumber('paper'), 1);
    card.fillRoundedRect(R.x, R.y, R.width, R.height, 18);
    lanes.add(card);

    const shownSegments = segments.slice(0, 5);
    const headerH = 52;
    const footerH = 50;
    const gap = 10;
    const areaTop = R.y + headerH;
    const areaH = R.height - headerH - footerH;
    const count = Math.max(1, shownSegments.length);
    const laneH = Math.min(150, Math.floor((areaH - gap * (count - 1)) / count));
    const usedH = laneH * count + gap * (count - 1);
    const laneX = R.x + 16;
    const laneW = R.width - 32;
    // Figures stand in up to two clean, staggered rows (back row drawn first).
    const rowStep = 40;
    const rows = laneH >= 124 ? 2 : 1;
    const step = 15;
    const wonZone = { x: 14, width: 236 };
    const storeX = 262;
    const lostZoneX = storeX + STOREFRONT_SIZE.width + 20;
    const lostZoneW = Math.floor((laneW - lostZoneX - 14 - 16) / 2);
    // Where nobody asked why customers left, one zone spans both "lost" columns.
    const unknownZoneW = lostZoneW * 2 + 16;
    const perRowWon = Math.floor(wonZone.width / step);
    const perRowLost = Math.floor(lostZoneW / step);
    const perRowUnknown = Math.floor(unknownZoneW / step);
    const limits = {
      won: perRowWon * rows,
      lost: perRowLost * rows,
      lostUnknown: perRowUnknown * rows,
      total: 220,
    };
    const unit = gameFigureUnit(shownSegments, quarters, limits);

    const unitNote = this.add
      .text(R.x + R.width - 24, R.y + 27, '', textStyle(this.px(15), COLOURS.inkSoft, '600'))
      .setOrigin(1, 0.5);
    fitText(unitNote, labels.figureUnit(unit), this.px(15), 14, R.width / 2 - 24);
    const title = this.add
      .text(R.x + 24, R.y + 27, '', textStyle(this.px(21), COLOURS.ink, '600', FONTS.display))
      .setOrigin(0, 0.5);
    fitText(title, labels.customersThisQuarter, this.px(21), 16, R.width - 72 - unitNote.width);
    lanes.add([title, unitNote]);

    const rand = pseudoRandom(17);
    const lostDark = mix(COLOURS.twin, COLOURS.ink, 0.28);
    shownSegments.forEach((seg, i) => {
      const ly = areaTop + (areaH - usedH) / 2 + i * (laneH + gap);
      const bg = this.add.graphics();
      bg.fillStyle(colourNumber('paperShade'), 1);
      bg.fillRoundedRect(laneX, ly, laneW, laneH, 12);
      // A pavement line the figures walk along.
      bg.fillStyle(colourNumber('line'), 1);
      bg.fillRect(laneX + 10, ly + laneH - 9, laneW - 20, 2);
      lanes.add(bg);

      // The segment's storefront, its name and its customer count.
      const storeScale = Math.min(1, (laneH - 50) / STOREFRONT_SIZE.height);
      const storeCx = laneX + storeX + STOREFRONT_SIZE.width / 2;
      const store = this.add
        .image(storeCx, ly + laneH - 8, TEXTURES.storefront)
        .setOrigin(0.5, 1)
        .setScale(HALF * storeScale);
      const name = this.add
        .text(storeCx, ly + 15, '', textStyle(this.px(16), COLOURS.ink, '600', FONTS.display))
        .setOrigin(0.5);
      fitText(name, seg.name, this.px(16), 14, STOREFRONT_SIZE.width + 30);
      const countText = this.add
        .text(storeCx, ly + 33, '', textStyle(this.px(14), COLOURS.inkSoft, '600'))
        .setOrigin(0.5);
      lanes.add([store, name, countText]);
      // Only re-rendered when the shown number changes (each change redraws the text's canvas).
      const setCount = (n: number) =>
        setLabel(
          countText,
          `${labels.count(Math.round(seg.before))} → ${labels.count(Math.round(n))}`,
        );
      setCount(animate ? seg.before : seg.after);
      if (animate)
        this.counters.push({ text: countText, from: seg.before, to: seg.after, set: setCount });

      // Zone labels with the exact numbers (the figures are rounded up).
      const zoneLabel = (x: number, origin: number, text: string, colour: string, max: number) => {
        const label = this.add
          .text(laneX + x, ly + 15, '', textStyle(this.px(14), colour, '700'))
          .setOrigin(origin, 0.5);
        fitText(label, text, this.px(14), 14, max);
        lanes.add(label);
      };
      zoneLabel(
        wonZone.x + wonZone.width,
        1,
        labels.won(Math.round(seg.won)),
        mix(COLOURS.player, COLOURS.ink, 0.15),
        wonZone.width,
      );
      if (seg.reasonsKnown) {
        zoneLabel(
          lostZoneX,
          0,
          labels.lostControllable(Math.round(seg.lostControllable)),
          lostDark,
          lostZoneW,
        );
        zoneLabel(
          lostZoneX + lostZoneW + 16,
          0,
          labels.lostUncontrollable(Math.round(seg.lostUncontrollable)),
          COLOURS.inkSoft,
          lostZoneW,
        );
      } else {
        // Reasons are shown only where the player measures them (DESIGN.md): one kind of leaver.
        zoneLabel(
          lostZoneX,
          0,
          labels.lostUnknown(Math.round(lostTotal(seg))),
          COLOURS.inkSoft,
          unknownZoneW,
        );
      }

      const feetY = ly + laneH - 10;
      const slot = (zoneX: number, perRow: number, k: number, fromRight: boolean) => {
        const row = Math.floor(k / perRow);
        const col = k % perRow;
        const stagger = (row % 2) * (step / 2);
        const x = fromRight ? zoneX - col * step - stagger : zoneX + col * step + stagger;
        return { x: laneX + x + (rand() - 0.5) * 3, y: feetY - row * rowStep, row };
      };
      type Place = (k: number) => { x: number; y: number; row: number };
      const flows: [number, string, boolean, Place][] = [
        [
          seg.won,
          TEXTURES.figureWon,
          true,
          (k) => slot(wonZone.x + wonZone.width - 10, perRowWon, k, true),
        ],
      ];
      if (seg.reasonsKnown) {
        flows.push(
          [
            seg.lostControllable,
            TEXTURES.figureLostControllable,
            false,
            (k) => slot(lostZoneX + 10, perRowLost, k, false),
          ],
          [
            seg.lostUncontrollable,
            TEXTURES.figureLostUncontrollable,
            false,
            (k) => slot(lostZoneX + lostZoneW + 26, perRowLost, k, false),
          ],
        );
      } else {
        flows.push([
          lostTotal(seg),
          TEXTURES.figureLostUnknown,
          false,
          (k) => slot(lostZoneX + 10, perRowUnknown, k, false),
        ]);
      }
      const placed: {
        key: string;
        arriving: boolean;
        share: number;
        to: { x: number; y: number; row: number };
      }[] = [];
      for (const [n, key, arriving, place] of flows) {
        const figures = Math.ceil(Math.max(0, n) / unit);
        for (let k = 0; k < figures; k += 1) {
          placed.push({ key, arriving, share: figures > 1 ? k / (figures - 1) : 0, to: place(k) });
        }
      }
      // Back rows first, so front figures overlap them like a crowd.
      placed.sort((p, q) => q.to.row - p.to.row);
      for (const { key, arriving, share, to } of placed) {
        const sprite = this.add
          .image(to.x, to.y, key)
          .setOrigin(0.5, 1)
          .setScale(HALF * FIGURE_SCALE);
        lanes.add(sprite);
        if (!animate) continue;
        const fromX = arriving ? laneX + 6 : storeCx;
        // Arrivals first, then departures, each spread out so they read as a stream.
        const start = (arriving ? 0 : 450) + share * 1300 + rand() * 120;
        const duration = 900 + Math.abs(to.x - fromX) * 2.2;
        sprite.setPosition(fromX, feetY).setAlpha(0);
        this.walking.push({ sprite, fromX, fromY: feetY, toX: to.x, toY: to.y, start, duration });
      }
    });

    // Legend: shape and colour together, with words; only the kinds the lanes show.
    const legendY = R.y + R.height - footerH / 2;
    const items: [string, string][] = [[TEXTURES.figureWon, labels.legendWon]];
    if (shownSegments.some((seg) => seg.reasonsKnown)) {
      items.push(
        [TEXTURES.figureLostControllable, labels.legendLostControllable],
        [TEXTURES.figureLostUncontrollable, labels.legendLostUncontrollable],
      );
    }
    if (shownSegments.some((seg) => !seg.reasonsKnown))
      items.push([TEXTURES.figureLostUnknown, labels.legendLostUnknown]);
    const legendTexts = items.map(([, label]) =>
      this.add
        .text(0, legendY, label, textStyle(this.px(15), COLOURS.ink, '400'))
        .setOrigin(0, 0.5),
    );
    // 20 px from icon to words, then a gap that narrows (and at last the words shrink) to fit.
    const legendRoom = R.width - 56;
    const wordsWidth = () => legendTexts.reduce((sum, text) => sum + text.width, 0);
    const gaps = Math.max(1, items.length - 1);
    let legendGap = 40;
    const spare = legendRoom - wordsWidth() - 20 * items.length;
    if (spare < legendGap * gaps) {
      legendGap = Math.max(16, Math.floor(spare / gaps));
      const each = Math.floor((legendRoom - (20 + legendGap) * items.length) / items.length);
      for (const [k, text] of legendTexts.entries()) {
        if (text.width > each) fitText(text, items[k]?.[1] ?? '', this.px(15), 14, each);
      }
    }
    let lx = R.x + 28;
    for (const [k, [key]] of items.entries()) {
      const text = legendTexts[k];
      if (!text) continue;
      const icon = this.add
        .image(lx, legendY + 17, key)
        .setOrigin(0.5, 1)
        .setScale(HALF * FIGURE_SCALE);
      text.setX(lx + 20);
      lanes.add([icon, text]);
      lx += 20 + text.width + legendGap;
    }

    lanes.setAlpha(animate ? 0 : 1);
    if (animate) {
      this.tweens.add({ targets: lanes, alpha: 1, duration: 250 });
      // Set by the first update: the scene clock stands still while the scene sleeps.
      this.animStart = -1;
      this.animating = true;
    } else {
      this.animating = false;
    }
  }

  override update(time: number, delta: number): void {
    const dt = Math.min(delta, 50) / 1000;
    if (this.motion && this.view?.screen !== 'negotiation') {
      for (const s of this.staff) {
        s.sprite.x += s.speed * dt;
        if (s.sprite.x > s.max || s.sprite.x < s.min) {
          s.speed = -s.speed;
          s.sprite.x = Math.max(s.min, Math.min(s.max, s.sprite.x));
        }
        s.phase += dt * Math.abs(s.speed) * 0.4;
        s.sprite.setFlipX(s.speed < 0);
      }
    }
    if (!this.animating) return;
    if (this.animStart < 0) this.animStart = time;
    const t = time - this.animStart;
    let busy = false;
    for (const w of this.walking) {
      const p = (t - w.start) / w.duration;
      if (p <= 0) {
        busy = true;
        continue;
      }
      if (p >= 1) {
        w.sprite.setPosition(w.toX, w.toY).setAlpha(1);
        continue;
      }
      busy = true;
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      const bob = Math.abs(Math.sin(p * w.duration * 0.012)) * 2;
      w.sprite.setPosition(w.fromX + (w.toX - w.fromX) * e, w.fromY + (w.toY - w.fromY) * e - bob);
      w.sprite.setAlpha(Math.min(1, p * 6));
    }
    const countP = Math.min(1, t / 3000);
    for (const c of this.counters) {
      const n = c.from + (c.to - c.from) * (1 - (1 - countP) ** 3);
      c.set(n);
    }
    if (!busy && countP >= 1) this.animating = false;
  }
}
