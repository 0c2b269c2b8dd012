// Exchange 2007 (and 2003) servers cannot run the Hybrid Configuration Wizard: an Exchange
// 2007 organization needs an Exchange 2013 (CU2+, Client Access + Mailbox) or 2010 SP3
// server first, an Exchange 2003 organization an Exchange 2010 SP3 server.
import type { Node, StepEntry } from '../parse';
import type { YamlEntries } from '../fix';
import type { OrgState, ServerState } from '../model';
import type { TextEdit } from '../types';
import type { RuleContext, RuleDefinition } from '../rule';
import { HybridServerOption, HybridServerRequirement } from '../knowledge/online';
import { canCoexist } from '../knowledge/coexistence';
import { ExchangeVersion, updateAtLeast } from '../knowledge/versions';

function requirementText(context: RuleContext, requirement: HybridServerRequirement): string {
  return requirement.options
    .map((o) => `${context.text.product(o.version)}${o.minUpdate ? ` ${o.minUpdate}` : ''} (${o.roles.join(' + ')})`)
    .join(' / ');
}

export const rule: RuleDefinition = {
  id: 'hybrid-server',
  defaultSeverity: 'error',
  description: {
    en: 'The Hybrid Configuration Wizard runs in an Exchange 2007 (or 2003) organization without a hybrid server of a version that supports it.',
    sv: 'Guiden för hybridkonfiguration körs i en Exchange 2007-organisation (eller 2003) utan en hybridserver av en version som stöder den.',
  },
  fixable: true,
  tags: ['exchange-online'],
  messages: {
    en: {
      none: 'the Hybrid Configuration Wizard cannot run in an {org} organization without a hybrid server, and none is installed before this step: an {org} organization needs {needed}; install one first and run the wizard against it',
      wrongServer:
        'the Hybrid Configuration Wizard runs against {server}, which cannot be the hybrid server of an {org} organization (it needs {needed}); run it against {valid}',
      oldUpdate:
        '{servers} must be at {min} or later to coexist with the hybrid server {hybrid} (a requirement of the hybrid deployment); update before running the wizard',
      tooOld:
        'the Hybrid Configuration Wizard runs against {server}, which is below {min}, the lowest level a hybrid server of an {org} organization can run; update it first',
      fixInstall: 'Install {server} ({version} {update}) as the hybrid server before the wizard',
      fixUpdate: 'Update {servers} to {update} before the wizard',
      fixPoint: 'Run the wizard against {server}',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
    },
    sv: {
      none: 'guiden för hybridkonfiguration kan inte köras i en {org}-organisation utan en hybridserver, och ingen installeras före det här steget: en {org}-organisation behöver {needed}; installera en först och kör guiden mot den',
      wrongServer:
        'guiden för hybridkonfiguration körs mot {server}, som inte kan vara hybridserver i en {org}-organisation (den behöver {needed}); kör den mot {valid}',
      oldUpdate:
        '{servers} måste ha {min} eller senare för att samexistera med hybridservern {hybrid} (ett krav för hybriddistributionen); uppdatera innan guiden körs',
      tooOld:
        'guiden för hybridkonfiguration körs mot {server}, som är äldre än {min}, den lägsta nivån en hybridserver i en {org}-organisation kan ha; uppdatera den först',
      fixInstall: 'Installera {server} ({version} {update}) som hybridserver före guiden',
      fixUpdate: 'Uppdatera {servers} till {update} före guiden',
      fixPoint: 'Kör guiden mot {server}',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
    },
  },
  create(context) {
    return {
      onStep(step, state) {
        if (step.action !== 'run-hybrid-wizard' || context.servers.onlineMethod() !== 'hybrid') return;
        const requirement = context.servers.hybridRequirement(state);
        if (!requirement) return;
        const named = context.source.string(step.node, 'server');
        const server = named ? state.servers.get(named) : undefined;
        const run: WizardRun = { step, state, requirement, named };
        if (context.servers.isValidHybridServer(state, server)) return checkOrganizationLevel(context, run, server!);
        // A hybrid server installed next to servers it cannot coexist with is coexistence's finding (at the install).
        if (server?.installedBy && [...state.servers.values()].some((s) => !canCoexist(server.version, s.version)))
          return;
        const valid = context.servers.validHybridServers(state);
        // The named server has the right version and roles but an old update: update it.
        const option = server ? optionWithRoles(requirement, server) : undefined;
        if (server && option?.minUpdate && valid.length === 0)
          return reportTooOld(context, run, server, option.version, option.minUpdate);
        if (valid.length > 0) {
          // A hybrid server exists: the wizard just names the wrong one. Unknown names are unknown-server's.
          if (server) reportWrongServer(context, run, server, valid[0]);
          return;
        }
        // A server installed after the wizard is unknown-server's finding (move the step).
        if (installedLater(context, step, named)) return;
        reportNoHybridServer(context, run, server);
      },
    };
  },
};

