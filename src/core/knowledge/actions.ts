// The runbook vocabulary as data (schemas/runbook.schema.json is written from it): every action with its fields, what
// those fields name, the Microsoft commands that carry the step out and where they are
// documented; plus the fields of the top level, the organization, servers, the target and
// phases. The JSON Schema is generated from this file (scripts/compile-schema.js), and the
// editor's completion and hover read it, so the three never drift apart.
import { FOREST_LEVELS, OUTLOOK_VERSIONS, ROLES, UPDATE_PATTERN, VERSIONS, WINDOWS_VERSIONS } from './versions';

export interface Localized {
  en: string;
  sv: string;
}

/**
 * The shape of a value:
 * - `string`, `integer`, `boolean`: one scalar;
 * - `nameOrList`: one name or a list of names (`from: [A, B]`);
 * - `stringList`: a list of strings (`roles`, `domains`, `outlookClients`);
 * - `textOrList`: free text, or a list of such texts (`evidence`);
 * - `markdown`: free text rendered as Markdown;
 * - `date`: YYYY-MM-DD;
 * - `object`, `objectList`: a mapping or a list of mappings described by its own ObjectSpec.
 */
export type FieldKind =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'nameOrList'
  | 'stringList'
  | 'textOrList'
  | 'markdown'
  | 'date'
  | 'object'
  | 'objectList';

/** What a value refers to; completion offers the matching names and rules resolve them. */
export type FieldNames =
  | 'server' // an existing server
  | 'new-server' // a server the step creates
  | 'server-or-tenant' // an existing server, or `exchange-online`
  | 'batch' // a migration batch, created by create-migration-batch
  | 'domain'
  | 'account'
  | 'file'; // a path relative to the runbook

export interface FieldSpec {
  kind: FieldKind;
  /** Allowed values (for lists: of each item). */
  enum?: readonly string[];
  /** Regular expression a string (or each item) must match. */
  pattern?: string;
  /** How to write a value that fails `pattern`, for the error message. */
  patternHint?: Localized;
  minimum?: number;
  /** The one value allowed (`runbook: 1`). */
  const?: number;
  /** For lists: the fewest items. */
  minItems?: number;
  default?: string | number | boolean;
  names?: FieldNames;
  description: Localized;
  /** A typical value, for snippets and messages. */
  example?: string | number | boolean | readonly string[];
}

export interface CommandRef {
  /** The cmdlet or command line as an administrator types it. */
  text: string;
  url: string;
}

export interface ActionSpec {
  id: string;
  required: readonly string[];
  optional: readonly string[];
  /** Every action-specific field (required and optional), by name. */
  fields: Readonly<Record<string, FieldSpec>>;
  description: Localized;
  /** What carries the step out, in Microsoft's words. */
  commands: readonly CommandRef[];
  /** The page the step's meaning comes from. */
  source: string;
}

export const EXCHANGE_ONLINE_TARGET = 'exchange-online';

const KEBAB_CASE = '^[a-z0-9]+(-[a-z0-9]+)*$';
const SERVER_NAME = '^[A-Za-z0-9_.-]+$';
const SERVER_NAME_RE = new RegExp(SERVER_NAME);

/** Whether a name is one the format accepts for a server: a fix never copies a name that is not. */
export function isServerName(name: string): boolean {
  return SERVER_NAME_RE.test(name);
}
export const DURATION_PATTERN = '^\\d+(\\.\\d+)?[hdw]$';
const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
/**
 * A date-time with its offset (RFC 3339 without fractions; seconds optional). The offset is
 * required: a time without one means a different instant on every machine that reads it.
 */
export const DATE_TIME_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)$';
const DATE_TIME_HINT = {
  en: 'a date-time with its offset, e.g. 2026-03-28T22:00+01:00 (or …Z for UTC)',
  sv: 'en tidpunkt med sin tidszonsförskjutning, t.ex. 2026-03-28T22:00+01:00 (eller …Z för UTC)',
};

const PS = 'https://learn.microsoft.com/powershell/module/exchangepowershell/';
const cmdlet = (name: string, args = ''): CommandRef => ({
  text: args ? `${name} ${args}` : name,
  url: PS + name.toLowerCase(),
});
const SETUP_SWITCHES =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deploy-new-installations/unattended-installs';
const PREPARE_AD = 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains';
const CUTOVER = 'https://learn.microsoft.com/en-us/exchange/mailbox-migration/cutover-migration-to-office-365';
const STAGED =
  'https://learn.microsoft.com/en-us/exchange/mailbox-migration/perform-a-staged-migration/perform-a-staged-migration';
const HYBRID_MOVES = 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment/move-mailboxes';
const CHECKLIST_2007_2013 =
  'https://learn.microsoft.com/en-us/exchange/checklist-upgrade-from-exchange-2007-exchange-2013-help';

// ---- fields shared by several actions ---------------------------------------------------

const serverField = (names: FieldNames, description: Localized): FieldSpec => ({
  kind: 'string',
  pattern: SERVER_NAME,
  patternHint: {
    en: "a server name: letters, digits, '-', '_' and '.'",
    sv: "ett servernamn: bokstäver, siffror, '-', '_' och '.'",
  },
  names,
  description,
  example: 'EX2016-MBX1',
});

const versionField = (description: Localized): FieldSpec => ({
  kind: 'string',
  enum: VERSIONS,
  description,
  example: '2016',
});

