// Building blocks for the on-premises fixes: steps with meaningful ids, titles and notes
// (from knowledge/procedures.ts), moves that empty a server, the choice of a server that
// can take what another hosts, and where inserted lines go. Rules compose these; the
// text edits themselves come from ../../fix.ts so every fix follows the file's layout.
import type { Node } from 'yaml';
import { fieldString, firstLineRange, ParsedRunbook, PhaseEntry, StepEntry } from '../../parse';
import { blockItem, DECLINED, inferLayout, lineStartOf, renderItem, YamlEntries, endOfNode } from '../../fix';
import type { Hosting, OrgState, ServerState } from '../../model';
import type { Locale, OffsetRange, TextEdit } from '../../types';
import { isVersion, updateAtLeast, versionRank } from '../../knowledge/versions';
import { latestReleased } from '../../knowledge/releases';
import { PUBLIC_FOLDERS_TO_MODERN } from '../../knowledge/online';
import { platformOf, windowsName } from '../../knowledge/platform';
import { sameServerName, ServerNameSet } from '../../util/server-name';
import { isServerName } from '../../knowledge/actions';
import { LINKS, licenceSwitch, listText, prepareLink, procedureText } from '../../knowledge/procedures';

/** Hands out ids that are unique in the file (phase and step ids share one namespace here, to be safe). */
export class IdAllocator {
  private readonly taken = new Set<string>();
  /** Per base, the suffix tried last: every lower one was taken then and still is (ids are never given back). */
  private readonly suffix = new Map<string, number>();
  constructor(parsed: ParsedRunbook) {
    for (const phase of parsed.phases) if (phase.id) this.taken.add(phase.id);
    for (const step of parsed.steps) if (step.id) this.taken.add(step.id);
  }
  next(base: string): string {
    const clean = kebab(base);
    let id = clean;
    // Counting on from the last suffix of this base, not from 2: thousands of inserted moves
    // with one base made each id a scan of all before it.
    for (let n = this.suffix.get(clean) ?? 2; this.taken.has(id); n++) {
      id = `${clean}-${n}`;
      this.suffix.set(clean, n);
    }
    this.taken.add(id);
    return id;
  }
}

const allocators = new WeakMap<ParsedRunbook, IdAllocator>();

/**
 * One allocator per parse: every fix computed in one lint draws from it, so fixes that
 * fixAll applies together (two decommissions emptied in one pass) never share an id.
 */
export function idsFor(parsed: ParsedRunbook): IdAllocator {
  let ids = allocators.get(parsed);
  if (!ids) allocators.set(parsed, (ids = new IdAllocator(parsed)));
  return ids;
}

export function kebab(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'step'
  );
}

/** Every server name the runbook uses anywhere: listed, or installed by a step. */
export function serverNamesOf(parsed: ParsedRunbook): ServerNameSet {
  const names = new ServerNameSet();
  for (const s of parsed.servers) if (s.name) names.add(s.name);
  for (const step of parsed.steps) {
    if (step.action !== 'install-exchange') continue;
    const name = fieldString(step.node, 'server', parsed.doc);
    if (name) names.add(name);
  }
  return names;
}

function twoDigits(version: string): string {
  return version === 'SE' ? 'SE' : version.slice(2);
}

/**
 * A name for a new server of `version`, in the style of an existing server's name:
 * NW-EX07 → NW-EX13-01, FAB-EX07-MBX → FAB-EX13-01, EX2007 → EX2013-01; otherwise EX13-01.
 * The number goes up until the name is free.
 */
export function deriveServerName(
  model: string | undefined,
  modelVersion: string | undefined,
  version: string,
  taken: ServerNameSet,
): string {
  let stem = `EX${twoDigits(version)}`;
  // A model name the format refuses (a zero-width space in it) is not copied into a new one.
  if (model && isServerName(model) && modelVersion && isVersion(modelVersion) && modelVersion !== 'SE') {
    const long = modelVersion;
    const short = twoDigits(modelVersion);
    const pattern = new RegExp(`(?<![0-9])(${long}|${short})(?![0-9])`, 'g');
    let match: RegExpExecArray | null;
    let last: RegExpExecArray | undefined;
    while ((match = pattern.exec(model))) last = match;
    if (last) {
      const token = last[1].length === 4 && version !== 'SE' ? version : twoDigits(version);
      stem = model.slice(0, last.index) + token;
    }
  }
  for (let n = 1; ; n++) {
    const name = `${stem}-${String(n).padStart(2, '0')}`;
    if (!taken.has(name)) return name;
  }
}

