// The live parts of one room on the office floor, over its painted shell: the leader's portrait
// and desk, mood marker, name and title, the meter (trust, or the CEO's support) with its bar,
// the load pips and paper stack, the overload sign and the power core's tab. Redraws only what
// changed. Imports Phaser, the view's types and the art library.

import type * as Phaser from 'phaser';
import type { RoomRect } from '../../stage/floor-layout';
import type {
  FloorLabels,
  FloorView,
  Mood,
  PortraitParams,
  RoomView,
} from '../../stage/floor-view';
import { moodFromTrust } from '../../stage/mood';
import { COLOURS, FONTS, colourNumber } from '../../stage/theme';
import { hexNumber, mix } from '../art/colour';
import { DESK_HEIGHT, paintDesk } from '../art/office/desk';
import { roomGeometry } from '../art/office/room-geometry';
import type { RoomGeometry } from '../art/office/room-geometry';
import { drawPortrait } from '../art/portrait';
import { restKey } from '../art/texture';
import type { LayoutTextures } from '../art/texture';
import type { Ctx } from '../art/canvas';
import { TEXTURES, TEXTURE_PREFIX, TEXTURE_SCALE } from '../keys';
import { OFFICE_DEPTH } from './depth';
import { drawCeoGauges, drawSiloGauges, drawWarning } from './room-gauges';
import { fitLabel, fitText, labelPx, restStyle, textStyle } from './text';

const HALF = 1 / TEXTURE_SCALE;

/** A texture the card shows, and how to paint it at the scale it lacks. */
interface Picture {
  readonly key: string;
  /** Display scale of the design size (the crown is shown smaller than painted). */
  readonly scale: number;
  readonly size?: { readonly width: number; readonly height: number };
  readonly paint?: (ctx: Ctx) => void;
}

const MOOD_TEXTURES: Record<Mood, string> = {
  hostile: TEXTURES.moodHostile,
  wary: TEXTURES.moodWary,
  neutral: TEXTURES.moodNeutral,
  friendly: TEXTURES.moodFriendly,
  ally: TEXTURES.moodAlly,
};

function portraitKey(params: PortraitParams, mood: Mood, size: number): string {
  return `${TEXTURE_PREFIX.portrait}${params.skin}-${params.hair}-${params.hairStyle}-${params.accent}-${mood}-${size}`;
}

