// Turns a decision into the runbook text (and the staged CSV templates): the phases and
// steps Microsoft's procedures prescribe for the chosen path, with the cmdlets to run and
// the pages that explain them, in the runbook format (schemas/runbook.schema.json).
import { licenceSwitch, listText, LINKS, prepareLink, procedureText } from '../knowledge/procedures';
import { PLATFORM } from '../knowledge/platform';
import { SOURCES, STAGED } from '../knowledge/online';
import { ExchangeVersion, ServerRole, VERSION_FACTS, versionRank } from '../knowledge/versions';
import type { Locale } from '../types';
import { Decision, Hop, OnlinePlan, OnPremisesPlan, sortVersions } from './decide';
import { methodName, say, targetName, versionList, yesNo } from './text';
import { Answers, CsvTemplate, GeneratedRunbook, Recommendation } from './types';
import { commentLines, renderPhases, yamlString, YamlPhase, YamlStep, YamlValue } from './yaml';

/** Mailboxes per staged wave: below the 2,000 rows a CSV may hold, small enough to run a wave in a few days. */
export const STAGED_WAVE_SIZE = 1000;
/** Mailboxes per hybrid remote-move wave after the pilot. */
export const HYBRID_WAVE_SIZE = 1000;
/** Mailboxes in the hybrid pilot wave. */
export const HYBRID_PILOT = 20;

const HEALTH_CHECKER = 'https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/';
const CONNECTIVITY_ANALYZER = 'https://testconnectivity.microsoft.com';
const TENANT_DNS = 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain';
const ENTRA_CONNECT = 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/whatis-azure-ad-connect';
const LICENSES = 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/assign-licenses-to-users';
const HYBRID_APP = 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment/deploy-dedicated-hybrid-app';
const REQ_2010 =
  'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/aa996719(v=exchg.141)';
const RGC = 'https://learn.microsoft.com/powershell/module/exchangepowershell/remove-routinggroupconnector';
const SE_UPGRADE =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se';

interface Server {
  name: string;
  version: ExchangeVersion;
  update: string;
  os: string;
  roles: ServerRole[];
  mailboxes: number;
  publicFolders: boolean;
  hybrid: boolean;
  /** False for an inventory server known only by AdminDisplayVersion: its RU/SU is unknown. */
  updateExact?: boolean;
}

// ---- names -----------------------------------------------------------------------------

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss');
}

/** `Tailspin Toys` → `TT`, `Fabrikam` → `FAB`: the prefix of the organization's server names. */
export function serverPrefix(name: string): string {
  const words = fold(name)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return 'EX';
  const prefix =
    words.length > 1
      ? words
          .slice(0, 4)
          .map((w) => w[0])
          .join('')
      : words[0].slice(0, 3);
  return prefix.toUpperCase();
}

