// One segment's lane on the "customers this quarter" card: its storefront with the count moving
// from before to after, the zones of customers won and lost with their exact numbers, and a figure
// per `unit` customers walking in from the street or out of the shop. Imports Phaser, the view's
// types and the art library.

import type * as Phaser from 'phaser';
import type { FloorLabels, SegmentFlowView } from '../../stage/floor-view';
import { COLOURS, FONTS, colourNumber } from '../../stage/theme';
import { mix } from '../art/colour';
import { STOREFRONT_SIZE } from '../art/storefront';
import { lostTotal } from '../figure-scale';
import { TEXTURES } from '../keys';
import { restKey } from '../art/texture';
import { fitText, labelPx, restStyle, setLabel, textStyle } from './text';

/** Customer figures in the resolution animation, relative to their design size. */
export const FIGURE_SCALE = 1.1;

/** Where figures stand in a lane (lane-local x, design pixels). */
export const LANE_ZONES = {
  won: { x: 14, width: 236 },
  storeX: 262,
  /** Distance between neighbouring figures in a row, and between rows. */
  step: 15,
  rowStep: 40,
} as const;

/** The lane's place on the card and the shape of its zones. */
export interface LaneGrid {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly lostZoneX: number;
  readonly lostZoneW: number;
  /** Where nobody asked why customers left, one zone spans both "lost" columns. */
  readonly unknownZoneW: number;
  readonly perRowWon: number;
  readonly perRowLost: number;
  readonly perRowUnknown: number;
}

/** A figure on its way to its place (times in ms from the start of the animation). */
export interface Walking {
  readonly sprite: Phaser.GameObjects.Image;
  readonly fromX: number;
  readonly fromY: number;
  readonly toX: number;
  readonly toY: number;
  readonly start: number;
  readonly duration: number;
}

/** A number on the card counting from `from` to `to` as the animation plays. */
export interface Counter {
  readonly from: number;
  readonly to: number;
  readonly set: (n: number) => void;
}

/** What a lane needs besides its segment; `walking` and `counters` collect what will move. */
export interface LaneContext {
  readonly scene: Phaser.Scene;
  readonly lanes: Phaser.GameObjects.Container;
  readonly labels: FloorLabels;
  readonly textScale: number;
  /** Customers one figure stands for. */
  readonly unit: number;
  /** The card's random stream, shared by every lane in order (figures' jitter and timing). */
  readonly rand: () => number;
  readonly animate: boolean;
  readonly walking: Walking[];
  readonly counters: Counter[];
}

type Place = (k: number) => { x: number; y: number; row: number };

