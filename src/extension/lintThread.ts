// The lint worker's Node entry (bundled to dist/lazy/lintWorker.js, started by
// ./worker.ts): the messages of the extension host to ./lintWorker.ts and back.
import { parentPort } from 'worker_threads';
import { handle } from './lintWorker';
import type { WorkerForget, WorkerRequest } from './workerProtocol';

parentPort?.on('message', (message: WorkerRequest | WorkerForget) => {
  const reply = handle(message);
  if (reply) parentPort!.postMessage(reply);
});
