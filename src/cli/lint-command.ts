// `exchange-runbook lint`: read every runbook first (an unreadable path stops the run
// before anything is printed), lint or fix each with its nearest config, then print one
// report in the requested format, to stdout or --output-file. Also --print-config.
import * as fs from 'fs';
import * as path from 'path';
import {
  FILE_LIMITS,
  fixAll,
  type FixWithdrawal,
  lint,
  type LintOptions,
  localDateIso,
  type Locale,
  parseRunbook,
  RULES,
  runbookAsOf,
  todayIso,
} from '../core';
import { ConfigFinder, CliConfig, isIsoDate, readConfig, reasonOf } from './config';
import { expandArguments } from './files';
import { failureReason, namedFileReader, readRegularFile, rootOf, RUNBOOK_LIMIT } from './reader';
import { inventoryReader } from './inventory';
import { unifiedDiff } from './diff';
import {
  countFindings,
  FileReport,
  formatGithub,
  terminalSafeLines,
  formatJson,
  formatSarif,
  formatStylish,
  OUTPUT_FORMATS,
  OutputFormat,
} from './format';
import { CliError, cliMessage } from './messages';
import { colorFlag, parseCommandArgs } from './options';

export interface CommandIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  locale: Locale;
  /** All of standard input, for the file argument `-`. */
  readStdin?: () => Buffer;
}

/** Options of `lint` that take a value (for `--max-warnings -1` and the like). */
const VALUE_OPTIONS = [
  'format',
  'as-of',
  'max-warnings',
  'config',
  'root',
  'locale',
  'output-file',
  'stdin-filename',
  'print-config',
];

interface Input {
  /** The path as given, or the --stdin-filename (`<stdin>` without one). */
  file: string;
  absolute: string;
  raw: Buffer;
  config: CliConfig;
  fromStdin: boolean;
}

const LINT_OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'as-of': { type: 'string' },
  'max-warnings': { type: 'string' },
  config: { type: 'string' },
  root: { type: 'string' },
  locale: { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'print-config': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

function parseLintArgs(args: string[], locale: Locale) {
  return parseCommandArgs(args, locale, LINT_OPTIONS, { negativeValues: VALUE_OPTIONS });
}

type LintValues = ReturnType<typeof parseLintArgs>['values'];

export async function lintCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseLintArgs(args, io.locale);
  const locale = io.locale;
  const { format, asOf, maxWarnings, fix, dryRun } = checkedOptions(values, locale);
  const root = values.root !== undefined ? rootOption(values.root, io.cwd, locale) : undefined;
  const explicitConfig =
    values.config !== undefined ? readConfig(path.resolve(io.cwd, values.config), locale) : undefined;

  if (values['print-config'] !== undefined) {
    if (positionals.length > 0) throw new CliError(cliMessage(locale, 'error.printConfigAlone'));
    const text = await printConfig(values['print-config'], {
      cwd: io.cwd,
      locale,
      asOf,
      explicitConfig,
      configOption: values.config,
      root,
    });
    writeOutput(text, values['output-file'], io, locale);
    return 0;
  }

  checkFileArguments(positionals, values['stdin-filename'], fix, locale);
  const finder = new ConfigFinder(locale);
  const configFor = async (absolute: string) => explicitConfig ?? (await finder.forRunbook(absolute));
  const inputs = await readInputs(positionals, values['stdin-filename'], configFor, io);

  const reports: FileReport[] = [];
  const diffs: string[] = [];
  for (const input of inputs) {
    const { report, diff } = lintOne(input, { asOf, fix, dryRun, locale, root });
    reports.push(report);
    if (diff) diffs.push(diff);
  }

  const counts = countFindings(reports);
  // --quiet shows errors only; --max-warnings still counts every warning.
  const shown = values.quiet
    ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
    : reports;
  const output = formatOutput(shown, diffs, format, {
    io,
    color: () => useColor(io, colorFlag(args), values['output-file'] !== undefined),
    maxWarnings,
    warnings: counts.warnings,
    quiet: values.quiet === true,
  });
  writeOutput(output, values['output-file'], io, locale);

  if (counts.errors > 0) return 1;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) return 1;
  return 0;
}

