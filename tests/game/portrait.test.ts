// @vitest-environment jsdom
// Portraits: mood bands, and drawing that never throws (jsdom has no canvas; a recording fake
// context stands in for one). Imports the portrait art and the mood rule only; never Phaser.

import { describe, expect, it, vi } from 'vitest';
import type { Mood, PortraitParams } from '../../src/stage/floor-view';
import { drawPortrait, portraitCanvas } from '../../src/game/art/portrait';
import { moodFromTrust } from '../../src/stage/mood';

const MOODS: readonly Mood[] = ['hostile', 'wary', 'neutral', 'friendly', 'ally'];

/** A 2D context that accepts every call and counts them, with save/restore depth tracked. */
function fakeContext() {
  const calls: string[] = [];
  let depth = 0;
  const ctx = new Proxy(
    {},
    {
      get(_target, prop: string) {
        if (prop === 'depth') return depth;
        return (..._args: unknown[]) => {
          calls.push(prop);
          if (prop === 'save') depth += 1;
          if (prop === 'restore') depth -= 1;
          if (prop === 'createLinearGradient' || prop === 'createRadialGradient')
            return { addColorStop() {} };
          return undefined;
        };
      },
      set() {
        return true;
      },
    },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, depth: () => depth };
}

describe('moodFromTrust', () => {
  it('maps trust to five bands of twenty', () => {
    expect(moodFromTrust(0)).toBe('hostile');
    expect(moodFromTrust(19.9)).toBe('hostile');
    expect(moodFromTrust(20)).toBe('wary');
    expect(moodFromTrust(39)).toBe('wary');
    expect(moodFromTrust(40)).toBe('neutral');
    expect(moodFromTrust(59)).toBe('neutral');
    expect(moodFromTrust(60)).toBe('friendly');
    expect(moodFromTrust(79)).toBe('friendly');
    expect(moodFromTrust(80)).toBe('ally');
    expect(moodFromTrust(100)).toBe('ally');
  });

  it('clamps out-of-range values and reads NaN as neutral', () => {
    expect(moodFromTrust(-50)).toBe('hostile');
    expect(moodFromTrust(1000)).toBe('ally');
    expect(moodFromTrust(Number.NaN)).toBe('neutral');
  });
});

describe('drawPortrait', () => {
  it('draws every hair style and mood, leaving the context as it found it', () => {
    for (let hairStyle = 0; hairStyle < 8; hairStyle += 1) {
      for (const mood of MOODS) {
        const { ctx, calls, depth } = fakeContext();
        drawPortrait(
          ctx,
          { skin: hairStyle, hair: 7 - hairStyle, hairStyle, accent: hairStyle },
          mood,
          120,
        );
        expect(calls.filter((c) => c === 'fill').length).toBeGreaterThan(5);
        expect(depth()).toBe(0);
      }
    }
  });

  it('wraps out-of-range parameters instead of throwing', () => {
    const odd: PortraitParams[] = [
      { skin: -1, hair: 99, hairStyle: 8, accent: -17 },
      { skin: 2.7, hair: Number.NaN, hairStyle: Number.POSITIVE_INFINITY, accent: 1e9 },
    ];
    for (const params of odd) {
      const { ctx } = fakeContext();
      expect(() => drawPortrait(ctx, params, 'wary', 64)).not.toThrow();
      expect(() => drawPortrait(ctx, params, 'furious' as Mood, 0)).not.toThrow();
    }
  });
});

describe('portraitCanvas', () => {
  it('returns a blank canvas of the asked size where there is no 2D context, without throwing', () => {
    // As in jsdom and browsers that refuse a context: null (stubbed, so jsdom prints no notice).
    const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const canvas = portraitCanvas({ skin: 1, hair: 2, hairStyle: 3, accent: 4 }, 'friendly', 96);
    expect(canvas.tagName).toBe('CANVAS');
    expect(canvas.width).toBe(96);
    expect(canvas.height).toBe(96);
    expect(() =>
      portraitCanvas({ skin: 42, hair: -3, hairStyle: 11, accent: 8 }, 'hostile', -5),
    ).not.toThrow();
    spy.mockRestore();
  });

  it('draws into the canvas when a 2D context exists', () => {
    const { ctx, calls } = fakeContext();
    const spy = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
    try {
      portraitCanvas({ skin: 0, hair: 0, hairStyle: 0, accent: 0 }, 'ally', 80);
      expect(calls.length).toBeGreaterThan(20);
    } finally {
      spy.mockRestore();
    }
  });
});
