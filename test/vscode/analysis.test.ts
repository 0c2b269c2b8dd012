// One analysis per document version in a real VS Code: after an edit, diagnostics, code
// actions, outline, folding, hover, completion, references, rename and the preview all
// stand on one parse and one lint of the new version (src/extension/analysis.ts); and the
// preview sends a one-step edit as a small patch, not the page; and an edit inside a step
// is parsed from the previous version's parse (here, or in the lint worker), with the
// diagnostics a fresh full lint of the same text gives.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ExchangeRunbookApi } from '../../src/extension/extension';
import { generateRunbook } from '../../scripts/bench';
import { openNewFile, ours, positionOf, waitFor, waitForDiagnostics } from './support/editor';

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
    // The worker parsed the edited version from its parse on open: only the edited step.
    assert.deepStrictEqual(analysisRuns(uri.toString()), {
      version,
      parses: 0,
      lints: 0,
      workerLints: 1,
      incremental: 1,
    });
    await sameAsFreshLint(document, 'worker-fresh.runbook.yaml');
  });

  it('on the extension host, an edit inside a step is parsed from the previous version, with the diagnostics of a fresh full lint', async () => {
    const { analysisRuns } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await openNewFile('host-incremental.runbook.yaml', TEXT);
    const uri = document.uri;
    await waitFor(
      () => analysisRuns(uri.toString()),
      (runs) => runs?.lints === 1,
      'the first lint',
    );
    const editor = await vscode.window.showTextDocument(document);
    // A new field typed into the step, in two edits (two versions, each from the one before).
    const end = positionOf(document, 'certificate: trusted');
    assert.ok(await editor.edit((edit) => edit.insert(end, '\n        duration: 3')));
    assert.ok(await editor.edit((edit) => edit.insert(end.translate(1, '        duration: 3'.length), 'q')));
    const version = document.version;
    await waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes('`3q`')), 'the schema finding');
    const runs = analysisRuns(uri.toString());
    assert.ok(runs, 'an analysis of the current version');
    assert.strictEqual(runs.version, version);
    // Linted here (a small runbook), from a parse of the edited step only; on a machine so
    // loaded that even this runbook checks slowly, in the worker (whose first parse of it is
    // full), where the comparison below still holds.
    if (runs.workerLints === 0) assert.deepStrictEqual([runs.parses, runs.incremental], [1, 1], JSON.stringify(runs));
    else assert.strictEqual(runs.parses + runs.lints, 0, JSON.stringify(runs));
    await sameAsFreshLint(document, 'host-fresh.runbook.yaml');
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

/** The document's diagnostics equal those of a new file with the same text (analysed in full). */
async function sameAsFreshLint(document: vscode.TextDocument, name: string): Promise<void> {
  const seen = (d: vscode.Diagnostic) =>
    `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ` +
    `${d.severity} ${typeof d.code === 'object' ? String(d.code.value) : String(d.code)} ${d.message}`;
  const incremental = ours(document.uri).map(seen);
  assert.ok(incremental.length > 0, 'the edited runbook has findings');
  const fresh = await openNewFile(name, document.getText());
  // The fresh file's diagnostics arrive when its lint is done: wait until they equal.
  const got = await waitFor(
    () => ours(fresh.uri).map(seen),
    (d) => d.length === incremental.length && d.every((x, i) => x === incremental[i]),
    'the fresh lint’s diagnostics to equal the incremental ones',
    60_000,
  );
  assert.deepStrictEqual(got, incremental);
}