/** Adds one segment's lane to the card. */
export function addLane(lane: LaneGrid, seg: SegmentFlowView, c: LaneContext): void {
  const { scene, lanes, labels, rand, animate } = c;
  const px = (size: number) => labelPx(size, c.textScale);
  const { x: laneX, y: ly, width: laneW, height: laneH, lostZoneX, lostZoneW } = lane;
  const { won: wonZone, storeX, step, rowStep } = LANE_ZONES;
  const bg = scene.add.graphics();
  bg.fillStyle(colourNumber('paperShade'), 1);
  bg.fillRoundedRect(laneX, ly, laneW, laneH, 12);
  // A pavement line the figures walk along.
  bg.fillStyle(colourNumber('line'), 1);
  bg.fillRect(laneX + 10, ly + laneH - 9, laneW - 20, 2);
  lanes.add(bg);

  // The segment's storefront, its name and its customer count.
  const storeScale = Math.min(1, (laneH - 50) / STOREFRONT_SIZE.height);
  const storeCx = laneX + storeX + STOREFRONT_SIZE.width / 2;
  const store = scene.add
    .image(storeCx, ly + laneH - 8, restKey(TEXTURES.storefront))
    .setOrigin(0.5, 1)
    .setScale(storeScale);
  const name = scene.add
    .text(storeCx, ly + 15, '', restStyle(textStyle(px(16), COLOURS.ink, '600', FONTS.display)))
    .setOrigin(0.5);
  fitText(name, seg.name, px(16), 14, STOREFRONT_SIZE.width + 30);
  const countText = scene.add
    .text(storeCx, ly + 33, '', restStyle(textStyle(px(14), COLOURS.inkSoft, '600')))
    .setOrigin(0.5);
  lanes.add([store, name, countText]);
  // Only re-rendered when the shown number changes (each change redraws the text's canvas).
  const setCount = (n: number) =>
    setLabel(countText, `${labels.count(Math.round(seg.before))} → ${labels.count(Math.round(n))}`);
  setCount(animate ? seg.before : seg.after);
  if (animate) c.counters.push({ from: seg.before, to: seg.after, set: setCount });

  // Zone labels with the exact numbers (the figures are rounded up).
  const zoneLabel = (x: number, origin: number, text: string, colour: string, max: number) => {
    const label = scene.add
      .text(laneX + x, ly + 15, '', restStyle(textStyle(px(14), colour, '700')))
      .setOrigin(origin, 0.5);
    fitText(label, text, px(14), 14, max);
    lanes.add(label);
  };
  const wonColour = mix(COLOURS.player, COLOURS.ink, 0.15);
  zoneLabel(
    wonZone.x + wonZone.width,
    1,
    labels.won(Math.round(seg.won)),
    wonColour,
    wonZone.width,
  );
  if (seg.reasonsKnown) {
    const lostDark = mix(COLOURS.twin, COLOURS.ink, 0.28);
    const controllable = labels.lostControllable(Math.round(seg.lostControllable));
    zoneLabel(lostZoneX, 0, controllable, lostDark, lostZoneW);
    const uncontrollable = labels.lostUncontrollable(Math.round(seg.lostUncontrollable));
    zoneLabel(lostZoneX + lostZoneW + 16, 0, uncontrollable, COLOURS.inkSoft, lostZoneW);
  } else {
    // Reasons are shown only where the player measures them (DESIGN.md): one kind of leaver.
    const unknown = labels.lostUnknown(Math.round(lostTotal(seg)));
    zoneLabel(lostZoneX, 0, unknown, COLOURS.inkSoft, lane.unknownZoneW);
  }

  const feetY = ly + laneH - 10;
  const slot = (zoneX: number, perRow: number, k: number, fromRight: boolean) => {
    const row = Math.floor(k / perRow);
    const col = k % perRow;
    const stagger = (row % 2) * (step / 2);
    const x = fromRight ? zoneX - col * step - stagger : zoneX + col * step + stagger;
    return { x: laneX + x + (rand() - 0.5) * 3, y: feetY - row * rowStep, row };
  };
  const flows: [number, string, boolean, Place][] = [
    [
      seg.won,
      TEXTURES.figureWon,
      true,
      (k) => slot(wonZone.x + wonZone.width - 10, lane.perRowWon, k, true),
    ],
  ];
  if (seg.reasonsKnown) {
    flows.push(
      [
        seg.lostControllable,
        TEXTURES.figureLostControllable,
        false,
        (k) => slot(lostZoneX + 10, lane.perRowLost, k, false),
      ],
      [
        seg.lostUncontrollable,
        TEXTURES.figureLostUncontrollable,
        false,
        (k) => slot(lostZoneX + lostZoneW + 26, lane.perRowLost, k, false),
      ],
    );
  } else {
    flows.push([
      lostTotal(seg),
      TEXTURES.figureLostUnknown,
      false,
      (k) => slot(lostZoneX + 10, lane.perRowUnknown, k, false),
    ]);
  }
  const placed: {
    key: string;
    arriving: boolean;
    share: number;
    to: { x: number; y: number; row: number };
  }[] = [];
  for (const [n, key, arriving, place] of flows) {
    const figures = Math.ceil(Math.max(0, n) / c.unit);
    for (let k = 0; k < figures; k += 1) {
      placed.push({ key, arriving, share: figures > 1 ? k / (figures - 1) : 0, to: place(k) });
    }
  }
  // Back rows first, so front figures overlap them like a crowd.
  placed.sort((p, q) => q.to.row - p.to.row);
  for (const { key, arriving, share, to } of placed) {
    const sprite = scene.add
      .image(to.x, to.y, restKey(key))
      .setOrigin(0.5, 1)
      .setScale(FIGURE_SCALE);
    lanes.add(sprite);
    if (!animate) continue;
    const fromX = arriving ? laneX + 6 : storeCx;
    // Arrivals first, then departures, each spread out so they read as a stream.
    const start = (arriving ? 0 : 450) + share * 1300 + rand() * 120;
    const duration = 900 + Math.abs(to.x - fromX) * 2.2;
    sprite.setPosition(fromX, feetY).setAlpha(0);
    c.walking.push({ sprite, fromX, fromY: feetY, toX: to.x, toY: to.y, start, duration });
  }
}
