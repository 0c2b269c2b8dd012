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
import { ROLES, ServerRole, defaultRoles, versionRank } from './knowledge/versions';
import { ACTIONS_BY_ID, ACTION_IDS } from './knowledge/actions';
import { closest } from './schema';
import { nearest } from './util/nearest';
import { getPair } from './parse';
import { PresentServers } from './present-servers';
import { ACTION_EFFECTS, StepFields } from './knowledge/action-effects';
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
   * Counts the changes that can reorder the servers for receiverFor (toolkit/servers.ts):
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
        // Stryker disable next-line BooleanLiteral: set from the entry's `publicFolders` just below, before anything reads it
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
 * data still removes it. Each action's handler is in knowledge/action-effects.ts.
 */
export function applyStep(state: OrgState, step: StepEntry, parsed: ParsedRunbook, countCsvRows: CsvRowCounter): void {
  const effect = ACTION_EFFECTS.get(meantAction(step.action) ?? '');
  if (effect) effect(state, new StepReader(state, step, parsed, countCsvRows));
}

/** A step's fields for its handler (one object per step: the handlers run for every step of every lint). */
class StepReader implements StepFields {
  constructor(
    private readonly state: OrgState,
    readonly entry: StepEntry,
    private readonly parsed: ParsedRunbook,
    readonly countCsvRows: CsvRowCounter,
  ) {}

  str(key: string): string | undefined {
    return fieldString(this.entry.node, key, this.parsed.doc);
  }

  num(key: string): number | undefined {
    return fieldNumber(this.entry.node, key, this.parsed.doc);
  }

  bool(key: string): boolean | undefined {
    return fieldBoolean(this.entry.node, key, this.parsed.doc);
  }

  roles(): ServerRole[] | undefined {
    return rolesOf(fieldNode(this.entry.node, 'roles', this.parsed.doc), this.parsed.doc);
  }

  server(key: string): string | undefined {
    const value = this.str(key);
    return value === undefined ? undefined : meantServer(this.state, this.parsed, this.entry, value);
  }

  sources(): string[] {
    // A move without `from` (the schema's error) is read as a move off every other server.
    if (!getPair(this.entry.node, 'from')) {
      const to = this.server('to');
      return [...this.state.servers.values()].map((s) => s.name).filter((n) => !sameServerName(n, to));
    }
    return fieldStrings(this.entry.node, 'from', this.parsed.doc).map((n) =>
      meantServer(this.state, this.parsed, this.entry, n.value),
    );
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
