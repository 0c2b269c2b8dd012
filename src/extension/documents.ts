// Runbook documents as the core sees them: their text, the files they name (read from an
// open editor first, else through vscode.workspace.fs, inside the workspace folder:
// src/extension/files.ts), their config (.exchange-runbook.json and the settings,
// ./config.ts), and a per-version cache of the parse and the lint result that
// every feature shares.
import * as vscode from 'vscode';
import { type FileRead, lint, type LintOptions, LintResult, namedFiles, ParsedRunbook, parseRunbook } from '../core';
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
export async function lintOptionsFor(runbook: vscode.Uri, text: string): Promise<LintOptions> {
  const reads = new Map<string, FileRead>();
  await Promise.all(
    namedFiles(text).map(async (relative) => reads.set(relative, await readNamedFile(runbook, relative))),
  );
  lastReads.set(runbook.toString(), reads);
  const inventory = await readRunbookInventory(runbook, text);
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

interface Cached<T> {
  version: number;
  value: T;
}

const parses = new Map<string, Cached<ParsedRunbook>>();
const lints = new Map<string, Cached<LintResult>>();

export function parsedOf(document: vscode.TextDocument): ParsedRunbook {
  const key = document.uri.toString();
  const cached = parses.get(key);
  if (cached && cached.version === document.version) return cached.value;
  const parsed = parseRunbook(document.getText());
  parses.set(key, { version: document.version, value: parsed });
  return parsed;
}

/** Remembers the lint result of a version (the diagnostics'), for code actions. */
export function rememberLint(document: vscode.TextDocument, version: number, result: LintResult): void {
  lints.set(document.uri.toString(), { version, value: result });
}

/** The findings of the document's current version: the diagnostics' run when it is current, else a fresh one. */
export function currentLint(document: vscode.TextDocument): LintResult {
  const cached = lints.get(document.uri.toString());
  if (cached && cached.version === document.version) return cached.value;
  const result = lint(document.getText(), lintOptionsNow(document.uri));
  rememberLint(document, document.version, result);
  return result;
}

export function forget(uri: vscode.Uri): void {
  parses.delete(uri.toString());
  lints.delete(uri.toString());
  lastReads.delete(uri.toString());
  lastInventoryReads.delete(uri.toString());
  forgetInventory(uri);
}

/** Settings changed: cached lint results no longer hold. */
export function forgetLints(): void {
  lints.clear();
}
