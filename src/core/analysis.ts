// One analysis of one version of a runbook, shared by every editor feature: the parse at
// once (outline, folding, hover, completion, references need no rules), the findings and
// their proved fixes on first request. After an edit, the next version's analysis is made
// from the previous one: only the edited step, server or phase is parsed again
// (analysis-splice.ts), then the model and the rules run over the whole runbook as usual.
// Its findings, ranges and fixes are those of a full `lint` of the new text; anything the
// splice cannot prove safe is parsed in full.
import { applyEdits, normalizeEdits } from './fix';
import { compose, parseRunbook, ParsedRunbook } from './parse';
import { lintParsed, LintResult, proveFixes, worse } from './lint';
import { spliceDocument } from './analysis-splice';
import type { Finding, Fix, LintOptions, TextEdit } from './types';

/** A change of the text, as editors report it (VS Code's `rangeOffset`, `rangeLength`, `text`). */
export interface TextChange {
  /** Offset in the previous text. */
  offset: number;
  /** Characters of the previous text replaced. */
  length: number;
  text: string;
}

export interface Analysis {
  /** The text analysed, as given. */
  readonly source: string;
  readonly options: LintOptions;
  /** The parse: available at once, without running the rules. */
  readonly parsed: ParsedRunbook;
  /** `incremental` when only the edited block was parsed again. */
  readonly mode: 'full' | 'incremental';
  /** Why an incremental analysis parsed the whole text instead (tests, benchmark). */
  readonly fallback?: string;
  /**
   * The findings, without fixes (diagnostics): the rules run on the first call of this or
   * `lint`. The same findings, in the same order, as `lint(source, options)` returns.
   */
  findings(): Finding[];
  /** Findings with proved fixes: exactly what `lint(source, options)` returns. Computed once. */
  lint(): LintResult;
  /**
   * Whether applying `fix` leaves no more parse problems and no more errors (an editor's
   * check before it offers a quick fix): `fixKeepsErrors` against this analysis, the fixed
   * text analysed incrementally when it can be.
   */
  fixKeepsErrors(fix: Fix): boolean;
}

/** A full analysis of `text`: parsed now, linted when first asked. */
export function analyze(text: string, options: LintOptions = {}): Analysis {
  return new RunbookAnalysis(text, options, parseRunbook(text), 'full');
}

/**
 * The analysis of `text`, the previous analysis's text after `changes` (optional: the
 * changed range is found by comparing the texts, which is cheap next to any parse). Only
 * the edited block is parsed again when the change stays inside one step, server or phase;
 * `previous` stays valid (it shares nodes before the edit and is not modified).
 */
export function analyzeIncremental(
  previous: Analysis,
  changes: readonly TextChange[] | undefined,
  text: string,
  options: LintOptions = previous.options,
): Analysis {
  void changes; // the texts themselves say what changed (changedRange): no trust in the caller's offsets needed
  let fallback: string | undefined;
  const parsed = parseRunbook(text, (read) => {
    const spliced = spliceDocument(previous.parsed, read);
    if ('doc' in spliced) return spliced.doc;
    fallback = spliced.fallback;
    return compose(read);
  });
  // A text refused before any compose (binary, too large, too deep) is a full analysis too.
  const spliced = parsed.doc !== undefined && fallback === undefined;
  return new RunbookAnalysis(
    text,
    options,
    parsed,
    spliced ? 'incremental' : 'full',
    spliced ? undefined : (fallback ?? 'unreadable'),
  );
}

class RunbookAnalysis implements Analysis {
  private unproved?: LintResult;
  private proved?: LintResult;
  private plain?: Finding[];

  constructor(
    readonly source: string,
    readonly options: LintOptions,
    readonly parsed: ParsedRunbook,
    readonly mode: 'full' | 'incremental',
    readonly fallback?: string,
  ) {}

  private rules(): LintResult {
    this.unproved ??= lintParsed(this.parsed, this.options);
    return this.unproved;
  }

  findings(): Finding[] {
    // Copies without the fix: proving later edits the findings' fixes in place.
    this.plain ??= this.rules().findings.map((f) => {
      if (!f.fix) return f;
      const { fix: _fix, ...rest } = f;
      return rest;
    });
    return this.plain;
  }

  lint(): LintResult {
    if (!this.proved) {
      const result = this.rules();
      proveFixes(result, this.options, (fixed, _edits, options) => this.lintOf(fixed, options));
      this.proved = result;
    }
    return this.proved;
  }

  fixKeepsErrors(fix: Fix): boolean {
    const text = this.source;
    const edits: TextEdit[] | undefined = normalizeEdits(text, fix.edits);
    if (!edits || edits.length === 0) return false;
    return !worse(this.lintOf(applyEdits(text, edits), this.options), this.rules());
  }

  /** The unproved lint of a text near this one (a fix applied): incremental when it can be. */
  private lintOf(text: string, options: LintOptions): LintResult {
    const parsed = parseRunbook(text, (read) => {
      const spliced = spliceDocument(this.parsed, read);
      return 'doc' in spliced ? spliced.doc : compose(read);
    });
    return lintParsed(parsed, options);
  }
}
