// Who ticks a step (the execution record's `doneBy`, docs/checklist.md): the
// `exchangeRunbook.executor` setting, else git's `user.name` for the runbook's workspace
// folder, else the user signed in to the computer. The web build has no processes and no
// OS user (src/extension/browser/executor.ts): there only the setting counts.
import * as vscode from 'vscode';
import { execFile } from 'child_process';
import * as os from 'os';
import { executorSetting } from './executorSetting';

/** `git config user.name` run in the folder; undefined when git is missing, slow or has none. */
function gitUserName(folder: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd: folder, timeout: 3000, windowsHide: true }, (error, stdout) => {
        const name = error ? '' : String(stdout).trim();
        resolve(name || undefined);
      });
    } catch {
      resolve(undefined);
    }
  });
}

function osUserName(): string | undefined {
  try {
    return os.userInfo().username.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name a tick in the runbook at `uri` records. Git runs only in a trusted workspace
 * (a repository's own config is the repository author's to write) and only for a runbook
 * on disk.
 */
export async function executorName(uri: vscode.Uri): Promise<string | undefined> {
  const setting = executorSetting(uri);
  if (setting) return setting;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (vscode.workspace.isTrusted && uri.scheme === 'file') {
    const name = await gitUserName(folder?.uri.fsPath ?? vscode.Uri.joinPath(uri, '..').fsPath);
    if (name) return name;
  }
  return osUserName();
}
