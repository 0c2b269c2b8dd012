// `exchange-runbook schedule <file> [--format markdown|ics|csv] [--locale en|sv]`: the
// planned (and actual) start and end of every phase and step, from the core's schedule
// (src/core/schedule.ts). Exit 0 when printed; 2 with one stderr line for a usage error,
// an unreadable file, or a runbook with nothing that dates it (no schedule.start, no at).
import * as path from 'path';
import { computeSchedule, parseRunbook, renderScheduleCsv, renderScheduleIcs, renderScheduleMarkdown } from '../core';
import { type CommandStreams, withUsageErrors } from './command';
import { readRunbookText } from './lint-command';
import { documentSafe } from './format';
import { CliError, cliMessage } from './messages';
import { chosenLocale, parseCommandArgs } from './options';

export interface ScheduleIo extends CommandStreams {
  /** The moment the calendar is made (DTSTAMP), for tests. */
  now: number;
}

export async function scheduleCommand(args: string[], io: Partial<ScheduleIo> = {}): Promise<number> {
  return withUsageErrors(io, async (streams, envLocale) => {
    const { values, positionals } = parseCommandArgs(args, envLocale, {
      format: { type: 'string' },
      locale: { type: 'string' },
    });
    const locale = chosenLocale(values.locale, envLocale);
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'ics' && format !== 'csv')
      throw new CliError(cliMessage(locale, 'schedule.badFormat', { value: format }));
    if (positionals.length !== 1)
      throw new CliError(cliMessage(locale, 'schedule.oneFile', { count: positionals.length }));
    const file = positionals[0];
    const absolute = path.resolve(streams.cwd, file);
    const text = readRunbookText(file, absolute, locale);
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
    // Step titles and owners from the runbook must not drive the terminal.
    streams.stdout.write(documentSafe(output));
    return 0;
  });
}
