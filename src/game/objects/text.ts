// Canvas labels of the office floor: one text style, and fitting words into the room they have
// (shrink, then shorten) without re-rendering text that did not change. Imports Phaser and the
// palette's fonts.

import type * as Phaser from 'phaser';
import { FONTS } from '../../stage/theme';
import { TEXTURE_SCALE } from '../keys';

/** A label style: `size` in design pixels, drawn at the texture scale so zooming stays sharp. */
export function textStyle(
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
export function fitText(
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
