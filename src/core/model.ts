// The organization model (README.md, "The format in brief"): the steps are run in file order against the
// organization's state. Rules look at the state before a step, or at the final state;
// nothing walks the document twice.
import type { Document } from 'yaml';
import {
  fieldBoolean,
  fieldNumber,
  fieldString,
  fieldStrings,
  isSeq,
  ParsedRunbook,
  ServerEntry,
  StepEntry,
  fieldNode,
  stringValue,
} from './parse';
import { ROLES, ServerRole, VERSIONS, VERSION_FACTS, isVersion, versionRank } from './knowledge/versions';
import { ACTIONS_BY_ID, ACTION_IDS } from './knowledge/actions';
import { closest } from './schema';
import { nearest } from './util/nearest';
import { getPair } from './parse';
import { PresentServers, serverUpdated } from './present-servers';
import { ServerMap, ServerNameSet, sameServerName } from './util/server-name';

export const EXCHANGE_ONLINE = 'exchange-online';

export interface Hosting {
  /** Mailboxes on the server. */
  mailboxes: number;
  publicFolders: boolean;
  clientAccess: boolean;
  transport: boolean;
}

export interface ServerState {
  name: string;
  version?: string;
  update?: string;
  os?: string;
  roles: ServerRole[];
  hybrid: boolean;
  hosts: Hosting;
  /** Listed under `servers`, or installed by a step. */
  origin: 'listed' | 'installed';
  entry?: ServerEntry;
  installedBy?: StepEntry;
  decommissionedBy?: StepEntry;
}

export interface BatchState {
  name: string;
  method?: string;
  csv?: string;
  /** Mailboxes the batch moves: the CSV's rows or `mailboxes`; undefined when unknown. */
  mailboxes?: number;
  createdBy: StepEntry;
  started?: StepEntry;
  /** The `convert-to-mail-users` that converted the batch's users (staged). */
  converted?: StepEntry;
  completed?: StepEntry;
}

export interface TargetInfo {
  platform?: string;
  version?: string;
  method?: string;
}

export interface OrganizationInfo {
  name?: string;
  mailboxes: number;
  publicFolders: boolean;
  forestFunctionalLevel?: string;
  outlookClients: string[];
  domains: string[];
  directorySync: boolean;
}

export interface OrgState {
  /** Servers present now, by name as Windows compares names (util/server-name.ts). */
  servers: ServerMap<ServerState>;
  /** Servers decommissioned so far, by name as Windows compares names. */
  retired: ServerMap<ServerState>;
  /** Highest version whose media ran /PrepareSchema and /PrepareAD. */
  schemaPreparedFor?: string;
  adPreparedFor?: string;
  verifiedDomains: Set<string>;
  directorySync: boolean;
  /** Servers with Outlook Anywhere configured by a step (name → certificate). */
  outlookAnywhere: ServerMap<string | undefined>;
  permissionsGranted: boolean;
  endpoints: Set<string>;
  /** Hybrid wizard runs, with the server they ran against. */
  hybridWizard?: { server: string; step: StepEntry };
  batches: Map<string, BatchState>;
  mx: 'on-premises' | 'exchange-online';
  mxSwitchedBy?: StepEntry;
  /** Mailboxes moved to Exchange Online so far. */
  onlineMailboxes: number;
  publicFoldersOnline: boolean;
  /** Index of the step about to run (steps.length at the end). */
  stepIndex: number;
  /**
   * Counts the changes that can reorder the servers for receiverFor (rules/support/onprem.ts):
   * a server joining, or becoming a hybrid server. A server leaving does not count.
   */
  serversRevision: number;
}

export interface RunbookFacts {
  organization: OrganizationInfo;
  target: TargetInfo;
}