/** The options checked one by one, in the order their usage errors are reported. */
function checkedOptions(values: LintValues, locale: Locale) {
  const format = (values.format ?? 'stylish') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new CliError(cliMessage(locale, 'error.badFormat', { value: format }));
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf))
    throw new CliError(cliMessage(locale, 'error.badDate', { option: '--as-of', value: asOf }));
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new CliError(cliMessage(locale, 'error.badMaxWarnings', { value: raw }));
    maxWarnings = Number(raw);
  }
  const fix = values.fix === true;
  const dryRun = values['fix-dry-run'] === true;
  if (fix && dryRun) throw new CliError(cliMessage(locale, 'error.fixAndDryRun'));
  if (dryRun && (format === 'sarif' || format === 'github'))
    throw new CliError(cliMessage(locale, 'error.dryRunFormat', { format }));
  return { format, asOf, maxWarnings, fix, dryRun };
}

function checkFileArguments(
  positionals: string[],
  stdinFilename: string | undefined,
  fix: boolean,
  locale: Locale,
): void {
  const stdinCount = positionals.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new CliError(cliMessage(locale, 'error.stdinTwice'));
  if (stdinFilename !== undefined && stdinCount === 0)
    throw new CliError(cliMessage(locale, 'error.stdinFilenameAlone'));
  if (fix && stdinCount > 0) throw new CliError(cliMessage(locale, 'error.fixStdin'));
  if (positionals.length === 0) throw new CliError(cliMessage(locale, 'error.noFiles'));
}

/**
 * Reads every file (and finds every config) before linting: a bad path or config is a
 * usage error with one line on stderr and no partial report on stdout.
 */
async function readInputs(
  positionals: string[],
  stdinFilename: string | undefined,
  configFor: (absolute: string) => Promise<CliConfig>,
  io: CommandIo,
): Promise<Input[]> {
  const locale = io.locale;
  const dash = positionals.indexOf('-');
  const before = expandArguments(dash < 0 ? positionals : positionals.slice(0, dash), locale, io.cwd);
  const after = dash < 0 ? [] : expandArguments(positionals.slice(dash + 1), locale, io.cwd);
  const seen = new Set(before.map((file) => path.resolve(io.cwd, file)));
  const inputs: Input[] = [];
  const addFile = async (file: string) => {
    const absolute = path.resolve(io.cwd, file);
    const raw = readRunbook(file, absolute, locale);
    inputs.push({ file, absolute, raw, config: await configFor(absolute), fromStdin: false });
  };
  for (const file of before) await addFile(file);
  if (dash >= 0) {
    // Without a name, CSV paths and the config are found from the working directory.
    const absolute = path.resolve(io.cwd, stdinFilename ?? '<stdin>');
    const raw = readStdin(io, locale);
    inputs.push({
      file: stdinFilename ?? '<stdin>',
      absolute,
      raw,
      config: await configFor(absolute),
      fromStdin: true,
    });
  }
  for (const file of after.filter((f) => !seen.has(path.resolve(io.cwd, f)))) await addFile(file);
  return inputs;
}

function formatOutput(
  shown: FileReport[],
  diffs: string[],
  format: OutputFormat,
  options: { io: CommandIo; color: () => boolean; maxWarnings?: number; warnings: number; quiet: boolean },
): string {
  const { io } = options;
  if (format === 'json') return formatJson(shown);
  if (format === 'sarif') return formatSarif(shown, io.locale, io.cwd);
  if (format === 'github') return formatGithub(shown, io.cwd);
  const color = options.color();
  // The diff shows the runbook's own lines: control characters in them reach the terminal escaped.
  const output =
    diffs.map((d) => (color ? paintDiff(terminalSafeLines(d)) : terminalSafeLines(d))).join('') +
    (diffs.length ? '\n' : '');
  return (
    output +
    formatStylish(shown, {
      locale: io.locale,
      color,
      maxWarnings: options.maxWarnings,
      warnings: options.warnings,
      quiet: options.quiet,
    })
  );
}