/** A silo's room, or (`executive`) the CEO's office. */
export class RoomCard {
  readonly id: string;
  readonly geo: RoomGeometry;
  readonly container: Phaser.GameObjects.Container;
  readonly portrait: Phaser.GameObjects.Image;
  readonly moodIcon: Phaser.GameObjects.Image;
  readonly name: Phaser.GameObjects.Text;
  readonly sub: Phaser.GameObjects.Text;
  readonly meterLabel: Phaser.GameObjects.Text;
  readonly value: Phaser.GameObjects.Text;
  readonly loadLabel: Phaser.GameObjects.Text;
  readonly note: Phaser.GameObjects.Text;
  readonly live: Phaser.GameObjects.Graphics;
  /** "Overloaded" sign on the desk front (silo rooms only); filled by label(). */
  readonly overload: Phaser.GameObjects.Container | null = null;
  /** The power core's tab on the top edge (silo rooms only); filled by label(). */
  readonly core: Phaser.GameObjects.Container | null = null;
  /** Where the meter bar and load pips start and how wide the bar is: after the longest label. */
  bar: { x: number; w: number };
  /** What is drawn now, to redraw only what changed. */
  readonly drawn = {
    name: '',
    sub: '',
    portrait: '',
    mood: null as Mood | null,
    meter: -1,
    load: -1,
    capacity: -1,
    core: false,
  };
  /** The meter value shown (animates towards the view's value; a tween target). */
  shownMeter = -1;
  /** The words the gauges draw with (the number format). */
  private labels: FloorLabels | null = null;
  /**
   * Sharp (2:1 paintings and labels, for the camera zoomed into this room) or at rest (1:1: a
   * third of the drawing work per frame). A card starts at rest.
   */
  private sharp = false;
  private readonly pictures = new Map<Phaser.GameObjects.Image, Picture>();
  private readonly texts: Phaser.GameObjects.Text[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    /** Where the desk and portraits are painted: the textures of the floor's layout. */
    private readonly textures: LayoutTextures,
    rect: RoomRect,
    readonly executive: boolean,
    /** The "Text size" setting's factor the floor was built with. */
    readonly textScale: number,
  ) {
    const add = scene.add;
    const g = roomGeometry(rect, executive, textScale);
    const px = (size: number) => labelPx(size, textScale);
    this.id = rect.id;
    this.geo = g;
    this.bar = { x: g.barX, w: g.barW };
    const container = add.container(rect.x, rect.y).setDepth(OFFICE_DEPTH.rooms);
    // Labels at rest are drawn 1:1; setSharp() re-renders them at the texture scale.
    const text = (
      x: number,
      y: number,
      size: number,
      colour: string,
      weight?: string,
      font?: string,
    ) => {
      const label = add.text(x, y, '', restStyle(textStyle(size, colour, weight, font)));
      this.texts.push(label);
      return label;
    };
    const portrait = add
      .image(Math.round((g.w - g.portrait) / 2), g.portraitTop, '__DEFAULT')
      .setOrigin(0, 0);
    const desk = add.image(0, g.deskTop - 24, '__DEFAULT').setOrigin(0, 0);
    this.show(desk, {
      key: `${TEXTURE_PREFIX.desk}${g.w}-${executive ? 'ceo' : 'silo'}`,
      scale: 1,
      size: { width: g.w, height: DESK_HEIGHT },
      paint: (ctx) => paintDesk(ctx, g, executive),
    });
    const live = add.graphics();
    const moodIcon = add
      .image(g.w / 2 + g.portrait * 0.36, g.portraitTop + g.portrait * 0.16, '__DEFAULT')
      .setVisible(!executive);
    this.show(moodIcon, { key: TEXTURES.moodNeutral, scale: 1 });
    const name = text(14, g.nameY, px(17), COLOURS.ink, '600', FONTS.display).setOrigin(0, 0.5);
    const sub = text(14, g.subY, px(14), COLOURS.inkSoft).setOrigin(0, 0.5);
    const meterLabel = text(14, g.meterY, px(14), COLOURS.inkSoft, '600').setOrigin(0, 0.5);
    const value = text(g.w - 14, g.meterY, px(15), COLOURS.ink, '700').setOrigin(1, 0.5);
    const loadLabel = text(14, g.loadY, px(14), COLOURS.inkSoft, '600')
      .setOrigin(0, 0.5)
      .setVisible(!executive);
    const note = text(
      g.w - 14,
      g.loadY,
      px(14),
      mix(COLOURS.bad, COLOURS.ink, 0.2),
      '700',
    ).setOrigin(1, 0.5);
    container.add([portrait, desk, live, moodIcon, name, sub, meterLabel, value, loadLabel, note]);
    this.container = container;
    this.portrait = portrait;
    this.moodIcon = moodIcon;
    this.name = name;
    this.sub = sub;
    this.meterLabel = meterLabel;
    this.value = value;
    this.loadLabel = loadLabel;
    this.note = note;
    this.live = live;
    if (!executive) {
      // A sign on the desk front: words plus a warning triangle, in a dark red that keeps contrast.
      const tag = add.graphics();
      const words = text(0, 0, px(14), COLOURS.paper, '700').setOrigin(0, 0.5);
      this.overload = add.container(g.w / 2, g.deskTop + 19, [tag, words]).setVisible(false);
      container.add(this.overload);
      // The power core's tab: a crown and words, never colour alone.
      const pill = add.graphics();
      const crown = add.image(0, -1, '__DEFAULT');
      this.show(crown, { key: TEXTURES.crown, scale: 0.62 });
      const label = text(0, 0, px(14), COLOURS.ink, '700').setOrigin(0, 0.5);
      // Above the focus ring (same amber), so the ring around the core's room never hides it.
      this.core = add
        .container(rect.x + g.w / 2, rect.y, [pill, crown, label])
        .setDepth(OFFICE_DEPTH.focus + 1)
        .setVisible(false);
    }
  }

