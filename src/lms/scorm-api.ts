// The two SCORM run-time APIs as a learning platform (LMS) puts them on one of its windows, and
// the standards' way for a course page to find one: up the chain of parent frames, then the same
// from the window that opened this one (and its opener, and so on). Reading a window of another
// origin throws; the search stops there. Imports nothing.

/** Which SCORM a package speaks: 1.2, or 2004 (4th edition). */
export type ScormStandard = 'scorm12' | 'scorm2004';

/** SCORM 1.2's API (`window.API`): every call takes and returns strings ("true"/"false"). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
}

/** SCORM 2004's API (`window.API_1484_11`), the same calls under other names. */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
}

export interface ScormApis {
  scorm12: Scorm12Api;
  scorm2004: Scorm2004Api;
}

/** The window property each standard's API is found under. */
export const API_NAME: Readonly<Record<ScormStandard, string>> = {
  scorm12: 'API',
  scorm2004: 'API_1484_11',
};

const METHODS: Readonly<Record<ScormStandard, readonly string[]>> = {
  scorm12: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'],
  scorm2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'],
};

/** Parent frames climbed from one window at most (the ADL's sample algorithm stops at 500). */
export const MAX_PARENTS = 500;
/** Openers followed at most: a course opened in a pop-up from a pop-up, and so on. */
export const MAX_OPENERS = 10;

/** The minimal view of a window the search needs (a real `Window` is one). */
export interface SearchedWindow {
  readonly parent: SearchedWindow | null;
  readonly top: SearchedWindow | null;
  readonly opener: SearchedWindow | null;
}

/** `win[name]` when it is the standard's API; null when absent, another thing, or unreadable. */
function apiOn<S extends ScormStandard>(win: SearchedWindow, standard: S): ScormApis[S] | null {
  try {
    const candidate = (win as unknown as Record<string, unknown>)[API_NAME[standard]];
    if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function'))
      return null;
    const methods = candidate as Record<string, unknown>;
    return METHODS[standard].every((m) => typeof methods[m] === 'function')
      ? (candidate as ScormApis[S])
      : null;
  } catch {
    return null; // another origin's window
  }
}

/** The window and its parents, nearest first, as far as they can be read. */
function upFrom<S extends ScormStandard>(start: SearchedWindow, standard: S): ScormApis[S] | null {
  let win = start;
  for (let climbed = 0; climbed <= MAX_PARENTS; climbed++) {
    const api = apiOn(win, standard);
    if (api) return api;
    let parent: SearchedWindow | null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The window that opened `win`'s page (its top window's opener), if it can be read. */
function openerOf(win: SearchedWindow): SearchedWindow | null {
  try {
    return win.top?.opener ?? win.opener ?? null;
  } catch {
    return null;
  }
}

/**
 * Finds the LMS's API for `standard`: in `start` and its parents, then in the window that opened
 * it and its parents, then that one's opener… Null when there is none: the game is played as it
 * is outside a learning platform.
 */
export function findScormApi<S extends ScormStandard>(
  start: SearchedWindow,
  standard: S,
): ScormApis[S] | null {
  let win: SearchedWindow | null = start;
  for (let opened = 0; win && opened <= MAX_OPENERS; opened++) {
    const api = upFrom(win, standard);
    if (api) return api;
    win = openerOf(win);
  }
  return null;
}
