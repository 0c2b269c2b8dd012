// Restricted Mode, in a real VS Code: the workspace is opened untrusted (the harness's
// --restricted: workspace trust on, the folder never trusted), as VS Code opens a
// repository someone else wrote. The checker works; nothing the runbook says reaches a
// shell, and a tick does not run the repository's git (docs/security.md).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as os from 'os';
import * as vscode from 'vscode';
import { executorName } from '../../src/extension/executor';
import { lensesAt, openFixture, positionOf, summary, waitForDiagnostics, workspaceUri } from './support/editor';

const TERMINAL = 'Exchange Management Shell';

describe('Restricted Mode (an untrusted workspace)', function () {
  this.timeout(90_000);

  before(function () {
    // Everything below is only meaningful when the workbench really did not trust the folder.
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the harness opened the workspace trusted');
  });

  it('lints as in a trusted workspace', async () => {
    const document = await openFixture('scenarios/combined-mistakes-onprem.runbook.yaml');
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => summary(d).some((l) => l.endsWith(' Error coexistence')),
      'the coexistence error',
    );
    assert.ok(diagnostics.length > 3, summary(diagnostics).join('\n'));
  });

  it('offers Copy commands only; Run in terminal refuses and opens no terminal', async () => {
    const document = await openFixture('cutover-small.runbook.yaml');
    const grant = positionOf(document, '      - action: grant-migration-permissions', 8).line;
    const commands = await lensesAt(document, grant);
    assert.deepStrictEqual(
      commands.map((c) => [c.title, c.command]),
      [['$(copy) Copy commands', 'exchangeRunbook.copyStepCommands']],
    );
    // Called anyway (a keybinding, another extension): it says why and sends nothing.
    const shown: string[] = [];
    const original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    };
    try {
      const result = await vscode.commands.executeCommand(
        'exchangeRunbook.runStepInTerminal',
        ...(commands[0].arguments ?? []),
      );
      assert.strictEqual(result, undefined);
      assert.strictEqual(shown.length, 1);
      assert.match(shown[0], /Restricted Mode|trust/i);
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
    assert.deepStrictEqual(
      vscode.window.terminals.filter((t) => t.name === TERMINAL),
      [],
    );
    // Copying still works: the text goes to the clipboard, not to a shell.
    await vscode.env.clipboard.writeText('before');
    await vscode.commands.executeCommand(commands[0].command, ...(commands[0].arguments ?? []));
    assert.match(await vscode.env.clipboard.readText(), /Add-MailboxPermission/);
  });

  it("a tick's doneBy does not come from the repository's git config", async function () {
    const folder = workspaceUri().fsPath;
    try {
      execFileSync('git', ['init', '-q'], { cwd: folder });
      execFileSync('git', ['config', 'user.name', 'Repository Author'], { cwd: folder });
    } catch {
      this.skip();
    }
    await vscode.workspace
      .getConfiguration('exchangeRunbook')
      .update('executor', undefined, vscode.ConfigurationTarget.Global);
    assert.strictEqual(await executorName(workspaceUri('cutover-small.runbook.yaml')), os.userInfo().username);
  });
});
