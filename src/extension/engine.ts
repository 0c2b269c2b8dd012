// The core's analysis as the editor's shared cache (./analysis.ts) calls it: parse a
// document's text, and lint it from that parse. Kept behind this one object so that the
// core's incremental re-analysis (reuse the previous version's parse where an edit stays
// inside one block) replaces the full parse here and nowhere else.
import { lint, type LintOptions, type LintResult, type ParsedRunbook, parseRunbook } from '../core';

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
  /** parseRunbook(text); `previous` may let the engine re-parse only what changed. */
  parse(text: string, previous?: PreviousParse): ParsedRunbook;
  /** lint(text) from its parse (never parsed again). */
  lint(text: string, options: LintOptions, parsed: ParsedRunbook): LintResult;
}

export const engine: Engine = {
  parse: (text) => parseRunbook(text),
  lint: (text, options, parsed) => lint(text, options, parsed),
};
