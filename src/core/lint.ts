// The lint engine: parse, then one pass of the organization model with every enabled
// rule watching, then suppression comments and severity overrides.
import { parseRunbook, ParsedRunbook, toSourceRange } from './parse';
import { applyStep, initialState, readFacts } from './model';
import { csvReadable, readCsv, CsvFile } from './csv';
import { FileRead, isAbsolutePath } from './files';
import { importInventory } from './inventory/import';
import { docsUrl, Report, RuleContext, RuleDefinition, RuleVisitor } from './rule';
import { RULES, RULES_BY_ID } from './rules';
import { CORE, lookupMessage } from './l10n/messages';
import { applyEdits, applyFixes, isDeclined, normalizeEdits, overlaps } from './fix';
import { localDateIso } from './util/date';
import { toolkitFor } from './toolkit';
import { unlessNotReleased } from './toolkit/text';
import type { Finding, Fix, FixWithdrawal, LintOptions, Locale, Severity, SeveritySetting, TextEdit } from './types';

export interface LintResult {
  findings: Finding[];
  parsed: ParsedRunbook;
}

/** The local calendar date now: the default when a front end passes no `today`. */
export function todayIso(): string {
  return localDateIso(new Date());
}

/**
 * Lints a runbook. Every fix it offers has been applied to the text and the result linted:
 * a fix whose edits overlap, or after which the YAML reads worse or there are more errors,
 * is withdrawn (see proveFixes). `parsed`, when given, is parseRunbook(text) already made
 * (the editor parses once per document version and shares it); it must be of this text.
 */
export function lint(text: string, options: LintOptions = {}, parsed?: ParsedRunbook): LintResult {
  const result = lintUnproved(text, options, parsed);
  proveFixes(result, options);
  return result;
}

function lintUnproved(text: string, options: LintOptions, parsed = parseRunbook(text)): LintResult {
  return lintParsed(parsed, options);
}

/** The rules over a parse, fixes not yet proved (analysis.ts reuses a parse it spliced). */
export function lintParsed(parsed: ParsedRunbook, options: LintOptions): LintResult {
  const locale: Locale = options.locale ?? 'en';
  const findings: Finding[] = [];
  const severityOf = (rule: RuleDefinition, requested?: Severity): SeveritySetting => {
    const override = options.rules?.[rule.id];
    if (override === 'off') return 'off';
    if (override) return override;
    return requested ?? rule.defaultSeverity;
  };
  const push = (rule: RuleDefinition, report: Report) => {
    const severity = severityOf(rule, report.severity);
    if (severity === 'off') return;
    report = atAlias(report);
    // A fix built per occurrence of a repeated (aliased) node carries the same edit twice:
    // proveFixes drops the copy (normalizeEdits), for every finding lint returns.
    findings.push({
      ruleId: rule.id,
      severity,
      message: lookupMessage(rule.messages, locale, report.messageId, report.args),
      range: toSourceRange(parsed, report.range),
      docsUrl: docsUrl(rule.id),
      ...(report.fix ? { fix: parsed.eol === '\r' ? withCrLineBreaks(report.fix) : report.fix } : {}),
      ...(report.data ? { data: report.data } : {}),
      ...(report.step ? { stepIndex: report.step.index } : {}),
    });
  };

  // The parser's own wording has a Swedish version; yaml's messages exist in English only.
  const parseProblemText = (problem: ParsedRunbook['fatal'][number]) =>
    problem.messageId ? lookupMessage(CORE, locale, problem.messageId, problem.args) : problem.message;
  const syntaxRule = RULES_BY_ID.get('yaml-syntax')!;
  const schemaRule = RULES_BY_ID.get('schema')!;
  for (const problem of parsed.fatal) {
    push(syntaxRule, { range: problem.range, messageId: 'problem', args: { problem: parseProblemText(problem) } });
  }
  if (parsed.fatal.length > 0 || !parsed.doc) return finish(parsed, findings);
  for (const problem of parsed.problems) {
    push(problem.kind === 'schema' ? schemaRule : syntaxRule, {
      range: problem.range,
      messageId: 'problem',
      args: { problem: parseProblemText(problem) },
    });
  }

  const facts = readFacts(parsed);
  const asOf = options.asOf ?? runbookAsOf(parsed) ?? options.today ?? todayIso();
  const csv = csvReader(options);
  let inventoryRead: { path: string; result: ReturnType<RuleContext['inventory']> } | undefined;
  const inventory = (path: string): ReturnType<RuleContext['inventory']> => {
    if (inventoryRead?.path === path) return inventoryRead.result;
    inventoryRead = { path, result: readInventory(path, options, locale) };
    return inventoryRead.result;
  };
  const toolkit = toolkitFor(parsed, facts, locale, asOf);
  const visitors: RuleVisitor[] = [];
  for (const rule of RULES) {
    if (rule.id === 'yaml-syntax' || options.rules?.[rule.id] === 'off') continue;
    const context: RuleContext = {
      parsed,
      doc: parsed.doc,
      facts,
      asOf,
      locale,
      report: (report) => push(rule, report),
      csv,
      inventory,
      message: (id, args) => lookupMessage(id in rule.messages.en ? rule.messages : CORE, locale, id, args),
      unlessNotReleased: (report, notReleased) =>
        unlessNotReleased(context, report.messageId, report.args ?? {}, notReleased),
      ...toolkit,
    };
    visitors.push(rule.create(context));
  }
  const countRows = (path: string) => {
    const file = csv(path);
    return csvReadable(file) ? file.rows.length : undefined;
  };
  const state = initialState(parsed, facts);
  for (const v of visitors) v.onStart?.(state);
  for (const step of parsed.steps) {
    state.stepIndex = step.index;
    for (const v of visitors) v.onStep?.(step, state);
    applyStep(state, step, parsed, countRows);
  }
  state.stepIndex = parsed.steps.length;
  for (const v of visitors) v.onEnd?.(state);
  return finish(parsed, findings);
}

