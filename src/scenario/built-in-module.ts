// The game's built-in scenarios, loaded once at build time instead of on the player's laptop:
// the build turns each built-in YAML file into a small module holding the loaded scenario as
// JSON (or its problems, which the game reports as it would for any broken file). Parsing and
// validating six files took 65-180 ms of the main thread on the scenario screen; JSON.parse takes
// a few. There is one module per file and game language, holding the texts of that language only
// (three languages made each module three times larger, and the walk through the screens slower
// on an old laptop). The module also carries the fingerprint of the whole file, every language in
// it, so results do not depend on the language and no laptop hashes the scenario again. Used by
// the build's plugin (vite.config.ts); imports the loader and the engine's fingerprint.

import { fingerprint } from '../engine';
import { loadDefaults, loadScenario } from './load';
import type { ScenarioResult } from './load';
import { resolveScenario } from './resolve';
import { defaultsFileSchema, scenarioFileSchema } from './schema';
import { mapTexts, textIn } from './texts';

/** The source of the module for one built-in file in one language, checked against the defaults. */
export function builtInModule(text: string, defaultsText: string, lang: string): string {
  const defaults = loadDefaults(defaultsText);
  const loaded = loadScenario(text, defaults);
  let result: ScenarioResult;
  if (loaded.ok) {
    const inLanguage = (t: Parameters<typeof textIn>[0]) => textIn(t, lang);
    const scenario = resolveScenario(
      mapTexts(scenarioFileSchema, loaded.file, inLanguage),
      mapTexts(defaultsFileSchema, defaults, inLanguage),
    );
    result = { ok: true, scenario, fingerprint: fingerprint(loaded.scenario) };
  } else result = { ok: false, problems: loaded.problems };
  // JSON.parse of a string literal is faster to start than the same object as a JS literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});\n`;
}
