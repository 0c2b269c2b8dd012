// `exchange-runbook lint`: read every runbook first (an unreadable path stops the run
// before anything is printed), lint or fix each with its nearest config, then print one
// report in the requested format.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { fixAll, lint } from '../core/lint';
import type { LintOptions, Locale } from '../core/types';
import { ConfigFinder, CliConfig, isIsoDate, readConfig, reasonOf } from './config';
import { expandArguments } from './files';
import { countFindings, FileReport, formatJson, formatSarif, formatStylish, OutputFormat } from './format';
import { CliError, cliMessage } from './messages';
import { parseOptions } from './options';

export interface CommandIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  locale: Locale;
}

export async function lintCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    () =>
      parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          format: { type: 'string' },
          fix: { type: 'boolean' },
          'as-of': { type: 'string' },
          'max-warnings': { type: 'string' },
          config: { type: 'string' },
          locale: { type: 'string' },
        },
      }),
    io.locale,
  );
  const locale = io.locale;
  const format = (values.format ?? 'stylish') as OutputFormat;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new CliError(cliMessage(locale, 'error.badFormat', { value: format }));
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliError(cliMessage(locale, 'error.badDate', { option: '--as-of', value: asOf }));
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new CliError(cliMessage(locale, 'error.badMaxWarnings', { value: raw }));
    maxWarnings = Number(raw);
  }
  if (positionals.length === 0) throw new CliError(cliMessage(locale, 'error.noFiles'));

  const explicitConfig = values.config !== undefined ? readConfig(path.resolve(io.cwd, values.config), locale) : undefined;
  const finder = new ConfigFinder(locale);
  const files = expandArguments(positionals, locale, io.cwd);

  // Read everything (and find every config) before linting: a bad path or config is a
  // usage error with one line on stderr and no partial report on stdout.
  const inputs = files.map((file) => {
    const absolute = path.resolve(io.cwd, file);
    return { file, absolute, raw: readRunbook(file, absolute, locale), config: explicitConfig ?? finder.forRunbook(absolute) };
  });

  const reports: FileReport[] = [];
  for (const input of inputs) {
    reports.push(lintOne(input.file, input.absolute, input.raw, input.config, { asOf, fix: values.fix === true, locale }));
  }

  let output: string;
  if (format === 'json') output = formatJson(reports);
  else if (format === 'sarif') output = formatSarif(reports, locale, io.cwd);
  else output = formatStylish(reports, { locale, color: useColor(io), maxWarnings });
  io.stdout.write(output);

  const counts = countFindings(reports);
  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return 1;
  return 0;
}

function readRunbook(file: string, absolute: string, locale: Locale): Buffer {
  try {
    return fs.readFileSync(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(cliMessage(locale, 'error.notFound', { file }));
    throw new CliError(cliMessage(locale, 'error.unreadable', { file, reason: reasonOf(err) }));
  }
}

interface LintSettings {
  asOf?: string;
  fix: boolean;
  locale: Locale;
}

function lintOne(file: string, absolute: string, raw: Buffer, config: CliConfig, settings: LintSettings): FileReport {
  const decoded = raw.toString('utf8');
  // Editors hide a byte-order mark; so must line 1's columns. It is put back on write.
  const bom = decoded.charCodeAt(0) === 0xfeff;
  const text = bom ? decoded.slice(1) : decoded;
  const dir = path.dirname(absolute);
  const options: LintOptions = {
    fileName: file,
    locale: settings.locale,
    rules: config.rules,
    readFile: (relative) => {
      try {
        return fs.readFileSync(path.resolve(dir, relative), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  const asOf = settings.asOf ?? config.asOf;
  if (asOf) options.asOf = asOf;

  if (!settings.fix) return { file, findings: lint(text, options).findings };

  const result = fixAll(text, options);
  if (result.text !== text) {
    const output = (bom ? '\ufeff' : '') + keepLineEndings(text, result.text);
    try {
      fs.writeFileSync(absolute, output);
    } catch (err) {
      throw new CliError(cliMessage(settings.locale, 'error.cannotWrite', { file, reason: reasonOf(err) }));
    }
  }
  return { file, findings: result.findings, fixesApplied: result.applied };
}

/** A file written with CRLF throughout stays CRLF throughout, whatever a fix inserted. */
export function keepLineEndings(original: string, fixed: string): string {
  const crlfOnly = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlfOnly ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

function useColor(io: CommandIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.stdout.isTTY === true;
}
