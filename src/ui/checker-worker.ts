// The scenario checker's Web Worker as the hosted game makes it: a module worker that the build
// emits as its own file beside the page. The one-file package (src/cli/package.ts) puts
// checker-worker-inline.ts in this module's place: a page opened from disk cannot start a worker
// from a file. Imports nothing; the worker's code is reached by URL.

/** A fresh worker running src/ui/scenario-worker.ts. */
export function checkerWorker(): Worker {
  return new Worker(new URL('./scenario-worker.ts', import.meta.url), { type: 'module' });
}