/** The report to stdout, or with --output-file into that file (its folder made if needed). */
function writeOutput(output: string, outputFile: string | undefined, io: CommandIo, locale: Locale): void {
  if (outputFile === undefined) {
    io.stdout.write(output);
    return;
  }
  const file = path.resolve(io.cwd, outputFile);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, output);
  } catch (err) {
    throw new CliError(cliMessage(locale, 'error.cannotWrite', { file: outputFile, reason: reasonOf(err) }));
  }
}

function readStdin(io: CommandIo, locale: Locale): Buffer {
  try {
    return (io.readStdin ?? (() => fs.readFileSync(0)))();
  } catch (err) {
    throw new CliError(cliMessage(locale, 'error.unreadable', { file: '-', reason: reasonOf(err) }));
  }
}

interface PrintConfigOptions {
  cwd: string;
  locale: Locale;
  asOf?: string;
  explicitConfig?: CliConfig;
  configOption?: string;
  /** `--root`, absolute. */
  root?: string;
}

/**
 * `--print-config <file>`: what `lint` would use for that runbook, as JSON: the config
 * file and how it was chosen, every rule's severity and where it comes from, and the
 * date lifecycle rules judge against with its source. The runbook need not exist yet.
 */
async function printConfig(file: string, options: PrintConfigOptions): Promise<string> {
  const absolute = path.resolve(options.cwd, file);
  const config = options.explicitConfig ?? (await new ConfigFinder(options.locale).forRunbook(absolute));
  const shownPath = (p: string) => {
    const relative = path.relative(options.cwd, p);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative.split(path.sep).join('/')
      : p;
  };
  let runbookDate: string | undefined;
  const read = readRegularFile(absolute, RUNBOOK_LIMIT);
  if ('bytes' in read) runbookDate = runbookAsOf(parseRunbook(read.bytes.toString('utf8').replace(/^\uFEFF/, '')));
  const [asOf, asOfSource] =
    options.asOf !== undefined
      ? [options.asOf, '--as-of']
      : config.asOf !== undefined
        ? [config.asOf, 'config']
        : runbookDate !== undefined
          ? [runbookDate, 'runbook']
          : [todayIso(), 'today'];
  const rules: Record<string, { severity: string; from: 'config' | 'default' }> = {};
  for (const rule of RULES) {
    const configured = config.rules[rule.id];
    rules[rule.id] =
      configured !== undefined
        ? { severity: configured, from: 'config' }
        : { severity: rule.defaultSeverity, from: 'default' };
  }
  // The folder files the runbook names must stay inside, found as lint finds it (namedFilesOf).
  const root = options.root ?? rootOf(absolute);
  const result = {
    file,
    configFile: config.file !== undefined ? shownPath(config.file) : null,
    configFrom: options.explicitConfig ? '--config' : config.file !== undefined ? 'nearest' : 'none',
    asOf,
    asOfFrom: asOfSource,
    root: root === options.cwd ? '.' : shownPath(root),
    rootFrom: options.root !== undefined ? '--root' : 'runbook',
    rules,
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** A runbook named on the command line: a regular file, read without blocking, or a usage error. */
export function readRunbook(file: string, absolute: string, locale: Locale): Buffer {
  const read = readRegularFile(absolute, RUNBOOK_LIMIT);
  if ('bytes' in read) return read.bytes;
  if (read.problem === 'missing') throw new CliError(cliMessage(locale, 'error.notFound', { file }));
  throw new CliError(cliMessage(locale, 'error.unreadable', { file, reason: failureReason(read) }));
}

/** A runbook's text, for the commands that only read it (checklist, schedule). */
export function readRunbookText(file: string, absolute: string, locale: Locale): string {
  const text = readRunbook(file, absolute, locale).toString('utf8');
  // Editors hide a byte-order mark; offsets and line numbers start after it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `--root DIR`: an existing directory, absolute from here on. */
export function rootOption(value: string, cwd: string, locale: Locale): string {
  const dir = path.resolve(cwd, value);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (err) {
    throw new CliError(cliMessage(locale, 'error.badRoot', { dir: value, reason: reasonOf(err) }));
  }
  if (!stat.isDirectory())
    throw new CliError(cliMessage(locale, 'error.badRoot', { dir: value, reason: 'not a directory' }));
  return dir;
}

/** Reads what a runbook names (`csv:`), relative to it and inside its root. */
export function namedFilesOf(absolute: string, root: string | undefined): LintOptions['readFile'] {
  return namedFileReader(absolute, root ?? rootOf(absolute), FILE_LIMITS.csv);
}

interface LintSettings {
  asOf?: string;
  fix: boolean;
  dryRun: boolean;
  locale: Locale;
  /** `--root`; else each runbook's own root. */
  root?: string;
}

function lintOne(input: Input, settings: LintSettings): { report: FileReport; diff?: string } {
  const { file, absolute, raw, config } = input;
  const decoded = raw.toString('utf8');
  // Editors hide a byte-order mark; so must line 1's columns. It is put back on write.
  const bom = decoded.charCodeAt(0) === 0xfeff;
  const text = bom ? decoded.slice(1) : decoded;
  // Every lint of a --fix run proves its fixes again: each withdrawal is reported once.
  const withdrawn: FixWithdrawal[] = [];
  const told = new Set<string>();
  const options: LintOptions = {
    fileName: file,
    locale: settings.locale,
    rules: config.rules,
    today: localDateIso(new Date()),
    readFile: namedFilesOf(absolute, settings.root),
    readInventory: inventoryReader(absolute, settings.root ?? rootOf(absolute)),
    onFixWithdrawn: (w) => {
      const key = `${w.ruleId}\u0000${w.reason}\u0000${w.title}`;
      if (!told.has(key)) withdrawn.push(w);
      told.add(key);
    },
  };
  const asOf = settings.asOf ?? config.asOf;
  if (asOf) options.asOf = asOf;

  if (!settings.fix && !settings.dryRun) {
    const findings = lint(text, options).findings;
    return { report: { file, findings, ...(withdrawn.length ? { fixesWithdrawn: withdrawn } : {}) } };
  }

  const result = fixAll(text, options);
  const report: FileReport = {
    file,
    findings: result.findings,
    fixesApplied: result.applied,
    ...(withdrawn.length ? { fixesWithdrawn: withdrawn } : {}),
  };
  if (result.text === text) return { report };
  const output = keepLineEndings(text, result.text);
  if (settings.dryRun) {
    const dryReport: FileReport = {
      file,
      findings: result.findings,
      fixesAvailable: result.applied,
      output: (bom ? '\ufeff' : '') + output,
      ...(withdrawn.length ? { fixesWithdrawn: withdrawn } : {}),
    };
    return { report: dryReport, diff: unifiedDiff(file, text, output) };
  }
  try {
    fs.writeFileSync(absolute, (bom ? '\ufeff' : '') + output);
  } catch (err) {
    throw new CliError(cliMessage(settings.locale, 'error.cannotWrite', { file, reason: reasonOf(err) }));
  }
  return { report };
}

/** The diff's removed lines red and added lines green, as `git diff` paints them. */
function paintDiff(diff: string): string {
  return diff.replace(/^([-+@].*)$/gm, (line) => {
    if (line.startsWith('---') || line.startsWith('+++')) return `\u001b[1m${line}\u001b[0m`;
    const code = line.startsWith('@') ? '\u001b[36m' : line.startsWith('-') ? '\u001b[31m' : '\u001b[32m';
    return `${code}${line}\u001b[0m`;
  });
}

/** A file written with CRLF throughout stays CRLF throughout, whatever a fix inserted. */
export function keepLineEndings(original: string, fixed: string): string {
  const crlfOnly = original.includes('\r\n') && !/(^|[^\r])\n/.test(original);
  return crlfOnly ? fixed.replace(/\r?\n/g, '\r\n') : fixed;
}

/**
 * Colour in the stylish report: --color / --no-color when given (the last wins), else
 * never with NO_COLOR (https://no-color.org) or into --output-file, always with
 * FORCE_COLOR, otherwise only when stdout is a terminal.
 */
export function useColor(io: Pick<CommandIo, 'env' | 'stdout'>, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (toFile) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.stdout.isTTY === true;
}
