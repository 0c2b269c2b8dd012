// The inventory in a real VS Code: "Save Inventory Script…" writes the collector shipped in
// the extension, "New Runbook from Inventory…" starts from the mixed 2007 + 2010 + Edge
// fixture (its servers exactly), and a runbook naming that inventory gets inventory-drift
// diagnostics and the inventory's view in the hover.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

const ROOT = path.join(__dirname, '..', '..', '..');
const MIXED = path.join(ROOT, 'test', 'fixtures', 'inventory', 'mixed-2007-2010-edge');

async function diagnosticsOf(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 100; i++) {
    const found = vscode.languages
      .getDiagnostics(uri)
      .filter((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === ruleId);
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

describe('Inventory commands', function () {
  this.timeout(60_000);

  it('saves the collector script shipped in the extension', async () => {
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'inv-')), 'Get-ExchangeRunbookInventory.ps1');
    const uri = (await vscode.commands.executeCommand('exchangeRunbook.saveInventoryScript', target)) as
      vscode.Uri | undefined;
    assert.ok(uri);
    const text = fs.readFileSync(target, 'utf8');
    assert.match(text, /Read-only inventory of an Exchange organization/);
    assert.match(text, /Export-Clixml/);
  });

  it('starts a runbook from the inventory with its servers exactly', async () => {
    const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbookFromInventory', {
      inventory: MIXED,
      target: 'online',
      keepOnPremises: false,
      asOf: '2026-11-23',
    })) as { document: vscode.TextDocument } | undefined;
    assert.ok(result, 'the command returned nothing');
    const text = result.document.getText();
    assert.deepStrictEqual(
      [...text.matchAll(/^ {2}- name: (\S+)/gm)].map((m) => m[1]),
      ['EX07-MBX1', 'EX07-MBX2', 'EX10-CAS1', 'EDGE10'],
    );
    assert.match(text, /- name: EX07-MBX1\n {4}version: "2007"\n {4}update: SP3 RU10\n/);
    assert.match(text, /domains: \[contoso\.com, fabrikam\.com\]/);
  });

  it('flags drift against the inventory a runbook names, and hovers the inventory’s view', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inv-ws-'));
    fs.cpSync(MIXED, path.join(dir, 'inventory'), { recursive: true });
    const file = path.join(dir, 'contoso.runbook.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(path.join(ROOT, 'test', 'fixtures', 'inventory', 'drift.runbook.yaml'), 'utf8')
        .replace('inventory: mixed-2007-2010-edge', 'inventory: inventory'),
    );
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document);
    const found = await diagnosticsOf(document.uri, 'inventory-drift');
    assert.ok(
      found.some((d) => d.message.includes('EDGE10')),
      found.map((d) => d.message).join('\n'),
    );
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.includes('- name: EX10-CAS1'));
    const hovers = (await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      document.uri,
      new vscode.Position(line, 12),
    )) as vscode.Hover[];
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
      .join('\n');
    assert.match(text, /Inventory:\*\* Exchange 2010 SP3 RU32 · build 14\.3\.513\.0/);
  });
});
