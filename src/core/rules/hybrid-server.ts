// Exchange 2007 (and 2003) servers cannot run the Hybrid Configuration Wizard: an Exchange
// 2007 organization needs an Exchange 2013 (CU2+, Client Access + Mailbox) or 2010 SP3
// server first, an Exchange 2003 organization an Exchange 2010 SP3 server.
import { sameServerName } from '../util/server-name';
import { fieldString, getPair, Node, nodeRange } from '../parse';
import { replaceNode, YamlEntries } from '../fix';
import type { TextEdit } from '../types';
import type { RuleDefinition } from '../rule';
import { HybridServerRequirement } from '../knowledge/online';
import { canCoexist } from '../knowledge/coexistence';
import { updateAtLeast } from '../knowledge/versions';
import {
  onlineMethod,
  hybridRequirement,
  isValidHybridServer,
  validHybridServers,
  newServerName,
} from '../toolkit/servers';
import { latestUpdate } from '../toolkit/steps';
import { ruleText, productName, describeServer, unlessNotReleased } from '../toolkit/text';

function requirementText(requirement: HybridServerRequirement): string {
  return requirement.options
    .map((o) => `${productName(o.version)}${o.minUpdate ? ` ${o.minUpdate}` : ''} (${o.roles.join(' + ')})`)
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
    const { parsed, doc, facts } = context;
    /** A finding whose fix would need an update not released by the runbook's date: no fix, and the message says so. */
    const notReleased = (
      messageId: string,
      args: Record<string, string>,
      version: string,
      minimum: string | undefined,
    ) => unlessNotReleased(context, rule, messageId, args, { version, minimum: minimum ?? 'RTM' });
    return {
      onStep(step, state) {
        if (step.action !== 'run-hybrid-wizard' || onlineMethod(facts) !== 'hybrid') return;
        const requirement = hybridRequirement(state);
        if (!requirement) return;
        const named = fieldString(step.node, 'server', doc);
        const server = named ? state.servers.get(named) : undefined;
        if (isValidHybridServer(state, server)) {
          // A hybrid server installed by the runbook had its coexistence judged at the install (coexistence-update).
          if (server!.installedBy) return;
          const minimum = requirement.options.find((o) => o.version === server!.version)?.organizationMinUpdate;
          if (!minimum) return;
          const lagging = [...state.servers.values()].filter(
            (s) =>
              s.version === requirement.organization &&
              updateAtLeast(requirement.organization, s.update, minimum) === false,
          );
          if (lagging.length === 0) return;
          const latest = latestUpdate(requirement.organization, context.asOf, minimum);
          const names = lagging.map((s) => s.name).join(', ');
          const args = {
            servers: lagging.map(describeServer).join(', '),
            min: `${productName(requirement.organization)} ${minimum}`,
            hybrid: server!.name,
          };
          context.report({
            range: context.range.line(step),
            step,
            ...(latest
              ? {
                  messageId: 'oldUpdate',
                  args,
                  fix: {
                    title: ruleText(context, rule, 'fixUpdate', { servers: names, update: latest }),
                    edits: [
                      context.fixer.insertStepsBefore(
                        step,
                        lagging.map((s) => [
                          ['action', 'update-server'],
                          ['server', s.name],
                          ['update', latest],
                        ]),
                      ),
                    ],
                  },
                }
              : notReleased('oldUpdate', args, requirement.organization, minimum)),
          });
          return;
        }
        // A hybrid server installed next to servers it cannot coexist with is coexistence's finding (at the install).
        if (server?.installedBy && [...state.servers.values()].some((s) => !canCoexist(server.version, s.version)))
          return;
        const org = productName(requirement.organization);
        const needed = requirementText(requirement);
        const serverNode = getPair(step.node, 'server')?.value as Node | undefined;
        const range = context.range.field(step, 'server');
        const valid = validHybridServers(state);
        // The named server has the right version and roles but an old update: update it.
        const option = server
          ? requirement.options.find(
              (o) => o.version === server.version && o.roles.every((r) => server.roles.includes(r)),
            )
          : undefined;
        if (server && option?.minUpdate && valid.length === 0) {
          const latest = latestUpdate(option.version, context.asOf, option.minUpdate);
          const args = {
            server: describeServer(server),
            min: `${productName(option.version)} ${option.minUpdate}`,
            org,
          };
          context.report({
            range,
            step,
            ...(latest
              ? {
                  messageId: 'tooOld',
                  args,
                  fix: {
                    title: ruleText(context, rule, 'fixUpdate', { servers: server.name, update: latest }),
                    edits: [
                      context.fixer.insertStepsBefore(step, [
                        [
                          ['action', 'update-server'],
                          ['server', server.name],
                          ['update', latest],
                        ],
                      ]),
                    ],
                  },
                }
              : notReleased('tooOld', args, option.version, option.minUpdate)),
          });
          return;
        }
        if (valid.length > 0) {
          // A hybrid server exists: the wizard just names the wrong one. Unknown names are unknown-server's.
          if (!server) return;
          const fix =
            serverNode && nodeRange(serverNode)
              ? {
                  title: ruleText(context, rule, 'fixPoint', { server: valid[0].name }),
                  edits: [replaceNode(serverNode, valid[0].name)],
                }
              : undefined;
          context.report({
            range,
            step,
            messageId: 'wrongServer',
            args: { server: describeServer(server), org, needed, valid: valid[0].name },
            ...(fix ? { fix } : {}),
          });
          return;
        }
        // A server installed after the wizard is unknown-server's finding (move the step).
        const installedLater =
          named !== undefined &&
          parsed.steps.some(
            (s) =>
              s.index > step.index &&
              s.action === 'install-exchange' &&
              sameServerName(fieldString(s.node, 'server', doc), named),
          );
        if (installedLater) return;
        // A name that exists nowhere in the runbook is taken as the server the user meant to install.
        const everUsed = named
          ? state.retired.has(named) || parsed.servers.some((s) => sameServerName(s.name, named))
          : true;
        const reuseName = named !== undefined && !server && !everUsed && /^[A-Za-z0-9_.-]+$/.test(named);
        const name = reuseName ? named! : newServerName(parsed, state, requirement.install.version);
        // The old servers must be at the level the new hybrid server's Setup accepts (2007 SP3 RU10 for 2013): update them first.
        const installMinimum = requirement.options.find(
          (o) => o.version === requirement.install.version,
        )?.organizationMinUpdate;
        const lagging = installMinimum
          ? [...state.servers.values()].filter(
              (s) =>
                s.version === requirement.organization &&
                updateAtLeast(requirement.organization, s.update, installMinimum) === false,
            )
          : [];
        const latestOld = installMinimum
          ? latestUpdate(requirement.organization, context.asOf, installMinimum)
          : undefined;
        // The hybrid server at the latest update released by the runbook's date that can be one (2013 CU2 or later).
        const installMinimumOwn = requirement.options.find((o) => o.version === requirement.install.version)?.minUpdate;
        const installUpdate = latestUpdate(requirement.install.version, context.asOf, installMinimumOwn);
        if (!installUpdate || (lagging.length && !latestOld)) {
          const [version, minimum] = !installUpdate
            ? [requirement.install.version, installMinimumOwn ?? 'RTM']
            : [requirement.organization, installMinimum!];
          context.report({ range, step, ...notReleased('none', { org, needed }, version, minimum) });
          return;
        }
        const updates = lagging.map((s): YamlEntries => [
          ['action', 'update-server'],
          ['server', s.name],
          ['update', latestOld!],
        ]);
        const edits: TextEdit[] = [
          context.fixer.insertStepsBefore(step, [
            ...updates,
            ...context.fixer.steps.hybridServer(state, requirement, name, installUpdate),
          ]),
        ];
        if (!reuseName && serverNode && nodeRange(serverNode)) edits.push(replaceNode(serverNode, name));
        context.report({
          range,
          step,
          messageId: 'none',
          args: { org, needed },
          fix: {
            title: ruleText(context, rule, 'fixInstall', {
              server: name,
              version: productName(requirement.install.version),
              update: installUpdate,
            }),
            edits,
          },
        });
      },
    };
  },
};
