// .exchange-runbook.json in a real VS Code: the editor reports exactly what
// `exchange-runbook lint` (the built CLI, run as a process) reports for a runbook under a
// config file, follows the file's edits, puts the settings on top, and underlines a
// config file's mistakes where the CLI would stop.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { openFixture, summary, waitFor, waitForDiagnostics, workspaceUri, setSetting } from './support/editor';

const DIR = 'config-parity';
const RUNBOOK = `${DIR}/mistakes.runbook.yaml`;
const CONFIG = `${DIR}/.exchange-runbook.json`;

function cliPath(): string {
  const extension = vscode.extensions.getExtension('exchange-runbook.exchange-runbook');
  assert.ok(extension);
  return path.join(extension.extensionPath, 'dist', 'cli.js');
}

/** What the CLI reports for the runbook, as `line:column Severity rule`, sorted as the editor's summary is. */
function cliSummary(file: vscode.Uri, extraArgs: string[] = []): { status: number; lines: string[]; stderr: string } {
  const names: Record<string, string> = { error: 'Error', warning: 'Warning', info: 'Information' };
  try {
    const stdout = execFileSync(process.execPath, [cliPath(), 'lint', '--format', 'json', ...extraArgs, file.fsPath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', LANG: 'C' },
    });
    return { status: 0, lines: toLines(stdout), stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, lines: e.status === 1 ? toLines(e.stdout) : [], stderr: e.stderr };
  }
  function toLines(stdout: string): string[] {
    const [report] = JSON.parse(stdout) as {
      findings: { line: number; column: number; severity: string; ruleId: string }[];
    }[];
    return report.findings.map((f) => `${f.line}:${f.column} ${names[f.severity]} ${f.ruleId}`).sort();
  }
}

async function write(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(relative), new TextEncoder().encode(text));
}

const sorted = (d: vscode.Diagnostic[]) => summary(d).sort();

describe('config file (.exchange-runbook.json)', function () {
  this.timeout(90_000);
  let runbook: vscode.TextDocument;

  before(async () => {
    const source = await vscode.workspace.fs.readFile(
      workspaceUri('scenarios', 'combined-mistakes-onprem.runbook.yaml'),
    );
    await vscode.workspace.fs.createDirectory(workspaceUri(DIR));
    await vscode.workspace.fs.writeFile(workspaceUri(RUNBOOK), source);
  });

  after(async () => {
    await setSetting('exchangeRunbook', 'rules', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(DIR), { recursive: true });
    await vscode.workspace.fs.delete(workspaceUri(`${DIR}-empty.json`));
  });

  it('the editor reports what the CLI reports: a rule off, another raised to error, a pinned asOf', async () => {
    await write(
      CONFIG,
      JSON.stringify({ rules: { coexistence: 'off', 'source-remains': 'error' }, asOf: '2025-06-01' }, null, 2),
    );
    runbook = await openFixture(RUNBOOK);
    const cli = cliSummary(runbook.uri);
    assert.strictEqual(cli.status, 1, cli.stderr);
    assert.ok(!cli.lines.some((l) => l.endsWith(' coexistence')), cli.lines.join('\n'));
    assert.ok(
      cli.lines.some((l) => l.endsWith(' Error source-remains')),
      cli.lines.join('\n'),
    );
    await write(`${DIR}-empty.json`, '{}');
    const withoutConfig = cliSummary(runbook.uri, ['--config', workspaceUri(`${DIR}-empty.json`).fsPath]);
    assert.strictEqual(withoutConfig.status, 1, withoutConfig.stderr);
    assert.ok(
      withoutConfig.lines.some((l) => l.endsWith(' coexistence')),
      'without the config, coexistence is reported',
    );
    assert.notDeepStrictEqual(cli.lines, withoutConfig.lines, 'the config changes what the CLI reports');
    await waitForDiagnostics(
      runbook.uri,
      (d) => sorted(d).join('\n') === cli.lines.join('\n'),
      `the CLI's findings:\n${cli.lines.join('\n')}`,
    );
  });

  it('follows edits of the config file on disk', async () => {
    await write(CONFIG, JSON.stringify({ rules: { 'end-of-support': 'off', 'decommission-with-data': 'info' } }));
    const cli = cliSummary(runbook.uri);
    assert.ok(
      cli.lines.some((l) => l.endsWith(' Information decommission-with-data')),
      cli.lines.join('\n'),
    );
    await waitForDiagnostics(
      runbook.uri,
      (d) => sorted(d).join('\n') === cli.lines.join('\n'),
      `the CLI's findings after the edit:\n${cli.lines.join('\n')}`,
    );
  });

  it('puts exchangeRunbook.rules on top of the file, rule by rule', async () => {
    await setSetting('exchangeRunbook', 'rules', { 'decommission-with-data': 'warning' });
    const diagnostics = await waitForDiagnostics(
      runbook.uri,
      (d) => summary(d).some((l) => l.endsWith(' Warning decommission-with-data')),
      "the setting's severity",
    );
    assert.ok(
      !summary(diagnostics).some((l) => l.endsWith(' end-of-support')),
      'the file still turns end-of-support off',
    );
    await setSetting('exchangeRunbook', 'rules', undefined);
  });

  it('underlines a mistyped rule id in the config file, where the CLI exits 2, and goes on with the rest of the file', async () => {
    const text = '{\n  "rules": {\n    "hybird-size": "off",\n    "end-of-support": "off"\n  }\n}\n';
    await write(CONFIG, text);
    const cli = cliSummary(runbook.uri);
    assert.strictEqual(cli.status, 2);
    assert.match(
      cli.stderr,
      /\.exchange-runbook\.json: unknown rule `hybird-size`; run `exchange-runbook rules` for the list\n$/,
    );
    const config = workspaceUri(CONFIG);
    const [d] = await waitFor(
      () => vscode.languages.getDiagnostics(config).filter((x) => x.source === 'exchange-runbook'),
      (ds) => ds.length === 1 && ds[0].message.includes('hybird-size'),
      'a diagnostic on the config file',
    );
    assert.strictEqual(d.message, 'unknown rule `hybird-size`; run `exchange-runbook rules` for the list');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [2, 4, 2, 17],
    );
    await waitForDiagnostics(
      runbook.uri,
      (ds) => ds.length > 0 && !summary(ds).some((l) => l.endsWith(' end-of-support')),
      'end-of-support still off',
    );
    // Fixed: the diagnostic goes.
    await write(CONFIG, text.replace('hybird', 'hybrid'));
    await waitFor(
      () => vscode.languages.getDiagnostics(config).filter((x) => x.source === 'exchange-runbook'),
      (ds) => ds.length === 0,
      'no diagnostic on the fixed file',
    );
  });

  it('warns about a mistyped rule id in exchangeRunbook.rules and ignores it', async () => {
    const shown: string[] = [];
    const original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    };
    try {
      await setSetting('exchangeRunbook', 'rules', { 'end-of-suport': 'off' });
      await waitFor(
        () => shown,
        (s) => s.length === 1,
        'one warning',
      );
      assert.match(
        shown[0],
        /^exchangeRunbook\.rules \(Workspace settings\): unknown rule `end-of-suport`, ignored; run `exchange-runbook rules` for the list\.$/,
      );
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
      await setSetting('exchangeRunbook', 'rules', undefined);
    }
  });
});
