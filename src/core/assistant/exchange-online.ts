// The Exchange Online plans of a generated runbook: cutover, staged (with the CSV templates
// of its waves) and hybrid, on top of the on-premises pieces (on-premises.ts).
import { listText, LINKS } from '../knowledge/procedures';
import { SOURCES, STAGED } from '../knowledge/online';
import { versionRank } from '../knowledge/versions';
import { OnlinePlan } from './decide';
import { fromTo, RunbookBuilder, Server } from './builder';
import { bringIn, checkPhase, CONNECTIVITY_ANALYZER, runHops } from './on-premises';
import { CsvTemplate } from './types';

/** Mailboxes per staged wave: below the 2,000 rows a CSV may hold, small enough to run a wave in a few days. */
export const STAGED_WAVE_SIZE = 1000;
/** Mailboxes per hybrid remote-move wave after the pilot. */
export const HYBRID_WAVE_SIZE = 1000;
/** Mailboxes in the hybrid pilot wave. */
export const HYBRID_PILOT = 20;

const TENANT_DNS = 'https://learn.microsoft.com/en-us/microsoft-365/admin/setup/add-domain';
const ENTRA_CONNECT = 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/whatis-azure-ad-connect';
const LICENSES = 'https://learn.microsoft.com/en-us/microsoft-365/admin/manage/assign-licenses-to-users';
const HYBRID_APP = 'https://learn.microsoft.com/en-us/exchange/hybrid-deployment/deploy-dedicated-hybrid-app';

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
    b.step('migrate-public-folders', fromTo(names, staging.name), {
      title: b.p('migrate-public-folders.title', { from: listText(b.locale, names), to: staging.name }),
      duration: '3d',
      notes:
        (modern
          ? b.p('migrate-public-folders.legacy', { link: LINKS.legacyPublicFolders })
          : b.t('notes.pfReplicate', { to: staging.name })) +
        '\n' +
        b.t('notes.pfStaging', { link: SOURCES.publicFoldersToOnline }),
    });
    for (const s of legacy) s.publicFolders = false;
    staging.publicFolders = true;
    sources = b.present().filter((s) => s.publicFolders);
  }
  for (const s of sources) {
    b.step('migrate-public-folders', fromTo([s.name], 'exchange-online'), {
      title: b.t('title.pfOnline', { from: s.name }),
      duration: '1w',
      notes: b.t(versionRank(s.version) >= versionRank('2013') ? 'notes.pfOnline.modern' : 'notes.pfOnline.legacy', {
        server: s.name,
        link: SOURCES.publicFoldersToOnline,
      }),
    });
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

/**
 * The end of a cutover or staged migration, once the mailboxes are copied: mail to Exchange
 * Online, the batches removed, licences assigned, Outlook pointed at Exchange Online.
 */
function finishBatches(
  b: RunbookBuilder,
  method: 'cutover' | 'staged',
  batches: string[],
  links: { batches: string; outlook: string },
): void {
  switchMx(b, method);
  for (const batch of batches) {
    b.step('complete-migration-batch', [['batch', batch]], {
      title: b.t('title.removeBatch', { batch }),
      duration: '1h',
      notes: b.t('notes.removeBatch', { batch, link: links.batches }),
    });
  }
  licenses(b);
  b.step('reconfigure-outlook', [], {
    title: b.t('title.outlook'),
    duration: '4h',
    notes: b.t(`notes.outlook.${method}`, { link: links.outlook }),
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
  finishBatches(b, 'cutover', [batch], { batches: SOURCES.cutover, outlook: SOURCES.roadmap2007 });
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
  const batches = counts.map((_, i) => `wave-${i + 1}`);
  finishBatches(b, 'staged', batches, { batches: SOURCES.stagedPerform, outlook: SOURCES.stagedPerform });
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

/** The runbook's phases for a move to Exchange Online; returns the CSV templates it names. */
export function online(b: RunbookBuilder, plan: OnlinePlan, slug: string): CsvTemplate[] {
  checkPhase(b, plan.hybridServer?.install ? plan.hybridServer.version : undefined, true, plan.method === 'hybrid');
  if (plan.method === 'cutover') return cutover(b, plan);
  if (plan.method === 'staged') return staged(b, slug);
  return hybrid(b, plan);
}
