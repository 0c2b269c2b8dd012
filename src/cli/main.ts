// The `exchange-runbook` process: runs the command, turns every failure into exit code 2
// with exactly one line on stderr, and never lets a closed pipe look like a crash.
import { CliError, cliMessage } from './messages';
import { oneLine } from './format';
import { failureReason, readStdinLimited, RUNBOOK_LIMIT } from './reader';
import type { CommandIo } from './lint-command';
import { localeOf } from './options';
import { run } from './run';

async function main(): Promise<void> {
  // `exchange-runbook lint … | head` closes the pipe early; that is not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: CommandIo = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    locale: localeOf(process.env),
    readStdin: () => {
      const read = readStdinLimited(RUNBOOK_LIMIT);
      if ('bytes' in read) return read.bytes;
      throw Object.assign(new Error(failureReason(read)), { code: 'ESTDIN' });
    },
  };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (err) {
    const message =
      err instanceof CliError
        ? err.message
        : cliMessage(io.locale, 'error.internal', { message: (err as Error)?.message ?? String(err) });
    process.stderr.write(`exchange-runbook: ${oneLine(message)}\n`);
    process.exitCode = 2;
  }
}

void main();
