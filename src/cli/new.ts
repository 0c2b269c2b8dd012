// `exchange-runbook new`: the new-runbook assistant on the command line. The answers come
// as flags; the runbook goes to stdout (docs/assistant.md), or with `--out FILE` into FILE
// with the staged CSV templates next to it. On stdout, the CSV templates are written only
// with `--csv-dir DIR`; otherwise stderr names them and how to get them. A refusal
// (answers no runbook fits) and a usage error both end with exit 2 and one line on stderr.
import * as fs from 'fs';
import * as path from 'path';
import {
  Answers,
  type ExchangeVersion,
  importInventory,
  isVersion,
  lint,
  localDateIso,
  type Locale,
  newRunbook,
  refusalText,
  say,
  suggestedDomain,
} from '../core';
import type { CommandStreams } from './command';
import { CliError, cliMessage } from './messages';
import { readInventory } from './inventory';
import { localeOf, parseCommandArgs } from './options';

export interface NewIo extends CommandStreams {
  /** Today's date (YYYY-MM-DD) when `--as-of` is absent; tests set it. */
  today?: string;
}

function fail(locale: Locale, id: string, args: Record<string, string | number> = {}): never {
  throw new CliError(`new: ${say(locale, id, args)}`);
}

function writeNew(file: string, content: string, force: boolean, locale: Locale): void {
  if (!force && fs.existsSync(file)) fail(locale, 'cli.exists', { file });
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  } catch (err) {
    fail(locale, 'cli.cannotWrite', { file, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
  }
}

const NEW_OPTIONS = {
  source: { type: 'string', multiple: true },
  target: { type: 'string' },
  method: { type: 'string' },
  mailboxes: { type: 'string' },
  'public-folders': { type: 'boolean' },
  'keep-on-premises': { type: 'boolean' },
  name: { type: 'string' },
  domain: { type: 'string' },
  'as-of': { type: 'string' },
  locale: { type: 'string' },
  out: { type: 'string' },
  'csv-dir': { type: 'string' },
  force: { type: 'boolean' },
  inventory: { type: 'string' },
} as const;

/** The options that take a value, so that `--mailboxes -5` reads -5 as the value. */
const VALUE_OPTIONS = [
  'mailboxes',
  'source',
  'target',
  'method',
  'name',
  'domain',
  'as-of',
  'locale',
  'out',
  'csv-dir',
  'inventory',
];

function parseNewArgs(args: string[], locale: Locale) {
  return parseCommandArgs(args, locale, NEW_OPTIONS, { positionals: false, negativeValues: VALUE_OPTIONS }).values;
}

type NewValues = ReturnType<typeof parseNewArgs>;
type LoadedInventory = ReturnType<typeof loadInventory>;

export async function newCommand(args: string[], io: Partial<NewIo> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  let locale: Locale = localeOf(env);
  const values = parseNewArgs(args, locale);
  if (values.locale !== undefined) {
    if (values.locale !== 'en' && values.locale !== 'sv') fail(locale, 'cli.badLocale', { value: values.locale });
    locale = values.locale;
  }
  // --inventory answers what it knows: the versions, servers, mailboxes, name and domains.
  const inventory =
    values.inventory !== undefined ? loadInventory(values.inventory, cwd, values.out, locale) : undefined;
  if (inventory) answerFromInventory(values, inventory);
  const answers = answersOf(values, inventory, locale);

  const result = newRunbook(answers, { locale, today: io.today ?? localDateIso(new Date()), lint });
  if (!result.ok) {
    throw new CliError(`new: ${refusalText(result.refusal)}`);
  }
  const output = { cwd, locale, force: values.force ?? false, stdout: io.stdout ?? process.stdout };
  if (values.out !== undefined) writeRunbook(result.runbook, values.out, output);
  else printRunbook(result.runbook, values['csv-dir'], { ...output, stderr: io.stderr ?? process.stderr });
  return 0;
}

/** What the flags leave open, the inventory answers. */
function answerFromInventory(values: NewValues, inventory: LoadedInventory): void {
  values.source ??= [...new Set(inventory.answers.servers.map((s) => s.version as string))];
  if (values.mailboxes === undefined && inventory.mailboxes !== undefined)
    values.mailboxes = String(inventory.mailboxes);
  values['public-folders'] ??= inventory.publicFolders;
  values.name ??= inventory.name;
  values.domain ??= inventory.domains?.[0];
}

function answersOf(values: NewValues, inventory: LoadedInventory | undefined, locale: Locale): Answers {
  if (!values.source || values.source.length === 0) fail(locale, 'cli.noSource');
  if (values.mailboxes === undefined) fail(locale, 'cli.noMailboxes');
  if (values.out !== undefined && values['csv-dir'] !== undefined) fail(locale, 'cli.outAndCsvDir');
  const sources = values.source
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s.toUpperCase() === 'SE' ? 'SE' : s));
  const mailboxes = /^\d+$/.test(values.mailboxes.trim()) ? Number(values.mailboxes.trim()) : NaN;
  const target =
    values.target === undefined ? 'online' : values.target.toUpperCase() === 'SE' ? 'SE' : values.target.toLowerCase();
  const name = values.name ?? 'Contoso';
  const answers: Answers = {
    sources: sources as Answers['sources'],
    mailboxes,
    publicFolders: values['public-folders'] ?? false,
    target: target as Answers['target'],
    keepOnPremises: values['keep-on-premises'] ?? false,
    name,
    domain: (values.domain ?? suggestedDomain(name)).toLowerCase(),
    ...(values.method !== undefined ? { method: values.method.toLowerCase() as Answers['method'] } : {}),
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(inventory ? { inventory: inventory.answers } : {}),
  };
  if (Number.isNaN(mailboxes)) fail(locale, 'refuse.invalid.mailboxes', { value: values.mailboxes });
  return answers;
}

