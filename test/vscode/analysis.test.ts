// One analysis per document version in a real VS Code: after an edit, diagnostics, code
// actions, outline, folding, hover, completion, references, rename and the preview all
// stand on one parse and one lint of the new version (src/extension/analysis.ts); and the
// preview sends a one-step edit as a small patch, not the page.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExchangeRunbookApi } from '../../src/extension/extension';
import { generateRunbook } from '../../scripts/bench';
import { openNewFile, positionOf, waitFor, waitForDiagnostics } from './support/editor';

async function api(): Promise<ExchangeRunbookApi> {
  const extension = vscode.extensions.getExtension<ExchangeRunbookApi>('exchange-runbook.exchange-runbook');
  assert.ok(extension);
  return extension.isActive ? extension.exports : await extension.activate();
}

const TEXT = `runbook: 1
title: Shared analysis
asOf: 2026-11-23
organization:
  name: Tailspin Toys
  mailboxes: 85
  domains: [tailspintoys.com]
servers:
  - name: TT-EX07
    version: "2007"
    update: SP3 RU23
    os: "2008"
    roles: [mailbox, clientAccess, hubTransport]
    mailboxes: 85
target:
  platform: exchange-online
  method: cutover
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-outlook-anywhere
        server: TT-EX07
        certificate: trusted
      - action: create-migration-batch
        batch: all-mailboxes
        method: cutover
        duration: 2d
`;

describe('shared analysis', function () {
  this.timeout(90_000);

  it('a large runbook is linted in the worker thread: after an edit the extension host neither parses nor lints it', async () => {
    const { analysisRuns } = await api();
    // No preview may follow this editor (it would parse here).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await openNewFile('worker.runbook.yaml', generateRunbook(1000));
    const uri = document.uri;
    await waitFor(
      () => analysisRuns(uri.toString()),
      (runs) => runs?.workerLints === 1,
      'the worker’s lint on open',
    );
    const editor = await vscode.window.showTextDocument(document);
    const text = document.getText();
    const at = text.indexOf('duration: ', Math.floor(text.length / 2));
    const line = document.positionAt(at).line;
    const value = document.lineAt(line).text.trim().slice('duration: '.length);
    assert.ok(await editor.edit((edit) => edit.insert(document.lineAt(line).range.end, 'x')));
    const version = document.version;
    await waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes(`\`${value}x\``)), 'the schema finding');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    assert.strictEqual(symbols.length, 4);
    const folding = await vscode.commands.executeCommand<vscode.FoldingRange[]>(
      'vscode.executeFoldingRangeProvider',
      uri,
    );
    assert.ok(folding.length > 1000, `${folding.length} folding ranges`);
    assert.deepStrictEqual(analysisRuns(uri.toString()), { version, parses: 0, lints: 0, workerLints: 1 });
  });

  it('parses and lints each version once for diagnostics, code actions, outline, folding, hover, completion, references, rename and the preview', async () => {
    const { analysisRuns, previewMessages } = await api();
    const document = await openNewFile('shared-analysis.runbook.yaml', TEXT);
    const uri = document.uri;
    await waitFor(
      () => analysisRuns(uri.toString()),
      (runs) => runs?.lints === 1,
      'the first lint',
    );
    const editor = await vscode.window.showTextDocument(document);
    // A typed character that the schema rule flags: diagnostics show the new version was linted.
    const end = positionOf(document, 'duration: 2d');
    assert.ok(await editor.edit((edit) => edit.insert(end, 'x')));
    const version = document.version;
    await waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes('`2dx`')), 'the schema finding');
    const server = positionOf(document, 'server: TT-EX07');
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, server);
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, positionOf(document, 'TT-EX07'));
    await vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, server);
    await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, server, 'TT-EX08');
    await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(end, end.translate(0, 1)),
    );
    await vscode.commands.executeCommand('exchangeRunbook.openPreview', uri);
    await waitFor(
      () => previewMessages(uri.toString()),
      (m) => m.length > 0,
      'the preview’s first render',
    );
    assert.strictEqual(document.version, version);
    // One lint, here or (when the machine is so loaded that even this runbook checks slowly)
    // in the worker; one parse here at most.
    const runs = analysisRuns(uri.toString());
    assert.ok(runs, 'an analysis of the current version');
    assert.strictEqual(runs.version, version);
    assert.strictEqual(runs.lints + runs.workerLints, 1, JSON.stringify(runs));
    assert.ok(runs.parses <= 1, JSON.stringify(runs));
  });

  it('the preview sends a one-step edit as a patch of that step, not the page', async () => {
    const { previewMessages } = await api();
    const document = await openNewFile('preview-patch.runbook.yaml', generateRunbook(300));
    const uri = document.uri;
    await vscode.commands.executeCommand('exchangeRunbook.openPreview', uri);
    const first = await waitFor(
      () => previewMessages(uri.toString()),
      (m) => m.some((x) => x.type === 'render'),
      'the first render',
    );
    const render = first.find((m) => m.type === 'render')!;
    const editor = await vscode.window.showTextDocument(document);
    const at = positionOf(document, 'duration: 1d', 0).translate(0, 'duration: 1d'.length);
    assert.ok(await editor.edit((edit) => edit.insert(at, '1')));
    const after = await waitFor(
      () => previewMessages(uri.toString()).slice(first.length),
      (m) => m.some((x) => x.type === 'patch'),
      'a patch',
    );
    const patch = after.find((m) => m.type === 'patch')!;
    assert.ok(render.length > 100_000, `the whole page is ${render.length} characters`);
    assert.ok(patch.length < 5_000, `the patch is ${patch.length} characters`);
  });
});
