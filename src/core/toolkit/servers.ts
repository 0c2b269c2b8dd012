// What the rules know about the organization's servers beyond the model: which server can
// take which load (the order moves and decommissions pick receivers in), which can be the
// hybrid server, the online method, and names for new servers.
import { sameServerName, serverKey, ServerMap, ServerNameSet } from '../util/server-name';
import { fieldString, ParsedRunbook, StepEntry } from '../parse';
import {
  EXCHANGE_ONLINE,
  Hosting,
  OrgState,
  RunbookFacts,
  ServerState,
  meantServer,
  onPremisesMailboxes,
} from '../model';
import { isVersion, updateAtLeast, versionRank } from '../knowledge/versions';
import {
  HYBRID_SERVER_BY_VERSION,
  HYBRID_SERVER_REQUIREMENTS,
  HybridServerOption,
  HybridServerRequirement,
  OnlineMethod,
  isOnlineMethod,
} from '../knowledge/online';
import { lowestUpdateRank, presentServerNamed, presentVersions } from '../present-servers';

export type Load = 'clientAccess' | 'transport' | 'mailboxes' | 'publicFolders';
/** The order moves go in: services first, then mailboxes, then public folders (which need every user mailbox moved first). */
export const LOADS: readonly Load[] = ['clientAccess', 'transport', 'mailboxes', 'publicFolders'];

/** Exchange Online is no server to move a load to: the excluded set of receiverFor when nothing else is. */
export const ONLY_ONLINE: ReadonlySet<string> = new Set([EXCHANGE_ONLINE]);

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

/** The runbook's online method, when it migrates to Exchange Online with one. */
export function onlineMethod(facts: RunbookFacts): OnlineMethod | undefined {
  if (facts.target.platform !== EXCHANGE_ONLINE) return undefined;
  return isOnlineMethod(facts.target.method) ? facts.target.method : undefined;
}

/** Mailboxes in scope: `organization.mailboxes`, or more when the servers list more. */
export function mailboxesInScope(facts: RunbookFacts, initial: OrgState): number {
  return Math.max(facts.organization.mailboxes, onPremisesMailboxes(initial));
}

/** The requirement row for an organization that still has Exchange 2003 or 2007, if it does. */
export function hybridRequirement(state: OrgState): HybridServerRequirement | undefined {
  // From the model's index of versions: a scan of every server at every batch was quadratic.
  const versions = new Set(presentVersions(state.servers));
  return HYBRID_SERVER_REQUIREMENTS.find((r) => versions.has(r.organization));
}

function meets(server: ServerState, option: HybridServerOption): boolean {
  if (server.version !== option.version) return false;
  // An update level the runbook leaves out is not guessed.
  if (option.minUpdate && updateAtLeast(option.version, server.update, option.minUpdate) === false) return false;
  return option.roles.every((role) => server.roles.includes(role));
}

/** Can this server run the Hybrid Configuration Wizard for the organization as it is now? */
export function isValidHybridServer(state: OrgState, server: ServerState | undefined): boolean {
  if (!server || !state.servers.has(server.name)) return false;
  const requirement = hybridRequirement(state);
  if (requirement) return requirement.options.some((o) => meets(server, o));
  const option = isVersion(server.version) ? HYBRID_SERVER_BY_VERSION[server.version] : undefined;
  return option !== undefined && meets(server, option);
}

/** Present servers that can be the hybrid server, newest first. */
export function validHybridServers(state: OrgState): ServerState[] {
  return [...state.servers.values()]
    .filter((s) => isValidHybridServer(state, s))
    .sort((a, b) => versionRank(b.version) - versionRank(a.version));
}

/** Every server name the runbook uses anywhere, so a new name never collides. */
export function usedServerNames(parsed: ParsedRunbook, state: OrgState): ServerNameSet {
  const names = new ServerNameSet([...state.servers.values(), ...state.retired.values()].map((s) => s.name));
  for (const s of parsed.servers) if (s.name) names.add(s.name);
  for (const step of parsed.steps) {
    for (const key of ['server', 'from', 'to']) {
      const v = fieldString(step.node, key, parsed.doc);
      if (v) names.add(v);
    }
  }
  return names;
}

