// How a leader feels about the CCO, read from trust: one rule for the DOM panels, the view model
// and the office floor's faces and markers. Pure: imports only the Mood type.

import type { Mood } from './floor-view';

/** Every mood, hostile to ally. */
export const MOODS: readonly Mood[] = ['hostile', 'wary', 'neutral', 'friendly', 'ally'];

/**
 * The mood shown for a trust level (0..100): below 20 hostile, below 40 wary, below 60 neutral,
 * below 80 friendly, otherwise ally. Out-of-range values are clamped; NaN reads as neutral.
 */
export function moodFromTrust(trust: number): Mood {
  if (Number.isNaN(trust)) return 'neutral';
  if (trust < 20) return 'hostile';
  if (trust < 40) return 'wary';
  if (trust < 60) return 'neutral';
  if (trust < 80) return 'friendly';
  return 'ally';
}
