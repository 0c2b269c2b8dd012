// Where a local file really is, following symbolic links: the one thing the extension
// needs from Node's `fs` that vscode.workspace.fs does not offer. It resolves names only
// (it reads no file's content) and is asynchronous. A build without Node (a browser) can
// put a stand-in here that returns the URI unchanged: it has no symbolic links to follow.
import { promises as fs } from 'fs';
import * as vscode from 'vscode';

/** The URI with every symbolic link resolved; undefined when it does not exist. Throws on other errors (a loop). */
export async function realUri(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (uri.scheme !== 'file') return uri;
  try {
    return vscode.Uri.file(await fs.realpath(uri.fsPath));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
