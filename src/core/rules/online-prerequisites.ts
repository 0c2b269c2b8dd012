// Exchange Online starts a migration only when it can reach the source and act for the
// user: verified domains, a path to the mailboxes (Outlook Anywhere with a trusted
// certificate for cutover/staged, the hybrid server's MRS proxy for remote moves), an
// account with permissions, and a migration endpoint. A batch started without them fails.
import type { ServerMap } from '../util/server-name';
import type { Node, StepEntry } from '../parse';
import type { OrgState } from '../model';
import type { YamlEntries } from '../fix';
import type { TextEdit } from '../types';
import type { RuleContext, RuleDefinition } from '../rule';
import { BATCH_METHOD_OF } from '../knowledge/online';
import { versionRank } from '../knowledge/versions';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

interface Missing {
  key: string;
  text: string;
  /** Steps to insert (in this order), or edits in place; undefined when no fix can supply it. */
  steps?: YamlEntries[];
  edits?: TextEdit[];
  fixable: boolean;
  /** Why no fix supplies it: the update it would install was not released by asOf. */
  notReleased?: { version: string; minimum: string };
}

const ORDER = ['domain', 'outlook-anywhere', 'hybrid-wizard', 'permissions', 'endpoint'];

export const rule: RuleDefinition = {
  id: 'online-prerequisites',
  defaultSeverity: 'warning',
  description: {
    en: 'A migration batch or remote move starts before domains, Outlook Anywhere or the MRS proxy path, permissions and an endpoint are ready.',
    sv: 'En migreringsbatch eller fjärrflytt startar innan domäner, Outlook Anywhere eller MRS-proxyn, behörigheter och en slutpunkt är klara.',
  },
  fixable: true,
  tags: ['exchange-online'],
  messages: {
    en: {
      batch: 'the migration batch `{batch}` starts before these prerequisites are in place: {items}',
      move: 'the move to Exchange Online starts before these prerequisites are in place: {items}',
      domain: 'the domain `{domain}` is verified in the tenant',
      anyDomain: 'a domain is verified in the tenant (add a `verify-domain` step)',
      outlookAnywhere:
        'Outlook Anywhere is enabled on the source server with a certificate from a trusted CA (Exchange Online connects through it)',
      selfSigned:
        'Outlook Anywhere on {server} has a certificate from a trusted CA (Exchange Online cannot use a self-signed one)',
      wizard:
        'the Hybrid Configuration Wizard has run against a valid hybrid server (remote moves go through its MRS proxy)',
      permissions: 'the migration account has FullAccess or Receive As on the mailboxes',
      endpoint: 'a migration endpoint of type `{type}` exists',
      fix: 'Insert the missing prerequisites before the batch',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
    },
    sv: {
      batch: 'migreringsbatchen `{batch}` startar innan de här förutsättningarna är på plats: {items}',
      move: 'flytten till Exchange Online startar innan de här förutsättningarna är på plats: {items}',
      domain: 'domänen `{domain}` är verifierad i klientorganisationen',
      anyDomain: 'en domän är verifierad i klientorganisationen (lägg till ett `verify-domain`-steg)',
      outlookAnywhere:
        'Outlook Anywhere är aktiverat på källservern med ett certifikat från en betrodd certifikatutfärdare (Exchange Online ansluter genom det)',
      selfSigned:
        'Outlook Anywhere på {server} har ett certifikat från en betrodd certifikatutfärdare (Exchange Online kan inte använda ett självsignerat)',
      wizard:
        'guiden för hybridkonfiguration har körts mot en giltig hybridserver (fjärrflyttar går via dess MRS-proxy)',
      permissions: 'migreringskontot har FullAccess eller Receive As på postlådorna',
      endpoint: 'en migreringsslutpunkt av typen `{type}` finns',
      fix: 'Infoga de förutsättningar som saknas före batchen',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
    },
  },
  create(context) {
    const reported = new Set<string>();
    /** `certificate` value nodes of configure-outlook-anywhere steps, by server. */
    const certificateNodes = context.servers.map<Node | undefined>();

    /** Reports what the batch (or move) at `step` misses and no earlier finding named; the fix inserts it before `anchor`. */
    const judge = (
      step: StepEntry,
      state: OrgState,
      batchMethod: string,
      batch: string | undefined,
      anchor: StepEntry,
    ) => {
      const missing = missingFor(context, state, batchMethod, certificateNodes).filter((m) => !reported.has(m.key));
      if (missing.length === 0) return;
      for (const m of missing) reported.add(m.key);
      missing.sort((a, b) => ORDER.indexOf(a.key.split(':')[0]) - ORDER.indexOf(b.key.split(':')[0]));
      reportMissing(context, step, missing, batch, anchor);
    };

    return {
      onStep(step, state) {
        if (step.action === 'configure-outlook-anywhere') {
          const server = context.source.string(step.node, 'server');
          if (server) certificateNodes.set(server, selfSignedCertificateNode(context, step));
          return;
        }
        const method = context.servers.onlineMethod();
        if (!method) return;
        const expected = BATCH_METHOD_OF[method];
        if (step.action === 'start-migration-batch') {
          const name = context.source.string(step.node, 'batch');
          const batch = name ? state.batches.get(name) : undefined;
          const batchMethod = batch?.method ?? expected;
          // A batch of another method is method-mismatch's finding.
          if (batchMethod !== expected) return;
          const anchor = batch && batch.createdBy.index < step.index ? batch.createdBy : step;
          judge(step, state, batchMethod, name ?? '?', anchor);
        } else if (
          step.action === 'move-mailboxes' &&
          context.source.string(step.node, 'to') === EXCHANGE_ONLINE_TARGET &&
          method === 'hybrid'
        ) {
          judge(step, state, 'remote-move', undefined, step);
        }
      },
    };
  },
};