/**
 * A step repeated through an alias: its node's text is the anchored one, elsewhere. The
 * finding goes to the alias, and no fix is offered (it would edit, or insert next to, the anchor).
 */
function atAlias(report: Report): Report {
  const via = report.step?.via;
  if (!via?.range) return report;
  const node = report.step!.node.range;
  if (node && report.range.start >= node[0] && report.range.end <= node[2])
    report = { ...report, range: { start: via.range[0], end: via.range[1] } };
  if (report.fix) report = { ...report, fix: undefined };
  return report;
}

/** Reads and parses the CSV files a runbook names, once each: rules and the model share one parse. */
function csvReader(options: LintOptions): (path: string) => CsvFile {
  const cache = new Map<string, CsvFile>();
  return (path) => {
    let file = cache.get(path);
    if (!file) {
      let content: FileRead;
      if (isAbsolutePath(path)) {
        // Refused before any reader sees it, whatever the adapter (docs/security.md).
        content = { refused: 'absolute' };
      } else {
        try {
          content = options.readFile?.(path);
        } catch {
          content = undefined;
        }
      }
      file = readCsv(path, content);
      cache.set(path, file);
    }
    return file;
  };
}

/** A fix for a CR-only file: the rules write inserted lines with LF (they read the text as LF, parse.ts). */
function withCrLineBreaks(fix: Fix): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, '\r') })) };
}

const INVENTORY_REASONS: Record<Locale, Record<string, string>> = {
  en: {
    absolute: 'an absolute path; name it relative to the runbook, inside its folder',
    outside: 'it is outside the runbook’s root folder',
    missing: 'no such file or folder',
    'not-file': 'not a regular file or folder',
    'too-large': 'larger than 50 MB',
    unreadable: 'unreadable',
    'no-reader': 'files are not read here',
  },
  sv: {
    absolute: 'en absolut sökväg; ange den relativt körboken, i dess mapp',
    outside: 'den ligger utanför körbokens rotmapp',
    missing: 'filen eller mappen finns inte',
    'not-file': 'inte en vanlig fil eller mapp',
    'too-large': 'större än 50 MB',
    unreadable: 'oläsbar',
    'no-reader': 'filer läses inte här',
  },
};

