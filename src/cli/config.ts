// `.exchange-runbook.json` on the command line: the core validates it and finds the nearest
// one (src/core/config.ts); this file gives it paths and the CLI's one reader, and turns
// the first problem of a file into a usage error (exit 2) naming the file.
import * as path from 'path';
import {
  ConfigFinder as CoreFinder,
  ConfigHost,
  configProblemMessage,
  FoundConfig,
  type Locale,
  parseConfig,
  RunbookConfig,
} from '../core';
export { CONFIG_FILE_NAME, isIsoDate } from '../core';
import { CliError, cliMessage } from './messages';
import { CONFIG_LIMIT, errorReason, exists, failureReason, readRegularFile } from './reader';

export interface CliConfig extends RunbookConfig {
  /** Where it was read from; undefined for "no config". */
  file?: string;
}

function checked(found: FoundConfig<string>, locale: Locale): CliConfig {
  if (found.file === undefined) return { rules: {} };
  const problem = found.problems[0];
  if (problem) throw new CliError(`${found.file}: ${configProblemMessage(locale, problem)}`);
  return { file: found.file, ...found.config };
}

/** The file's text; a directory, a FIFO, a device or a symbolic-link loop is refused, never waited on. */
function readText(file: string, locale: Locale): string {
  const read = readRegularFile(file, CONFIG_LIMIT);
  if (!('bytes' in read)) {
    if (read.problem === 'missing') throw new CliError(cliMessage(locale, 'error.notFound', { file }));
    throw new CliError(cliMessage(locale, 'error.unreadable', { file, reason: failureReason(read) }));
  }
  return read.bytes.toString('utf8');
}

/** Reads and validates one config file (`--config`); any mistake is a CliError naming the file. */
export function readConfig(file: string, locale: Locale): CliConfig {
  const text = readText(file, locale);
  return checked({ file, text, ...parseConfig(text) }, locale);
}

/** Finds the nearest `.exchange-runbook.json` for each runbook, reading each file once. */
export class ConfigFinder {
  private readonly finder: CoreFinder<string>;

  constructor(private readonly locale: Locale) {
    const host: ConfigHost<string> = {
      parent: (dir) => {
        const parent = path.dirname(dir);
        return parent === dir ? undefined : parent;
      },
      join: (dir, name) => path.join(dir, name),
      key: (p) => p,
      // Whatever is there under the name is meant as the config: a directory or a broken
      // link is a usage error (docs/configuration.md), not silently skipped.
      read: (file) => (exists(file) ? readText(file, locale) : undefined),
    };
    this.finder = new CoreFinder(host);
  }

  async forRunbook(runbookPath: string): Promise<CliConfig> {
    return checked(await this.finder.forDirectory(path.dirname(path.resolve(runbookPath))), this.locale);
  }
}

export const reasonOf = errorReason;
