// The scenario checker's Web Worker in the one-file package: the worker's code travels inside the
// page as text and starts from a blob: URL (a page opened from disk cannot start one from a file).
// Put in place of checker-worker.ts by src/cli/package.ts only; the hosted build never sees it.

import InlineWorker from './scenario-worker?worker&inline';

/** A fresh worker running src/ui/scenario-worker.ts. */
export function checkerWorker(): Worker {
  return new InlineWorker();
}
