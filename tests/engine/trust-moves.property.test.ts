// What moved a leader's trust is told truthfully: over many games (every fixed bot, several
// seeds, every built-in scenario), after every decision each leader's trust equals its value when
// the last turn began to end plus the kept moves, exactly; every move has a cause the game can put
// into words.

import { describe, expect, it } from 'vitest';
import { STANDARD_DIFFICULTY } from '../../src/engine';
import { applyActionInPlace } from '../../src/engine/actions';
import { newGame } from '../../src/engine/setup';
import { botByName, FIXED_BOTS, playGame } from '../../src/engine/bots';
import { en } from '../../src/ui/lang/en';
import { builtIn, builtInIds } from '../helpers';

const KNOWN_PARAMS = new Set(['initiative', 'event', 'approach', 'outcome']);

describe('trust moves', () => {
  it('add up to every change of every leader’s trust, decision by decision', () => {
    const keys = new Set<string>();
    let checked = 0;
    for (const id of builtInIds()) {
      const scenario = builtIn(id);
      for (const name of FIXED_BOTS) {
        for (let seed = 1; seed <= 3; seed++) {
          const played = playGame(scenario, seed, STANDARD_DIFFICULTY, botByName(name, scenario)!);
          const state = newGame(scenario, seed, STANDARD_DIFFICULTY);
          let base = state.silos.map((s) => s.trust);
          for (const action of played.state.decisions) {
            const ending = action.type === 'endQuarter';
            const before = state.silos.map((s) => s.trust);
            expect(applyActionInPlace(scenario, state, action)).toBeNull();
            if (ending) base = before;
            state.silos.forEach((silo, j) => {
              let moved = 0;
              for (const m of state.trustMoves) if (m.silo === silo.id) moved += m.delta;
              expect(silo.trust).toBeCloseTo(base[j]! + moved, 9);
            });
            for (const m of state.trustMoves) {
              keys.add(m.key);
              expect(m.delta).not.toBe(0);
              for (const p of Object.keys(m.params ?? {})) expect(KNOWN_PARAMS).toContain(p);
            }
            checked++;
          }
          expect(state.silos).toEqual(played.state.silos);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    for (const key of keys) expect(en).toHaveProperty([key]);
    // The common causes all happen somewhere in these games.
    for (const key of ['trust.negotiation', 'trust.event', 'trust.delivery'])
      expect(keys).toContain(key);
  });
});
