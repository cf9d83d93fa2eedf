// The live room's rules without a server: a team's decisions taken in batches make the same game
// as playing it, and the room's own result code verifies on the leaderboard with the same score;
// a hold at the end of a year keeps what was played up to it and takes the rest after the
// release; a closed room takes nothing; what is not a decision, what the game refuses and what
// comes after the end stop the batch where they are; team names and codes as a room reads them.

import { describe, expect, it } from 'vitest';
import type { Action, GameState } from '../../src/engine';
import { newGame, replay, STANDARD_DIFFICULTY } from '../../src/engine';
import { botByName, playGame } from '../../src/engine/bots';
import type { RoomGame, RoomGate } from '../../src/room/room-rules';
import {
  holdAfterYear,
  MAX_BATCH,
  progressOf,
  resultOf,
  takeDecisions,
  teamName,
  teamNameKey,
} from '../../src/room/room-rules';
import {
  keyHash,
  keyMatches,
  newFacilitatorKey,
  newRejoinCode,
  newRoomCode,
} from '../../src/room/room-codes';
import { readRejoinCode, readRoomCode } from '../../src/workshop/room-protocol';
import { verifyResult } from '../../src/workshop/verify';
import { builtIn } from '../helpers';

const scenario = builtIn();
const GAME: RoomGame = { scenario, seed: 4242, difficulty: STANDARD_DIFFICULTY };
const OPEN: RoomGate = { closed: false, holdAfterQuarter: null };

/** The decisions of a whole game the expert plays. */
function expertDecisions(): Action[] {
  const played = playGame(scenario, GAME.seed, GAME.difficulty, botByName('expert', scenario)!);
  return played.state.decisions;
}

const start = (): GameState => newGame(scenario, GAME.seed, GAME.difficulty);

/** Takes `decisions` in batches of `size`, as a team's browser sends them. */
function takeInBatches(decisions: readonly Action[], size: number, gate = OPEN) {
  let state = start();
  let taken = 0;
  for (let from = 0; from < decisions.length; from += size) {
    const outcome = takeDecisions(GAME, gate, state, decisions.slice(from, from + size));
    state = outcome.state;
    taken += outcome.taken;
    if (outcome.stopped) return { state, taken, stopped: outcome.stopped };
  }
  return { state, taken, stopped: null };
}

