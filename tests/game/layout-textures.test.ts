// @vitest-environment jsdom
// The office's painted textures (floor, desks, portraits) are freed once neither the layout shown
// nor the two before it use them: rebuilding the floor for other rooms, another window height or
// text size must not keep every painting ever made. A fake texture manager stands in for Phaser's.

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LayoutTextures } from '../../src/game/art/texture';
import type { TextureStore } from '../../src/game/art/texture';

/** A texture manager that keeps canvases by key and counts paintings. */
function fakeTextures() {
  const list = new Map<string, HTMLCanvasElement>();
  let added = 0;
  const store = {
    exists: (key: string) => list.has(key),
    remove: (key: string) => {
      list.delete(key);
      return store;
    },
    addImage: (key: string, canvas: HTMLCanvasElement) => {
      list.set(key, canvas);
      added += 1;
      return null;
    },
  };
  return {
    store: store as unknown as TextureStore,
    keys: () => [...list.keys()].sort(),
    added: () => added,
  };
}

const paint = vi.fn();

/** Lays out one floor: its picture, a desk and the portraits shown on it. */
function layOut(textures: LayoutTextures, floor: string, portraits: string[]): void {
  textures.nextLayout();
  textures.paint(`floor-${floor}`, 10, 10, paint);
  textures.paint('desk-204-silo', 10, 10, paint);
  for (const p of portraits) textures.paint(`portrait-${p}`, 10, 10, paint);
}

describe('the textures of the office layouts', () => {
  beforeEach(() => {
    // jsdom has no 2D context; the painter is not what is tested here.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('keeps the layout shown and the two before it, and frees older ones', () => {
    const fake = fakeTextures();
    const textures = new LayoutTextures(fake.store);
    layOut(textures, 'a', ['ann', 'bob']);
    layOut(textures, 'b', ['cat']);
    layOut(textures, 'c', ['dan']);
    expect(fake.keys()).toEqual([
      'desk-204-silo',
      'floor-a',
      'floor-b',
      'floor-c',
      'portrait-ann',
      'portrait-bob',
      'portrait-cat',
      'portrait-dan',
    ]);
    layOut(textures, 'd', []);
    // Layout a is three layouts back: its floor and portraits are gone; the shared desk stays.
    expect(fake.keys()).toEqual([
      'desk-204-silo',
      'floor-b',
      'floor-c',
      'floor-d',
      'portrait-cat',
      'portrait-dan',
    ]);
    expect(textures.keys().sort()).toEqual(fake.keys());
  });

  it('stays bounded over many layouts (scenarios, window heights, text sizes)', () => {
    const fake = fakeTextures();
    const textures = new LayoutTextures(fake.store);
    for (let i = 0; i < 50; i++) layOut(textures, `h${i}`, [`p${i}-1`, `p${i}-2`, `p${i}-3`]);
    // Three layouts of a floor and three portraits each, and the desk they share.
    expect(fake.keys()).toHaveLength(3 * 4 + 1);
  });

  it('paints nothing again when a game and the title alternate', () => {
    const fake = fakeTextures();
    const textures = new LayoutTextures(fake.store);
    for (let game = 0; game < 5; game++) {
      layOut(textures, 'empty', []);
      layOut(textures, 'seven-rooms', ['ann', 'bob']);
    }
    // Two floors, the desk and two portraits, each painted once.
    expect(fake.added()).toBe(5);
  });

  it('keeps a portrait shown in another mood earlier in the same layout', () => {
    const fake = fakeTextures();
    const textures = new LayoutTextures(fake.store);
    layOut(textures, 'a', ['ann-neutral']);
    textures.paint('portrait-ann-wary', 10, 10, paint);
    textures.paint('portrait-ann-neutral', 10, 10, paint);
    expect(fake.keys()).toContain('portrait-ann-wary');
    expect(fake.added()).toBe(4);
  });
});
