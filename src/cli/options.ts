// node:util parseArgs, with its errors turned into one-line usage errors, and the locale
// every command starts from.
import { parseArgs, type ParseArgsConfig } from 'util';
import { type Locale, localeFromEnv } from '../core';
import { CliError, cliMessage } from './messages';

/** LC_ALL wins over LC_MESSAGES over LANG, as POSIX has it. */
export function localeOf(env: NodeJS.ProcessEnv): Locale {
  return localeFromEnv(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `--locale`'s value when given (en or sv, else a usage error in the current locale), else `current`. */
export function chosenLocale(value: string | undefined, current: Locale): Locale {
  if (value === undefined) return current;
  if (value !== 'en' && value !== 'sv') throw new CliError(cliMessage(current, 'error.badLocale', { value }));
  return value;
}

/** The options of the commands that print one thing in a format (rules, inventory). */
export const FORMAT_AND_LOCALE = { format: { type: 'string' }, locale: { type: 'string' } } as const;

/**
 * A command's arguments, parsed strictly (an unknown option is a usage error). Options in
 * `negativeValues` read a following `-5` as their value (joinNegativeValues).
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  locale: Locale,
  options: T,
  { positionals = true, negativeValues = [] }: { positionals?: boolean; negativeValues?: readonly string[] } = {},
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  return parseOptions(
    () =>
      parseArgs({
        args: joinNegativeValues(args, negativeValues),
        allowPositionals: positionals,
        strict: true,
        options,
      }),
    locale,
  );
}

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

/**
 * `--mailboxes -5` as `--mailboxes=-5`: parseArgs calls a value that starts with a dash
 * "ambiguous", so the command's own check ("must be a whole number …") never saw it.
 * Only values that look like a negative number are joined; `--out -x` stays an error.
 */
export function joinNegativeValues(args: string[], valueOptions: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') return [...out, ...args.slice(i)];
    const next = args[i + 1];
    if (
      valueOptions.includes(arg.replace(/^--/, '')) &&
      arg.startsWith('--') &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** `--color` / `--no-color`: the last one given wins; undefined when neither is. */
export function colorFlag(args: string[]): boolean | undefined {
  let choice: boolean | undefined;
  for (const arg of args) {
    if (arg === '--') break;
    if (arg === '--color') choice = true;
    else if (arg === '--no-color') choice = false;
  }
  return choice;
}
