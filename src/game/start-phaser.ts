// Starts the Phaser side of the stage: one canvas of the stage's size (1280 × 720..800) in the
// given element, driven only by a FloorFeed. The app reaches this module through a dynamic import() so Phaser stays in its own chunk.
// Imports Phaser and src/game; never the store, the engine or the DOM panels.

import * as Phaser from 'phaser';
import type { FloorFeed } from '../stage/floor-view';
import { COLOURS, DESIGN_WIDTH } from '../stage/theme';
import { Backdrop } from './scenes/Backdrop';
import { Boot } from './scenes/Boot';
import { Office } from './scenes/Office';
import { Preloader } from './scenes/Preloader';

/** What the app hands over. */
export interface StartPhaserOptions {
  /** Called once, when the textures are painted and the scenes run: the canvas can be shown. */
  readonly onReady: () => void;
}

/** The running game, as the app sees it. */
export interface PhaserHandle {
  /** Stops every scene, removes the canvas and frees the textures. Safe to call twice. */
  destroy(): void;
}

/** Renderer names of software rasterisers (Chrome, Firefox, Mesa, Windows). */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether the browser offers hardware-accelerated WebGL. Phaser's AUTO picks WebGL whenever any
 * WebGL exists, including the software rasteriser browsers fall back to on blocklisted GPUs,
 * remote desktops and `--disable-gpu`; there it runs at a few frames a second while the Canvas
 * renderer stays at 60. So AUTO is used only for a hardware context, and Canvas otherwise.
 */
function hardwareWebGL(): boolean {
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_GL.test(name);
  } catch {
    return false;
  }
}

/**
 * Creates the Phaser game inside `parent`. Scenes only draw and animate: all input goes through
 * the DOM, so Phaser's input and audio are off, and the page scales the stage with CSS.
 */
export function startPhaser(
  parent: HTMLElement,
  feed: FloorFeed,
  options: StartPhaserOptions,
): PhaserHandle {
  let height = feed.get().stageHeight;
  const game = new Phaser.Game({
    type: hardwareWebGL() ? Phaser.AUTO : Phaser.CANVAS,
    parent,
    width: DESIGN_WIDTH,
    height,
    backgroundColor: COLOURS.ink,
    scale: { mode: Phaser.Scale.NONE, width: DESIGN_WIDTH, height },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    // The DOM owns keyboard focus; Phaser must not pull it to the window.
    autoFocus: false,
    banner: false,
    antialias: true,
    canvasStyle: 'display: block; pointer-events: none;',
    scene: [new Boot(), new Preloader(options.onReady), new Backdrop(feed), new Office(feed)],
  });
  // A taller or shorter window (16:9 ↔ 16:10) resizes the canvas; the scenes lay out again.
  const unsubscribe = feed.subscribe((view) => {
    if (view.stageHeight === height) return;
    height = view.stageHeight;
    game.scale.resize(DESIGN_WIDTH, height);
  });
  let destroyed = false;
  return {
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      game.destroy(true);
    },
  };
}
