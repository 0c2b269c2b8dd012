// Diagnostics: each runbook is linted when it opens, after edits (at once when its checks
// are quick, else after a pause of exchangeRunbook.lintDelay: ./debounce.ts), on save and
// when the settings change; a result computed for a version the document has since left is
// dropped. The lint is the version's shared analysis (./analysis.ts), which code actions
// and the preview reuse. A CSV file's edit or save
// re-lints the open runbooks that name it; a config file's, every open runbook. `exchangeRunbook.lintWorkspace` lints every
// runbook in the workspace, open or not.
import * as vscode from 'vscode';
import { type Finding, lint, type LintOptions } from '../core';
import { onDidChangeConfigFile } from './config';
import { analysisOf } from './analysis';
import { checkDelay, forgetCost, recordCheck } from './debounce';
import { forget, forgetLints, lintOptionsFor, namesCsv, namesInventory, offThread, remoteFor } from './documents';
import { describeRefusal, readRegularUri, RUNBOOK_LIMIT } from './files';
import { isRunbook, lintDelay, log, t } from './settings';

export const DIAGNOSTIC_SOURCE = 'exchange-runbook';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  // Lines and columns (1-based, UTF-16) rather than offsets: they hold for files that are
  // not open too, and the core already accounts for a byte-order mark.
  const range = new vscode.Range(
    finding.range.line - 1,
    finding.range.column - 1,
    finding.range.endLine - 1,
    finding.range.endColumn - 1,
  );
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(finding.docsUrl) };
  return diagnostic;
}

export interface WorkspaceLintResult {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export class RunbookDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const csvWatcher = vscode.workspace.createFileSystemWatcher('**/*.csv');
    this.disposables.push(
      this.collection,
      csvWatcher,
      vscode.workspace.onDidOpenTextDocument((document) => this.lintSoon(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        if (isRunbook(event.document)) this.lintSoon(event.document, this.delayFor(event.document));
        else if (isCsv(event.document.uri)) this.csvChanged(event.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isRunbook(document)) {
          // Saving reads the inventory again (it is not watched; CSV and config files are).
          if (namesInventory(document.uri)) forgetLints(document.uri);
          this.lintSoon(document, 0);
        } else if (isCsv(document.uri)) this.csvChanged(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!isRunbook(document)) return;
        this.cancel(document.uri);
        forget(document.uri);
        forgetCost(document.uri);
        this.collection.delete(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('exchangeRunbook')) return;
        forgetLints();
        this.lintAllOpen();
      }),
      // A .exchange-runbook.json was edited, created or deleted: any runbook may be under it.
      onDidChangeConfigFile(() => {
        forgetLints();
        for (const document of vscode.workspace.textDocuments) this.lintSoon(document, this.delayFor(document));
      }),
      csvWatcher.onDidChange((uri) => this.csvChanged(uri)),
      csvWatcher.onDidCreate((uri) => this.csvChanged(uri)),
      csvWatcher.onDidDelete((uri) => this.csvChanged(uri)),
    );
  }

  /** A runbook linted in the worker waits for nothing: the worker keeps only the newest version's request. */
  private delayFor(document: vscode.TextDocument): number {
    return offThread(document) ? 0 : checkDelay(document, lintDelay(document.uri));
  }

  lintAllOpen(): void {
    for (const document of vscode.workspace.textDocuments) this.lintSoon(document, 0);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  lintSoon(document: vscode.TextDocument, delay: number): void {
    if (!isRunbook(document)) return;
    this.cancel(document.uri);
    const timer = setTimeout(() => {
      this.timers.delete(document.uri.toString());
      void this.lintNow(document);
    }, delay);
    this.timers.set(document.uri.toString(), timer);
  }

  /** Lints the document's current version; drops the result when the document changed meanwhile. */
  async lintNow(document: vscode.TextDocument): Promise<Finding[] | undefined> {
    const version = document.version;
    const analysis = analysisOf(document);
    try {
      const remote = analysis.lintIfDone() ? undefined : remoteFor(document);
      if (remote) {
        // A slow runbook: linted in the worker; nothing of it runs on this thread.
        const started = performance.now();
        const answer = await remote;
        if (document.isClosed || document.version !== version) return undefined;
        if (answer) {
          // Only a full check says what this runbook would cost on this thread: an
          // incremental one, far cheaper, would bring it back here for a full parse.
          if (!answer.incremental) recordCheck(document.uri, performance.now() - started);
          this.collection.set(document.uri, answer.findings.map(toDiagnostic));
          return answer.findings;
        }
      }
      let result = analysis.lintIfDone();
      if (!result) {
        const started = performance.now();
        const parsed = analysis.parsed();
        const parseMs = performance.now() - started;
        let options: LintOptions;
        let epoch: number;
        // Settings, a config file or a named file changed while the options were read: they
        // may be the old ones; read them again (a change that keeps coming gets its own lint).
        let tries = 0;
        do {
          epoch = analysis.lintEpoch;
          options = await lintOptionsFor(document.uri, analysis.text, parsed);
          if (document.isClosed || document.version !== version) return undefined;
        } while (analysis.lintEpoch !== epoch && ++tries < 3);
        if (analysis.lintEpoch !== epoch) return undefined;
        const lintStarted = performance.now();
        result = analysis.lint(options);
        recordCheck(document.uri, parseMs + performance.now() - lintStarted);
      }
      if (document.isClosed || document.version !== version) return undefined;
      this.collection.set(document.uri, result.findings.map(toDiagnostic));
      return result.findings;
    } catch (err) {
      log(
        t('extension.lintFailed', { file: document.uri.toString(true), reason: (err as Error)?.stack ?? String(err) }),
      );
      return undefined;
    }
  }

  private csvChanged(csv: vscode.Uri): void {
    for (const document of vscode.workspace.textDocuments) {
      if (isRunbook(document) && namesCsv(document, csv)) {
        forgetLints(document.uri);
        this.lintSoon(document, this.delayFor(document));
      }
    }
  }

  /** Lints every runbook in the workspace; open ones as their editors hold them. */
  async lintWorkspace(): Promise<WorkspaceLintResult> {
    const uris = await vscode.workspace.findFiles('**/*.runbook.{yaml,yml}', '**/node_modules/**');
    const total: WorkspaceLintResult = { files: 0, errors: 0, warnings: 0, infos: 0 };
    for (const uri of uris) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let findings: Finding[] | undefined;
      if (open && isRunbook(open)) {
        findings = await this.lintNow(open);
      } else {
        try {
          // A FIFO or device named *.runbook.yaml is never opened (it would hold a file-system thread forever).
          const read = await readRegularUri(uri, RUNBOOK_LIMIT);
          if (!(read instanceof Uint8Array))
            throw new Error(read === undefined ? 'no such file' : describeRefusal(read));
          const text = new TextDecoder().decode(read);
          findings = lint(text, await lintOptionsFor(uri, text)).findings;
          this.collection.set(uri, findings.map(toDiagnostic));
        } catch (err) {
          log(t('extension.lintFailed', { file: uri.toString(true), reason: (err as Error)?.message ?? String(err) }));
        }
      }
      if (!findings) continue;
      total.files++;
      for (const f of findings) {
        if (f.severity === 'error') total.errors++;
        else if (f.severity === 'warning') total.warnings++;
        else total.infos++;
      }
    }
    return total;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function isCsv(uri: vscode.Uri): boolean {
  return /\.csv$/i.test(uri.path);
}
