// The lint worker's queue, the same for a Node worker thread (desktop, ./worker.ts) and a
// web worker (browser, ./browser/worker.ts): one request at a time; for each runbook only
// the newest request waits, so a burst of keystrokes costs one lint of the last version,
// and a request overtaken before it started resolves to `superseded`. A failure (the
// worker died, could not start, or the lint threw) resolves to `failed`, and the caller
// lints on its own thread.
import type { WorkerAnswer, WorkerForget, WorkerRequest } from './workerProtocol';

export type WorkerResult = Exclude<WorkerAnswer, { error: string }> | 'superseded' | 'failed';

export interface LintWorker {
  analyze(key: string, request: Omit<WorkerRequest, 'id' | 'key'>): Promise<WorkerResult>;
  /** The runbook was closed: the worker may drop what it kept of it. */
  forget(key: string): void;
  dispose(): void;
}

/** A started worker, as the queue uses it. */
export interface WorkerPort {
  post(message: WorkerRequest | WorkerForget): void;
  terminate(): void;
}

/** Starts a worker; `onAnswer` for each answer, `onLost` when it died or failed to start. */
export type Spawn = (onAnswer: (answer: WorkerAnswer) => void, onLost: () => void) => WorkerPort;

interface Job {
  request: Omit<WorkerRequest, 'id' | 'key'>;
  resolve: (result: WorkerResult) => void;
}

export class QueuedWorker implements LintWorker {
  private port: WorkerPort | undefined;
  private running: { id: number; job: Job } | undefined;
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;

  constructor(private readonly spawn: Spawn) {}

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
      this.start().post({ ...job.request, key, id });
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

  private start(): WorkerPort {
    if (this.port) return this.port;
    const port: WorkerPort = this.spawn(
      (answer) => this.finish(answer.id, 'error' in answer ? 'failed' : answer),
      () => {
        if (this.port === port) this.port = undefined;
        if (this.running) this.finish(this.running.id, 'failed');
      },
    );
    this.port = port;
    return port;
  }

  forget(key: string): void {
    // A worker not started kept nothing; a dead one is replaced by a fresh one.
    try {
      this.port?.post({ forget: key });
    } catch {
      // The worker is going away: its memory with it.
    }
  }

  dispose(): void {
    for (const job of this.waiting.values()) job.resolve('superseded');
    this.waiting.clear();
    this.port?.terminate();
    this.port = undefined;
  }
}
