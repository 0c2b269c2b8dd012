// "Exchange Runbook: New Runbook…" in a real VS Code: the command runs with canned answers
// (passed as its argument, so no QuickPick waits for a person), opens the generated
// runbook, and the opened document lints clean.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { lint } from '../../src/core';

interface Result {
  document: vscode.TextDocument;
  uri?: vscode.Uri;
  runbook: { csvFiles: { path: string }[] };
}

const BASE = {
  sources: ['2007'],
  publicFolders: false,
  keepOnPremises: false,
  name: 'Tailspin Toys',
  domain: 'tailspintoys.com',
  asOf: '2026-11-23',
};

function problems(text: string, dir?: string): string[] {
  const readFile = (p: string) => {
    try {
      return dir ? fs.readFileSync(path.join(dir, p), 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
  return lint(text, { readFile })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.range.line} ${f.ruleId}: ${f.message}`);
}

describe('Exchange Runbook: New Runbook…', function () {
  this.timeout(60_000);

  it('is a registered command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('exchangeRunbook.newRunbook'));
  });

  it('opens a cutover runbook in an untitled exchange-runbook document that lints clean', async () => {
    const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbook', {
      ...BASE,
      mailboxes: 85,
      target: 'online',
    })) as Result | undefined;
    assert.ok(result, 'the command returned nothing');
    const { document } = result;
    assert.strictEqual(document.isUntitled, true);
    assert.strictEqual(document.languageId, 'exchange-runbook');
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    const text = document.getText();
    assert.ok(text.includes('\ntitle: Tailspin Toys – cutover migration to Microsoft 365\n'));
    assert.deepStrictEqual(problems(text), []);
  });

  it('saves a staged runbook with its CSV files next to it, and the saved runbook lints clean', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-runbook-'));
    const file = path.join(dir, 'tailspin.runbook.yaml');
    const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbook', {
      ...BASE,
      mailboxes: 420,
      target: 'online',
      saveTo: file,
    })) as Result | undefined;
    assert.ok(result?.uri, 'the runbook was not saved');
    assert.strictEqual(result.document.uri.fsPath, file);
    assert.strictEqual(result.document.languageId, 'exchange-runbook');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), [
      'tailspin-toys-wave1.csv',
      'tailspin-toys-wave2.csv',
      'tailspin.runbook.yaml',
    ]);
    assert.ok(
      fs
        .readFileSync(path.join(dir, 'tailspin-toys-wave1.csv'), 'utf8')
        .startsWith('EmailAddress,Password,ForceChangePassword\n'),
    );
    assert.deepStrictEqual(problems(result.document.getText(), dir), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('opens an on-premises runbook (2007 → SE) that lints clean', async () => {
    const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbook', {
      ...BASE,
      mailboxes: 640,
      publicFolders: true,
      target: 'SE',
    })) as Result | undefined;
    assert.ok(result);
    assert.ok(
      result.document
        .getText()
        .includes('\ntitle: Tailspin Toys – Exchange 2007 to Exchange SE through 2013 and 2019\n'),
    );
    assert.deepStrictEqual(problems(result.document.getText()), []);
  });

  it('writes Swedish when exchangeRunbook.language is sv', async () => {
    const config = vscode.workspace.getConfiguration('exchangeRunbook');
    await config.update('language', 'sv', vscode.ConfigurationTarget.Global);
    try {
      const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbook', {
        ...BASE,
        mailboxes: 85,
        target: 'online',
      })) as Result | undefined;
      assert.ok(result);
      assert.ok(result.document.getText().includes('\ntitle: Tailspin Toys – snabb migrering till Microsoft 365\n'));
      assert.deepStrictEqual(problems(result.document.getText()), []);
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('opens nothing for answers no runbook fits (staged from Exchange 2010)', async () => {
    const before = vscode.workspace.textDocuments.length;
    const result = await vscode.commands.executeCommand('exchangeRunbook.newRunbook', {
      ...BASE,
      sources: ['2010'],
      mailboxes: 420,
      target: 'online',
      method: 'staged',
    });
    assert.strictEqual(result, undefined);
    assert.strictEqual(vscode.workspace.textDocuments.length, before);
  });
});
