// Run by tests/engine/list-shapes.test.ts under `node --allow-natives-syntax`: sets a game up and
// launches an initiative, unoptimised and again with those functions optimised, and prints, for
// each list of the state, whether both games' lists have the same shape (V8's hidden class).
// Natives are reached through `Function`, so this file stays plain TypeScript.

import { newGame, STANDARD_DIFFICULTY } from '../../../src/engine';
import type { GameState } from '../../../src/engine';
import { launch } from '../../../src/engine/actions';
import { newCompany } from '../../../src/engine/company';
import { drawBeliefs, drawEffectFactors } from '../../../src/engine/truth';
import { loadScenarioFile } from '../../../src/cli/scenario-files';

const native = (body: string) =>
  new Function('f', 'g', body) as (f: unknown, g?: unknown) => boolean;
const sameShape = native('return %HaveSameMap(f, g);');
const prepare = native('%PrepareFunctionForOptimization(f); return true;');
const optimiseNext = native('%OptimizeFunctionOnNextCall(f); return true;');

const loaded = loadScenarioFile('vectra-office-systems');
if (!loaded.ok) throw new Error('the built-in scenario does not load');
const scenario = loaded.scenario;
const setUp = [newGame, newCompany, drawBeliefs, drawEffectFactors];
// An initiative with partners, launched in each game: its partners are a list of the state too.
const partnered = scenario.initiatives.find((def) => def.partners.length > 0)!;
const launchIt = (state: GameState) => {
  const refusal = launch(scenario, state, {
    type: 'launch',
    initiative: partnered.id,
    scale: 'full',
  });
  if (refusal) throw new Error(`the launch is refused: ${refusal.reason}`);
};

const before = newGame(scenario, 1, STANDARD_DIFFICULTY);
const games = [2, 3, 4].map((seed) => newGame(scenario, seed, STANDARD_DIFFICULTY));
for (const f of setUp) prepare(f);
newGame(scenario, 5, STANDARD_DIFFICULTY);
for (const f of setUp) optimiseNext(f);
const after = newGame(scenario, 6, STANDARD_DIFFICULTY);

launchIt(before);
prepare(launch);
for (const game of games) launchIt(game);
optimiseNext(launch);
launchIt(after);

const lists = {
  'company.segments': (s: typeof before) => s.company.segments,
  'twin.segments': (s: typeof before) => s.twin.segments,
  silos: (s: typeof before) => s.silos,
  measured: (s: typeof before) => s.measured,
  beliefs: (s: typeof before) => s.beliefs,
  effectFactors: (s: typeof before) => s.effectFactors,
  partners: (s: typeof before) => s.initiatives[0]!.partners,
};
const result: Record<string, boolean> = {};
for (const [name, list] of Object.entries(lists))
  result[name] = sameShape(list(before), list(after));
console.log(JSON.stringify(result));
