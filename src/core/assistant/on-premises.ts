// The on-premises pieces of a generated runbook: the check phase, a new server brought in
// (schema, AD, install), everything moved off the old servers, and the hops from the source
// versions to the target. Exchange Online plans reuse them (exchange-online.ts).
import { licenceSwitch, listText, LINKS, prepareLink, procedureText } from '../knowledge/procedures';
import { PLATFORM } from '../knowledge/platform';
import { SOURCES } from '../knowledge/online';
import { defaultRoles, ExchangeVersion, ServerRole, versionRank } from '../knowledge/versions';
import { Hop, OnPremisesPlan, sortVersions } from './decide';
import { fromTo, osFor, RunbookBuilder, Server, shortVersion } from './builder';
import { versionList } from './text';
import { YamlValue } from './yaml';

const HEALTH_CHECKER = 'https://microsoft.github.io/CSS-Exchange/Diagnostics/HealthChecker/';
export const CONNECTIVITY_ANALYZER = 'https://testconnectivity.microsoft.com';
const REQ_2010 =
  'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/aa996719(v=exchg.141)';
const SE_UPGRADE =
  'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deploy-new-installations/upgrade-to-exchange-server-se';

function weeksFor(mailboxes: number): string {
  return `${Math.min(8, Math.max(1, Math.ceil(mailboxes / 1000)))}w`;
}

function installUpdate(b: RunbookBuilder, version: ExchangeVersion): string {
  return b.updateAt(
    version,
    b.present().map((s) => s.version),
  );
}

function rolesText(b: RunbookBuilder, roles: ServerRole[]): string {
  return listText(
    b.locale,
    roles.map((r) => b.p(`roles.${r}` as Parameters<typeof procedureText>[1])),
  );
}

/** prepare-schema, prepare-ad and install-exchange of a new server; returns it. */
export function bringIn(b: RunbookBuilder, version: ExchangeVersion, hybrid: boolean): Server {
  const base = hybrid ? `${b.prefix}-HYB${shortVersion(version)}` : `${b.prefix}-EX${shortVersion(version)}-01`;
  const update = installUpdate(b, version);
  const server: Server = {
    name: b.uniqueName(base),
    version,
    update,
    os: osFor(version, update),
    roles: defaultRoles(version),
    mailboxes: 0,
    publicFolders: false,
    hybrid,
  };
  const licence = licenceSwitch(version, update);
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
  const fromText = listText(b.locale, names);
  const legacy = from.some((s) => versionRank(s.version) < versionRank('2013'));
  b.step('move-client-access', fromTo(names, to.name), {
    title: b.p('move-client-access.title', { from: fromText, to: to.name }),
    duration: '1d',
    notes: legacy
      ? b.p('move-client-access.notes', {
          to: to.name,
          outlookAnywhere: LINKS.outlookAnywhere2013,
          certificates: LINKS.certificates2013,
        })
      : b.p('move-client-access.modern', { to: to.name, certificates: LINKS.certificates2013 }),
  });
  b.step('move-transport', fromTo(names, to.name), {
    title: b.p('move-transport.title', { from: fromText, to: to.name }),
    duration: '4h',
    notes: b.p('move-transport.notes', { from: fromText, to: to.name, checklist: LINKS.checklist2013 }),
  });
  const withMailboxes = from.filter((s) => s.mailboxes > 0);
  const moved = withMailboxes.reduce((sum, s) => sum + s.mailboxes, 0);
  const arbitration = versionRank(to.version) >= versionRank('2013') ? b.p('move-mailboxes.arbitration') : '';
  if (withMailboxes.length > 0) {
    const mbxNames = withMailboxes.map((s) => s.name);
    b.step('move-mailboxes', fromTo(mbxNames, to.name), {
      title: b.t('title.moveMailboxes', { count: moved, from: listText(b.locale, mbxNames), to: to.name }),
      duration: weeksFor(moved),
      notes: b.p('move-mailboxes.notes', { arbitration, link: LINKS.newMoveRequest }),
    });
  } else if (options.hybridOnly && from.some((s) => versionRank(s.version) >= versionRank('2010'))) {
    // Every user mailbox is in Exchange Online by now; the system mailboxes still live here.
    b.step('move-mailboxes', fromTo(names, to.name), {
      title: b.t('title.moveSystemMailboxes', { from: fromText, to: to.name }),
      duration: '4h',
      notes: b.t('notes.moveSystemMailboxes', { link: LINKS.newMoveRequest }),
    });
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
    b.step('migrate-public-folders', fromTo(pfNames, to.name), {
      title: b.p('migrate-public-folders.title', { from: listText(b.locale, pfNames), to: to.name }),
      duration: legacyFolders ? '3d' : '1d',
      notes,
    });
    for (const s of withFolders) s.publicFolders = false;
    to.publicFolders = true;
  }
}

export function checkPhase(
  b: RunbookBuilder,
  highest: ExchangeVersion | undefined,
  online: boolean,
  hybrid: boolean,
): void {
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
export function runHops(b: RunbookBuilder, hops: Hop[], hybrid: boolean): void {
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

export function onPremises(b: RunbookBuilder, plan: OnPremisesPlan): void {
  const highest = [...plan.hops].reverse().find((h) => h.kind === 'install') as
    Extract<Hop, { kind: 'install' }> | undefined;
  checkPhase(b, highest?.version ?? plan.target, false, false);
  runHops(b, plan.hops, false);
}
