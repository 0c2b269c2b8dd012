// One analysis per document version, shared by every feature: diagnostics, code actions,
// outline and folding, hover, completion, references and rename, and the preview. It is
// keyed by the document's URI and version, computed on first use and at most once, and
// dropped when the version moves on or the document closes. The parse and the lint are
// separate steps: outline, folding and navigation take the parse without waiting for the
// rules, and the lint starts from that parse instead of parsing again. The edits between
// two versions (onDidChangeTextDocument's contentChanges) are kept: when they lead without
// a gap from the cached version to the current one, the engine parses the new version from
// the cached parse, only the edited step, server or phase again (./engine.ts); the lint
// worker does the same with its own previous parse (./lintWorker.ts).
import * as vscode from 'vscode';
import type { Finding, FoldRange, LintOptions, LintResult, OutlineSymbol, ParsedRunbook } from '../core';
import { engine, type PreviousParse, type TextChange } from './engine';
import { lintWorker } from './worker';

/** How often each step ran for one version: the test hook (the API's analysisRuns). */
export interface AnalysisRuns {
  version: number;
  /** On the extension host's thread. */
  parses: number;
  lints: number;
  /** In the lint worker (./worker.ts): its lint, outline and folding from one parse there. */
  workerLints: number;
  /** Of those parses (here or in the worker), how many re-parsed only the edited block. */
  incremental: number;
}

/** What the lint worker gives for a version: the findings, and the outline and folding of the same parse. */
export interface RemoteAnalysis {
  findings: Finding[];
  symbols: OutlineSymbol[];
  folding: FoldRange[];
  /** Steps with no command to run, by index (the run lenses tell them apart without a parse here). */
  manualSteps: number[];
  /** The worker parsed only the edited block, from its parse of an earlier version. */
  incremental: boolean;
}

export class Analysis {
  private parsedValue: ParsedRunbook | undefined;
  private lintValue: LintResult | undefined;
  /** The lint ran with the files the runbook names read for it (not a guess made without them). */
  private lintComplete = false;
  /** The lint worker's analysis of this version, once asked for (undefined in the promise: none came). */
  private remoteValue: Promise<RemoteAnalysis | undefined> | undefined;
  /** Counts forgetLint calls: options gathered before one may carry the old settings or files. */
  private forgotten = 0;
  readonly runs: AnalysisRuns;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    private previous: PreviousParse | undefined,
  ) {
    this.runs = { version, parses: 0, lints: 0, workerLints: 0, incremental: 0 };
  }

  /** The parse (outline, folding, navigation, hover, completion need no more). */
  parsed(): ParsedRunbook {
    if (!this.parsedValue) {
      const { parsed, incremental } = engine.parse(this.text, this.previous);
      this.parsedValue = parsed;
      this.previous = undefined;
      this.runs.parses++;
      if (incremental) this.runs.incremental++;
    }
    return this.parsedValue;
  }

  hasParse(): boolean {
    return this.parsedValue !== undefined;
  }

  /** The worker's analysis of this version: asked for once (`start`), shared by every feature. */
  remote(start: () => Promise<RemoteAnalysis | undefined>): Promise<RemoteAnalysis | undefined> {
    this.remoteValue ??= start().then((result) => {
      if (result) this.runs.workerLints++;
      if (result?.incremental) this.runs.incremental++;
      return result;
    });
    return this.remoteValue;
  }

  /** The lint of this version when one has run with the files it names read (the diagnostics' kind). */
  lintIfDone(): LintResult | undefined {
    return this.lintComplete ? this.lintValue : undefined;
  }

  /**
   * The lint: once per version, from the shared parse; `options` are used when it runs now.
   * Without `complete`, the options carry every file the runbook names, read for this
   * version (the diagnostics'). With it, they are the last reads, and `complete()` says after
   * the lint whether they had every file it asked for; a lint that lacked one (a code action
   * before the first diagnostics, or after the runbook named another file) is redone by
   * the next caller that has them.
   */
  lint(options: LintOptions, complete?: () => boolean): LintResult {
    if (!this.lintValue || (!complete && !this.lintComplete)) {
      this.lintValue = engine.lint(this.text, options, this.parsed());
      this.lintComplete = complete ? complete() : true;
      this.runs.lints++;
    }
    return this.lintValue;
  }

  /** Settings or a file the runbook names changed: the lint no longer holds, the parse does. */
  forgetLint(): void {
    this.forgotten++;
    this.lintValue = undefined;
    this.lintComplete = false;
    this.remoteValue = undefined;
  }

  /** Compared before and after gathering lint options: a change means they may be stale. */
  get lintEpoch(): number {
    return this.forgotten;
  }

  /** What the next version's analysis may re-parse from, once the edits are known. */
  asPrevious(changes: readonly TextChange[]): PreviousParse | undefined {
    return this.parsedValue ? { text: this.text, parsed: this.parsedValue, changes } : undefined;
  }
}

const analyses = new Map<string, Analysis>();
/** The edits since each document's cached version, in order, while they are contiguous. */
const pending = new Map<string, { from: number; to: number; changes: TextChange[] }>();

/** The shared analysis of the document's current version. */
export function analysisOf(document: vscode.TextDocument): Analysis {
  const key = document.uri.toString();
  const cached = analyses.get(key);
  if (cached && cached.version === document.version) return cached;
  const edits = pending.get(key);
  const previous =
    cached && edits && edits.from === cached.version && edits.to === document.version
      ? cached.asPrevious(edits.changes)
      : undefined;
  pending.delete(key);
  const analysis = new Analysis(key, document.version, document.getText(), previous);
  analyses.set(key, analysis);
  return analysis;
}

/** The runs of the cached version (tests: each version is parsed and linted once). */
export function analysisRuns(uri: string): AnalysisRuns | undefined {
  const runs = analyses.get(uri)?.runs;
  return runs ? { ...runs } : undefined;
}

/** Settings or named files changed: every lint (or one runbook's) is redone on next use. */
export function forgetLintResults(uri?: vscode.Uri): void {
  if (uri) analyses.get(uri.toString())?.forgetLint();
  else for (const analysis of analyses.values()) analysis.forgetLint();
}

function recordChanges(event: vscode.TextDocumentChangeEvent): void {
  if (event.contentChanges.length === 0) return;
  const key = event.document.uri.toString();
  const cached = analyses.get(key);
  if (!cached) return;
  const edits = pending.get(key) ?? { from: cached.version, to: cached.version, changes: [] };
  // Versions move by one per event; a gap (an event missed) means the edits are unknown.
  if (edits.to + 1 !== event.document.version || edits.from !== cached.version) {
    pending.delete(key);
    return;
  }
  // VS Code gives one event's changes against the text before the event, last to first
  // in the document; replayed in the given order they apply cleanly.
  for (const change of event.contentChanges)
    edits.changes.push({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text });
  edits.to = event.document.version;
  pending.set(key, edits);
}

/** Registered first in activate(), so the edits are known before any feature asks. */
export function registerAnalysis(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument(recordChanges),
    vscode.workspace.onDidCloseTextDocument((document) => {
      analyses.delete(document.uri.toString());
      pending.delete(document.uri.toString());
      lintWorker()?.forget(document.uri.toString());
    }),
  );
}
