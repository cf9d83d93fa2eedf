// The codes a room hands out: the room's code the teams type (7 characters, shorter than an
// offline workshop code's 13, so one box takes both), a team's rejoin code for a second browser,
// and the facilitator's secret key, kept only as a hash. Codes use the workshop codes' alphabet
// and check character, so a mistyped one is caught before it is looked up. Node only: imports
// node:crypto and the base32 helpers.

import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { ALPHABET, checkCharacter } from '../workshop/base32';
import { REJOIN_CODE_LENGTH, ROOM_CODE_LENGTH } from '../workshop/room-protocol';

const ROOM_BODY = ROOM_CODE_LENGTH - 1;
const REJOIN_BODY = REJOIN_CODE_LENGTH - 1;
const KEY_LENGTH = 26;

function randomBody(length: number): string {
  let body = '';
  for (let i = 0; i < length; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return body;
}

/** A new room code: 6 random characters (about a billion) and a check character. */
export function newRoomCode(): string {
  const body = randomBody(ROOM_BODY);
  return body + checkCharacter(body);
}

/** A new rejoin code for a team: 7 random characters and a check character. */
export function newRejoinCode(): string {
  const body = randomBody(REJOIN_BODY);
  return body + checkCharacter(body);
}

/** A new facilitator key: 26 random characters (130 bits), shown once. */
export function newFacilitatorKey(): string {
  return randomBody(KEY_LENGTH);
}

/** What the room keeps of the facilitator's key. */
export function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether `key` is the facilitator's (in constant time, so timing tells nothing). */
export function keyMatches(key: unknown, hash: string): boolean {
  if (typeof key !== 'string' || key.length > 200) return false;
  const given = Buffer.from(keyHash(key), 'hex');
  const kept = Buffer.from(hash, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}
