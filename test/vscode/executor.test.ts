// Who a tick records as `doneBy`, in a real VS Code: the exchangeRunbook.executor setting,
// else git's user.name for the runbook's folder, else the OS user (docs/checklist.md).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { executorName } from '../../src/extension/executor';

describe('executor (doneBy)', function () {
  this.timeout(60_000);
  let dir: string;
  const saved = { global: process.env.GIT_CONFIG_GLOBAL, nosystem: process.env.GIT_CONFIG_NOSYSTEM };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'executor-'));
    // No global or system git config: only the repository's own counts.
    process.env.GIT_CONFIG_GLOBAL = path.join(dir, 'no-global-gitconfig');
    process.env.GIT_CONFIG_NOSYSTEM = '1';
  });

  after(async () => {
    await vscode.workspace
      .getConfiguration('exchangeRunbook')
      .update('executor', undefined, vscode.ConfigurationTarget.Global);
    for (const [key, value] of [
      ['GIT_CONFIG_GLOBAL', saved.global],
      ['GIT_CONFIG_NOSYSTEM', saved.nosystem],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the setting first, then git user.name of the runbook’s folder, then the OS user', async function () {
    const repo = path.join(dir, 'repo');
    const plain = path.join(dir, 'plain');
    fs.mkdirSync(repo);
    fs.mkdirSync(plain);
    let git = true;
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      execFileSync('git', ['config', 'user.name', 'Git Person'], { cwd: repo });
    } catch {
      git = false;
    }
    const inRepo = vscode.Uri.file(path.join(repo, 'a.runbook.yaml'));
    const outside = vscode.Uri.file(path.join(plain, 'b.runbook.yaml'));

    const config = vscode.workspace.getConfiguration('exchangeRunbook');
    await config.update('executor', '  Ana   Setting ', vscode.ConfigurationTarget.Global);
    assert.strictEqual(await executorName(inRepo), 'Ana Setting');

    await config.update('executor', '', vscode.ConfigurationTarget.Global);
    if (git && vscode.workspace.isTrusted) assert.strictEqual(await executorName(inRepo), 'Git Person');
    assert.strictEqual(await executorName(outside), os.userInfo().username);
  });
});
