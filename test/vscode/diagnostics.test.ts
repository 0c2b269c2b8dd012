// Diagnostics in a real VS Code: a fixture's finding at its exact place with the rule's
// code and docs link; re-linted after an edit and after a CSV it names changes; the
// workspace command lints every runbook in the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, ours, ruleOf, setText, summary, waitForDiagnostics, workspaceUri } from './support/editor';

describe('diagnostics', function () {
  this.timeout(60_000);

  it('reports its activation time (also in the "Exchange Runbook" output channel)', async () => {
    const extension = vscode.extensions.getExtension<{ activationMs: number; evaluateMs: number; activateMs: number }>(
      'exchange-runbook.exchange-runbook',
    );
    assert.ok(extension);
    const api = extension.isActive ? extension.exports : await extension.activate();
    assert.ok(api.activationMs > 0 && api.activateMs > 0 && api.activateMs <= api.activationMs, JSON.stringify(api));
    console.log(
      `      activation: ${api.activationMs} ms from loading the bundle to the end of activate() (evaluating the code ${api.evaluateMs} ms, activate() ${api.activateMs} ms)`,
    );
  });

  it('reports coexistence on line 31 of invalid-2016-over-2007.runbook.yaml, with its code, docs link and severity', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => ruleOf(x) === 'coexistence'),
      'coexistence',
    );
    assert.deepStrictEqual(summary(diagnostics), ['31:9 Error coexistence']);
    const [d] = diagnostics;
    assert.strictEqual(document.lineAt(30).text, '      - action: install-exchange   # expect: coexistence');
    // The underline is the step's first line without its comment.
    assert.strictEqual(document.getText(d.range), 'action: install-exchange');
    assert.strictEqual(d.source, 'exchange-runbook');
    assert.ok(typeof d.code === 'object');
    assert.strictEqual(d.code.value, 'coexistence');
    assert.strictEqual(
      d.code.target.toString(),
      'https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/rules/coexistence.md',
    );
    assert.match(d.message, /^Exchange 2016 Setup refuses to run while Exchange 2007 servers remain \(NW-EX07\)/);
  });

  it('re-lints after an edit: a misspelt server gets unknown-server, the correction clears it', async () => {
    const document = await openFixture('cutover-small.runbook.yaml');
    const original = document.getText();
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'a clean cutover runbook');
    try {
      await setText(
        document,
        original.replace(
          '      - action: decommission\n        server: TT-EX07',
          '      - action: decommission\n        server: TT-EX7',
        ),
      );
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (d) => d.some((x) => ruleOf(x) === 'unknown-server'),
        'unknown-server',
      );
      assert.deepStrictEqual(summary(diagnostics), ['55:17 Error unknown-server']);
      assert.match(diagnostics[0].message, /did you mean `TT-EX07`\?/);
    } finally {
      await setText(document, original);
    }
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostics to clear');
  });

  it('re-lints a runbook when a CSV it names changes in an editor', async () => {
    const runbook = await openFixture('staged-two-waves.runbook.yaml');
    await waitForDiagnostics(runbook.uri, (d) => d.length === 0, 'a clean staged runbook');
    const csv = await vscode.workspace.openTextDocument(workspaceUri('staged-wave1.csv'));
    const original = csv.getText();
    try {
      // Without its header row the CSV has no EmailAddress column.
      await setText(csv, original.replace(/^EmailAddress,Password,ForceChangePassword\n/, ''));
      const diagnostics = await waitForDiagnostics(
        runbook.uri,
        (d) => d.some((x) => ruleOf(x) === 'staged-csv'),
        'staged-csv after the CSV edit',
      );
      assert.deepStrictEqual(summary(diagnostics), ['43:14 Error staged-csv', '69:9 Error decommission-with-data']);
    } finally {
      await setText(csv, original);
    }
    await waitForDiagnostics(runbook.uri, (d) => d.length === 0, 'the diagnostics to clear after the CSV is restored');
  });

  it("clears a runbook's diagnostics when it is closed", async () => {
    const text = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(workspaceUri('invalid-2016-over-2007.runbook.yaml')),
    );
    const document = await vscode.workspace.openTextDocument({ language: 'exchange-runbook', content: text });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(
      document.uri,
      (d) => summary(d).join() === '31:9 Error coexistence',
      'coexistence in the untitled copy',
    );
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === document.uri.toString()) {
          listener.dispose();
          resolve();
        }
      });
    });
    // An untitled document is disposed when its editor closes without saving.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the diagnostics to be cleared');
  });

  it('exchangeRunbook.lintWorkspace lints every runbook in the workspace and reports the count', async () => {
    const files = await vscode.workspace.findFiles('**/*.runbook.{yaml,yml}', '**/node_modules/**');
    const result = (await vscode.commands.executeCommand('exchangeRunbook.lintWorkspace')) as {
      files: number;
      errors: number;
      warnings: number;
      infos: number;
    };
    assert.strictEqual(result.files, files.length);
    assert.ok(result.errors >= 1, JSON.stringify(result));
    // A runbook no editor has open gets its diagnostics too.
    const closed = files.find((f) => f.path.endsWith('/hybrid-2007.runbook.yaml'))!;
    assert.ok(closed);
    const invalid = files.find((f) => f.path.endsWith('/invalid-2016-over-2007.runbook.yaml'))!;
    assert.deepStrictEqual(summary(ours(invalid)), ['31:9 Error coexistence']);
  });
});