const updateField: FieldSpec = {
  kind: 'string',
  pattern: UPDATE_PATTERN,
  patternHint: {
    en: 'an update level: RTM, SP<n>, SP<n> RU<m> or CU<n> (e.g. SP3 RU10, CU23)',
    sv: 'en uppdateringsnivå: RTM, SP<n>, SP<n> RU<m> eller CU<n> (t.ex. SP3 RU10, CU23)',
  },
  description: {
    en: 'Update level: RTM, SP<n>, SP<n> RU<m> (2003–2010) or CU<n> (2013 and later).',
    sv: 'Uppdateringsnivå: RTM, SP<n>, SP<n> RU<m> (2003–2010) eller CU<n> (2013 och senare).',
  },
  example: 'CU23',
};

const osField: FieldSpec = {
  kind: 'string',
  enum: WINDOWS_VERSIONS,
  description: {
    en: 'Windows Server version of the server.',
    sv: 'Serverns Windows Server-version.',
  },
  example: '2019',
};

const rolesField: FieldSpec = {
  kind: 'stringList',
  enum: ROLES,
  description: {
    en: 'Exchange server roles. Without it an install gets the version’s usual roles (2007/2010: mailbox, clientAccess, hubTransport; 2013: mailbox, clientAccess; 2016 and later: mailbox).',
    sv: 'Exchange-serverroller. Utan fältet får en installation versionens vanliga roller (2007/2010: mailbox, clientAccess, hubTransport; 2013: mailbox, clientAccess; 2016 och senare: mailbox).',
  },
  example: ['mailbox'],
};

const fromField = (what: Localized): FieldSpec => ({
  kind: 'nameOrList',
  pattern: SERVER_NAME,
  patternHint: {
    en: "a server name: letters, digits, '-', '_' and '.'",
    sv: "ett servernamn: bokstäver, siffror, '-', '_' och '.'",
  },
  names: 'server',
  description: what,
  example: 'EX07',
});

const toServerField = (what: Localized): FieldSpec => serverField('server', what);
const toServerOrTenantField = (what: Localized): FieldSpec => ({
  ...serverField('server-or-tenant', what),
  example: EXCHANGE_ONLINE_TARGET,
});

const batchField = (description: Localized): FieldSpec => ({
  kind: 'string',
  names: 'batch',
  description,
  example: 'wave-1',
});

// ---- the actions ------------------------------------------------------------------------

