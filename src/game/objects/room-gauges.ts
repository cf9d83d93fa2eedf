// The live layer of a room card, redrawn as numbers move: a silo's trust bar, load pips and the
// paper stack on the desk, or the CEO's support bar and how the CEO feels. Imports Phaser, the
// palette and the room card's parts (by type).

import * as Phaser from 'phaser';
import type { FloorLabels, Mood } from '../../stage/floor-view';
import { COLOURS, colourNumber } from '../../stage/theme';
import { hexNumber, mix } from '../art/colour';
import { MOOD_COLOURS } from '../art/icons';
import type { RoomGeometry } from '../art/office/room-geometry';
import { fitLabel, labelPx, setLabel } from './text';

/** A warning triangle with an exclamation mark, centred on (x, y), `r` from centre to corner. */
/**
 * The parts of a room card the gauges draw on (RoomCard has them); named here so the card can
 * use the gauges without the gauges importing the card.
 */
export interface GaugeParts {
  readonly geo: RoomGeometry;
  readonly live: Phaser.GameObjects.Graphics;
  readonly bar: { x: number; w: number };
  readonly drawn: { readonly load: number; readonly capacity: number };
  readonly shownMeter: number;
  readonly value: Phaser.GameObjects.Text;
  readonly note: Phaser.GameObjects.Text;
  readonly overload: Phaser.GameObjects.Container | null;
  readonly textScale: number;
}

export function drawWarning(
  gfx: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  r: number,
  fill: number,
  mark: number,
): void {
  gfx.fillStyle(fill, 1);
  gfx.fillTriangle(x, y - r, x + r * 1.05, y + r * 0.8, x - r * 1.05, y + r * 0.8);
  gfx.fillStyle(mark, 1);
  gfx.fillRect(x - 0.9, y - r * 0.45, 1.8, r * 0.65);
  gfx.fillRect(x - 0.9, y + r * 0.35, 1.8, 1.8);
}

