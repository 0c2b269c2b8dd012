// "Export Phase as PowerShell Script…" (docs/powershell.md): pick a phase (or all of them),
// choose where to save, and the core's generator writes the script the CLI's `script`
// command prints. Through vscode.workspace.fs only, so it works on the web as well.
import * as vscode from 'vscode';
import { generateScript, parseRunbook } from '../core';
import { isRunbook, t } from './settings';

export const EXPORT_SCRIPT_COMMAND = 'exchangeRunbook.exportScript';

/** The same byte-order mark the CLI's --out writes: Windows PowerShell 5.1 reads the file as UTF-8. */
const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** What tests (and other extensions) may pass instead of the two questions. */
interface ExportScriptOptions {
  /** A phase id; `''` for every phase. */
  phase?: string;
  target?: vscode.Uri;
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';

async function runbookDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const document =
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ??
    (await vscode.workspace.openTextDocument(uri));
  return isRunbook(document) ? document : undefined;
}

async function pickPhase(phases: { id: string; title: string }[], uri: vscode.Uri): Promise<string | undefined> {
  const all = { label: t('extension.script.allPhases', undefined, uri), id: '' };
  const items = [all, ...phases.map((p) => ({ label: p.title || p.id, description: p.id, id: p.id }))];
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: t('extension.script.pickPhase', undefined, uri),
  });
  return picked?.id;
}

async function exportScript(arg?: unknown, options: ExportScriptOptions = {}): Promise<vscode.Uri | undefined> {
  const document = await runbookDocument(arg);
  if (!document) {
    void vscode.window.showInformationMessage(t('extension.noRunbook'));
    return undefined;
  }
  const uri = document.uri;
  const parsed = parseRunbook(document.getText());
  const phases = parsed.phases.flatMap((p) => (p.id !== undefined ? [{ id: p.id, title: p.title ?? '' }] : []));
  const phase = options.phase ?? (await pickPhase(phases, uri));
  if (phase === undefined) return undefined;
  const result = generateScript(parsed, { ...(phase ? { phase } : {}), fileName: baseName(uri) });
  if (!result.ok) {
    void vscode.window.showErrorMessage(t('extension.script.broken', undefined, uri));
    return undefined;
  }
  const base = baseName(uri)
    .replace(/\.runbook\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  const target =
    options.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', `${base}${phase ? `.${phase}` : ''}.ps1`),
      filters: { PowerShell: ['ps1'] },
    }));
  if (!target) return undefined;
  const text = new TextEncoder().encode(result.text);
  const bytes = new Uint8Array(UTF8_BOM.length + text.length);
  bytes.set(UTF8_BOM);
  bytes.set(text, UTF8_BOM.length);
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (err) {
    void vscode.window.showErrorMessage(
      t('extension.script.failed', { file: baseName(target), reason: (err as Error)?.message ?? String(err) }, uri),
    );
    return undefined;
  }
  void vscode.window.showInformationMessage(t('extension.script.saved', { file: baseName(target) }, uri));
  return target;
}

export function registerScriptExport(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_SCRIPT_COMMAND, (arg?: unknown, options?: ExportScriptOptions) =>
      exportScript(arg, options),
    ),
  );
}
