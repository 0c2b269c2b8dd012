// Runs only in the harness's .vsix run (`npm run test:vsix`): the extension comes from the
// packaged exchange-runbook.vsix installed with `code-server --install-extension`, not from
// the sources. It ships what runs and nothing else, activates, and lints.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'exchange-runbook.exchange-runbook';
const REPOSITORY = path.resolve(__dirname, '..', '..', '..');

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

describe('the packaged .vsix', () => {
  let extension: vscode.Extension<unknown>;

  before(() => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not installed`);
    extension = found;
  });

  it('is the installed copy, not the sources', () => {
    assert.ok(!extension.extensionPath.startsWith(REPOSITORY), `loaded from ${extension.extensionPath}`);
    assert.strictEqual(path.basename(extension.extensionPath), `${EXTENSION_ID}-${extension.packageJSON.version}`);
  });

  it('ships what runs and nothing else', () => {
    const files = listFiles(extension.extensionPath);
    for (const required of [
      'package.json',
      'package.nls.json',
      'package.nls.sv.json',
      'readme.md', // vsce stores README.md and CHANGELOG.md under these names
      'changelog.md',
      'LICENSE.txt',
      'dist/extension.js',
      'dist/lazy/renderer.js',
      'dist/lazy/newRunbook.js',
      'dist/lazy/lintWorker.js',
      'dist/web/extension.js',
      'dist/web/lintWorker.js',
      'schemas/exchange-runbook-config.schema.json',
      'language-configuration.json',
      'media/icon.png',
      'docs/rules/coexistence.md',
    ]) {
      assert.ok(files.includes(required), `${required} is missing from the .vsix`);
    }
    const unwanted = files.filter(
      (file) =>
        /^(src|test|out|node_modules|scripts|\.vscode-test|\.ci|bin|test-results|docs\/images)\//.test(file) ||
        /\.(map|ts|vsix)$/.test(file) ||
        /^(tsconfig\.json|esbuild\.js|package-lock\.json|\.mocharc\.json|\.gitignore)$/.test(file),
    );
    assert.deepStrictEqual(unwanted, []);
  });

  it('activates on a runbook and reports the coexistence error from source exchange-runbook', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'invalid-2016-over-2007.runbook.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'exchange-runbook');

    const end = Date.now() + 30_000;
    let ours: vscode.Diagnostic[] = [];
    while (Date.now() < end) {
      ours = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'exchange-runbook');
      if (ours.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(extension.isActive, 'the installed extension did not activate');
    assert.deepStrictEqual(
      ours.map((d) => ({
        code: codeOf(d),
        severity: d.severity,
        line: d.range.start.line,
        start: d.range.start.character,
        end: d.range.end.character,
      })),
      [{ code: 'coexistence', severity: vscode.DiagnosticSeverity.Error, line: 30, start: 8, end: 32 }],
    );
  });

  it('loads the assistant from its own bundle on first use (dist/lazy/newRunbook.js)', async () => {
    const answers = {
      sources: ['2007'],
      publicFolders: false,
      keepOnPremises: false,
      name: 'Tailspin Toys',
      domain: 'tailspintoys.com',
      asOf: '2026-11-23',
      mailboxes: 85,
      target: 'online',
    };
    const result = (await vscode.commands.executeCommand('exchangeRunbook.newRunbook', answers)) as
      { document: vscode.TextDocument } | undefined;
    assert.ok(result?.document.getText().includes('\ntitle: Tailspin Toys – cutover migration to Microsoft 365\n'));
  });
});
