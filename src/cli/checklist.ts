// `exchange-runbook checklist <file> [--format markdown|html] [--locale en|sv] [--as-of
// YYYY-MM-DD]`: the runbook as a checklist on stdout, from the same renderers as the
// VS Code preview and its export. Exit 0 when printed; 2 with one stderr line for a usage
// error or an unreadable file (findings are shown in the checklist, not as an exit code).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { buildChecklist, checklistMessage, renderChecklistDocument, renderChecklistMarkdown } from '../core/checklist';
import { localeFromEnv } from '../core/l10n/messages';
import { lint } from '../core/lint';
import type { LintOptions, Locale } from '../core/types';
import { localDateIso } from '../core/util/date';
import { ConfigFinder, isIsoDate, reasonOf } from './config';
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
          options: { format: { type: 'string' }, locale: { type: 'string' }, 'as-of': { type: 'string' } },
        }),
      locale,
    );
    if (values.locale !== undefined) {
      if (values.locale !== 'en' && values.locale !== 'sv') throw new CliError(cliMessage(locale, 'error.badLocale', { value: values.locale }));
      locale = values.locale;
    }
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'html') throw new CliError(checklistMessage(locale, 'cli.badFormat', { value: format }));
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf)) throw new CliError(cliMessage(locale, 'error.badDate', { option: '--as-of', value: asOf }));
    if (positionals.length === 0) throw new CliError(checklistMessage(locale, 'cli.noFile'));
    if (positionals.length > 1) throw new CliError(checklistMessage(locale, 'cli.oneFile', { count: positionals.length }));

    const file = positionals[0];
    const absolute = path.resolve(io.cwd ?? process.cwd(), file);
    const text = readText(file, absolute, locale);
    const dir = path.dirname(absolute);
    // The same findings as `exchange-runbook lint` shows for this file: its config's
    // severities and asOf, CSVs next to it.
    const config = new ConfigFinder(locale).forRunbook(absolute);
    const options: LintOptions = {
      fileName: file,
      locale,
      rules: config.rules,
      today: localDateIso(new Date()),
      readFile: (relative) => {
        try {
          return fs.readFileSync(path.resolve(dir, relative), 'utf8');
        } catch {
          return undefined;
        }
      },
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
    stderr.write(`exchange-runbook: ${err.message.replace(/\s*\n\s*/g, ' ').trim()}\n`);
    return 2;
  }
}

function readText(file: string, absolute: string, locale: Locale): string {
  let raw: Buffer;
  try {
    if (fs.statSync(absolute).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    raw = fs.readFileSync(absolute);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(cliMessage(locale, 'error.notFound', { file }));
    throw new CliError(cliMessage(locale, 'error.unreadable', { file, reason: reasonOf(err) }));
  }
  const text = raw.toString('utf8');
  // Editors hide a byte-order mark; offsets and line numbers start after it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** media/preview.css, next to dist/ in the package (or to src/ when run from source). */
export function stylesheetPath(): string {
  const candidates = [path.join(__dirname, '..', 'media', 'preview.css'), path.join(__dirname, '..', '..', 'media', 'preview.css')];
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
}

function readStyles(locale: Locale): string {
  const file = stylesheetPath();
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(checklistMessage(locale, 'cli.noStyles', { file, reason: reasonOf(err) }));
  }
}
