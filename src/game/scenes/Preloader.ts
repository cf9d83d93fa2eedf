// The loading screen and the texture painter: shows a progress bar while it paints every shared
// texture in code (Canvas 2D, no image files) and runs the app's start-up tasks one by one, then
// starts the Backdrop and Office scenes. Only src/game imports Phaser; this never touches the store.

import * as Phaser from 'phaser';
import { COLOURS, FONTS, DESIGN_HEIGHT, DESIGN_WIDTH, colourNumber } from '../../stage/theme';
import { SCENES, TEXTURES, TEXTURE_SCALE } from '../keys';
import type { FloorFeed, FloorView } from '../../stage/floor-view';

/** A start-up step run while the progress bar shows its label. */
export interface PreloadTask {
  readonly label: string;
  readonly run: () => Promise<void>;
}

/** The loading screen's words, in the player's language (the caller translates them). */
export interface PreloadLabels {
  readonly title: string;
  /** A line under the title; none is drawn when absent. */
  readonly tagline?: string;
  readonly starting: string;
  /** The labels of the Preloader's own steps (fonts, people, offices, mood, city), in order. */
  readonly fonts: string;
  readonly people: string;
  readonly offices: string;
  readonly mood: string;
  readonly city: string;
}

// ---------------------------------------------------------------------------------------------
// Painting helpers, shared by the scenes (which import them from here, never the other way).
// ---------------------------------------------------------------------------------------------

type Ctx = CanvasRenderingContext2D;

