// Every file the command line reads goes through here: runbooks, config files and the
// files a runbook names (`csv:`). Only regular files are read, never more than a limit,
// and never in a way that can block: a FIFO, /dev/zero or a 1 GB sparse file is refused
// from its stat, and the file is opened non-blocking and checked again on the open
// descriptor (it may have been swapped since). Files a runbook names must also stay
// inside the runbook's root, following symbolic links to where they really are
// (docs/security.md).
import * as fs from 'fs';
import * as path from 'path';
import { FILE_LIMITS, type FileRead, isAbsolutePath } from '../core';
import { CONFIG_FILE_NAME } from './config';

export type ReadFailure =
  | { problem: 'missing' }
  | { problem: 'not-file'; what: 'directory' | 'pipe' | 'device' | 'socket' | 'other' }
  | { problem: 'too-large'; limit: number }
  | { problem: 'unreadable'; reason: string };

export type ReadOutcome = { bytes: Buffer } | ReadFailure;

/** Runbooks and config files: far beyond any real one, small enough to never balloon memory. */
export const RUNBOOK_LIMIT = 10 * 1024 * 1024;
export const CONFIG_LIMIT = FILE_LIMITS.config;

// O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
// Windows has no such flag (nor FIFOs in the file system); 0 leaves the open as it is.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

/** Reads a regular file of at most `limit` bytes, or says why not. Never blocks, never reads past the limit. */
export function readRegularFile(file: string, limit: number): ReadOutcome {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    return failure(err);
  }
  const refused = refusal(stat, limit);
  if (refused) return refused;
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (err) {
    return failure(err);
  }
  try {
    const opened = refusal(fs.fstatSync(fd), limit);
    if (opened) return opened;
    const chunks: Buffer[] = [];
    let total = 0;
    // Read until end of file, whatever the size said (/proc files say 0), and stop one
    // byte past the limit: a file that grew beyond it since the stat is refused too.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { problem: 'too-large', limit };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (err) {
    return failure(err);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Standard input (`lint -`), to its end but never past `limit`: `cat /dev/zero | … lint -`
 * stops at the limit instead of filling memory. A non-blocking stdin that has nothing yet
 * is waited on briefly, as a pipe's writer may be slow.
 */
export function readStdinLimited(limit: number, fd = 0): ReadOutcome {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      return failure(err);
    }
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > limit) return { problem: 'too-large', limit };
  }
  return { bytes: Buffer.concat(chunks, total) };
}

function refusal(stat: fs.Stats, limit: number): ReadFailure | undefined {
  if (!stat.isFile()) return { problem: 'not-file', what: kindOf(stat) };
  if (stat.size > limit) return { problem: 'too-large', limit };
  return undefined;
}

function kindOf(stat: fs.Stats): 'directory' | 'pipe' | 'device' | 'socket' | 'other' {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

function failure(err: unknown): ReadFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { problem: 'missing' };
  if (code === 'EISDIR') return { problem: 'not-file', what: 'directory' };
  return { problem: 'unreadable', reason: errorReason(err) };
}

/** A file-system error in a few words (never a stack, never a file's content). */
export function errorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    ENOENT: 'no such file or directory',
    EROFS: 'read-only file system',
    ELOOP: 'too many levels of symbolic links (a loop)',
    ENAMETOOLONG: 'file name too long',
    EAGAIN: 'not ready to be read',
  };
  return (e?.code && known[e.code]) ?? e?.message?.split('\n')[0] ?? String(err);
}

/** The reason of a failure in the words of `cannot read <file>: <reason>`. */
export function failureReason(failure: ReadFailure): string {
  switch (failure.problem) {
    case 'missing':
      return 'no such file or directory';
    case 'not-file':
      return failure.what === 'directory' ? 'is a directory' : `not a regular file (a ${failure.what})`;
    case 'too-large':
      return `larger than ${Math.round(failure.limit / (1024 * 1024))} MB`;
    case 'unreadable':
      return failure.reason;
  }
}

/**
 * The root of a runbook for the files it names: the nearest folder at or above the
 * runbook's own that holds `.git` (a folder, or a file in a worktree) or
 * `.exchange-runbook.json`, else the runbook's own folder. It depends only on where the
 * runbook is, so the answer is the same from any working directory.
 */
export function rootOf(runbookAbsolute: string): string {
  const own = path.dirname(runbookAbsolute);
  for (let dir = own; ;) {
    if (exists(path.join(dir, '.git')) || exists(path.join(dir, CONFIG_FILE_NAME))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return own;
    dir = parent;
  }
}

/** Whether anything is at `p`: a file, a folder, a link even when it points nowhere. */
export function exists(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** True when `inner` is `outer` or below it (both absolute and normalized). */
export function isInside(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Where a path a runbook names (relative to its folder `dir`) points, or why it may not be read: absolute, or outside `root`. */
export function namedTarget(dir: string, root: string, relative: string): string | { refused: 'absolute' | 'outside' } {
  if (isAbsolutePath(relative) || path.isAbsolute(relative)) return { refused: 'absolute' };
  const target = path.resolve(dir, relative);
  return isInside(root, target) ? target : { refused: 'outside' };
}

/**
 * Reads the files one runbook names, relative to it and inside `root` (the runbook's own
 * root, or `--root`). The core gets bytes, `undefined` for a missing file, or why not.
 */
export function namedFileReader(runbookAbsolute: string, root: string, limit: number): (relative: string) => FileRead {
  const dir = path.dirname(runbookAbsolute);
  let realRoot: string | undefined;
  return (relative) => {
    const target = namedTarget(dir, root, relative);
    if (typeof target !== 'string') return target;
    let real: string;
    try {
      realRoot ??= fs.realpathSync(root);
      real = fs.realpathSync(target);
    } catch (err) {
      const failed = failure(err);
      if (failed.problem === 'missing') return undefined;
      return { refused: 'unreadable', reason: failureReason(failed) };
    }
    if (!isInside(realRoot, real)) return { refused: 'outside' };
    // The real path that was checked is the one read.
    const read = readRegularFile(real, limit);
    if ('bytes' in read) return new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.length);
    if (read.problem === 'missing') return undefined;
    if (read.problem === 'not-file') return { refused: 'not-file' };
    if (read.problem === 'too-large') return { refused: 'too-large', limit };
    return { refused: 'unreadable', reason: read.reason };
  };
}
