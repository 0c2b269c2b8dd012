// Helpers for the language-feature tests in a real VS Code: open fixture runbooks, poll
// for diagnostics (they arrive asynchronously), restore documents the tests edit.
import * as assert from 'assert';
import * as vscode from 'vscode';

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a copy of test/fixtures as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  await vscode.window.showTextDocument(document);
  assert.strictEqual(document.languageId, 'exchange-runbook');
  return document;
}

/** An untitled runbook with this text. */
export async function openText(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'exchange-runbook', content });
  await vscode.window.showTextDocument(document);
  return document;
}

/** A runbook file written into the workspace copy and opened. */
export async function openNewFile(name: string, content: string): Promise<vscode.TextDocument> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

export async function waitFor<T>(
  read: () => T | Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${describe(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value, (_, v) =>
      v instanceof vscode.Range ? `${v.start.line}:${v.start.character}-${v.end.line}:${v.end.character}` : v,
    ).slice(0, 2000);
  } catch {
    return String(value);
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'exchange-runbook');
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until the runbook's diagnostics satisfy `ok` (they are recomputed after every change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return waitFor(() => ours(uri), ok, what);
}

export function summary(diagnostics: vscode.Diagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${ruleOf(d)}`,
  );
}

/** Replaces the whole document's text (to undo a test's edits). */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(
    document.uri,
    new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
    text,
  );
  assert.ok(await vscode.workspace.applyEdit(edit));
}

export function positionOf(document: vscode.TextDocument, needle: string, delta = needle.length): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

export async function setSetting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** The commands of the CodeLenses on `line` (waits until the provider has drawn any). */
export async function lensesAt(document: vscode.TextDocument, line: number): Promise<vscode.Command[]> {
  const lenses = await waitFor(
    async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [],
    (all) => all.length > 0,
    'the CodeLenses',
  );
  return lenses.filter((l) => l.range.start.line === line).map((l) => l.command!);
}