function readInventory(path: string, options: LintOptions, locale: Locale): ReturnType<RuleContext['inventory']> {
  const reason = (kind: keyof (typeof INVENTORY_REASONS)['en'], detail?: string) =>
    INVENTORY_REASONS[locale][kind] + (detail ? ` (${detail.slice(0, 80)})` : '');
  if (isAbsolutePath(path.trim())) return { refused: 'absolute', reason: reason('absolute') };
  if (!options.readInventory) return { refused: 'no-reader', reason: reason('no-reader') };
  let read: ReturnType<NonNullable<LintOptions['readInventory']>>;
  try {
    read = options.readInventory(path);
  } catch {
    read = { refused: 'unreadable' };
  }
  if (read === undefined) return { refused: 'missing', reason: reason('missing') };
  if (!Array.isArray(read)) return { refused: read.refused, reason: reason(read.refused, read.reason) };
  return { inventory: importInventory(read) };
}

/** The runbook's own `asOf`, when it is a date. */
export function runbookAsOf(parsed: ParsedRunbook): string | undefined {
  const node = parsed.root?.get('asOf', true) as { value?: unknown } | undefined;
  const value = node?.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return undefined;
}

const DISABLE = /#\s*runbook-disable(-next-line)?\b([^\n]*)/g;

/** Applies `# runbook-disable-next-line <id…>` and `# runbook-disable <id…>` comments. */
function suppressions(text: string): {
  file: Set<string> | 'all' | undefined;
  lines: Map<number, Set<string> | 'all'>;
} {
  let file: Set<string> | 'all' | undefined;
  const lines = new Map<number, Set<string> | 'all'>();
  if (!text.includes('runbook-disable')) return { file, lines };
  // Lines are counted on from the previous comment (matches come in text order): counting
  // from the start for each comment was quadratic in a runbook with many of them.
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(DISABLE)) {
    const ids = match[2]
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const set: Set<string> | 'all' = ids.length ? new Set(ids) : 'all';
    if (match[1]) {
      for (let i = counted; i < match.index!; i++) if (text.charCodeAt(i) === 10) line++;
      counted = match.index!;
      lines.set(line + 1, set);
    } else {
      file = set === 'all' || file === 'all' ? 'all' : new Set([...(file ?? []), ...set]);
    }
  }
  return { file, lines };
}

function finish(parsed: ParsedRunbook, findings: Finding[]): LintResult {
  const { file, lines } = suppressions(parsed.text);
  const covers = (set: Set<string> | 'all' | undefined, id: string) =>
    set === 'all' || (set !== undefined && set.has(id));
  const kept = findings.filter(
    (f) => f.ruleId === 'yaml-syntax' || (!covers(file, f.ruleId) && !covers(lines.get(f.range.line), f.ruleId)),
  );
  kept.sort(
    (a, b) =>
      a.range.offset - b.range.offset || a.range.endOffset - b.range.endOffset || a.ruleId.localeCompare(b.ruleId),
  );
  return { findings: kept, parsed };
}

// ---- proving fixes ---------------------------------------------------------------------

/**
 * Problems the parser itself reports: what a fix must never add. A fatal problem (the
 * text no longer parses at all, e.g. a fix wrote a NUL and the file reads as binary)
 * outweighs any number of ordinary ones: it hides them, so counting it as one would let
 * a fix that destroys the file pass as one that removed problems.
 */
function parseProblemCount(parsed: ParsedRunbook): number {
  return parsed.fatal.length > 0 ? Number.MAX_SAFE_INTEGER : parsed.problems.length;
}

/**
 * Up to this many characters are re-parsed to prove each fix alone; past it (a large file
 * with hundreds of fixes) fixes that can go together are proved together, and a group that
 * fails is split in halves until the fixes that break the YAML are found, so the cost stays
 * near-linear in the file.
 */
const SINGLE_PROOF_BUDGET = 400_000;

function withdraw(options: LintOptions, told: Set<string>, withdrawal: FixWithdrawal): void {
  const key = `${withdrawal.ruleId}\u0000${withdrawal.reason}\u0000${withdrawal.title}`;
  if (told.has(key)) return;
  told.add(key);
  options.onFixWithdrawn?.(withdrawal);
}