export function readFacts(parsed: ParsedRunbook): RunbookFacts {
  const doc = parsed.doc;
  const org = parsed.organization;
  const outlook = fieldNode(org, 'outlookClients', doc);
  const domains = fieldNode(org, 'domains', doc);
  const list = (node: unknown) =>
    isSeq(node) ? node.items.map((i) => stringValue(doc, i)).filter((v): v is string => v !== undefined) : [];
  return {
    organization: {
      name: fieldString(org, 'name', doc),
      mailboxes: fieldNumber(org, 'mailboxes', doc) ?? 0,
      publicFolders: fieldBoolean(org, 'publicFolders', doc) ?? false,
      forestFunctionalLevel: fieldString(org, 'forestFunctionalLevel', doc),
      outlookClients: list(outlook),
      domains: list(domains),
      directorySync: fieldBoolean(org, 'directorySync', doc) ?? false,
    },
    target: {
      platform: fieldString(parsed.target, 'platform', doc),
      version: fieldString(parsed.target, 'version', doc),
      method: fieldString(parsed.target, 'method', doc),
    },
  };
}

function rolesOf(node: unknown, doc: Document | undefined): ServerRole[] | undefined {
  if (!isSeq(node)) return undefined;
  return node.items
    .map((i) => stringValue(doc, i))
    .filter((r): r is ServerRole => (ROLES as readonly string[]).includes(r ?? ''));
}

export function defaultRoles(version: string | undefined): ServerRole[] {
  return isVersion(version) ? [...VERSION_FACTS[version].defaultRoles] : ['mailbox'];
}

/** What a server with these roles serves, before anything is moved (2016+ Mailbox includes client access and transport). */
function servesByRole(version: string | undefined, roles: ServerRole[]): Pick<Hosting, 'clientAccess' | 'transport'> {
  const modern = versionRank(version) >= versionRank('2013');
  const unified = versionRank(version) >= versionRank('2016');
  return {
    clientAccess: roles.includes('clientAccess') || (unified && roles.includes('mailbox')),
    transport:
      roles.includes('hubTransport') ||
      roles.includes('edgeTransport') ||
      (modern && (roles.includes('mailbox') || roles.includes('clientAccess'))),
  };
}

export function initialState(parsed: ParsedRunbook, facts: RunbookFacts): OrgState {
  const doc = parsed.doc;
  const state: OrgState = {
    servers: new PresentServers(),
    retired: new ServerMap(),
    verifiedDomains: new Set(),
    directorySync: facts.organization.directorySync,
    outlookAnywhere: new ServerMap(),
    permissionsGranted: false,
    endpoints: new Set(),
    batches: new Map(),
    mx: 'on-premises',
    onlineMailboxes: 0,
    publicFoldersOnline: false,
    stepIndex: 0,
    serversRevision: 0,
  };
  const listed: ServerState[] = [];
  const listedNames = new ServerNameSet();
  for (const entry of parsed.servers) {
    // A second entry of a name (as Windows compares names) is duplicate-id's finding; the first one counts.
    if (!entry.name || listedNames.has(entry.name)) continue;
    listedNames.add(entry.name);
    const version = fieldString(entry.node, 'version', doc);
    const roles = rolesOf(fieldNode(entry.node, 'roles', doc), doc) ?? defaultRoles(version);
    const server: ServerState = {
      name: entry.name,
      version,
      update: fieldString(entry.node, 'update', doc),
      os: fieldString(entry.node, 'os', doc),
      roles,
      hybrid: fieldBoolean(entry.node, 'hybrid', doc) ?? false,
      hosts: {
        mailboxes: fieldNumber(entry.node, 'mailboxes', doc) ?? -1,
        publicFolders: false,
        ...servesByRole(version, roles),
      },
      origin: 'listed',
      entry,
    };
    const pf = fieldBoolean(entry.node, 'publicFolders', doc);
    server.hosts.publicFolders = pf ?? false;
    state.servers.set(server.name, server);
    listed.push(server);
  }
  // Mailboxes not given per server are spread over the listed mailbox servers.
  const unknown = listed.filter((s) => s.hosts.mailboxes < 0);
  const known = listed.reduce((sum, s) => sum + Math.max(s.hosts.mailboxes, 0), 0);
  const mailboxServers = unknown.filter((s) => s.roles.includes('mailbox'));
  let remaining = Math.max(facts.organization.mailboxes - known, 0);
  for (const s of unknown) s.hosts.mailboxes = 0;
  mailboxServers.forEach((s, i) => {
    const share = Math.ceil(remaining / (mailboxServers.length - i));
    s.hosts.mailboxes = share;
    remaining -= share;
  });
  // Public folders of the organization that no server claims: every listed mailbox server may hold them.
  if (facts.organization.publicFolders && !listed.some((s) => s.hosts.publicFolders)) {
    for (const s of listed) if (s.roles.includes('mailbox')) s.hosts.publicFolders = true;
  }
  return state;
}

