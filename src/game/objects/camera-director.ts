// Frames the office floor for each screen: the camera zooms into the negotiated room (left of the
// DOM panel) and back out, and a veil dims everything around that room, or the whole floor for
// events, the year's review and the results. Imports Phaser, the layout's types and the palette.

import * as Phaser from 'phaser';
import type { Rect, RoomRect } from '../../stage/floor-layout';
import { DESIGN_WIDTH, colourNumber } from '../../stage/theme';
import { OFFICE_DEPTH } from './depth';

/** What the veil covers: nothing, the whole floor (dim or under the results), or all but a room. */
export type VeilMode = 'none' | 'dim' | 'results' | `room:${string}`;

/** Where the negotiation shows its leader's room: left of the panel, 32 px clear of the foot. */
function negotiationView(stageHeight: number): Rect {
  return { x: 20, y: 84, width: 580, height: stageHeight - 116 };
}

/** Moves the office camera and draws its veil; both change only when their framing changes. */
export class CameraDirector {
  private cameraMode = '';
  private veilMode = '';
  /** Tweened instead of the camera, so the scene's fade (the camera's alpha) never cancels a move. */
  private readonly shot = { zoom: 1, scrollX: 0, scrollY: 0 };
  private readonly veil: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    /**
     * Shows the sharp floor (zoomed or zooming, `seen` being the part of the floor the zoomed
     * camera shows) or the 1:1 floor (at rest, `seen` null).
     */
    private readonly sharpFloor: (seen: Rect | null) => void,
    /** Whether a room wears the power core's tab on its top edge (the veil leaves it room). */
    private readonly hasCoreTab: (roomId: string) => boolean,
  ) {
    this.veil = scene.add.graphics().setDepth(OFFICE_DEPTH.veil).setAlpha(0);
  }

  /** Whether `target` is the veil (its fade moves nothing under it). */
  isVeil(target: unknown): boolean {
    return target === this.veil;
  }

  /** Forgets the framing, so the next frame() redraws both for new rooms. */
  forget(): void {
    this.cameraMode = '';
    this.veilMode = '';
  }

  /** Frames the floor: into `room` (or the whole floor when null), with the veil in `veil`. */
  frame(room: RoomRect | null, veil: VeilMode, motion: boolean): void {
    const cameraMode = room ? `room:${room.id}` : 'floor';
    if (cameraMode !== this.cameraMode) {
      this.cameraMode = cameraMode;
      this.moveCamera(room, motion);
    }
    if (veil !== this.veilMode) {
      this.veilMode = veil;
      this.drawVeil(veil, room, motion);
    }
  }

  private moveCamera(rect: RoomRect | null, motion: boolean): void {
    const scene = this.scene;
    const camera = scene.cameras.main;
    const view = this.shot;
    let zoom = 1;
    let scrollX = 0;
    let scrollY = 0;
    let seen: Rect | null = null;
    const stageHeight = scene.scale.height;
    if (rect) {
      const v = negotiationView(stageHeight);
      zoom = Math.max(1, Math.min(3, v.width / rect.width, v.height / rect.height));
      const cx = rect.x + rect.width / 2;
      const cy = rect.y + rect.height / 2;
      const sx = v.x + v.width / 2;
      const sy = v.y + v.height / 2;
      // Screen = (world - scroll - origin) * zoom + origin, with the origin at the stage centre.
      scrollX = cx - DESIGN_WIDTH / 2 - (sx - DESIGN_WIDTH / 2) / zoom;
      scrollY = cy - stageHeight / 2 - (sy - stageHeight / 2) / zoom;
      const width = DESIGN_WIDTH / zoom;
      const height = stageHeight / zoom;
      seen = {
        x: scrollX + (DESIGN_WIDTH - width) / 2,
        y: scrollY + (stageHeight - height) / 2,
        width,
        height,
      };
    }
    scene.tweens.killTweensOf(view);
    const apply = () => camera.setZoom(view.zoom).setScroll(view.scrollX, view.scrollY);
    // Sharp floor while zoomed (or zooming); the 1:1 floor once back at rest.
    if (seen) this.sharpFloor(seen);
    if (!motion) {
      Object.assign(view, { zoom, scrollX, scrollY });
      apply();
      this.sharpFloor(seen);
      return;
    }
    scene.tweens.add({
      targets: view,
      zoom,
      scrollX,
      scrollY,
      duration: 750,
      ease: 'Cubic.easeInOut',
      onUpdate: apply,
      onComplete: () => {
        apply();
        this.sharpFloor(seen);
      },
    });
  }

  private drawVeil(mode: VeilMode, rect: RoomRect | null, motion: boolean): void {
    const veil = this.veil;
    const tweens = this.scene.tweens;
    tweens.killTweensOf(veil);
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
        const y0 = rect.y - pad - (this.hasCoreTab(rect.id) ? 12 : 0);
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
    if (!motion) {
      redraw();
      veil.setAlpha(target);
      return;
    }
    // Fade out the old veil before drawing the new shape, then fade in.
    const fadeIn = () => {
      redraw();
      if (mode !== 'none')
        tweens.add({ targets: veil, alpha: target, duration: 350, ease: 'Sine.easeOut' });
    };
    if (veil.alpha > 0.01) {
      tweens.add({ targets: veil, alpha: 0, duration: 200, onComplete: fadeIn });
    } else {
      fadeIn();
    }
  }
}