/**
 * Replaces each finding's fix by its normalized edits (duplicates and no-ops dropped), and
 * removes the fix when its edits overlap, it changes nothing, or the text it produces has
 * more parse problems or more errors than the text it fixes. `lintFixed` lints a fixed
 * text without proving its fixes (analysis.ts passes one that parses only the edited block).
 */
export function proveFixes(result: LintResult, options: LintOptions, lintFixed = lintUnproved): void {
  const { parsed, findings } = result;
  const text = parsed.text;
  const baseline = parseProblemCount(parsed);
  const told = new Set<string>();
  const pending: { finding: Finding; edits: TextEdit[] }[] = [];
  for (const finding of findings) {
    if (!finding.fix) continue;
    // A helper that cannot place lines there (flow style) declined: no fix, nothing to report.
    if (finding.fix.edits.some(isDeclined)) {
      delete finding.fix;
      continue;
    }
    const edits = normalizeEdits(text, finding.fix.edits);
    if (!edits || edits.length === 0) {
      if (!edits) withdraw(options, told, { ruleId: finding.ruleId, reason: 'overlap', title: finding.fix.title });
      delete finding.fix;
      continue;
    }
    if (edits.length !== finding.fix.edits.length) finding.fix = { ...finding.fix, edits };
    pending.push({ finding, edits });
  }
  if (pending.length === 0) return;
  // One verdict per distinct edit list: the same fix offered by two findings is proved once.
  const groups = new Map<string, { edits: TextEdit[]; findings: Finding[] }>();
  for (const p of pending) {
    const key = JSON.stringify(p.edits);
    const group = groups.get(key);
    if (group) group.findings.push(p.finding);
    else groups.set(key, { edits: p.edits, findings: [p.finding] });
  }
  const candidates = [...groups.values()];
  // Each proof is a whole lint of the fixed text (parsing is most of a lint's time): a fix
  // must leave no more parse problems and no more errors. CSV files are read once for all.
  const csvRead = new Map<string, FileRead>();
  const proofOptions: LintOptions = {
    ...options,
    readFile: (relative) => {
      if (!csvRead.has(relative)) {
        let content: FileRead;
        try {
          content = options.readFile?.(relative);
        } catch {
          content = undefined;
        }
        csvRead.set(relative, content);
      }
      return csvRead.get(relative);
    },
  };
  const why = new Map<(typeof candidates)[number], FixWithdrawal['reason']>();
  const verdict = (edits: TextEdit[]): FixWithdrawal['reason'] | undefined => {
    const after = lintFixed(applyEdits(text, edits), proofOptions);
    if (parseProblemCount(after.parsed) > baseline) return 'syntax';
    return worse(after, result) ? 'errors' : undefined;
  };
  const reads = (edits: TextEdit[]) => verdict(edits) === undefined;
  const bad = new Set<(typeof candidates)[number]>();
  if (candidates.length * Math.max(text.length, 1) <= SINGLE_PROOF_BUDGET) {
    for (const c of candidates) {
      const reason = verdict(c.edits);
      if (reason) {
        bad.add(c);
        why.set(c, reason);
      }
    }
  } else {
    // Layers of candidates that do not overlap each other, each proved by halves.
    let rest = candidates;
    while (rest.length) {
      const layer: typeof candidates = [];
      const next: typeof candidates = [];
      const used: TextEdit[] = [];
      for (const c of rest) {
        if (c.edits.some((e) => used.some((u) => overlaps(u, e)))) next.push(c);
        else {
          layer.push(c);
          used.push(...c.edits);
        }
      }
      const prove = (part: typeof candidates): void => {
        if (reads(part.flatMap((c) => c.edits))) return;
        if (part.length === 1) {
          bad.add(part[0]);
          why.set(part[0], verdict(part[0].edits) ?? 'errors');
        } else {
          const half = part.length >> 1;
          prove(part.slice(0, half));
          prove(part.slice(half));
        }
      };
      prove(layer);
      rest = next;
    }
  }
  for (const c of bad) {
    for (const f of c.findings) {
      withdraw(options, told, { ruleId: f.ruleId, reason: why.get(c) ?? 'syntax', title: f.fix!.title });
      delete f.fix;
    }
  }
}

