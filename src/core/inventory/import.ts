// The organization as it is, from an inventory (docs/inventory.md): the folder the shipped
// collector writes (docs/inventory.md), or `Export-Clixml` files an admin already has.
// Objects are recognized by their CLIXML type names, never by file names; files and
// objects of other types are listed as ignored. Pure: the adapters read the files.
import { lookupBuild, type BuildMatch } from '../knowledge/builds';
import type { ForestLevel, ServerRole, WindowsVersion } from '../knowledge/versions';
import { isPsObject, propBool, propNumber, propText, PsObject, PsValue, readClixml } from './clixml';

export interface InventoryFile {
  /** Path as the user or the runbook names it, for messages. */
  name: string;
  /** Text, or bytes (UTF-8, or UTF-16 with a byte-order mark: Windows PowerShell's Export-Clixml writes UTF-16LE). */
  content: string | Uint8Array;
}

export interface InventoryServer {
  name: string;
  version?: string;
  /** RTM / SP<n> / SP<n> RU<m> / CU<n>, as a runbook writes it. */
  update?: string;
  /** A security or hotfix update on top of `update` ("Mar24SU"), when ExSetup tells it. */
  updateDetail?: string;
  /** False when only AdminDisplayVersion was known: the RU/SU is unknown. */
  updateExact: boolean;
  /** The build the version came from (ExSetup's when known, else AdminDisplayVersion's). */
  build?: string;
  roles: ServerRole[];
  os?: WindowsVersion;
  site?: string;
  mailboxes?: number;
  publicFolders?: boolean;
}

export interface InventoryOrganization {
  name?: string;
  mailboxes?: number;
  publicFolders?: boolean;
  forestFunctionalLevel?: ForestLevel;
  domains?: string[];
}

export type InventoryNote =
  | { kind: 'ignored-file'; file: string; reason: string }
  | { kind: 'ignored-objects'; file: string; type: string; count: number }
  | { kind: 'update-unknown'; server: string; update: string }
  | { kind: 'unknown-build'; server: string; build: string };

export interface Inventory {
  organization: InventoryOrganization;
  servers: InventoryServer[];
  notes: InventoryNote[];
}

// ---- decoding ------------------------------------------------------------------------------