export type Load = 'clientAccess' | 'transport' | 'mailboxes' | 'publicFolders';
/** The order moves go in: services first, then mailboxes, then public folders (which need every user mailbox moved first). */
export const LOADS: Load[] = ['clientAccess', 'transport', 'mailboxes', 'publicFolders'];

export function hosts(h: Hosting, load: Load): boolean {
  return load === 'mailboxes' ? h.mailboxes > 0 : h[load];
}

/** Whether a server of this version and these roles can take the load. */
export function canTake(server: Pick<ServerState, 'version' | 'roles'>, load: Load): boolean {
  const rank = versionRank(server.version);
  const roles = server.roles;
  switch (load) {
    case 'mailboxes':
    case 'publicFolders':
      return roles.includes('mailbox');
    case 'clientAccess':
      return roles.includes('clientAccess') || (rank >= versionRank('2016') && roles.includes('mailbox'));
    case 'transport':
      return (
        roles.includes('hubTransport') ||
        (rank >= versionRank('2013') && (roles.includes('mailbox') || roles.includes('clientAccess')))
      );
  }
}

interface ReceiverOrder {
  /** `state.serversRevision` when the orders were made. */
  revision: number;
  /** Per load and set of excluded names: the servers that can take the load, best first, and how many at the front have left since. */
  byLoad: Map<Load, WeakMap<object, { order: ServerState[]; gone: number }>>;
}

const receiverOrders = new WeakMap<OrgState, ReceiverOrder>();

/**
 * The newest present server, not in `excluded` and not `also`, that can take the load
 * (hybrid-only servers last; in list order otherwise). The order is kept per state and
 * excluded set until a server joins or becomes a hybrid server; servers decommissioned
 * since are skipped. Sorting all servers on every call (once per decommission of a server
 * with data, or per old server left at the end) made thousands of servers quadratic; pass
 * the same `excluded` set to calls that exclude the same names.
 */
export function receiverFor(
  state: OrgState,
  load: Load,
  excluded: { has(name: string): boolean },
  also?: string,
): ServerState | undefined {
  let orders = receiverOrders.get(state);
  if (!orders || orders.revision !== state.serversRevision)
    receiverOrders.set(state, (orders = { revision: state.serversRevision, byLoad: new Map() }));
  let bySet = orders.byLoad.get(load);
  if (!bySet) orders.byLoad.set(load, (bySet = new WeakMap()));
  let entry = bySet.get(excluded);
  if (!entry) {
    const order = [...state.servers.values()].filter(
      (s) => !excluded.has(s.name) && isVersion(s.version) && canTake(s, load),
    );
    order.sort((a, b) => versionRank(b.version) - versionRank(a.version) || Number(a.hybrid) - Number(b.hybrid));
    bySet.set(excluded, (entry = { order, gone: 0 }));
  }
  const present = (s: ServerState) => state.servers.get(s.name) === s;
  while (entry.gone < entry.order.length && !present(entry.order[entry.gone])) entry.gone++;
  for (let i = entry.gone; i < entry.order.length; i++) {
    const s = entry.order[i];
    if (!(also !== undefined && sameServerName(s.name, also)) && present(s)) return s;
  }
  return undefined;
}

const MOVE_ACTION: Record<Load, string> = {
  clientAccess: 'move-client-access',
  transport: 'move-transport',
  mailboxes: 'move-mailboxes',
  publicFolders: 'migrate-public-folders',
};

export interface StepSpec {
  entries: YamlEntries;
}

/** Builds the text of inserted steps in the runbook's locale. */
export class StepWriter {
  constructor(
    readonly parsed: ParsedRunbook,
    readonly locale: Locale,
    /** The runbook's date: inserted updates are ones released by then. */
    readonly asOf: string,
    readonly ids: IdAllocator = idsFor(parsed),
  ) {}

  private t(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return procedureText(this.locale, id, args);
  }

