// Procedurally drawn leader portraits (flat, friendly busts) on a Canvas 2D context, for the Phaser
// floor (as textures) and for DOM panels. Imports only the palette and types: no Phaser, and it
// never queries the document (it only creates a canvas when asked for one).

import type { Mood, PortraitParams } from '../stage/floor-view';
import { MOODS } from '../stage/mood';
import { COLOURS } from '../stage/theme';

/** Skin tones, light to dark (scenario `skin` 0..7). */
const SKINS = [
  '#f8d9c4',
  '#f0c3a0',
  '#e2aa7e',
  '#c98e60',
  '#aa6e45',
  '#8b5535',
  '#6d4029',
  '#4b2b1c',
] as const;

/** Hair colours (scenario `hair` 0..7): black, browns, auburn, blonde, grey, silver, plum. */
const HAIRS = [
  '#221c1a',
  '#3f2c22',
  '#6e4726',
  '#9c4a26',
  '#d9b25f',
  '#8f8f98',
  '#dcd8d0',
  '#6a3f7d',
] as const;

/** Clothing accents (scenario `accent` 0..7), all from the game palette. */
const ACCENTS = [
  COLOURS.player,
  COLOURS.measured,
  COLOURS.believed,
  COLOURS.amber,
  COLOURS.sky,
  COLOURS.twin,
  COLOURS.inkSoft,
  '#7c6bb0',
] as const;

/** A parameter as an index 0..n-1: wraps anything out of range, non-integers and NaN included. */
function pick(value: number, n: number): number {
  if (!Number.isFinite(value)) return 0;
  const i = Math.trunc(value) % n;
  return i < 0 ? i + n : i;
}

/** A CSS hex colour mixed towards another (t = 0 keeps `a`, 1 gives `b`). */
function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const ch = (p: number, s: number) => (p >> s) & 255;
  const out = [16, 8, 0].map((s) => Math.round(ch(pa, s) + (ch(pb, s) - ch(pa, s)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The resolved look of one portrait, from the scenario's small integers. */
interface Look {
  readonly skin: string;
  readonly skinShade: string;
  readonly hair: string;
  readonly hairShade: string;
  readonly accent: string;
  readonly accentShade: string;
  readonly style: number;
  /** 0 jacket and shirt, 1 crew-neck jumper, 2 blouse with collar. */
  readonly top: number;
  readonly glasses: boolean;
}

function lookOf(params: PortraitParams): Look {
  const skinIndex = pick(params.skin, SKINS.length);
  const hairIndex = pick(params.hair, HAIRS.length);
  const style = pick(params.hairStyle, 8);
  const accentIndex = pick(params.accent, ACCENTS.length);
  const skin = SKINS[skinIndex] ?? SKINS[0];
  const hair = HAIRS[hairIndex] ?? HAIRS[0];
  const accent = ACCENTS[accentIndex] ?? ACCENTS[0];
  return {
    skin,
    skinShade: mix(skin, '#5a3020', 0.22),
    hair,
    // Dark hair gets a lighter sheen, light hair a darker one, so strands always read.
    hairShade:
      hairIndex <= 2 || hairIndex === 7 ? mix(hair, '#ffffff', 0.18) : mix(hair, '#000000', 0.2),
    accent,
    accentShade: mix(accent, COLOURS.ink, 0.3),
    style,
    // Derived, so the same leader always dresses the same and neighbours tend to differ.
    top: (accentIndex + style) % 3,
    glasses: (hairIndex + accentIndex * 3 + style) % 4 === 0,
  };
}

type Ctx = CanvasRenderingContext2D;

function ellipse(ctx: Ctx, x: number, y: number, rx: number, ry: number, fill: string): void {
  ctx.beginPath();
  ctx.ellipse(x, y, rx, ry, 0, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** Hair that sits behind the head and shoulders (long styles, bun, curls). */
function drawBackHair(ctx: Ctx, look: Look): void {
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
      ellipse(ctx, 50, 14, 9, 8, look.hair);
      ellipse(ctx, 48, 12, 3.5, 2.5, look.hairShade);
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
      for (const [px, py, r] of puffs) ellipse(ctx, px, py, r, r, look.hair);
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
function drawFrontHair(ctx: Ctx, look: Look): void {
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

function drawBody(ctx: Ctx, look: Look): void {
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

function drawFace(ctx: Ctx, look: Look, mood: Mood): void {
  // Ears, then the head.
  ellipse(ctx, 31, 45, 4.2, 5.5, look.skinShade);
  ellipse(ctx, 69, 45, 4.2, 5.5, look.skinShade);
  ellipse(ctx, 50, 42, 19, 23, look.skin);

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
    ellipse(ctx, 38.5, 52, 4, 2.6, '#e8736a');
    ellipse(ctx, 61.5, 52, 4, 2.6, '#e8736a');
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
      ellipse(ctx, ex, eyeY, 2.2, mood === 'wary' ? 1.9 : 2.4, ink);
      ellipse(ctx, ex + 0.7, eyeY - 0.8, 0.6, 0.6, '#ffffff');
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

/**
 * Draws a leader's bust into a `size`×`size` square at the context's current origin, on a
 * transparent background: shoulders touch the bottom edge, so a desk can be drawn over them.
 * `params` are the scenario's small integers (0..7 each); anything out of range wraps.
 */
export function drawPortrait(
  ctx: CanvasRenderingContext2D,
  params: PortraitParams,
  mood: Mood,
  size: number,
): void {
  const look = lookOf(params);
  const safeMood: Mood = MOODS.includes(mood) ? mood : 'neutral';
  const scale = Number.isFinite(size) && size > 0 ? size / 100 : 1;
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineJoin = 'round';
  drawBackHair(ctx, look);
  drawBody(ctx, look);
  drawFace(ctx, look, safeMood);
  drawFrontHair(ctx, look);
  ctx.restore();
}

/**
 * A new `size`×`size` canvas holding the portrait, for DOM panels. Where the canvas has no 2D
 * context (jsdom), the blank canvas is returned.
 */
export function portraitCanvas(
  params: PortraitParams,
  mood: Mood,
  size: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const side = Number.isFinite(size) && size > 0 ? Math.max(1, Math.round(size)) : 1;
  canvas.width = side;
  canvas.height = side;
  const ctx = context2d(canvas);
  if (ctx) drawPortrait(ctx, params, mood, side);
  return canvas;
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  try {
    return canvas.getContext('2d');
  } catch {
    // Some test DOMs throw "not implemented" instead of returning null.
    return null;
  }
}