function t(context: RuleContext, id: string, args?: Record<string, string | number>): string {
  return context.message(id, args);
}

/** The `certificate` value node of a configure-outlook-anywhere step that says `self-signed`, when it can be replaced. */
function selfSignedCertificateNode(context: RuleContext, step: StepEntry): Node | undefined {
  const cert = context.source.pair(step.node, 'certificate')?.value as Node | undefined;
  return context.source.string(step.node, 'certificate') === 'self-signed' && cert && context.source.range(cert)
    ? cert
    : undefined;
}

/** The server Exchange Online reads the mailboxes from: a pre-2013 Client Access server, else any, else one with mailboxes. */
function sourceServer(state: OrgState): string | undefined {
  const servers = [...state.servers.values()];
  const legacyCas = servers.find(
    (s) => s.roles.includes('clientAccess') && versionRank(s.version) < versionRank('2013'),
  );
  return (
    legacyCas ??
    servers.find((s) => s.roles.includes('clientAccess')) ??
    servers.find((s) => s.hosts.mailboxes > 0)
  )?.name;
}

/** Everything the batch (or move) misses, in the order the checks run. */
function missingFor(
  context: RuleContext,
  state: OrgState,
  batchMethod: string,
  certificateNodes: ServerMap<Node | undefined>,
): Missing[] {
  const missing: Missing[] = [...missingDomains(context, state)];
  if (batchMethod === 'cutover' || batchMethod === 'staged')
    missing.push(...missingOutlookAnywhere(context, state, certificateNodes));
  else if (batchMethod === 'remote-move') missing.push(...missingHybridWizard(context, state));
  if (!state.permissionsGranted) missing.push(missingPermissions(context, state));
  const endpointType = batchMethod === 'remote-move' ? 'remote-move' : 'outlook-anywhere';
  if (!state.endpoints.has(endpointType)) {
    missing.push({
      key: `endpoint:${endpointType}`,
      text: t(context, 'endpoint', { type: endpointType }),
      steps: [
        [
          ['action', 'create-migration-endpoint'],
          ['type', endpointType],
        ],
      ],
      fixable: true,
    });
  }
  return missing;
}

/** The organization's domains not yet verified in the tenant (or, when it names none, that no domain is). */
function missingDomains(context: RuleContext, state: OrgState): Missing[] {
  const domains = context.facts.organization.domains;
  if (domains.length === 0)
    return state.verifiedDomains.size === 0 ? [{ key: 'domain:*', text: t(context, 'anyDomain'), fixable: false }] : [];
  return domains
    .filter((domain) => !state.verifiedDomains.has(domain.toLowerCase()))
    .map((domain) => ({
      key: `domain:${domain.toLowerCase()}`,
      text: t(context, 'domain', { domain }),
      steps: [
        [
          ['action', 'verify-domain'],
          ['domain', domain],
        ],
      ],
      fixable: true,
    }));
}

/**
 * Cutover and staged batches: Outlook Anywhere with a trusted certificate on the source. A
 * self-signed certificate the runbook configures is made trusted in place.
 */