  /** Shows a texture on one of the card's images, at the card's sharpness (painted if missing). */
  private show(image: Phaser.GameObjects.Image, picture: Picture): void {
    this.pictures.set(image, picture);
    const key = this.sharp ? picture.key : restKey(picture.key);
    const { size, paint } = picture;
    if (size && paint)
      this.textures.paint(key, size.width, size.height, paint, {
        scale: this.sharp ? TEXTURE_SCALE : 1,
      });
    image.setTexture(key).setScale(this.sharp ? picture.scale * HALF : picture.scale);
  }

  /** Sharp while the camera is zoomed into this room, at rest otherwise. */
  setSharp(sharp: boolean): void {
    if (sharp === this.sharp) return;
    this.sharp = sharp;
    for (const [image, picture] of this.pictures) this.show(image, picture);
    for (const label of this.texts) label.setResolution(sharp ? TEXTURE_SCALE : 1);
  }

  /** A label size in design pixels, grown by the "Text size" setting. */
  private px(size: number): number {
    return labelPx(size, this.textScale);
  }

  /** Puts the words on the room's labels; bars and notes already drawn are drawn again. */
  label(labels: FloorLabels): void {
    this.labels = labels;
    const g = this.geo;
    // The bar keeps at least this width; a longer label shrinks (then shortens) instead.
    const minBar = 56;
    const maxLabel = g.w - 48 - minBar - 24;
    const meterWords = this.executive ? labels.support : labels.trust;
    fitLabel(this.meterLabel, meterWords, this.px(14), 14, maxLabel);
    if (!this.executive) fitLabel(this.loadLabel, labels.load, this.px(14), 14, maxLabel);
    const widest = Math.max(this.meterLabel.width, this.executive ? 0 : this.loadLabel.width);
    // The bar starts where it always did, or after a longer label in another language.
    const x = Math.max(g.barX, Math.ceil(14 + widest + 10));
    this.bar = { x, w: g.w - x - 48 };
    if (this.overload) this.drawOverloadSign(this.overload, labels.overloaded, g.w - 20);
    if (this.core) this.drawCoreTab(this.core, labels.powerCore, g.w - 16);
    // Bars and notes drawn before are drawn again, where the bar now starts and in the new words.
    if (this.drawn.meter >= 0) {
      if (this.executive) drawCeoGauges(this, labels);
      else drawSiloGauges(this, this.drawn.mood ?? 'neutral', labels);
    }
  }

  /** The desk-front sign: a dark red tag sized to its words, with a warning triangle. */
  private drawOverloadSign(
    sign: Phaser.GameObjects.Container,
    value: string,
    maxWidth: number,
  ): void {
    const tag = sign.getAt<Phaser.GameObjects.Graphics>(0);
    const words = sign.getAt<Phaser.GameObjects.Text>(1);
    fitLabel(words, value, this.px(14), 14, maxWidth - 34);
    const tagW = Math.ceil(words.width) + 34;
    const red = hexNumber(mix(COLOURS.bad, COLOURS.ink, 0.22));
    tag.clear();
    tag.fillStyle(red, 1);
    tag.fillRoundedRect(-tagW / 2, -12, tagW, 24, 12);
    drawWarning(tag, -tagW / 2 + 15, 0, 7, colourNumber('paper'), red);
    words.setX(-tagW / 2 + 26);
  }

  /** The power core's tab: an amber pill sized to its words, with the crown. */
  private drawCoreTab(tab: Phaser.GameObjects.Container, value: string, maxWidth: number): void {
    const pill = tab.getAt<Phaser.GameObjects.Graphics>(0);
    const crown = tab.getAt<Phaser.GameObjects.Image>(1);
    const label = tab.getAt<Phaser.GameObjects.Text>(2);
    fitLabel(label, value, this.px(14), 14, maxWidth - 52);
    const pillW = Math.ceil(label.width) + 52;
    pill.clear();
    pill.fillStyle(colourNumber('ink'), 0.18);
    pill.fillRoundedRect(-pillW / 2, -11, pillW, 26, 13);
    pill.fillStyle(colourNumber('amber'), 1);
    pill.fillRoundedRect(-pillW / 2, -13, pillW, 26, 13);
    crown.setX(-pillW / 2 + 19);
    label.setX(-pillW / 2 + 36);
  }