/** Mailboxes on premises now. */
export function onPremisesMailboxes(state: OrgState): number {
  let sum = 0;
  for (const s of state.servers.values()) sum += s.hosts.mailboxes;
  return sum;
}

/** Reads a batch's mailbox count (CSV rows) for the model; supplied by the lint engine. */
export type CsvRowCounter = (csvPath: string) => number | undefined;

/**
 * Changes the state as the step says, whatever findings it gets: an
 * install that breaks coexistence still adds its server, a decommission of a server with
 * data still removes it.
 */
export function applyStep(state: OrgState, step: StepEntry, parsed: ParsedRunbook, countCsvRows: CsvRowCounter): void {
  const doc = parsed.doc;
  const node = step.node;
  const str = (key: string) => fieldString(node, key, doc);
  // Server fields are read as the step means them: a typo (unknown-server's error) as the
  // server it nearly names, so that one mistake gives one finding, not a cascade.
  const server = (key: string) => {
    const value = str(key);
    return value === undefined ? undefined : meantServer(state, parsed, step, value);
  };
  const names = (key: string) => {
    // A move without `from` (the schema's error) is read as a move off every other server.
    if (key === 'from' && !getPair(node, 'from'))
      return [...state.servers.values()].map((s) => s.name).filter((n) => !sameServerName(n, server('to')));
    return fieldStrings(node, key, doc).map((n) => meantServer(state, parsed, step, n.value));
  };
  const action = meantAction(step.action);
  switch (action) {
    case 'update-server': {
      const target = state.servers.get(server('server') ?? '');
      if (target) {
        target.update = str('update') ?? target.update;
        serverUpdated(state.servers, target);
      }
      break;
    }
    case 'prepare-schema': {
      const v = str('version');
      if (versionRank(v) > versionRank(state.schemaPreparedFor)) state.schemaPreparedFor = v;
      break;
    }
    case 'prepare-ad': {
      const v = str('version');
      if (versionRank(v) > versionRank(state.adPreparedFor)) state.adPreparedFor = v;
      break;
    }
    case 'install-exchange': {
      const name = str('server');
      // A name the organization already has (as Windows compares names) is duplicate-id's error; the present server stays.
      if (!name || state.servers.has(name)) break;
      const version = str('version');
      const roles = rolesOf(fieldNode(node, 'roles', doc), doc) ?? defaultRoles(version);
      state.servers.set(name, {
        name,
        version,
        update: str('update'),
        os: str('os'),
        roles,
        hybrid: fieldBoolean(node, 'hybrid', doc) ?? false,
        hosts: { mailboxes: 0, publicFolders: false, clientAccess: false, transport: false },
        origin: 'installed',
        installedBy: step,
      });
      state.serversRevision++;
      state.retired.delete(name);
      break;
    }
    case 'move-client-access':
    case 'move-transport': {
      const key = action === 'move-client-access' ? 'clientAccess' : 'transport';
      const to = server('to');
      for (const from of names('from')) {
        const source = state.servers.get(from);
        if (source) source.hosts[key] = false;
      }
      const target = to ? state.servers.get(to) : undefined;
      if (target) target.hosts[key] = true;
      break;
    }
    case 'move-mailboxes': {
      const to = server('to');
      const count = fieldNumber(node, 'count', doc);
      for (const from of names('from')) {
        const source = state.servers.get(from);
        if (!source) continue;
        const moved = count === undefined ? source.hosts.mailboxes : Math.min(count, source.hosts.mailboxes);
        source.hosts.mailboxes -= moved;
        if (to === EXCHANGE_ONLINE) state.onlineMailboxes += moved;
        else {
          const target = to ? state.servers.get(to) : undefined;
          if (target) target.hosts.mailboxes += moved;
        }
      }
      break;
    }
    case 'migrate-public-folders': {
      const to = server('to');
      for (const from of names('from')) {
        const source = state.servers.get(from);
        if (source) source.hosts.publicFolders = false;
      }
      if (to === EXCHANGE_ONLINE) state.publicFoldersOnline = true;
      else {
        const target = to ? state.servers.get(to) : undefined;
        if (target) target.hosts.publicFolders = true;
      }
      break;
    }
    case 'decommission': {
      const name = server('server');
      const retiring = name ? state.servers.get(name) : undefined;
      if (retiring && name) {
        retiring.decommissionedBy = step;
        state.servers.delete(name);
        state.retired.set(name, retiring);
      }
      break;
    }
    case 'verify-domain': {
      const domain = str('domain');
      if (domain) state.verifiedDomains.add(domain.toLowerCase());
      break;
    }
    case 'configure-outlook-anywhere': {
      const name = server('server');
      if (name) state.outlookAnywhere.set(name, str('certificate'));
      break;
    }
    case 'grant-migration-permissions':
      state.permissionsGranted = true;
      break;
    case 'create-migration-endpoint':
      state.endpoints.add(str('type') ?? 'outlook-anywhere');
      break;
    case 'configure-directory-sync':
      state.directorySync = fieldBoolean(node, 'enabled', doc) ?? true;
      break;
    case 'run-hybrid-wizard': {
      const name = server('server');
      if (name) {
        state.hybridWizard = { server: name, step };
        const hybrid = state.servers.get(name);
        if (hybrid && !hybrid.hybrid) {
          hybrid.hybrid = true;
          state.serversRevision++;
        }
      }
      break;
    }
    case 'create-migration-batch': {
      const name = str('batch');
      if (!name) break;
      const csv = str('csv');
      const listedCount = fieldNumber(node, 'mailboxes', doc);
      state.batches.set(name, {
        name,
        method: str('method'),
        csv,
        // A CSV without rows is staged-csv's error; its real size is unknown, not zero.
        mailboxes: listedCount ?? ((csv ? countCsvRows(csv) : undefined) || undefined),
        createdBy: step,
      });
      break;
    }
    case 'start-migration-batch': {
      const batch = state.batches.get(str('batch') ?? '');
      if (batch) batch.started = step;
      break;
    }
    case 'convert-to-mail-users': {
      // Naming a batch converts its users; without one, the users of every batch created so far.
      const name = str('batch');
      const batches = name !== undefined ? [state.batches.get(name)] : [...state.batches.values()];
      for (const batch of batches) if (batch && !batch.converted) batch.converted = step;
      break;
    }
    case 'complete-migration-batch': {
      const batch = state.batches.get(str('batch') ?? '');
      if (!batch) break;
      batch.completed = step;
      if (batch.method === 'cutover') {
        for (const s of state.servers.values()) {
          state.onlineMailboxes += s.hosts.mailboxes;
          s.hosts.mailboxes = 0;
        }
      } else if (batch.method === 'staged' || batch.method === 'remote-move') {
        // The listed mailboxes (CSV rows or `mailboxes`), oldest servers first. A remote move
        // with none listed moves all that remain, like move-mailboxes without `count`; so does a
        // staged batch whose CSV cannot be read (staged-csv's error): one mistake, one finding,
        // not a decommission-with-data cascade after it.
        let left = batch.mailboxes ?? Number.POSITIVE_INFINITY;
        for (const s of sortedOldestFirst(state)) {
          const moved = Math.min(left, s.hosts.mailboxes);
          s.hosts.mailboxes -= moved;
          state.onlineMailboxes += moved;
          left -= moved;
        }
      }
      break;
    }
    case 'switch-mx':
      state.mx = 'exchange-online';
      state.mxSwitchedBy = step;
      for (const s of state.servers.values()) {
        s.hosts.clientAccess = false;
        s.hosts.transport = false;
      }
      break;
    default:
      break;
  }
}

