// The `exchangeRunbook.executor` setting, shared by the desktop and web builds of
// ./executor.ts.
import * as vscode from 'vscode';
import { SECTION } from './settings';

/** The setting, trimmed and on one line; undefined when it is empty. */
export function executorSetting(scope?: vscode.ConfigurationScope): string | undefined {
  const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('executor');
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}
