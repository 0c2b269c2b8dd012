// The browser build's stand-in for src/extension/realPath.ts (scripts/web-build.js swaps
// them): a web worker has no Node `fs` and its file systems (vscode-vfs, vscode-remote)
// no symbolic links to resolve, so the URI is where the file is.
import type * as vscode from 'vscode';

export async function realUri(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  return uri;
}
