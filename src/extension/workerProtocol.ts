// The messages between the extension host and its lint worker (./lintWorker.ts, run by
// ./worker.ts): plain data, copied by structured clone. Types only.
import type { FileRead, Finding, FixWithdrawal, FoldRange, LintOptions, OutlineSymbol } from '../core';
import type { InventoryRead } from './inventory';

export interface WorkerRequest {
  id: number;
  /** The runbook's URI: the worker parses its next version from the parse of this one. */
  key: string;
  text: string;
  /** The settings part of the lint options (no functions cross the thread). */
  settings: Pick<LintOptions, 'asOf' | 'rules' | 'locale' | 'today' | 'fileName'>;
  /** The files the runbook named at its last read; a path the lint asks for beyond them is `missing`. */
  files: [string, FileRead][];
  inventory?: { path: string; read: InventoryRead };
}

export type WorkerAnswer =
  | {
      id: number;
      findings: Finding[];
      withdrawals: FixWithdrawal[];
      /** Outline and folding from the same parse, so that the extension host need not parse. */
      symbols: OutlineSymbol[];
      folding: FoldRange[];
      /** Steps with no command to run (their CodeLens says so instead of Copy/Run). */
      manualSteps: number[];
      /** Paths the lint asked for that the request did not carry: read them and ask again. */
      missing: string[];
      missingInventory?: string;
      /** Only the edited block was parsed again (from the worker's parse of an earlier version). */
      incremental: boolean;
    }
  | { id: number; error: string };

/** The runbook was closed: the worker drops the parse it kept of it. */
export interface WorkerForget {
  forget: string;
}