function decode(content: string | Uint8Array): string | undefined {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  const [b0, b1] = content;
  try {
    if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(content.subarray(2));
    if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(content.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

// ---- mappings --------------------------------------------------------------------------------

const ROLE_NAMES: Record<string, ServerRole> = {
  mailbox: 'mailbox',
  clientaccess: 'clientAccess',
  hubtransport: 'hubTransport',
  unifiedmessaging: 'unifiedMessaging',
  edge: 'edgeTransport',
  edgetransport: 'edgeTransport',
};

const ROLE_FLAGS: [string, ServerRole][] = [
  ['IsMailboxServer', 'mailbox'],
  ['IsClientAccessServer', 'clientAccess'],
  ['IsHubTransportServer', 'hubTransport'],
  ['IsUnifiedMessagingServer', 'unifiedMessaging'],
  ['IsEdgeServer', 'edgeTransport'],
];
const ROLE_ORDER: ServerRole[] = ['mailbox', 'clientAccess', 'hubTransport', 'unifiedMessaging', 'edgeTransport'];

/** ForestMode as Get-ADForest / System.DirectoryServices write it, or its number. */
const FOREST_MODES: [RegExp, ForestLevel][] = [
  [/^(Windows)?2003(Interim)?(Forest)?$|^[12]$/i, '2003'],
  [/^(Windows)?2008(Forest)?$|^3$/i, '2008'],
  [/^(Windows)?2008R2(Forest)?$|^4$/i, '2008R2'],
  [/^(Windows)?2012(Forest)?$|^5$/i, '2012'],
  [/^(Windows)?2012R2(Forest)?$|^6$/i, '2012R2'],
  [/^(Windows)?2016(Forest)?$|^7$/i, '2016'],
  [/^(Windows)?2025(Forest)?$|^10$/i, '2025'],
];

export function forestLevelOf(mode: string): ForestLevel | undefined {
  const m = mode.trim();
  return FOREST_MODES.find(([re]) => re.test(m))?.[1];
}

/** Windows Server from the OS version number (Win32_OperatingSystem.Version). */
export function windowsOf(version: string): WindowsVersion | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!m) return undefined;
  const key = `${m[1]}.${m[2]}`;
  const build = Number(m[3] ?? 0);
  if (key === '5.2') return '2003';
  if (key === '6.0') return '2008';
  if (key === '6.1') return '2008R2';
  if (key === '6.2') return '2012';
  if (key === '6.3') return '2012R2';
  if (key !== '10.0') return undefined;
  // Windows Server 2016 / 2019 / 2022 / 2025 share 10.0; their build numbers tell them apart.
  if (build >= 26100) return '2025';
  if (build >= 20348) return '2022';
  if (build >= 17763) return '2019';
  if (build >= 14393) return '2016';
  return undefined;
}

function siteName(site: string | undefined): string | undefined {
  if (!site) return undefined;
  const last = site.split('/').filter(Boolean).pop();
  return last || undefined;
}

/** `Microsoft.Exchange.….ExchangeServer` (the object's own type, not a base class). */
function exchangeType(obj: PsObject, name: string): boolean {
  const t = obj.typeNames[0] ?? '';
  return t.startsWith('Microsoft.Exchange.') && t.endsWith('.' + name);
}

/** Types the collector writes (docs/inventory.md). */
const COLLECTOR = 'ExchangeRunbook.Inventory.';

// ---- the importer ------------------------------------------------------------------------------

interface Gathered {
  servers: PsObject[];
  org?: PsObject;
  domains: PsObject[];
  forestModes: string[];
  counts: { server: string; count: number }[];
  countsSeen: boolean;
  mailboxObjects: number;
  pfServers: string[];
  pfPresent?: boolean;
  serverInfo: Map<string, { exsetup?: string; os?: string }>;
}

function objectsOf(values: PsValue[]): PsObject[] {
  const out: PsObject[] = [];
  for (const v of values) {
    if (isPsObject(v)) {
      // A collection exported as one object (Export-Clixml -InputObject $list).
      if (v.items && Object.keys(v.props).length === 0) out.push(...objectsOf(v.items));
      else out.push(v);
    } else if (Array.isArray(v)) out.push(...objectsOf(v));
  }
  return out;
}

function gather(obj: PsObject, g: Gathered): boolean {
  if (exchangeType(obj, 'ExchangeServer')) g.servers.push(obj);
  else if (exchangeType(obj, 'OrganizationConfig')) g.org = obj;
  else if (exchangeType(obj, 'AcceptedDomain')) g.domains.push(obj);
  else if (exchangeType(obj, 'PublicFolderDatabase')) {
    const server = propText(obj, 'Server') ?? propText(obj, 'ServerName');
    if (server) g.pfServers.push(server);
    g.pfPresent = true;
  } else if (exchangeType(obj, 'Mailbox')) {
    const server = propText(obj, 'ServerName');
    g.mailboxObjects++;
    if (server) g.counts.push({ server, count: 1 });
    g.countsSeen = true;
  } else return gatherCollected(obj, g);
  return true;
}

/** The objects the collector script (and Get-ADForest) writes; false for any other type. */
function gatherCollected(obj: PsObject, g: Gathered): boolean {
  const t = obj.typeNames[0] ?? '';
  if (
    t === 'Microsoft.ActiveDirectory.Management.ADForest' ||
    t === 'System.DirectoryServices.ActiveDirectory.Forest' ||
    t === COLLECTOR + 'ForestMode'
  ) {
    const mode = propText(obj, 'ForestMode');
    if (mode) g.forestModes.push(mode);
  } else if (t === COLLECTOR + 'MailboxCount') {
    const server = propText(obj, 'Server');
    const count = propNumber(obj, 'Count');
    g.countsSeen = true;
    if (server && count !== undefined) g.counts.push({ server, count });
  } else if (t === COLLECTOR + 'PublicFolders') {
    const present = propBool(obj, 'Present');
    if (present !== undefined) g.pfPresent = (g.pfPresent ?? false) || present;
    const server = propText(obj, 'Server');
    if (server) g.pfServers.push(server);
  } else if (t === COLLECTOR + 'ServerInfo') {
    const server = propText(obj, 'Server');
    if (server) {
      const key = server.toLowerCase();
      const info = g.serverInfo.get(key) ?? {};
      info.exsetup = propText(obj, 'ExSetupVersion') ?? info.exsetup;
      info.os = propText(obj, 'OSVersion') ?? info.os;
      g.serverInfo.set(key, info);
    }
  } else return false;
  return true;
}

/** A server's short name from what a count or a database names (`EX1`, `EX1.contoso.com`, `CN=EX1,…`). */
function shortName(name: string): string {
  const cn = /^CN=([^,]+)/i.exec(name);
  const n = cn ? cn[1] : name;
  return n.split('.')[0].toLowerCase();
}

export function importInventory(files: readonly InventoryFile[]): Inventory {
  const notes: InventoryNote[] = [];
  const g: Gathered = {
    servers: [],
    domains: [],
    forestModes: [],
    counts: [],
    countsSeen: false,
    mailboxObjects: 0,
    pfServers: [],
    serverInfo: new Map(),
  };
  for (const file of files) {
    const text = decode(file.content);
    if (text === undefined) {
      notes.push({
        kind: 'ignored-file',
        file: file.name,
        reason: 'not text (UTF-8 or UTF-16 with a byte-order mark)',
      });
      continue;
    }
    if (!/^\s*(<\?xml[^>]*\?>\s*)?<Objs[\s>]/.test(text.slice(0, 1000))) {
      notes.push({ kind: 'ignored-file', file: file.name, reason: 'not CLIXML (Export-Clixml output)' });
      continue;
    }
    const result = readClixml(text);
    if (result.error) {
      notes.push({ kind: 'ignored-file', file: file.name, reason: result.error });
      continue;
    }
    const ignored = new Map<string, number>();
    for (const obj of objectsOf(result.objects)) {
      if (!gather(obj, g)) {
        const type = obj.typeNames[0] ?? '(no type name)';
        ignored.set(type, (ignored.get(type) ?? 0) + 1);
      }
    }
    for (const [type, count] of ignored)
      notes.push({ kind: 'ignored-objects', file: file.name, type: type.slice(0, 120), count });
  }
  return build(g, notes);
}

function build(g: Gathered, notes: InventoryNote[]): Inventory {
  const servers: InventoryServer[] = [];
  const seen = new Set<string>();
  const countBy = new Map<string, number>();
  for (const c of g.counts) countBy.set(shortName(c.server), (countBy.get(shortName(c.server)) ?? 0) + c.count);
  const pf = new Set(g.pfServers.map(shortName));
  for (const obj of g.servers) {
    const name = propText(obj, 'Name')?.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const server = serverOf(obj, name, g, notes);
    const edgeOnly = server.roles.length === 1 && server.roles[0] === 'edgeTransport';
    if (g.countsSeen && !edgeOnly) server.mailboxes = countBy.get(shortName(name)) ?? 0;
    if (pf.has(shortName(name))) server.publicFolders = true;
    servers.push(server);
  }
  return { organization: organizationOf(g), servers, notes };
}

/** One server's roles, build, Windows version and site; notes a build the tables do not know. */
function serverOf(obj: PsObject, name: string, g: Gathered, notes: InventoryNote[]): InventoryServer {
  const info = g.serverInfo.get(name.toLowerCase());
  const server: InventoryServer = { name, roles: rolesOf(obj), updateExact: false };
  const adv = propText(obj, 'AdminDisplayVersion');
  const fromFile = info?.exsetup ? lookupBuild(info.exsetup) : undefined;
  const fromAdv = adv ? lookupBuild(adv) : undefined;
  // ExSetup's file version tells the RU/SU; AdminDisplayVersion only the SP/CU (facts section 0).
  const match = fromFile && fromFile.update !== undefined ? fromFile : (fromAdv ?? fromFile);
  if (match) applyBuild(server, match, notes);
  else if (adv || info?.exsetup) {
    notes.push({ kind: 'unknown-build', server: name, build: (info?.exsetup ?? adv ?? '').slice(0, 80) });
  }
  const os = info?.os ? windowsOf(info.os) : undefined;
  if (os) server.os = os;
  const site = siteName(propText(obj, 'Site'));
  if (site) server.site = site;
  return server;
}

function applyBuild(server: InventoryServer, match: BuildMatch, notes: InventoryNote[]): void {
  server.version = match.version;
  server.update = match.update;
  server.updateExact = match.updateExact;
  server.build = match.build;
  if (match.detail) server.updateDetail = match.detail;
  if (!match.updateExact && match.update)
    notes.push({ kind: 'update-unknown', server: server.name, update: match.update });
  if (!match.update) notes.push({ kind: 'unknown-build', server: server.name, build: match.build });
}

function organizationOf(g: Gathered): InventoryOrganization {
  const organization: InventoryOrganization = {};
  const orgName = g.org ? propText(g.org, 'Name') : undefined;
  if (orgName) organization.name = orgName;
  if (g.countsSeen) organization.mailboxes = g.counts.reduce((n, c) => n + c.count, 0);
  if (g.pfPresent !== undefined || g.pfServers.length > 0) organization.publicFolders = g.pfPresent ?? true;
  const level = g.forestModes.map(forestLevelOf).find((l) => l !== undefined);
  if (level) organization.forestFunctionalLevel = level;
  const domains = domainNames(g.domains);
  if (domains.length > 0) organization.domains = domains;
  return organization;
}

function domainNames(objects: readonly PsObject[]): string[] {
  const domains: string[] = [];
  for (const d of objects) {
    const name = (propText(d, 'DomainName') ?? propText(d, 'Name') ?? '').trim().toLowerCase();
    // A wildcard (`*.contoso.com`) or single-label name cannot be verified in a tenant.
    if (!name || name.startsWith('*') || !name.includes('.') || domains.includes(name)) continue;
    domains.push(name);
  }
  return domains;
}

function rolesOf(obj: PsObject): ServerRole[] {
  const roles = new Set<ServerRole>();
  const text = propText(obj, 'ServerRole') ?? '';
  for (const part of text.split(/[,\s]+/)) {
    const role = ROLE_NAMES[part.trim().toLowerCase()];
    if (role) roles.add(role);
  }
  for (const [flag, role] of ROLE_FLAGS) if (propBool(obj, flag)) roles.add(role);
  return ROLE_ORDER.filter((r) => roles.has(r));
}