/** Redraws a silo room's live layer: trust bar, load pips and the paper stack on the desk. */
export function drawSiloGauges(card: GaugeParts, mood: Mood, labels: FloorLabels): void {
  const g = card.geo;
  const gfx = card.live;
  const { load, capacity } = card.drawn;
  const { x: barX, w: barW } = card.bar;
  const count = labels.count;
  const shown = Math.max(0, Math.min(100, card.shownMeter));
  gfx.clear();
  // Trust bar: a track, the fill in the mood's colour, ticks at the mood bands.
  const barH = 10;
  const by = g.meterY - barH / 2;
  gfx.fillStyle(colourNumber('paperShade'), 1);
  gfx.fillRoundedRect(barX, by, barW, barH, barH / 2);
  const fillW = (barW * shown) / 100;
  if (fillW > 0) {
    gfx.fillStyle(hexNumber(MOOD_COLOURS[mood]), 1);
    gfx.fillRoundedRect(barX, by, Math.max(barH, fillW), barH, barH / 2);
  }
  gfx.fillStyle(colourNumber('paper'), 0.9);
  for (const band of [20, 40, 60, 80]) gfx.fillRect(barX + (barW * band) / 100 - 0.5, by, 1, barH);
  gfx.lineStyle(1, colourNumber('line'), 1);
  gfx.strokeRoundedRect(barX, by, barW, barH, barH / 2);
  setLabel(card.value, count(Math.round(shown)));

  // Load pips: empty slots are outlined, carried load is filled, overload shows as striped red.
  const slots = Math.min(8, Math.max(capacity, Math.ceil(load)));
  const pip = 13;
  const gap = 5;
  const py = g.loadY - pip / 2;
  for (let i = 0; i < slots; i += 1) {
    const px = barX + i * (pip + gap);
    // A small ask takes half a slot: the last pip may be partly filled.
    const part = Math.min(1, load - i);
    if (part > 0 && part < 1 && i < capacity) {
      gfx.lineStyle(2, colourNumber('wall'), 1);
      gfx.strokeRoundedRect(px + 1, py + 1, pip - 2, pip - 2, 3);
      gfx.fillStyle(colourNumber('player'), 1);
      gfx.fillRoundedRect(px, py, Math.max(4, pip * part), pip, 3);
    } else if (i < load && i < capacity) {
      gfx.fillStyle(colourNumber('player'), 1);
      gfx.fillRoundedRect(px, py, pip, pip, 3);
    } else if (i < load) {
      gfx.fillStyle(colourNumber('bad'), 1);
      gfx.fillRoundedRect(px, py, pip, pip, 3);
      gfx.lineStyle(2, colourNumber('paper'), 1);
      gfx.lineBetween(px + 3, py + pip - 3, px + pip - 3, py + 3);
    } else {
      gfx.lineStyle(2, colourNumber('wall'), 1);
      gfx.strokeRoundedRect(px + 1, py + 1, pip - 2, pip - 2, 3);
    }
  }
  const over = load > capacity;
  setLabel(
    card.note,
    `${count(Math.min(load, 99))}/${count(capacity)}`,
    over ? mix(COLOURS.bad, COLOURS.ink, 0.22) : COLOURS.inkSoft,
    '700',
  );
  card.overload?.setVisible(over);

  // Paper stack on the desk: one bundle per initiative, a toppling pile when overloaded.
  const sx = Math.round((g.w - g.deskWidth) / 2) + 12;
  const base = g.deskTop;
  const sheets = Math.min(14, Math.round(load * 3));
  for (let i = 0; i < sheets; i += 1) {
    const shift = over ? Math.sin(i * 1.7) * 2.5 : (i % 2) * 0.8;
    gfx.fillStyle(i % 3 === 2 ? colourNumber('paperShade') : colourNumber('paper'), 1);
    gfx.fillRect(sx + shift, base - 2.4 * (i + 1), 26, 2.2);
    gfx.fillStyle(colourNumber('line'), 1);
    gfx.fillRect(sx + shift, base - 2.4 * (i + 1) + 2, 26, 0.5);
  }
  if (over) {
    // Loose sheets sliding off the pile.
    gfx.fillStyle(colourNumber('paper'), 1);
    gfx.lineStyle(1, colourNumber('line'), 1);
    const top = base - 2.4 * sheets;
    const sheet = (cx: number, cy: number, a: number) => {
      const pts = [
        [-12, -1.5],
        [12, -1.5],
        [12, 1.5],
        [-12, 1.5],
      ].map(
        ([px, py]) =>
          new Phaser.Math.Vector2(
            cx + px! * Math.cos(a) - py! * Math.sin(a),
            cy + px! * Math.sin(a) + py! * Math.cos(a),
          ),
      );
      gfx.fillPoints(pts, true);
      gfx.strokePoints(pts, true);
    };
    sheet(sx + 30, top + 6, 0.5);
    sheet(sx + 8, top - 6, -0.35);
  }
}

/** Redraws the CEO's live layer: the support bar and a note on how the CEO feels. */
export function drawCeoGauges(card: GaugeParts, labels: FloorLabels): void {
  const g = card.geo;
  const gfx = card.live;
  const { x: barX, w: barW } = card.bar;
  const shown = Math.max(0, Math.min(100, card.shownMeter));
  gfx.clear();
  const barH = 10;
  const by = g.meterY - barH / 2;
  gfx.fillStyle(colourNumber('paperShade'), 1);
  gfx.fillRoundedRect(barX, by, barW, barH, barH / 2);
  const low = shown < 25;
  if (shown > 0) {
    gfx.fillStyle(low ? colourNumber('bad') : colourNumber('player'), 1);
    gfx.fillRoundedRect(barX, by, Math.max(barH, (barW * shown) / 100), barH, barH / 2);
  }
  gfx.lineStyle(1, colourNumber('line'), 1);
  gfx.strokeRoundedRect(barX, by, barW, barH, barH / 2);
  setLabel(card.value, labels.count(Math.round(shown)));
  if (low) drawWarning(gfx, 21, g.loadY, 7, colourNumber('bad'), colourNumber('paper'));
  const noteX = low ? 34 : 14;
  card.note.setOrigin(0, 0.5).setX(noteX);
  // Colour and weight first: the weight changes the width the words are fitted to.
  setLabel(
    card.note,
    card.note.text,
    low ? mix(COLOURS.bad, COLOURS.ink, 0.2) : COLOURS.inkSoft,
    low ? '700' : '400',
  );
  fitLabel(
    card.note,
    low ? labels.ceoImpatient : shown >= 70 ? labels.ceoBacks : labels.ceoWatching,
    labelPx(14, card.textScale),
    14,
    g.w - noteX - 14,
  );
}
