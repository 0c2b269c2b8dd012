// `exchange-runbook script <file> [--phase <id>] [--out FILE] [--locale en|sv]`: the runbook
// (or one phase) as a PowerShell script for the Exchange Management Shell, from the core's
// generator (src/core/powershell/script.ts). Exit 0 when printed or written; 2 with one
// stderr line for a usage error, an unreadable file, YAML that does not parse, an unknown
// phase, or an --out that is not a regular file.
import * as fs from 'fs';
import * as path from 'path';
import { generateScript, type Locale, parseRunbook } from '../core';
import { type CommandStreams, withUsageErrors } from './command';
import { reasonOf } from './config';
import { readRunbookText } from './lint-command';
import { CliError, cliMessage } from './messages';
import { chosenLocale, parseCommandArgs } from './options';

/**
 * Windows PowerShell 5.1 reads a script file without a byte-order mark in the ANSI code
 * page: the mark keeps a title's "å" or "’" what it was. (Printed, the script has none.)
 */
const UTF8_BOM = '\ufeff';

export async function scriptCommand(args: string[], io: Partial<CommandStreams> = {}): Promise<number> {
  return withUsageErrors(io, async (streams, envLocale) => {
    const { values, positionals } = parseCommandArgs(args, envLocale, {
      phase: { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string' },
    });
    const locale = chosenLocale(values.locale, envLocale);
    if (positionals.length !== 1)
      throw new CliError(cliMessage(locale, 'script.oneFile', { count: positionals.length }));
    const file = positionals[0];
    const parsed = parseRunbook(readRunbookText(file, path.resolve(streams.cwd, file), locale));
    const result = generateScript(parsed, { phase: values.phase, fileName: path.basename(file) });
    if (!result.ok && result.reason === 'unknown-phase') {
      const phases = parsed.phases.map((p) => p.id).filter((id): id is string => id !== undefined);
      throw new CliError(
        cliMessage(locale, 'script.unknownPhase', {
          file,
          phase: values.phase ?? '',
          phases: phases.join(', ') || '—',
        }),
      );
    }
    if (!result.ok) throw new CliError(cliMessage(locale, 'script.broken', { file }));
    if (values.out === undefined) {
      streams.stdout.write(result.text);
    } else {
      writeScript(path.resolve(streams.cwd, values.out), values.out, UTF8_BOM + result.text, locale);
      streams.stdout.write(cliMessage(locale, 'script.wrote', { file: values.out }) + '\n');
    }
    return 0;
  });
}

/**
 * Writes only to a regular file (new or replaced): never into a FIFO, a device or a folder.
 * O_NONBLOCK: a FIFO put there after the check fails the open (ENXIO) instead of waiting.
 */
function writeScript(file: string, shown: string, text: string, locale: Locale): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new CliError(cliMessage(locale, 'error.cannotWrite', { file: shown, reason: reasonOf(err) }));
  }
  if (stat && !stat.isFile()) throw new CliError(cliMessage(locale, 'script.notRegular', { file: shown }));
  let fd: number | undefined;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { O_WRONLY, O_CREAT, O_TRUNC, O_NONBLOCK } = fs.constants;
    fd = fs.openSync(file, O_WRONLY | O_CREAT | O_TRUNC | (O_NONBLOCK ?? 0), 0o666);
    if (!fs.fstatSync(fd).isFile()) throw new CliError(cliMessage(locale, 'script.notRegular', { file: shown }));
    fs.writeFileSync(fd, text);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(cliMessage(locale, 'error.cannotWrite', { file: shown, reason: reasonOf(err) }));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