  prepareSchema(version: string): YamlEntries {
    return [
      ['action', 'prepare-schema'],
      ['version', version],
      ['id', this.ids.next(`prepare-schema-${version}`)],
      ['title', this.t('prepare-schema.title', { version })],
      [
        'notes',
        {
          block: this.t('prepare-schema.notes', {
            version,
            licence: licenceSwitch(version),
            link: prepareLink(version),
          }),
        },
      ],
    ];
  }

  prepareAd(version: string): YamlEntries {
    return [
      ['action', 'prepare-ad'],
      ['version', version],
      ['id', this.ids.next(`prepare-ad-${version}`)],
      ['title', this.t('prepare-ad.title', { version })],
      [
        'notes',
        { block: this.t('prepare-ad.notes', { version, licence: licenceSwitch(version), link: prepareLink(version) }) },
      ],
    ];
  }

  install(server: string, version: string, update: string, roles: string[]): YamlEntries {
    const os = platformOf(version)?.os.map((o) => windowsName(o.os));
    return [
      ['action', 'install-exchange'],
      ['server', server],
      ['version', version],
      ['update', update],
      ['roles', roles],
      ['id', this.ids.next(`install-${server}`)],
      ['title', this.t('install-exchange.title', { version, update, server })],
      [
        'notes',
        {
          block: this.t('install-exchange.notes', {
            version,
            update,
            roles: listText(
              this.locale,
              roles.map((r) => this.t(`roles.${r}` as Parameters<typeof procedureText>[1])),
            ),
            os: os && os.length ? listText(this.locale, os, 'or') : this.t('os.any'),
            checklist: LINKS.checklist2013,
            requirements: LINKS.systemRequirements,
          }),
        },
      ],
    ];
  }

  /** A move of one load from one or more servers. */
  move(load: Load, from: ServerState[], to: string): YamlEntries {
    const names = from.map((s) => s.name);
    const fromValue: string | string[] = names.length === 1 ? names[0] : names;
    const fromText = listText(this.locale, names);
    const action = MOVE_ACTION[load];
    let notes: string;
    if (load === 'clientAccess') {
      const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
      notes = legacy
        ? this.t('move-client-access.notes', {
            to,
            outlookAnywhere: LINKS.outlookAnywhere2013,
            certificates: LINKS.certificates2013,
          })
        : this.t('move-client-access.modern', { to, certificates: LINKS.certificates2013 });
    } else if (load === 'transport') {
      notes = this.t('move-transport.notes', { from: fromText, to, checklist: LINKS.checklist2013 });
    } else if (load === 'mailboxes') {
      const arbitration = from.some((s) => versionRank(s.version) >= versionRank('2010'))
        ? this.t('move-mailboxes.arbitration')
        : '';
      notes = this.t('move-mailboxes.notes', { arbitration, link: LINKS.newMoveRequest });
    } else {
      const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
      notes = legacy
        ? this.t('migrate-public-folders.legacy', { link: LINKS.legacyPublicFolders })
        : this.t('migrate-public-folders.modern', { from: fromText, link: LINKS.modernPublicFolders });
    }
    const idBase = {
      clientAccess: 'move-client-access',
      transport: 'move-transport',
      mailboxes: 'move-mailboxes',
      publicFolders: 'migrate-public-folders',
    }[load];
    return [
      ['action', action],
      ['from', fromValue],
      ['to', to],
      ['id', this.ids.next(`${idBase}-to-${to}`)],
      ['title', this.t(`${action}.title` as Parameters<typeof procedureText>[1], { from: fromText, to })],
      ['notes', { block: notes }],
    ];
  }

  decommission(server: string, version?: string): YamlEntries {
    const order = version === '2007' ? this.t('decommission.order2007') : '';
    return [
      ['action', 'decommission'],
      ['server', server],
      ['id', this.ids.next(`decommission-${server}`)],
      ['title', this.t('decommission.title', { server })],
      ['notes', { block: this.t('decommission.notes', { link: LINKS.decommission, order }) }],
    ];
  }

