// The browser build's stand-in for src/extension/worker.ts (scripts/web-build.js swaps
// them): VS Code's web extension host is itself a web worker, and a worker it would start
// must be served from the extension's origin, which vscode.dev does not give; so there
// every runbook is linted on the host's thread, with the debounce of
// src/extension/debounce.ts.
import type { LintWorker } from '../worker';

export function lintWorker(): LintWorker | undefined {
  return undefined;
}

export function disposeLintWorker(): void {}
