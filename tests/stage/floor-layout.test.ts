// The floor layout shared by the Phaser floor and the DOM buttons: rooms inside the floor, apart,
// big enough for their contents, for every silo count the game uses. Imports the layout only.

import { describe, expect, it } from 'vitest';
import { FLOOR_RECT, floorLayout, roomRect } from '../../src/stage/floor-layout';
import type { Rect } from '../../src/stage/floor-layout';
import { stageHeightFor } from '../../src/stage/theme';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `silo-${i}`);

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('floorLayout', () => {
  it('uses the quarter screen floor: x 0..896, y 56..656', () => {
    expect(FLOOR_RECT).toEqual({ x: 0, y: 56, width: 896, height: 600 });
    expect(floorLayout(ids(6)).floor).toEqual(FLOOR_RECT);
  });

  it('gives a taller stage (16:10) to the rooms, between the same bars', () => {
    const tall = floorLayout(ids(6), 800);
    expect(tall.floor).toEqual({ x: 0, y: 56, width: 896, height: 680 });
    const short = floorLayout(ids(6), 720);
    for (let i = 0; i < 6; i += 1) {
      expect(tall.rooms[i]!.height).toBe(short.rooms[i]!.height + 40);
      expect(tall.rooms[i]!.width).toBe(short.rooms[i]!.width);
      expect(inside(tall.rooms[i]!, tall.floor)).toBe(true);
    }
  });

  for (let n = 4; n <= 7; n += 1) {
    describe(`${n} silos`, () => {
      const layout = floorLayout(ids(n));
      const all = [...layout.rooms, layout.ceo, ...layout.spare];

      it('has one room per silo, in order, plus the CEO office', () => {
        expect(layout.rooms.map((r) => r.id)).toEqual(ids(n));
        expect(layout.ceo.id).toBe('ceo');
        expect(roomRect(layout, 'silo-2')).toBe(layout.rooms[2]);
        expect(roomRect(layout, 'ceo')).toBe(layout.ceo);
        expect(roomRect(layout, 'nope')).toBeNull();
      });

      it('keeps every room inside the floor', () => {
        for (const room of all) expect(inside(room, layout.floor), room.id).toBe(true);
        expect(inside(layout.customerLanes, layout.floor)).toBe(true);
        expect(inside(layout.corridor, layout.floor)).toBe(true);
      });

      it('never overlaps two rooms, nor a room and the corridor', () => {
        for (let i = 0; i < all.length; i += 1) {
          const a = all[i]!;
          expect(overlap(a, layout.corridor), `${a.id} / corridor`).toBe(false);
          for (let j = i + 1; j < all.length; j += 1) {
            const b = all[j]!;
            expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
          }
        }
      });

      it('makes rooms big enough for portrait, name plate, trust meter and load pips', () => {
        for (const room of all) {
          expect(room.width).toBeGreaterThanOrEqual(190);
          expect(room.height).toBeGreaterThanOrEqual(240);
        }
      });

      it('uses whole pixels, so DOM buttons line up exactly', () => {
        for (const room of all) {
          for (const v of [room.x, room.y, room.width, room.height])
            expect(Number.isInteger(v)).toBe(true);
        }
      });

      it('opens every door onto the corridor', () => {
        for (const room of all) {
          if (room.door === 'bottom') expect(room.y + room.height).toBe(layout.corridor.y);
          else expect(room.y).toBe(layout.corridor.y + layout.corridor.height);
        }
      });
    });
  }

  it('puts the CEO in the top-right corner office', () => {
    const layout = floorLayout(ids(5));
    const right = Math.max(...layout.rooms.map((r) => r.x + r.width));
    expect(layout.ceo.row).toBe(0);
    expect(layout.ceo.x + layout.ceo.width).toBeGreaterThanOrEqual(right);
  });

  it('fills a grid left over by an odd count with a shared space', () => {
    expect(floorLayout(ids(4)).spare).toHaveLength(1);
    expect(floorLayout(ids(5)).spare).toHaveLength(0);
    expect(floorLayout(ids(6)).spare).toHaveLength(1);
    expect(floorLayout(ids(7)).spare).toHaveLength(0);
  });

  it('does not throw for counts outside 4..7', () => {
    for (const n of [0, 1, 2, 3, 8, 12]) {
      const layout = floorLayout(ids(n));
      expect(layout.rooms).toHaveLength(n);
    }
  });
});

describe('stageHeightFor', () => {
  it('fills 16:9 and 16:10 windows and letterboxes only beyond them', () => {
    expect(stageHeightFor(1920, 1080)).toBe(720);
    expect(stageHeightFor(1366, 768)).toBe(720);
    expect(stageHeightFor(1280, 800)).toBe(800);
    expect(stageHeightFor(1440, 900)).toBe(800);
    expect(stageHeightFor(1920, 1200)).toBe(800);
    expect(stageHeightFor(1280, 760)).toBe(760);
    // Wider than 16:9 (a browser window with its toolbars) and squarer than 16:10 (4:3).
    expect(stageHeightFor(1440, 780)).toBe(720);
    expect(stageHeightFor(1024, 768)).toBe(800);
    // A window with no size yet (a hidden tab) lays out for 16:9.
    expect(stageHeightFor(0, 0)).toBe(720);
  });
});