/** What fix-all may not make worse: parse problems, then errors. */
function damage(result: LintResult): { parse: number; errors: number } {
  return {
    parse: parseProblemCount(result.parsed),
    errors: result.findings.filter((f) => f.severity === 'error').length,
  };
}

/** Whether `after` has more parse problems, or more errors, than `before`. */
export function worse(after: LintResult, before: LintResult): boolean {
  const a = damage(after);
  const b = damage(before);
  return a.parse > b.parse || a.errors > b.errors;
}

/**
 * Whether applying this one fix to `text` leaves no more parse problems and no more errors
 * than `text` has: what an editor checks before it offers a finding's quick fix (lint
 * already re-parsed it; this re-lints).
 */
export function fixKeepsErrors(
  text: string,
  fix: Fix,
  options: LintOptions = {},
  before: LintResult = lintUnproved(text, options),
): boolean {
  const edits = normalizeEdits(text, fix.edits);
  if (!edits || edits.length === 0) return false;
  return !worse(lintUnproved(applyEdits(text, edits), options), before);
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FixAllResult {
  text: string;
  passes: number;
  applied: number;
  findings: Finding[];
}

/** Lints spent on one fixAll beyond its passes, proving fixes one by one after a pass made things worse. */
const MAX_RETRY_LINTS = 40;

/**
 * Applies every available fix, re-linting between passes, until nothing changes (at most
 * 10 passes). A pass after which the text has more parse problems or more errors than
 * before is undone; its rule's fixes are then tried one at a time, and a fix that makes
 * things worse alone is withdrawn for the rest of the run.
 */
export function fixAll(text: string, options: LintOptions = {}, ruleId?: string): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let retries = 0;
  const told = new Set<string>();
  // A withdrawn fix is known by its rule, title and inserted texts: offsets move as other fixes land.
  const withdrawn = new Set<string>();
  const keyOf = (f: Finding) => JSON.stringify([f.ruleId, f.fix!.title, f.fix!.edits.map((e) => [e.length, e.text])]);
  let result = lint(current, options);
  while (passes < 10) {
    const fixable = result.findings.filter(
      (f) => f.fix && (!ruleId || f.ruleId === ruleId) && !withdrawn.has(keyOf(f)),
    );
    if (fixable.length === 0) break;
    // Fixes of different rules can contradict each other (a transition that retires servers,
    // and moves off those servers inserted elsewhere; two inserted steps with one id): each
    // pass applies one rule's fixes, the most severe rule first, and re-lints.
    const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity) * 1000 + RULES.findIndex((r) => r.id === f.ruleId);
    const first = fixable.reduce((best, f) => (rank(f) < rank(best) ? f : best));
    const sameRule = fixable.filter((f) => f.ruleId === first.ruleId);
    const next = applyFixes(
      current,
      sameRule.map((f) => f.fix!),
    );
    if (next.applied === 0 || next.text === current) break;
    let nextResult = lint(next.text, options);
    let nextText = next.text;
    let nextApplied = next.applied;
    if (worse(nextResult, result)) {
      // Find the first of the rule's fixes that is fine alone; withdraw those that are not.
      nextText = current;
      nextApplied = 0;
      for (const f of sameRule) {
        if (retries++ >= MAX_RETRY_LINTS) break;
        const alone = applyFixes(current, [f.fix!]);
        const aloneResult = lint(alone.text, options);
        if (alone.applied > 0 && !worse(aloneResult, result)) {
          nextText = alone.text;
          nextResult = aloneResult;
          nextApplied = 1;
          break;
        }
        withdrawn.add(keyOf(f));
        withdraw(options, told, {
          ruleId: f.ruleId,
          reason: worse(aloneResult, result) && damage(aloneResult).parse > damage(result).parse ? 'syntax' : 'errors',
          title: f.fix!.title,
        });
      }
      if (nextApplied === 0) {
        if (retries >= MAX_RETRY_LINTS) break;
        continue;
      }
    }
    passes++;
    applied += nextApplied;
    current = nextText;
    result = nextResult;
  }
  return { text: current, passes, applied, findings: result.findings };
}
