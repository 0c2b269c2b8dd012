// One analysis of one version of a runbook, shared by every editor feature: the parse at
// once (outline, folding, hover, completion, references need no rules), the findings and
// their proved fixes on first request. After an edit, the next version's analysis is made
// from the previous one: only the edited step, server or phase is parsed again
// (analysis-splice.ts), then the model and the rules run over the whole runbook as usual.
// Its findings, ranges and fixes are those of a full `lint` of the new text; anything the
// splice cannot prove safe is parsed in full.
import { applyEdits, normalizeEdits } from './fix';
import { parseRunbook, ParsedRunbook, readText } from './parse';
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
 * changed range is found by comparing the texts, which costs little next to any parse).
 * Only the edited block is parsed again when the change stays inside one step, server or
 * phase. The new analysis takes over the previous one's parse and moves its nodes: what
 * `previous` already computed (findings, proved fixes) stays valid, but its `parsed` is
 * then parsed again from its text on access (correct, at the cost of a full parse).
 */
export function analyzeIncremental(
  previous: Analysis,
  changes: readonly TextChange[] | undefined,
  text: string,
  options: LintOptions = previous.options,
): Analysis {
  void changes; // the texts themselves say what changed (changedRange): no trust in the caller's offsets needed
  if (!(previous instanceof RunbookAnalysis)) return analyze(text, options);
  const next = parseFrom(previous.parsed, text, true);
  if (next.fallback !== undefined) return new RunbookAnalysis(text, options, next.parsed, 'full', next.fallback);
  previous.spend();
  return new RunbookAnalysis(text, options, next.parsed, 'incremental');
}

/**
 * `parseRunbook(text)`, made from `previous` (the parse of a nearby text, e.g. the
 * editor's previous version) when the change stays inside one step, server or phase;
 * otherwise a full parse, with the reason in `fallback`. `inPlace` takes over the previous
 * parse's nodes (cheapest; `previous` must not be read again once it is spliced); without
 * it, what moves is copied and `previous` stays valid (an editor whose features may still
 * hold the previous version's parse).
 */
export function parseFrom(
  previous: ParsedRunbook,
  text: string,
  inPlace: boolean,
): { parsed: ParsedRunbook; fallback?: string } {
  const spliced = spliceDocument(previous, readText(text), inPlace);
  if (!('doc' in spliced)) return { parsed: parseRunbook(text), fallback: spliced.fallback };
  return { parsed: parseRunbook(text, () => spliced.doc, spliced.nestingChecked) };
}

/**
 * `lint(parsed.text, options, parsed)`: the same findings and proved fixes, each fix
 * proved by a lint of the fixed text parsed from `parsed` (only the fixed block again,
 * on copies) instead of a full parse per fix.
 */
export function lintFrom(parsed: ParsedRunbook, options: LintOptions): LintResult {
  const result = lintParsed(parsed, options);
  proveFixes(result, options, (fixed, fixedOptions) =>
    lintParsed(parseFrom(parsed, fixed, false).parsed, fixedOptions),
  );
  return result;
}

class RunbookAnalysis implements Analysis {
  private unproved?: LintResult;
  private proved?: LintResult;
  private plain?: Finding[];
  private spent = false;

  constructor(
    readonly source: string,
    readonly options: LintOptions,
    private parse: ParsedRunbook,
    readonly mode: 'full' | 'incremental',
    readonly fallback?: string,
  ) {}

  get parsed(): ParsedRunbook {
    if (this.spent) {
      // A later analysis moved this parse's nodes: parse the text again, once.
      this.parse = parseRunbook(this.source);
      this.spent = false;
    }
    return this.parse;
  }

  /** The next version took over this parse (analyzeIncremental). */
  spend(): void {
    this.spent = true;
  }

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
      proveFixes(result, this.options, (fixed, options) => this.lintOf(fixed, options));
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

  /** The unproved lint of a text near this one (a fix applied): incremental, on copies, when it can be. */
  private lintOf(text: string, options: LintOptions): LintResult {
    return lintParsed(parseFrom(this.parsed, text, false).parsed, options);
  }
}
