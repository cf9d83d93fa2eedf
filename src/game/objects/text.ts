// Canvas labels of the office floor: one text style, and fitting words into the room they have
// (shrink, then shorten) without re-rendering text that did not change. Each Phaser text measures
// its font when made and re-renders its canvas on every change of size or words, which made
// building the floor for a new game a long task on a slow laptop: so a font's height is measured
// once and handed to every label in that font, and fitting measures words on one shared canvas
// before it changes the label once. Imports Phaser and the palette's fonts.

import type * as Phaser from 'phaser';
import { FONTS } from '../../stage/theme';
import { TEXTURE_SCALE } from '../keys';

type FontMetrics = Phaser.Types.GameObjects.Text.TextMetrics;

/** Phaser's default string for measuring a font's height, as its source spells it. */
const TEST_STRING = '|M\u00C3\u2030qgy';

/** A canvas for measuring words and fonts, shared by every label. */
let measuring: CanvasRenderingContext2D | null | undefined;

function measuringContext(): CanvasRenderingContext2D | null {
  if (measuring === undefined)
    measuring =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return measuring;
}

/** The CSS font of a label, written as Phaser writes it (so widths measured here are its own). */
function cssFont(weight: string, size: number, family: string): string {
  return `${weight} ${size}px ${family}`.trim();
}

const metricsOfFont = new Map<string, FontMetrics>();

/**
 * A font's ascent and descent as Phaser measures them, once per font. Only for a font the page
 * has loaded: a fallback's height must not stick to the label once the real font arrives.
 */
function fontMetrics(font: string): FontMetrics | undefined {
  const known = metricsOfFont.get(font);
  if (known) return known;
  const ctx = measuringContext();
  if (!ctx || typeof document.fonts?.check !== 'function' || !document.fonts.check(font)) return;
  ctx.font = font;
  const box = ctx.measureText(TEST_STRING);
  if (!('actualBoundingBoxAscent' in box)) return;
  const ascent = box.actualBoundingBoxAscent;
  const descent = box.actualBoundingBoxDescent;
  const metrics = { ascent, descent, fontSize: ascent + descent };
  metricsOfFont.set(font, metrics);
  return metrics;
}

/** A label style: `size` in design pixels, drawn at the texture scale so zooming stays sharp. */
export function textStyle(
  size: number,
  colour: string,
  weight = '400',
  family: string = FONTS.text,
): Phaser.Types.GameObjects.Text.TextStyle {
  const style: Phaser.Types.GameObjects.Text.TextStyle = {
    fontFamily: family,
    fontSize: `${size}px`,
    fontStyle: weight,
    color: colour,
    resolution: TEXTURE_SCALE,
    testString: TEST_STRING,
  };
  const metrics = fontMetrics(cssFont(weight, size, family));
  if (metrics) style.metrics = metrics;
  return style;
}

/**
 * The same style drawn 1:1, for a label the camera does not come close to (or not yet): a label
 * drawn at twice its size and shown at half costs about three times as much per frame.
 */
export function restStyle(
  style: Phaser.Types.GameObjects.Text.TextStyle,
): Phaser.Types.GameObjects.Text.TextStyle {
  return { ...style, resolution: 1 };
}

/**
 * The width Phaser gives a one-line label of `value` at `size`, or null where this cannot tell
 * (no canvas, several lines, or a style with padding, stroke or letter spacing).
 */
function widthAt(text: Phaser.GameObjects.Text, value: string, size: number): number | null {
  const ctx = measuringContext();
  const { left, right } = text.padding;
  if (!ctx || value.includes('\n') || left || right || text.letterSpacing) return null;
  if (text.style.strokeThickness || text.style.wordWrapWidth) return null;
  ctx.font = cssFont(text.style.fontStyle, size, text.style.fontFamily);
  return Math.ceil(ctx.measureText(value).width);
}

/** Shows `value` at `size` with one re-render of the label (none when nothing changed). */
function showAt(text: Phaser.GameObjects.Text, value: string, size: number): void {
  const fontSize = `${size}px`;
  if (text.style.fontSize !== fontSize) {
    const metrics = fontMetrics(cssFont(text.style.fontStyle, size, text.style.fontFamily));
    if (!metrics) {
      text.setFontSize(size).setText(value);
      return;
    }
    text.style.setStyle({ fontSize, metrics }, false);
    if (text.text === value) text.updateText();
  }
  text.setText(value);
}

/**
 * The shrink-then-shorten rule: the largest size from `size` down to `minSize` at which `value`
 * fits `maxWidth`, then (still too wide at `minSize`) the value cut with an ellipsis until it
 * fits or only three characters are left (`exhausted`: nothing shorter is tried). `width` tells
 * a candidate's width.
 */
function fitting(
  width: (value: string, size: number) => number,
  value: string,
  size: number,
  minSize: number,
  maxWidth: number,
): { shown: string; size: number; exhausted: boolean } {
  let s = size;
  while (width(value, s) > maxWidth && s > minSize) s -= 1;
  let shown = value;
  let shorter = value;
  while (width(shown, s) > maxWidth && shorter.length > 3) {
    shorter = shorter.slice(0, -1);
    shown = `${shorter.trimEnd()}…`;
  }
  return { shown, size: s, exhausted: s === minSize && shorter.length <= 3 };
}

/** Sets a label, shrinking it to `minSize` and then shortening it until it fits `maxWidth`. */
export function fitText(
  text: Phaser.GameObjects.Text,
  value: string,
  size: number,
  minSize: number,
  maxWidth: number,
): void {
  if (widthAt(text, value, size) !== null) {
    const fit = fitting((v, s) => widthAt(text, v, s)!, value, size, minSize, maxWidth);
    showAt(text, fit.shown, fit.size);
    // Measured as Phaser measures, so this holds; if a browser ever differs, fit the slow way.
    if (text.width <= maxWidth || fit.exhausted) return;
  }
  // The slow way: the label itself is rendered at each candidate and its width read.
  const rendered = (v: string, s: number) => text.setFontSize(s).setText(v).width;
  const fit = fitting(rendered, value, size, minSize, maxWidth);
  text.setFontSize(fit.size).setText(fit.shown);
}

/** Changes a label only where it differs: every change re-renders the text's canvas. */
export function setLabel(
  text: Phaser.GameObjects.Text,
  value: string,
  colour?: string,
  weight?: string,
): void {
  if (text.text !== value) text.setText(value);
  if (colour !== undefined && text.style.color !== colour) text.setColor(colour);
  if (weight !== undefined && text.style.fontStyle !== weight) text.setFontStyle(weight);
}

/** What each fitted label was last asked to show, so unchanged text is not measured again. */
const fitted = new WeakMap<Phaser.GameObjects.Text, string>();

/** fitText, skipped when value, size and room are as last time (fitting re-renders the text). */
export function fitLabel(
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

/** A label size in design pixels, grown by the "Text size" setting (`textScale`). */
export function labelPx(size: number, textScale: number): number {
  return Math.round(size * textScale);
}