function missingOutlookAnywhere(
  context: RuleContext,
  state: OrgState,
  certificateNodes: ServerMap<Node | undefined>,
): Missing[] {
  const configured = [...state.outlookAnywhere].filter(([name]) => state.servers.has(name));
  const trusted = configured.some(([, cert]) => cert !== 'self-signed');
  // Exchange 2013 and later publish Outlook Anywhere by default (C1); certificates the runbook leaves out are not guessed.
  const automatic =
    configured.length === 0 &&
    [...state.servers.values()].some((s) => s.hosts.mailboxes > 0) &&
    [...state.servers.values()].every((s) => s.hosts.mailboxes === 0 || versionRank(s.version) >= versionRank('2013'));
  if (trusted || automatic) return [];
  const selfSigned = configured.find(([name]) => certificateNodes.get(name));
  const certNode = selfSigned ? certificateNodes.get(selfSigned[0]) : undefined;
  if (selfSigned && certNode) {
    return [
      {
        key: 'outlook-anywhere',
        text: t(context, 'selfSigned', { server: selfSigned[0] }),
        edits: [context.fixer.replace(certNode, 'trusted')],
        fixable: true,
      },
    ];
  }
  const server = sourceServer(state);
  return [
    {
      key: 'outlook-anywhere',
      text: t(context, 'outlookAnywhere'),
      steps: server
        ? [
            [
              ['action', 'configure-outlook-anywhere'],
              ['server', server],
              ['certificate', 'trusted'],
            ],
          ]
        : undefined,
      fixable: server !== undefined,
    },
  ];
}

/**
 * Remote moves: the Hybrid Configuration Wizard run against a valid hybrid server. The fix
 * runs it against one there is, or installs one first (only at an update released by the
 * runbook's date, knowledge/releases.ts; none: no fix for this item, and the message says so).
 */
function missingHybridWizard(context: RuleContext, state: OrgState): Missing[] {
  const wizard = state.hybridWizard;
  const wizardServer = wizard ? state.servers.get(wizard.server) : undefined;
  const requirement = context.servers.hybridRequirement(state);
  // A wizard run against the wrong server in a 2003/2007 organization is hybrid-server's finding.
  if (context.servers.isValidHybridServer(state, wizardServer) || (wizard && requirement)) return [];
  const valid = context.servers.validHybridServers(state);
  let steps: YamlEntries[] | undefined;
  let notReleased: Missing['notReleased'];
  if (valid.length > 0) steps = [runWizard(valid[0].name)];
  else if (requirement) {
    const name = context.servers.newServerName(state, requirement.install.version);
    const minimum = requirement.options.find((o) => o.version === requirement.install.version)?.minUpdate;
    const update = context.releases.latest(requirement.install.version, minimum);
    if (update) steps = [...context.fixer.steps.hybridServer(state, requirement, name, update), runWizard(name)];
    else notReleased = { version: requirement.install.version, minimum: minimum ?? 'RTM' };
  }
  return [{ key: 'hybrid-wizard', text: t(context, 'wizard'), steps, fixable: steps !== undefined, notReleased }];
}

function runWizard(server: string): YamlEntries {
  return [
    ['action', 'run-hybrid-wizard'],
    ['server', server],
  ];
}

/** Permissions for a migration account in the organization's first domain. */
function missingPermissions(context: RuleContext, state: OrgState): Missing {
  const domain = context.facts.organization.domains[0] ?? [...state.verifiedDomains][0];
  const account = domain ? `migration-admin@${domain}` : 'migration-admin';
  return {
    key: 'permissions',
    text: t(context, 'permissions'),
    steps: [
      [
        ['action', 'grant-migration-permissions'],
        ['account', account],
      ],
    ],
    fixable: true,
  };
}

/** One finding for everything missing; a fix only when every item has one. */
function reportMissing(
  context: RuleContext,
  step: StepEntry,
  missing: Missing[],
  batch: string | undefined,
  anchor: StepEntry,
) {
  const items = missing.map((m) => m.text).join('; ');
  let fix;
  if (missing.every((m) => m.fixable)) {
    const steps = missing.flatMap((m) => m.steps ?? []);
    const edits = missing.flatMap((m) => m.edits ?? []);
    if (steps.length > 0) edits.push(context.fixer.insertStepsBefore(anchor, steps));
    fix = { title: t(context, 'fix'), edits };
  }
  const messageId = batch !== undefined ? 'batch' : 'move';
  const args = { batch: batch ?? '', items };
  const notReleased = fix ? undefined : missing.find((m) => m.notReleased)?.notReleased;
  context.report({
    range: context.range.line(step),
    step,
    ...context.unlessNotReleased({ messageId, args }, notReleased),
    data: { missing: missing.map((m) => m.key) },
    ...(fix ? { fix } : {}),
  });
}