export const ACTIONS: readonly ActionSpec[] = [
  {
    id: 'update-server',
    required: ['server', 'update'],
    optional: [],
    fields: {
      server: serverField('server', { en: 'The server to update.', sv: 'Servern som ska uppdateras.' }),
      update: {
        ...updateField,
        description: {
          en: 'The update level the server ends on: SP<n>, SP<n> RU<m> or CU<n>.',
          sv: 'Uppdateringsnivån servern hamnar på: SP<n>, SP<n> RU<m> eller CU<n>.',
        },
      },
    },
    description: {
      en: 'Install a service pack, update rollup or cumulative update on an existing server.',
      sv: 'Installera ett service pack, en samlad uppdatering (update rollup) eller en kumulativ uppdatering på en befintlig server.',
    },
    commands: [
      {
        text: 'Setup.exe /Mode:Upgrade /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
        url: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/install-cumulative-updates',
      },
    ],
    source: 'https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates',
  },
  {
    id: 'prepare-schema',
    required: ['version'],
    optional: [],
    fields: {
      version: versionField({
        en: 'The Exchange version whose media extends the schema.',
        sv: 'Exchange-versionen vars installationsmedia utökar schemat.',
      }),
    },
    description: {
      en: 'Extend the Active Directory schema with that version’s setup media.',
      sv: 'Utöka Active Directory-schemat med den versionens installationsmedia.',
    },
    commands: [
      { text: 'Setup.exe /PrepareSchema /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF', url: PREPARE_AD },
    ],
    source: PREPARE_AD,
  },
  {
    id: 'prepare-ad',
    required: ['version'],
    optional: [],
    fields: {
      version: versionField({
        en: 'The Exchange version whose media prepares Active Directory.',
        sv: 'Exchange-versionen vars installationsmedia förbereder Active Directory.',
      }),
    },
    description: {
      en: 'Prepare Active Directory and every domain for that version.',
      sv: 'Förbered Active Directory och alla domäner för den versionen.',
    },
    commands: [
      { text: 'Setup.exe /PrepareAD /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF', url: PREPARE_AD },
      { text: 'Setup.exe /PrepareAllDomains /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF', url: PREPARE_AD },
    ],
    source: PREPARE_AD,
  },
  {
    id: 'install-exchange',
    required: ['server', 'version'],
    optional: ['update', 'os', 'roles', 'hybrid'],
    fields: {
      server: serverField('new-server', { en: 'Name of the new server.', sv: 'Namnet på den nya servern.' }),
      version: versionField({ en: 'Exchange version to install.', sv: 'Exchange-versionen som installeras.' }),
      update: {
        ...updateField,
        description: {
          en: 'Update level of the setup media (e.g. CU23).',
          sv: 'Installationsmedians uppdateringsnivå (t.ex. CU23).',
        },
      },
      os: osField,
      roles: rolesField,
      hybrid: {
        kind: 'boolean',
        default: false,
        description: {
          en: 'This server is the hybrid server that the Hybrid Configuration Wizard runs against.',
          sv: 'Servern är hybridservern som guiden för hybridkonfiguration (Hybrid Configuration Wizard) körs mot.',
        },
        example: true,
      },
    },
    description: {
      en: 'Install a new Exchange server.',
      sv: 'Installera en ny Exchange-server.',
    },
    commands: [
      {
        text: 'Setup.exe /Mode:Install /Roles:Mailbox /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
        url: SETUP_SWITCHES,
      },
    ],
    source: SETUP_SWITCHES,
  },
  {
    id: 'move-client-access',
    required: ['from', 'to'],
    optional: [],
    fields: {
      from: fromField({
        en: 'The server (or list of servers) that serves clients now.',
        sv: 'Servern (eller listan av servrar) som betjänar klienterna nu.',
      }),
      to: toServerField({
        en: 'The server that takes over client access.',
        sv: 'Servern som tar över klientåtkomsten.',
      }),
    },
    description: {
      en: 'Move namespaces, URLs, certificates and Autodiscover to the new server.',
      sv: 'Flytta namnrymder, URL:er, certifikat och Autodiscover till den nya servern.',
    },
    commands: [
      cmdlet('Set-ClientAccessService', '-AutoDiscoverServiceInternalUri'),
      cmdlet('Set-OwaVirtualDirectory', '-ExternalUrl'),
      cmdlet('Set-WebServicesVirtualDirectory', '-ExternalUrl'),
      cmdlet('Set-OutlookAnywhere'),
      cmdlet('Enable-ExchangeCertificate', '-Services IIS'),
    ],
    source: CHECKLIST_2007_2013,
  },
  {
    id: 'move-transport',
    required: ['from', 'to'],
    optional: [],
    fields: {
      from: fromField({
        en: 'The server (or list of servers) that carries mail flow now.',
        sv: 'Servern (eller listan av servrar) som hanterar e-postflödet nu.',
      }),
      to: toServerField({ en: 'The server that takes over mail flow.', sv: 'Servern som tar över e-postflödet.' }),
    },
    description: {
      en: 'Move mail flow, send and receive connectors and inbound SMTP to the new server.',
      sv: 'Flytta e-postflödet, skicka- och ta emot-anslutningar och inkommande SMTP till den nya servern.',
    },
    commands: [cmdlet('Set-SendConnector', '-SourceTransportServers'), cmdlet('New-ReceiveConnector')],
    source: CHECKLIST_2007_2013,
  },
  {
    id: 'move-mailboxes',
    required: ['from', 'to'],
    optional: ['count'],
    fields: {
      from: fromField({ en: 'The server whose mailboxes move.', sv: 'Servern vars postlådor flyttas.' }),
      to: toServerOrTenantField({
        en: 'The server the mailboxes move to, or `exchange-online` for a hybrid remote move.',
        sv: 'Servern som postlådorna flyttas till, eller `exchange-online` för en fjärrflytt i en hybridmiljö.',
      }),
      count: {
        kind: 'integer',
        minimum: 1,
        description: {
          en: 'How many mailboxes this step moves; without it, all of them.',
          sv: 'Hur många postlådor steget flyttar; utan fältet flyttas alla.',
        },
        example: 100,
      },
    },
    description: {
      en: 'Move mailboxes to another server, or to Exchange Online (hybrid remote move).',
      sv: 'Flytta postlådor till en annan server, eller till Exchange Online (fjärrflytt i en hybridmiljö).',
    },
    commands: [
      cmdlet('New-MoveRequest', '-TargetDatabase'),
      cmdlet('New-MigrationBatch', '-Local'),
      cmdlet('New-MigrationBatch', '-SourceEndpoint -TargetDeliveryDomain'),
    ],
    source: HYBRID_MOVES,
  },
  {
    id: 'migrate-public-folders',
    required: ['from', 'to'],
    optional: [],
    fields: {
      from: fromField({
        en: 'The server that hosts the public folders now.',
        sv: 'Servern som har de gemensamma mapparna nu.',
      }),
      to: toServerOrTenantField({
        en: 'The server the public folders move to, or `exchange-online`.',
        sv: 'Servern som de gemensamma mapparna flyttas till, eller `exchange-online`.',
      }),
    },
    description: {
      en: 'Migrate legacy or modern public folders (batch migration).',
      sv: 'Migrera äldre eller moderna gemensamma mappar (batchmigrering).',
    },
    commands: [
      cmdlet('New-MigrationBatch', '-SourcePublicFolderDatabase'),
      cmdlet('Set-OrganizationConfig', '-PublicFoldersLockedForMigration:$true'),
      cmdlet('Complete-MigrationBatch'),
    ],
    source:
      'https://learn.microsoft.com/en-us/exchange/use-batch-migration-to-migrate-public-folders-to-exchange-2013-from-previous-versions-exchange-2013-help',
  },
  {
    id: 'decommission',
    required: ['server'],
    optional: [],
    fields: {
      server: serverField('server', { en: 'The server to uninstall.', sv: 'Servern som ska avinstalleras.' }),
    },
    description: {
      en: 'Uninstall the server from the organization.',
      sv: 'Avinstallera servern från organisationen.',
    },
    commands: [{ text: 'Setup.exe /Mode:Uninstall', url: SETUP_SWITCHES }],
    source: 'https://blogs.technet.microsoft.com/mspfe/2015/08/26/decommissioning-legacy-exchange-servers/',
  },
  {
    id: 'verify-domain',
    required: ['domain'],
    optional: [],
    fields: {
      domain: {
        kind: 'string',
        names: 'domain',
        pattern: '^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$',
        patternHint: { en: 'a domain name such as contoso.com', sv: 'ett domännamn som contoso.com' },
        description: {
          en: 'The accepted domain to verify in the tenant.',
          sv: 'Den godkända domänen som ska verifieras i klientorganisationen.',
        },
        example: 'contoso.com',
      },
    },
    description: {
      en: 'Verify an accepted domain in the Microsoft 365 tenant (TXT record).',
      sv: 'Verifiera en godkänd domän i Microsoft 365-klientorganisationen (TXT-post).',
    },
    commands: [
      {
        text: 'Microsoft 365 admin center › Settings › Domains › Add domain',
        url: 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain',
      },
    ],
    source: CUTOVER,
  },
  {
    id: 'configure-outlook-anywhere',
    required: ['server'],
    optional: ['certificate'],
    fields: {
      server: serverField('server', {
        en: 'The server that publishes Outlook Anywhere.',
        sv: 'Servern som publicerar Outlook Anywhere.',
      }),
      certificate: {
        kind: 'string',
        enum: ['trusted', 'self-signed'],
        description: {
          en: 'The certificate: `trusted` (a public CA; cutover, staged and hybrid need it) or `self-signed`.',
          sv: 'Certifikatet: `trusted` (en offentlig certifikatutfärdare; krävs för snabb migrering, stegvis migrering och hybrid) eller `self-signed`.',
        },
        example: 'trusted',
      },
    },
    description: {
      en: 'Enable Outlook Anywhere (RPC over HTTP) on TCP 443.',
      sv: 'Aktivera Outlook Anywhere (RPC över HTTP) på TCP 443.',
    },
    commands: [
      cmdlet('Enable-OutlookAnywhere'),
      cmdlet('Set-OutlookAnywhere', '-ExternalHostname'),
      cmdlet('Enable-ExchangeCertificate', '-Services IIS'),
    ],
    source: CUTOVER,
  },
  {
    id: 'grant-migration-permissions',
    required: ['account'],
    optional: [],
    fields: {
      account: {
        kind: 'string',
        names: 'account',
        description: { en: 'The migration administrator account.', sv: 'Migreringsadministratörens konto.' },
        example: 'migration-admin@contoso.com',
      },
    },
    description: {
      en: 'Give the migration administrator FullAccess on the mailboxes or Receive As on the databases.',
      sv: 'Ge migreringsadministratören FullAccess på postlådorna eller Receive As på databaserna.',
    },
    commands: [
      cmdlet('Add-MailboxPermission', '-AccessRights FullAccess'),
      cmdlet('Add-ADPermission', '-ExtendedRights Receive-As'),
    ],
    source: CUTOVER,
  },
  {
    id: 'create-migration-endpoint',
    required: [],
    optional: ['type'],
    fields: {
      type: {
        kind: 'string',
        enum: ['outlook-anywhere', 'remote-move'],
        default: 'outlook-anywhere',
        description: {
          en: '`outlook-anywhere` for cutover and staged migrations, `remote-move` (MRS proxy) for hybrid.',
          sv: '`outlook-anywhere` för snabb migrering och stegvis migrering, `remote-move` (MRS-proxy) för hybrid.',
        },
        example: 'outlook-anywhere',
      },
    },
    description: {
      en: 'Create the migration endpoint Exchange Online connects to.',
      sv: 'Skapa migreringsslutpunkten som Exchange Online ansluter till.',
    },
    commands: [
      cmdlet('New-MigrationEndpoint', '-ExchangeOutlookAnywhere | -ExchangeRemoteMove'),
      cmdlet('Test-MigrationServerAvailability'),
    ],
    source: PS + 'new-migrationendpoint',
  },
  {
    id: 'configure-directory-sync',
    required: [],
    optional: ['enabled'],
    fields: {
      enabled: {
        kind: 'boolean',
        default: true,
        description: {
          en: 'Turn directory sync on (true, the default) or off (false).',
          sv: 'Slå på katalogsynkronisering (true, standard) eller av (false).',
        },
        example: true,
      },
    },
    description: {
      en: 'Turn Microsoft Entra Connect (formerly Azure AD Connect) directory sync on or off.',
      sv: 'Slå på eller av katalogsynkronisering med Microsoft Entra Connect (tidigare Azure AD Connect).',
    },
    commands: [
      {
        text: 'Microsoft Entra Connect',
        url: 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/whatis-azure-ad-connect',
      },
    ],
    source: STAGED,
  },
  {
    id: 'run-hybrid-wizard',
    required: ['server'],
    optional: [],
    fields: {
      server: serverField('server', {
        en: 'The hybrid server the wizard configures.',
        sv: 'Hybridservern som guiden konfigurerar.',
      }),
    },
    description: {
      en: 'Run the Hybrid Configuration Wizard against a hybrid server.',
      sv: 'Kör guiden för hybridkonfiguration (Hybrid Configuration Wizard) mot en hybridserver.',
    },
    commands: [
      {
        text: 'Hybrid Configuration Wizard (https://aka.ms/HybridWizard)',
        url: 'https://learn.microsoft.com/en-us/exchange/hybrid-configuration-wizard',
      },
      cmdlet('Set-WebServicesVirtualDirectory', '-MRSProxyEnabled $true'),
    ],
    source: 'https://learn.microsoft.com/en-us/exchange/hybrid-configuration-wizard',
  },
  {
    id: 'create-migration-batch',
    required: ['batch', 'method'],
    optional: ['csv', 'mailboxes'],
    fields: {
      batch: batchField({ en: 'Name of the new migration batch.', sv: 'Namnet på den nya migreringsbatchen.' }),
      method: {
        kind: 'string',
        enum: ['cutover', 'staged', 'remote-move'],
        description: {
          en: '`cutover` (all mailboxes at once), `staged` (waves from a CSV; Exchange 2003/2007) or `remote-move` (hybrid).',
          sv: '`cutover` (snabb migrering: alla postlådor på en gång), `staged` (stegvis migrering i omgångar från en CSV-fil; Exchange 2003/2007) eller `remote-move` (hybrid).',
        },
        example: 'staged',
      },
      csv: {
        kind: 'string',
        names: 'file',
        description: {
          en: 'CSV file of the batch (EmailAddress, Password, ForceChangePassword), relative to the runbook; staged batches need it.',
          sv: 'Batchens CSV-fil (EmailAddress, Password, ForceChangePassword), relativt körboken; stegvis migrering kräver den.',
        },
        example: 'wave1.csv',
      },
      mailboxes: {
        kind: 'integer',
        minimum: 0,
        description: {
          en: 'How many mailboxes the batch holds, when there is no CSV to count.',
          sv: 'Hur många postlådor batchen omfattar, när det inte finns någon CSV-fil att räkna.',
        },
        example: 100,
      },
    },
    description: {
      en: 'Create a migration batch to Exchange Online.',
      sv: 'Skapa en migreringsbatch till Exchange Online.',
    },
    commands: [cmdlet('New-MigrationBatch', '-SourceEndpoint [-CSVData]')],
    source: PS + 'new-migrationbatch',
  },
  {
    id: 'start-migration-batch',
    required: ['batch'],
    optional: [],
    fields: { batch: batchField({ en: 'The batch to start.', sv: 'Batchen som ska startas.' }) },
    description: { en: 'Start a migration batch.', sv: 'Starta en migreringsbatch.' },
    commands: [cmdlet('Start-MigrationBatch')],
    source: PS + 'start-migrationbatch',
  },
  {
    id: 'complete-migration-batch',
    required: ['batch'],
    optional: [],
    fields: { batch: batchField({ en: 'The batch to complete.', sv: 'Batchen som ska slutföras.' }) },
    description: {
      en: 'Complete a migration batch (cutover and staged batches are removed after the MX switch).',
      sv: 'Slutför en migreringsbatch (batchar för snabb och stegvis migrering tas bort efter MX-bytet).',
    },
    commands: [cmdlet('Complete-MigrationBatch'), cmdlet('Remove-MigrationBatch')],
    source: PS + 'complete-migrationbatch',
  },
  {
    id: 'convert-to-mail-users',
    required: [],
    optional: ['batch'],
    fields: {
      batch: batchField({
        en: 'The staged batch whose mailboxes are converted.',
        sv: 'Batchen (stegvis migrering) vars postlådor konverteras.',
      }),
    },
    description: {
      en: 'Staged migration: convert migrated on-premises mailboxes to mail-enabled users.',
      sv: 'Stegvis migrering: konvertera migrerade lokala postlådor till e-postaktiverade användare.',
    },
    commands: [
      {
        text: 'ExportO365UserInfo.ps1; Exchange2007MBtoMEU.ps1 <DC FQDN>',
        url: 'https://learn.microsoft.com/en-us/exchange/mailbox-migration/perform-a-staged-migration/convert-exchange-2007-mailboxes',
      },
    ],
    source:
      'https://learn.microsoft.com/en-us/exchange/mailbox-migration/perform-a-staged-migration/convert-exchange-2007-mailboxes',
  },
  {
    id: 'assign-licenses',
    required: [],
    optional: [],
    fields: {},
    description: {
      en: 'Assign Exchange Online licences to the migrated users (within 30 days).',
      sv: 'Tilldela Exchange Online-licenser till de migrerade användarna (inom 30 dagar).',
    },
    commands: [
      {
        text: 'Microsoft 365 admin center › Users › Active users › Licenses and apps',
        url: 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/assign-licenses-to-users',
      },
    ],
    source: CUTOVER,
  },
  {
    id: 'switch-mx',
    required: [],
    optional: [],
    fields: {},
    description: {
      en: 'Point the MX record (and Autodiscover) to Microsoft 365.',
      sv: 'Peka MX-posten (och Autodiscover) mot Microsoft 365.',
    },
    commands: [
      {
        text: 'DNS: MX → <domain>.mail.protection.outlook.com; CNAME autodiscover → autodiscover.outlook.com',
        url: CUTOVER,
      },
    ],
    source: CUTOVER,
  },
  {
    id: 'reconfigure-outlook',
    required: [],
    optional: [],
    fields: {},
    description: {
      en: 'Users create new Outlook profiles for their Exchange Online mailboxes.',
      sv: 'Användarna skapar nya Outlook-profiler för sina postlådor i Exchange Online.',
    },
    commands: [],
    source: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support',
  },
  {
    id: 'custom',
    required: ['title'],
    optional: [],
    fields: {},
    description: {
      en: 'Anything else; the checker gives it no meaning.',
      sv: 'Allt annat; kontrollen tolkar inte steget.',
    },
    commands: [],
    source: 'https://learn.microsoft.com/en-us/exchange/exchange-deployment-assistant',
  },
];

