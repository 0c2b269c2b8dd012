// `.exchange-runbook.json`, the one configuration of the CLI and the editor: validating
// its text (every problem with its place in the file, so the editor can underline the
// key and the CLI can name the first) and finding the nearest one to a runbook. Paths
// and reading are the caller's (a string path and `fs` in the CLI, a Uri and
// `vscode.workspace.fs` in the extension), so this file stays free of I/O.
import { CORE, lookupMessage } from './l10n/messages';
import { RULES_BY_ID } from './rules';
import type { LintOptions, Locale, SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.exchange-runbook.json';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export interface RunbookConfig {
  rules: Record<string, SeveritySetting>;
  asOf?: string;
}

export type ConfigProblemId = 'json' | 'object' | 'key' | 'rules' | 'rule' | 'severity' | 'asOf';

export interface ConfigProblem {
  id: ConfigProblemId;
  args: Record<string, string>;
  /** Where in the text (without a byte-order mark) the problem is: the key, or the value. */
  offset: number;
  length: number;
}

export interface ParsedConfig {
  /** What the file says, without the entries that have a problem. */
  config: RunbookConfig;
  /** In the order the CLI reports them: it stops at the first. */
  problems: ConfigProblem[];
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The problem in words, without the file name (the CLI puts it in front). */
export function configProblemMessage(locale: Locale, problem: ConfigProblem): string {
  return lookupMessage(CORE, locale, `config.${problem.id}`, problem.args);
}

/** Validates a config file's text; never throws. */
export function parseConfig(source: string): ParsedConfig {
  const text = source.replace(/^\uFEFF/, '');
  const problems: ConfigProblem[] = [];
  const config: RunbookConfig = { rules: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const reason = String((err as Error)?.message ?? err).split('\n')[0];
    const offset = scanJson(text).errorAt ?? text.length;
    return { config, problems: [{ id: 'json', args: { reason }, offset, length: offset < text.length ? 1 : 0 }] };
  }
  const { places } = scanJson(text);
  const place = (path: string[], part: 'key' | 'value') =>
    places.get(path.join('\u0000'))?.[part] ?? { offset: 0, length: 0 };
  const problem = (id: ConfigProblemId, args: Record<string, string>, at: { offset: number; length: number }) =>
    problems.push({ id, args, ...at });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem('object', {}, { offset: 0, length: text.trimEnd().length });
    return { config, problems };
  }
  const object = data as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    // `$schema` lets editors validate the file; it means nothing to the linter.
    if (key !== 'rules' && key !== 'asOf' && key !== '$schema') problem('key', { key }, place([key], 'key'));
  }
  if (object.rules !== undefined) {
    if (typeof object.rules !== 'object' || object.rules === null || Array.isArray(object.rules)) {
      problem('rules', {}, place(['rules'], 'value'));
    } else {
      for (const [rule, value] of Object.entries(object.rules as Record<string, unknown>)) {
        if (!RULES_BY_ID.has(rule)) {
          problem('rule', { rule }, place(['rules', rule], 'key'));
        } else if (typeof value !== 'string' || !SEVERITY_SETTINGS.includes(value as SeveritySetting)) {
          problem('severity', { rule, value: String(JSON.stringify(value)) }, place(['rules', rule], 'value'));
        } else {
          config.rules[rule] = value as SeveritySetting;
        }
      }
    }
  }
  if (object.asOf !== undefined) {
    if (typeof object.asOf !== 'string' || !isIsoDate(object.asOf))
      problem('asOf', { value: String(JSON.stringify(object.asOf)) }, place(['asOf'], 'value'));
    else config.asOf = object.asOf;
  }
  return { config, problems };
}

/**
 * Settings on top of the config file: a rule the setting names takes the setting's
 * severity, the others keep the file's; a non-empty `asOf` setting replaces the file's.
 */
export function withSettings(
  config: RunbookConfig,
  settings: Pick<LintOptions, 'asOf' | 'rules'>,
): Pick<LintOptions, 'asOf' | 'rules'> {
  const rules = { ...config.rules, ...settings.rules };
  const asOf = settings.asOf || config.asOf;
  return { ...(Object.keys(rules).length ? { rules } : {}), ...(asOf ? { asOf } : {}) };
}

