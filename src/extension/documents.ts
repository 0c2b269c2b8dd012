// Runbook documents as the core sees them: their text, the CSV files they name (read
// from an open editor first, else from disk relative to the runbook), and a per-version
// cache of the parse and the lint result that every feature shares.
import * as fs from 'fs';
import * as vscode from 'vscode';
import { lint, LintResult } from '../core/lint';
import { parseRunbook, ParsedRunbook } from '../core/parse';
import { csvPaths } from '../core/editor/actions';
import type { LintOptions } from '../core/types';
import { lintSettings } from './settings';

/** The URI a path written in the runbook (relative to it) points at. */
export function siblingUri(runbook: vscode.Uri, relative: string): vscode.Uri {
  if (/^[A-Za-z]:[\\/]|^[\\/]/.test(relative) && runbook.scheme === 'file') return vscode.Uri.file(relative);
  return vscode.Uri.joinPath(runbook, '..', relative.replace(/\\/g, '/'));
}

function openText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
}

async function readUri(uri: vscode.Uri): Promise<string | undefined> {
  const open = openText(uri);
  if (open !== undefined) return open;
  try {
    if (uri.scheme === 'file') return await fs.promises.readFile(uri.fsPath, 'utf8');
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Lint options for a runbook: the settings, plus a `readFile` that serves the CSV files
 * the runbook names. The core reads synchronously, so they are read beforehand; a path
 * the prefetch missed is read synchronously from disk (file: URIs only).
 */
export async function lintOptionsFor(runbook: vscode.Uri, text: string): Promise<LintOptions> {
  const contents = new Map<string, string | undefined>();
  await Promise.all(csvPaths(text).map(async (relative) => contents.set(relative, await readUri(siblingUri(runbook, relative)))));
  return {
    ...lintSettings(runbook),
    fileName: runbook.scheme === 'file' ? runbook.fsPath : runbook.path,
    readFile: (relative) => {
      if (contents.has(relative)) return contents.get(relative);
      const uri = siblingUri(runbook, relative);
      const open = openText(uri);
      if (open !== undefined) return open;
      if (uri.scheme !== 'file') return undefined;
      try {
        return fs.readFileSync(uri.fsPath, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** Lint options without waiting (code actions need them now): CSVs from open editors or disk. */
export function lintOptionsNow(runbook: vscode.Uri): LintOptions {
  return {
    ...lintSettings(runbook),
    fileName: runbook.scheme === 'file' ? runbook.fsPath : runbook.path,
    readFile: (relative) => {
      const uri = siblingUri(runbook, relative);
      const open = openText(uri);
      if (open !== undefined || uri.scheme !== 'file') return open;
      try {
        return fs.readFileSync(uri.fsPath, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

/** True when the runbook's text names `csv` (a CSV file's URI) in a `csv:` field. */
export function namesCsv(runbook: vscode.TextDocument, csv: vscode.Uri): boolean {
  const target = csv.toString();
  return csvPaths(runbook.getText()).some((relative) => siblingUri(runbook.uri, relative).toString() === target);
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
}

/** Settings changed: cached lint results no longer hold. */
export function forgetLints(): void {
  lints.clear();
}