export const ACTION_IDS: readonly string[] = ACTIONS.map((a) => a.id);
export const ACTIONS_BY_ID: ReadonlyMap<string, ActionSpec> = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionSpec(id: string | undefined): ActionSpec | undefined {
  return id === undefined ? undefined : ACTIONS_BY_ID.get(id);
}

/** Fields of an action that name servers (`to: exchange-online` aside). */
export function serverFieldsOf(action: string | undefined): string[] {
  const spec = actionSpec(action);
  if (!spec) return [];
  return Object.entries(spec.fields)
    .filter(([, f]) => f.names === 'server' || f.names === 'new-server' || f.names === 'server-or-tenant')
    .map(([name]) => name);
}

/** Fields of an action that name a migration batch. */
export function batchFieldsOf(action: string | undefined): string[] {
  const spec = actionSpec(action);
  if (!spec) return [];
  return Object.entries(spec.fields)
    .filter(([, f]) => f.names === 'batch')
    .map(([name]) => name);
}

// ---- fields of every step ---------------------------------------------------------------

export const STEP_FIELDS: Readonly<Record<string, FieldSpec>> = {
  action: {
    kind: 'string',
    enum: ACTION_IDS,
    description: { en: 'What the step does.', sv: 'Vad steget gör.' },
    example: 'install-exchange',
  },
  id: {
    kind: 'string',
    pattern: KEBAB_CASE,
    patternHint: {
      en: 'kebab-case: lowercase letters, digits and hyphens (e.g. move-mailboxes-1)',
      sv: 'kebab-case: gemener, siffror och bindestreck (t.ex. move-mailboxes-1)',
    },
    description: {
      en: 'Optional id, unique across the runbook, in kebab-case.',
      sv: 'Valfritt id, unikt i hela körboken, i kebab-case.',
    },
    example: 'install-ex2016',
  },
  title: {
    kind: 'string',
    description: {
      en: 'What the step is called in the checklist (required for `custom`).',
      sv: 'Stegets namn i checklistan (krävs för `custom`).',
    },
    example: 'Install the first Exchange 2016 server',
  },
  owner: {
    kind: 'string',
    description: { en: 'Who carries the step out.', sv: 'Vem som utför steget.' },
    example: 'Ana',
  },
  done: {
    kind: 'boolean',
    default: false,
    description: {
      en: 'Whether the step is done; the checklist preview toggles it.',
      sv: 'Om steget är klart; checklistans förhandsvisning växlar värdet.',
    },
    example: true,
  },
  duration: {
    kind: 'string',
    pattern: DURATION_PATTERN,
    patternHint: {
      en: 'a number followed by h, d or w (e.g. 4h, 2d, 1.5w)',
      sv: 'ett tal följt av h, d eller w (t.ex. 4h, 2d, 1.5w)',
    },
    description: {
      en: 'How long the step takes: a number followed by h (hours), d (days) or w (weeks).',
      sv: 'Hur lång tid steget tar: ett tal följt av h (timmar), d (dagar) eller w (veckor).',
    },
    example: '2h',
  },
  at: {
    kind: 'date',
    pattern: DATE_TIME_PATTERN,
    patternHint: DATE_TIME_HINT,
    description: {
      en: 'When the step starts, pinned (a maintenance window): a date-time with its offset. The schedule waits for it; the `schedule` rule reports an `at` earlier than the end of the steps before it.',
      sv: 'När steget börjar, fastlagt (ett servicefönster): en tidpunkt med tidszonsförskjutning. Schemat väntar på den; regeln `schedule` rapporterar ett `at` som ligger före slutet av stegen innan.',
    },
    example: '2026-03-28T22:00+01:00',
  },
  notes: {
    kind: 'markdown',
    description: {
      en: 'Notes in Markdown, rendered in the checklist.',
      sv: 'Anteckningar i Markdown, visas i checklistan.',
    },
    example: 'Run from the schema master’s site.',
  },
  // The execution record (docs/checklist.md): what happened to the step during the migration.
  doneAt: {
    kind: 'date',
    pattern: DATE_TIME_PATTERN,
    patternHint: DATE_TIME_HINT,
    description: {
      en: 'When the step was done: a date-time with its offset. Ticking the box in the checklist preview writes it.',
      sv: 'När steget blev klart: en tidpunkt med tidszonsförskjutning. En bock i checklistans förhandsvisning skriver den.',
    },
    example: '2026-03-28T23:40+01:00',
  },
  doneBy: {
    kind: 'string',
    description: {
      en: 'Who did the step. Ticking the box in the checklist preview writes the `exchangeRunbook.executor` setting, else git’s `user.name`, else the user signed in to the computer.',
      sv: 'Vem som utförde steget. En bock i checklistans förhandsvisning skriver inställningen `exchangeRunbook.executor`, annars gits `user.name`, annars användaren som är inloggad på datorn.',
    },
    example: 'Ana',
  },
  skipped: {
    kind: 'string',
    description: {
      en: 'Why the step is deliberately not done. A skipped step counts as settled in the progress.',
      sv: 'Varför steget medvetet inte görs. Ett överhoppat steg räknas som avklarat i förloppet.',
    },
    example: 'No public folders left after the cleanup',
  },
  evidence: {
    kind: 'textOrList',
    description: {
      en: 'What proves the step was done: ticket ids, links, notes; one text or a list of them.',
      sv: 'Det som visar att steget är gjort: ärendenummer, länkar, anteckningar; en text eller en lista av dem.',
    },
    example: 'CHG0031337',
  },
  verify: {
    kind: 'markdown',
    description: {
      en: 'How to check that the step worked, in Markdown (commands in code blocks); shown under the step in the checklist.',
      sv: 'Hur man kontrollerar att steget fungerade, i Markdown (kommandon i kodblock); visas under steget i checklistan.',
    },
    example: 'Get-ExchangeServer | Format-Table Name, AdminDisplayVersion',
  },
  rollback: {
    kind: 'markdown',
    description: {
      en: 'How to undo the step, in Markdown (commands in code blocks); shown under the step in the checklist.',
      sv: 'Hur man ångrar steget, i Markdown (kommandon i kodblock); visas under steget i checklistan.',
    },
    example: 'Point the Autodiscover record back at the old server.',
  },
};

