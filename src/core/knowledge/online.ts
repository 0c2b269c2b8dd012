// Facts about migrating to Exchange Online (cutover, staged, full hybrid), as data. Each
// entry carries the public page it comes from; where Microsoft's pages disagree, the value
// is the one this project chose (and the alternative
// is recorded next to it). The rules read these tables instead of hard-coding numbers.
import type { ExchangeVersion, ServerRole } from './versions';

/** Microsoft pages the online rules cite. */
export const SOURCES = {
  cutover: 'https://learn.microsoft.com/en-us/exchange/mailbox-migration/cutover-migration-to-office-365',
  cutoverWhatToKnow:
    'https://learn.microsoft.com/en-us/exchange/mailbox-migration/what-to-know-about-a-cutover-migration',
  roadmap2007: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support',
  roadmap2010: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2010-end-of-support',
  newMigrationBatch: 'https://learn.microsoft.com/powershell/module/exchangepowershell/new-migrationbatch',
  migrationAdvisor: 'https://learn.microsoft.com/en-us/exchange/mail-migration-jump',
  decidePath: 'https://learn.microsoft.com/en-us/exchange/mailbox-migration/decide-on-a-migration-path',
  stagedWhatToKnow:
    'https://learn.microsoft.com/en-us/exchange/mailbox-migration/what-to-know-about-a-staged-migration',
  stagedPerform:
    'https://learn.microsoft.com/en-us/exchange/mailbox-migration/perform-a-staged-migration/perform-a-staged-migration',
  csvFiles: 'https://learn.microsoft.com/en-us/exchange/mailbox-migration/csv-files-for-migration',
  convertToMailUsers:
    'https://learn.microsoft.com/en-us/exchange/mailbox-migration/perform-a-staged-migration/convert-exchange-2007-mailboxes',
  hybridPrerequisites: 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment-prerequisites',
  /** The prerequisites page before Exchange 2007 was removed from it on 2019-12-12. */
  hybridPrerequisites2019:
    'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/60496f5acd722359028caf6d3552f9555950cd3c/Exchange/ExchangeHybrid/hybrid-deployment-prerequisites.md',
  /** Exchange 2013/2007 hybrid "Server roles" (OfficeDocs-Exchange @52e8b70). */
  hybrid2007ServerRoles:
    'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/52e8b70/Exchange/ExchangeHybrid/exchange-2013-and-2007-hybrid/server-roles.md',
  hybridWizard: 'https://learn.microsoft.com/en-us/exchange/hybrid-configuration-wizard',
  hybridMoveMailboxes: 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment/move-mailboxes',
  mrsProxy: 'https://learn.microsoft.com/en-us/exchange/architecture/mailbox-servers/mrs-proxy-endpoint',
  deploymentAssistant2013:
    'https://learn.microsoft.com/en-us/exchange/exchange-server-deployment-assistant-exchange-2013-help',
  system2013: 'https://learn.microsoft.com/en-us/exchange/exchange-2013-system-requirements-exchange-2013-help',
  publicFoldersToOnline:
    'https://learn.microsoft.com/en-us/exchange/collaboration-exo/public-folders/batch-migration-of-legacy-public-folders',
  entraConnectName: 'https://learn.microsoft.com/en-us/entra/fundamentals/new-name',
} as const;

export type OnlineMethod = 'cutover' | 'staged' | 'hybrid';
export const ONLINE_METHODS: readonly OnlineMethod[] = ['cutover', 'staged', 'hybrid'];

/** The `method` of a migration batch that belongs to each online method. */
export const BATCH_METHOD_OF: Record<OnlineMethod, string> = {
  cutover: 'cutover',
  staged: 'staged',
  hybrid: 'remote-move',
};

export interface CutoverFacts {
  /** Above this, Microsoft finds cutover unreasonable (warning). */
  recommendedMax: number;
  /** Above this, a cutover migration is not supported (error). */
  hardMax: number;
  /** Source versions a cutover migration reads from: "Exchange Server 2003 or later". */
  sources: readonly ExchangeVersion[];
  sourceUrls: readonly string[];
}

export const CUTOVER: CutoverFacts = {
  // C1 "more reasonable to migrate 150 users or fewer"; C3 "fewer than 150 seats, a week or less".
  recommendedMax: 150,
  // C1, C2, C3 say 2,000; the New-MigrationBatch page says 1,000 (§10.2): the product uses 2,000.
  hardMax: 2000,
  sources: ['2003', '2007', '2010', '2013', '2016', '2019', 'SE'],
  sourceUrls: [SOURCES.cutover, SOURCES.cutoverWhatToKnow, SOURCES.roadmap2007],
};

