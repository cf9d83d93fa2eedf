// How a leader looks: the scenario's small integers (skin, hair, hair style, accent; 0..7 each)
// resolved into colours and clothes. Pure: imports the palette, colour maths and types only.

import type { PortraitParams } from '../../../stage/floor-view';
import { COLOURS } from '../../../stage/theme';
import { mix } from '../colour';

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
export const HAIRS = [
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

/** The resolved look of one portrait, from the scenario's small integers. */
export interface Look {
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

/** The look a leader's parameters give: the same parameters always give the same look. */
export function lookOf(params: PortraitParams): Look {
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
