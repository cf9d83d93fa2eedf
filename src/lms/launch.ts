// The SCORM packages' start: the launch page names its standard and pass mark in a meta tag
// (build.ts, written by `npm run package`), the LMS's API is searched for, and when one is
// found the game plays inside an LMS session (lms-session.ts); when none is, it is plain play.
// Loaded only by the SCORM build (src/main.ts), never by the hosted game. Imports the LMS
// modules and the notice.

import type { GameController } from '../store/app-store';
import type { KeyValueStorage } from '../store/storage';
import { showLmsNotice } from '../ui/lms-notice';
import type { LmsConnection } from './connection';
import type { LmsSession } from './lms-session';
import { startLmsSession } from './lms-session';
import { LMS_META, readLmsBuild } from './build';
import type { ScormStandard } from './scorm-api';
import { findScormApi } from './scorm-api';
import { scorm12Connection } from './scorm12';
import { scorm2004Connection } from './scorm2004';

/** The connection for the standard over the LMS's API found from `win`; null without an LMS. */
export function connectTo(win: Window, standard: ScormStandard): LmsConnection | null {
  const clock = () => Date.now();
  if (standard === 'scorm12') {
    const api = findScormApi(win, 'scorm12');
    return api ? scorm12Connection(api, clock) : null;
  }
  const api = findScormApi(win, 'scorm2004');
  return api ? scorm2004Connection(api, clock) : null;
}

/**
 * Joins the LMS the page was launched from, if any: call it before the store first looks for a
 * save. Never throws: whatever goes wrong, the game is played as outside an LMS.
 */
export async function joinLms(
  win: Window,
  game: GameController,
  storage: KeyValueStorage,
): Promise<LmsSession | null> {
  try {
    const meta = win.document.querySelector<HTMLMetaElement>(`meta[name="${LMS_META}"]`);
    const build = readLmsBuild(meta?.content);
    if (!build) return null;
    const connection = connectTo(win, build.standard);
    if (!connection) return null;
    return await startLmsSession({
      connection,
      game,
      storage,
      mastery: build.mastery,
      tell: (notice) => void showLmsNotice(win.document, game, notice),
      page: win,
    });
  } catch (error) {
    console.warn('The learning platform could not be joined; playing without it.', error);
    return null;
  }
}
