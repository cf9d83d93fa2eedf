// The scenarios the game can be played on: the built-in files, loaded and checked at build time
// (each arrives as a small module of JSON when first asked for, so the title screen does not wait
// for them; one module per game language, holding that language's texts), and files a
// facilitator loads, which go through the same loader as `npm run check-scenario`. Imports the
// scenario loader lazily, only for a facilitator's file.

import { rememberFingerprint } from '../engine';
import type { Scenario } from '../engine';
import type { ScenarioResult } from '../scenario/load';

type Modules = Record<string, () => Promise<ScenarioResult>>;

// One set of modules per game language (import.meta.glob takes only literal arguments). The
// build-module test checks these are the game's languages.
const builtInsByLanguage: Readonly<Record<string, Modules>> = {
  en: import.meta.glob<ScenarioResult>(
    ['../../scenarios/*.yaml', '!../../scenarios/defaults.yaml', '!../../scenarios/example*.yaml'],
    { query: '?scenario&lang=en', import: 'default' },
  ),
  pl: import.meta.glob<ScenarioResult>(
    ['../../scenarios/*.yaml', '!../../scenarios/defaults.yaml', '!../../scenarios/example*.yaml'],
    { query: '?scenario&lang=pl', import: 'default' },
  ),
  uk: import.meta.glob<ScenarioResult>(
    ['../../scenarios/*.yaml', '!../../scenarios/defaults.yaml', '!../../scenarios/example*.yaml'],
    { query: '?scenario&lang=uk', import: 'default' },
  ),
};
const builtIns = builtInsByLanguage.en!;

/** The languages the built-in scenarios are built in. */
export const BUILT_IN_LANGUAGES: readonly string[] = Object.keys(builtInsByLanguage);

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

/** Ids of the built-in scenarios, in a stable order (the default one first). */
export const BUILT_IN_IDS: readonly string[] = Object.keys(builtIns).map(idOf).sort();

export const DEFAULT_SCENARIO = BUILT_IN_IDS.includes('vectra-office-systems')
  ? 'vectra-office-systems'
  : (BUILT_IN_IDS[0] ?? '');

export interface ScenarioLibrary {
  readonly builtInIds: readonly string[];
  /** The scenario a new game starts on unless the player picks another. */
  readonly defaultScenario: string;
  /**
   * Loads a built-in scenario with its texts in `lang` (another language gets English); a broken
   * built-in file is reported like any other. Every language gives the same scenario, the same
   * games and the same fingerprint: only the texts differ.
   */
  builtIn(id: string, lang?: string): Promise<ScenarioResult>;
  /** Checks and loads a scenario file's text. */
  fromText(text: string): Promise<ScenarioResult>;
}

export function createScenarioLibrary(): ScenarioLibrary {
  let loader: Promise<(text: string) => ScenarioResult> | null = null;
  const cache = new Map<string, Promise<ScenarioResult>>();
  const getLoader = () => {
    loader ??= (async () => {
      const [{ loadDefaults, loadScenario }, { default: defaultsText }] = await Promise.all([
        import('../scenario/load'),
        import('../../scenarios/defaults.yaml?raw'),
      ]);
      const defaults = loadDefaults(defaultsText);
      return (text: string) => loadScenario(text, defaults);
    })();
    return loader;
  };
  return {
    builtInIds: BUILT_IN_IDS,
    defaultScenario: DEFAULT_SCENARIO,
    builtIn(id, lang = 'en') {
      const modules = builtInsByLanguage[lang] ?? builtIns;
      const key = `${modules === builtIns ? 'en' : lang}:${id}`;
      let found = cache.get(key);
      if (!found) {
        const file = modules[`../../scenarios/${id}.yaml`];
        found = file
          ? file().then((result) => {
              // The build hashed it already: a game's start need not hash it again.
              if (result.ok && result.fingerprint)
                rememberFingerprint(result.scenario, result.fingerprint);
              return result;
            })
          : Promise.resolve<ScenarioResult>({
              ok: false,
              problems: [
                { path: '', key: 'scenario-problem.no-built-in', params: { id: { quoted: id } } },
              ],
            });
        cache.set(key, found);
      }
      return found;
    },
    async fromText(text) {
      return (await getLoader())(text);
    },
  };
}

export type { Scenario };
