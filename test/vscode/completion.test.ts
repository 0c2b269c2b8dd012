// Completion in a real VS Code through vscode.executeCompletionItemProvider: action names,
// a step's missing fields (required first), quoted versions, servers that exist at that
// step, exchange-online where a move may go to the tenant, batches created before.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, openText, positionOf, setText } from './support/editor';

async function complete(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
  );
  // Word-based suggestions and snippets come from other providers; ours have a detail or a known kind.
  return list.items;
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

function ours(items: vscode.CompletionItem[], kinds: vscode.CompletionItemKind[]): vscode.CompletionItem[] {
  return items
    .filter((i) => i.kind !== undefined && kinds.includes(i.kind))
    .sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b)));
}

describe('completion', function () {
  this.timeout(60_000);

  it('offers every action after `action:`, with its description', async () => {
    const document = await openFixture('onprem-2007-to-2016.runbook.yaml');
    const items = ours(await complete(document, positionOf(document, '      - action: move-client-access', 16)), [
      vscode.CompletionItemKind.Function,
    ]);
    assert.strictEqual(items.length, 23);
    assert.deepStrictEqual(items.slice(0, 4).map(label), [
      'update-server',
      'prepare-schema',
      'prepare-ad',
      'install-exchange',
    ]);
    const install = items.find((i) => label(i) === 'install-exchange')!;
    assert.strictEqual((install.documentation as vscode.MarkdownString).value, 'Install a new Exchange server.');
    assert.strictEqual(install.detail, 'server: version:');
  });

  it("offers the missing fields of the step's action, required first, as `key: `", async () => {
    const document = await openText(
      'runbook: 1\ntitle: T\norganization:\n  name: C\n  mailboxes: 1\nservers: []\ntarget:\n  platform: on-premises\n  version: "2016"\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: install-exchange\n        version: "2016"\n        \n',
    );
    const items = ours(await complete(document, new vscode.Position(15, 8)), [vscode.CompletionItemKind.Property]);
    assert.deepStrictEqual(items.map(label), [
      'server',
      'update',
      'os',
      'roles',
      'hybrid',
      'id',
      'title',
      'owner',
      'done',
      'duration',
      'at',
      'notes',
      'verify',
      'rollback',
      'doneAt',
      'doneBy',
      'skipped',
      'evidence',
    ]);
    assert.strictEqual(items[0].insertText, 'server: ');
    assert.strictEqual(items[0].detail, 'required');
  });

  it('inserts versions quoted', async () => {
    const document = await openText(
      'runbook: 1\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: prepare-schema\n        version: \n',
    );
    const items = ours(await complete(document, new vscode.Position(6, 17)), [vscode.CompletionItemKind.EnumMember]);
    assert.deepStrictEqual(items.map(label), ['2003', '2007', '2010', '2013', '2016', '2019', 'SE']);
    assert.strictEqual(items.find((i) => label(i) === '2016')!.insertText, '"2016"');
  });

  it("offers the servers present at the step for `from`, and exchange-online for a hybrid move's `to`", async () => {
    const document = await openFixture('hybrid-2007.runbook.yaml');
    const original = document.getText();
    try {
      const from = ours(
        await complete(document, positionOf(document, '      - action: move-mailboxes\n        from: NT-EX07', 45)),
        [vscode.CompletionItemKind.Reference],
      );
      // The hybrid server was installed earlier; the move's own target is not a source.
      assert.deepStrictEqual(from.map(label), ['NT-EX07', 'NT-HYB13']);
      assert.strictEqual(from[0].detail, 'Exchange 2007 SP3 RU23');
      await setText(
        document,
        original.replace(
          '        from: NT-EX07\n        to: exchange-online\n        count: 100',
          '        from: NT-EX07\n        to: \n        count: 100',
        ),
      );
      const to = await complete(document, positionOf(document, '        from: NT-EX07\n        to: '));
      assert.deepStrictEqual(
        ours(to, [vscode.CompletionItemKind.Reference, vscode.CompletionItemKind.Constant]).map(label),
        ['NT-HYB13', 'exchange-online'],
      );
    } finally {
      await setText(document, original);
    }
  });

  it('offers the batches created before the step, the likely one first', async () => {
    const document = await openFixture('staged-two-waves.runbook.yaml');
    const items = ours(
      await complete(
        document,
        positionOf(document, '      - action: complete-migration-batch\n        batch: wave-2', 58),
      ),
      [vscode.CompletionItemKind.Reference],
    );
    // wave-1 is completed already: wave-2, started and not completed, comes first.
    assert.deepStrictEqual(items.map(label), ['wave-2', 'wave-1']);
    assert.deepStrictEqual(
      items.map((i) => i.detail),
      ['staged · started', 'staged · completed'],
    );
  });

  it('offers this minute for doneAt and the executor for doneBy', async () => {
    const config = vscode.workspace.getConfiguration('exchangeRunbook');
    await config.update('executor', 'Ana Setting', vscode.ConfigurationTarget.Global);
    try {
      const document = await openText(
        'runbook: 1\ntitle: T\norganization:\n  name: C\n  mailboxes: 1\nservers: []\ntarget:\n  platform: on-premises\n  version: "2016"\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: custom\n        title: Step\n        done: true\n        doneAt: \n        doneBy: \n',
      );
      const before = Date.now();
      const at = ours(await complete(document, new vscode.Position(16, 16)), [vscode.CompletionItemKind.EnumMember]);
      const after = Date.now();
      assert.strictEqual(at.length, 1);
      const written = label(at[0]);
      assert.match(written, /^\d{4}-\d\d-\d\dT\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/);
      // The minute it names is the minute the list was asked for, in this machine's offset.
      const minute = Math.floor(before / 60_000) * 60_000;
      assert.ok(Date.parse(written) >= minute && Date.parse(written) <= after, `${written} is not now`);
      const by = ours(await complete(document, new vscode.Position(17, 16)), [vscode.CompletionItemKind.EnumMember]);
      assert.deepStrictEqual(by.map(label), ['Ana Setting']);
    } finally {
      await config.update('executor', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