/** A `run-hybrid-wizard` step in an organization that still has Exchange 2003 or 2007, as the step finds it. */
interface WizardRun {
  step: StepEntry;
  state: OrgState;
  requirement: HybridServerRequirement;
  /** The step's `server`, as written. */
  named: string | undefined;
}

/** A finding whose fix would need an update not released by the runbook's date: no fix, and the message says so. */
function notReleased(
  context: RuleContext,
  messageId: string,
  args: Record<string, string>,
  version: string,
  minimum: string | undefined,
) {
  // Stryker disable next-line StringLiteral: unreachable: every option of HYBRID_SERVER_REQUIREMENTS (knowledge/online.ts) has a minUpdate
  return context.unlessNotReleased({ messageId, args }, { version, minimum: minimum ?? 'RTM' });
}

/** The organization's old servers below `minimum`. */
function laggingServers(state: OrgState, requirement: HybridServerRequirement, minimum: string): ServerState[] {
  return [...state.servers.values()].filter(
    (s) =>
      s.version === requirement.organization && updateAtLeast(requirement.organization, s.update, minimum) === false,
  );
}

/** The `update-server` steps that bring these servers to `update`. */
function updateSteps(servers: readonly ServerState[], update: string): YamlEntries[] {
  return servers.map((s): YamlEntries => [
    ['action', 'update-server'],
    ['server', s.name],
    ['update', update],
  ]);
}

/** The hybrid server option of the server's version whose roles the server has. */
function optionWithRoles(requirement: HybridServerRequirement, server: ServerState): HybridServerOption | undefined {
  return requirement.options.find(
    (o) => o.version === server.version && o.roles.every((r) => server.roles.includes(r)),
  );
}

/**
 * The wizard runs against a valid hybrid server: the organization's old servers must be at
 * the level that coexists with it (update them before the wizard).
 */
function checkOrganizationLevel(context: RuleContext, { step, state, requirement }: WizardRun, server: ServerState) {
  // A hybrid server installed by the runbook had its coexistence judged at the install (coexistence-update).
  if (server.installedBy) return;
  const minimum = requirement.options.find((o) => o.version === server.version)?.organizationMinUpdate;
  if (!minimum) return;
  const lagging = laggingServers(state, requirement, minimum);
  if (lagging.length === 0) return;
  const latest = context.releases.latest(requirement.organization, minimum);
  const args = {
    servers: lagging.map(context.text.server).join(', '),
    min: `${context.text.product(requirement.organization)} ${minimum}`,
    hybrid: server.name,
  };
  context.report({
    range: context.range.line(step),
    step,
    ...(latest
      ? {
          messageId: 'oldUpdate',
          args,
          fix: {
            title: context.message('fixUpdate', {
              servers: lagging.map((s) => s.name).join(', '),
              update: latest,
            }),
            edits: [context.fixer.insertStepsBefore(step, updateSteps(lagging, latest))],
          },
        }
      : notReleased(context, 'oldUpdate', args, requirement.organization, minimum)),
  });
}

/** The wizard names a server of the right version and roles below the update a hybrid server needs: update it. */
function reportTooOld(
  context: RuleContext,
  { step, requirement }: WizardRun,
  server: ServerState,
  version: ExchangeVersion,
  minUpdate: string,
) {
  const latest = context.releases.latest(version, minUpdate);
  const args = {
    server: context.text.server(server),
    min: `${context.text.product(version)} ${minUpdate}`,
    org: context.text.product(requirement.organization),
  };
  context.report({
    range: context.range.field(step, 'server'),
    step,
    ...(latest
      ? {
          messageId: 'tooOld',
          args,
          fix: {
            title: context.message('fixUpdate', { servers: server.name, update: latest }),
            edits: [context.fixer.insertStepsBefore(step, updateSteps([server], latest))],
          },
        }
      : notReleased(context, 'tooOld', args, version, minUpdate)),
  });
}

