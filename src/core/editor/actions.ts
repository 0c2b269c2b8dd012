// Small pure pieces of the editor's code actions and settings: the suppression comment,
// the CSV files a runbook names, and the extension's settings as lint options.
import type { LintOptions, Locale, SeveritySetting, TextEdit } from '../types';
import { fieldString, parseRunbook, type ParsedRunbook } from '../parse';

/**
 * The edit that silences `ruleId` on the line holding `offset`: a
 * `# runbook-disable-next-line <id>` comment above it, at its indentation; when the line
 * above already is such a comment, the id is added to it.
 */
export function disableNextLineEdit(text: string, offset: number, ruleId: string): TextEdit {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const previous = text.slice(previousStart, lineStart - 1).replace(/\r$/, '');
    const existing = /^([ \t]*#\s*runbook-disable-next-line\b)(.*)$/.exec(previous);
    if (existing) {
      const ids = existing[2]
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean);
      if (ids.includes(ruleId) || ids.length === 0) return { offset: previousStart, length: 0, text: '' };
      const end = previousStart + existing[0].replace(/\s+$/, '').length;
      return { offset: end, length: 0, text: ` ${ruleId}` };
    }
  }
  const eol = /\r\n/.test(text.slice(0, 10000)) ? '\r\n' : '\n';
  return { offset: lineStart, length: 0, text: `${indent}# runbook-disable-next-line ${ruleId}${eol}` };
}

/** Paths the runbook's `csv:` fields name, as written (relative to the runbook). */
export function csvPaths(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(
    /^[ \t]*(?:-[ \t]+)?csv:[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s#][^#\r\n]*?))[ \t]*(?:#.*)?$/gm,
  )) {
    const value = match[1] ?? match[2] ?? match[3];
    if (value) out.add(value);
  }
  return [...out];
}

/**
 * Every path the lint will ask the reader for: each step's `csv`, read from the parsed
 * runbook as the rules read it (flow style and YAML escapes included), plus what
 * `csvPaths` finds in the text. An adapter that must read before linting reads these.
 */
export function namedFiles(text: string, parsed: ParsedRunbook = parseRunbook(text)): string[] {
  const out = new Set(csvPaths(text));
  for (const step of parsed.steps) {
    const value = fieldString(step.node, 'csv', parsed.doc);
    if (value !== undefined && value.trim() !== '') out.add(value);
  }
  return [...out];
}

export type LanguageSetting = 'auto' | 'en' | 'sv';

/** `auto` follows VS Code's display language; VS Code has no Swedish one, hence the setting. */
export function resolveLocale(setting: string | undefined, displayLanguage: string | undefined): Locale {
  if (setting === 'en' || setting === 'sv') return setting;
  return (displayLanguage ?? '').toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

export interface RawSettings {
  asOf?: unknown;
  rules?: unknown;
  language?: unknown;
}

/** The settings as lint options; values the settings schema would refuse are ignored. */
export function lintOptionsFromSettings(
  settings: RawSettings,
  displayLanguage?: string,
): Pick<LintOptions, 'asOf' | 'rules' | 'locale'> {
  const options: Pick<LintOptions, 'asOf' | 'rules' | 'locale'> = {
    locale: resolveLocale(typeof settings.language === 'string' ? settings.language : undefined, displayLanguage),
  };
  if (typeof settings.asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(settings.asOf)) options.asOf = settings.asOf;
  if (settings.rules && typeof settings.rules === 'object' && !Array.isArray(settings.rules)) {
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(settings.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.includes(value)) rules[id] = value as SeveritySetting;
    }
    if (Object.keys(rules).length) options.rules = rules;
  }
  return options;
}
