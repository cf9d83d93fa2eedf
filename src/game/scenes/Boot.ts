// The first scene: nothing to load from files (all art is drawn in code), so it hands straight over
// to the Preloader. Imports Phaser and the scene keys only.

import * as Phaser from 'phaser';
import { SCENES } from '../keys';

/** Starts the Preloader on the first frame. */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    this.scene.start(SCENES.preloader);
  }
}