/** Unknown rule ids and values other than the four severities in a `rules` object (the setting's). */
export function rulesProblems(rules: unknown): { rule: string; problem: 'rule' | 'severity'; value?: string }[] {
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return [];
  const out: { rule: string; problem: 'rule' | 'severity'; value?: string }[] = [];
  for (const [rule, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!RULES_BY_ID.has(rule)) out.push({ rule, problem: 'rule' });
    else if (typeof value !== 'string' || !SEVERITY_SETTINGS.includes(value as SeveritySetting))
      out.push({ rule, problem: 'severity', value: String(JSON.stringify(value)) });
  }
  return out;
}

/** How the finder reaches files: P is the caller's path type (string, Uri). */
export interface ConfigHost<P> {
  /** The directory above `dir`; undefined at the root. */
  parent(dir: P): P | undefined;
  join(dir: P, name: string): P;
  /** A key that is equal for equal paths (for the cache). */
  key(path: P): string;
  /** The file's text, undefined when there is no such file; throws when it exists but cannot be read. */
  read(file: P): string | undefined | Promise<string | undefined>;
}

export interface FoundConfig<P> {
  /** The file that applies; undefined when none does (then `config` is empty). */
  file?: P;
  text?: string;
  config: RunbookConfig;
  problems: ConfigProblem[];
}

const NONE: FoundConfig<never> = { config: { rules: {} }, problems: [] };
/** Deeper than any real directory tree. */
const MAX_DEPTH = 512;

/**
 * The nearest `.exchange-runbook.json` to a directory: its own, else its parent's, up to
 * the root; the nearest file applies whole (files are not merged). Each directory is
 * looked at and each file read once, until `clear()`.
 */
export class ConfigFinder<P> {
  private readonly byDir = new Map<string, Promise<FoundConfig<P>>>();

  constructor(private readonly host: ConfigHost<P>) {}

  forDirectory(dir: P): Promise<FoundConfig<P>> {
    return this.forDirectoryAt(dir, 0);
  }

  private forDirectoryAt(dir: P, depth: number): Promise<FoundConfig<P>> {
    const key = this.host.key(dir);
    let found = this.byDir.get(key);
    if (!found) {
      found = this.look(dir, depth);
      this.byDir.set(key, found);
      // A failed read is not remembered: the next lint tries again.
      found.catch(() => this.byDir.delete(key));
    }
    return found;
  }

  clear(): void {
    this.byDir.clear();
  }

  private async look(dir: P, depth = 0): Promise<FoundConfig<P>> {
    const file = this.host.join(dir, CONFIG_FILE_NAME);
    const text = await this.host.read(file);
    if (text !== undefined) return { file, text, ...parseConfig(text) };
    const parent = this.host.parent(dir);
    // A host whose parents never end (a path that does not shorten) must not hang the lint.
    if (parent === undefined || depth >= MAX_DEPTH) return NONE;
    return this.forDirectoryAt(parent, depth + 1);
  }
}

type Place = { offset: number; length: number };
type Places = Map<string, { key: Place; value: Place }>;

/**
 * Start and length of each object member's key and value, by path; for text that is not
 * JSON, the offset where it stops being JSON (JSON.parse's message does not always say).
 */
function scanJson(text: string): { places: Places; errorAt?: number } {
  const places: Places = new Map();
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const expect = (c: string) => {
    space();
    if (text[i] !== c) fail();
    i++;
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    const start = i++;
    while (text[i] !== '"') {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail();
    }
  };
  /** The items of an object or array, the opening bracket at `i`, up to and past `close`. */
  const items = (close: string, item: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      expect(',');
    }
  };
  const value = (path: string[]): void => {
    space();
    const c = text[i];
    if (c === '{')
      return items('}', () => {
        space();
        const keyStart = i;
        const key = string();
        const keyEnd = i;
        expect(':');
        space();
        const valueStart = i;
        value([...path, key]);
        places.set([...path, key].join('\u0000'), {
          key: { offset: keyStart, length: keyEnd - keyStart },
          value: { offset: valueStart, length: i - valueStart },
        });
      });
    if (c === '[') return items(']', () => value(path));
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value([]);
    space();
    if (i < text.length) fail();
    return { places };
  } catch (at) {
    // Nesting deeper than the stack: no places, rather than a crash.
    return typeof at === 'number' ? { places, errorAt: Math.min(at, text.length) } : { places };
  }
}