  update(server: ServerState, update: string, installing: string, minimum: string): YamlEntries {
    const version = server.version ?? '';
    const how = /^CU/i.test(update)
      ? this.t('update-server.how.cu', { licence: licenceSwitch(version) })
      : this.t('update-server.how.sp');
    return [
      ['action', 'update-server'],
      ['server', server.name],
      ['update', update],
      ['id', this.ids.next(`update-${server.name}`)],
      ['title', this.t('update-server.title', { server: server.name, version, update })],
      [
        'notes',
        {
          block: this.t('update-server.notes', {
            version,
            update,
            installing,
            minimum,
            how,
            link: LINKS.cumulativeUpdates,
          }),
        },
      ],
    ];
  }

  /**
   * An update of a public folder source below what the batch migration to modern public
   * folders needs (2007 SP3 RU15, 2010 SP3 RU8), to go before its public folders move to
   * Exchange 2013 or later; undefined when it has enough (or its update is unknown).
   */
  publicFolderUpdate(server: ServerState, toVersion: string | undefined): YamlEntries | undefined {
    const minimum = server.version
      ? PUBLIC_FOLDERS_TO_MODERN.sources[server.version as keyof typeof PUBLIC_FOLDERS_TO_MODERN.sources]
      : undefined;
    if (
      !minimum ||
      versionRank(toVersion) < versionRank('2013') ||
      updateAtLeast(server.version!, server.update, minimum) !== false
    )
      return undefined;
    const version = server.version!;
    const update = latestUpdate(version, this.asOf, minimum);
    if (!update) throw new NotReleased(version, minimum);
    const how = /^CU/i.test(update)
      ? this.t('update-server.how.cu', { licence: licenceSwitch(version) })
      : this.t('update-server.how.sp');
    return [
      ['action', 'update-server'],
      ['server', server.name],
      ['update', update],
      ['id', this.ids.next(`update-${server.name}`)],
      ['title', this.t('update-server.title', { server: server.name, version, update })],
      [
        'notes',
        {
          block: this.t('update-server.notesPublicFolders', {
            version,
            update,
            minimum,
            how,
            link: LINKS.cumulativeUpdates,
          }),
        },
      ],
    ];
  }

  /** Steps that move every load the servers host (per `hosting`) to `to`, in the documented order. */
  movesOff(servers: { server: ServerState; hosting: Hosting }[], to: string): YamlEntries[] {
    const steps: YamlEntries[] = [];
    for (const load of LOADS) {
      const from = servers.filter((s) => hosts(s.hosting, load)).map((s) => s.server);
      if (from.length) steps.push(this.move(load, from, to));
    }
    return steps;
  }

  phase(idBase: string, title: string, steps: YamlEntries[]): YamlEntries {
    return [
      ['id', this.ids.next(idBase)],
      ['title', title],
      ['steps', steps],
    ];
  }

  text(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return this.t(id, args);
  }
}

/**
 * The update inserted installs and updates use: the latest one released on or before `asOf`
 * that is at least `minimum` (knowledge/releases.ts); undefined when none was released then.
 */
export function latestUpdate(version: string, asOf: string, minimum?: string): string | undefined {
  return isVersion(version) ? latestReleased(version, asOf, minimum) : 'RTM';
}

/** Thrown inside a fix that needs an update not released by `asOf`: the fix is not offered, and the message says why. */
export class NotReleased extends Error {
  constructor(
    readonly version: string,
    readonly minimum: string,
  ) {
    super(`no update of Exchange ${version} at ${minimum} or later released`);
  }
}

// ---- where lines go ------------------------------------------------------------------

function dashColumnOf(text: string, node: Node): number {
  const item = blockItem(text, node);
  return item ? item.column : node.range![0] - lineStartOf(text, node.range![0]);
}

/**
 * Where lines that go before an item (phase or step) are inserted: above the comment lines
 * that sit directly on top of it at its own indentation (they introduce that item).
 * NaN when the item is not on a block sequence line of its own (flow style): no lines go there.
 */
export function offsetBefore(parsed: ParsedRunbook, node: Node): number {
  const text = parsed.text;
  const item = blockItem(text, node);
  if (!item) return Number.NaN;
  let offset = item.lineStart;
  const indent = item.column;
  while (offset > 0) {
    const prevStart = lineStartOf(text, offset - 1);
    const line = text.slice(prevStart, offset).replace(/\r?\n$/, '');
    const m = /^( *)#/.exec(line);
    if (!m || m[1].length !== indent) break;
    offset = prevStart;
  }
  return offset;
}

