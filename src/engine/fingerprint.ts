// A scenario's fingerprint: a 128-bit hash of its canonical form (keys sorted, numbers as JSON
// writes them), so two files that mean the same scenario match and any change to it does not.
// It detects a different version of a file, not forgery (results are verified by replay).
// Imports only engine types.

import type { Scenario } from './scenario-types';

/** JSON with object keys sorted at every level; undefined fields are left out as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/** Four independent 32-bit FNV-1a style lanes over the UTF-16 code units, as 32 hex digits. */
export function hash128(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  let h3 = 0x27d4eb2f;
  let h4 = 0x165667b1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h3 = Math.imul(h3 ^ c, 0x27d4eb2d);
    h4 = Math.imul(h4 ^ c, 0x85ebca6b);
  }
  // Final avalanche so short inputs differ in every digit.
  const mix = (h: number, k: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35 ^ k);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return [mix(h1, h2), mix(h2, h3), mix(h3, h4), mix(h4, h1)]
    .map((h) => h.toString(16).padStart(8, '0'))
    .join('');
}

const cache = new WeakMap<Scenario, string>();

/**
 * Records a scenario's fingerprint worked out before: the build works out the built-ins' (hashing
 * a three-language scenario held a slow laptop for a tenth of a second when a game started).
 */
export function rememberFingerprint(scenario: Scenario, value: string): void {
  cache.set(scenario, value);
}

export function fingerprint(scenario: Scenario): string {
  let found = cache.get(scenario);
  if (!found) {
    found = hash128(canonicalJson(scenario));
    cache.set(scenario, found);
  }
  return found;
}
