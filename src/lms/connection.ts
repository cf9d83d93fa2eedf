// What the game needs from a learning platform (LMS), whichever SCORM it speaks: begin the
// learner's session, keep the save, take the result, end the session. SCORM 1.2 and 2004 each
// implement it (scorm12.ts, scorm2004.ts) over the API object the LMS provides. Every method
// answers whether the LMS took it, and never throws: an LMS that refuses, throws or is gone is
// "false", and the game goes on without it. Imports only the API's types.

import type { ScormStandard } from './scorm-api';

/** What the LMS kept for this learner, read when the session begins. */
export interface LmsStart {
  /** The save kept from an earlier session ('' when there is none). */
  readonly suspendData: string;
  /** The pass mark the LMS was given (from the package's manifest), 0..1 of the score; null when
   * it has none. */
  readonly passingScaled: number | null;
}

/** A finished game, as the LMS records it. */
export interface LmsResult {
  /** The game's score, 0..1000. */
  readonly score: number;
  /** Whether the score reached the pass mark. */
  readonly passed: boolean;
  readonly team: string;
  /** The game's result code (PC1-…), which the leaderboard verifies by replay. */
  readonly resultCode: string;
}

export interface LmsConnection {
  readonly standard: ScormStandard;
  /** The longest suspend data the standard obliges an LMS to keep, in characters. */
  readonly suspendLimit: number;
  /** Begins the session (Initialize) and reads what the LMS kept; null when the LMS refused. */
  start(): LmsStart | null;
  /** Keeps the save (at most `suspendLimit` characters) and commits it. */
  saveSuspend(data: string): boolean;
  /** Records the finished game: completion, score, passed or failed, time, team, code. */
  reportResult(result: LmsResult): boolean;
  /** Ends the session (Terminate): `done` once the result is recorded, else left to resume. */
  finish(done: boolean): boolean;
}

/** What SCORM's calls answer for "done": the string "true" (some LMSs give a boolean). */
export function accepted(answer: unknown): boolean {
  return answer === true || String(answer) === 'true';
}

/** Runs a call to the LMS; a throw (an LMS window gone, a broken API) is a refusal. */
export function attempt(call: () => unknown): boolean {
  try {
    return accepted(call());
  } catch {
    return false;
  }
}

/** Reads a value from the LMS; '' when it has none, refuses, or throws. */
export function read(call: () => unknown): string {
  try {
    const value = call();
    return typeof value === 'string' ? value : value == null ? '' : String(value);
  } catch {
    return '';
  }
}

/** Runs every call in order while the LMS accepts them; false at the first refusal. */
export function all(calls: readonly (() => unknown)[]): boolean {
  return calls.every((call) => attempt(call));
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours of two to four digits), from seconds. */
export function scorm12Time(seconds: number): string {
  const hundredths = Math.max(0, Math.round(seconds * 100));
  const hours = Math.min(9999, Math.floor(hundredths / 360_000));
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const rest = hundredths % 6000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(Math.floor(rest / 100))}.${two(rest % 100)}`;
}

/** SCORM 2004's timeinterval, an ISO 8601 duration such as PT1H2M3.45S, from seconds. */
export function scorm2004Time(seconds: number): string {
  const hundredths = Math.max(0, Math.round(seconds * 100));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const rest = (hundredths % 6000) / 100;
  return `PT${hours}H${minutes}M${rest}S`;
}

/** Seconds since `start` on a clock in milliseconds. */
export function since(start: number, now: () => number): number {
  return Math.max(0, now() - start) / 1000;
}
