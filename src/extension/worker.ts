// The lint worker from the extension host's side, desktop: a Node worker thread running
// dist/lazy/lintWorker.js (./lintThread.ts), started on first use, behind the queue of
// ./workerQueue.ts. The browser build swaps this file for src/extension/browser/worker.ts
// (a web worker; scripts/web-build.js).
import * as path from 'path';
import { Worker } from 'worker_threads';
import { type LintWorker, QueuedWorker } from './workerQueue';

export type { LintWorker, WorkerResult } from './workerQueue';

let worker: LintWorker | undefined;

/** The worker, started on first use; undefined where there is none. */
export function lintWorker(): LintWorker | undefined {
  return (worker ??= new QueuedWorker((onAnswer, onLost) => {
    const thread = new Worker(path.join(__dirname, 'lazy', 'lintWorker.js'));
    thread.on('message', onAnswer);
    thread.on('error', onLost);
    thread.on('exit', onLost);
    // An idle worker must not keep the extension host alive.
    thread.unref();
    return { post: (message) => thread.postMessage(message), terminate: () => void thread.terminate() };
  }));
}

export function disposeLintWorker(): void {
  worker?.dispose();
  worker = undefined;
}