export interface StagedCsvColumn {
  name: string;
  required: boolean;
}

export interface StagedFacts {
  /** "Exchange 2003 or Exchange 2007 only" (S1, S3, C4). */
  sources: readonly ExchangeVersion[];
  /** Rows per CSV file, i.e. per batch (S2, S3); any number of batches. */
  maxCsvRows: number;
  /** The columns of a staged CSV (S3). The New EAC section's "Username" is a copy-paste defect (§10.5). */
  columns: readonly StagedCsvColumn[];
  emailColumn: string;
  passwordColumn: string;
  passwordMinLength: number;
  forceChangeColumn: string;
  /** Values ForceChangePassword takes (compared case-insensitively, as Exchange Online parses booleans). */
  forceChangeValues: readonly string[];
  sourceUrls: readonly string[];
}

export const STAGED: StagedFacts = {
  sources: ['2003', '2007'],
  maxCsvRows: 2000,
  columns: [
    { name: 'EmailAddress', required: true },
    { name: 'Password', required: false },
    { name: 'ForceChangePassword', required: false },
  ],
  emailColumn: 'EmailAddress',
  passwordColumn: 'Password',
  passwordMinLength: 8,
  forceChangeColumn: 'ForceChangePassword',
  forceChangeValues: ['True', 'False'],
  sourceUrls: [SOURCES.stagedWhatToKnow, SOURCES.stagedPerform, SOURCES.csvFiles],
};

export interface HybridServerOption {
  version: ExchangeVersion;
  /** Lowest update level that works as the hybrid server (undefined: any). */
  minUpdate?: string;
  /** Roles the hybrid server must have. */
  roles: readonly ServerRole[];
  /** Update level the organization's old servers need next to this hybrid server (coexistence). */
  organizationMinUpdate?: string;
  source: string;
}

export interface HybridServerRequirement {
  /** The oldest on-premises version in the organization this row is for. */
  organization: ExchangeVersion;
  /** Servers that can run the Hybrid Configuration Wizard for such an organization. */
  options: readonly HybridServerOption[];
  /** What the hybrid-server fix installs: the first option, at its latest update. */
  install: { version: ExchangeVersion; update: string; roles: readonly ServerRole[] };
  source: string;
}

/**
 * Hybrid servers for organizations whose own servers cannot be one. Exchange 2007: a 2013
 * server with Client Access and Mailbox at CU2+ (the server-roles page says CU1+, the
 * coexistence requirements CU2+; §0 picks CU2), or a 2010 SP3 server; 2007 at SP3 RU10.
 * Exchange 2003: Exchange 2010 SP3, because 2013 cannot join a 2003 organization (H6).
 */
export const HYBRID_SERVER_REQUIREMENTS: readonly HybridServerRequirement[] = [
  {
    organization: '2003',
    options: [
      {
        version: '2010',
        minUpdate: 'SP3',
        roles: ['mailbox', 'clientAccess', 'hubTransport'],
        organizationMinUpdate: 'SP2',
        source: SOURCES.deploymentAssistant2013,
      },
    ],
    install: { version: '2010', update: 'SP3 RU32', roles: ['mailbox', 'clientAccess', 'hubTransport'] },
    source: SOURCES.deploymentAssistant2013,
  },
  {
    organization: '2007',
    options: [
      {
        version: '2013',
        minUpdate: 'CU2',
        roles: ['mailbox', 'clientAccess'],
        organizationMinUpdate: 'SP3 RU10',
        source: SOURCES.hybrid2007ServerRoles,
      },
      {
        version: '2010',
        minUpdate: 'SP3',
        roles: ['mailbox', 'clientAccess', 'hubTransport'],
        organizationMinUpdate: 'SP2',
        source: SOURCES.hybridPrerequisites2019,
      },
    ],
    install: { version: '2013', update: 'CU23', roles: ['mailbox', 'clientAccess'] },
    source: SOURCES.hybrid2007ServerRoles,
  },
];

/**
 * Roles a hybrid server of each version needs in any organization (H1: 2010 Mailbox + Hub
 * + CAS, 2013 Mailbox + CAS, 2016 and later a Mailbox server); 2010 must be at SP3.
 */