/** `Tailspin Toys` → `tailspin-toys`: file names. */
export function slugOf(name: string): string {
  const slug = fold(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'exchange';
}

function shortVersion(version: ExchangeVersion): string {
  return version === 'SE' ? 'SE' : version.slice(2);
}

/** The Windows Server a new server of this version goes on: the newest the version supports. */
function osFor(version: ExchangeVersion): string {
  const list = PLATFORM[version]?.os;
  return list && list.length > 0 ? list[list.length - 1].os : '2008R2';
}

/** Windows Server of the servers already there: what each version typically ran on. */
const LISTED_OS: Record<ExchangeVersion, string> = {
  '2003': '2003',
  '2007': '2008',
  '2010': '2008R2',
  '2013': '2012R2',
  '2016': '2016',
  '2019': '2019',
  SE: '2022',
};

function rolesFor(version: ExchangeVersion): ServerRole[] {
  return [...VERSION_FACTS[version].defaultRoles];
}

// ---- the builder -----------------------------------------------------------------------

class RunbookBuilder {
  readonly phases: YamlPhase[] = [];
  readonly servers: Server[] = [];
  private readonly used = new Set<string>();
  private readonly phaseIds = new Set<string>();
  private current?: YamlPhase;

  constructor(
    readonly answers: Answers,
    readonly locale: Locale,
    readonly prefix: string,
  ) {}

  t(id: string, args: Record<string, string | number> = {}): string {
    return say(this.locale, id, args);
  }

  p(id: Parameters<typeof procedureText>[1], args: Record<string, string | number> = {}): string {
    return procedureText(this.locale, id, args);
  }

  uniqueName(base: string): string {
    let name = base;
    for (let i = 2; this.used.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    this.used.add(name.toLowerCase());
    return name;
  }

  addListed(server: Server): void {
    this.used.add(server.name.toLowerCase());
    this.servers.push(server);
  }

  present(): Server[] {
    return this.servers;
  }

  phase(id: string, title: string): YamlPhase {
    let unique = id;
    for (let i = 2; this.phaseIds.has(unique); i++) unique = `${id}-${i}`;
    this.phaseIds.add(unique);
    this.current = { id: unique, title, steps: [] };
    this.phases.push(this.current);
    return this.current;
  }

  step(
    action: string,
    fields: [string, YamlValue][],
    extra: { title?: string; duration?: string; notes?: string } = {},
  ): void {
    if (!this.current) throw new Error('step outside a phase');
    this.current.steps.push({ action, fields, ...extra });
  }

  decommission(server: Server): void {
    this.servers.splice(this.servers.indexOf(server), 1);
    this.step('decommission', [['server', server.name]], {
      title: this.p('decommission.title', { server: server.name }),
      duration: '4h',
      notes:
        this.p('decommission.notes', {
          order: server.version === '2007' ? this.p('decommission.order2007') : '',
          link: LINKS.decommission,
        }) +
        (server.version === '2003' && this.servers.some((s) => s.version === '2010')
          ? '\n' + this.t('notes.routingGroups', { link: RGC })
          : ''),
    });
  }
}

// ---- durations ---------------------------------------------------------------------------

function weeksFor(mailboxes: number): string {
  return `${Math.min(8, Math.max(1, Math.ceil(mailboxes / 1000)))}w`;
}

// ---- shared pieces -----------------------------------------------------------------------

function listSources(b: RunbookBuilder): void {
  const { answers } = b;
  if (answers.inventory) {
    // The real servers, as the inventory has them (docs/inventory.md): nothing invented.
    for (const s of answers.inventory.servers) {
      b.addListed({
        name: s.name,
        version: s.version,
        update: s.update ?? '',
        os: s.os ?? '',
        roles: s.roles.length > 0 ? [...s.roles] : rolesFor(s.version),
        mailboxes: s.mailboxes ?? 0,
        publicFolders: s.publicFolders ?? false,
        hybrid: false,
        updateExact: s.updateExact ?? true,
      });
    }
    return;
  }
  const sources = sortVersions(answers.sources);
  const share = Math.floor(answers.mailboxes / sources.length);
  let remainder = answers.mailboxes - share * sources.length;
  sources.forEach((version, i) => {
    const extra = remainder > 0 ? 1 : 0;
    remainder -= extra;
    // A 2019 server next to 2013 stays at CU14: 2019 CU15 Setup no longer accepts Exchange 2013 (../knowledge/coexistence.ts).
    const update = version === '2019' && sources.includes('2013') ? 'CU14' : VERSION_FACTS[version].latestUpdate;
    b.addListed({
      name: b.uniqueName(`${b.prefix}-EX${shortVersion(version)}`),
      version,
      update,
      os: LISTED_OS[version],
      roles: rolesFor(version),
      mailboxes: share + extra,
      // Public folders live on the oldest server: where legacy folders were created.
      publicFolders: answers.publicFolders && i === 0,
      hybrid: false,
    });
  });
}

function installUpdate(b: RunbookBuilder, version: ExchangeVersion): string {
  if (version === '2019' && b.present().some((s) => s.version === '2013')) return 'CU14';
  return VERSION_FACTS[version].latestUpdate;
}

function rolesText(b: RunbookBuilder, roles: ServerRole[]): string {
  return listText(
    b.locale,
    roles.map((r) => b.p(`roles.${r}` as Parameters<typeof procedureText>[1])),
  );
}

/** prepare-schema, prepare-ad and install-exchange of a new server; returns it. */
function bringIn(b: RunbookBuilder, version: ExchangeVersion, hybrid: boolean): Server {
  const base = hybrid ? `${b.prefix}-HYB${shortVersion(version)}` : `${b.prefix}-EX${shortVersion(version)}-01`;
  const server: Server = {
    name: b.uniqueName(base),
    version,
    update: installUpdate(b, version),
    os: osFor(version),
    roles: rolesFor(version),
    mailboxes: 0,
    publicFolders: false,
    hybrid,
  };
  const licence = licenceSwitch(version);
  b.step('prepare-schema', [['version', version]], {
    title: b.p('prepare-schema.title', { version }),
    duration: '2h',
    notes: b.p('prepare-schema.notes', { version, licence, link: prepareLink(version) }),
  });
  b.step('prepare-ad', [['version', version]], {
    title: b.p('prepare-ad.title', { version }),
    duration: '2h',
    notes: b.p('prepare-ad.notes', { licence, link: prepareLink(version) }),
  });
  const fields: [string, YamlValue][] = [
    ['server', server.name],
    ['version', version],
    ['update', server.update],
    ['os', server.os],
    ['roles', server.roles],
  ];
  if (hybrid) fields.push(['hybrid', true]);
  let notes = b.p('install-exchange.notes', {
    version,
    update: server.update,
    roles: rolesText(b, server.roles),
    os: server.os,
    checklist: LINKS.checklist2013,
    requirements: LINKS.systemRequirements,
  });
  if (hybrid) notes += '\n' + b.t('notes.hybridServer', { link: SOURCES.hybridPrerequisites });
  if (version === 'SE') notes += '\n' + b.t('notes.se', { link: SE_UPGRADE });
  if (version === '2019' && server.update === 'CU14') notes += '\n' + b.t('notes.cu14');
  if (version === '2010' && b.present().some((s) => s.version === '2003'))
    notes += '\n' + b.t('notes.nativeMode', { link: REQ_2010 });
  b.step('install-exchange', fields, {
    title: b.p('install-exchange.title', { version, update: server.update, server: server.name }),
    duration: '1d',
    notes,
  });
  b.servers.push(server);
  return server;
}

/** Moves client access, mail flow, mailboxes and public folders from `from` onto `to`. */
function moveEverything(b: RunbookBuilder, from: Server[], to: Server, options: { hybridOnly?: boolean } = {}): void {
  const names = from.map((s) => s.name);
  const fromValue: YamlValue = names.length === 1 ? names[0] : names;
  const fromText = listText(b.locale, names);
  const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
  b.step(
    'move-client-access',
    [
      ['from', fromValue],
      ['to', to.name],
    ],
    {
      title: b.p('move-client-access.title', { from: fromText, to: to.name }),
      duration: '1d',
      notes: legacy
        ? b.p('move-client-access.notes', {
            to: to.name,
            outlookAnywhere: LINKS.outlookAnywhere2013,
            certificates: LINKS.certificates2013,
          })
        : b.p('move-client-access.modern', { to: to.name, certificates: LINKS.certificates2013 }),
    },
  );
  b.step(
    'move-transport',
    [
      ['from', fromValue],
      ['to', to.name],
    ],
    {
      title: b.p('move-transport.title', { from: fromText, to: to.name }),
      duration: '4h',
      notes: b.p('move-transport.notes', { from: fromText, to: to.name, checklist: LINKS.checklist2013 }),
    },
  );
  const withMailboxes = from.filter((s) => s.mailboxes > 0);
  const moved = withMailboxes.reduce((sum, s) => sum + s.mailboxes, 0);
  const arbitration = versionRank(to.version) >= versionRank('2013') ? b.p('move-mailboxes.arbitration') : '';
  if (withMailboxes.length > 0) {
    const mbxNames = withMailboxes.map((s) => s.name);
    b.step(
      'move-mailboxes',
      [
        ['from', mbxNames.length === 1 ? mbxNames[0] : mbxNames],
        ['to', to.name],
      ],
      {
        title: b.t('title.moveMailboxes', { count: moved, from: listText(b.locale, mbxNames), to: to.name }),
        duration: weeksFor(moved),
        notes: b.p('move-mailboxes.notes', { arbitration, link: LINKS.newMoveRequest }),
      },
    );
  } else if (options.hybridOnly && from.some((s) => versionRank(s.version) >= versionRank('2010'))) {
    // Every user mailbox is in Exchange Online by now; the system mailboxes still live here.
    b.step(
      'move-mailboxes',
      [
        ['from', fromValue],
        ['to', to.name],
      ],
      {
        title: b.t('title.moveSystemMailboxes', { from: fromText, to: to.name }),
        duration: '4h',
        notes: b.t('notes.moveSystemMailboxes', { link: LINKS.newMoveRequest }),
      },
    );
  }
  to.mailboxes += moved;
  for (const s of withMailboxes) s.mailboxes = 0;
  const withFolders = from.filter((s) => s.publicFolders);
  if (withFolders.length > 0) {
    const pfNames = withFolders.map((s) => s.name);
    const legacyFolders = withFolders.some((s) => versionRank(s.version) < versionRank('2013'));
    const modernTarget = versionRank(to.version) >= versionRank('2013');
    let notes: string;
    if (legacyFolders && modernTarget)
      notes = b.p('migrate-public-folders.legacy', { link: LINKS.legacyPublicFolders });
    else if (legacyFolders) notes = b.t('notes.pfReplicate', { to: to.name });
    else
      notes = b.p('migrate-public-folders.modern', {
        from: listText(b.locale, pfNames),
        link: LINKS.modernPublicFolders,
      });
    b.step(
      'migrate-public-folders',
      [
        ['from', pfNames.length === 1 ? pfNames[0] : pfNames],
        ['to', to.name],
      ],
      {
        title: b.p('migrate-public-folders.title', { from: listText(b.locale, pfNames), to: to.name }),
        duration: legacyFolders ? '3d' : '1d',
        notes,
      },
    );
    for (const s of withFolders) s.publicFolders = false;
    to.publicFolders = true;
  }
}

function checkPhase(b: RunbookBuilder, highest: ExchangeVersion | undefined, online: boolean, hybrid: boolean): void {
  b.phase('check', b.t('phase.check'));
  const lines = [b.t('notes.check.inventory', { link: HEALTH_CHECKER })];
  if (highest && PLATFORM[highest]) {
    const platform = PLATFORM[highest]!;
    lines.push(
      b.t('notes.check.platform', {
        version: highest,
        forest: platform.minForestLevel,
        outlook: platform.minOutlook,
        link: LINKS.systemRequirements,
      }),
    );
  }
  if (online) lines.push(b.t('notes.check.online', { link: CONNECTIVITY_ANALYZER }));
  if (hybrid) lines.push(b.t('notes.check.hybrid', { link: SOURCES.hybridPrerequisites }));
  b.step('custom', [], { title: b.t('title.check'), duration: '4h', notes: lines.join('\n') });
}

/** The on-premises hops (also used to keep a supported server after a hybrid migration). */
function runHops(b: RunbookBuilder, hops: Hop[], hybrid: boolean): void {
  for (const hop of hops) {
    if (hop.kind === 'consolidate') {
      const onto = b
        .present()
        .filter((s) => s.version === hop.onto)
        .pop()!;
      const from = b.present().filter((s) => hop.from.includes(s.version));
      b.phase(
        `consolidate-on-${hop.onto.toLowerCase()}`,
        b.t('phase.consolidate', { older: versionList(b.locale, hop.from), onto: hop.onto }),
      );
      moveEverything(b, from, onto, { hybridOnly: hybrid });
      for (const s of from) b.decommission(s);
      continue;
    }
    const old = [...b.present()];
    const oldVersions = sortVersions(old.map((s) => s.version));
    const oldText = versionList(b.locale, oldVersions);
    b.phase(
      `bring-in-${hop.version.toLowerCase()}`,
      b.p('phase.transition.install', { version: hop.version, old: oldText }),
    );
    const server = bringIn(b, hop.version, hybrid);
    b.phase(
      `move-to-${hop.version.toLowerCase()}`,
      b.p('phase.transition.move', { version: hop.version, old: oldText }),
    );
    moveEverything(b, old, server, { hybridOnly: hybrid });
    if (hybrid) {
      b.step('run-hybrid-wizard', [['server', server.name]], {
        title: b.t('title.rerunWizard', { server: server.name }),
        duration: '4h',
        notes: b.t('notes.rerunWizard', { server: server.name, link: SOURCES.hybridWizard }),
      });
    }
    b.phase(
      `retire-${oldVersions.map((v) => v.toLowerCase()).join('-')}`,
      b.p('phase.transition.retire', { old: oldText }),
    );
    for (const s of old) b.decommission(s);
  }
}

// ---- on premises -------------------------------------------------------------------------

function onPremises(b: RunbookBuilder, plan: OnPremisesPlan): void {
  const highest = [...plan.hops].reverse().find((h) => h.kind === 'install') as
    Extract<Hop, { kind: 'install' }> | undefined;
  checkPhase(b, highest?.version ?? plan.target, false, false);
  runHops(b, plan.hops, false);
}

// ---- Exchange Online ---------------------------------------------------------------------

function migrationAccount(b: RunbookBuilder): string {
  return `migration-admin@${b.answers.domain.toLowerCase()}`;
}

function tenantSteps(b: RunbookBuilder, method: OnlinePlan['method']): void {
  // Every accepted domain an inventory lists is verified, not only the primary one.
  const domains = b.answers.inventory?.domains?.length ? b.answers.inventory.domains : [b.answers.domain.toLowerCase()];
  for (const domain of domains) {
    b.step('verify-domain', [['domain', domain]], {
      title: b.t('title.verifyDomain', { domain }),
      duration: '4h',
      notes: b.t('notes.verifyDomain', { domain, link: TENANT_DNS }),
    });
  }
  if (method === 'cutover') {
    b.step('configure-directory-sync', [['enabled', false]], {
      title: b.t('title.syncOff'),
      duration: '1h',
      notes: b.t('notes.syncOff', { link: SOURCES.cutover }),
    });
  } else {
    b.step('configure-directory-sync', [['enabled', true]], {
      title: b.t('title.syncOn'),
      duration: '1d',
      notes: b.t(method === 'staged' ? 'notes.syncOn.staged' : 'notes.syncOn.hybrid', {
        link: ENTRA_CONNECT,
        rename: SOURCES.entraConnectName,
      }),
    });
  }
  b.step('grant-migration-permissions', [['account', migrationAccount(b)]], {
    title: b.t('title.permissions', { account: migrationAccount(b) }),
    duration: '1h',
    notes: b.t(
      method === 'staged'
        ? 'notes.permissions.staged'
        : method === 'hybrid'
          ? 'notes.permissions.hybrid'
          : 'notes.permissions.cutover',
      {
        account: migrationAccount(b),
        link:
          method === 'staged'
            ? SOURCES.stagedPerform
            : method === 'hybrid'
              ? SOURCES.hybridMoveMailboxes
              : SOURCES.cutover,
      },
    ),
  });
}

function outlookAnywhereSteps(b: RunbookBuilder, method: 'cutover' | 'staged'): void {
  b.step('custom', [], {
    title: b.t('title.prepareMailboxes'),
    duration: '4h',
    notes: b.t(method === 'cutover' ? 'notes.prepareMailboxes.cutover' : 'notes.prepareMailboxes.staged', {
      link: method === 'cutover' ? SOURCES.cutover : SOURCES.stagedPerform,
    }),
  });
  for (const server of b.present()) {
    b.step(
      'configure-outlook-anywhere',
      [
        ['server', server.name],
        ['certificate', 'trusted'],
      ],
      {
        title: b.t('title.outlookAnywhere', { server: server.name }),
        duration: '2h',
        notes: b.t(
          versionRank(server.version) >= versionRank('2013')
            ? 'notes.outlookAnywhere.modern'
            : server.version === '2003'
              ? 'notes.outlookAnywhere.2003'
              : 'notes.outlookAnywhere.legacy',
          {
            server: server.name,
            analyzer: CONNECTIVITY_ANALYZER,
            link: SOURCES.cutover,
          },
        ),
      },
    );
  }
}

function endpointStep(b: RunbookBuilder, type: 'outlook-anywhere' | 'remote-move', hybridServer?: string): void {
  b.step('create-migration-endpoint', [['type', type]], {
    title: b.t(type === 'remote-move' ? 'title.endpoint.remoteMove' : 'title.endpoint.outlookAnywhere'),
    duration: '1h',
    notes: b.t(type === 'remote-move' ? 'notes.endpoint.remoteMove' : 'notes.endpoint.outlookAnywhere', {
      account: migrationAccount(b),
      server: hybridServer ?? '',
      domain: b.answers.domain.toLowerCase(),
      link: type === 'remote-move' ? SOURCES.hybridMoveMailboxes : SOURCES.cutover,
    }),
  });
}

function switchMx(b: RunbookBuilder, method: OnlinePlan['method']): void {
  const domain = b.answers.domain.toLowerCase();
  b.step('switch-mx', [], {
    title: b.t('title.switchMx'),
    duration: method === 'hybrid' ? '1d' : '3d',
    notes: b.t(method === 'hybrid' ? 'notes.switchMx.hybrid' : 'notes.switchMx', {
      mx: `${domain.replace(/\./g, '-')}.mail.protection.outlook.com`,
      link: method === 'hybrid' ? SOURCES.hybridWizard : SOURCES.cutover,
    }),
  });
}

function licenses(b: RunbookBuilder): void {
  b.step('assign-licenses', [], {
    title: b.t('title.licenses'),
    duration: '2h',
    notes: b.t('notes.licenses', { link: LICENSES }),
  });
}

/** Public folders to Exchange Online, through an Exchange 2010+ server when they are on 2003/2007. */
function publicFoldersOnline(b: RunbookBuilder, staging: Server | undefined): void {
  const holders = b.present().filter((s) => s.publicFolders);
  if (holders.length === 0) return;
  b.phase('public-folders', b.t('phase.publicFolders'));
  let sources = holders;
  const legacy = holders.filter((s) => versionRank(s.version) < versionRank('2010'));
  if (legacy.length > 0 && staging) {
    const modern = versionRank(staging.version) >= versionRank('2013');
    const names = legacy.map((s) => s.name);
    b.step(
      'migrate-public-folders',
      [
        ['from', names.length === 1 ? names[0] : names],
        ['to', staging.name],
      ],
      {
        title: b.p('migrate-public-folders.title', { from: listText(b.locale, names), to: staging.name }),
        duration: '3d',
        notes:
          (modern
            ? b.p('migrate-public-folders.legacy', { link: LINKS.legacyPublicFolders })
            : b.t('notes.pfReplicate', { to: staging.name })) +
          '\n' +
          b.t('notes.pfStaging', { link: SOURCES.publicFoldersToOnline }),
      },
    );
    for (const s of legacy) s.publicFolders = false;
    staging.publicFolders = true;
    sources = b.present().filter((s) => s.publicFolders);
  }
  for (const s of sources) {
    b.step(
      'migrate-public-folders',
      [
        ['from', s.name],
        ['to', 'exchange-online'],
      ],
      {
        title: b.t('title.pfOnline', { from: s.name }),
        duration: '1w',
        notes: b.t(versionRank(s.version) >= versionRank('2013') ? 'notes.pfOnline.modern' : 'notes.pfOnline.legacy', {
          server: s.name,
          link: SOURCES.publicFoldersToOnline,
        }),
      },
    );
    s.publicFolders = false;
  }
}

function retireAll(b: RunbookBuilder, titleId: string, notesId?: string): void {
  b.phase('retire', b.t(titleId));
  const order = [...b.present()].sort(
    (x, y) => Number(x.hybrid) - Number(y.hybrid) || versionRank(x.version) - versionRank(y.version),
  );
  order.forEach((s, i) => {
    b.decommission(s);
    if (notesId && i === order.length - 1) {
      const steps = b.phases[b.phases.length - 1].steps;
      const step = steps[steps.length - 1];
      step.notes = `${step.notes}\n${b.t(notesId, { link: SOURCES.roadmap2010 })}`;
    }
  });
}

function cutover(b: RunbookBuilder, plan: OnlinePlan): CsvTemplate[] {
  void plan;
  const n = b.answers.mailboxes;
  b.phase('prepare', b.t('phase.prepare.cutover'));
  outlookAnywhereSteps(b, 'cutover');
  tenantSteps(b, 'cutover');
  endpointStep(b, 'outlook-anywhere');
  b.phase('migrate', b.t('phase.migrate.cutover'));
  const batch = 'cutover-all';
  b.step(
    'create-migration-batch',
    [
      ['batch', batch],
      ['method', 'cutover'],
    ],
    {
      title: b.t('title.batch.cutover', { count: n }),
      duration: '1h',
      notes: b.t('notes.batch.cutover', { batch, link: SOURCES.newMigrationBatch }),
    },
  );
  b.step('start-migration-batch', [['batch', batch]], {
    title: b.t('title.startBatch', { batch }),
    duration: n > 150 ? '3d' : '2d',
    notes: b.t('notes.startBatch', { batch, link: SOURCES.cutover }),
  });
  switchMx(b, 'cutover');
  b.step('complete-migration-batch', [['batch', batch]], {
    title: b.t('title.removeBatch', { batch }),
    duration: '1h',
    notes: b.t('notes.removeBatch', { batch, link: SOURCES.cutover }),
  });
  licenses(b);
  b.step('reconfigure-outlook', [], {
    title: b.t('title.outlook'),
    duration: '4h',
    notes: b.t('notes.outlook.cutover', { link: SOURCES.roadmap2007 }),
  });
  publicFoldersOnline(b, stagingServer(b));
  retireAll(b, 'phase.retire.online');
  return [];
}

/** The newest Exchange 2010+ server already there, to take legacy public folders on their way. */
function stagingServer(b: RunbookBuilder): Server | undefined {
  return [...b.present()]
    .filter((s) => versionRank(s.version) >= versionRank('2010'))
    .sort((x, y) => versionRank(y.version) - versionRank(x.version))[0];
}

/** Placeholder rows a person replaces: unique addresses, passwords of 12 characters, True. */
export function csvTemplate(path: string, domain: string, first: number, rows: number): CsvTemplate {
  const lines = [STAGED.columns.map((c) => c.name).join(',')];
  for (let i = first; i < first + rows; i++) {
    const id = String(i).padStart(4, '0');
    lines.push(`user${id}@${domain},Replace-${id}!,True`);
  }
  return { path, content: lines.join('\n') + '\n', rows };
}

/** Split `total` into `parts` near-equal counts. */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

function staged(b: RunbookBuilder, slug: string): CsvTemplate[] {
  const n = b.answers.mailboxes;
  const domain = b.answers.domain.toLowerCase();
  b.phase('prepare', b.t('phase.prepare.staged'));
  outlookAnywhereSteps(b, 'staged');
  tenantSteps(b, 'staged');
  endpointStep(b, 'outlook-anywhere');
  const waves = n < 2 ? 1 : Math.max(2, Math.ceil(n / STAGED_WAVE_SIZE));
  const counts = split(n, waves);
  const csvFiles: CsvTemplate[] = [];
  let first = 1;
  counts.forEach((count, i) => {
    const wave = i + 1;
    const batch = `wave-${wave}`;
    const csv = csvTemplate(`${slug}-wave${wave}.csv`, domain, first, count);
    first += count;
    csvFiles.push(csv);
    b.phase(batch, b.t('phase.wave', { wave, count }));
    b.step(
      'create-migration-batch',
      [
        ['batch', batch],
        ['method', 'staged'],
        ['csv', csv.path],
      ],
      {
        title: b.t('title.batch.staged', { wave, count, csv: csv.path }),
        duration: '1h',
        notes: b.t('notes.batch.staged', { batch, csv: csv.path, link: SOURCES.csvFiles, rows: STAGED.maxCsvRows }),
      },
    );
    b.step('start-migration-batch', [['batch', batch]], {
      title: b.t('title.startBatch', { batch }),
      duration: count > 500 ? '4d' : '3d',
      notes: b.t('notes.startBatch.staged', { batch, link: SOURCES.stagedPerform }),
    });
    b.step('convert-to-mail-users', [['batch', batch]], {
      title: b.t('title.convert', { batch }),
      duration: '2h',
      notes: b.t('notes.convert', { link: SOURCES.convertToMailUsers }),
    });
  });
  b.phase('finish', b.t('phase.finish.staged'));
  switchMx(b, 'staged');
  for (let wave = 1; wave <= waves; wave++) {
    const batch = `wave-${wave}`;
    b.step('complete-migration-batch', [['batch', batch]], {
      title: b.t('title.removeBatch', { batch }),
      duration: '1h',
      notes: b.t('notes.removeBatch', { batch, link: SOURCES.stagedPerform }),
    });
  }
  licenses(b);
  b.step('reconfigure-outlook', [], {
    title: b.t('title.outlook'),
    duration: '4h',
    notes: b.t('notes.outlook.staged', { link: SOURCES.stagedPerform }),
  });
  // Staged migration is refused for organizations with public folders (they need a 2010+ server to pass through).
  retireAll(b, 'phase.retire.online');
  return csvFiles;
}

function hybrid(b: RunbookBuilder, plan: OnlinePlan): CsvTemplate[] {
  const n = b.answers.mailboxes;
  const hybridPlan = plan.hybridServer!;
  b.phase(
    'hybrid-server',
    b.t(hybridPlan.install ? 'phase.hybridServer.install' : 'phase.hybridServer.existing', {
      version: hybridPlan.version,
    }),
  );
  let server: Server;
  if (hybridPlan.install) server = bringIn(b, hybridPlan.version, true);
  else {
    server = [...b.present()].filter((s) => s.version === hybridPlan.version).pop()!;
    server.hybrid = true;
  }
  b.step('custom', [], {
    title: b.t('title.mrsProxy', { server: server.name }),
    duration: '2h',
    notes: b.t('notes.mrsProxy', { server: server.name, link: SOURCES.mrsProxy }),
  });
  b.phase('tenant', b.t('phase.tenant'));
  tenantSteps(b, 'hybrid');
  b.phase('hybrid', b.t('phase.hybrid'));
  b.step('run-hybrid-wizard', [['server', server.name]], {
    title: b.t('title.wizard', { server: server.name }),
    duration: '4h',
    notes: b.t('notes.wizard', { server: server.name, link: SOURCES.hybridWizard, app: HYBRID_APP }),
  });
  endpointStep(b, 'remote-move', server.name);

  const pilot = Math.min(n, HYBRID_PILOT);
  const rest = n - pilot;
  const waves = [pilot, ...(rest > 0 ? split(rest, Math.ceil(rest / HYBRID_WAVE_SIZE)) : [])];
  waves.forEach((count, i) => {
    const batch = i === 0 ? 'pilot' : `wave-${i}`;
    b.phase(batch, i === 0 ? b.t('phase.pilot', { count }) : b.t('phase.wave', { wave: i, count }));
    b.step(
      'create-migration-batch',
      [
        ['batch', batch],
        ['method', 'remote-move'],
        ['mailboxes', count],
      ],
      {
        title: b.t('title.batch.remoteMove', { count, batch }),
        duration: '1h',
        notes: b.t('notes.batch.remoteMove', {
          batch,
          tenant: b.answers.domain.toLowerCase().split('.')[0],
          link: SOURCES.hybridMoveMailboxes,
        }),
      },
    );
    b.step('start-migration-batch', [['batch', batch]], {
      title: b.t('title.startBatch', { batch }),
      duration: i === 0 ? '3d' : '1w',
      notes: b.t('notes.startBatch.remoteMove', { batch, link: SOURCES.hybridMoveMailboxes }),
    });
    b.step('complete-migration-batch', [['batch', batch]], {
      title: b.t('title.completeBatch', { batch }),
      duration: '1d',
      notes: b.t('notes.completeBatch.remoteMove', { batch, link: SOURCES.hybridMoveMailboxes }),
    });
  });
  // The organization's mailboxes are in Exchange Online now.
  for (const s of b.present()) s.mailboxes = 0;
  b.phase('mail-flow', b.t('phase.mailFlow'));
  switchMx(b, 'hybrid');
  licenses(b);
  publicFoldersOnline(b, stagingServer(b) ?? server);
  if (plan.stay) {
    runHops(b, plan.stay.hops, true);
    const stays = b.present().map((s) => s.name);
    b.phase('stay', b.t('phase.stay'));
    b.step('custom', [], {
      title: b.t('title.stays', { servers: listText(b.locale, stays) }),
      duration: '1h',
      notes: b.t('notes.stays', { link: SOURCES.roadmap2010 }),
    });
  } else {
    retireAll(b, 'phase.retire.hybrid', 'notes.lastServer');
  }
  return [];
}

function online(b: RunbookBuilder, plan: OnlinePlan, slug: string): CsvTemplate[] {
  checkPhase(b, plan.hybridServer?.install ? plan.hybridServer.version : undefined, true, plan.method === 'hybrid');
  if (plan.method === 'cutover') return cutover(b, plan);
  if (plan.method === 'staged') return staged(b, slug);
  return hybrid(b, plan);
}

/** Capitalizes a reason for use as a sentence of its own. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- the text ----------------------------------------------------------------------------

/** The `exchange-runbook new` command line that gives the same runbook. */
export function commandLine(answers: Answers, locale: Locale): string {
  const quote = (s: string) => (/^[A-Za-z0-9._@,-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);
  const parts = [
    'exchange-runbook new',
    `--source ${sortVersions(answers.sources).join(',')}`,
    `--target ${answers.target}`,
  ];
  if (answers.method) parts.push(`--method ${answers.method}`);
  parts.push(`--mailboxes ${answers.mailboxes}`);
  if (answers.publicFolders) parts.push('--public-folders');
  if (answers.keepOnPremises && answers.target === 'online') parts.push('--keep-on-premises');
  parts.push(`--name ${quote(answers.name.trim())}`, `--domain ${answers.domain.toLowerCase()}`);
  if (answers.asOf) parts.push(`--as-of ${answers.asOf}`);
  if (locale !== 'en') parts.push(`--locale ${locale}`);
  return parts.join(' ');
}

function titleOf(b: RunbookBuilder, rec: Recommendation, plan: OnlinePlan | OnPremisesPlan): string {
  const name = b.answers.name.trim();
  if (plan.kind === 'online') return b.t('runbook.title.online', { name, method: methodName(b.locale, plan.method) });
  const sources = sortVersions(b.answers.sources);
  const through = rec.installs.slice(0, -1);
  return b.t(through.length ? 'runbook.title.onPremisesThrough' : 'runbook.title.onPremises', {
    name,
    from: versionList(b.locale, sources),
    target: plan.target,
    through: versionList(b.locale, through),
  });
}

function header(b: RunbookBuilder, rec: Recommendation, asOf: string, csvFiles: CsvTemplate[]): string {
  const a = b.answers;
  const lines: string[] = [];
  lines.push(
    b.t('header.generated', { date: asOf }),
    b.t('header.answers', {
      sources: versionList(b.locale, sortVersions(a.sources)),
      mailboxes: a.mailboxes,
      publicFolders: yesNo(b.locale, a.publicFolders),
      target: targetName(b.locale, a.target),
      stay: yesNo(b.locale, a.keepOnPremises && a.target === 'online'),
    }),
    b.t('header.command', { command: commandLine(a, b.locale) }),
  );
  const choice = rec.method ? methodName(b.locale, rec.method) : targetName(b.locale, rec.target);
  lines.push(b.t(rec.overridden ? 'header.chosen' : 'header.recommendation', { choice, reason: sentence(rec.reason) }));
  for (const w of rec.warnings) lines.push(w);
  lines.push(b.t('header.sources'), ...rec.sources.map((url) => `- ${url}`));
  if (csvFiles.length > 0) lines.push(b.t('header.csv', { files: csvFiles.map((c) => c.path).join(', ') }));
  lines.push(b.t('header.review'));
  return commentLines(lines.join('\n'), 100);
}

function render(
  b: RunbookBuilder,
  rec: Recommendation,
  plan: OnlinePlan | OnPremisesPlan,
  asOf: string,
  listed: Server[],
  csvFiles: CsvTemplate[],
): string {
  const a = b.answers;
  let out = header(b, rec, asOf, csvFiles);
  out += 'runbook: 1\n';
  out += `title: ${yamlString(titleOf(b, rec, plan))}\n`;
  out += `asOf: ${asOf}\n`;
  if (a.inventory?.path) out += `inventory: ${yamlString(a.inventory.path)}\n`;
  out += 'organization:\n';
  out += `  name: ${yamlString(a.name.trim())}\n`;
  out += `  mailboxes: ${a.mailboxes}\n`;
  if (a.publicFolders) out += '  publicFolders: true\n';
  if (a.inventory?.forestFunctionalLevel)
    out += `  forestFunctionalLevel: ${yamlString(a.inventory.forestFunctionalLevel)}\n`;
  const domains = a.inventory?.domains?.length ? a.inventory.domains : [a.domain.toLowerCase()];
  out += `  domains: [${domains.join(', ')}]\n`;
  if (plan.kind === 'online') out += '  directorySync: false\n';
  out += 'servers:\n';
  for (const s of listed) {
    out += `  - name: ${s.name}\n`;
    out += `    version: ${yamlString(s.version)}\n`;
    if (s.update)
      out += `    update: ${s.update}${s.updateExact === false ? `  # ${b.t('comment.updateUnknown')}` : ''}\n`;
    if (s.os) out += `    os: ${yamlString(s.os)}\n`;
    out += `    roles: [${s.roles.join(', ')}]\n`;
    out += `    mailboxes: ${s.mailboxes}\n`;
    if (s.publicFolders) out += '    publicFolders: true\n';
  }
  out += 'target:\n';
  if (plan.kind === 'online') {
    out += '  platform: exchange-online\n';
    if (plan.method === 'cutover' && a.mailboxes > 150) {
      // The user chose cutover above Microsoft's recommendation: keep the choice visible, not the warning.
      out += `  ${commentLines(b.t('comment.cutoverSize'), 90).trimEnd().split('\n').join('\n  ')}\n`;
      out += '  # runbook-disable-next-line cutover-size\n';
    }
    out += `  method: ${plan.method}\n`;
  } else {
    out += '  platform: on-premises\n';
    out += `  version: ${yamlString(plan.target)}\n`;
  }
  out += renderPhases(b.phases);
  return out;
}

export function generate(
  answers: Answers,
  decision: Extract<Decision, { ok: true }>,
  locale: Locale,
): GeneratedRunbook {
  const b = new RunbookBuilder(answers, locale, serverPrefix(answers.name));
  const slug = slugOf(answers.name);
  listSources(b);
  const listed = b.present().map((s) => ({ ...s }));
  const csvFiles =
    decision.plan.kind === 'online' ? online(b, decision.plan, slug) : (onPremises(b, decision.plan), []);
  const text = render(b, decision.recommendation, decision.plan, decision.asOf, listed, csvFiles);
  return { fileName: `${slug}.runbook.yaml`, text, csvFiles, recommendation: decision.recommendation };
}

export type { YamlStep };
