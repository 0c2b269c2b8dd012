// "Export Phase as PowerShell Script…" in a real VS Code: the phase the caller names (or
// every phase) written where it says, with the byte-order mark the CLI's --out writes, and
// the same script `exchange-runbook script` prints; nothing written when the picker is
// dismissed.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'powershell', 'pester.runbook.yaml');

describe('Export Phase as PowerShell Script', function () {
  this.timeout(60_000);
  let dir: string;
  let runbook: vscode.Uri;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erb-script-'));
    fs.copyFileSync(FIXTURE, path.join(dir, 'pester.runbook.yaml'));
    runbook = vscode.Uri.file(path.join(dir, 'pester.runbook.yaml'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one phase, byte for byte what the CLI writes', async () => {
    const target = vscode.Uri.file(path.join(dir, 'move.ps1'));
    const saved = await vscode.commands.executeCommand('exchangeRunbook.exportScript', runbook, {
      phase: 'move',
      target,
    });
    assert.ok(saved instanceof vscode.Uri);
    const written = fs.readFileSync(target.fsPath);
    const cli = path.join(dir, 'cli.ps1');
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'exchange-runbook.js'), 'script', runbook.fsPath, '--phase', 'move', '--out', cli],
      { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
    );
    assert.deepStrictEqual(written, fs.readFileSync(cli));
    const text = written.toString('utf8');
    assert.ok(text.startsWith('\ufeff<#'));
    assert.match(text, /#region Step 3: /);
    assert.doesNotMatch(text, /#region Step [12]: /);
  });

  it('every phase with phase "", and nothing at all when the picker is dismissed', async () => {
    const target = vscode.Uri.file(path.join(dir, 'all.ps1'));
    await vscode.commands.executeCommand('exchangeRunbook.exportScript', runbook, { phase: '', target });
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8').split('#region Step ').length - 1, 7);
    const pending = vscode.commands.executeCommand('exchangeRunbook.exportScript', runbook);
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });
});
