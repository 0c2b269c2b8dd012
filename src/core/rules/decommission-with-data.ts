// Uninstalling Exchange from a server that still holds mailbox or public folder databases
// fails, and one that still answers client connections or relays mail takes users and
// mail flow down with it. Microsoft's decommissioning guidance: move the namespace and mail
// flow, move every mailbox and public folder, remove the databases, then uninstall.
import type { OrgState, ServerState } from '../model';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import { LINKS } from '../knowledge/procedures';
import type { YamlEntries } from '../fix';
import type { Load } from '../toolkit/servers';
import type { NotReleased } from '../toolkit/steps';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

/** The loads in words, from the rule's messages (`load.<load>`), joined as a list. */
function describeLoads(context: RuleContext, server: ServerState, loads: Load[]): string {
  return context.text.list(loads.map((l) => context.message(`load.${l}`, { count: server.hosts.mailboxes })));
}

/** Whether a present server other than `server` has the mailbox role; stops at the first (no copy of all servers per step). */
function otherMailboxServer(state: OrgState, server: ServerState): boolean {
  for (const s of state.servers.values()) if (s !== server && s.roles.includes('mailbox')) return true;
  return false;
}

export const rule = defineRule({
  id: 'decommission-with-data',
  defaultSeverity: 'error',
  description: {
    en: 'A server is decommissioned while it still hosts mailboxes, public folders, client access or transport.',
    sv: 'En server avvecklas medan den fortfarande har postlådor, gemensamma mappar, klientåtkomst eller transport.',
  },
  fixable: true,
  tags: ['on-premises'],
  messages: {
    en: {
      hosting:
        '{server} still hosts {what} when it is decommissioned: Setup cannot uninstall a server with mailbox or public folder databases, ' +
        'and users and mail flow still depend on it. Move {moved, select, one {it} other {them}} to another server first',
      'load.mailboxes': '{count, plural, one {# mailbox} other {# mailboxes}}',
      'load.publicFolders': 'public folders',
      'load.clientAccess': 'client access',
      'load.transport': 'transport (mail flow)',
      fix: 'Insert the moves that empty {server} before its decommission',
      hostingOnline:
        '{server} still hosts {what} when it is decommissioned: Setup cannot uninstall a server with mailbox databases, and those mailboxes are not in Exchange Online yet. ' +
        'Complete their migration (the batch or the move) before this step',
      notReleased:
        '{message}; no fix is offered: no update of Exchange {version} at {minimum} or later was released by {asOf}',
    },
    sv: {
      hosting:
        '{server} har fortfarande {what} när den avvecklas: installationsprogrammet kan inte avinstallera en server med databaser för postlådor eller gemensamma mappar, ' +
        'och användare och e-postflöde är fortfarande beroende av den. Flytta {moved, select, one {den} other {dem}} till en annan server först',
      'load.mailboxes': '{count, plural, one {# postlåda} other {# postlådor}}',
      'load.publicFolders': 'gemensamma mappar',
      'load.clientAccess': 'klientåtkomst',
      'load.transport': 'transport (e-postflöde)',
      fix: 'Infoga flyttarna som tömmer {server} före avvecklingen',
      hostingOnline:
        '{server} har fortfarande {what} när den avvecklas: installationsprogrammet kan inte avinstallera en server med postlådedatabaser, och de postlådorna finns inte i Exchange Online ännu. ' +
        'Slutför migreringen av dem (batchen eller flytten) före det här steget',
      notReleased:
        '{message}; ingen åtgärd erbjuds: ingen uppdatering av Exchange {version} på {minimum} eller senare hade släppts den {asOf}',
    },
  },
  create(context) {
    return {
      onStep(step, state) {
        if (step.action !== 'decommission') return;
        const name = context.source.string(step.node, 'server');
        const server = name ? state.servers.get(name) : undefined;
        if (!server) return;
        // In an Exchange Online runbook, public folders go to the tenant: the public-folders rule owns them.
        const online = context.facts.target.platform === EXCHANGE_ONLINE_TARGET;
        // And client access and transport of the last mailbox server before MX moves are mail-flow-order's
        // finding there ("switch MX first"): one mistake, one finding.
        const lastBeforeMx =
          online &&
          state.mx !== 'exchange-online' &&
          server.roles.includes('mailbox') &&
          !otherMailboxServer(state, server);
        const loads = context.servers.loads.filter(
          (l) =>
            context.servers.hosts(server.hosts, l) &&
            !(online && l === 'publicFolders') &&
            !(lastBeforeMx && (l === 'clientAccess' || l === 'transport')),
        );
        if (!loads.length) return;
        const writer = context.fixer.steps;
        let moves: YamlEntries[] | undefined;
        let notReleased: NotReleased | undefined;
        try {
          moves = writer.movesToEmpty(state, server, context.servers.onlyOnline);
        } catch (error) {
          // The update public folders need first was not released by the runbook's date: no fix, and the message says so.
          if (!context.releases.isNotReleased(error)) throw error;
          notReleased = error;
        }
        // In an Exchange Online runbook mailboxes go to the tenant, not to another server.
        const messageId = online && loads.includes('mailboxes') ? 'hostingOnline' : 'hosting';
        const args = {
          server: server.name,
          what: describeLoads(context, server, loads),
          // Mailboxes and public folders are plural words, whatever the count.
          moved: loads.length > 1 || loads[0] === 'mailboxes' || loads[0] === 'publicFolders' ? 'many' : 'one',
        };
        context.report({
          range: context.range.line(step),
          step,
          ...context.unlessNotReleased({ messageId, args }, notReleased),
          ...(moves
            ? {
                fix: {
                  title: context.message('fix', { server: server.name }),
                  edits: [context.fixer.insertStepsBefore(step, moves)],
                },
              }
            : {}),
          data: { loads, source: LINKS.decommission },
        });
      },
    };
  },
});
