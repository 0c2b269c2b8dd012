// The lint worker's web entry (bundled to dist/web/lintWorker.js, started by ./worker.ts
// from a blob: URL): the messages of the extension host to ../lintWorker.ts and back.
import { handle } from '../lintWorker';
import type { WorkerForget, WorkerRequest } from '../workerProtocol';

/** The worker's global scope, as far as it is used (compiled without the web worker's types). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest | WorkerForget }) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event) => {
  const reply = handle(event.data);
  if (reply) scope.postMessage(reply);
});
