// The city backdrop's textures, painted once by the Preloader: sky with skylines, headquarters,
// street and its props, clouds and the lit window that twinkles. Imports Phaser (by type), keys,
// the design size and the city painters.

import type * as Phaser from 'phaser';
import { COLOURS, DESIGN_HEIGHT, DESIGN_WIDTH } from '../../../stage/theme';
import { TEXTURES } from '../../keys';
import { fillRound } from '../canvas';
import { mix } from '../colour';
import { paintTexture } from '../texture';
import { HQ, paintHeadquarters } from './headquarters';
import { SKY_MID, paintCloud, paintSky, paintSkyline } from './sky';
import { CAR_SIZE, paintCar, paintLamp, paintStreet, paintTree } from './street';

/** Paints every texture of the backdrop. */
export function paintCity(textures: Phaser.Textures.TextureManager): void {
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
