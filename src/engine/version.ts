// The engine's version: saves and result codes carry it, because a different engine may replay
// the same decisions to a different game. Bump the major part whenever the rules change.
// Imports nothing.

export const ENGINE_VERSION = '2.0.0';

/** Whether a save made by `version` replays exactly on this engine (same major and minor). */
export function isCompatibleVersion(version: string): boolean {
  const [major, minor] = ENGINE_VERSION.split('.');
  const [otherMajor, otherMinor] = version.split('.');
  return major === otherMajor && minor === otherMinor;
}