/** Step fields in the order a step is usually written (after `action` and its own fields). */
export const COMMON_STEP_FIELDS = [
  'id',
  'title',
  'owner',
  'done',
  'duration',
  'at',
  'notes',
  'verify',
  'rollback',
  'doneAt',
  'doneBy',
  'skipped',
  'evidence',
] as const;

/**
 * Keys that start with `x-` are a team's own extensions (format 1.1): allowed on every
 * mapping, ignored by the rules, kept by every fix (fixes only ever edit what they name).
 */
export const EXTENSION_KEY_PATTERN = '^x-';

// ---- the rest of the document -----------------------------------------------------------

export interface ObjectSpec {
  description: Localized;
  required: readonly string[];
  fields: Readonly<Record<string, FieldSpec>>;
}

export const TOP_LEVEL: ObjectSpec = {
  description: {
    en: 'An Exchange migration runbook: the organization as it is, where it goes, and the phases and steps that take it there.',
    sv: 'En körbok för en Exchange-migrering: organisationen som den är, vart den ska, och faserna och stegen som tar den dit.',
  },
  required: ['runbook', 'title', 'organization', 'servers', 'target', 'phases'],
  fields: {
    runbook: {
      kind: 'integer',
      const: 1,
      description: { en: 'Format version of the runbook: the integer 1.', sv: 'Körbokens formatversion: heltalet 1.' },
      example: 1,
    },
    title: {
      kind: 'string',
      description: { en: 'Title of the runbook.', sv: 'Körbokens titel.' },
      example: 'Contoso – retire Exchange 2007',
    },
    asOf: {
      kind: 'date',
      pattern: DATE_PATTERN,
      patternHint: { en: 'a date written YYYY-MM-DD', sv: 'ett datum skrivet ÅÅÅÅ-MM-DD' },
      description: {
        en: 'The date (YYYY-MM-DD) that lifecycle rules judge against; default: today.',
        sv: 'Datumet (ÅÅÅÅ-MM-DD) som livscykelreglerna bedömer mot; standard: i dag.',
      },
      example: '2026-11-23',
    },
    schedule: {
      kind: 'object',
      description: {
        en: 'When the plan starts (`start`, a date-time with its offset); steps then follow in file order, each `duration` advancing the clock.',
        sv: 'När planen börjar (`start`, en tidpunkt med tidszonsförskjutning); stegen följer sedan i filens ordning och varje `duration` flyttar klockan framåt.',
      },
    },
    inventory: {
      kind: 'string',
      names: 'file',
      description: {
        en: 'The organization’s inventory: a file or folder of Export-Clixml files (what Get-ExchangeRunbookInventory.ps1 writes), relative to the runbook; `inventory-drift` compares `organization` and `servers` with it.',
        sv: 'Organisationens inventering: en fil eller mapp med Export-Clixml-filer (det Get-ExchangeRunbookInventory.ps1 skriver), relativt körboken; `inventory-drift` jämför `organization` och `servers` med den.',
      },
      example: 'inventory',
    },
    organization: {
      kind: 'object',
      description: {
        en: 'The Exchange organization at the start of the runbook.',
        sv: 'Exchange-organisationen när körboken börjar.',
      },
    },
    servers: {
      kind: 'objectList',
      description: {
        en: 'The Exchange servers at the start (may be empty).',
        sv: 'Exchange-servrarna vid start (kan vara tom).',
      },
    },
    target: {
      kind: 'object',
      description: {
        en: 'Where the organization ends: on-premises (a version) or Exchange Online (a method).',
        sv: 'Var organisationen hamnar: lokalt (en version) eller Exchange Online (en metod).',
      },
    },
    phases: {
      kind: 'objectList',
      minItems: 1,
      description: {
        en: 'The phases of the migration, in order; at least one.',
        sv: 'Migreringens faser, i ordning; minst en.',
      },
    },
  },
};

