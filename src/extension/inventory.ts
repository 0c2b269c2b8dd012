// The organization's inventory in VS Code (docs/inventory.md): the folder a runbook's
// `inventory:` names, read like every file a runbook names (relative to it, inside its
// workspace folder, regular files only, at most 50 MB each, one folder level, through
// vscode.workspace.fs before linting); the commands "Save Inventory Script…" (the
// collector shipped in the extension) and "New Runbook from Inventory…".
import * as vscode from 'vscode';
import {
  fieldString,
  FILE_LIMITS,
  type FileRefusal,
  importInventory,
  type Inventory,
  type InventoryFile,
  isAbsolutePath,
  isVersion,
  type ParsedRunbook,
  parseRunbook,
} from '../core';
import { isInsideUri, namedUri, readRegularUri, rootOf, statUri, unreadable } from './files';
import { realUri } from './realPath';
import { coreMessagesIn } from '../core';
import { loadNewRunbook } from './lazy';

export const SAVE_SCRIPT_COMMAND = 'exchangeRunbook.saveInventoryScript';
export const NEW_FROM_INVENTORY_COMMAND = 'exchangeRunbook.newRunbookFromInventory';
const SCRIPT = 'Get-ExchangeRunbookInventory.ps1';
/** A folder is read one level deep, at most this many files (as the CLI). */
const MAX_FILES = 1000;

export type InventoryRead = InventoryFile[] | undefined | FileRefusal;

/** The inventory each runbook names, as its last lint read it: hover shows it. */
const lastInventories = new Map<string, Inventory>();

/** What `inventory:` says, when it says something. */
export function inventoryPathOf(text: string, parsed?: ParsedRunbook): string | undefined {
  if (!/^inventory\s*:/m.test(text)) return undefined;
  parsed ??= parseRunbook(text);
  const value = fieldString(parsed.root, 'inventory', parsed.doc);
  return value && value.trim() ? value : undefined;
}

/** Reads a file or a folder's files (one level), each a regular file of at most 50 MB. */
async function readFilesAt(uri: vscode.Uri, inside?: vscode.Uri): Promise<InventoryRead> {
  const stat = await statUri(uri);
  if (stat === undefined || 'refused' in stat) return stat;
  if ((stat.type & vscode.FileType.Directory) === 0) {
    const read = await readRegularUri(uri, FILE_LIMITS.inventory);
    if (read instanceof Uint8Array) return [{ name: uri.path.split('/').pop() ?? '', content: read }];
    if (typeof read === 'string') return [{ name: uri.path.split('/').pop() ?? '', content: read }];
    return read;
  }
  const entries = await vscode.workspace.fs.readDirectory(uri);
  if (entries.length > MAX_FILES) return { refused: 'unreadable', reason: 'more than 1,000 files in the folder' };
  const files: InventoryFile[] = [];
  for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if ((type & vscode.FileType.File) === 0) continue;
    const child = vscode.Uri.joinPath(uri, name);
    if (inside) {
      const real = await realUri(child).catch(() => undefined);
      if (!real || !isInsideUri(inside, real)) continue;
    }
    const read = await readRegularUri(child, FILE_LIMITS.inventory);
    if (read instanceof Uint8Array || typeof read === 'string') files.push({ name, content: read });
  }
  return files;
}

/** The inventory a runbook names, read as spec 7.1 says; undefined when it names none. */
export async function readRunbookInventory(
  runbook: vscode.Uri,
  text: string,
  parsed?: ParsedRunbook,
): Promise<{ path: string; read: InventoryRead } | undefined> {
  const relative = inventoryPathOf(text, parsed);
  return relative === undefined ? undefined : readInventoryAt(runbook, relative);
}

/** The inventory at `relative` (what a runbook's `inventory:` says), read as spec 7.1 says. */
export async function readInventoryAt(
  runbook: vscode.Uri,
  relative: string,
): Promise<{ path: string; read: InventoryRead }> {
  if (isAbsolutePath(relative)) return { path: relative, read: { refused: 'absolute' } };
  if (vscode.workspace.fs.isWritableFileSystem(runbook.scheme) === undefined)
    return { path: relative, read: undefined };
  const root = rootOf(runbook);
  const target = namedUri(runbook, relative);
  if (!isInsideUri(root, target)) return { path: relative, read: { refused: 'outside' } };
  try {
    const [realRoot, real] = await Promise.all([realUri(root), realUri(target)]);
    if (realRoot && real && !isInsideUri(realRoot, real)) return { path: relative, read: { refused: 'outside' } };
    const read = await readFilesAt(target, realRoot);
    if (Array.isArray(read)) lastInventories.set(runbook.toString(), importInventory(read));
    else lastInventories.delete(runbook.toString());
    return { path: relative, read };
  } catch (err) {
    return { path: relative, read: unreadable(err) };
  }
}

