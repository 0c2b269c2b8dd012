// Files a runbook names (`csv:` today): what an adapter's reader may hand the core, and
// the pure parts of reading them — which paths are refused before any reader is asked,
// how bytes become text, and how much of a file's content a message may quote. The
// adapters (src/cli/reader.ts, src/extension/files.ts) do the I/O: they keep every read
// inside the runbook's root, read only regular files, and stop at the size limits here.

/** Size limits (bytes) per kind of file. A staged CSV holds at most 2,000 rows: 10 MB is far beyond any real one. */
export const FILE_LIMITS = {
  csv: 10 * 1024 * 1024,
  inventory: 50 * 1024 * 1024,
  /** `.exchange-runbook.json` (docs/configuration.md). */
  config: 1024 * 1024,
} as const;

/** At most this many characters of a file's content appear in one message. */
export const MAX_QUOTED = 80;

/** Why an adapter did not read a file. */
export type RefusalReason =
  /** the path is absolute (`/etc/passwd`, `C:\…`, `\\server\share`) */
  | 'absolute'
  /** the path, or the real path behind a symbolic link, leaves the runbook's root */
  | 'outside'
  /** a directory, FIFO, socket or device */
  | 'not-file'
  /** larger than the limit for its kind */
  | 'too-large'
  /** it exists but could not be read (permission denied, a symbolic-link loop, …) */
  | 'unreadable';

export interface FileRefusal {
  refused: RefusalReason;
  /** For `too-large`: the limit in bytes. */
  limit?: number;
  /** For `unreadable`: the reason, in the adapter's words (never the file's content). */
  reason?: string;
}

/**
 * What a reader gives for a path the runbook names: the file's bytes (the core decodes
 * them), text an editor already holds, `undefined` when the file does not exist, or why
 * it was not read.
 */
export type FileRead = Uint8Array | string | undefined | FileRefusal;

export function isRefusal(read: FileRead): read is FileRefusal {
  return typeof read === 'object' && read !== null && !(read instanceof Uint8Array) && 'refused' in read;
}

/**
 * Absolute in any operating system's spelling: `/x`, `\x`, `C:\x`, `C:x` (drive-relative
 * is not relative to the runbook either) and UNC `\\server\share`. Such a path is never
 * handed to a reader.
 */
export function isAbsolutePath(p: string): boolean {
  return /^[\\/]/.test(p) || /^[A-Za-z]:/.test(p);
}

export type EncodingProblem =
  /** bytes that are not UTF-8, without a UTF-16 byte-order mark (e.g. Windows-1252 from Excel's plain "CSV") */
  | { kind: 'invalid-utf8'; offset: number }
  /** UTF-16 without a byte-order mark: which order cannot be known for sure */
  | { kind: 'utf16-no-bom' }
  /** a UTF-16 byte-order mark followed by bytes that are not UTF-16 (a lone surrogate, an odd length) */
  | { kind: 'invalid-utf16'; encoding: 'UTF-16LE' | 'UTF-16BE' }
  /** a NUL character: a binary file, not text */
  | { kind: 'nul'; offset: number };

export type Decoded = { text: string; encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' } | { problem: EncodingProblem };

/**
 * Text from a file's bytes: UTF-8 with or without a byte-order mark, or UTF-16 LE/BE with
 * one (Windows PowerShell 5.1's `Out-File` and Notepad's "Unicode" write UTF-16LE with a
 * BOM). Anything else is a problem that names itself, never text decoded by guesswork.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'UTF-16LE');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'UTF-16BE');
  const start = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  const nul = bytes.indexOf(0, start);
  if (nul >= 0) {
    // ASCII text saved as UTF-16 without a BOM has a zero in every other byte.
    if (looksLikeBomlessUtf16(bytes)) return { problem: { kind: 'utf16-no-bom' } };
    return { problem: { kind: 'nul', offset: nul } };
  }
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { problem: { kind: 'invalid-utf8', offset: start + firstInvalidUtf8(body) } };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): Decoded {
  if (bytes.length % 2 !== 0) return { problem: { kind: 'invalid-utf16', encoding } };
  let text: string;
  try {
    text = new TextDecoder(encoding === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(2),
    );
  } catch {
    return { problem: { kind: 'invalid-utf16', encoding } };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { problem: { kind: 'nul', offset: 2 + 2 * nul } };
  return { text, encoding };
}

function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return Math.max(evenZeros, oddZeros) >= pairs * 0.6 && Math.min(evenZeros, oddZeros) <= pairs * 0.1;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

/**
 * A piece of a file's content as a message may show it: at most MAX_QUOTED characters
 * (code points, so a surrogate pair is never split), the cut marked with `…`.
 */
export function quoteContent(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return `${chars.slice(0, max - 1).join('')}…`;
}
