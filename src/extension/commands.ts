// Commands: lint the workspace, fix everything fixable in the active runbook, open a
// rule's documentation.
import * as vscode from 'vscode';
import { docsUrl, fixAllEdits, RULES_BY_ID } from '../core';
import type { RunbookDiagnostics, WorkspaceLintResult } from './diagnostics';
import { lintOptionsFor } from './documents';
import { workspaceEdit, SHOW_RULE_DOCS_COMMAND } from './codeActions';
import { isRunbook, log, t } from './settings';

export interface FixAllCommandResult {
  applied: number;
  edits: number;
}

async function fixAllInActiveRunbook(arg?: unknown): Promise<FixAllCommandResult | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const document = uri
    ? (vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ??
      (await vscode.workspace.openTextDocument(uri)))
    : undefined;
  if (!document || !isRunbook(document)) {
    void vscode.window.showInformationMessage(t('extension.noRunbook'));
    return undefined;
  }
  const version = document.version;
  const text = document.getText();
  const fixed = fixAllEdits(text, await lintOptionsFor(document.uri, text));
  if (fixed.edits.length === 0) {
    void vscode.window.showInformationMessage(t('extension.fixAll.none', undefined, document.uri));
    return { applied: 0, edits: 0 };
  }
  // The edits were computed for this version; a keystroke meanwhile would misplace them.
  if (document.version !== version) return fixAllInActiveRunbook(document.uri);
  const applied = await vscode.workspace.applyEdit(workspaceEdit(document, fixed.edits));
  if (applied)
    void vscode.window.showInformationMessage(t('extension.fixAll.done', { count: fixed.applied }, document.uri));
  return { applied: applied ? fixed.applied : 0, edits: fixed.edits.length };
}

async function showRuleDocs(extensionUri: vscode.Uri, ruleId: unknown): Promise<void> {
  const id = typeof ruleId === 'string' && RULES_BY_ID.has(ruleId) ? ruleId : undefined;
  if (!id) return;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch (err) {
    log(t('extension.docsFailed', { rule: id, reason: (err as Error)?.message ?? String(err) }));
    await vscode.env.openExternal(vscode.Uri.parse(docsUrl(id)));
  }
}

export function registerCommands(context: vscode.ExtensionContext, diagnostics: RunbookDiagnostics): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('exchangeRunbook.lintWorkspace', async (): Promise<WorkspaceLintResult> => {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Exchange Runbook' },
        () => diagnostics.lintWorkspace(),
      );
      const message =
        result.files === 0
          ? t('extension.lintWorkspace.none')
          : t('extension.lintWorkspace.done', {
              files: result.files,
              errors: result.errors,
              warnings: result.warnings,
              infos: result.infos,
            });
      log(message);
      void vscode.window.showInformationMessage(message);
      return result;
    }),
    vscode.commands.registerCommand('exchangeRunbook.fixAll', (arg?: unknown) => fixAllInActiveRunbook(arg)),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (ruleId?: unknown) =>
      showRuleDocs(context.extensionUri, ruleId),
    ),
  );
}
