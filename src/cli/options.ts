// node:util parseArgs, with its errors turned into one-line usage errors.
import type { Locale } from '../core/types';
import { CliError, cliMessage } from './messages';

export function parseOptions<T>(parse: () => T, locale: Locale): T {
  try {
    return parse();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw err;
    // "Unknown option '--x'. To specify a positional argument …": the first sentence says it.
    const message = (err as Error).message.split(/\.\s|\n/)[0].replace(/\.$/, '');
    throw new CliError(cliMessage(locale, 'error.badOption', { message }));
  }
}

/** The value of `--name value` or `--name=value` before full parsing (for --locale). */
export function peekOption(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}
