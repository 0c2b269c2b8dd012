// `exchange-runbook inventory <file|dir>...`: the organization as an inventory shows it,
// as runbook YAML (or JSON) on stdout; what was ignored or is unknown goes to stderr
// (docs/inventory.md).
import * as fs from 'fs';
import * as path from 'path';
import {
  FILE_LIMIT_INVENTORY,
  importInventory,
  type InventoryFile,
  inventoryToJson,
  inventoryToYaml,
  type LintOptions,
  noteText,
} from '../core';
import { oneLine } from './format';
import { CliError, cliMessage } from './messages';
import { FORMAT_AND_LOCALE, parseCommandArgs } from './options';
import type { CommandIo } from './lint-command';
import { errorReason, isInside, namedTarget, readRegularFile } from './reader';

/** A folder is read one level deep: an export folder, not a tree to crawl. */
const MAX_FILES = 1000;

export type InventoryRead =
  | { files: InventoryFile[] }
  | { problem: 'missing' | 'not-file' | 'too-large' | 'too-many' | 'outside' | 'unreadable'; reason?: string };

/**
 * Every byte of an inventory the CLI reads comes through here: regular files only, through
 * reader.ts's non-blocking, size-capped read (a FIFO or device is refused from its stat),
 * each at most 50 MB, a folder's files one level deep. With `realRoot` (a runbook's root,
 * already a real path), the real path of the target and of every file must stay inside it.
 */
export function readInventory(target: string, realRoot?: string): InventoryRead {
  let real: string;
  let stat: fs.Stats;
  try {
    real = fs.realpathSync(target);
    stat = fs.statSync(real);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { problem: 'missing' }
      : { problem: 'unreadable', reason: errorReason(err) };
  }
  if (realRoot !== undefined && !isInside(realRoot, real)) return { problem: 'outside' };
  if (!stat.isDirectory()) {
    const one = readOne(real, target);
    return 'file' in one ? { files: [one.file] } : one;
  }
  let names: string[];
  try {
    names = fs.readdirSync(real).sort();
  } catch (err) {
    return { problem: 'unreadable', reason: errorReason(err) };
  }
  if (names.length > MAX_FILES) return { problem: 'too-many' };
  const files: InventoryFile[] = [];
  for (const name of names) {
    let r: string;
    try {
      r = fs.realpathSync(path.join(real, name));
      if (!fs.statSync(r).isFile()) continue;
    } catch {
      continue;
    }
    if (realRoot !== undefined && !isInside(realRoot, r)) continue;
    const one = readOne(r, path.join(target, name));
    if ('file' in one) files.push(one.file);
  }
  return { files };
}

function readOne(
  real: string,
  shown: string,
): { file: InventoryFile } | { problem: 'missing' | 'not-file' | 'too-large' | 'unreadable'; reason?: string } {
  const read = readRegularFile(real, FILE_LIMIT_INVENTORY);
  if ('bytes' in read) return { file: { name: shown, content: read.bytes } };
  if (read.problem === 'unreadable') return { problem: 'unreadable', reason: read.reason };
  return { problem: read.problem };
}

/** The `readInventory` a lint of one runbook gets: relative to the runbook, inside its root (docs/security.md). */
export function inventoryReader(runbookAbsolute: string, root: string): NonNullable<LintOptions['readInventory']> {
  const dir = path.dirname(runbookAbsolute);
  return (relative) => {
    const target = namedTarget(dir, root, relative);
    if (typeof target !== 'string') return target;
    let realRoot: string;
    try {
      realRoot = fs.realpathSync(root);
    } catch (err) {
      return { refused: 'unreadable', reason: errorReason(err) };
    }
    const read = readInventory(target, realRoot);
    if ('files' in read) return read.files.map((f) => ({ ...f, name: path.relative(dir, f.name) || f.name }));
    if (read.problem === 'missing') return undefined;
    if (read.problem === 'too-many') return { refused: 'unreadable', reason: 'more than 1,000 files in the folder' };
    if (read.problem === 'unreadable') return { refused: 'unreadable', reason: read.reason };
    return { refused: read.problem };
  };
}

export async function inventoryCommand(
  args: string[],
  io: CommandIo & { stderr?: { write(text: string): unknown } },
): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, io.locale, FORMAT_AND_LOCALE);
  const locale = io.locale;
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json')
    throw new CliError(
      cliMessage(locale, 'error.badOption', { message: `--format must be yaml or json, not '${format}'` }),
    );
  if (positionals.length === 0) throw new CliError(cliMessage(locale, 'inventory.noInput'));
  const files: InventoryFile[] = [];
  for (const arg of positionals) {
    const read = readInventory(path.resolve(io.cwd, arg));
    if ('problem' in read)
      throw new CliError(cliMessage(locale, `inventory.${read.problem}`, { file: arg, reason: read.reason ?? '' }));
    files.push(...read.files.map((f) => ({ ...f, name: path.relative(io.cwd, f.name) || f.name })));
  }
  const inventory = importInventory(files);
  if (inventory.servers.length === 0)
    throw new CliError(cliMessage(locale, 'inventory.noServers', { files: positionals.join(', ') }));
  const stderr = io.stderr ?? process.stderr;
  // Server and file names come from the inventory files: one line each, nothing the terminal acts on.
  for (const note of inventory.notes) stderr.write(`exchange-runbook: ${oneLine(noteText(note, locale))}\n`);
  io.stdout.write(format === 'json' ? inventoryToJson(inventory) : inventoryToYaml(inventory, locale));
  return 0;
}
