// The lint worker: a Node worker thread in desktop (./lintThread.ts, bundled to
// dist/lazy/lintWorker.js, started by ./worker.ts) or a web worker in the browser
// (./browser/lintWorker.ts, dist/web/lintWorker.js) that lints a large runbook off the
// extension host's thread, so typing never waits for it, and gives the outline and folding
// from the same parse. Files are read by
// the extension host (vscode.workspace.fs) and sent along; a path the lint asks for that
// was not sent comes back as `missing`.
//
// It keeps its last parse of each runbook and parses the next version from it: only the
// edited step, server or phase again (the core's parseFrom, which compares the two texts
// and parses in full whenever it cannot prove the splice). In place: nothing but this
// thread ever sees that parse, and the findings sent back are plain copies.
import {
  documentSymbols,
  foldingRanges,
  type FixWithdrawal,
  lintFrom,
  type ParsedRunbook,
  parseFrom,
  parseRunbook,
  stepCommands,
} from '../core';
import type { WorkerAnswer, WorkerForget, WorkerRequest } from './workerProtocol';

/** Runbooks whose last parse is kept: the few large ones open at once (each is tens of MB at 10,000 steps). */
const KEPT = 4;
const lastParse = new Map<string, ParsedRunbook>();

function parse(request: WorkerRequest): { parsed: ParsedRunbook; incremental: boolean } {
  const previous = lastParse.get(request.key);
  // Taken out first: a lint that throws midway must not leave a half-spliced parse behind.
  lastParse.delete(request.key);
  if (!previous) return { parsed: parseRunbook(request.text), incremental: false };
  const next = parseFrom(previous, request.text, true);
  return { parsed: next.parsed, incremental: next.fallback === undefined };
}

function keep(key: string, parsed: ParsedRunbook): void {
  lastParse.set(key, parsed);
  for (const old of lastParse.keys()) {
    if (lastParse.size <= KEPT) break;
    lastParse.delete(old);
  }
}

function answer(request: WorkerRequest): WorkerAnswer {
  const files = new Map(request.files);
  const missing: string[] = [];
  let missingInventory: string | undefined;
  const withdrawals: FixWithdrawal[] = [];
  const { parsed, incremental } = parse(request);
  const result = lintFrom(parsed, {
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
  });
  const reply: WorkerAnswer = {
    id: request.id,
    findings: result.findings,
    withdrawals,
    symbols: documentSymbols(parsed, request.settings.locale ?? 'en'),
    folding: foldingRanges(parsed),
    manualSteps: parsed.steps.filter((step) => !step.via && stepCommands(parsed, step).manual).map((s) => s.index),
    missing,
    ...(missingInventory !== undefined ? { missingInventory } : {}),
    incremental,
  };
  keep(request.key, parsed);
  return reply;
}

/** One message from the extension host: the answer to post, if any (unit tests call it directly). */
export function handle(message: WorkerRequest | WorkerForget): WorkerAnswer | undefined {
  if ('forget' in message) {
    lastParse.delete(message.forget);
    return undefined;
  }
  try {
    return answer(message);
  } catch (err) {
    return { id: message.id, error: String((err as Error)?.stack ?? err) };
  }
}
