// The office floor of the quarter loop: one room per silo with its leader, trust, mood and load,
// the CEO's office, the camera move into a negotiation, dimming for events, and the animated
// resolution of customers won and lost. Draws only: reads the FloorFeed, holds no game rules,
// handles no input (the DOM lays buttons over the rooms from the same floorLayout()). The art is
// painted by src/game/art; the live parts are the game objects of src/game/objects.

import * as Phaser from 'phaser';
import { floorLayout, roomRect } from '../../stage/floor-layout';
import type { FloorLayout, Rect } from '../../stage/floor-layout';
import type { FloorFeed, FloorLabels, FloorView } from '../../stage/floor-view';
import { COLOURS } from '../../stage/theme';
import { LayoutTextures } from '../art/texture';
import { SCENES } from '../keys';
import { CameraDirector } from '../objects/camera-director';
import type { VeilMode } from '../objects/camera-director';
import { CorridorStaff } from '../objects/corridor-staff';
import { CustomerFlow } from '../objects/customer-flow';
import { OFFICE_DEPTH } from '../objects/depth';
import { FloorPicture } from '../objects/floor-picture';
import { FocusRing } from '../objects/focus-ring';
import { RoomCard } from '../objects/room-card';
import { StillFloor } from '../objects/still-floor';
import { fitLabel, labelPx, textStyle } from '../objects/text';
import { followFeed, presentScene } from '../scene-feed';
import { showsScreen } from '../screen-scenes';

/** What the floor's layout depends on: the rooms, the stage's height and the text size. */
function floorKey(view: FloorView): string {
  return `${view.rooms.map((r) => r.silo).join('|')}@${view.stageHeight}x${view.textScale}`;
}

/**
 * A value that changes whenever any label's words change: the strings themselves, and the
 * functions applied to sample numbers (a new translator gives new functions for the same words,
 * so identity says nothing).
 */
function labelsKey(labels: FloorLabels): string {
  const parts: string[] = [];
  for (const value of Object.values(labels) as unknown[]) {
    if (typeof value === 'string') parts.push(value);
    else if (typeof value === 'function') {
      const format = value as (n: number) => string;
      parts.push(format(1), format(2), format(5), format(12345));
    }
  }
  return parts.join('\u0000');
}

/** The quarter loop's office floor. */
export class Office extends Phaser.Scene {
  private created = false;
  private shown = false;
  private layout: FloorLayout | null = null;
  private layoutKey = '';
  /** The floor, desks and portraits painted for the layout shown (and kept for two more). */
  private painted!: LayoutTextures;
  private floor!: FloorPicture;
  private rooms = new Map<string, RoomCard>();
  private ceo: RoomCard | null = null;
  private spareLabels: Phaser.GameObjects.Text[] = [];
  /** The key (labelsKey) of the words drawn now, to notice a language change. */
  private labelsKeyDrawn = '';
  private focus!: FocusRing;
  private focusId: string | null = null;
  private focusStale = true;
  private director!: CameraDirector;
  private staff!: CorridorStaff;
  private flow!: CustomerFlow;
  private still!: StillFloor;
  private playedSeq: number | null = null;
  private motion = true;
  private view!: FloorView;
  /**
   * A floor being built for new rooms while the office is out of sight, one piece per frame
   * (a new game's floor is dozens of painted textures and labels: built at once it held the
   * briefing's key press for half a second on a slow laptop). Finished at once when shown.
   */
  private building: Generator<void, void> | null = null;

  constructor(private readonly feed: FloorFeed) {
    super(SCENES.office);
  }