/** A new server name in the organization's own style: `NT-EX07` → `NT-HYB13`. */
export function newServerName(parsed: ParsedRunbook, state: OrgState, version: string): string {
  const first = [...state.servers.values()][0]?.name ?? parsed.servers[0]?.name ?? '';
  const dash = first.lastIndexOf('-');
  const prefix = dash > 0 ? first.slice(0, dash + 1) : '';
  const suffix = version === 'SE' ? 'SE' : version.slice(2);
  const base = `${prefix}HYB${suffix}`;
  const used = usedServerNames(parsed, state);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The servers on a rule's context (../rule.ts): names, loads, receivers, the hybrid server, the online method. */
export interface ServerKit {
  /** The key a server name compares by (ASCII case folded, as Windows and DNS compare). */
  key(name: string): string;
  /** Whether two names name the same server. */
  same(a: string | undefined, b: string | undefined): boolean;
  /** A set of server names that compares names by `key`. */
  nameSet(names?: Iterable<string>): ServerNameSet;
  /** A map by server name that looks names up by `key`. */
  map<V>(): ServerMap<V>;
  /** The present server of that name (any case). */
  named(servers: Map<string, ServerState>, name: string): ServerState | undefined;
  /** The versions of the present servers (from the model's index). */
  versions(servers: Map<string, ServerState>): (string | undefined)[];
  /** The lowest update rank among present servers of a version; undefined when one's update is unknown. */
  lowestUpdateRank(servers: Map<string, ServerState>, version: string): number | undefined;
  /** The server a step means by `name` (a typo read as the nearest present server), as the model reads it. */
  meant(state: OrgState, step: StepEntry, name: string): string;
  /** Services first, then mailboxes, then public folders: the order moves go in. */
  readonly loads: readonly Load[];
  hosts(hosting: Hosting, load: Load): boolean;
  canTake(server: Pick<ServerState, 'version' | 'roles'>, load: Load): boolean;
  /** The newest present server, not in `excluded` and not `also`, that can take the load (receiverFor). */
  receiverFor(
    state: OrgState,
    load: Load,
    excluded: { has(name: string): boolean },
    also?: string,
  ): ServerState | undefined;
  /** `excluded` for receiverFor when only Exchange Online is left out. */
  readonly onlyOnline: ReadonlySet<string>;
  /** The runbook's online method, when it migrates to Exchange Online with one. */
  onlineMethod(): OnlineMethod | undefined;
  /** Mailboxes in scope: `organization.mailboxes`, or more when the servers list more. */
  mailboxesInScope(initial: OrgState): number;
  hybridRequirement(state: OrgState): HybridServerRequirement | undefined;
  isValidHybridServer(state: OrgState, server: ServerState | undefined): boolean;
  validHybridServers(state: OrgState): ServerState[];
  /** A new server name in the organization's own style, unused in the runbook. */
  newServerName(state: OrgState, version: string): string;
}

export function serverKit(parsed: ParsedRunbook, facts: RunbookFacts): ServerKit {
  return {
    key: serverKey,
    same: sameServerName,
    nameSet: (names) => new ServerNameSet(names),
    map: () => new ServerMap(),
    named: presentServerNamed,
    versions: presentVersions,
    lowestUpdateRank,
    meant: (state, step, name) => meantServer(state, parsed, step, name),
    loads: LOADS,
    hosts,
    canTake,
    receiverFor,
    onlyOnline: ONLY_ONLINE,
    onlineMethod: () => onlineMethod(facts),
    mailboxesInScope: (initial) => mailboxesInScope(facts, initial),
    hybridRequirement,
    isValidHybridServer,
    validHybridServers,
    newServerName: (state, version) => newServerName(parsed, state, version),
  };
}
