// The customer figures keep one scale for the whole game: a quiet quarter is drawn with as many
// customers per figure as a busy one, so it never looks worse than it was.

import { describe, expect, it } from 'vitest';
import { gameFigureUnit } from '../../src/game/figure-scale';
import type { SegmentFlowView } from '../../src/stage/floor-view';

const limits = { won: 30, lost: 15, lostUnknown: 32, total: 220 };

function flow(won: number, lost: number, start = 2600): SegmentFlowView {
  return {
    id: 'small',
    name: 'Small businesses',
    before: start,
    after: start + won - lost,
    won,
    lostControllable: Math.round(lost * 0.7),
    lostUncontrollable: Math.round(lost * 0.3),
    start,
    reasonsKnown: true,
  };
}

describe('the figures’ scale', () => {
  it('is the same for a busy quarter and a quiet one of the same game', () => {
    const busy = gameFigureUnit([flow(110, 140)], 1, limits);
    const quiet = gameFigureUnit([flow(12, 20)], 1, limits);
    expect(quiet).toBe(busy);
  });

  it('rises only for a turn bigger than a generous one, and doubles for half-years', () => {
    const usual = gameFigureUnit([flow(60, 80)], 1, limits);
    expect(gameFigureUnit([flow(900, 1200)], 1, limits)).toBeGreaterThan(usual);
    expect(gameFigureUnit([flow(60, 80)], 2, limits)).toBeGreaterThan(usual);
  });
});
