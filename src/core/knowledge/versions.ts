// Exchange versions, their update levels and lifecycle, as data. Every entry carries the
// page it comes from.

export const VERSIONS = ['2003', '2007', '2010', '2013', '2016', '2019', 'SE'] as const;
export type ExchangeVersion = (typeof VERSIONS)[number];

export const ROLES = ['mailbox', 'clientAccess', 'hubTransport', 'edgeTransport', 'unifiedMessaging'] as const;
export type ServerRole = (typeof ROLES)[number];

export const WINDOWS_VERSIONS = ['2003', '2008', '2008R2', '2012', '2012R2', '2016', '2019', '2022', '2025'] as const;
export type WindowsVersion = (typeof WINDOWS_VERSIONS)[number];

export const FOREST_LEVELS = ['2003', '2008', '2008R2', '2012', '2012R2', '2016', '2025'] as const;
export type ForestLevel = (typeof FOREST_LEVELS)[number];

export const OUTLOOK_VERSIONS = ['2003', '2007', '2010', '2013', '2016', '2019', '2021', '2024', '365'] as const;
export type OutlookVersion = (typeof OUTLOOK_VERSIONS)[number];

// Lookups rather than array scans: rules ask these for every server at every install.
const VERSION_RANKS: ReadonlyMap<string, number> = new Map(VERSIONS.map((v, i) => [v, i]));

export function isVersion(v: unknown): v is ExchangeVersion {
  return typeof v === 'string' && VERSION_RANKS.has(v);
}

/** Order of versions: 2003 < 2007 < … < SE. Unknown versions sort as -1. */
export function versionRank(v: string | undefined): number {
  return v === undefined ? -1 : (VERSION_RANKS.get(v) ?? -1);
}

export function rankOf<T extends string>(list: readonly T[], v: string | undefined): number {
  return v === undefined ? -1 : (list as readonly string[]).indexOf(v);
}

export interface VersionFacts {
  version: ExchangeVersion;
  /** Product name as Microsoft writes it. */
  name: string;
  /** Extended end of support (YYYY-MM-DD), or null for the Modern Lifecycle (SE). */
  endOfSupport: string | null;
  /** Roles an install gets when the runbook lists none. */
  defaultRoles: ServerRole[];
  /** The last update released, for notes in inserted steps. */
  latestUpdate: string;
  /** Build number prefix, for hover. */
  build: string;
  source: string;
}

const LIFECYCLE = 'https://learn.microsoft.com/lifecycle/products/';

export const VERSION_FACTS: Record<ExchangeVersion, VersionFacts> = {
  '2003': {
    version: '2003',
    name: 'Exchange Server 2003',
    endOfSupport: '2014-04-08',
    defaultRoles: ['mailbox', 'clientAccess', 'hubTransport'],
    latestUpdate: 'SP2',
    build: '6.5',
    source: LIFECYCLE + 'exchange-server-2003',
  },
  '2007': {
    version: '2007',
    name: 'Exchange Server 2007',
    endOfSupport: '2017-04-11',
    defaultRoles: ['mailbox', 'clientAccess', 'hubTransport'],
    latestUpdate: 'SP3 RU23',
    build: '8.3',
    source: LIFECYCLE + 'exchange-server-2007',
  },
  '2010': {
    version: '2010',
    name: 'Exchange Server 2010',
    endOfSupport: '2020-10-13',
    defaultRoles: ['mailbox', 'clientAccess', 'hubTransport'],
    latestUpdate: 'SP3 RU32',
    build: '14.3',
    source: LIFECYCLE + 'exchange-server-2010',
  },
  '2013': {
    version: '2013',
    name: 'Exchange Server 2013',
    endOfSupport: '2023-04-11',
    defaultRoles: ['mailbox', 'clientAccess'],
    latestUpdate: 'CU23',
    build: '15.0',
    source: LIFECYCLE + 'exchange-server-2013',
  },
  '2016': {
    version: '2016',
    name: 'Exchange Server 2016',
    endOfSupport: '2025-10-14',
    defaultRoles: ['mailbox'],
    latestUpdate: 'CU23',
    build: '15.1',
    source: LIFECYCLE + 'exchange-server-2016',
  },
  '2019': {
    version: '2019',
    name: 'Exchange Server 2019',
    endOfSupport: '2025-10-14',
    defaultRoles: ['mailbox'],
    latestUpdate: 'CU15',
    build: '15.2',
    source: LIFECYCLE + 'exchange-server-2019',
  },
  SE: {
    version: 'SE',
    name: 'Exchange Server Subscription Edition (SE)',
    endOfSupport: null,
    defaultRoles: ['mailbox'],
    latestUpdate: 'RTM',
    build: '15.2.2562',
    source: 'https://learn.microsoft.com/en-US/lifecycle/announcements/modern-policy',
  },
};

const UPDATE_RANKS = new Map<string, number | undefined>();
const UPDATE_RANKS_2013 = new Map<string, number | undefined>();

/**
 * An update level as a sortable number. 2003/2007/2010 count service packs and rollups
 * ("SP3 RU10" → 3·1000 + 10); 2013 and later count cumulative updates ("CU23" → 23),
 * with Exchange 2013 SP1 being CU4 (the build numbers page, BUILD_PAGE in ./builds.ts).
 * Returns undefined for text that is not an update level.
 */
export function updateRank(version: string | undefined, update: string | undefined): number | undefined {
  if (update === undefined) return undefined;
  // Only Exchange 2013 reads an update differently (SP1 is CU4); the rest share one memo.
  // Stryker disable next-line EqualityOperator: `!==` only swaps the two memos' roles; 2013 still has one to itself
  const memo = version === '2013' ? UPDATE_RANKS_2013 : UPDATE_RANKS;
  const known = memo.get(update);
  // Stryker disable next-line LogicalOperator,ConditionalExpression: a memo only saves time; asking parseUpdateRank again gives the same answer
  if (known !== undefined || memo.has(update)) return known;
  // Bounded: an editor session sees every half-typed update.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the bound only limits memory; a memo cleared sooner or never answers the same
  if (memo.size >= 1000) memo.clear();
  const rank = parseUpdateRank(version, update);
  memo.set(update, rank);
  return rank;
}

function parseUpdateRank(version: string | undefined, update: string): number | undefined {
  const u = update.trim().toUpperCase().replace(/\s+/g, ' ');
  if (u === 'RTM') return 0;
  const cu = /^CU(\d+)$/.exec(u);
  if (cu) return Number(cu[1]);
  const sp = /^SP(\d+)(?: RU(\d+))?$/.exec(u);
  if (sp) {
    if (version === '2013' && sp[1] === '1' && !sp[2]) return 4;
    return Number(sp[1]) * 1000 + Number(sp[2] ?? 0);
  }
  return undefined;
}

export const UPDATE_PATTERN = '^(RTM|SP[0-9]+( RU[0-9]+)?|CU[0-9]+)$';

/** True when `update` is at least `minimum` for that version; undefined when either is unknown. */
export function updateAtLeast(version: string, update: string | undefined, minimum: string): boolean | undefined {
  const have = updateRank(version, update);
  const need = updateRank(version, minimum);
  if (have === undefined || need === undefined) return undefined;
  return have >= need;
}

/** The roles a server of this version has when its entry or install step lists none. */
export function defaultRoles(version: string | undefined): ServerRole[] {
  return isVersion(version) ? [...VERSION_FACTS[version].defaultRoles] : ['mailbox'];
}
