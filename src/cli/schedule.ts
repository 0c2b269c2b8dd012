// `exchange-runbook schedule <file> [--format markdown|ics|csv] [--locale en|sv]`: the
// planned (and actual) start and end of every phase and step, from the core's schedule
// (src/core/schedule.ts). Exit 0 when printed; 2 with one stderr line for a usage error,
// an unreadable file, or a runbook with nothing that dates it (no schedule.start, no at).
import * as path from 'path';
import { parseArgs } from 'util';
import {
  computeSchedule,
  type Locale,
  localeFromEnv,
  parseRunbook,
  renderScheduleCsv,
  renderScheduleIcs,
  renderScheduleMarkdown,
} from '../core';
import { terminalSafe } from './format';
import { readRunbook } from './lint-command';
import { CliError, cliMessage } from './messages';
import { parseOptions } from './options';

export interface ScheduleIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** The moment the calendar is made (DTSTAMP), for tests. */
  now: number;
}

export async function scheduleCommand(args: string[], io: Partial<ScheduleIo> = {}): Promise<number> {
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
          options: { format: { type: 'string' }, locale: { type: 'string' } },
        }),
      locale,
    );
    if (values.locale !== undefined) {
      if (values.locale !== 'en' && values.locale !== 'sv')
        throw new CliError(cliMessage(locale, 'error.badLocale', { value: values.locale }));
      locale = values.locale;
    }
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'ics' && format !== 'csv')
      throw new CliError(cliMessage(locale, 'schedule.badFormat', { value: format }));
    if (positionals.length !== 1)
      throw new CliError(cliMessage(locale, 'schedule.oneFile', { count: positionals.length }));
    const file = positionals[0];
    const absolute = path.resolve(io.cwd ?? process.cwd(), file);
    let text = readRunbook(file, absolute, locale).toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const parsed = parseRunbook(text);
    if (parsed.fatal.length > 0) throw new CliError(cliMessage(locale, 'schedule.broken', { file }));
    const schedule = computeSchedule(parsed);
    if (!schedule) throw new CliError(cliMessage(locale, 'schedule.none', { file }));
    const output =
      format === 'ics'
        ? renderScheduleIcs(parsed, schedule, { now: io.now ?? Date.now() })
        : format === 'csv'
          ? renderScheduleCsv(parsed, schedule, locale)
          : renderScheduleMarkdown(parsed, schedule, locale);
    (io.stdout ?? process.stdout).write(output);
    return 0;
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    stderr.write(`exchange-runbook: ${terminalSafe(err.message.replace(/\s*\n\s*/g, ' ').trim())}\n`);
    return 2;
  }
}
