// The facilitator's heavy work off the main thread, so the game stays responsive: checking a
// scenario file with the same loader as `npm run check-scenario`, and the quick balance run of
// the bots. Cancelling terminates the worker. Runs in a Web Worker; imports the loader and bots.

import defaultsText from '../../scenarios/defaults.yaml?raw';
import { loadDefaults, loadScenario } from '../scenario/load';
import { runBalance, allBotNames } from '../engine/bots';
import type { CheckerRequest, CheckerReply } from './scenario-checker';

const defaults = loadDefaults(defaultsText);

function reply(message: CheckerReply): void {
  (self as unknown as { postMessage(m: CheckerReply): void }).postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<CheckerRequest>) => {
  const request = event.data;
  try {
    const loaded = loadScenario(request.text, defaults);
    if (request.type === 'check' || !loaded.ok) {
      reply({ type: 'checked', id: request.id, result: loaded });
      return;
    }
    let last = 0;
    const report = runBalance(loaded.scenario, {
      seeds: request.seeds,
      difficulty: request.difficulty,
      bots: allBotNames(loaded.scenario),
      onProgress: (done, total) => {
        if (done === total || done - last >= Math.max(1, Math.floor(total / 200))) {
          last = done;
          reply({ type: 'progress', id: request.id, done, total });
        }
      },
    });
    reply({ type: 'balanced', id: request.id, report });
  } catch (error) {
    reply({
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
