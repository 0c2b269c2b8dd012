// Runbook documents as the core sees them: their text, the files they name (read from an
// open editor first, else through vscode.workspace.fs, inside the workspace folder:
// src/extension/files.ts), their config (.exchange-runbook.json and the settings,
// ./config.ts), and the per-version analysis every feature shares (./analysis.ts).
import * as vscode from 'vscode';
import { type FileRead, type LintOptions, LintResult, namedFiles, ParsedRunbook } from '../core';
import { analysisOf, forgetLintResults } from './analysis';
import { namedUri, readNamedFile } from './files';
import { runbookSettings, runbookSettingsNow } from './config';
import { logFixWithdrawn } from './settings';
import { forgetInventory, readRunbookInventory } from './inventory';

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
    fileName: runbook.scheme === 'file' ? runbook.fsPath : runbook.path,
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
export function lintOptionsNow(runbook: vscode.Uri): LintOptions {
  const reads = lastReads.get(runbook.toString());
  const inventory = lastInventoryReads.get(runbook.toString());
  return {
    ...runbookSettingsNow(runbook),
    onFixWithdrawn: logFixWithdrawn,
    fileName: runbook.scheme === 'file' ? runbook.fsPath : runbook.path,
    readFile: (relative) => reads?.get(relative),
    readInventory: (relative) => (inventory?.path === relative ? inventory.read : undefined),
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
  return analysisOf(document).lint(lintOptionsNow(document.uri), lastReads.has(document.uri.toString()));
}

export function forget(uri: vscode.Uri): void {
  lastReads.delete(uri.toString());
  lastInventoryReads.delete(uri.toString());
  forgetInventory(uri);
}

/** Settings changed: cached lint results no longer hold. */
export function forgetLints(uri?: vscode.Uri): void {
  forgetLintResults(uri);
}
