// Dispatches `exchange-runbook <command>` to its implementation; main.ts is the process
// around it (exit code, the one stderr line). Exit codes: 0 clean, 1 findings that fail
// the run, 2 usage error, unreadable file or internal failure.
import { checklistCommand } from './checklist';
import { inventoryCommand } from './inventory';
import { scheduleCommand } from './schedule';
import { scriptCommand } from './script';
import { newCommand } from './new';
import { lintCommand, CommandIo } from './lint-command';
import { rulesCommand } from './rules-command';
import { CliError, cliMessage } from './messages';
import { chosenLocale, peekOption } from './options';
import { PRODUCT_VERSION } from './version';

export async function run(argv: string[], io: CommandIo): Promise<number> {
  const requested = peekOption(argv, 'locale');
  if (requested !== undefined) io = { ...io, locale: chosenLocale(requested, io.locale) };
  const [command, ...rest] = argv;
  // Options end at `--`; after it `-v` could be a file name.
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  // `lint -v` as well as `-v`: --help lists -v among the options of lint.
  if (
    command === '--version' ||
    command === '-v' ||
    (command !== undefined && !command.startsWith('-') && (options.includes('--version') || options.includes('-v')))
  ) {
    io.stdout.write(`${PRODUCT_VERSION}\n`);
    return 0;
  }
  if (command === undefined) throw new CliError(cliMessage(io.locale, 'error.noCommand'));
  if (
    command === '--help' ||
    command === '-h' ||
    command === 'help' ||
    options.includes('--help') ||
    options.includes('-h')
  ) {
    io.stdout.write(cliMessage(io.locale, 'help'));
    return 0;
  }
  switch (command) {
    case 'lint':
      return lintCommand(rest, io);
    case 'rules':
      return rulesCommand(rest, io);
    case 'checklist':
      return checklistCommand(rest);
    case 'inventory':
      return inventoryCommand(rest, io);
    case 'schedule':
      return scheduleCommand(rest);
    case 'script':
      return scriptCommand(rest);
    case 'new':
      return newCommand(rest);
    default:
      throw new CliError(cliMessage(io.locale, 'error.unknownCommand', { command }));
  }
}
