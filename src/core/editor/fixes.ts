// Fix-all for an editor. The core's fixAll decides what gets fixed (its passes, which rule
// goes first, which fixes go together) and returns the fixed text; an editor instead
// applies edits to the document it has. So the fixed text is turned back into edits of
// the original: the lines no fix touched are left alone (never a whole-document replace),
// and within a changed line only the changed characters are replaced. Markers, folding,
// the cursor and undo stay precise, and the result is exactly the core's text.
import { fixAll } from '../lint';
import type { Finding, LintOptions, TextEdit } from '../types';

export interface FixAllEdits {
  /** Edits of the original text, sorted and non-overlapping. */
  edits: TextEdit[];
  /** The text after every pass. */
  text: string;
  passes: number;
  /** Fixes applied in all passes. */
  applied: number;
  /** Findings of the fixed text. */
  findings: Finding[];
}

/** The core's fixAll, as minimal edits of `text`. */
export function fixAllEdits(text: string, options: LintOptions = {}, ruleId?: string): FixAllEdits {
  const result = fixAll(text, options, ruleId);
  return {
    edits: diffEdits(text, result.text),
    text: result.text,
    passes: result.passes,
    applied: result.applied,
    findings: result.findings,
  };
}

/** Above this many line comparisons the changed middle is replaced as one block. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * Edits that turn `before` into `after`: an LCS diff of lines (line breaks kept with their
 * line), each changed block then trimmed to the characters that differ.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  let offset = a.slice(0, head).reduce((n, l) => n + l.length, 0);
  const edits: TextEdit[] = [];
  const pushBlock = (removed: string[], added: string[], at: number) => {
    const from = removed.join('');
    const to = added.join('');
    if (from !== to) edits.push(trim(at, from, to));
  };
  if ((am.length + 1) * (bm.length + 1) > MAX_DIFF_CELLS) {
    pushBlock(am, bm, offset);
    return edits;
  }
  // lcs[i][j]: length of the longest common subsequence of am[i..] and bm[j..].
  const width = bm.length + 1;
  const lcs = new Uint32Array((am.length + 1) * width);
  for (let i = am.length - 1; i >= 0; i--) {
    for (let j = bm.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        am[i] === bm[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let removed: string[] = [];
  let added: string[] = [];
  let blockStart = offset;
  const flush = () => {
    if (removed.length || added.length) pushBlock(removed, added, blockStart);
    removed = [];
    added = [];
  };
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      flush();
      offset += am[i].length;
      i++;
      j++;
      blockStart = offset;
    } else if (j < bm.length && (i === am.length || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      added.push(bm[j++]);
    } else {
      removed.push(am[i]);
      offset += am[i].length;
      i++;
    }
  }
  flush();
  return edits;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** One edit replacing `from` (at `at`) by `to`, without the characters both share at either end. */
function trim(at: number, from: string, to: string): TextEdit {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from[start] === to[start]) start++;
  let end = 0;
  while (end < max - start && from[from.length - 1 - end] === to[to.length - 1 - end]) end++;
  return { offset: at + start, length: from.length - start - end, text: to.slice(start, to.length - end) };
}
