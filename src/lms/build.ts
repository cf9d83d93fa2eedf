// What a SCORM package's launch page says of itself: its standard and its pass mark, in a meta
// tag that `npm run package` writes and the game reads at start. Shared by the packager (Node)
// and the game. Imports only the API's types.

import type { ScormStandard } from './scorm-api';

/** The meta tag's name on the launch page. */
export const LMS_META = 'power-core-lms';

/** The pass mark when the package is built without `--mastery`: half the score (0..1000). */
export const DEFAULT_MASTERY = 500;

/** What a package's launch page says of itself. */
export interface LmsBuild {
  readonly standard: ScormStandard;
  /** The pass mark, 0..1000 of the score. */
  readonly mastery: number;
}

/** The meta tag's content for a build: `scorm12; mastery=600`. */
export function lmsMetaContent(build: LmsBuild): string {
  return `${build.standard}; mastery=${build.mastery}`;
}

/** Reads the meta tag's content; null when it is absent or not the game's. */
export function readLmsBuild(content: string | null | undefined): LmsBuild | null {
  const match = /^\s*(scorm12|scorm2004)\s*(?:;\s*mastery\s*=\s*(\d+(?:\.\d+)?)\s*)?$/.exec(
    content ?? '',
  );
  if (!match) return null;
  const mastery = match[2] === undefined ? DEFAULT_MASTERY : Number(match[2]);
  return {
    standard: match[1] as ScormStandard,
    mastery: Math.min(1000, Math.max(0, mastery)),
  };
}
