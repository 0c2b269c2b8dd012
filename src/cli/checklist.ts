// `exchange-runbook checklist <file> [--format markdown|html|change-request] [--locale
// en|sv] [--as-of YYYY-MM-DD]`: the runbook as a checklist on stdout, from the same
// renderers as the VS Code preview and its exports (`change-request`: the printable
// document for a change advisory board, as "Export Change Request (HTML)" writes it).
// Exit 0 when printed; 2 with one stderr line for a usage error or an unreadable file
// (findings are shown in the checklist, not as an exit code).
import * as fs from 'fs';
import * as path from 'path';
import {
  buildChecklist,
  checklistMessage,
  lint,
  type LintOptions,
  type LintResult,
  localDateIso,
  type Locale,
  renderChecklistDocument,
  renderChecklistMarkdown,
  renderChangeRequest,
} from '../core';
import { type CommandStreams, withUsageErrors } from './command';
import { ConfigFinder, isIsoDate } from './config';
import { namedFilesOf, readRunbookText, rootOption } from './lint-command';
import { failureReason, readRegularFile, RUNBOOK_LIMIT } from './reader';
import { documentSafe } from './format';
import { CliError, cliMessage } from './messages';
import { chosenLocale, parseCommandArgs } from './options';

export type ChecklistIo = CommandStreams;

export async function checklistCommand(args: string[], io: Partial<ChecklistIo> = {}): Promise<number> {
  return withUsageErrors(io, async (streams, envLocale) => {
    const { values, positionals } = parseCommandArgs(args, envLocale, {
      format: { type: 'string' },
      locale: { type: 'string' },
      'as-of': { type: 'string' },
      root: { type: 'string' },
    });
    const locale = chosenLocale(values.locale, envLocale);
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'html' && format !== 'change-request')
      throw new CliError(checklistMessage(locale, 'cli.badFormat', { value: format }));
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoDate(asOf))
      throw new CliError(cliMessage(locale, 'error.badDate', { option: '--as-of', value: asOf }));
    if (positionals.length === 0) throw new CliError(checklistMessage(locale, 'cli.noFile'));
    if (positionals.length > 1)
      throw new CliError(checklistMessage(locale, 'cli.oneFile', { count: positionals.length }));

    const cwd = streams.cwd;
    const root = values.root !== undefined ? rootOption(values.root, cwd, locale) : undefined;
    const file = positionals[0];
    const absolute = path.resolve(cwd, file);
    const text = readRunbookText(file, absolute, locale);
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
    // Names and notes from the runbook must not drive the terminal the checklist is printed to.
    streams.stdout.write(documentSafe(render(format, lint(text, options), locale, path.basename(file))));
    return 0;
  });
}

function render(
  format: 'markdown' | 'html' | 'change-request',
  result: LintResult,
  locale: Locale,
  fileName: string,
): string {
  if (format === 'change-request') return renderChangeRequest(result, { locale, fileName });
  const checklist = buildChecklist(result, locale);
  if (format === 'html') return renderChecklistDocument(checklist, { styles: readStyles(locale), fileName });
  return renderChecklistMarkdown(checklist);
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
