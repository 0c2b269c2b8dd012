// Runbook documents as the core sees them: their text, the files they name (read from an
// open editor first, else through vscode.workspace.fs, inside the workspace folder:
// src/extension/files.ts), their config (.exchange-runbook.json and the settings,
// ./config.ts), and the per-version analysis every feature shares (./analysis.ts).
import * as vscode from 'vscode';
import { type FileRead, type LintOptions, LintResult, namedFiles, ParsedRunbook } from '../core';
import { type Analysis, analysisOf, forgetLintResults, type RemoteAnalysis } from './analysis';
import { expectedCost, QUICK_MS } from './debounce';
import { lintWorker } from './worker';
import { namedUri, readNamedFile } from './files';
import { configIsCurrent, runbookSettings, runbookSettingsNow } from './config';
import { log, logFixWithdrawn } from './settings';
import { forgetInventory, readInventoryAt, readRunbookInventory } from './inventory';

/** What each runbook's files read as at its last lint: code actions need them without waiting. */
const lastReads = new Map<string, Map<string, FileRead>>();

/**
 * Lint options for a runbook: the settings, plus a `readFile` that serves the files the
 * runbook names. The core reads synchronously, so they are all read beforehand,
 * asynchronously; nothing is read while the core runs.
 */
export async function lintOptionsFor(runbook: vscode.Uri, text: string, parsed?: ParsedRunbook): Promise<LintOptions> {
  const reads = new Map<string, FileRead>();
  await Promise.all(
    namedFiles(text, parsed).map(async (relative) => reads.set(relative, await readNamedFile(runbook, relative))),
  );
  const inventory = await readRunbookInventory(runbook, text, parsed);
  // Both together, once both are read: a code action meanwhile must not lint with half of them.
  lastReads.set(runbook.toString(), reads);
  lastInventoryReads.set(runbook.toString(), inventory);
  return {
    ...(await runbookSettings(runbook)),
    onFixWithdrawn: logFixWithdrawn,
    fileName: fileNameOf(runbook),
    readFile: (relative) => reads.get(relative),
    readInventory: (relative) => (inventory?.path === relative ? inventory.read : undefined),
  };
}

/** The inventory each runbook named at its last lint, as read then. */
const lastInventoryReads = new Map<string, Awaited<ReturnType<typeof readRunbookInventory>>>();

/** The runbook named an inventory at its last lint (inventories are not watched: a save reads them again). */
export function namesInventory(runbook: vscode.Uri): boolean {
  return lastInventoryReads.get(runbook.toString()) !== undefined;
}

/** Lint options without waiting (code actions need them now): the files as the last lint read them. */
export function lintOptionsNow(runbook: vscode.Uri, onUnread?: () => void): LintOptions {
  const reads = lastReads.get(runbook.toString());
  const inventory = lastInventoryReads.get(runbook.toString());
  return {
    ...runbookSettingsNow(runbook),
    onFixWithdrawn: logFixWithdrawn,
    fileName: fileNameOf(runbook),
    readFile: (relative) => {
      if (!reads?.has(relative)) onUnread?.();
      return reads?.get(relative);
    },
    readInventory: (relative) => {
      if (inventory?.path !== relative) {
        onUnread?.();
        return undefined;
      }
      return inventory.read;
    },
  };
}

/** True when the runbook names `csv` (a file's URI) in a `csv:` field. */
export function namesCsv(runbook: vscode.TextDocument, csv: vscode.Uri): boolean {
  const target = csv.toString();
  return namedFiles(runbook.getText(), parsedOf(runbook)).some(
    (relative) => namedUri(runbook.uri, relative).toString() === target,
  );
}

/** The document's current version parsed (the shared analysis's parse). */
export function parsedOf(document: vscode.TextDocument): ParsedRunbook {
  return analysisOf(document).parsed();
}

/** The findings of the document's current version: the diagnostics' run when it is current, else a fresh one. */
export function currentLint(document: vscode.TextDocument): LintResult {
  // Complete when the last reads had every file this version names and the config is the
  // one on disk (else the diagnostics lint again).
  let complete = lastReads.has(document.uri.toString()) && configIsCurrent(document.uri);
  const options = lintOptionsNow(document.uri, () => (complete = false));
  return analysisOf(document).lint(options, () => complete);
}

export function forget(uri: vscode.Uri): void {
  lastReads.delete(uri.toString());
  lastInventoryReads.delete(uri.toString());
  forgetInventory(uri);
}

/** Settings changed (all runbooks), or a file one runbook names (`uri`; read it again): cached lint results no longer hold. */
export function forgetLints(uri?: vscode.Uri): void {
  if (uri) lastReads.delete(uri.toString());
  forgetLintResults(uri);
}

/** A runbook whose check is slow is linted in the worker when there is one (desktop). */
export function offThread(document: vscode.TextDocument): boolean {
  return expectedCost(document) >= QUICK_MS && lintWorker() !== undefined;
}

/**
 * The worker's analysis of the document's current version when it goes to the worker
 * (./worker.ts), shared by diagnostics, code actions, outline, folding and the preview;
 * undefined when the runbook is linted on this thread.
 */
export function remoteFor(document: vscode.TextDocument): Promise<RemoteAnalysis | undefined> | undefined {
  if (!offThread(document)) return undefined;
  const analysis = analysisOf(document);
  return analysis.remote(() => remoteAnalysis(document.uri, analysis));
}

/**
 * Asks the worker, with the files as last read; what it names beyond them is read and it
 * is asked again (at most twice more: a runbook names its files in its text, which the
 * second request carries whole).
 */
async function remoteAnalysis(runbook: vscode.Uri, analysis: Analysis): Promise<RemoteAnalysis | undefined> {
  const worker = lintWorker();
  if (!worker) return undefined;
  const key = runbook.toString();
  const reads = new Map(lastReads.get(key) ?? []);
  let inventory = lastInventoryReads.get(key);
  const settings = { ...(await runbookSettings(runbook)), fileName: fileNameOf(runbook) };
  for (let round = 0; round < 3; round++) {
    const answer = await worker.analyze(key, { text: analysis.text, settings, files: [...reads], inventory });
    if (answer === 'superseded') return undefined;
    if (answer === 'failed') {
      log(`lint worker failed on ${runbook.toString(true)}; linting on the extension host`);
      return undefined;
    }
    if (answer.missing.length === 0 && answer.missingInventory === undefined) {
      lastReads.set(key, reads);
      lastInventoryReads.set(key, inventory);
      answer.withdrawals.forEach(logFixWithdrawn);
      return {
        findings: answer.findings,
        symbols: answer.symbols,
        folding: answer.folding,
        manualSteps: answer.manualSteps,
        incremental: answer.incremental,
      };
    }
    await Promise.all(
      answer.missing.map(async (relative) => reads.set(relative, await readNamedFile(runbook, relative))),
    );
    if (answer.missingInventory !== undefined) inventory = await readInventoryAt(runbook, answer.missingInventory);
  }
  return undefined;
}

function fileNameOf(runbook: vscode.Uri): string {
  return runbook.scheme === 'file' ? runbook.fsPath : runbook.path;
}
