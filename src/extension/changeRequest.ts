// "Export Change Request (HTML)": the runbook as a printable document for a change
// advisory board (the core writes it: src/core/change-request/), saved where the user
// says. The same bytes as `exchange-runbook checklist --format change-request`.
import * as vscode from 'vscode';
import { lint } from '../core';
import { lintOptionsFor } from './documents';
import { loadRenderer } from './lazy';
import { extensionLocale, isRunbook, t } from './settings';

export const EXPORT_CHANGE_REQUEST_COMMAND = 'exchangeRunbook.exportChangeRequest';

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The runbook the command is about: its argument (explorer, editor title) or the active editor's. */
function runbookUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const document = vscode.window.activeTextEditor?.document;
  return document && isRunbook(document) ? document.uri : undefined;
}

/** Writes the change request; returns where (undefined when there was no runbook or the user cancelled). */
export async function exportChangeRequest(arg?: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = runbookUri(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(t('extension.noRunbook'));
    return undefined;
  }
  const locale = extensionLocale(uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const result = lint(text, { ...(await lintOptionsFor(uri, text)), locale });
  const base = baseName(uri)
    .replace(/\.runbook\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  const file =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', `${base}.change-request.html`),
      filters: { HTML: ['html', 'htm'] },
    }));
  if (!file) return undefined;
  const html = loadRenderer().renderChangeRequest(result, { locale, fileName: baseName(uri) });
  try {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(html));
    void vscode.window.showInformationMessage(t('extension.changeRequest.saved', { file: baseName(file) }, uri));
    return file;
  } catch (err) {
    void vscode.window.showErrorMessage(
      t(
        'extension.changeRequest.failed',
        { file: baseName(file), reason: (err as Error)?.message ?? String(err) },
        uri,
      ),
    );
    return undefined;
  }
}

export function registerChangeRequest(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_CHANGE_REQUEST_COMMAND, (arg?: unknown, target?: unknown) =>
      // A second argument (a URI) saves there without asking: for scripts and the tests.
      exportChangeRequest(arg, target instanceof vscode.Uri ? target : undefined),
    ),
  );
}
