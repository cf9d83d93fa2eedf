// Which scene shows each screen: one table, keyed by every screen, so a new screen does not
// compile until it names its scene. Pure: imports the screen list's type and the scene keys.

import type { Screen } from '../stage/screens';
import { SCENES } from './keys';

/** The scenes that show screens (Boot and the Preloader only start the game). */
export type ScreenScene = typeof SCENES.backdrop | typeof SCENES.office;

/**
 * The scene in front on each screen: the city behind the menus, the office floor for the quarter
 * loop. The other one fades out and sleeps.
 */
export const SCENE_OF_SCREEN: Record<Screen, ScreenScene> = {
  boot: SCENES.backdrop,
  title: SCENES.backdrop,
  scenario: SCENES.backdrop,
  briefing: SCENES.backdrop,
  quarter: SCENES.office,
  negotiation: SCENES.office,
  event: SCENES.office,
  results: SCENES.office,
  'year-review': SCENES.office,
  debrief: SCENES.backdrop,
  settings: SCENES.backdrop,
  'how-to-play': SCENES.backdrop,
  join: SCENES.backdrop,
  facilitator: SCENES.backdrop,
  workshop: SCENES.backdrop,
  check: SCENES.backdrop,
  leaderboard: SCENES.backdrop,
  live: SCENES.backdrop,
};

/** Whether `scene` is the one in front on `screen`. */
export function showsScreen(scene: ScreenScene, screen: Screen): boolean {
  return SCENE_OF_SCREEN[screen] === scene;
}
