// The "customers this quarter" card over the dimmed floor at the end of a turn: a lane per
// customer segment (up to five), a figure for every so many customers walking in (won) or out
// (lost), counts running from before to after, and a legend of the kinds shown. Plays once, or
// shows its end state. Imports Phaser, the view's types and the art library.

import type * as Phaser from 'phaser';
import type { Rect } from '../../stage/floor-layout';
import type { FloorLabels, SegmentFlowView } from '../../stage/floor-view';
import { COLOURS, FONTS, colourNumber } from '../../stage/theme';
import { pseudoRandom } from '../art/pseudo-random';
import { STOREFRONT_SIZE } from '../art/storefront';
import { gameFigureUnit } from '../figure-scale';
import { TEXTURES } from '../keys';
import { addLane, FIGURE_SCALE, LANE_ZONES } from './customer-lane';
import type { Counter, LaneContext, Walking } from './customer-lane';
import { OFFICE_DEPTH } from './depth';
import { restKey } from '../art/texture';
import { fitText, labelPx, restStyle, textStyle } from './text';

const HEADER_H = 52;
const FOOTER_H = 50;
const LANE_GAP = 10;
/** At most this many segments get a lane. */
const MAX_LANES = 5;
/** Figures on the whole card, at most (sprites stay few). */
const MAX_FIGURES = 220;
/** How often the running counts show their next value (ms). */
const COUNT_EVERY = 50;

/** The resolution card and its animation. */
export class CustomerFlow {
  private lanes: Phaser.GameObjects.Container | null = null;
  private walking: Walking[] = [];
  private counters: Counter[] = [];
  /** When the animation started (scene time, ms); -1 until the first update after the card is built. */
  private animStart = 0;
  /** When the counts last moved (scene time, ms). */
  private countedAt = -Infinity;
  private animating = false;
  /** The card was drawn with other words: draw it again (without replaying it). */
  private stale = false;
  /**
   * Parts of an animated card still to build, one per frame: built all at once, the lanes and
   * their words held a slow laptop for a tenth of a second in one frame. The card fades in
   * meanwhile, and the figures start walking once all is built.
   */
  private building: (() => void)[] = [];

  constructor(private readonly scene: Phaser.Scene) {}

  /** Whether the card is on the floor now. */
  get shown(): boolean {
    return this.lanes !== null;
  }

  /** Whether `target` is the card or one of its parts (a tween of the card moves nothing else). */
  isPart(target: unknown): boolean {
    const lanes = this.lanes;
    if (!lanes) return false;
    let object = target as Phaser.GameObjects.GameObject | null;
    while (object) {
      if (object === lanes) return true;
      object = object.parentContainer ?? null;
    }
    return false;
  }

  /** Whether the card must be drawn again (its words changed). */
  get needsRedraw(): boolean {
    return this.lanes === null || this.stale;
  }

  /** The words changed: a card on the floor is drawn again at the next chance. */
  wordsChanged(): void {
    if (this.lanes) this.stale = true;
  }

  /** Takes the card away, fading it out when `motion`. */
  hide(motion: boolean): void {
    const lanes = this.lanes;
    this.lanes = null;
    this.stale = false;
    this.walking = [];
    this.counters = [];
    this.building = [];
    this.animating = false;
    if (!lanes) return;
    if (!motion) {
      lanes.destroy();
      return;
    }
    this.scene.tweens.add({
      targets: lanes,
      alpha: 0,
      duration: 250,
      onComplete: () => lanes.destroy(),
    });
  }

  /**
   * Draws the card in `area` for `segments` (a turn of `quarters` quarters); `animate` plays the
   * figures walking and the counts running, otherwise the end state is shown at once.
   */
  show(
    area: Rect,
    segments: readonly SegmentFlowView[],
    quarters: number,
    labels: FloorLabels,
    textScale: number,
    animate: boolean,
  ): void {
    const scene = this.scene;
    const px = (size: number) => labelPx(size, textScale);
    this.lanes?.destroy();
    this.stale = false;
    this.walking = [];
    this.counters = [];
    this.building = [];
    const R = area;
    const lanes = scene.add.container(0, 0).setDepth(OFFICE_DEPTH.lanes);
    this.lanes = lanes;

    const card = scene.add.graphics();
    card.fillStyle(colourNumber('ink'), 0.22);
    card.fillRoundedRect(R.x, R.y + 6, R.width, R.height, 18);
    card.fillStyle(colourNumber('paper'), 1);
    card.fillRoundedRect(R.x, R.y, R.width, R.height, 18);
    lanes.add(card);

    const shownSegments = segments.slice(0, MAX_LANES);
    const areaTop = R.y + HEADER_H;
    const areaH = R.height - HEADER_H - FOOTER_H;
    const count = Math.max(1, shownSegments.length);
    const laneH = Math.min(150, Math.floor((areaH - LANE_GAP * (count - 1)) / count));
    const usedH = laneH * count + LANE_GAP * (count - 1);
    const laneX = R.x + 16;
    const laneW = R.width - 32;
    // Figures stand in up to two clean, staggered rows (back row drawn first).
    const rows = laneH >= 124 ? 2 : 1;
    const { won: wonZone, storeX, step } = LANE_ZONES;
    const lostZoneX = storeX + STOREFRONT_SIZE.width + 20;
    const lostZoneW = Math.floor((laneW - lostZoneX - 14 - 16) / 2);
    const unknownZoneW = lostZoneW * 2 + 16;
    const perRowWon = Math.floor(wonZone.width / step);
    const perRowLost = Math.floor(lostZoneW / step);
    const perRowUnknown = Math.floor(unknownZoneW / step);
    const limits = {
      won: perRowWon * rows,
      lost: perRowLost * rows,
      lostUnknown: perRowUnknown * rows,
      total: MAX_FIGURES,
    };
    const unit = gameFigureUnit(shownSegments, quarters, limits);

    const unitNote = scene.add
      .text(R.x + R.width - 24, R.y + 27, '', restStyle(textStyle(px(15), COLOURS.inkSoft, '600')))
      .setOrigin(1, 0.5);
    fitText(unitNote, labels.figureUnit(unit), px(15), 14, R.width / 2 - 24);
    const title = scene.add
      .text(R.x + 24, R.y + 27, '', restStyle(textStyle(px(21), COLOURS.ink, '600', FONTS.display)))
      .setOrigin(0, 0.5);
    fitText(title, labels.customersThisQuarter, px(21), 16, R.width - 72 - unitNote.width);
    lanes.add([title, unitNote]);

    const context: LaneContext = {
      scene,
      lanes,
      labels,
      textScale,
      unit,
      rand: pseudoRandom(17),
      animate,
      walking: this.walking,
      counters: this.counters,
    };
    const parts = shownSegments.map((seg, i) => () => {
      const y = areaTop + (areaH - usedH) / 2 + i * (laneH + LANE_GAP);
      const grid = { x: laneX, y, width: laneW, height: laneH, lostZoneX, lostZoneW };
      addLane({ ...grid, unknownZoneW, perRowWon, perRowLost, perRowUnknown }, seg, context);
    });
    parts.push(() => this.addLegend(R, shownSegments, labels, px));
    if (animate) this.building = parts;
    else for (const part of parts) part();

    lanes.setAlpha(animate ? 0 : 1);
    if (animate) {
      scene.tweens.add({ targets: lanes, alpha: 1, duration: 250 });
      // Set by the first update: the scene clock stands still while the scene sleeps.
      this.animStart = -1;
      this.animating = true;
    } else {
      this.animating = false;
    }
  }

