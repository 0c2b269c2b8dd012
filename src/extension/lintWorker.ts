// The lint worker: a Node worker thread (bundled to dist/lazy/lintWorker.js, started by
// ./worker.ts) that lints a large runbook off the extension host's thread, so typing never
// waits for it, and gives the outline and folding from the same parse. Files are read by
// the extension host (vscode.workspace.fs) and sent along; a path the lint asks for that
// was not sent comes back as `missing`.
import { parentPort } from 'worker_threads';
import { documentSymbols, foldingRanges, type FixWithdrawal, lint, parseRunbook } from '../core';
import type { WorkerAnswer, WorkerRequest } from './workerProtocol';

function answer(request: WorkerRequest): WorkerAnswer {
  const files = new Map(request.files);
  const missing: string[] = [];
  let missingInventory: string | undefined;
  const withdrawals: FixWithdrawal[] = [];
  const parsed = parseRunbook(request.text);
  const result = lint(
    request.text,
    {
      ...request.settings,
      onFixWithdrawn: (withdrawal) => withdrawals.push(withdrawal),
      readFile: (relative) => {
        if (!files.has(relative)) missing.push(relative);
        return files.get(relative);
      },
      readInventory: (relative) => {
        if (request.inventory?.path === relative) return request.inventory.read;
        missingInventory = relative;
        return undefined;
      },
    },
    parsed,
  );
  return {
    id: request.id,
    findings: result.findings,
    withdrawals,
    symbols: documentSymbols(parsed, request.settings.locale ?? 'en'),
    folding: foldingRanges(parsed),
    missing,
    ...(missingInventory !== undefined ? { missingInventory } : {}),
  };
}

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerAnswer;
  try {
    reply = answer(request);
    parentPort!.postMessage(reply);
  } catch (err) {
    parentPort!.postMessage({ id: request.id, error: String((err as Error)?.stack ?? err) });
  }
});
