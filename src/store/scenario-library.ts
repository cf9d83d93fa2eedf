// The scenarios the game can be played on: the built-in files (bundled as text, parsed on first
// use so the title screen does not wait for them) and files a facilitator loads. All go through
// the same loader as `npm run check-scenario`. Imports the scenario loader lazily.

import type { Scenario } from '../engine';
import type { LoadResult } from '../scenario/load';
import type { DefaultsFile } from '../scenario/schema';

const files = import.meta.glob<string>('../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
});

function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.yaml$/, '');
}

/** Ids of the built-in scenarios, in a stable order (the default one first). */
export const BUILT_IN_IDS: readonly string[] = Object.keys(files)
  .map(idOf)
  .filter((id) => id !== 'defaults' && !id.startsWith('example'))
  .sort();

export const DEFAULT_SCENARIO = BUILT_IN_IDS.includes('vectra-office-systems')
  ? 'vectra-office-systems'
  : (BUILT_IN_IDS[0] ?? '');

export interface ScenarioLibrary {
  readonly builtInIds: readonly string[];
  /** The scenario a new game starts on unless the player picks another. */
  readonly defaultScenario: string;
  /** Loads a built-in scenario; a broken built-in file is reported like any other. */
  builtIn(id: string): Promise<LoadResult>;
  /** Checks and loads a scenario file's text. */
  fromText(text: string): Promise<LoadResult>;
}

export function createScenarioLibrary(): ScenarioLibrary {
  let loader: Promise<{
    load: (text: string) => LoadResult;
  }> | null = null;
  const cache = new Map<string, Promise<LoadResult>>();
  const getLoader = () => {
    loader ??= (async () => {
      const [{ loadDefaults, loadScenario }, defaultsText] = await Promise.all([
        import('../scenario/load'),
        files['../../scenarios/defaults.yaml']!(),
      ]);
      const defaults: DefaultsFile = loadDefaults(defaultsText);
      return { load: (text: string) => loadScenario(text, defaults) };
    })();
    return loader;
  };
  return {
    builtInIds: BUILT_IN_IDS,
    defaultScenario: DEFAULT_SCENARIO,
    builtIn(id) {
      let found = cache.get(id);
      if (!found) {
        const file = files[`../../scenarios/${id}.yaml`];
        found = file
          ? Promise.all([getLoader(), file()]).then(([l, text]) => l.load(text))
          : Promise.resolve<LoadResult>({
              ok: false,
              problems: [{ path: '', message: `there is no built-in scenario "${id}"` }],
            });
        cache.set(id, found);
      }
      return found;
    },
    async fromText(text) {
      return (await getLoader()).load(text);
    },
  };
}

export type { Scenario };
