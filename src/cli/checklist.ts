// `exchange-runbook checklist <file> [--format markdown|html] [--locale en|sv] [--as-of
// YYYY-MM-DD]`: the runbook as a checklist on stdout, from the same renderers as the
// VS Code preview and its export. Exit 0 when printed; 2 with one stderr line for a usage
// error or an unreadable file (findings are shown in the checklist, not as an exit code).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import {
  buildChecklist,
  checklistMessage,
  lint,
  type LintOptions,
  localDateIso,
  type Locale,
  localeFromEnv,
  renderChecklistDocument,
  renderChecklistMarkdown,
} from '../core';
import { ConfigFinder, isIsoDate } from './config';
import { terminalSafe } from './format';
import { namedFilesOf, readRunbook, rootOption } from './lint-command';
import { failureReason, readRegularFile, RUNBOOK_LIMIT } from './reader';
import { CliError, cliMessage } from './messages';
import { parseOptions } from './options';

export interface ChecklistIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export async function checklistCommand(args: string[], io: Partial<ChecklistIo> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stderr = io.stderr ?? process.stderr;
  let locale: Locale = localeFromEnv(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  try {
    const { values, positionals } = parseOptions(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          strict: true,
          options: {
            format: { type: 'string' },
            locale: { type: 'string' },
            'as-of': { type: 'string' },
            root: { type: 'string' },
          },
        }),
      locale,
    );
    if (values.locale !== undefined) {
      if (values.locale !== 'en' && values.locale !== 'sv')
        throw new CliError(cliMessage(locale, 'error.badLocale', { value: values.locale }));
      locale = values.locale;
    }
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'html')
      throw new CliError(checklistMessage(locale, 'cli.badFormat', { value: format }));
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf))
      throw new CliError(cliMessage(locale, 'error.badDate', { option: '--as-of', value: asOf }));
    if (positionals.length === 0) throw new CliError(checklistMessage(locale, 'cli.noFile'));
    if (positionals.length > 1)
      throw new CliError(checklistMessage(locale, 'cli.oneFile', { count: positionals.length }));

    const cwd = io.cwd ?? process.cwd();
    const root = values.root !== undefined ? rootOption(values.root, cwd, locale) : undefined;
    const file = positionals[0];
    const absolute = path.resolve(cwd, file);
    const text = readText(file, absolute, locale);
    // The same findings as `exchange-runbook lint` shows for this file: its config's
    // severities and asOf, CSVs next to it.
    const config = await new ConfigFinder(locale).forRunbook(absolute);
    const options: LintOptions = {
      fileName: file,
      locale,
      rules: config.rules,
      today: localDateIso(new Date()),
      readFile: namedFilesOf(absolute, root),
    };
    const effectiveAsOf = asOf ?? config.asOf;
    if (effectiveAsOf) options.asOf = effectiveAsOf;
    const checklist = buildChecklist(lint(text, options), locale);
    const output =
      format === 'html'
        ? renderChecklistDocument(checklist, { styles: readStyles(locale), fileName: path.basename(file) })
        : renderChecklistMarkdown(checklist);
    (io.stdout ?? process.stdout).write(output);
    return 0;
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    stderr.write(`exchange-runbook: ${terminalSafe(err.message.replace(/\s*\n\s*/g, ' ').trim())}\n`);
    return 2;
  }
}

function readText(file: string, absolute: string, locale: Locale): string {
  const text = readRunbook(file, absolute, locale).toString('utf8');
  // Editors hide a byte-order mark; offsets and line numbers start after it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** media/preview.css, next to dist/ in the package (or to src/ when run from source). */
export function stylesheetPath(): string {
  const candidates = [
    path.join(__dirname, '..', 'media', 'preview.css'),
    path.join(__dirname, '..', '..', 'media', 'preview.css'),
  ];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

function readStyles(locale: Locale): string {
  const file = stylesheetPath();
  const read = readRegularFile(file, RUNBOOK_LIMIT);
  if (!('bytes' in read))
    throw new CliError(checklistMessage(locale, 'cli.noStyles', { file, reason: failureReason(read) }));
  return read.bytes.toString('utf8');
}
