// The browser build's stand-in for src/extension/executor.ts (scripts/web-build.js swaps
// them): a web worker can run no git and knows no OS user, so a tick records the
// `exchangeRunbook.executor` setting, or no `doneBy` at all.
import type * as vscode from 'vscode';
import { executorSetting } from '../executorSetting';

export async function executorName(uri: vscode.Uri): Promise<string | undefined> {
  return executorSetting(uri);
}
