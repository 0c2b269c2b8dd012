// Navigation in a real VS Code: the outline (phases, then steps with their action and a
// tick when done), go to definition, find references and rename of a server, folding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, positionOf, setText } from './support/editor';

describe('navigation', function () {
  this.timeout(60_000);

  it('outlines phases and their steps', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const original = document.getText();
    try {
      await setText(
        document,
        original.replace(
          '      - action: prepare-ad\n        version: "2016"',
          '      - action: prepare-ad\n        version: "2016"\n        done: true',
        ),
      );
      const symbols =
        (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
          'vscode.executeDocumentSymbolProvider',
          document.uri,
        )) ?? [];
      assert.deepStrictEqual(
        symbols.map((s) => [s.name, s.detail, s.children.map((c) => `${c.name} | ${c.detail}`)]),
        [
          [
            'Bring in Exchange 2016',
            'bring-in-2016',
            [
              'Prepare the Active Directory schema for Exchange 2016 | prepare-schema',
              'Prepare Active Directory and domains for Exchange 2016 | prepare-ad ✓',
              'Install Exchange 2016 CU23 on NW-EX16-01 | install-exchange',
            ],
          ],
          [
            'Move to Exchange 2016',
            'move',
            [
              'Move client access from NW-EX07 to NW-EX16-01 | move-client-access',
              'Move transport (mail flow) from NW-EX07 to NW-EX16-01 | move-transport',
              'Move mailboxes from NW-EX07 to NW-EX16-01 | move-mailboxes',
            ],
          ],
          ['Retire Exchange 2007', 'retire', ['Decommission NW-EX07 | decommission']],
        ],
      );
      assert.strictEqual(symbols[0].range.start.line, 23);
      assert.strictEqual(symbols[0].children[2].range.start.line, 31);
    } finally {
      await setText(document, original);
    }
  });

  it("goes to a server's definition and finds its references", async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const at = positionOf(document, '      - action: decommission\n        server: NW-EX07', 47);
    const definitions =
      (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        at,
      )) ?? [];
    assert.deepStrictEqual(
      definitions.map((d) => ('range' in d ? d.range : d.targetRange).start.line),
      [13],
    );
    const references =
      (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, at)) ??
      [];
    assert.deepStrictEqual(
      references.map((r) => r.range.start.line + 1),
      [14, 41, 44, 47, 53],
    );
  });

  it('renames a server everywhere with minimal edits', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const original = document.getText();
    try {
      const at = positionOf(document, '        to: NW-EX16-01', 14);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        document.uri,
        at,
        'NW-MBX-2016',
      );
      const edits = edit.get(document.uri);
      assert.deepStrictEqual(
        edits.map((e) => [e.range.start.line + 1, e.range.start.character + 1, e.newText]),
        [
          [32, 17, 'NW-MBX-2016'],
          [42, 13, 'NW-MBX-2016'],
          [45, 13, 'NW-MBX-2016'],
          [48, 13, 'NW-MBX-2016'],
        ],
      );
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.strictEqual(document.getText(), original.split('NW-EX16-01').join('NW-MBX-2016'));
    } finally {
      await setText(document, original);
    }
  });

  it('refuses to rename what is not a server or batch name', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          document.uri,
          positionOf(document, 'title: Northwind', 9),
          'X',
        ),
      ),
    );
  });

  it('folds phases and steps', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const ranges =
      (await vscode.commands.executeCommand<vscode.FoldingRange[]>(
        'vscode.executeFoldingRangeProvider',
        document.uri,
      )) ?? [];
    const spans = ranges.map((r) => `${r.start + 1}-${r.end + 1}`);
    for (const expected of ['24-36', '31-36', '37-48', '49-53'])
      assert.ok(spans.includes(expected), `${expected} not in ${spans.join(' ')}`);
  });
});