export const ORGANIZATION: ObjectSpec = {
  description: TOP_LEVEL.fields.organization.description,
  required: ['name', 'mailboxes'],
  fields: {
    name: {
      kind: 'string',
      description: { en: 'Name of the organization.', sv: 'Organisationens namn.' },
      example: 'Contoso',
    },
    mailboxes: {
      kind: 'integer',
      minimum: 0,
      description: { en: 'Mailboxes (seats) in scope.', sv: 'Postlådor (licensplatser) som omfattas.' },
      example: 420,
    },
    publicFolders: {
      kind: 'boolean',
      default: false,
      description: { en: 'The organization has public folders.', sv: 'Organisationen har gemensamma mappar.' },
      example: true,
    },
    forestFunctionalLevel: {
      kind: 'string',
      enum: FOREST_LEVELS,
      description: { en: 'Active Directory forest functional level.', sv: 'Active Directory-skogens funktionsnivå.' },
      example: '2008R2',
    },
    outlookClients: {
      kind: 'stringList',
      enum: OUTLOOK_VERSIONS,
      description: { en: 'Outlook versions in use.', sv: 'Outlook-versioner som används.' },
      example: ['2016'],
    },
    domains: {
      kind: 'stringList',
      pattern: '^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$',
      patternHint: { en: 'a domain name such as contoso.com', sv: 'ett domännamn som contoso.com' },
      names: 'domain',
      description: {
        en: 'Accepted domains to be verified in the tenant.',
        sv: 'Godkända domäner som ska verifieras i klientorganisationen.',
      },
      example: ['contoso.com'],
    },
    directorySync: {
      kind: 'boolean',
      default: false,
      description: { en: 'Directory sync is running at the start.', sv: 'Katalogsynkronisering är igång vid start.' },
      example: false,
    },
  },
};

