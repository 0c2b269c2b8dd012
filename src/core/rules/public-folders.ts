// Public folders are the data migrations forget: they live in their own databases, move
// with their own batch, and Exchange Online cannot take them straight from Exchange 2007.
import type { Node } from '../parse';
import type { ServerState } from '../model';
import { defineRule } from '../rule';
import type { OffsetRange } from '../types';
import { PUBLIC_FOLDERS_TO_MODERN, PUBLIC_FOLDERS_TO_ONLINE } from '../knowledge/online';
import { publicFoldersStagingText } from '../knowledge/procedures';
import { updateAtLeast, versionRank } from '../knowledge/versions';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

export const rule = defineRule({
  id: 'public-folders',
  defaultSeverity: 'error',
  description: {
    en: 'Public folders are left behind by the end, or migrated from Exchange 2007 straight to Exchange Online.',
    sv: 'Gemensamma mappar lämnas kvar i slutet, eller migreras direkt från Exchange 2007 till Exchange Online.',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      leftOnline:
        'the public folders on {server} stay on premises at the end: nothing migrates them to Exchange Online; add a `migrate-public-folders` step to `exchange-online` (public folders on Exchange 2007 or older move to {staging} first)',
      unmigrated:
        'the organization has public folders, but no step migrates them to Exchange Online: they are lost when their servers are decommissioned; add a `migrate-public-folders` step',
      leftOnPremises:
        'the public folders on {server} are not migrated to Exchange {target}: they stay on a server older than the target version, which has to go (source-remains); migrate them to an Exchange {target} server first',
      direct:
        'public folders cannot be migrated from {server} straight to Exchange Online: Exchange Online takes legacy public folders only from {staging}; migrate them there first, then to Exchange Online',
      tooOld:
        'public folders cannot be migrated from {server} to Exchange Online: Exchange 2010 public folders need {minUpdate} or later; update the server first',
      legacyTooOld:
        'public folders cannot be migrated from {server} to {target}: the batch migration to modern public folders needs {minUpdate} or later on the source; update the server first',
    },
    sv: {
      leftOnline:
        'de gemensamma mapparna på {server} blir kvar lokalt i slutet: inget steg migrerar dem till Exchange Online; lägg till ett `migrate-public-folders`-steg till `exchange-online` (gemensamma mappar på Exchange 2007 eller äldre flyttas först till {staging})',
      unmigrated:
        'organisationen har gemensamma mappar, men inget steg migrerar dem till Exchange Online: de går förlorade när deras servrar avvecklas; lägg till ett `migrate-public-folders`-steg',
      leftOnPremises:
        'de gemensamma mapparna på {server} migreras inte till Exchange {target}: de blir kvar på en server som är äldre än målversionen och som ska bort (source-remains); migrera dem till en Exchange {target}-server först',
      direct:
        'gemensamma mappar kan inte migreras från {server} direkt till Exchange Online: Exchange Online tar emot äldre gemensamma mappar bara från {staging}; migrera dem dit först och sedan till Exchange Online',
      tooOld:
        'gemensamma mappar kan inte migreras från {server} till Exchange Online: gemensamma mappar i Exchange 2010 kräver {minUpdate} eller senare; uppdatera servern först',
      legacyTooOld:
        'gemensamma mappar kan inte migreras från {server} till {target}: batchmigreringen till moderna gemensamma mappar kräver {minUpdate} eller senare på källservern; uppdatera servern först',
    },
  },
  create(context) {
    const { parsed, facts, source } = context;
    const describe = context.text.server;
    let migrateSteps = 0;
    const staging = publicFoldersStagingText(context.locale);

    /** Where a remaining server's finding points: its `publicFolders`, its entry, or its install. */
    const serverRange = (server: ServerState): OffsetRange => {
      if (server.entry) {
        const pf = source.pair(server.entry.node, 'publicFolders');
        const name = source.pair(server.entry.node, 'name');
        return source.range((pf?.value ?? name?.value) as Node) ?? source.range(server.entry.node)!;
      }
      if (server.installedBy) return context.range.line(server.installedBy);
      return { start: 0, end: 0 };
    };

    return {
      onStep(step, state) {
        if (step.action !== 'migrate-public-folders') return;
        // Stryker disable next-line UpdateOperator: only compared with 0, which -1 is not either
        migrateSteps++;
        const to = source.strings(step.node, 'to')[0]?.value;
        if (to !== EXCHANGE_ONLINE_TARGET) {
          // On premises: legacy public folders reach modern ones (2013+) only from 2007 SP3 RU15 / 2010 SP3 RU8.
          const target = to ? state.servers.get(to) : undefined;
          if (!target || versionRank(target.version) < versionRank('2013')) return;
          for (const { value, node } of source.strings(step.node, 'from')) {
            const server = state.servers.get(value);
            const minimum = server?.version
              ? PUBLIC_FOLDERS_TO_MODERN.sources[server.version as keyof typeof PUBLIC_FOLDERS_TO_MODERN.sources]
              : undefined;
            if (!server || !minimum || updateAtLeast(server.version!, server.update, minimum) !== false) continue;
            context.report({
              range: source.range(node) ?? context.range.line(step),
              step,
              messageId: 'legacyTooOld',
              args: {
                server: describe(server),
                target: target.name,
                minUpdate: `${context.text.product(server.version)} ${minimum}`,
              },
              data: { source: PUBLIC_FOLDERS_TO_MODERN.source },
            });
          }
          return;
        }
        for (const { value, node } of source.strings(step.node, 'from')) {
          const server = state.servers.get(value);
          if (!server) continue;
          const rule = PUBLIC_FOLDERS_TO_ONLINE.find((r) => r.version === server.version);
          if (!rule) continue;
          const range = source.range(node) ?? context.range.line(step);
          if (!rule.directToOnline) {
            context.report({ range, step, messageId: 'direct', args: { server: describe(server), staging } });
          } else if (rule.minUpdate && updateAtLeast(server.version!, server.update, rule.minUpdate) === false) {
            context.report({
              range,
              step,
              messageId: 'tooOld',
              args: {
                server: describe(server),
                minUpdate: `${context.text.product(server.version)} ${rule.minUpdate}`,
              },
            });
          }
        }
      },
      onEnd(state) {
        const platform = facts.target.platform;
        const remaining = [...state.servers.values()].filter((s) => s.hosts.publicFolders);
        if (platform === EXCHANGE_ONLINE_TARGET) {
          for (const server of remaining) {
            context.report({
              range: serverRange(server),
              messageId: 'leftOnline',
              args: { server: describe(server), staging },
            });
          }
          // Public folders decommissioned with their server are lost: this rule's finding in an online
          // runbook (decommission-with-data leaves them here), at organization.publicFolders or that step.
          const destroyedBy = [...state.retired.values()].find((s) => s.hosts.publicFolders)?.decommissionedBy;
          const orgPublicFolders = facts.organization.publicFolders && remaining.length === 0 && migrateSteps === 0;
          if ((orgPublicFolders || destroyedBy) && !state.publicFoldersOnline) {
            const atStep = !source.pair(parsed.organization, 'publicFolders') ? destroyedBy : undefined;
            context.report({
              range: atStep ? context.range.line(atStep) : context.range.section('organization', 'publicFolders'),
              messageId: 'unmigrated',
              args: {},
              ...(atStep ? { step: atStep } : {}),
            });
          }
        } else if (platform === 'on-premises' && facts.target.version) {
          const target = facts.target.version;
          for (const server of remaining) {
            if (versionRank(server.version) < 0 || versionRank(server.version) >= versionRank(target)) continue;
            context.report({
              range: serverRange(server),
              messageId: 'leftOnPremises',
              args: { server: describe(server), target },
            });
          }
        }
      },
    };
  },
});
