// The game's built-in scenarios, loaded once at build time instead of on the player's laptop:
// the build turns each built-in YAML file into a small module holding the loaded scenario as
// JSON (or its problems, which the game reports as it would for any broken file). Parsing and
// validating six files took 65-180 ms of the main thread on the scenario screen; JSON.parse takes
// a few. The module also carries the scenario's fingerprint, so no laptop hashes it again. Used by
// the build's plugin (vite.config.ts); imports the loader and the engine's fingerprint.

import { fingerprint } from '../engine';
import { loadDefaults, loadScenario } from './load';
import type { ScenarioResult } from './load';

/** The source of the module for one built-in file, checked against the shared defaults. */
export function builtInModule(text: string, defaultsText: string): string {
  const loaded = loadScenario(text, loadDefaults(defaultsText));
  const result: ScenarioResult = loaded.ok
    ? { ok: true, scenario: loaded.scenario, fingerprint: fingerprint(loaded.scenario) }
    : { ok: false, problems: loaded.problems };
  // JSON.parse of a string literal is faster to start than the same object as a JS literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
}
