// The browser build's stand-in for src/extension/worker.ts (scripts/web-build.js swaps
// them): the lint worker as a web worker. VS Code's web extension host is itself a web
// worker whose extension is served from another origin (a CDN on vscode.dev), and a
// worker must be started from a script of the host's own origin; so dist/web/lintWorker.js
// is fetched (the CDN allows it: the host fetched the extension the same way) and started
// from a blob: URL. Until that is done, or where it fails (no Worker, a policy that
// refuses blob: workers), lintWorker() is undefined and every runbook is linted on the
// host's thread, with the debounce of src/extension/debounce.ts.
import * as vscode from 'vscode';
import { type LintWorker, QueuedWorker } from '../workerQueue';
import type { WorkerAnswer } from '../workerProtocol';

export type { LintWorker, WorkerResult } from '../workerQueue';

const EXTENSION_ID = 'exchange-runbook.exchange-runbook';

/** The parts of the web platform used here (the extension is compiled without the DOM's types). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerAnswer }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
}
interface WebPlatform {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  Blob?: new (parts: Uint8Array[], options: { type: string }) => unknown;
  URL: { createObjectURL?(blob: unknown): string };
  fetch?(url: string): Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;
}

let state: 'idle' | 'loading' | 'unavailable' | LintWorker = 'idle';

/** The worker once its script is loaded; undefined before (loading starts on first call) or where it cannot run. */
export function lintWorker(): LintWorker | undefined {
  if (state === 'idle') {
    state = 'loading';
    loadScript().then(
      (url) => {
        if (state === 'loading') state = url ? new QueuedWorker(spawner(url)) : 'unavailable';
      },
      () => {
        if (state === 'loading') state = 'unavailable';
      },
    );
  }
  return typeof state === 'object' ? state : undefined;
}

export function disposeLintWorker(): void {
  if (typeof state === 'object') state.dispose();
  state = 'idle';
}

/** A blob: URL of dist/web/lintWorker.js, or undefined where web workers are not to be had. */
async function loadScript(): Promise<string | undefined> {
  const web = globalThis as unknown as WebPlatform;
  if (!web.Worker || !web.Blob || !web.URL.createObjectURL) return undefined;
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) return undefined;
  const script = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'web', 'lintWorker.js');
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(script);
  } catch {
    // No file system for the extension's location (an https CDN): fetch it as the host did.
    if (!web.fetch) return undefined;
    const response = await web.fetch(script.toString(true));
    if (!response.ok) return undefined;
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  return web.URL.createObjectURL(new web.Blob([bytes], { type: 'text/javascript' }));
}

function spawner(url: string): ConstructorParameters<typeof QueuedWorker>[0] {
  return (onAnswer, onLost) => {
    const web = globalThis as unknown as WebPlatform;
    const worker = new web.Worker!(url, { name: 'exchange-runbook lint' });
    let answered = false;
    worker.addEventListener('message', (event) => {
      answered = true;
      onAnswer(event.data);
    });
    worker.addEventListener('error', () => {
      // A worker that fails before its first answer will not start (a policy refused it):
      // lint on the host from now on instead of trying again at every keystroke.
      if (!answered && typeof state === 'object') state = 'unavailable';
      onLost();
    });
    return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  };
}
