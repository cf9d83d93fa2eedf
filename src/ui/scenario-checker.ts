// Checking scenario files and running the quick balance for the facilitator: in a Web Worker in
// the browser (the page stays responsive and a run can be cancelled at once), or in the same
// thread where there is no Worker (tests). Imports the loader and bots only for the in-thread one.

import type { Difficulty } from '../engine';
import type { BalanceReport } from '../engine/bots';
import type { Problem, ScenarioResult } from '../scenario/load';
import { plainProblem } from '../scenario/problem';
import type { ScenarioChecker } from '../store/checker';

export type CheckerRequest =
  | { type: 'check'; id: number; text: string }
  | { type: 'balance'; id: number; text: string; seeds: number; difficulty: Difficulty };

export type CheckerReply =
  | { type: 'checked'; id: number; result: ScenarioResult }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'balanced'; id: number; report: BalanceReport }
  | { type: 'failed'; id: number; message: string };

/** The browser's checker: each request in a fresh module worker, terminated when done. */
export function workerChecker(makeWorker: () => Worker): ScenarioChecker {
  let next = 1;
  const request = (
    message: CheckerRequest,
    onProgress?: (done: number, total: number) => void,
  ): { promise: Promise<CheckerReply>; cancel: () => void } => {
    const worker = makeWorker();
    let settle: (reply: CheckerReply) => void = () => undefined;
    const promise = new Promise<CheckerReply>((resolve) => (settle = resolve));
    worker.addEventListener('message', (event: MessageEvent<CheckerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.done, reply.total);
      else {
        worker.terminate();
        settle(reply);
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      settle({ type: 'failed', id: message.id, message: event.message || '' });
    });
    worker.postMessage(message);
    return {
      promise,
      cancel: () => {
        worker.terminate();
        settle({ type: 'failed', id: message.id, message: 'cancelled' });
      },
    };
  };
  /** Why the worker gave no result: its error as it is, or that it stopped or did not answer. */
  const failure = (reply: CheckerReply): Problem => {
    if (reply.type !== 'failed') return { path: '', key: 'scenario-problem.no-answer' };
    return reply.message
      ? plainProblem(reply.message)
      : { path: '', key: 'scenario-problem.checker-stopped' };
  };
  return {
    async check(text) {
      const reply = await request({ type: 'check', id: next++, text }).promise;
      if (reply.type === 'checked') return reply.result;
      return { ok: false, problems: [failure(reply)] };
    },
    balance(text, seeds, difficulty, onProgress) {
      const { promise, cancel } = request(
        { type: 'balance', id: next++, text, seeds, difficulty },
        onProgress,
      );
      return {
        cancel,
        done: promise.then((reply) => {
          if (reply.type === 'balanced') return { ok: true as const, report: reply.report };
          if (reply.type === 'checked' && !reply.result.ok)
            return {
              ok: false as const,
              problem: reply.result.problems[0] ?? failure(reply),
              cancelled: false,
            };
          const cancelled = reply.type === 'failed' && reply.message === 'cancelled';
          return { ok: false as const, problem: failure(reply), cancelled };
        }),
      };
    },
  };
}

/** The same work in this thread (tests, or a browser without module workers). */
export function inlineChecker(load: (text: string) => Promise<ScenarioResult>): ScenarioChecker {
  return {
    check: load,
    balance(text, seeds, difficulty, onProgress) {
      let cancelled = false;
      const done = (async () => {
        const loaded = await load(text);
        if (!loaded.ok)
          return {
            ok: false as const,
            problem: loaded.problems[0] ?? plainProblem(''),
            cancelled: false,
          };
        const { runBalance, allBotNames } = await import('../engine/bots');
        const report = runBalance(loaded.scenario, {
          seeds,
          difficulty,
          bots: allBotNames(loaded.scenario),
          onProgress,
          cancelled: () => cancelled,
        });
        if (cancelled)
          return { ok: false as const, problem: plainProblem('cancelled'), cancelled: true };
        return { ok: true as const, report };
      })();
      return { done, cancel: () => void (cancelled = true) };
    },
  };
}