export const HYBRID_SERVER_BY_VERSION: Partial<Record<ExchangeVersion, HybridServerOption>> = {
  '2010': {
    version: '2010',
    minUpdate: 'SP3',
    roles: ['mailbox', 'clientAccess', 'hubTransport'],
    source: SOURCES.hybridPrerequisites,
  },
  '2013': { version: '2013', roles: ['mailbox', 'clientAccess'], source: SOURCES.hybridPrerequisites },
  '2016': { version: '2016', roles: ['mailbox'], source: SOURCES.hybridPrerequisites },
  '2019': { version: '2019', roles: ['mailbox'], source: SOURCES.hybridPrerequisites },
  SE: { version: 'SE', roles: ['mailbox'], source: SOURCES.hybridPrerequisites },
};

export const HYBRID = {
  /** Full hybrid is worth its effort from about this many mailboxes (2010 roadmap: "more than 150 seats"). */
  worthItFrom: 150,
  sourceUrls: [SOURCES.roadmap2010, SOURCES.roadmap2007, SOURCES.decidePath],
} as const;

export interface MethodDuration {
  /** What the method is for, in calendar days (1d = 24 h, 1w = 7 d); undefined: no limit. */
  maxDays?: number;
  /** How Microsoft words it. */
  wording: string;
  source: string;
}

/**
 * The 2007 roadmap's table: cutover "a week or less", staged "a few weeks", full hybrid "a
 * few months or more". "A few weeks" is read as four weeks: long enough for waves of 2,000
 * mailboxes at 20 concurrent initial syncs, short enough to flag a plan that drifts into months.
 */
export const METHOD_DURATION: Record<OnlineMethod, MethodDuration> = {
  cutover: { maxDays: 7, wording: 'a week or less', source: SOURCES.roadmap2007 },
  staged: { maxDays: 28, wording: 'a few weeks', source: SOURCES.roadmap2007 },
  hybrid: { wording: 'a few months or more', source: SOURCES.roadmap2007 },
};

/** Hours per unit of a step's `duration` (calendar time). */
export const DURATION_HOURS: Record<'h' | 'd' | 'w', number> = { h: 1, d: 24, w: 168 };

export interface PublicFolderSourceRule {
  version: ExchangeVersion;
  /** false: public folders of this version cannot go straight to Exchange Online. */
  directToOnline: boolean;
  /** For versions that can: the lowest update level that can. */
  minUpdate?: string;
  source: string;
}

/**
 * Public folders to Exchange Online: not straight from Exchange 2003/2007 (move them to
 * Exchange 2010 SP3 RU8+ or Exchange 2013 first); from Exchange 2010 at SP3 RU8 or later.
 * The 2013 PF FAQ says 2007 SP3 RU15 can go to Exchange Online; §0 follows the Exchange
 * Online batch-migration page, which says it cannot.
 */
export const PUBLIC_FOLDERS_TO_ONLINE: readonly PublicFolderSourceRule[] = [
  { version: '2003', directToOnline: false, source: SOURCES.publicFoldersToOnline },
  { version: '2007', directToOnline: false, source: SOURCES.publicFoldersToOnline },
  { version: '2010', directToOnline: true, minUpdate: 'SP3 RU8', source: SOURCES.publicFoldersToOnline },
];

/**
 * Batch migration of legacy public folders to modern ones (Exchange 2013 and later) needs the
 * source at 2007 SP3 RU15 or 2010 SP3 RU8 (the page in `source`).
 */
export const PUBLIC_FOLDERS_TO_MODERN: { sources: Partial<Record<ExchangeVersion, string>>; source: string } = {
  sources: { '2007': 'SP3 RU15', '2010': 'SP3 RU8' },
  source:
    'https://learn.microsoft.com/en-us/exchange/use-batch-migration-to-migrate-public-folders-to-exchange-2013-from-previous-versions-exchange-2013-help',
};

/**
 * Where legacy public folders go first on their way to Exchange Online: Exchange 2010 at
 * SP3 RU8 or later, or Exchange 2013. Facts only: the
 * public-folders rule words them in the runbook's language.
 */
export const PUBLIC_FOLDERS_STAGING: readonly { version: ExchangeVersion; minUpdate?: string }[] = [
  { version: '2010', minUpdate: 'SP3 RU8' },
  { version: '2013' },
];

/** Parses `<number>(h|d|w)`; undefined for anything else. */
export function durationHours(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([hdw])\s*$/i.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * DURATION_HOURS[match[2].toLowerCase() as 'h' | 'd' | 'w'];
}

export function isOnlineMethod(method: string | undefined): method is OnlineMethod {
  return method !== undefined && (ONLINE_METHODS as readonly string[]).includes(method);
}
