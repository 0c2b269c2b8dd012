// Exchange 2007 (and 2003) servers cannot run the Hybrid Configuration Wizard: an Exchange
// 2007 organization needs an Exchange 2013 (CU2+, Client Access + Mailbox) or 2010 SP3
// server first, an Exchange 2003 organization an Exchange 2010 SP3 server.
import { fieldString, getPair, Node, nodeRange } from '../parse';
import { replaceNode } from '../fix';
import type { TextEdit } from '../types';
import type { RuleDefinition } from '../rule';
import { HybridServerRequirement } from '../knowledge/online';
import {
  describeServer,
  hybridRequirement,
  hybridServerSteps,
  insertStepsBefore,
  isValidHybridServer,
  newServerName,
  onlineMethod,
  productName,
  ruleText,
  stepFieldRange,
  validHybridServers,
} from '../util/online';

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
  messages: {
    en: {
      none: 'the Hybrid Configuration Wizard cannot run in an {org} organization without a hybrid server, and none is installed before this step: an {org} organization needs {needed}; install one first and run the wizard against it',
      wrongServer: 'the Hybrid Configuration Wizard runs against {server}, which cannot be the hybrid server of an {org} organization (it needs {needed}); run it against {valid}',
      fixInstall: 'Install {server} ({version} {update}) as the hybrid server before the wizard',
      fixPoint: 'Run the wizard against {server}',
    },
    sv: {
      none: 'guiden för hybridkonfiguration kan inte köras i en {org}-organisation utan en hybridserver, och ingen installeras före det här steget: en {org}-organisation behöver {needed}; installera en först och kör guiden mot den',
      wrongServer: 'guiden för hybridkonfiguration körs mot {server}, som inte kan vara hybridserver i en {org}-organisation (den behöver {needed}); kör den mot {valid}',
      fixInstall: 'Installera {server} ({version} {update}) som hybridserver före guiden',
      fixPoint: 'Kör guiden mot {server}',
    },
  },
  create(context) {
    const { parsed, doc, facts } = context;
    return {
      onStep(step, state) {
        if (step.action !== 'run-hybrid-wizard' || onlineMethod(facts) !== 'hybrid') return;
        const requirement = hybridRequirement(state);
        if (!requirement) return;
        const named = fieldString(step.node, 'server', doc);
        const server = named ? state.servers.get(named) : undefined;
        if (isValidHybridServer(state, server)) return;
        const org = productName(requirement.organization);
        const needed = requirementText(requirement);
        const serverNode = getPair(step.node, 'server')?.value as Node | undefined;
        const range = stepFieldRange(parsed, step, 'server');
        const valid = validHybridServers(state);
        if (valid.length > 0) {
          // A hybrid server exists: the wizard just names the wrong one. Unknown names are unknown-server's.
          if (!server) return;
          const fix =
            serverNode && nodeRange(serverNode)
              ? { title: ruleText(context, rule, 'fixPoint', { server: valid[0].name }), edits: [replaceNode(serverNode, valid[0].name)] }
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
          parsed.steps.some((s) => s.index > step.index && s.action === 'install-exchange' && fieldString(s.node, 'server', doc) === named);
        if (installedLater) return;
        // A name that exists nowhere in the runbook is taken as the server the user meant to install.
        const everUsed = named ? state.retired.has(named) || parsed.servers.some((s) => s.name === named) : true;
        const reuseName = named !== undefined && !server && !everUsed && /^[A-Za-z0-9_.-]+$/.test(named);
        const name = reuseName ? named! : newServerName(parsed, state, requirement.install.version);
        const edits: TextEdit[] = [insertStepsBefore(parsed, step, hybridServerSteps(state, requirement, name))];
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
              update: requirement.install.update,
            }),
            edits,
          },
        });
      },
    };
  },
};
