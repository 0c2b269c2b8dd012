// What the commands that answer their own usage errors share (checklist, schedule, new: their
// tests call them directly): the streams, with the process's as defaults, and the one line on
// stderr with exit code 2 that main.ts writes for the other commands.
import type { Locale } from '../core';
import { oneLine } from './format';
import { CliError } from './messages';
import { localeOf } from './options';

export interface CommandStreams {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The process's working folder, environment and streams where `io` leaves them out. */
export function streamsOf(io: Partial<CommandStreams>): CommandStreams {
  return {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
  };
}

/**
 * Runs a command in the locale of its environment; a usage error (CliError) becomes one
 * line on stderr and exit code 2. Other errors are main.ts's (an internal error).
 */
export async function withUsageErrors(
  io: Partial<CommandStreams>,
  command: (streams: CommandStreams, locale: Locale) => Promise<number>,
): Promise<number> {
  const streams = streamsOf(io);
  try {
    return await command(streams, localeOf(streams.env));
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    streams.stderr.write(`exchange-runbook: ${oneLine(err.message)}\n`);
    return 2;
  }
}
