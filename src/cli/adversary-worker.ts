// A worker thread of the adversarial balance run: it loads the scenario once, then runs the
// tasks (searches and reference games) it is sent, one at a time, and posts each result back.
// Node only. Imports the engine's adversary tasks and the scenario files.

import { parentPort, workerData } from 'node:worker_threads';
import type { Difficulty } from '../engine';
import type { AdversaryTask, BudgetName } from '../engine/bots';
import { runAdversaryTask, SEARCH_BUDGETS } from '../engine/bots';
import { loadScenarioFile } from './scenario-files';

export interface WorkerSetup {
  readonly scenario: string;
  readonly budget: BudgetName;
  readonly difficulty: Difficulty;
}

const setup = workerData as WorkerSetup;
const loaded = loadScenarioFile(setup.scenario);
if (!loaded.ok) throw new Error(`cannot load ${setup.scenario}`);
const scenario = loaded.scenario;

parentPort!.on('message', (task: AdversaryTask) => {
  const result = runAdversaryTask(scenario, task, SEARCH_BUDGETS[setup.budget], setup.difficulty);
  parentPort!.postMessage(result);
});
