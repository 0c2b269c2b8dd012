// The web extension (package.json `browser`, dist/web/extension.js) in VS Code's web worker
// extension host, as vscode.dev runs it: it activates from its https location, reports a
// diagnostic, reads the CSV files a runbook names and .exchange-runbook.json through
// vscode.workspace.fs, copies a step's commands, and opens the checklist preview. No
// mocha here: the worker has no Node, so each check is a plain step that throws; run()
// rejecting fails the run (test/harness/web.ts).
import * as vscode from 'vscode';

const EXTENSION_ID = 'exchange-runbook.exchange-runbook';

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`failed: ${what}`);
}

async function waitFor<T>(read: () => T, ok: (value: T) => boolean, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  let value = read();
  while (!ok(value)) {
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 1000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = read();
  }
  return value;
}

function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder!.uri, ...parts);
}

function summary(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'exchange-runbook')
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${typeof d.code === 'object' ? d.code.value : d.code}`,
    );
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** A valid runbook of `steps` custom steps (about 60 characters each). */
function largeRunbook(steps: number): string {
  const lines = [
    'runbook: 1',
    'title: Many steps',
    'asOf: 2026-11-23',
    'organization:',
    '  name: Tailspin Toys',
    '  mailboxes: 85',
    '  domains: [tailspintoys.com]',
    'servers:',
    '  - name: TT-EX07',
    '    version: "2007"',
    '    update: SP3 RU23',
    '    os: "2008"',
    '    roles: [mailbox, clientAccess, hubTransport]',
    '    mailboxes: 85',
    'target:',
    '  platform: exchange-online',
    '  method: cutover',
    'phases:',
    '  - id: prepare',
    '    title: Prepare',
    '    steps:',
  ];
  for (let i = 0; i < steps; i++)
    lines.push('      - action: custom', `        id: step-${i}`, `        title: Step ${i}`, '        duration: 1h');
  return lines.join('\n') + '\n';
}

const steps: [string, () => Promise<void>][] = [
  [
    'the web build is what runs: activated from its https location, in a host without Node',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, 'the extension is known');
      const api = (extension!.isActive ? extension!.exports : await extension!.activate()) as { activationMs: number };
      check(
        extension!.extensionUri.scheme === 'https',
        `loaded over https (test/harness/web.ts), not from ${extension!.extensionUri.toString()}`,
      );
      check(extension!.packageJSON.browser === './dist/web/extension.js', 'package.json names the browser entry');
      check(api.activationMs > 0, `activated (${JSON.stringify(api)})`);
      const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
      check(node === undefined, `no Node in the web worker host (process.versions.node = ${node})`);
      console.log(
        `      web worker host: activated in ${api.activationMs} ms; ${vscode.env.uiKind === vscode.UIKind.Web ? 'UIKind.Web' : 'UIKind.Desktop'}`,
      );
    },
  ],
  [
    'reports coexistence on line 31 of invalid-2016-over-2007.runbook.yaml',
    async () => {
      const document = await open(workspaceUri('invalid-2016-over-2007.runbook.yaml'));
      check(document.languageId === 'exchange-runbook', `language ${document.languageId}`);
      await waitFor(
        () => summary(document.uri),
        (s) => s.join() === '31:9 Error coexistence',
        'the coexistence diagnostic',
      );
    },
  ],
  [
    'reads the CSV files a staged runbook names (staged-two-waves lints clean only with them)',
    async () => {
      const document = await open(workspaceUri('staged-two-waves.runbook.yaml'));
      // Linted and clean: wait for a check to have happened, via a deliberate edit that adds a finding and its undo.
      const edit = new vscode.WorkspaceEdit();
      const at = document.getText().indexOf('csv: staged-wave1.csv') + 'csv: '.length;
      edit.replace(
        document.uri,
        new vscode.Range(document.positionAt(at), document.positionAt(at + 'staged-wave1.csv'.length)),
        'missing-wave.csv',
      );
      check(await vscode.workspace.applyEdit(edit), 'the edit applies');
      await waitFor(
        () => summary(document.uri),
        (s) => s.length === 1 && s[0].endsWith(' Error staged-csv'),
        'staged-csv for a missing CSV',
      );
      await vscode.commands.executeCommand('undo');
      await waitFor(
        () => summary(document.uri),
        (s) => s.length === 0,
        'no findings with both CSV files read',
      );
    },
  ],
  [
    'applies the nearest .exchange-runbook.json, read through vscode.workspace.fs',
    async () => {
      const config = workspaceUri('.exchange-runbook.json');
      await vscode.workspace.fs.writeFile(
        config,
        new TextEncoder().encode('{ "rules": { "coexistence": "warning" } }\n'),
      );
      try {
        const document = await open(workspaceUri('invalid-2016-over-2007.runbook.yaml'));
        await waitFor(
          () => summary(document.uri),
          (s) => s.join() === '31:9 Warning coexistence',
          'coexistence as a warning',
        );
      } finally {
        await vscode.workspace.fs.delete(config);
      }
    },
  ],
  [
    'offers Copy commands on a step and copies its PowerShell; Run in terminal only where the window has a terminal',
    async () => {
      const document = await open(workspaceUri('cutover-small.runbook.yaml'));
      const line = document.positionAt(document.getText().indexOf('- action: grant-migration-permissions') + 2).line;
      let lenses: vscode.CodeLens[] = [];
      const end = Date.now() + 30_000;
      while (lenses.length === 0 && Date.now() < end) {
        lenses =
          (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ??
          [];
        if (lenses.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const commands = lenses.filter((l) => l.range.start.line === line).map((l) => l.command!);
      // code-server's window has a remote with a shell; vscode.dev and github.dev have none.
      const expected = ['$(copy) Copy commands', ...(vscode.env.remoteName ? ['$(terminal) Run in terminal'] : [])];
      check(
        JSON.stringify(commands.map((c) => c.title)) === JSON.stringify(expected),
        `the lenses ${JSON.stringify(commands.map((c) => c.title))}`,
      );
      await vscode.commands.executeCommand(commands[0].command, ...(commands[0].arguments ?? []));
      const copied = await vscode.env.clipboard.readText();
      check(
        copied.startsWith("Get-Mailbox -ResultSize 'Unlimited' | Add-MailboxPermission -User 'migration-admin@"),
        `the clipboard: ${copied.slice(0, 200)}`,
      );
    },
  ],
  [
    'opens the checklist preview',
    async () => {
      await open(workspaceUri('cutover-small.runbook.yaml'));
      await vscode.commands.executeCommand('exchangeRunbook.openPreview');
      await waitFor(
        () =>
          vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .map((t) => (t.input instanceof vscode.TabInputWebview ? t.input.viewType : '')),
        (types) => types.some((type) => type.endsWith('exchangeRunbook.checklistPreview')),
        'a checklist preview tab',
      );
    },
  ],
  [
    'exports a phase as a PowerShell script through vscode.workspace.fs',
    async () => {
      const runbook = workspaceUri('staged-two-waves.runbook.yaml');
      const target = workspaceUri('wave-1.ps1');
      const saved = await vscode.commands.executeCommand('exchangeRunbook.exportScript', runbook, {
        phase: 'wave-1',
        target,
      });
      check(saved instanceof vscode.Uri, 'the command returned the saved file');
      const bytes = await vscode.workspace.fs.readFile(target);
      check(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'a UTF-8 byte-order mark');
      const text = new TextDecoder().decode(bytes.subarray(3));
      check(text.includes("New-MigrationBatch -Name 'wave-1' "), 'the phase’s cmdlets');
      check(!text.includes('Enable-OutlookAnywhere'), 'no step of another phase');
      await vscode.workspace.fs.delete(target);
    },
  ],
  [
    'a large runbook is linted in a web worker, each version parsed there from the one before',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const api = (extension.isActive ? extension.exports : await extension.activate()) as {
        analysisRuns(
          uri: string,
        ): { version: number; parses: number; lints: number; workerLints: number; incremental: number } | undefined;
      };
      const uri = workspaceUri('web-worker.runbook.yaml');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(largeRunbook(2000)));
      const document = await open(uri);
      await waitFor(
        () => api.analysisRuns(uri.toString()),
        (runs) => !!runs && runs.lints + runs.workerLints > 0,
        'the first check',
      );
      // The first check may run here while the worker's script loads (it is fetched when a
      // runbook first needs it); the edits after it go to the worker, which parses each
      // from its previous parse (its incremental checks are not taken as the runbook's cost,
      // so it stays there).
      const line = document.lineAt(document.positionAt(document.getText().indexOf('duration: 1h', 60_000)).line);
      check(line.text.trim() === 'duration: 1h', `a duration line: ${line.text}`);
      let typed = '';
      for (let i = 0; i < 3; i++) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(uri, line.range.end.translate(0, typed.length), 'x');
        typed += 'x';
        check(await vscode.workspace.applyEdit(edit), 'the edit applies');
        const version = document.version;
        await waitFor(
          () => vscode.languages.getDiagnostics(uri).map((d) => d.message),
          (messages) => messages.some((m) => m.includes(`\`1h${typed}\``)),
          `the finding for 1h${typed}`,
        );
        check(api.analysisRuns(uri.toString())?.version === version, 'the current version was checked');
      }
      const runs = api.analysisRuns(uri.toString());
      check(
        runs && runs.workerLints === 1 && runs.parses === 0 && runs.incremental === 1,
        `linted in the worker from its previous parse, nothing parsed here: ${JSON.stringify(runs)}`,
      );
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  ],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, step] of steps) {
    const started = Date.now();
    try {
      await step();
      console.log(`    ✔ ${name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      console.log(`    ✘ ${name}\n      ${(err as Error)?.stack ?? String(err)}`);
    }
  }
  console.log(`  ${steps.length - failed} passing, ${failed} failing`);
  if (failed) throw new Error(`${failed} of ${steps.length} web extension checks failed`);
}
