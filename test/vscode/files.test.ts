// Files a runbook names, read by the extension host as spec 7.1 says (src/extension/files.ts):
// a FIFO is refused without blocking the host, a path leaving the workspace folder (also
// through a symbolic link) is refused and its content never shown, a directory is "not a
// regular file", and a UTF-16 CSV with a BOM is read.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openFixture, openNewFile, ruleOf, summary, waitForDiagnostics, workspaceUri } from './support/editor';

const POSIX = process.platform !== 'win32';

async function stagedWith(name: string, csv: string): Promise<vscode.TextDocument> {
  const fixture = new TextDecoder().decode(
    await vscode.workspace.fs.readFile(workspaceUri('staged-two-waves.runbook.yaml')),
  );
  return openNewFile(name, fixture.replace('csv: staged-wave1.csv', `csv: ${JSON.stringify(csv)}`));
}

/** The staged-csv messages once the runbook has been linted with them. */
async function stagedCsvMessages(document: vscode.TextDocument, what: string, expected: number): Promise<string[]> {
  const diagnostics = await waitForDiagnostics(
    document.uri,
    (d) => d.filter((x) => ruleOf(x) === 'staged-csv').length === expected,
    what,
  );
  return diagnostics.filter((d) => ruleOf(d) === 'staged-csv').map((d) => d.message);
}

describe('files a runbook names', function () {
  this.timeout(60_000);
  const folder = () => workspaceUri().fsPath;

  (POSIX ? it : it.skip)(
    'a FIFO as the CSV is refused at once, and the host keeps linting other runbooks',
    async () => {
      execFileSync('mkfifo', [path.join(folder(), 'wave-fifo.csv')]);
      const document = await stagedWith('fifo.runbook.yaml', 'wave-fifo.csv');
      assert.deepStrictEqual(await stagedCsvMessages(document, 'the FIFO finding', 1), [
        'the CSV file `wave-fifo.csv` is not a regular file (a directory, pipe or device), so it is not read',
      ]);
      const other = await openFixture('invalid-2016-over-2007.runbook.yaml');
      assert.deepStrictEqual(summary(await waitForDiagnostics(other.uri, (d) => d.length > 0, 'another runbook')), [
        '31:9 Error coexistence',
      ]);
    },
  );

  (POSIX ? it : it.skip)(
    'a FIFO named .exchange-runbook.json is passed over at once: the runbook beside it is linted',
    async () => {
      fs.mkdirSync(path.join(folder(), 'fifo-config'), { recursive: true });
      execFileSync('mkfifo', [path.join(folder(), 'fifo-config', '.exchange-runbook.json')]);
      fs.copyFileSync(
        path.join(folder(), 'invalid-2016-over-2007.runbook.yaml'),
        path.join(folder(), 'fifo-config', 'beside.runbook.yaml'),
      );
      const document = await openFixture('fifo-config/beside.runbook.yaml');
      assert.deepStrictEqual(
        summary(await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the runbook beside the FIFO')),
        ['31:9 Error coexistence'],
      );
    },
  );

  it('a path leaving the workspace folder is refused and its content never shown', async () => {
    fs.writeFileSync(path.join(folder(), '..', 'secret.env'), 'DB_PASSWORD=correct-horse-battery-staple\n');
    const document = await stagedWith('outside.runbook.yaml', '../secret.env');
    const messages = await stagedCsvMessages(document, 'the outside finding', 1);
    assert.deepStrictEqual(messages, [
      "the CSV file `../secret.env` is outside the runbook's root folder (its repository or workspace folder; a symbolic link counts where it points), so it is not read",
    ]);
  });

  (POSIX ? it : it.skip)('a symbolic link leaving the workspace folder is refused too', async () => {
    fs.writeFileSync(path.join(folder(), '..', 'linked-secret.csv'), 'EmailAddress\nDB_PASSWORD=x\n');
    fs.symlinkSync(path.join(folder(), '..', 'linked-secret.csv'), path.join(folder(), 'linked.csv'));
    const document = await stagedWith('linked.runbook.yaml', 'linked.csv');
    assert.match((await stagedCsvMessages(document, 'the link finding', 1))[0], /is outside the runbook's root folder/);
  });

  it('a directory as the CSV is "not a regular file", not "does not exist"', async () => {
    fs.mkdirSync(path.join(folder(), 'wave-dir.csv'), { recursive: true });
    const document = await stagedWith('dir.runbook.yaml', 'wave-dir.csv');
    assert.deepStrictEqual(await stagedCsvMessages(document, 'the directory finding', 1), [
      'the CSV file `wave-dir.csv` is not a regular file (a directory, pipe or device), so it is not read',
    ]);
  });

  it('reads a CSV saved as UTF-16LE with a BOM', async () => {
    const csv = 'EmailAddress,Password,ForceChangePassword\r\nana@wingtiptoys.com,short,True\r\n';
    fs.writeFileSync(
      path.join(folder(), 'wave-utf16.csv'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
    );
    const document = await stagedWith('utf16.runbook.yaml', 'wave-utf16.csv');
    // The rows were read: the finding is about the password in row 2, not the encoding.
    assert.deepStrictEqual(await stagedCsvMessages(document, 'the password finding', 1), [
      'the CSV file `wave-utf16.csv`: row 2 has a `Password` shorter than 8 characters; Exchange Online requires at least 8',
    ]);
  });
});
