// The lint engine: parse, then one pass of the organization model with every enabled
// rule watching, then suppression comments and severity overrides.
import { parseRunbook, ParsedRunbook, toSourceRange } from './parse';
import { applyStep, initialState, readFacts } from './model';
import { csvReadable, readCsv, CsvFile } from './csv';
import { FileRead, isAbsolutePath } from './files';
import { docsUrl, format, Report, RuleContext, RuleDefinition, RuleVisitor } from './rule';
import { RULES, RULES_BY_ID } from './rules';
import { coreMessage } from './l10n/messages';
import { applyFixes } from './fix';
import { localDateIso } from './util/date';
import type { Finding, LintOptions, Locale, Severity, SeveritySetting } from './types';

export interface LintResult {
  findings: Finding[];
  parsed: ParsedRunbook;
}

/** The local calendar date now: the default when a front end passes no `today`. */
export function todayIso(): string {
  return localDateIso(new Date());
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const parsed = parseRunbook(text);
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
    const template = rule.messages[locale]?.[report.messageId] ?? rule.messages.en[report.messageId] ?? report.messageId;
    findings.push({
      ruleId: rule.id,
      severity,
      message: format(template, report.args),
      range: toSourceRange(parsed, report.range),
      docsUrl: docsUrl(rule.id),
      ...(report.fix ? { fix: report.fix } : {}),
      ...(report.data ? { data: report.data } : {}),
      ...(report.step ? { stepIndex: report.step.index } : {}),
    });
  };

  // The parser's own wording has a Swedish version; yaml's messages exist in English only.
  const parseProblemText = (problem: ParsedRunbook['fatal'][number]) =>
    problem.messageId ? coreMessage(locale, problem.messageId, problem.args) : problem.message;
  const syntaxRule = RULES_BY_ID.get('yaml-syntax')!;
  const schemaRule = RULES_BY_ID.get('schema')!;
  for (const problem of parsed.fatal) {
    push(syntaxRule, { range: problem.range, messageId: 'problem', args: { problem: parseProblemText(problem) } });
  }
  if (parsed.fatal.length > 0 || !parsed.doc) return finish(parsed, findings);
  for (const problem of parsed.problems) {
    push(problem.kind === 'schema' ? schemaRule : syntaxRule, { range: problem.range, messageId: 'problem', args: { problem: parseProblemText(problem) } });
  }

  const facts = readFacts(parsed);
  const asOf = options.asOf ?? runbookAsOf(parsed) ?? options.today ?? todayIso();
  const csvCache = new Map<string, CsvFile>();
  const csv = (path: string): CsvFile => {
    let file = csvCache.get(path);
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
      csvCache.set(path, file);
    }
    return file;
  };
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
      t: (id, args) => coreMessage(locale, id, args),
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
function suppressions(text: string): { file: Set<string> | 'all' | undefined; lines: Map<number, Set<string> | 'all'> } {
  let file: Set<string> | 'all' | undefined;
  const lines = new Map<number, Set<string> | 'all'>();
  if (!text.includes('runbook-disable')) return { file, lines };
  // Lines are counted on from the previous comment (matches come in text order): counting
  // from the start for each comment was quadratic in a runbook with many of them.
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(DISABLE)) {
    const ids = match[2].trim().split(/[\s,]+/).filter(Boolean);
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
  const covers = (set: Set<string> | 'all' | undefined, id: string) => set === 'all' || (set !== undefined && set.has(id));
  const kept = findings.filter(
    (f) => f.ruleId === 'yaml-syntax' || (!covers(file, f.ruleId) && !covers(lines.get(f.range.line), f.ruleId)),
  );
  kept.sort((a, b) => a.range.offset - b.range.offset || a.range.endOffset - b.range.endOffset || a.ruleId.localeCompare(b.ruleId));
  return { findings: kept, parsed };
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export interface FixAllResult {
  text: string;
  passes: number;
  applied: number;
  findings: Finding[];
}

/** Applies every available fix, re-linting between passes, until nothing changes (at most 10 passes). */
export function fixAll(text: string, options: LintOptions = {}, ruleId?: string): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  let result = lint(current, options);
  while (passes < 10) {
    const fixable = result.findings.filter((f) => f.fix && (!ruleId || f.ruleId === ruleId));
    if (fixable.length === 0) break;
    // Fixes of different rules can contradict each other (a transition that retires servers,
    // and moves off those servers inserted elsewhere; two inserted steps with one id): each
    // pass applies one rule's fixes, the most severe rule first, and re-lints.
    const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity) * 1000 + RULES.findIndex((r) => r.id === f.ruleId);
    const first = fixable.reduce((best, f) => (rank(f) < rank(best) ? f : best));
    const fixes = fixable.filter((f) => f.ruleId === first.ruleId).map((f) => f.fix!);
    const next = applyFixes(current, fixes);
    passes++;
    if (next.applied === 0 || next.text === current) break;
    applied += next.applied;
    current = next.text;
    result = lint(current, options);
  }
  return { text: current, passes, applied, findings: result.findings };
}

