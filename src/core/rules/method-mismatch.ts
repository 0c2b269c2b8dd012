// Steps that belong to another platform or method are a plan mixed up with another plan:
// a migration batch in an on-premises upgrade, a new Exchange server in a cutover, a
// staged batch in a hybrid migration. Each would fail, or do something nobody planned.
import type { StepEntry } from '../parse';
import type { RuleDefinition } from '../rule';
import type { OffsetRange } from '../types';
import { BATCH_METHOD_OF } from '../knowledge/online';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

/** Actions an on-premises runbook never takes (they act on the tenant). */
const ONLINE_ONLY = new Set([
  'create-migration-batch',
  'start-migration-batch',
  'complete-migration-batch',
  'convert-to-mail-users',
  'switch-mx',
  'assign-licenses',
  'run-hybrid-wizard',
]);

/** Actions a cutover or staged runbook never takes: they build a hybrid deployment. */
const HYBRID_ONLY = new Set(['install-exchange', 'run-hybrid-wizard']);

export const rule: RuleDefinition = {
  id: 'method-mismatch',
  defaultSeverity: 'error',
  description: {
    en: 'A step belongs to another platform or migration method than the runbook’s target.',
    sv: 'Ett steg hör till en annan plattform eller migreringsmetod än körbokens mål.',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      onPremises:
        '`{action}` acts on Exchange Online, but this runbook’s target is on-premises Exchange {version}: remove the step, or change `target` to exchange-online',
      onPremisesMove:
        'this step moves to Exchange Online, but the runbook’s target is on-premises Exchange {version}: move to a server of the organization instead',
      notInMethod:
        '`{action}` belongs to a hybrid deployment, but this runbook is a {method} migration, which needs no on-premises server installed or configured for hybrid: remove the step, or change `target.method` to hybrid',
      moveInMethod:
        'a mailbox move to Exchange Online is a hybrid remote move, but this runbook is a {method} migration: migrate with `{batchMethod}` migration batches instead',
      batchMethod: 'a `{batchMethod}` batch in a {method} migration: this runbook’s batches are `{expected}` batches',
      convert:
        '`convert-to-mail-users` belongs to a staged migration (it turns the migrated on-premises mailboxes into mail users), but this runbook is a {method} migration',
      notHybridInstall:
        'a hybrid migration installs only hybrid servers, and {server} is neither marked `hybrid: true` nor named by `run-hybrid-wizard`: mark it as the hybrid server, or remove the install',
      cutover: 'cutover',
      staged: 'staged',
      hybrid: 'hybrid',
    },
    sv: {
      onPremises:
        '`{action}` verkar i Exchange Online, men körbokens mål är lokala Exchange {version}: ta bort steget, eller ändra `target` till exchange-online',
      onPremisesMove:
        'steget flyttar till Exchange Online, men körbokens mål är lokala Exchange {version}: flytta till en server i organisationen i stället',
      notInMethod:
        '`{action}` hör till en hybriddistribution, men körboken är en {method}, som inte behöver någon lokal server installerad eller konfigurerad för hybrid: ta bort steget, eller ändra `target.method` till hybrid',
      moveInMethod:
        'en flytt av postlådor till Exchange Online är en fjärrflytt i en hybriddistribution, men körboken är en {method}: migrera med batchar av typen `{batchMethod}` i stället',
      batchMethod: 'en batch av typen `{batchMethod}` i en {method}: körbokens batchar är av typen `{expected}`',
      convert:
        '`convert-to-mail-users` hör till stegvis migrering (det gör de migrerade lokala postlådorna till e-postaktiverade användare), men körboken är en {method}',
      notHybridInstall:
        'en hybridmigrering installerar bara hybridservrar, och {server} är varken markerad med `hybrid: true` eller nämnd av `run-hybrid-wizard`: markera den som hybridserver, eller ta bort installationen',
      cutover: 'snabb migrering',
      staged: 'stegvis migrering',
      hybrid: 'fullständig hybridmigrering',
    },
  },
  create(context) {
    const { facts } = context;
    const installs: { step: StepEntry; server: string }[] = [];
    const wizardServers = context.servers.nameSet();
    const report = (step: StepEntry, range: OffsetRange, messageId: string, args: Record<string, string>) =>
      context.report({ range, step, messageId, args });
    /** A batch of another method than the runbook's (a cutover batch in a staged runbook). */
    const checkBatchMethod = (step: StepEntry, method: keyof typeof BATCH_METHOD_OF, methodName: string) => {
      const batchMethod = context.source.string(step.node, 'method');
      const expected = BATCH_METHOD_OF[method];
      if (batchMethod && batchMethod !== expected && ['cutover', 'staged', 'remote-move'].includes(batchMethod)) {
        report(step, context.range.field(step, 'method'), 'batchMethod', {
          batchMethod,
          method: methodName,
          expected,
        });
      }
    };
    return {
      onStep(step) {
        const action = step.action;
        if (!action) return;
        const actionRange = context.range.field(step, 'action');
        const platform = facts.target.platform;
        const movesOnline =
          (action === 'move-mailboxes' || action === 'migrate-public-folders') &&
          context.source.string(step.node, 'to') === EXCHANGE_ONLINE_TARGET;
        if (platform === 'on-premises') {
          const version = facts.target.version ?? '?';
          if (ONLINE_ONLY.has(action)) report(step, actionRange, 'onPremises', { action, version });
          else if (movesOnline) report(step, context.range.field(step, 'to'), 'onPremisesMove', { version });
          return;
        }
        const method = context.servers.onlineMethod();
        if (!method) return;
        const methodName = context.message(method);
        if (action === 'run-hybrid-wizard') {
          const server = context.source.string(step.node, 'server');
          if (server) wizardServers.add(server);
        }
        if (method === 'cutover' || method === 'staged') {
          if (HYBRID_ONLY.has(action)) report(step, actionRange, 'notInMethod', { action, method: methodName });
          else if (action === 'move-mailboxes' && movesOnline) {
            report(step, context.range.field(step, 'to'), 'moveInMethod', {
              method: methodName,
              batchMethod: BATCH_METHOD_OF[method],
            });
          } else if (action === 'convert-to-mail-users' && method === 'cutover') {
            report(step, actionRange, 'convert', { method: methodName });
          }
        } else if (method === 'hybrid') {
          if (action === 'install-exchange') {
            const server = context.source.string(step.node, 'server');
            if (server && context.source.boolean(step.node, 'hybrid') !== true) installs.push({ step, server });
          } else if (action === 'convert-to-mail-users') {
            report(step, actionRange, 'convert', { method: methodName });
          }
        }
        if (action === 'create-migration-batch') checkBatchMethod(step, method, methodName);
      },
      onEnd() {
        // A server the wizard names later is a hybrid server too.
        for (const { step, server } of installs) {
          if (wizardServers.has(server)) continue;
          report(step, context.range.field(step, 'action'), 'notHybridInstall', { server });
        }
      },
    };
  },
};