export const SCHEDULE: ObjectSpec = {
  description: TOP_LEVEL.fields.schedule.description,
  required: ['start'],
  fields: {
    start: {
      kind: 'date',
      pattern: DATE_TIME_PATTERN,
      patternHint: DATE_TIME_HINT,
      description: {
        en: 'When the first step starts: a date-time with its offset (kept as written; 2026-03-28T09:00+01:00).',
        sv: 'När det första steget börjar: en tidpunkt med tidszonsförskjutning (behålls som den skrivs; 2026-03-28T09:00+01:00).',
      },
      example: '2026-03-28T09:00+01:00',
    },
  },
};

export const SERVER: ObjectSpec = {
  description: { en: 'An Exchange server present at the start.', sv: 'En Exchange-server som finns vid start.' },
  required: ['name', 'version'],
  fields: {
    name: serverField('new-server', {
      en: "Server name, unique: letters, digits, '-', '_' and '.'.",
      sv: "Servernamn, unikt: bokstäver, siffror, '-', '_' och '.'.",
    }),
    version: versionField({ en: 'Exchange version of the server.', sv: 'Serverns Exchange-version.' }),
    update: updateField,
    os: osField,
    roles: rolesField,
    mailboxes: {
      kind: 'integer',
      minimum: 0,
      description: {
        en: 'Mailboxes hosted; default: organization.mailboxes spread over the mailbox servers.',
        sv: 'Postlådor på servern; standard: organization.mailboxes fördelade på postlådeservrarna.',
      },
      example: 300,
    },
    publicFolders: {
      kind: 'boolean',
      default: false,
      description: {
        en: 'The server hosts public-folder databases.',
        sv: 'Servern har databaser för gemensamma mappar.',
      },
      example: true,
    },
  },
};