/** The `server` value node of the step, when it can be replaced in place. */
function replaceableServerNode(context: RuleContext, step: StepEntry): Node | undefined {
  const node = context.source.pair(step.node, 'server')?.value as Node | undefined;
  return node && context.source.range(node) ? node : undefined;
}

/** A valid hybrid server exists, and the wizard runs against another server: point it at the valid one. */
function reportWrongServer(
  context: RuleContext,
  { step, requirement }: WizardRun,
  server: ServerState,
  valid: ServerState,
) {
  const serverNode = replaceableServerNode(context, step);
  const fix = serverNode
    ? {
        title: context.message('fixPoint', { server: valid.name }),
        edits: [context.fixer.replace(serverNode, valid.name)],
      }
    : undefined;
  context.report({
    range: context.range.field(step, 'server'),
    step,
    messageId: 'wrongServer',
    args: {
      server: context.text.server(server),
      org: context.text.product(requirement.organization),
      needed: requirementText(context, requirement),
      valid: valid.name,
    },
    ...(fix ? { fix } : {}),
  });
}

/** Whether a later step installs the server the wizard names. */
function installedLater(context: RuleContext, step: StepEntry, named: string | undefined): boolean {
  return (
    named !== undefined &&
    context.parsed.steps.some(
      (s) =>
        s.index > step.index &&
        s.action === 'install-exchange' &&
        context.servers.same(context.source.string(s.node, 'server'), named),
    )
  );
}

/**
 * The name the fix installs the hybrid server under: a name that exists nowhere in the
 * runbook is taken as the server the user meant to install; otherwise a new one.
 */
function hybridServerName(
  context: RuleContext,
  { state, requirement, named }: WizardRun,
  server: ServerState | undefined,
): { name: string; reused: boolean } {
  const everUsed = named
    ? state.retired.has(named) || context.parsed.servers.some((s) => context.servers.same(s.name, named))
    : true;
  if (named !== undefined && !server && !everUsed && /^[A-Za-z0-9_.-]+$/.test(named))
    // Stryker disable next-line BooleanLiteral: `reused: false` adds an edit replacing the name with itself, which changes no text
    return { name: named, reused: true };
  return { name: context.servers.newServerName(state, requirement.install.version), reused: false };
}

/**
 * No server can be the hybrid server: install one before the wizard (at the latest update
 * released by the runbook's date that can be one, 2013 CU2 or later), after updating the old
 * servers to the level its Setup accepts (2007 SP3 RU10 for 2013), and run the wizard against it.
 */
function reportNoHybridServer(context: RuleContext, run: WizardRun, server: ServerState | undefined) {
  const { step, state, requirement } = run;
  const args = { org: context.text.product(requirement.organization), needed: requirementText(context, requirement) };
  const range = context.range.field(step, 'server');
  const { name, reused } = hybridServerName(context, run, server);
  const installOption = requirement.options.find((o) => o.version === requirement.install.version);
  const installMinimum = installOption?.organizationMinUpdate;
  const lagging = installMinimum ? laggingServers(state, requirement, installMinimum) : [];
  const latestOld = installMinimum ? context.releases.latest(requirement.organization, installMinimum) : undefined;
  const installUpdate = context.releases.latest(requirement.install.version, installOption?.minUpdate);
  if (!installUpdate || (lagging.length && !latestOld)) {
    const [version, minimum] = !installUpdate
      ? [requirement.install.version, installOption?.minUpdate]
      : [requirement.organization, installMinimum!];
    context.report({ range, step, ...notReleased(context, 'none', args, version, minimum) });
    return;
  }
  const edits: TextEdit[] = [
    context.fixer.insertStepsBefore(step, [
      ...updateSteps(lagging, latestOld!),
      ...context.fixer.steps.hybridServer(state, requirement, name, installUpdate),
    ]),
  ];
  const serverNode = replaceableServerNode(context, step);
  if (!reused && serverNode) edits.push(context.fixer.replace(serverNode, name));
  context.report({
    range,
    step,
    messageId: 'none',
    args,
    fix: {
      title: context.message('fixInstall', {
        server: name,
        version: context.text.product(requirement.install.version),
        update: installUpdate,
      }),
      edits,
    },
  });
}