type NewRunbook = Extract<ReturnType<typeof newRunbook>, { ok: true }>['runbook'];

interface Output {
  cwd: string;
  locale: Locale;
  force: boolean;
  stdout: NewIo['stdout'];
}

/** `--out FILE`: the runbook into FILE and its CSV templates next to it. */
function writeRunbook(runbook: NewRunbook, out: string, { cwd, locale, force, stdout }: Output): void {
  const file = path.resolve(cwd, out);
  const dir = path.dirname(file);
  // Check every file first: a refusal to overwrite must not leave half the set written.
  if (!force) {
    for (const target of [file, ...runbook.csvFiles.map((c) => path.join(dir, c.path))]) {
      if (fs.existsSync(target)) fail(locale, 'cli.exists', { file: target });
    }
  }
  writeNew(file, runbook.text, true, locale);
  for (const csv of runbook.csvFiles) writeNew(path.join(dir, csv.path), csv.content, true, locale);
  stdout.write(say(locale, 'cli.wrote', { file: out }) + '\n');
  for (const csv of runbook.csvFiles)
    stdout.write(say(locale, 'cli.wrote', { file: path.join(path.dirname(out), csv.path) }) + '\n');
}

/** The runbook on stdout; its CSV templates into `--csv-dir`, or named on stderr. */
function printRunbook(
  runbook: NewRunbook,
  csvDir: string | undefined,
  { cwd, locale, force, stdout, stderr }: Output & { stderr: NewIo['stderr'] },
): void {
  if (csvDir !== undefined) {
    const dir = path.resolve(cwd, csvDir);
    for (const csv of runbook.csvFiles) writeNew(path.join(dir, csv.path), csv.content, force, locale);
  } else if (runbook.csvFiles.length > 0) {
    // The printed runbook reads these files next to wherever it is saved; without them it
    // fails `staged-csv` at once, so say so (stderr: stdout is the runbook itself).
    stderr.write(say(locale, 'cli.csvNotWritten', { files: runbook.csvFiles.map((c) => c.path).join(', ') }) + '\n');
  }
  stdout.write(runbook.text);
}

/** `new --inventory <file|dir>`: the organization as the inventory shows it (docs/inventory.md). */
function loadInventory(arg: string, cwd: string, out: string | undefined, locale: Locale) {
  const read = readInventory(path.resolve(cwd, arg));
  if ('problem' in read)
    throw new CliError(
      `new: ${cliMessage(locale, `inventory.${read.problem}`, { file: arg, reason: read.reason ?? '' })}`,
    );
  const inv = importInventory(read.files);
  const servers = inv.servers.filter((s): s is typeof s & { version: ExchangeVersion } => isVersion(s.version));
  if (servers.length === 0) throw new CliError(`new: ${cliMessage(locale, 'inventory.noServers', { files: arg })}`);
  // The runbook names the inventory relative to where it is written (stdout: the working folder).
  const base = out !== undefined ? path.dirname(path.resolve(cwd, out)) : cwd;
  const relative = path.relative(base, path.resolve(cwd, arg)).split(path.sep).join('/');
  return {
    mailboxes: inv.organization.mailboxes,
    publicFolders: inv.organization.publicFolders,
    name: inv.organization.name,
    domains: inv.organization.domains,
    answers: {
      ...(relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? { path: relative } : {}),
      servers: servers.map((s) => ({
        name: s.name,
        version: s.version,
        roles: s.roles,
        updateExact: s.updateExact,
        ...(s.update ? { update: s.update } : {}),
        ...(s.os ? { os: s.os } : {}),
        ...(s.mailboxes !== undefined ? { mailboxes: s.mailboxes } : {}),
        ...(s.publicFolders ? { publicFolders: true } : {}),
      })),
      ...(inv.organization.forestFunctionalLevel
        ? { forestFunctionalLevel: inv.organization.forestFunctionalLevel }
        : {}),
      ...(inv.organization.domains ? { domains: inv.organization.domains } : {}),
    },
  };
}