export function dashIndentOf(parsed: ParsedRunbook, node: Node): string {
  return ' '.repeat(dashColumnOf(parsed.text, node));
}

export function renderSteps(parsed: ParsedRunbook, steps: YamlEntries[], dashIndent: string): string {
  const layout = inferLayout(parsed);
  return steps.map((s) => renderItem(s, dashIndent, layout, parsed.eol, 'step')).join('');
}

export function renderPhases(parsed: ParsedRunbook, phases: YamlEntries[], dashIndent?: string): string {
  const layout = inferLayout(parsed);
  const dash = dashIndent ?? layout.phaseDash;
  return phases.map((p) => renderItem(p, dash, layout, parsed.eol, 'phase')).join('');
}

export function insertStepsBefore(parsed: ParsedRunbook, step: StepEntry, steps: YamlEntries[]): TextEdit {
  const offset = offsetBefore(parsed, step.node);
  return Number.isNaN(offset)
    ? DECLINED
    : { offset, length: 0, text: renderSteps(parsed, steps, dashIndentOf(parsed, step.node)) };
}

export function insertPhasesBefore(parsed: ParsedRunbook, phase: PhaseEntry, phases: YamlEntries[]): TextEdit {
  const offset = offsetBefore(parsed, phase.node);
  return Number.isNaN(offset)
    ? DECLINED
    : { offset, length: 0, text: renderPhases(parsed, phases, dashIndentOf(parsed, phase.node)) };
}

/**
 * Appends text after a node's last line (adding a line break when the file lacks a final
 * one); declined when the node is not a block item, or its last line goes on with more
 * than a comment (a flow collection closing there).
 */
export function appendAfter(parsed: ParsedRunbook, node: Node, rendered: string): TextEdit {
  if (!blockItem(parsed.text, node)) return DECLINED;
  const offset = endOfNode(parsed.text, node);
  const rest = parsed.text.slice(node.range![1], offset);
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(rest)) return DECLINED;
  const needsBreak = offset === parsed.text.length && !/\n$/.test(parsed.text);
  return { offset, length: 0, text: (needsBreak ? parsed.eol : '') + rendered };
}

/** The step's first line: what a finding about the step as a whole points at. */
export function stepRange(parsed: ParsedRunbook, step: StepEntry): OffsetRange {
  return trimmed(parsed.text, firstLineRange(parsed.text, step.node));
}

/** The first line of an item (a server entry, a step), without trailing blanks before a comment. */
export function itemRange(parsed: ParsedRunbook, node: Node): OffsetRange {
  return trimmed(parsed.text, firstLineRange(parsed.text, node));
}

function trimmed(text: string, range: OffsetRange): OffsetRange {
  let end = range.end;
  while (end > range.start && /[ \t]/.test(text[end - 1])) end--;
  return { start: range.start, end };
}

/** The range of a field's value in a step or entry, falling back to the first line. */
export function fieldRange(parsed: ParsedRunbook, node: import('yaml').YAMLMap, key: string): OffsetRange {
  for (const item of node.items) {
    const k = item.key as { value?: unknown; range?: [number, number, number] } | null;
    if (k && String(k.value) === key) {
      const v = item.value as Node | null;
      if (v?.range) return { start: v.range[0], end: v.range[1] };
      if (k.range) return { start: k.range[0], end: k.range[1] };
    }
  }
  return firstLineRange(parsed.text, node);
}

/**
 * Removes a step's lines, keeping any comment in them as a comment line at the step's
 * indentation (comments are the user's work and survive every edit).
 */
export function deleteItem(parsed: ParsedRunbook, node: Node): TextEdit {
  const text = parsed.text;
  const item = blockItem(text, node);
  if (!item) return DECLINED;
  const start = item.lineStart;
  const end = endOfNode(text, node);
  const indent = dashIndentOf(parsed, node);
  const kept = text
    .slice(start, end)
    .split(/\r?\n/)
    .map((line) => /(^|\s)(#.*)$/.exec(line)?.[2])
    .filter((c): c is string => c !== undefined)
    .map((c) => indent + c + parsed.eol)
    .join('');
  return { offset: start, length: end - start, text: kept };
}
