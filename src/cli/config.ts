// `.exchange-runbook.json`: per-project rule severities (and optionally a fixed `asOf`),
// found next to each runbook or in a parent directory, the nearest one winning. The
// same `rules` object as the extension's `exchangeRunbook.rules` setting.
import * as fs from 'fs';
import * as path from 'path';
import { RULES_BY_ID } from '../core/rules';
import type { Locale, SeveritySetting } from '../core/types';
import { CliError, cliMessage } from './messages';
import { CONFIG_LIMIT, errorReason, failureReason, readRegularFile } from './reader';

export const CONFIG_FILE_NAME = '.exchange-runbook.json';

export interface CliConfig {
  /** Where it was read from; undefined for "no config". */
  file?: string;
  rules: Record<string, SeveritySetting>;
  asOf?: string;
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const EMPTY: CliConfig = { rules: {} };

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads and validates one config file; any mistake is a CliError naming the file. */
export function readConfig(file: string, locale: Locale): CliConfig {
  const fail = (id: Parameters<typeof cliMessage>[1], args: Record<string, string> = {}): never => {
    throw new CliError(cliMessage(locale, id, { file, ...args }));
  };
  // A directory, a FIFO, a device or a symbolic-link loop is refused, never waited on.
  const read = readRegularFile(file, CONFIG_LIMIT);
  if (!('bytes' in read)) {
    if (read.problem === 'missing') throw new CliError(cliMessage(locale, 'error.notFound', { file }));
    throw new CliError(cliMessage(locale, 'error.unreadable', { file, reason: failureReason(read) }));
  }
  const text = read.bytes.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    fail('error.config.json', { reason: (err as Error).message.split('\n')[0] });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('error.config.object');
  const object = data as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    // `$schema` lets editors validate the file; it means nothing to the linter.
    if (key !== 'rules' && key !== 'asOf' && key !== '$schema') fail('error.config.key', { key });
  }
  const rules: Record<string, SeveritySetting> = {};
  if (object.rules !== undefined) {
    if (typeof object.rules !== 'object' || object.rules === null || Array.isArray(object.rules)) fail('error.config.rules');
    for (const [rule, value] of Object.entries(object.rules as Record<string, unknown>)) {
      if (!RULES_BY_ID.has(rule)) fail('error.config.rule', { rule });
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) fail('error.config.severity', { rule, value: String(JSON.stringify(value)) });
      rules[rule] = value as SeveritySetting;
    }
  }
  let asOf: string | undefined;
  if (object.asOf !== undefined) {
    if (typeof object.asOf !== 'string' || !isIsoDate(object.asOf)) fail('error.config.asOf', { value: String(JSON.stringify(object.asOf)) });
    asOf = object.asOf as string;
  }
  return { file, rules, ...(asOf ? { asOf } : {}) };
}

/** Finds the nearest `.exchange-runbook.json` for each directory, reading each file once. */
export class ConfigFinder {
  private readonly byDir = new Map<string, CliConfig>();
  private readonly byFile = new Map<string, CliConfig>();

  constructor(private readonly locale: Locale) {}

  forRunbook(runbookPath: string): CliConfig {
    return this.forDirectory(path.dirname(path.resolve(runbookPath)));
  }

  private forDirectory(dir: string): CliConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    let config: CliConfig;
    // Whatever is there under the name is meant as the config: a directory or a broken
    // link is a usage error (docs/configuration.md), not silently skipped.
    if (present(candidate)) {
      config = this.byFile.get(candidate) ?? readConfig(candidate, this.locale);
      this.byFile.set(candidate, config);
    } else {
      const parent = path.dirname(dir);
      config = parent === dir ? EMPTY : this.forDirectory(parent);
    }
    this.byDir.set(dir, config);
    return config;
  }
}

function present(p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

export const reasonOf = errorReason;
