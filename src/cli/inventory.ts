// `exchange-runbook inventory <file|dir>...`: the organization as an inventory shows it,
// as runbook YAML (or JSON) on stdout; what was ignored or is unknown goes to stderr
// (spec section 7.3, docs/inventory.md).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { FILE_LIMIT_INVENTORY, importInventory, type InventoryFile } from '../core/inventory';
import { inventoryToJson, inventoryToYaml, noteText } from '../core/inventory/format';
import { CliError, cliMessage } from './messages';
import { parseOptions } from './options';
import type { CommandIo } from './lint-command';

/** A folder is read one level deep: an export folder, not a tree to crawl. */
const MAX_FILES = 1000;

export type InventoryRead = { files: InventoryFile[] } | { problem: 'missing' | 'not-file' | 'too-large' | 'too-many' | 'unreadable'; reason?: string };

/**
 * Every byte of an inventory the CLI reads comes through here: regular files only (a
 * FIFO or device is skipped from its stat, never opened), each at most 50 MB, a folder's
 * files one level deep. `inside` (the runbook's root) bounds where the real path may be.
 */
export function readInventory(target: string, inside?: string): InventoryRead {
  let stat: fs.Stats;
  let real: string;
  try {
    real = fs.realpathSync(target);
    stat = fs.statSync(real);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { problem: 'missing' } : { problem: 'unreadable', reason: code ?? String(err) };
  }
  if (inside !== undefined && !isInside(real, inside)) return { problem: 'unreadable', reason: 'outside the root' };
  if (stat.isFile()) {
    const one = readOne(real, stat, target);
    return 'problem' in one ? one : { files: [one.file] };
  }
  if (!stat.isDirectory()) return { problem: 'not-file' };
  let names: string[];
  try {
    names = fs.readdirSync(real).sort();
  } catch (err) {
    return { problem: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
  if (names.length > MAX_FILES) return { problem: 'too-many' };
  const files: InventoryFile[] = [];
  for (const name of names) {
    const full = path.join(real, name);
    let s: fs.Stats;
    let r: string;
    try {
      r = fs.realpathSync(full);
      s = fs.statSync(r);
    } catch {
      continue;
    }
    if (!s.isFile()) continue;
    if (inside !== undefined && !isInside(r, inside)) continue;
    const one = readOne(r, s, path.join(target, name));
    if ('file' in one) files.push(one.file);
  }
  return { files };
}

function isInside(real: string, root: string): boolean {
  let rootReal: string;
  try {
    rootReal = fs.realpathSync(root);
  } catch {
    return false;
  }
  const rel = path.relative(rootReal, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function readOne(real: string, stat: fs.Stats, shown: string): { file: InventoryFile } | { problem: 'too-large' | 'unreadable'; reason?: string } {
  if (stat.size > FILE_LIMIT_INVENTORY) return { problem: 'too-large' };
  try {
    const content = fs.readFileSync(real);
    if (content.length > FILE_LIMIT_INVENTORY) return { problem: 'too-large' };
    return { file: { name: shown, content } };
  } catch (err) {
    return { problem: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

export async function inventoryCommand(args: string[], io: CommandIo & { stderr?: { write(text: string): unknown } }): Promise<number> {
  const { values, positionals } = parseOptions(
    () =>
      parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: { format: { type: 'string' }, locale: { type: 'string' } },
      }),
    io.locale,
  );
  const locale = io.locale;
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') throw new CliError(cliMessage(locale, 'error.badOption', { message: `--format must be yaml or json, not '${format}'` }));
  if (positionals.length === 0) throw new CliError(cliMessage(locale, 'inventory.noInput'));
  const files: InventoryFile[] = [];
  for (const arg of positionals) {
    const read = readInventory(path.resolve(io.cwd, arg));
    if ('problem' in read) throw new CliError(cliMessage(locale, `inventory.${read.problem}`, { file: arg, reason: read.reason ?? '' }));
    files.push(...read.files.map((f) => ({ ...f, name: path.relative(io.cwd, f.name) || f.name })));
  }
  const inventory = importInventory(files);
  if (inventory.servers.length === 0) throw new CliError(cliMessage(locale, 'inventory.noServers', { files: positionals.join(', ') }));
  const stderr = io.stderr ?? process.stderr;
  for (const note of inventory.notes) stderr.write(`exchange-runbook: ${noteText(note, locale)}\n`);
  io.stdout.write(format === 'json' ? inventoryToJson(inventory) : inventoryToYaml(inventory, locale));
  return 0;
}
