// Runs the adversarial balance tasks over worker threads (one per core, at most one per task),
// longest first, and collects their results in the order of ADVERSARY_TASKS. Node only.
// Imports node:worker_threads and node:os, and the engine's adversary types.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Difficulty } from '../engine';
import type { AdversaryResult, AdversaryTask, BudgetName } from '../engine/bots';
import { ADVERSARY_TASKS } from '../engine/bots';
import type { WorkerSetup } from './adversary-worker';

/**
 * A worker running adversary-worker.ts. The tools run as TypeScript through tsx, whose loader a
 * worker thread does not inherit on Node 20, so the worker registers it before importing.
 */
function startWorker(setup: WorkerSetup): Worker {
  const file = new URL('./adversary-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

export async function runAdversaries(
  scenario: string,
  budget: BudgetName,
  difficulty: Difficulty,
  onTaskDone?: (task: AdversaryTask, done: number, total: number) => void,
  threads = availableParallelism(),
): Promise<AdversaryResult[]> {
  const queue = [...ADVERSARY_TASKS];
  const results = new Map<AdversaryTask, AdversaryResult>();
  const setup: WorkerSetup = { scenario, budget, difficulty };
  const count = Math.max(1, Math.min(threads, queue.length));
  const workers = Array.from({ length: count }, () => startWorker(setup));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const task = queue.shift();
              if (task === undefined) {
                resolve();
                return;
              }
              worker.postMessage(task);
            };
            worker.on('message', (result: AdversaryResult) => {
              results.set(result.task, result);
              onTaskDone?.(result.task, results.size, ADVERSARY_TASKS.length);
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`an adversary worker stopped (exit ${code})`));
            });
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return ADVERSARY_TASKS.flatMap((task) => {
    const found = results.get(task);
    return found ? [found] : [];
  });
}
