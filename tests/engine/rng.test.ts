import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import {
  pickWeighted,
  seededDraw,
  storedStream,
  stream,
  streamKey,
  triangular,
} from '../../src/engine/rng';
import type { RngStreamState } from '../../src/engine/state-types';

describe('named random streams', () => {
  it('gives the same numbers for the same seed, quarter and purpose', () => {
    const a = stream(42, 7, 'market');
    const b = stream(42, 7, 'market');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives different numbers for another purpose, quarter or seed', () => {
    const first = stream(42, 7, 'market')();
    expect(stream(42, 7, 'events')()).not.toBe(first);
    expect(stream(42, 8, 'market')()).not.toBe(first);
    expect(stream(43, 7, 'market')()).not.toBe(first);
  });

  it('names streams with a two-digit quarter', () => {
    expect(streamKey(7, 'negotiation|sales')).toBe('q07|negotiation|sales');
    expect(streamKey(12, 'market')).toBe('q12|market');
  });

  it('resumes a stored stream exactly where it stopped, also after a JSON round-trip', () => {
    const store = {};
    const first = storedStream(store, 5, 3, 'negotiation|it');
    const drawn = [first(), first()];
    const restored = JSON.parse(JSON.stringify(store));
    const again = storedStream(restored, 5, 3, 'negotiation|it');
    const reference = stream(5, 3, 'negotiation|it');
    expect([reference(), reference()]).toEqual(drawn);
    expect(again()).toBe(reference());
  });

  it('draws bounded, symmetric triangular noise', () => {
    const draw = stream(1, 1, 'test');
    let sum = 0;
    for (let i = 0; i < 5000; i++) {
      const x = triangular(draw);
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThanOrEqual(1);
      sum += x;
    }
    expect(Math.abs(sum / 5000)).toBeLessThan(0.03);
  });

  it('picks by weight and skips zero weights', () => {
    expect(pickWeighted([0, 1, 0], 0.99)).toBe(1);
    expect(pickWeighted([1, 1], 0.25)).toBe(0);
    expect(pickWeighted([1, 1], 0.75)).toBe(1);
    expect(pickWeighted([0, 0], 0.5)).toBe(-1);
  });
});

describe('the Tyche-i generator', () => {
  it('draws exactly what seedrandom.tychei draws for the same seed', () => {
    for (const seed of ['', 'bot|expert|1000', '1|q01|market', '999999999|q20|listen|enterprise']) {
      const ours = seededDraw(seed);
      const theirs = seedrandom.tychei(seed);
      for (let i = 0; i < 50; i++) expect(ours()).toBe(theirs());
    }
  });

  it('names each stream by seed, quarter and purpose exactly as seedrandom would be seeded', () => {
    for (const seed of [1, 42, 1, 999_999_999, 0, 42]) {
      for (const quarter of [1, 9, 10, 20]) {
        for (const purpose of ['market', 'events', 'negotiation|sales']) {
          const ours = stream(seed, quarter, purpose);
          const theirs = seedrandom.tychei(`${seed}|${streamKey(quarter, purpose)}`);
          for (let i = 0; i < 3; i++) expect(ours()).toBe(theirs());
        }
      }
    }
  });

  it('stores the same words as seedrandom and resumes from them', () => {
    const store: Record<string, RngStreamState> = {};
    const draw = storedStream(store, 7, 4, 'negotiation|sales');
    const theirs = seedrandom.tychei(`7|${streamKey(4, 'negotiation|sales')}`, { state: true });
    for (let i = 0; i < 5; i++) {
      expect(draw()).toBe(theirs());
      expect(JSON.stringify(store[streamKey(4, 'negotiation|sales')])).toBe(
        JSON.stringify(theirs.state()),
      );
    }
    const resumed = seedrandom.tychei('', { state: store[streamKey(4, 'negotiation|sales')]! });
    expect(storedStream(store, 7, 4, 'negotiation|sales')()).toBe(resumed());
  });
});
