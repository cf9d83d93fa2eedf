// The screens of the game, as the store navigates between them; `document.body.dataset.screen`
// always holds the current one, for tests and styling. Imports nothing.

export const SCREENS = [
  'boot',
  'title',
  'scenario',
  'briefing',
  'quarter',
  'negotiation',
  'event',
  'results',
  'year-review',
  'debrief',
  'settings',
  'how-to-play',
  'join',
  'facilitator',
  'workshop',
  'check',
  'leaderboard',
  'live',
] as const;
export type Screen = (typeof SCREENS)[number];
