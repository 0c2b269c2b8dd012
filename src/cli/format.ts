// The output formats of `lint`: stylish for people, json as docs/cli.md fixes it, SARIF
// 2.1.0 for GitHub code scanning and other SARIF viewers, github for annotations in a
// GitHub Actions log and pull request.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import {
  coreMessage,
  docsUrl,
  escapeInvisible,
  type Finding,
  type FixWithdrawal,
  type Locale,
  RULES,
  type Severity,
} from '../core';
import { cliMessage } from './messages';
import { PRODUCT_NAME, PRODUCT_VERSION, INFORMATION_URI } from './version';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github'];

export interface FileReport {
  /** The path as the user gave it (or as found under a directory they gave). */
  file: string;
  findings: Finding[];
  /** Fixes applied by --fix. */
  fixesApplied?: number;
  /** --fix-dry-run: fixes --fix would apply, and the text it would write (when it changes). */
  fixesAvailable?: number;
  output?: string;
  /** Fixes not offered or not applied because they failed their proof (core lint.ts), each once. */
  fixesWithdrawn?: FixWithdrawal[];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(reports: FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const report of reports) {
    for (const f of report.findings) {
      if (f.severity === 'error') counts.errors++;
      else if (f.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  return counts;
}

// ---- json -------------------------------------------------------------------------------

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
}

export function toJson(
  reports: FileReport[],
): { file: string; findings: JsonFinding[]; output?: string; fixesWithdrawn?: FixWithdrawal[] }[] {
  return reports.map((report) => ({
    file: report.file,
    // --fix-dry-run only, as ESLint has it: the whole text --fix would write.
    ...(report.output !== undefined ? { output: report.output } : {}),
    ...(report.fixesWithdrawn?.length
      ? { fixesWithdrawn: report.fixesWithdrawn.map(({ ruleId, reason, title }) => ({ ruleId, reason, title })) }
      : {}),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.line,
      column: f.range.column,
      endLine: f.range.endLine,
      endColumn: f.range.endColumn,
      fixable: f.fix !== undefined,
    })),
  }));
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJson(reports))}\n`;
}

// ---- stylish ----------------------------------------------------------------------------

export interface StylishOptions {
  locale: Locale;
  color: boolean;
  maxWarnings?: number;
  /** Warnings counted against --max-warnings when --quiet left them out of `reports`. */
  warnings?: number;
  /** --quiet: nothing but the errors, and no "No problems" line. */
  quiet?: boolean;
}

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

/**
 * A string from a runbook, a file name or a config, made harmless for a terminal: every
 * control or invisible character is shown as its escape (`\u001b`). Stylish output and the
 * one stderr line pass everything user-derived through it; JSON and SARIF escape C0 by
 * construction and are read by programs.
 */
export function terminalSafe(text: string): string {
  return escapeInvisible(text);
}

/**
 * A whole document for stdout (`checklist`, `schedule`): every control or invisible
 * character shown as its escape, as terminalSafe does, except the tab and the line breaks
 * (CR, LF) that the document's own layout uses (Markdown tables, CSV, CRLF in iCalendar),
 * and the byte-order mark that starts a CSV file for Excel.
 */
export function documentSafe(text: string): string {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  return bom + escapeInvisible(text.slice(bom.length), '\t\n\r');
}

/** The same, line by line: line breaks (LF, CRLF) stay line breaks. */
export function terminalSafeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalSafe(line.replace(/\r$/, '')))
    .join('\n');
}

/** One line, and nothing in it (a file name, a config key) that a terminal would act on. */
export function oneLine(message: string): string {
  return terminalSafe(message.replace(/\s*\n\s*/g, ' ').trim());
}

/**
 * One line per finding, `file:line:col  severity  message  rule-id`: terminals and
 * editors turn `file:line:col` into a link. Columns are padded so the eye can scan them.
 */
export function formatStylish(reports: FileReport[], options: StylishOptions): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const rows = reports.flatMap((report) =>
    report.findings.map((f) => ({
      where: `${terminalSafe(report.file)}:${f.range.line}:${f.range.column}`,
      severity: f.severity,
      label: coreMessage(options.locale, `severity.${f.severity}`),
      message: terminalSafe(f.message.replace(/\s*\n\s*/g, ' ')),
      ruleId: terminalSafe(f.ruleId),
    })),
  );
  const whereWidth = Math.max(0, ...rows.map((r) => r.where.length));
  const labelWidth = Math.max(0, ...rows.map((r) => r.label.length));
  const colorOf: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue };
  let out = '';
  for (const row of rows) {
    out += `${row.where.padEnd(whereWidth)}  ${paint(colorOf[row.severity], row.label.padEnd(labelWidth))}  ${row.message}  ${paint(ANSI.dim, row.ruleId)}\n`;
  }
  // Why a finding has no fix, or why --fix left it: one line per fix that failed its proof.
  const withdrawn = reports.flatMap((report) =>
    (report.fixesWithdrawn ?? []).map((w) =>
      cliMessage(options.locale, 'fix.withdrawn', {
        file: terminalSafe(report.file),
        reason: cliMessage(options.locale, `fix.withdrawn.${w.reason}`),
        title: oneLine(w.title),
        ruleId: paint(ANSI.dim, terminalSafe(w.ruleId)),
      }),
    ),
  );
  if (withdrawn.length > 0) out += `${rows.length ? '\n' : ''}${withdrawn.join('\n')}\n`;
  const counts = countFindings(reports);
  const total = counts.errors + counts.warnings + counts.infos;
  const files = reports.length;
  if (rows.length) out += '\n';
  const applied = reports.reduce((sum, r) => sum + (r.fixesApplied ?? 0), 0);
  const n = (
    id: 'count.fix' | 'count.file' | 'count.problem' | 'count.error' | 'count.warning' | 'count.info',
    count: number,
  ) => cliMessage(options.locale, id, { n: count });
  if (applied > 0) {
    const fixedFiles = reports.filter((r) => r.fixesApplied).length;
    out += `${cliMessage(options.locale, 'summary.fixed', { applied: n('count.fix', applied), files: n('count.file', fixedFiles) })}\n`;
  }
  const available = reports.reduce((sum, r) => sum + (r.fixesAvailable ?? 0), 0);
  if (available > 0) {
    const fixableFiles = reports.filter((r) => r.fixesAvailable).length;
    out += `${cliMessage(options.locale, 'summary.wouldFix', { applied: n('count.fix', available), files: n('count.file', fixableFiles) })}\n`;
  }
  if (total === 0) {
    if (!options.quiet) out += `${cliMessage(options.locale, 'summary.clean', { files: n('count.file', files) })}\n`;
  } else {
    const summary = cliMessage(options.locale, 'summary.problems', {
      total: n('count.problem', total),
      errors: n('count.error', counts.errors),
      warnings: n('count.warning', counts.warnings),
      infos: n('count.info', counts.infos),
      files: n('count.file', files),
    });
    const code = counts.errors ? ANSI.red : counts.warnings ? ANSI.yellow : ANSI.blue;
    out += `${paint(ANSI.bold + code, summary)}\n`;
  }
  const warnings = options.warnings ?? counts.warnings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    out += `${paint(ANSI.yellow, cliMessage(options.locale, 'summary.tooManyWarnings', { warnings, max: options.maxWarnings }))}\n`;
  }
  return out;
}

// ---- SARIF ------------------------------------------------------------------------------

const SARIF_LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A path as a SARIF artifact URI: relative to `cwd` (the repository root in CI) when under it. */
export function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    const uri = relative.split(path.sep).map(encodeURIComponent).join('/');
    return { uri, uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

export function toSarif(reports: FileReport[], locale: Locale, cwd = process.cwd()): Sarif.Log {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const rules: Sarif.ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id
      .split('-')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: rule.description[locale] ?? rule.description.en },
    helpUri: docsUrl(rule.id),
    help: { text: `${rule.description[locale] ?? rule.description.en} ${docsUrl(rule.id)}` },
    defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
    properties: { fixable: rule.fixable },
  }));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.file, cwd);
    for (const f of report.findings) {
      const index = ruleIndex.get(f.ruleId);
      results.push({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: f.range.line,
                startColumn: f.range.column,
                endLine: f.range.endLine,
                endColumn: f.range.endColumn,
              },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PRODUCT_NAME,
            version: PRODUCT_VERSION,
            semanticVersion: PRODUCT_VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: FileReport[], locale: Locale, cwd = process.cwd()): string {
  return `${JSON.stringify(toSarif(reports, locale, cwd), null, 2)}\n`;
}

// ---- github -----------------------------------------------------------------------------

const GITHUB_COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped as GitHub's toolkit does. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: the message escapes plus `:` and `,`, which separate properties. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command per finding, `::error file=…,line=…,col=…,endLine=…,endColumn=…,
 * title=rule-id::message` (info as `::notice`): GitHub Actions shows them in the log and
 * as annotations on the pull request's files. Paths are relative to `cwd`, the checkout.
 */
export function formatGithub(reports: FileReport[], cwd = process.cwd()): string {
  let out = '';
  for (const report of reports) {
    const absolute = path.resolve(cwd, report.file);
    const relative = path.relative(cwd, absolute);
    const file = (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute)
      .split(path.sep)
      .join('/');
    for (const f of report.findings) {
      const properties = [
        `file=${escapeGithubProperty(terminalSafe(file))}`,
        `line=${f.range.line}`,
        `col=${f.range.column}`,
        `endLine=${f.range.endLine}`,
        `endColumn=${f.range.endColumn}`,
        `title=${escapeGithubProperty(f.ruleId)}`,
      ].join(',');
      // The log is shown like a terminal (it renders ANSI colours): control characters escaped.
      out += `::${GITHUB_COMMAND[f.severity]} ${properties}::${escapeGithubData(terminalSafeLines(f.message))}\n`;
    }
  }
  return out;
}
