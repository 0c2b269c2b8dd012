// Files a runbook names (`csv:`), read in the extension host as spec 7.1 says: relative to
// the runbook, inside the workspace folder that holds it (its own folder when it is in
// none), regular files only, up to the size limit. Every read goes through
// `vscode.workspace.fs`, asynchronously and before linting, and the file's type and size
// come from `stat` first: a FIFO or a device is never opened, so nothing can block the
// extension host (nor one of its file-system threads). docs/security.md.
import * as vscode from 'vscode';
import { FILE_LIMITS, type FileRead, isAbsolutePath } from '../core';
import { realUri } from './realPath';

/** The folder that files a runbook names must stay inside. */
export function rootOf(runbook: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(runbook)?.uri ?? vscode.Uri.joinPath(runbook, '..');
}

/** The URI a path written in the runbook (relative to it) points at. */
export function namedUri(runbook: vscode.Uri, relative: string): vscode.Uri {
  return vscode.Uri.joinPath(runbook, '..', relative.replace(/\\/g, '/'));
}

/** Runbooks read from disk (not from an editor): far beyond any real one. */
export const RUNBOOK_LIMIT = 10 * 1024 * 1024;

/** A refusal in a few words, for the log. */
export function describeRefusal(read: FileRead): string {
  if (read === undefined) return 'no such file';
  if (typeof read === 'string' || read instanceof Uint8Array) return 'read';
  if (!('refused' in read)) return 'read';
  if (read.refused === 'not-file') return 'not a regular file';
  if (read.refused === 'too-large') return `larger than ${Math.round((read.limit ?? 0) / (1024 * 1024))} MB`;
  return read.reason ?? read.refused;
}

const caseInsensitive =
  typeof process !== 'undefined' && (process.platform === 'win32' || process.platform === 'darwin');

/** True when `inner` is `outer` or below it (URIs of one scheme and authority, normalized by joinPath). */
export function isInsideUri(outer: vscode.Uri, inner: vscode.Uri): boolean {
  if (outer.scheme !== inner.scheme || outer.authority !== inner.authority) return false;
  const fold = (p: string) => (inner.scheme === 'file' && caseInsensitive ? p.toLowerCase() : p);
  const base = fold(outer.path.replace(/\/+$/, ''));
  const target = fold(inner.path);
  return target === base || target.startsWith(`${base}/`);
}

/** A failed read or check, with the error's first line as the reason. */
export function unreadable(err: unknown): { refused: 'unreadable'; reason: string } {
  return { refused: 'unreadable', reason: (err as Error)?.message?.split('\n')[0] ?? String(err) };
}

/** What a failed `vscode.workspace.fs` call means for a read: no such file (undefined), or unreadable. */
function failedRead(err: unknown): ReturnType<typeof unreadable> | undefined {
  if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
  return unreadable(err);
}

/** A URI's `stat`, or what its failure means for a read (failedRead). */
export async function statUri(uri: vscode.Uri): Promise<vscode.FileStat | ReturnType<typeof failedRead>> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch (err) {
    return failedRead(err);
  }
}

/**
 * Reads a file the runbook names. An editor's text is used when the file is open (after
 * the same containment checks); otherwise the bytes, for the core to decode.
 */
export async function readNamedFile(
  runbook: vscode.Uri,
  relative: string,
  limit: number = FILE_LIMITS.csv,
): Promise<FileRead> {
  if (isAbsolutePath(relative)) return { refused: 'absolute' };
  // An untitled runbook (or one on a scheme without a file system) has no files beside it.
  if (vscode.workspace.fs.isWritableFileSystem(runbook.scheme) === undefined) return undefined;
  const root = rootOf(runbook);
  const target = namedUri(runbook, relative);
  if (!isInsideUri(root, target)) return { refused: 'outside' };
  // A symbolic link counts where it points (resolving names reads no file's content).
  try {
    const [realRoot, real] = await Promise.all([realUri(root), realUri(target)]);
    if (realRoot && real && !isInsideUri(realRoot, real)) return { refused: 'outside' };
    // Missing: an open, unsaved editor may still hold it; else stat says so below.
  } catch (err) {
    return unreadable(err);
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open) return open.getText();
  return readRegularUri(target, limit);
}

/** A regular file of at most `limit` bytes through `vscode.workspace.fs`, or why not (`undefined`: it does not exist). */
export async function readRegularUri(uri: vscode.Uri, limit: number): Promise<FileRead> {
  const stat = await statUri(uri);
  if (stat === undefined || 'refused' in stat) return stat;
  // FileType.Unknown is what a FIFO, socket or device reports; a link has File as well when it points at one.
  if ((stat.type & vscode.FileType.File) === 0) return { refused: 'not-file' };
  if (stat.size > limit) return { refused: 'too-large', limit };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    return failedRead(err);
  }
  // It may have grown since the stat.
  if (bytes.length > limit) return { refused: 'too-large', limit };
  return bytes;
}
