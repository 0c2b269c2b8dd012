// Code actions in a real VS Code: the coexistence fix through the code action provider,
// applied with workspace.applyEdit, leaves no error and keeps every comment; fix-all on
// save through editor.codeActionsOnSave; "Fix all <rule> problems", "Disable <rule> for
// this line" and "Show documentation for <rule>"; the Fix All command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  openFixture,
  openNewFile,
  ours,
  ruleOf,
  setText,
  summary,
  waitFor,
  waitForDiagnostics,
} from './support/editor';

async function actionsAt(
  document: vscode.TextDocument,
  range: vscode.Range,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  // Resolving every action computes the fix-all edits, which the provider leaves for resolve.
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      range,
      kind,
      100,
    )) ?? []
  );
}

const CUTOVER_TYPOS = (text: string) =>
  text
    .replace(
      '      - action: configure-outlook-anywhere\n        server: TT-EX07',
      '      - action: configure-outlook-anywhere\n        server: TT-EX7',
    )
    .replace(
      '      - action: decommission\n        server: TT-EX07',
      '      - action: decommission\n        server: TX-EX07',
    );

describe('code actions', function () {
  this.timeout(60_000);

  it('applies the coexistence quick fix: no error left, every comment line kept', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const original = document.getText();
    try {
      const [diagnostic] = await coexistenceOnLine31(document);
      const actions = await waitFor(
        () => actionsAt(document, diagnostic.range),
        (a) => a.some((x) => x.isPreferred),
        'the preferred fix',
      );
      const fix = actions.find((a) => a.isPreferred)!;
      assert.strictEqual(
        fix.title,
        'Insert the transition through Exchange 2013 before phase `bring-in-2016`: install NW-EX13-01, move everything off NW-EX07 and decommission it',
      );
      assert.strictEqual(fix.kind?.value, 'quickfix');
      assert.deepStrictEqual(
        actions.filter((a) => a !== fix).map((a) => [a.title, a.kind?.value]),
        [
          ['Disable coexistence for this line', 'quickfix'],
          ['Show documentation for coexistence', 'quickfix'],
          // A source action: the Source Action menu and codeActionsOnSave show it, the light bulb does not.
          ['Fix all auto-fixable problems', 'source.fixAll.exchangeRunbook'],
        ],
      );
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      const after = await waitForDiagnostics(
        document.uri,
        (d) => !d.some((x) => ruleOf(x) === 'coexistence'),
        'coexistence to go',
      );
      assert.deepStrictEqual(summary(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error)), []);
      const text = document.getText();
      for (const line of original.split('\n').filter((l) => l.trim().startsWith('#') || l.includes(' # '))) {
        assert.ok(text.includes(line), `comment line lost: ${line}`);
      }
    } finally {
      await setText(document, original);
    }
  });

  it('a fix built per occurrence of a repeated (aliased) step reaches VS Code with each edit once, and applies', async () => {
    // The coexistence rule builds the move off NW-EX07 once per occurrence of the aliased
    // step; lint drops the copy (normalizeEdits), so the WorkspaceEdit has no edit twice.
    // From the open fixture (earlier tests edit it and set it back; its file on disk may lag).
    const repeated = (await openFixture('invalid-2016-over-2007.runbook.yaml'))
      .getText()
      .replace('      - action: move-transport\n', '      - &m\n        action: move-transport\n')
      .replace('      - action: decommission\n', '      - *m\n      - action: decommission\n');
    const document = await openNewFile('repeated-move.runbook.yaml', repeated);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (d) => d.some((x) => ruleOf(x) === 'coexistence'),
      'the coexistence finding',
    );
    const diagnostic = diagnostics.find((x) => ruleOf(x) === 'coexistence')!;
    const actions = await waitFor(
      () => actionsAt(document, diagnostic.range),
      (a) => a.some((x) => x.isPreferred),
      'the preferred fix',
    );
    const fix = actions.find((a) => a.isPreferred)!;
    const edits = fix.edit!.entries().flatMap(([, e]) => e);
    const keys = edits.map((e) => `${document.offsetAt(e.range.start)}:${document.offsetAt(e.range.end)}:${e.newText}`);
    assert.ok(edits.length > 1);
    assert.deepStrictEqual([...new Set(keys)], keys);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitForDiagnostics(document.uri, (d) => !d.some((x) => ruleOf(x) === 'coexistence'), 'coexistence to go');
  });

  it('"Disable <rule> for this line" inserts the suppression comment at the line\'s indentation', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const original = document.getText();
    try {
      const [diagnostic] = await coexistenceOnLine31(document);
      const actions = await actionsAt(document, diagnostic.range);
      const disable = actions.find((a) => a.title === 'Disable coexistence for this line');
      assert.ok(disable, actions.map((a) => a.title).join('\n'));
      assert.ok(await vscode.workspace.applyEdit(disable.edit!));
      assert.strictEqual(document.lineAt(30).text, '      # runbook-disable-next-line coexistence');
      assert.strictEqual(document.lineAt(31).text, '      - action: install-exchange   # expect: coexistence');
      await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the finding to be silenced');
    } finally {
      await setText(document, original);
    }
  });

  it('offers "Fix all unknown-server problems" when the rule has two fixes, and it fixes both', async () => {
    const document = await openNewFile(
      'two-typos.runbook.yaml',
      CUTOVER_TYPOS(await fixtureText('cutover-small.runbook.yaml')),
    );
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two unknown-server findings');
    assert.deepStrictEqual(summary(diagnostics), ['27:17 Error unknown-server', '55:17 Error unknown-server']);
    const actions = await actionsAt(document, diagnostics[0].range);
    const fixAll = actions.find((a) => a.title === 'Fix all unknown-server problems');
    assert.ok(fixAll, actions.map((a) => a.title).join('\n'));
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.strictEqual(document.getText(), await fixtureText('cutover-small.runbook.yaml'));
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no findings after the fix');
  });

  it('"Show documentation for <rule>" runs exchangeRunbook.showRuleDocs with the rule id', async () => {
    const document = await openFixture('invalid-2016-over-2007.runbook.yaml');
    const [diagnostic] = await coexistenceOnLine31(document);
    const docs = (await actionsAt(document, diagnostic.range)).find(
      (a) => a.title === 'Show documentation for coexistence',
    );
    assert.ok(docs?.command);
    assert.strictEqual(docs.command.command, 'exchangeRunbook.showRuleDocs');
    assert.deepStrictEqual(docs.command.arguments, ['coexistence']);
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
  });

  it('provides "Fix all auto-fixable problems" for source.fixAll.exchangeRunbook', async () => {
    const document = await openNewFile(
      'source-fix-all.runbook.yaml',
      CUTOVER_TYPOS(await fixtureText('cutover-small.runbook.yaml')),
    );
    await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two unknown-server findings');
    const actions = await actionsAt(document, new vscode.Range(0, 0, 0, 0), 'source.fixAll.exchangeRunbook');
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.kind?.value]),
      [['Fix all auto-fixable problems', 'source.fixAll.exchangeRunbook']],
    );
    // Resolved, it carries one edit per misspelt name, not a rewrite of the document.
    assert.deepStrictEqual(
      actions[0].edit!.get(document.uri).map((e) => [e.range.start.line + 1, e.newText]),
      [
        [27, '0'],
        [55, 'T'],
      ],
    );
  });

  it('fixes on save with editor.codeActionsOnSave source.fixAll.exchangeRunbook', async () => {
    await vscode.workspace
      .getConfiguration('editor', { languageId: 'exchange-runbook' })
      .update(
        'codeActionsOnSave',
        { 'source.fixAll.exchangeRunbook': 'explicit' },
        vscode.ConfigurationTarget.Workspace,
        true,
      );
    try {
      const clean = await fixtureText('cutover-small.runbook.yaml');
      const document = await openNewFile('fix-on-save.runbook.yaml', clean);
      await setText(document, CUTOVER_TYPOS(clean));
      await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two unknown-server findings');
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitFor(
        () => document.getText(),
        (text) => text === clean,
        'the save to fix both names',
      );
      await waitFor(
        () => document.isDirty,
        (dirty) => !dirty,
        'the document to be saved',
      );
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.strictEqual(onDisk, clean);
    } finally {
      await vscode.workspace
        .getConfiguration('editor', { languageId: 'exchange-runbook' })
        .update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('exchangeRunbook.fixAll fixes the active runbook in one edit', async () => {
    const clean = await fixtureText('cutover-small.runbook.yaml');
    const document = await openNewFile('fix-all-command.runbook.yaml', CUTOVER_TYPOS(clean));
    await waitForDiagnostics(document.uri, (d) => d.length === 2, 'two unknown-server findings');
    const result = (await vscode.commands.executeCommand('exchangeRunbook.fixAll')) as {
      applied: number;
      edits: number;
    };
    assert.deepStrictEqual(result, { applied: 2, edits: 2 });
    assert.strictEqual(document.getText(), clean);
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'no findings after Fix All');
    assert.deepStrictEqual(ours(document.uri), []);
  });
});

function coexistenceOnLine31(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    document.uri,
    (d) => summary(d).join() === '31:9 Error coexistence',
    'coexistence on line 31',
  );
}

async function fixtureText(name: string): Promise<string> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
}