/** The action a step means: its own, or a misspelt one (the schema's error) read as the action it nearly names. */
export function meantAction(action: string | undefined): string | undefined {
  if (action === undefined || ACTIONS_BY_ID.has(action)) return action;
  return closest(action, ACTION_IDS) ?? action;
}

const SERVER_KEYS = ['server', 'from', 'to'];
const namesInRunbook = new WeakMap<ParsedRunbook, ServerNameSet>();

/** Every server name the runbook lists or installs, anywhere. */
function serverNamesInRunbook(parsed: ParsedRunbook): ServerNameSet {
  let names = namesInRunbook.get(parsed);
  if (!names) {
    names = new ServerNameSet();
    for (const s of parsed.servers) if (s.name) names.add(s.name);
    for (const step of parsed.steps) {
      if (meantAction(step.action) !== 'install-exchange') continue;
      const name = fieldString(step.node, 'server', parsed.doc);
      if (name) names.add(name);
    }
    namesInRunbook.set(parsed, names);
  }
  return names;
}

/**
 * The server a step means by `name`: the name itself when the runbook knows it (present,
 * listed, installed somewhere, retired) or it is the tenant; otherwise a typo, read as the
 * nearest present server that no other server field of the step names (a move never goes
 * from a server to itself). unknown-server suggests the same name.
 */