  create(): void {
    this.created = false;
    this.rooms = new Map();
    this.ceo = null;
    this.layoutKey = '';
    this.playedSeq = null;
    this.painted = new LayoutTextures(this.textures);
    this.floor = new FloorPicture(this, this.painted);
    this.staff = new CorridorStaff(this);
    this.flow = new CustomerFlow(this);
    this.still = new StillFloor(this);
    this.focus = new FocusRing(this);
    this.director = new CameraDirector(
      this,
      (seen) => this.setSharp(seen),
      (id) => this.rooms.get(id)?.drawn.core ?? false,
    );
    this.building = null;
    const step = () => this.buildStep();
    this.game.events.on(Phaser.Core.Events.STEP, step);
    const stop = () => {
      this.game.events.off(Phaser.Core.Events.STEP, step);
      this.building = null;
      this.still.destroy();
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    followFeed(this, this.feed, (view) => this.applyView(view));
    this.events.once(Phaser.Scenes.Events.CREATE, () => {
      this.created = true;
      presentScene(this, this.shown, true);
    });
  }

  private applyView(view: FloorView): void {
    // The floor's parts may change now: they are shown again, and held again once still.
    this.still.release();
    this.view = view;
    const shown = showsScreen(SCENES.office, view.screen);
    if (floorKey(view) !== this.layoutKey || !this.layout) {
      this.building = this.rebuild(view);
      // The old floor goes and the new layout is set now; the painting follows.
      this.building.next();
      // In sight (or about to be), the floor is built now; out of sight, a piece per frame.
      if (shown || !this.sys.isSleeping()) this.finishBuilding();
    }
    if (this.building) {
      if (!shown) return;
      this.finishBuilding();
    }
    const motion = !view.reducedMotion;
    const motionChanged = motion !== this.motion;
    this.motion = motion;
    const words = labelsKey(view.labels);
    if (words !== this.labelsKeyDrawn) {
      this.labelsKeyDrawn = words;
      this.applyLabels(view.labels);
    }
    // Under the results card the meters take their new values at once: the floor can then be
    // held still at the card's first frame (still-floor.ts) instead of after the meters' tween.
    const meterMotion = motion && view.screen !== 'results';
    for (const room of view.rooms)
      this.rooms.get(room.silo)?.showSilo(room, view.labels, meterMotion);
    this.ceo?.showCeo(view, meterMotion);
    if (view.focusedSilo !== this.focusId || this.focusStale) {
      this.focusId = view.focusedSilo;
      this.focusStale = false;
      const rect = view.focusedSilo && this.layout ? roomRect(this.layout, view.focusedSilo) : null;
      this.focus.draw(rect, motion);
    }
    if (motionChanged) this.staff.reset(this.layout);
    this.applyScreen(view);
    if (shown !== this.shown) {
      this.shown = shown;
      if (this.created) presentScene(this, shown, !motion);
    }
  }

  /**
   * Sharp paintings while the camera is zoomed (or zooming) into a room: the floor, and the cards
   * the zoomed camera shows (`seen`); the others stay 1:1. At rest (`seen` null) all are 1:1.
   */
  private setSharp(seen: Rect | null): void {
    this.floor.setSharp(seen !== null);
    const overlaps = (r: Rect) =>
      seen !== null &&
      r.x < seen.x + seen.width &&
      seen.x < r.x + r.width &&
      r.y < seen.y + seen.height &&
      seen.y < r.y + r.height;
    for (const rect of this.layout?.rooms ?? []) this.rooms.get(rect.id)?.setSharp(overlaps(rect));
    if (this.layout) this.ceo?.setSharp(overlaps(this.layout.ceo));
  }

  /** One piece of the floor being built; the last one draws the view on the new floor. */
  private buildStep(): void {
    if (!this.building) return;
    if (this.building.next().done) {
      this.building = null;
      this.applyView(this.view);
    }
  }

  private finishBuilding(): void {
    const building = this.building;
    this.building = null;
    if (building) while (!building.next().done);
  }

  /**
   * Lays the floor out again for new rooms, stage height or text size, and paints it: the old
   * floor goes at once, then the new one comes piece by piece (each `yield` is a frame's break).
   */
  private *rebuild(view: FloorView): Generator<void, void> {
    for (const card of this.rooms.values()) card.destroy();
    this.ceo?.destroy();
    for (const label of this.spareLabels) label.destroy();
    this.rooms.clear();
    this.ceo = null;
    this.spareLabels = [];
    this.floor.clear();
    // Nothing shows the old layout's paintings now: those of older layouts are freed.
    this.painted.nextLayout();
    const layout = floorLayout(
      view.rooms.map((r) => r.silo),
      view.stageHeight,
    );
    this.layout = layout;
    this.layoutKey = floorKey(view);
    const textScale = view.textScale;
    // Rooms moved: the focus ring, the camera and the veil are redrawn for the new layout.
    this.focusStale = true;
    this.director.forget();
    yield;
    this.floor.build(layout, view.rooms.length, textScale);
    for (const rect of layout.rooms) {
      yield;
      this.rooms.set(rect.id, new RoomCard(this, this.painted, rect, false, textScale));
    }
    yield;
    this.ceo = new RoomCard(this, this.painted, layout.ceo, true, textScale);
    for (const spare of layout.spare) {
      const label = this.add
        .text(
          spare.x + spare.width / 2,
          spare.y + spare.height - 22,
          '',
          textStyle(labelPx(14, textScale), COLOURS.inkSoft, '600'),
        )
        .setOrigin(0.5)
        .setDepth(OFFICE_DEPTH.rooms);
      this.spareLabels.push(label);
    }
    // New rooms carry no words yet: applyView puts them in.
    this.labelsKeyDrawn = '';
    this.staff.reset(layout);
  }

  /** Puts the view's words on every label of the floor; the results card is drawn again. */
  private applyLabels(labels: FloorLabels): void {
    const textScale = this.view.textScale;
    this.layout?.spare.forEach((spare, i) => {
      const label = this.spareLabels[i];
      if (label) fitLabel(label, labels.coffeeCorner, labelPx(14, textScale), 14, spare.width - 24);
    });
    for (const card of this.rooms.values()) card.label(labels);
    this.ceo?.label(labels);
    this.flow.wordsChanged();
  }

  /** Frames the floor for the screen, and plays or shows the results card. */
  private applyScreen(view: FloorView): void {
    const screen = view.screen;
    const focusRect =
      screen === 'negotiation' && view.focusedSilo && this.layout
        ? roomRect(this.layout, view.focusedSilo)
        : null;
    // Camera into the negotiated room, otherwise the whole floor; the veil around that room, or
    // over the floor for events, the year's review and results.
    const veil: VeilMode =
      focusRect !== null
        ? `room:${focusRect.id}`
        : screen === 'event' || screen === 'year-review'
          ? 'dim'
          : screen === 'results' && view.resolution
            ? 'results'
            : 'none';
    this.director.frame(focusRect, veil, this.motion);
    // Results: play each new resolution once; show its end state when coming back to it.
    const resolution = screen === 'results' ? view.resolution : null;
    if (resolution && this.layout) {
      const { seq, segments, quarters } = resolution;
      const area = this.layout.customerLanes;
      const show = (animate: boolean) =>
        this.flow.show(area, segments, quarters, view.labels, this.view.textScale, animate);
      if (seq !== this.playedSeq) {
        this.playedSeq = seq;
        show(this.motion);
      } else if (this.flow.needsRedraw) {
        // Coming back, or the words changed: the end state, without playing it again.
        show(false);
      }
    } else if (!resolution && this.flow.shown) {
      this.flow.hide(this.motion);
    }
  }

  override update(time: number, delta: number): void {
    const dt = Math.min(delta, 50) / 1000;
    if (this.motion && this.view?.screen !== 'negotiation') this.staff.step(dt);
    this.flow.update(time);
    this.holdStillFloor();
  }

  /**
   * Under the results card, once nothing under the veil moves (no camera or fade tween), the
   * floor is drawn as one picture (still-floor.ts); it comes back when the card goes or the
   * floor's view changes.
   */
  private holdStillFloor(): void {
    const wanted = this.flow.shown && this.view?.screen === 'results' && !this.building;
    if (!wanted) {
      this.still.release();
      return;
    }
    if (this.still.held) return;
    // A pulse that never ends (the focus ring's) is not waited for: under the veil it stops.
    const endless = (tween: Phaser.Tweens.Tween) =>
      (tween.data as unknown as { repeat: number }[]).some((d) => d.repeat === -1);
    // The veil stays live above the picture (it may still be fading in); the card is above both.
    const live = (target: unknown) => this.flow.isPart(target) || this.director.isVeil(target);
    const moving = this.tweens
      .getTweens()
      .some((tween) => !endless(tween) && tween.targets.some((target) => !live(target)));
    if (moving) return;
    const depth = (o: Phaser.GameObjects.GameObject) => (o as unknown as { depth: number }).depth;
    // Back to front as the renderer draws them (a sort is stable: equal depths keep their order).
    const under = this.children.list
      .filter((o) => !this.still.isPicture(o) && depth(o) < OFFICE_DEPTH.veil)
      .sort((a, b) => depth(a) - depth(b));
    this.still.hold(under, this.scale.width, this.scale.height);
  }
}
