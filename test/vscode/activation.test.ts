// The extension activates in a real VS Code when a runbook is opened, and the document is
// recognised as the exchange-runbook language (not plain YAML).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'exchange-runbook.exchange-runbook';

async function waitFor<T>(read: () => T, ok: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = read();
  }
  return value;
}

describe('activation', () => {
  it('opens a fixture runbook as exchange-runbook and the extension is active', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the harness opens the fixtures copy as the workspace');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);

    // No workspaceContains: a workspace full of runbooks does not start the extension until one is opened.
    assert.strictEqual(extension.isActive, false, 'not active before a runbook is opened');
    const opened = Date.now();
    const document = await vscode.workspace.openTextDocument(
      vscode.Uri.file(path.join(folder.uri.fsPath, 'cutover-small.runbook.yaml')),
    );
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'exchange-runbook');
    await waitFor(
      () => extension.isActive,
      (active) => active,
      'the extension to activate',
    );
    // The host started well before this test; its uptime at activation is what a user waits.
    console.log(
      `      activation: active ${Date.now() - opened} ms after opening the runbook, ` +
        `${Math.round(process.uptime() * 1000)} ms after the extension host started`,
    );
    const api = extension.exports as { activationMs: number; evaluateMs: number; activateMs: number };
    console.log(
      `      activation: ${api.activationMs} ms from loading the bundle (evaluating it ${api.evaluateMs} ms, activate() ${api.activateMs} ms)`,
    );
    assert.ok(api.activationMs > 0 && api.activationMs >= api.evaluateMs + api.activateMs - 0.2);
    assert.strictEqual(extension.packageJSON.name, 'exchange-runbook');
  });

  it('declares only the webview panel: the language and the commands activate it implicitly (VS Code 1.74+)', () => {
    const json = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepStrictEqual(json.activationEvents, ['onWebviewPanel:exchangeRunbook.checklistPreview']);
    assert.strictEqual(json.engines.vscode, '^1.74.0');
  });

  it('also claims *.runbook.yml, and leaves other YAML alone', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const yml = vscode.Uri.joinPath(folder, 'activation-check.runbook.yml');
    const plain = vscode.Uri.joinPath(folder, 'activation-check.yaml');
    await vscode.workspace.fs.writeFile(yml, Buffer.from('runbook: 1\n'));
    await vscode.workspace.fs.writeFile(plain, Buffer.from('runbook: 1\n'));
    assert.strictEqual((await vscode.workspace.openTextDocument(yml)).languageId, 'exchange-runbook');
    assert.notStrictEqual((await vscode.workspace.openTextDocument(plain)).languageId, 'exchange-runbook');
  });
});