/** Hover: the inventory's view of a server the runbook lists, as Markdown. */
export function inventoryHover(runbook: vscode.Uri, serverName: string, locale: 'en' | 'sv'): string | undefined {
  const inventory = lastInventories.get(runbook.toString());
  const s = inventory?.servers.find((x) => x.name.toLowerCase() === serverName.toLowerCase());
  if (!s) return undefined;
  const t = coreMessagesIn(locale);
  const known = [s.update, s.updateDetail].filter(Boolean).join(' ');
  const update = s.update && !s.updateExact ? t('extension.inventory.updateUnknown', { update: known }) : known;
  const parts = [
    `Exchange ${s.version ?? '?'} ${update}`.trim() + (s.build ? ` · build ${s.build}` : ''),
    s.roles.length ? s.roles.join(', ') : undefined,
    s.os ? `Windows Server ${s.os}` : undefined,
    s.site ? t('extension.inventory.site', { site: s.site }) : undefined,
    s.mailboxes !== undefined ? t('extension.inventory.mailboxes', { count: s.mailboxes }) : undefined,
  ].filter(Boolean);
  return t('extension.inventory.hover', { facts: parts.join(' · ') });
}

export function forgetInventory(uri: vscode.Uri): void {
  lastInventories.delete(uri.toString());
}

/** "Save Inventory Script…": the collector shipped in the extension, written where the user says. */
async function saveScript(context: vscode.ExtensionContext, target?: unknown): Promise<vscode.Uri | undefined> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'powershell', SCRIPT);
  let uri =
    target instanceof vscode.Uri ? target : typeof target === 'string' && target ? vscode.Uri.file(target) : undefined;
  if (!uri) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    uri = await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, SCRIPT) } : {}),
      filters: { PowerShell: ['ps1'] },
    });
  }
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(source));
  return uri;
}

/** "New Runbook from Inventory…": the assistant with the inventory's answers and servers. */
async function newFromInventory(arg?: unknown): Promise<unknown> {
  // A path or URI, or `{ inventory, ...answers }` (tests and other extensions answer the rest).
  const given =
    typeof arg === 'object' && arg !== null && !(arg instanceof vscode.Uri) ? (arg as Record<string, unknown>) : {};
  const target = 'inventory' in given ? given.inventory : arg;
  const { inventory: _ignored, ...answers } = given;
  const uri = await inventoryUri(target);
  if (!uri) return undefined;
  const read = await readFilesAt(uri);
  const inventory = Array.isArray(read) ? importInventory(read) : undefined;
  const servers = (inventory?.servers ?? []).filter((s) => isVersion(s.version));
  if (!inventory || servers.length === 0) {
    void vscode.window.showErrorMessage(
      `No Get-ExchangeServer objects in ${uri.fsPath || uri.path} (docs/inventory.md).`,
    );
    return undefined;
  }
  return loadNewRunbook().runNewRunbook({ ...inventoryAnswers(uri, inventory, servers), ...answers });
}

/** The inventory the command was given, or the one the user picks. */
async function inventoryUri(target: unknown): Promise<vscode.Uri | undefined> {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string' && target) return vscode.Uri.file(target);
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: true,
    canSelectMany: false,
    openLabel: 'Inventory',
  });
  return picked?.[0];
}

/** What the inventory answers: the versions, mailboxes, public folders, name and domains, and its servers. */
function inventoryAnswers(
  uri: vscode.Uri,
  inventory: ReturnType<typeof importInventory>,
  servers: ReturnType<typeof importInventory>['servers'],
) {
  // The runbook is offered in the first workspace folder: name the inventory relative to it.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const relative =
    folder && isInsideUri(folder, uri) ? uri.path.slice(folder.path.replace(/\/+$/, '').length + 1) : undefined;
  const o = inventory.organization;
  return {
    sources: [...new Set(servers.map((s) => s.version!))],
    ...(o.mailboxes !== undefined ? { mailboxes: o.mailboxes } : {}),
    ...(o.publicFolders !== undefined ? { publicFolders: o.publicFolders } : {}),
    ...(o.name ? { name: o.name } : {}),
    ...(o.domains?.[0] ? { domain: o.domains[0] } : {}),
    inventory: {
      ...(relative ? { path: relative } : {}),
      servers: servers.map((s) => ({ ...s, version: s.version! })),
      ...(o.forestFunctionalLevel ? { forestFunctionalLevel: o.forestFunctionalLevel } : {}),
      ...(o.domains ? { domains: o.domains } : {}),
    },
  };
}

export function registerInventory(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(SAVE_SCRIPT_COMMAND, (target?: unknown) => saveScript(context, target)),
    vscode.commands.registerCommand(NEW_FROM_INVENTORY_COMMAND, (target?: unknown) => newFromInventory(target)),
  );
}