describe("a room's game", () => {
  it('is the game played, whatever the batches, and its result verifies on the leaderboard', () => {
    const decisions = expertDecisions();
    const played = replay(scenario, GAME.seed, GAME.difficulty, decisions);
    if (!played.ok) throw new Error('the expert game does not replay');
    for (const size of [1, 7, MAX_BATCH]) {
      const { state, taken, stopped } = takeInBatches(decisions, size);
      expect(stopped).toBeNull();
      expect(taken).toBe(decisions.length);
      expect(JSON.stringify(state)).toBe(JSON.stringify(played.state));
    }
    const result = resultOf(GAME, 'Owls', played.state)!;
    const verified = verifyResult(result.resultCode, [scenario]);
    if (!verified.ok) throw new Error(`the room's result code did not verify: ${verified.reason}`);
    expect(verified.result.team).toBe('Owls');
    expect(verified.score.total).toBe(result.score);
    expect(result.fired).toBe(false);
  });

  it('has no result while it is played, and does not change the state it is given', () => {
    const state = start();
    const before = JSON.stringify(state);
    const outcome = takeDecisions(GAME, OPEN, state, [{ type: 'reportToCeo' }]);
    expect(outcome.taken).toBe(1);
    expect(JSON.stringify(state)).toBe(before);
    expect(resultOf(GAME, 'Owls', outcome.state)).toBeNull();
  });

  it('holds a team at the end of a year, keeping what it played up to there, until released', () => {
    const decisions = expertDecisions();
    const gate: RoomGate = { closed: false, holdAfterQuarter: holdAfterYear(1) };
    const held = takeInBatches(decisions, 50, gate);
    expect(held.stopped).toEqual({ reason: 'held', afterQuarter: 4 });
    // Year 1 was played to its end (its last quarter resolved); nothing of year 2 was taken.
    expect(held.state.quarter).toBe(5);
    expect(held.state.decisions).toEqual(decisions.slice(0, held.taken));
    expect(held.state.log.filter((e) => e.kind === 'resolved')).toHaveLength(4);
    expect(progressOf(gate, held.state)).toMatchObject({ quarter: 5, held: true });

    // Released: the rest is taken from where it stopped.
    const rest = takeDecisions(GAME, OPEN, held.state, decisions.slice(held.taken));
    expect(rest.stopped).toBeNull();
    expect(held.taken + rest.taken).toBe(decisions.length);
    expect(rest.state.status).not.toBe('playing');
    expect(progressOf(OPEN, rest.state).held).toBe(false);
  });

  it('takes nothing in a closed room', () => {
    const outcome = takeDecisions(GAME, { closed: true, holdAfterQuarter: null }, start(), [
      { type: 'reportToCeo' },
    ]);
    expect(outcome).toMatchObject({ taken: 0, stopped: { reason: 'closed' } });
  });

  it('stops at what is not a decision, or one the game refuses, keeping those before it', () => {
    const malformed: unknown[] = [
      { type: 'reportToCeo' },
      { type: 'launch', initiative: 'x', scale: 'full', score: 1000 },
    ];
    expect(takeDecisions(GAME, OPEN, start(), malformed)).toMatchObject({
      taken: 1,
      stopped: { reason: 'malformed', index: 1 },
    });
    for (const bad of [null, 'endQuarter', { type: 'win' }, { type: 'listen', segment: 7 }])
      expect(takeDecisions(GAME, OPEN, start(), [bad]).stopped?.reason).toBe('malformed');

    // Shaped right, but not possible in this game.
    const impossible = takeDecisions(GAME, OPEN, start(), [
      { type: 'launch', initiative: 'no-such-initiative', scale: 'full' },
    ]);
    expect(impossible.stopped).toMatchObject({ reason: 'refused', index: 0 });
    const twice = takeDecisions(GAME, OPEN, start(), [
      { type: 'reportToCeo' },
      { type: 'reportToCeo' },
    ]);
    expect(twice).toMatchObject({ taken: 1, stopped: { reason: 'refused', index: 1 } });
  });

  it('takes nothing after the game is over, and no more than a batch at once', () => {
    const decisions = expertDecisions();
    const done = takeInBatches(decisions, MAX_BATCH).state;
    expect(takeDecisions(GAME, OPEN, done, [{ type: 'endQuarter' }]).stopped).toEqual({
      reason: 'finished',
    });
    const flood = Array.from({ length: MAX_BATCH + 1 }, () => ({ type: 'endQuarter' }));
    expect(takeDecisions(GAME, OPEN, start(), flood)).toMatchObject({
      taken: 0,
      stopped: { reason: 'too-many' },
    });
  });

  it('shows the facilitator where a team is', () => {
    const state = start();
    const progress = progressOf(OPEN, state);
    expect(progress).toMatchObject({ quarter: 1, status: 'playing', held: false, decisions: 0 });
    expect(progress.customers).toBe(progress.twinCustomers);
    expect(progress.lastDecision).toBeNull();
  });
});

describe('team names and codes in a room', () => {
  it('tidies a team name and folds it for uniqueness', () => {
    expect(teamName('  The   Owls ')).toBe('The Owls');
    expect(teamName('')).toBeNull();
    expect(teamName('   ')).toBeNull();
    expect(teamName(42)).toBeNull();
    expect(teamName('x'.repeat(61))).toBeNull();
    expect(teamName('Owls\u0007')).toBeNull();
    expect(teamNameKey(teamName('SOWY ŁĄKA')!)).toBe(teamNameKey('sowy łąka'));
    expect(teamNameKey('Сови')).toBe(teamNameKey('СОВИ'));
    expect(teamNameKey('Owls')).not.toBe(teamNameKey('Owl'));
  });

  it('reads back its codes as typed, and catches a mistyped one', () => {
    for (let i = 0; i < 50; i++) {
      const room = newRoomCode();
      expect(room).toHaveLength(7);
      expect(readRoomCode(room.toLowerCase().replace(/(...)/, '$1-'))).toBe(room);
      const rejoin = newRejoinCode();
      expect(readRejoinCode(` ${rejoin} `)).toBe(rejoin);
      expect(readRoomCode(rejoin)).toBeNull();
      // One character changed is always caught by the check character.
      const wrong = (room[0] === 'A' ? 'B' : 'A') + room.slice(1);
      expect(readRoomCode(wrong)).toBeNull();
    }
  });

  it("keeps only a hash of the facilitator's key, and checks it", () => {
    const key = newFacilitatorKey();
    const hash = keyHash(key);
    expect(hash).not.toContain(key);
    expect(keyMatches(key, hash)).toBe(true);
    expect(keyMatches(newFacilitatorKey(), hash)).toBe(false);
    expect(keyMatches(undefined, hash)).toBe(false);
    expect(keyMatches('x'.repeat(10_000), hash)).toBe(false);
  });
});