  /** Legend: shape and colour together, with words; only the kinds the lanes show. */
  private addLegend(
    R: Rect,
    segments: readonly SegmentFlowView[],
    labels: FloorLabels,
    px: (size: number) => number,
  ): void {
    const lanes = this.lanes;
    if (!lanes) return;
    const legendY = R.y + R.height - FOOTER_H / 2;
    const items: [string, string][] = [[TEXTURES.figureWon, labels.legendWon]];
    if (segments.some((seg) => seg.reasonsKnown)) {
      items.push(
        [TEXTURES.figureLostControllable, labels.legendLostControllable],
        [TEXTURES.figureLostUncontrollable, labels.legendLostUncontrollable],
      );
    }
    if (segments.some((seg) => !seg.reasonsKnown))
      items.push([TEXTURES.figureLostUnknown, labels.legendLostUnknown]);
    const legendTexts = items.map(([, label]) =>
      this.scene.add
        .text(0, legendY, label, restStyle(textStyle(px(15), COLOURS.ink, '400')))
        .setOrigin(0, 0.5),
    );
    // 20 px from icon to words, then a gap that narrows (and at last the words shrink) to fit.
    const legendRoom = R.width - 56;
    const wordsWidth = () => legendTexts.reduce((sum, text) => sum + text.width, 0);
    const gaps = Math.max(1, items.length - 1);
    let legendGap = 40;
    const spare = legendRoom - wordsWidth() - 20 * items.length;
    if (spare < legendGap * gaps) {
      legendGap = Math.max(16, Math.floor(spare / gaps));
      const each = Math.floor((legendRoom - (20 + legendGap) * items.length) / items.length);
      for (const [k, text] of legendTexts.entries()) {
        if (text.width > each) fitText(text, items[k]?.[1] ?? '', px(15), 14, each);
      }
    }
    let lx = R.x + 28;
    for (const [k, [key]] of items.entries()) {
      const text = legendTexts[k];
      if (!text) continue;
      const icon = this.scene.add
        .image(lx, legendY + 17, restKey(key))
        .setOrigin(0.5, 1)
        .setScale(FIGURE_SCALE);
      text.setX(lx + 20);
      lanes.add([icon, text]);
      lx += 20 + text.width + legendGap;
    }
  }

  /** Moves the figures and counts to scene time `time` (ms); stops once all have arrived. */
  update(time: number): void {
    if (!this.animating) return;
    const part = this.building.shift();
    if (part) {
      part();
      return;
    }
    if (this.animStart < 0) this.animStart = time;
    const t = time - this.animStart;
    let busy = false;
    for (const w of this.walking) {
      const p = (t - w.start) / w.duration;
      if (p <= 0) {
        busy = true;
        continue;
      }
      if (p >= 1) {
        w.sprite.setPosition(w.toX, w.toY).setAlpha(1);
        continue;
      }
      busy = true;
      const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
      const bob = Math.abs(Math.sin(p * w.duration * 0.012)) * 2;
      w.sprite.setPosition(w.fromX + (w.toX - w.fromX) * e, w.fromY + (w.toY - w.fromY) * e - bob);
      w.sprite.setAlpha(Math.min(1, p * 6));
    }
    const countP = Math.min(1, t / 3000);
    // Counts move twenty times a second (and land at the end): each new number paints its text
    // again, which a slow laptop's frame could not also spare for the figures.
    if (countP >= 1 || time - this.countedAt >= COUNT_EVERY) {
      this.countedAt = time;
      for (const c of this.counters) {
        const n = c.from + (c.to - c.from) * (1 - (1 - countP) ** 3);
        c.set(n);
      }
    }
    if (!busy && countP >= 1) this.animating = false;
  }
}
