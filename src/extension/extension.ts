// The VS Code adapter's entry point: each feature lives in its own file and registers
// itself here. Heavy work (the core, the schema validator) loads on first use.
import * as vscode from 'vscode';
import { registerNewRunbook } from './newRunbook';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = Date.now();
  void started;
  registerNewRunbook(context);
}

export function deactivate(): void {}