export const TARGET: ObjectSpec = {
  description: TOP_LEVEL.fields.target.description,
  required: ['platform'],
  fields: {
    platform: {
      kind: 'string',
      enum: ['on-premises', 'exchange-online'],
      description: { en: '`on-premises` or `exchange-online`.', sv: '`on-premises` (lokalt) eller `exchange-online`.' },
      example: 'on-premises',
    },
    version: versionField({
      en: 'On-premises: the Exchange version the organization ends on.',
      sv: 'Lokalt: Exchange-versionen som organisationen hamnar på.',
    }),
    method: {
      kind: 'string',
      enum: ['cutover', 'staged', 'hybrid'],
      description: {
        en: 'Exchange Online: `cutover` (all at once), `staged` (waves; Exchange 2003/2007) or `hybrid` (full hybrid).',
        sv: 'Exchange Online: `cutover` (snabb migrering), `staged` (stegvis migrering; Exchange 2003/2007) eller `hybrid` (fullständig hybridmigrering).',
      },
      example: 'hybrid',
    },
  },
};

export const PHASE: ObjectSpec = {
  description: { en: 'A phase: a titled group of steps.', sv: 'En fas: en namngiven grupp av steg.' },
  required: ['id', 'title', 'steps'],
  fields: {
    id: {
      ...STEP_FIELDS.id,
      description: {
        en: 'Phase id, unique across the runbook, in kebab-case.',
        sv: 'Fasens id, unikt i hela körboken, i kebab-case.',
      },
      example: 'prepare',
    },
    title: {
      kind: 'string',
      description: { en: 'Title of the phase.', sv: 'Fasens titel.' },
      example: 'Prepare Active Directory',
    },
    steps: {
      kind: 'objectList',
      minItems: 1,
      description: { en: 'The steps of the phase, in order; at least one.', sv: 'Fasens steg, i ordning; minst ett.' },
    },
  },
};

/** The runbook's objects other than steps, by their kind: completion and the schema check's error paths look them up here. */
export const OBJECT_SPECS = {
  top: TOP_LEVEL,
  organization: ORGANIZATION,
  schedule: SCHEDULE,
  target: TARGET,
  server: SERVER,
  phase: PHASE,
} as const satisfies Record<string, ObjectSpec>;

export type ObjectKind = keyof typeof OBJECT_SPECS;
