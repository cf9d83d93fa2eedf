// The office's shared props as textures: the power core's crown, plants, and the storefront the
// resolution animation gives each customer segment. Imports Phaser (by type), keys and painters.

import type * as Phaser from 'phaser';
import { TEXTURES } from '../../keys';
import { CROWN_SIZE, paintCrown } from '../icons';
import { paintPlant } from '../plant';
import { STOREFRONT_SIZE, paintStorefront } from '../storefront';
import { paintBothScales, paintTexture } from '../texture';

/** Paints the crown, both plants and the storefront. */
export function paintOfficeProps(textures: Phaser.Textures.TextureManager): void {
  paintBothScales(textures, TEXTURES.crown, CROWN_SIZE.width, CROWN_SIZE.height, paintCrown);
  paintTexture(textures, TEXTURES.plant, 30, 34, (ctx) => paintPlant(ctx, 15, 33, 1, false));
  paintTexture(textures, TEXTURES.plantTall, 40, 70, (ctx) => paintPlant(ctx, 20, 69, 1, true));
  paintBothScales(
    textures,
    TEXTURES.storefront,
    STOREFRONT_SIZE.width,
    STOREFRONT_SIZE.height,
    paintStorefront,
  );
}
