// The core's analysis as the editor's shared cache (./analysis.ts) calls it: parse a
// document's version, from the previous version's parse when the edits between them are
// known, and lint it from that parse.
import { lintFrom, type LintOptions, type LintResult, type ParsedRunbook, parseFrom, parseRunbook } from '../core';

/** One edit of the previous version's text, as VS Code reports it (`contentChanges`). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** The previous version, for an incremental parse: its text, its parse and the edits since. */
export interface PreviousParse {
  text: string;
  parsed: ParsedRunbook;
  changes: readonly TextChange[];
}

export interface Engine {
  /** parseRunbook(text); `previous` lets the engine re-parse only the edited block (`incremental`). */
  parse(text: string, previous?: PreviousParse): { parsed: ParsedRunbook; incremental: boolean };
  /** lint(text) from its parse (never parsed again; each fix proved on the fixed block only). */
  lint(text: string, options: LintOptions, parsed: ParsedRunbook): LintResult;
}

/**
 * Whether `changes` can be what turned `before` into `after`: the lengths add up. A missed
 * or reordered event fails this, and the version is parsed in full. The changed range
 * itself the core finds by comparing the texts, so a wrong offset costs speed, never a
 * wrong parse.
 */
export function changesFit(before: string, after: string, changes: readonly TextChange[]): boolean {
  if (changes.length === 0) return before === after;
  let length = before.length;
  for (const change of changes) {
    if (change.rangeOffset < 0 || change.rangeLength < 0 || change.rangeOffset + change.rangeLength > length)
      return false;
    length += change.text.length - change.rangeLength;
  }
  return length === after.length;
}

export const engine: Engine = {
  parse: (text, previous) => {
    if (!previous || !changesFit(previous.text, text, previous.changes))
      return { parsed: parseRunbook(text), incremental: false };
    // On copies (not in place): features may still hold the previous version's parse
    // (the preview keeps the one it drew, a lens click resolves against its version).
    const next = parseFrom(previous.parsed, text, false);
    return { parsed: next.parsed, incremental: next.fallback === undefined };
  },
  lint: (_text, options, parsed) => lintFrom(parsed, options),
};
