// The workshop code: a facilitator picks a scenario, seed, difficulty and seat time and reads out
// a 13-character code; teams type it and start the identical game. It carries a piece of the
// scenario's fingerprint, so a team that loaded a different version of a custom file is told so
// before it starts. Imports engine types and the base32 helpers.

import type { Difficulty } from '../engine';
import { MAX_SEED } from '../engine';
import {
  BitReader,
  BitWriter,
  checkCharacter,
  group,
  hasValidCheck,
  isBase32,
  normalise,
} from './base32';

const VERSION = 1;
const FINGERPRINT_BITS = 25;
const BODY_LENGTH = 12;

export interface WorkshopGame {
  /** The scenario's fingerprint (32 hex digits). */
  readonly fingerprint: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

/** What a typed code says, before it is matched with a scenario. */
export interface WorkshopCode {
  readonly fingerprintPart: number;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

export type CodeProblem = 'empty' | 'characters' | 'length' | 'check' | 'version' | 'seed';

export function fingerprintPart(fingerprint: string): number {
  return Number.parseInt(fingerprint.slice(0, 7), 16) >>> (28 - FINGERPRINT_BITS);
}

export function makeWorkshopCode(game: WorkshopGame): string {
  const body = new BitWriter()
    .write(VERSION, 2)
    .write(game.difficulty.seatTime === 'half-years' ? 1 : 0, 1)
    .write(game.difficulty.authority === 'vp' ? 1 : 0, 1)
    .write(game.difficulty.urgency === 'crisis' ? 1 : 0, 1)
    .write(game.seed, 30)
    .write(fingerprintPart(game.fingerprint), FINGERPRINT_BITS)
    .toBase32();
  return group(body + checkCharacter(body));
}

export function readWorkshopCode(
  text: string,
): { ok: true; code: WorkshopCode } | { ok: false; problem: CodeProblem } {
  const code = normalise(text);
  if (code.length === 0) return { ok: false, problem: 'empty' };
  if (!isBase32(code)) return { ok: false, problem: 'characters' };
  if (code.length !== BODY_LENGTH + 1) return { ok: false, problem: 'length' };
  if (!hasValidCheck(code)) return { ok: false, problem: 'check' };
  const bits = new BitReader(code.slice(0, -1));
  if (bits.read(2) !== VERSION) return { ok: false, problem: 'version' };
  const seatTime = bits.read(1) ? 'half-years' : 'quarters';
  const authority = bits.read(1) ? 'vp' : 'ceo';
  const urgency = bits.read(1) ? 'crisis' : 'steady';
  const seed = bits.read(30);
  if (seed > MAX_SEED) return { ok: false, problem: 'seed' };
  return {
    ok: true,
    code: {
      fingerprintPart: bits.read(FINGERPRINT_BITS),
      seed,
      difficulty: { authority, urgency, seatTime },
    },
  };
}

/** Whether a scenario with this fingerprint is the one the code was made for. */
export function codeMatches(code: WorkshopCode, fingerprint: string): boolean {
  return fingerprintPart(fingerprint) === code.fingerprintPart;
}