  private setPortrait(params: PortraitParams, mood: Mood): void {
    const key = portraitKey(params, mood, this.geo.portrait);
    if (this.drawn.portrait === key) return;
    const size = this.geo.portrait;
    this.show(this.portrait, {
      key,
      scale: 1,
      size: { width: size, height: size },
      paint: (ctx) => drawPortrait(ctx, params, mood, size),
    });
    this.drawn.portrait = key;
  }

  /** Shows a silo's room as the view has it; the trust bar moves smoothly when `motion`. */
  showSilo(room: RoomView, labels: FloorLabels, motion: boolean): void {
    this.labels = labels;
    const d = this.drawn;
    const maxText = this.geo.w - 28;
    if (d.name !== room.name) {
      fitText(this.name, room.name, this.px(17), 14, maxText);
      d.name = room.name;
    }
    if (d.sub !== room.leader) {
      fitText(this.sub, room.leader, this.px(14), 14, maxText);
      d.sub = room.leader;
    }
    this.setPortrait(room.portrait, room.mood);
    if (d.mood !== room.mood) {
      this.show(this.moodIcon, { key: MOOD_TEXTURES[room.mood] ?? TEXTURES.moodNeutral, scale: 1 });
      d.mood = room.mood;
    }
    if (d.core !== room.core) {
      this.core?.setVisible(room.core);
      d.core = room.core;
    }
    const trust = Math.max(0, Math.min(100, Math.round(room.trust)));
    if (d.meter !== trust || d.load !== room.load || d.capacity !== room.capacity) {
      const from = this.shownMeter < 0 ? trust : this.shownMeter;
      d.meter = trust;
      d.load = room.load;
      d.capacity = room.capacity;
      this.animateMeter(from, trust, motion, () =>
        drawSiloGauges(this, room.mood, this.labels ?? labels),
      );
    }
  }

  /** Shows the CEO's office: name, title, the face that follows support, and the support bar. */
  showCeo(view: FloorView, motion: boolean): void {
    this.labels = view.labels;
    const d = this.drawn;
    const maxText = this.geo.w - 28;
    if (d.name !== view.ceo.name) {
      fitText(this.name, view.ceo.name, this.px(17), 14, maxText);
      d.name = view.ceo.name;
    }
    if (d.sub !== view.labels.ceoTitle) {
      fitText(this.sub, view.labels.ceoTitle, this.px(14), 14, maxText);
      d.sub = view.labels.ceoTitle;
    }
    const support = Math.max(0, Math.min(100, Math.round(view.ceo.support)));
    // The CEO's face follows support the way a leader's follows trust.
    const mood = moodFromTrust(support);
    this.setPortrait(view.ceo.portrait, mood);
    if (d.meter !== support) {
      const from = this.shownMeter < 0 ? support : this.shownMeter;
      d.meter = support;
      this.animateMeter(from, support, motion, () =>
        drawCeoGauges(this, this.labels ?? view.labels),
      );
    }
  }

  private animateMeter(from: number, to: number, motion: boolean, draw: () => void): void {
    const tweens = this.scene.tweens;
    tweens.killTweensOf(this);
    if (!motion || from === to) {
      this.shownMeter = to;
      draw();
      return;
    }
    tweens.add({
      targets: this,
      shownMeter: { from, to },
      duration: 700,
      ease: 'Cubic.easeOut',
      onUpdate: draw,
      onComplete: draw,
    });
  }

  /**
   * Removes the room. A meter still animating (a sleeping scene keeps its tweens) must not draw
   * into a destroyed room: on waking it would fail every frame and leave the floor blank.
   */
  destroy(): void {
    this.scene.tweens.killTweensOf(this);
    this.container.destroy();
    this.core?.destroy();
  }
}
