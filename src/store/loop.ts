// Where a game stands in its loop: how many turns have ended, and which screen of the loop the
// session is at (results, year review, debrief, an event, or the quarter), and the step that
// moves the app there. Reads the session only.

import type { Draft } from 'immer';
import type { GameState } from '../engine';
import type { Screen } from '../stage/screens';
import type { AppState, Session } from './state';

/** Turns ended so far: each `endQuarter` decision produced one report. */
export function turnsEnded(game: GameState): number {
  let count = 0;
  for (const d of game.decisions) if (d.type === 'endQuarter') count++;
  return count;
}

/** The screen of the game loop that the session is at. */
export function loopScreen(session: Session): Screen {
  const { game } = session;
  if (session.reportsRead < turnsEnded(game))
    return session.readingReview ? 'year-review' : 'results';
  if (game.status !== 'playing') return 'debrief';
  if (game.pendingEvents.length > 0) return 'event';
  return 'quarter';
}

/** Puts the app on the loop's screen for where its session stands (within one store update). */
export function enterLoop(s: Draft<AppState>): void {
  if (!s.session) return;
  s.screen = loopScreen(s.session);
  s.ui.returnTo = s.screen;
}