/** A CSS hex colour mixed towards another (t = 0 keeps `a`, 1 gives `b`). */
export function mix(a: string, b: string, t: number): string {
  const pa = Number.parseInt(a.slice(1), 16);
  const pb = Number.parseInt(b.slice(1), 16);
  const out = [16, 8, 0].map((s) => {
    const ca = (pa >> s) & 255;
    const cb = (pb >> s) & 255;
    return Math.round(ca + (cb - ca) * t);
  });
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A CSS hex colour with an alpha, as an rgba() string. */
export function rgba(hex: string, alpha: number): string {
  const p = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(p >> 16) & 255}, ${(p >> 8) & 255}, ${p & 255}, ${alpha})`;
}

/** A CSS hex colour as the 0xRRGGBB number Phaser wants. */
export function hexNumber(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

/** Fills a rounded rectangle. */
export function fillRound(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string | CanvasGradient,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fillStyle = fill;
  ctx.fill();
}

/** Device pixels per design pixel of a painting context (shadows are not scaled by transforms). */
export function pixelScale(ctx: Ctx): number {
  return typeof ctx.getTransform === 'function' ? ctx.getTransform().a : TEXTURE_SCALE;
}

/** A soft drop shadow under a rounded rectangle (the house style's "soft shadows"). */
export function softShadow(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  blur = 10,
  alpha = 0.18,
): void {
  ctx.save();
  ctx.shadowColor = rgba(COLOURS.ink, alpha);
  ctx.shadowBlur = blur * pixelScale(ctx);
  ctx.shadowOffsetY = (blur / 3) * pixelScale(ctx);
  fillRound(ctx, x, y, w, h, r, COLOURS.paper);
  ctx.restore();
}

/** A small deterministic random stream, so painted details stay the same on every run. */
export function pseudoRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Paints a texture in code: a canvas of `width`×`height` design pixels at `scale`, drawn in
 * design units. Replaces a texture of the same key when `replace` is set (and it is unused).
 */
export function paintTexture(
  textures: Phaser.Textures.TextureManager,
  key: string,
  width: number,
  height: number,
  paint: (ctx: Ctx) => void,
  options: { scale?: number; replace?: boolean } = {},
): string {
  const scale = options.scale ?? TEXTURE_SCALE;
  if (textures.exists(key)) {
    if (!options.replace) return key;
    textures.remove(key);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(width * scale));
  canvas.height = Math.max(1, Math.ceil(height * scale));
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.scale(scale, scale);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    paint(ctx);
  }
  textures.addCanvas(key, canvas);
  return key;
}

/**
 * Draws a scene from the feed now and on every change, and stops listening when the scene shuts
 * down or is destroyed (scene hygiene: no subscription outlives its scene).
 */
export function followFeed(
  scene: Phaser.Scene,
  feed: FloorFeed,
  apply: (view: FloorView) => void,
): void {
  apply(feed.get());
  let unsubscribe: (() => void) | null = feed.subscribe(apply);
  const cleanup = () => {
    unsubscribe?.();
    unsubscribe = null;
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, cleanup);
  scene.events.once(Phaser.Scenes.Events.DESTROY, cleanup);
}

/**
 * Shows or hides a scene that runs side by side with the others: a short fade of its camera, then
 * a hidden scene sleeps (no update, no render) until it is shown again. `instant` skips the fade.
 * Call it only once the scene has finished create() (sleeping during create is undone by Phaser).
 */
export function presentScene(scene: Phaser.Scene, shown: boolean, instant: boolean): void {
  const sys = scene.sys;
  const camera = scene.cameras.main;
  scene.tweens.killTweensOf(camera);
  if (shown) {
    if (sys.isSleeping()) {
      sys.wake();
      camera.setAlpha(instant ? 1 : 0);
    }
    if (instant) camera.setAlpha(1);
    else scene.tweens.add({ targets: camera, alpha: 1, duration: 350, ease: 'Sine.easeOut' });
    return;
  }
  if (sys.isSleeping()) return;
  if (instant) {
    sys.sleep();
    return;
  }
  scene.tweens.add({
    targets: camera,
    alpha: 0,
    duration: 300,
    ease: 'Sine.easeIn',
    onComplete: () => {
      if (!sys.isSleeping()) sys.sleep();
    },
  });
}

// ---------------------------------------------------------------------------------------------
// People.
// ---------------------------------------------------------------------------------------------

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

function paintPeople(textures: Phaser.Textures.TextureManager): void {
  const skin = '#e2aa7e';
  const fig = (key: string, body: string, hair: string, badge: Badge, skinTone = skin) =>
    paintTexture(textures, key, FIGURE_SIZE.width, FIGURE_SIZE.height, (ctx) =>
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

// ---------------------------------------------------------------------------------------------
// Office props and markers.
// ---------------------------------------------------------------------------------------------

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

function paintMoodIcons(textures: Phaser.Textures.TextureManager): void {
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
  paintTexture(textures, TEXTURES.moodHostile, s, s, (ctx) => {
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
  paintTexture(textures, TEXTURES.moodWary, s, s, (ctx) => {
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
  paintTexture(textures, TEXTURES.moodNeutral, s, s, (ctx) => {
    ctx.beginPath();
    ctx.roundRect(2.5, 2.5, s - 5, s - 5, 5);
    ctx.fillStyle = MOOD_COLOURS.neutral;
    ctx.fill();
    outline(ctx);
    face(ctx, 'flat', COLOURS.paper);
  });
  // Friendly: a circle with a smile.
  paintTexture(textures, TEXTURES.moodFriendly, s, s, (ctx) => {
    ctx.beginPath();
    ctx.arc(c, c, 11.5, 0, Math.PI * 2);
    ctx.fillStyle = MOOD_COLOURS.friendly;
    ctx.fill();
    outline(ctx);
    face(ctx, 'smile', COLOURS.ink);
  });
  // Ally: a heart.
  paintTexture(textures, TEXTURES.moodAlly, s, s, (ctx) => {
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

function paintCrown(ctx: Ctx): void {
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

/** A potted plant; `tall` gives a floor plant for corners. */
export function paintPlant(ctx: Ctx, x: number, y: number, scale: number, tall: boolean): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(scale, scale);
  const leaf = COLOURS.measured;
  const leafDark = mix(COLOURS.measured, COLOURS.ink, 0.35);
  const leafLight = mix(COLOURS.measured, COLOURS.paper, 0.25);
  const leaves: readonly [number, number, number, string][] = tall
    ? [
        [-9, -40, -0.5, leafDark],
        [8, -44, 0.45, leafDark],
        [-4, -50, -0.1, leaf],
        [-11, -28, -0.9, leaf],
        [11, -30, 0.9, leaf],
        [3, -36, 0.2, leafLight],
        [-5, -22, -0.4, leafLight],
      ]
    : [
        [-6, -18, -0.7, leafDark],
        [6, -19, 0.7, leafDark],
        [0, -22, 0, leaf],
        [-3, -14, -0.3, leafLight],
        [4, -14, 0.35, leafLight],
      ];
  const len = tall ? 15 : 9;
  for (const [lx, ly, angle, colour] of leaves) {
    ctx.save();
    ctx.translate(lx, ly);
    ctx.rotate(angle);
    ctx.beginPath();
    ctx.ellipse(0, 0, len * 0.38, len, 0, 0, Math.PI * 2);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.restore();
  }
  // The pot.
  const potW = tall ? 20 : 14;
  const potH = tall ? 16 : 11;
  ctx.beginPath();
  ctx.moveTo(-potW / 2, -potH);
  ctx.lineTo(potW / 2, -potH);
  ctx.lineTo(potW / 2 - 2.5, 0);
  ctx.lineTo(-potW / 2 + 2.5, 0);
  ctx.closePath();
  ctx.fillStyle = mix(COLOURS.twin, COLOURS.paper, 0.35);
  ctx.fill();
  fillRound(
    ctx,
    -potW / 2 - 1,
    -potH - 2,
    potW + 2,
    4,
    1.5,
    mix(COLOURS.twin, COLOURS.paper, 0.15),
  );
  ctx.restore();
}

function paintCloud(ctx: Ctx): void {
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

/** Design size of a segment's storefront in the resolution animation. */
export const STOREFRONT_SIZE = { width: 150, height: 86 } as const;

function paintStorefront(ctx: Ctx): void {
  const { width: w, height: h } = STOREFRONT_SIZE;
  softShadow(ctx, 4, 10, w - 8, h - 12, 6, 6, 0.2);
  fillRound(ctx, 4, 10, w - 8, h - 12, 6, COLOURS.paper);
  // Striped awning in the player's colour.
  const stripes = 7;
  const sw = (w - 4) / stripes;
  for (let i = 0; i < stripes; i += 1) {
    ctx.fillStyle = i % 2 === 0 ? COLOURS.player : COLOURS.paper;
    ctx.beginPath();
    ctx.moveTo(2 + i * sw, 8);
    ctx.lineTo(2 + (i + 1) * sw, 8);
    ctx.lineTo(2 + (i + 1) * sw, 24);
    ctx.arc(2 + (i + 0.5) * sw, 24, sw / 2, 0, Math.PI);
    ctx.closePath();
    ctx.fill();
  }
  fillRound(ctx, 0, 2, w, 8, 3, mix(COLOURS.player, COLOURS.ink, 0.3));
  // Windows either side of a glass door.
  const glass = mix(COLOURS.sky, COLOURS.paper, 0.45);
  fillRound(ctx, 14, 38, 36, 30, 3, glass);
  fillRound(ctx, w - 50, 38, 36, 30, 3, glass);
  fillRound(ctx, w / 2 - 15, 36, 30, h - 38, 3, mix(COLOURS.sky, COLOURS.player, 0.35));
  ctx.strokeStyle = rgba(COLOURS.paper, 0.7);
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(20, 62);
  ctx.lineTo(30, 44);
  ctx.moveTo(w - 44, 62);
  ctx.lineTo(w - 34, 44);
  ctx.stroke();
  fillRound(ctx, w / 2 + 7, 52, 3, 10, 1.5, COLOURS.paper);
  fillRound(ctx, 0, h - 4, w, 4, 2, COLOURS.wall);
}

function paintOfficeProps(textures: Phaser.Textures.TextureManager): void {
  paintTexture(textures, TEXTURES.crown, CROWN_SIZE.width, CROWN_SIZE.height, paintCrown);
  paintTexture(textures, TEXTURES.plant, 30, 34, (ctx) => paintPlant(ctx, 15, 33, 1, false));
  paintTexture(textures, TEXTURES.plantTall, 40, 70, (ctx) => paintPlant(ctx, 20, 69, 1, true));
  paintTexture(
    textures,
    TEXTURES.storefront,
    STOREFRONT_SIZE.width,
    STOREFRONT_SIZE.height,
    paintStorefront,
  );
}

// ---------------------------------------------------------------------------------------------
// The city backdrop: dusk over the company's headquarters.
// ---------------------------------------------------------------------------------------------

/** Where the backdrop's headquarters stands and where its door is (design pixels). */
export const HQ = { x: 790, y: 150, width: 380, height: 470, doorX: 980, groundY: 620 } as const;

const SKY_TOP = COLOURS.ink;
const SKY_MID = mix(COLOURS.inkSoft, COLOURS.believed, 0.18);
const SKY_LOW = mix(COLOURS.amber, COLOURS.believed, 0.35);

function paintSky(ctx: Ctx): void {
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
function paintSkyline(
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

function paintHeadquarters(ctx: Ctx): void {
  const { width: w, height: h } = HQ;
  const body = mix(COLOURS.inkSoft, COLOURS.player, 0.18);
  const side = mix(body, COLOURS.ink, 0.35);
  // Glow at the foot of the building.
  const glow = ctx.createRadialGradient(w / 2, h, 10, w / 2, h, 220);
  glow.addColorStop(0, rgba(COLOURS.amber, 0.35));
  glow.addColorStop(1, rgba(COLOURS.amber, 0));
  ctx.fillStyle = glow;
  ctx.fillRect(0, h - 200, w, 200);
  // Main tower with a darker side face for depth, and a setback crown on top.
  ctx.fillStyle = side;
  ctx.fillRect(w - 70, 64, 50, h - 64);
  fillRound(ctx, 20, 56, w - 90, h - 56, 6, body);
  fillRound(ctx, 60, 20, w - 170, 44, 6, mix(body, COLOURS.ink, 0.1));
  ctx.fillStyle = mix(body, COLOURS.paper, 0.12);
  ctx.fillRect(20, 56, w - 90, 4);
  // The company's sign band (the name itself is a Text object over it).
  fillRound(ctx, 44, 76, w - 138, 40, 8, COLOURS.ink);
  ctx.strokeStyle = rgba(COLOURS.amber, 0.8);
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(44, 76, w - 138, 40, 8);
  ctx.stroke();
  // Window grid, most lit warm, a few dark.
  const rand = pseudoRandom(42);
  for (let row = 0; row < 11; row += 1) {
    for (let col = 0; col < 8; col += 1) {
      const x = 40 + col * 32;
      const y = 136 + row * 24;
      const on = rand() < 0.62;
      ctx.fillStyle = on
        ? mix(COLOURS.yellow, COLOURS.amber, 0.25 + rand() * 0.5)
        : mix(body, COLOURS.ink, 0.3);
      fillRound(ctx, x, y, 22, 15, 2, ctx.fillStyle);
    }
    // The side face has narrow windows.
    for (let col = 0; col < 2; col += 1) {
      ctx.fillStyle = rand() < 0.5 ? rgba(COLOURS.amber, 0.55) : mix(side, COLOURS.ink, 0.3);
      ctx.fillRect(w - 62 + col * 20, 140 + row * 24, 10, 13);
    }
  }
  // Lobby: a warm glass front behind a dark lintel, a lit door, a canopy, plants either side.
  const lobbyY = h - 62;
  const lobby = ctx.createLinearGradient(0, lobbyY, 0, h);
  lobby.addColorStop(0, mix(COLOURS.amber, COLOURS.paper, 0.6));
  lobby.addColorStop(1, mix(COLOURS.amber, COLOURS.paper, 0.3));
  fillRound(ctx, 34, lobbyY, w - 118, 62, 2, lobby);
  ctx.fillStyle = rgba(COLOURS.ink, 0.35);
  for (let x = 52; x < w - 100; x += 28) ctx.fillRect(x, lobbyY, 2, 62);
  // People inside the lobby, as soft silhouettes.
  ctx.fillStyle = rgba(COLOURS.inkSoft, 0.35);
  for (const px of [70, 118, 250, 276]) {
    ctx.beginPath();
    ctx.arc(px, lobbyY + 30, 5, 0, Math.PI * 2);
    ctx.fill();
    fillRound(ctx, px - 7, lobbyY + 36, 14, 26, 5, rgba(COLOURS.inkSoft, 0.35));
  }
  fillRound(ctx, 26, lobbyY - 8, w - 102, 9, 2, mix(body, COLOURS.ink, 0.45));
  const doorX = HQ.doorX - HQ.x;
  fillRound(ctx, doorX - 24, lobbyY + 12, 48, 50, 3, mix(COLOURS.inkSoft, COLOURS.ink, 0.3));
  fillRound(ctx, doorX - 21, lobbyY + 15, 42, 47, 2, mix(COLOURS.yellow, COLOURS.paper, 0.45));
  ctx.fillStyle = rgba(COLOURS.ink, 0.45);
  ctx.fillRect(doorX - 1, lobbyY + 15, 2, 47);
  fillRound(ctx, doorX - 8, lobbyY + 36, 3, 9, 1.5, COLOURS.inkSoft);
  fillRound(ctx, doorX + 5, lobbyY + 36, 3, 9, 1.5, COLOURS.inkSoft);
  fillRound(ctx, doorX - 46, lobbyY - 14, 92, 12, 5, COLOURS.player);
  fillRound(ctx, doorX - 46, lobbyY - 4, 92, 3, 1.5, mix(COLOURS.player, COLOURS.ink, 0.4));
  paintPlant(ctx, doorX - 40, h, 0.75, true);
  paintPlant(ctx, doorX + 40, h, 0.75, true);
  // Rooftop emblem: the power core, a ring around a bright centre.
  ctx.fillStyle = COLOURS.amber;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 13, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = COLOURS.ink;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 8, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = COLOURS.yellow;
  ctx.beginPath();
  ctx.arc(w / 2 - 35, 20, 4, 0, Math.PI * 2);
  ctx.fill();
}

/** Street lamps of the backdrop (x of each post). */
export const LAMP_XS = [700, 1200] as const;

function paintStreet(ctx: Ctx): void {
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

function paintTree(ctx: Ctx): void {
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

function paintLamp(ctx: Ctx): void {
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

function paintCar(ctx: Ctx): void {
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

function paintBackdropTextures(textures: Phaser.Textures.TextureManager): void {
  // The backdrop never zooms: painted at 1x it is drawn 1:1, sharp and cheap on every renderer.
  const flat = { scale: 1 };
  // Sky and both skylines in one full-stage layer: every full-stage layer costs a full-screen
  // blend per frame, which matters on slow renderers.
  paintTexture(
    textures,
    TEXTURES.sky,
    DESIGN_WIDTH,
    DESIGN_HEIGHT,
    (ctx) => {
      paintSky(ctx);
      paintSkyline(ctx, 11, mix(SKY_MID, COLOURS.ink, 0.25), 0.05, 380, 560);
      paintSkyline(ctx, 23, mix(COLOURS.ink, COLOURS.inkSoft, 0.35), 0.14, 440, 610);
    },
    flat,
  );
  paintTexture(textures, TEXTURES.headquarters, HQ.width, HQ.height, paintHeadquarters, flat);
  paintTexture(textures, TEXTURES.street, DESIGN_WIDTH, 100, paintStreet, flat);
  paintTexture(textures, TEXTURES.cloud, 120, 46, paintCloud, flat);
  paintTexture(textures, TEXTURES.tree, 60, 110, paintTree, flat);
  paintTexture(textures, TEXTURES.car, CAR_SIZE.width, CAR_SIZE.height, paintCar, flat);
  paintTexture(textures, TEXTURES.lamp, 28, 118, paintLamp, flat);
  paintTexture(
    textures,
    TEXTURES.windowGlow,
    22,
    15,
    (ctx) => fillRound(ctx, 0, 0, 22, 15, 2, COLOURS.yellow),
    flat,
  );
}

// ---------------------------------------------------------------------------------------------
// The scene.
// ---------------------------------------------------------------------------------------------

/** Gives the browser a frame to paint the progress bar between steps. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    // A timer too, because animation frames stop in background tabs.
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Waits for the game fonts (Phaser text is drawn once, so it must not use a fallback font). */
async function loadFonts(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const wanted = [
    `600 20px ${FONTS.display}`,
    `700 20px ${FONTS.display}`,
    `400 16px ${FONTS.text}`,
    `600 16px ${FONTS.text}`,
  ];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 3000));
  await Promise.race([
    Promise.all(wanted.map((f) => document.fonts.load(f))).then(() => undefined),
    timeout,
  ]).catch(() => undefined);
}

/** The loading screen: paints textures, runs the start-up tasks, then hands over. */
export class Preloader extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;
  private label!: Phaser.GameObjects.Text;
  private texts: Phaser.GameObjects.Text[] = [];
  private stopped = false;

  constructor(
    private readonly labels: PreloadLabels,
    private readonly tasks: readonly PreloadTask[],
    private readonly onReady: () => void,
  ) {
    super(SCENES.preloader);
  }

  create(): void {
    const { width, height } = this.scale;
    const cx = width / 2;
    const cy = height / 2;
    this.add.rectangle(0, 0, width, height, colourNumber('ink')).setOrigin(0, 0);
    this.drawEmblem(cx, cy - 150);
    const title = this.add
      .text(cx, cy - 70, this.labels.title, {
        fontFamily: FONTS.display,
        fontSize: '48px',
        fontStyle: '700',
        color: COLOURS.paper,
      })
      .setOrigin(0.5);
    const subtitle = this.add
      .text(cx, cy - 26, this.labels.tagline ?? '', {
        fontFamily: FONTS.text,
        fontSize: '18px',
        color: mix(COLOURS.paper, COLOURS.ink, 0.3),
      })
      .setOrigin(0.5);
    this.bar = this.add.graphics();
    this.label = this.add
      .text(cx, cy + 58, this.labels.starting, {
        fontFamily: FONTS.text,
        fontSize: '18px',
        color: COLOURS.paper,
      })
      .setOrigin(0.5, 0);
    this.texts = [title, subtitle, this.label];
    this.drawBar(0);
    const stop = () => {
      this.stopped = true;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    void this.runSteps();
  }

  /** The power core: a bright centre in a ring, with a slow orbit while work goes on. */
  private drawEmblem(x: number, y: number): void {
    const core = this.add.graphics();
    core.fillStyle(colourNumber('amber'), 1);
    core.fillCircle(x, y, 26);
    core.fillStyle(colourNumber('ink'), 1);
    core.fillCircle(x, y, 16);
    core.fillStyle(colourNumber('yellow'), 1);
    core.fillCircle(x, y, 8);
    const orbit = this.add.graphics({ x, y });
    orbit.lineStyle(3, colourNumber('sky'), 0.9);
    orbit.beginPath();
    orbit.arc(0, 0, 38, 0, Math.PI * 0.6);
    orbit.strokePath();
    orbit.lineStyle(3, colourNumber('believed'), 0.9);
    orbit.beginPath();
    orbit.arc(0, 0, 38, Math.PI, Math.PI * 1.6);
    orbit.strokePath();
    const still =
      typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!still)
      this.tweens.add({ targets: orbit, rotation: Math.PI * 2, duration: 2400, repeat: -1 });
  }

  private drawBar(progress: number): void {
    const w = 480;
    const h = 16;
    const x = (this.scale.width - w) / 2;
    const y = this.scale.height / 2 + 24;
    const p = Math.max(0, Math.min(1, progress));
    this.bar.clear();
    this.bar.fillStyle(colourNumber('inkSoft'), 1);
    this.bar.fillRoundedRect(x, y, w, h, h / 2);
    if (p > 0) {
      this.bar.fillStyle(colourNumber('amber'), 1);
      this.bar.fillRoundedRect(x, y, Math.max(h, w * p), h, h / 2);
    }
  }

  private async runSteps(): Promise<void> {
    const textures = this.textures;
    const steps: PreloadTask[] = [
      { label: this.labels.fonts, run: loadFonts },
      { label: this.labels.people, run: async () => paintPeople(textures) },
      { label: this.labels.offices, run: async () => paintOfficeProps(textures) },
      { label: this.labels.mood, run: async () => paintMoodIcons(textures) },
      { label: this.labels.city, run: async () => paintBackdropTextures(textures) },
      ...this.tasks,
    ];
    for (let i = 0; i < steps.length; i += 1) {
      const step = steps[i];
      if (!step || this.stopped) return;
      this.label.setText(step.label);
      this.drawBar(i / steps.length);
      await nextFrame();
      try {
        await step.run();
        // Text drawn before the web fonts arrived used a fallback: draw it again.
        if (i === 0) for (const text of this.texts) text.updateText();
      } catch (error) {
        // A failed start-up task must not leave the player on a frozen loading screen.
        console.error(`Start-up step "${step.label}" failed`, error);
      }
    }
    if (this.stopped) return;
    this.drawBar(1);
    await nextFrame();
    if (this.stopped) return;
    this.onReady();
    // Both scenes run side by side; each shows itself only on its own screens.
    this.scene.launch(SCENES.backdrop);
    this.scene.launch(SCENES.office);
    this.scene.stop();
  }
}