export function meantServer(state: OrgState, parsed: ParsedRunbook, step: StepEntry, name: string): string {
  if (
    name === EXCHANGE_ONLINE ||
    state.servers.has(name) ||
    state.retired.has(name) ||
    serverNamesInRunbook(parsed).has(name)
  )
    return name;
  const others = new ServerNameSet();
  for (const key of SERVER_KEYS)
    for (const v of fieldStrings(step.node, key, parsed.doc)) if (!sameServerName(v.value, name)) others.add(v.value);
  return (
    nearest(
      name,
      [...state.servers.values()].map((s) => s.name).filter((n) => !others.has(n)),
    ) ?? name
  );
}

function sortedOldestFirst(state: OrgState): ServerState[] {
  // A stable sort by version rank, by buckets in one pass: a comparator sort of every server
  // at every completed batch dominated the lint of a runbook with a thousand servers.
  const byRank: ServerState[][] = Array.from({ length: VERSIONS.length + 1 }, () => []);
  for (const s of state.servers.values()) byRank[versionRank(s.version) + 1].push(s);
  const sorted: ServerState[] = [];
  for (const bucket of byRank) for (const s of bucket) sorted.push(s);
  return sorted;
}

/**
 * Runs the model up to (not including) step `untilIndex` and returns the state; for
 * hover and completion, which need the organization as it is at one step.
 */
export function stateAt(
  parsed: ParsedRunbook,
  untilIndex: number,
  countCsvRows: CsvRowCounter = () => undefined,
): OrgState {
  const facts = readFacts(parsed);
  const state = initialState(parsed, facts);
  for (const step of parsed.steps) {
    if (step.index >= untilIndex) break;
    applyStep(state, step, parsed, countCsvRows);
    state.stepIndex = step.index + 1;
  }
  return state;
}
