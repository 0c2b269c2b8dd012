// The lint worker from the extension host's side (desktop: a Node worker thread running
// dist/lazy/lintWorker.js, started on first use). One thread lints one request at a
// time; for each runbook only the newest request waits, so a burst of keystrokes costs one
// lint of the last version, and a request overtaken before it started resolves to
// `superseded`. A failure (the thread died, or the lint threw) resolves to `failed`, and
// the caller lints on its own thread. The browser build has no worker thread: there
// src/extension/browser/worker.ts stands in and every runbook is linted on the host's
// thread (scripts/web-build.js swaps the two).
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkerAnswer, WorkerForget, WorkerRequest } from './workerProtocol';

export type WorkerResult = Exclude<WorkerAnswer, { error: string }> | 'superseded' | 'failed';

export interface LintWorker {
  analyze(key: string, request: Omit<WorkerRequest, 'id' | 'key'>): Promise<WorkerResult>;
  /** The runbook was closed: the worker may drop what it kept of it. */
  forget(key: string): void;
  dispose(): void;
}

interface Job {
  request: Omit<WorkerRequest, 'id' | 'key'>;
  resolve: (result: WorkerResult) => void;
}

class ThreadWorker implements LintWorker {
  private thread: Worker | undefined;
  private running: { id: number; job: Job } | undefined;
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;

  analyze(key: string, request: Omit<WorkerRequest, 'id' | 'key'>): Promise<WorkerResult> {
    return new Promise((resolve) => {
      this.waiting.get(key)?.resolve('superseded');
      this.waiting.set(key, { request, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running) return;
    const next = this.waiting.entries().next();
    if (next.done) return;
    const [key, job] = next.value;
    this.waiting.delete(key);
    const id = this.nextId++;
    this.running = { id, job };
    try {
      this.start().postMessage({ ...job.request, key, id } satisfies WorkerRequest);
    } catch {
      this.finish(id, 'failed');
    }
  }

  private finish(id: number, result: WorkerResult): void {
    if (this.running?.id !== id) return;
    const { job } = this.running;
    this.running = undefined;
    job.resolve(result);
    this.pump();
  }

  private start(): Worker {
    if (this.thread) return this.thread;
    const thread = new Worker(path.join(__dirname, 'lazy', 'lintWorker.js'));
    thread.on('message', (answer: WorkerAnswer) => this.finish(answer.id, 'error' in answer ? 'failed' : answer));
    const lost = () => {
      if (this.thread === thread) this.thread = undefined;
      if (this.running) this.finish(this.running.id, 'failed');
    };
    thread.on('error', lost);
    thread.on('exit', lost);
    // An idle worker must not keep the extension host alive.
    thread.unref();
    this.thread = thread;
    return thread;
  }

  forget(key: string): void {
    // A thread not started kept nothing; a dead one is replaced by a fresh one.
    try {
      this.thread?.postMessage({ forget: key } satisfies WorkerForget);
    } catch {
      // The thread is going away: its memory with it.
    }
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve('superseded');
    this.waiting.clear();
    void this.thread?.terminate();
    this.thread = undefined;
  }
}

let worker: LintWorker | undefined;

/** The worker, started on first use; undefined where there is none (the browser build). */
export function lintWorker(): LintWorker | undefined {
  return (worker ??= new ThreadWorker());
}

export function disposeLintWorker(): void {
  worker?.dispose();
  worker = undefined;
}
