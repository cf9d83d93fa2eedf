// The amber ring around the room the keyboard focus or pointer is on (or the leader being
// negotiated with), with a pointer on the corridor side so focus reads without colour, pulsing
// gently when motion is allowed. Imports Phaser, the layout's types and the palette.

import type * as Phaser from 'phaser';
import type { RoomRect } from '../../stage/floor-layout';
import { colourNumber } from '../../stage/theme';
import { OFFICE_DEPTH } from './depth';

/** The focus ring of the office floor. */
export class FocusRing {
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(OFFICE_DEPTH.focus);
  }

  /** Draws the ring around `rect`, or none when null. */
  draw(rect: RoomRect | null, motion: boolean): void {
    const focus = this.ring;
    focus.clear();
    this.scene.tweens.killTweensOf(focus);
    focus.setAlpha(1);
    if (!rect) return;
    const amber = colourNumber('focus');
    focus.lineStyle(10, amber, 0.22);
    focus.strokeRoundedRect(rect.x - 5, rect.y - 5, rect.width + 10, rect.height + 10, 19);
    focus.lineStyle(4, amber, 1);
    focus.strokeRoundedRect(rect.x - 2, rect.y - 2, rect.width + 4, rect.height + 4, 16);
    // A small pointer on the corridor side, so focus reads even without colour.
    const cx = rect.x + rect.width / 2;
    focus.fillStyle(amber, 1);
    if (rect.door === 'bottom') {
      const y = rect.y + rect.height + 6;
      focus.fillTriangle(cx - 9, y + 10, cx + 9, y + 10, cx, y);
    } else {
      const y = rect.y - 6;
      focus.fillTriangle(cx - 9, y - 10, cx + 9, y - 10, cx, y);
    }
    if (motion) {
      this.scene.tweens.add({
        targets: focus,
        alpha: 0.7,
        duration: 900,
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }
}
