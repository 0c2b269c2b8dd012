// A cutover or staged batch keeps syncing mail that still arrives on premises until it is
// completed (deleted); Microsoft's order is: switch MX, wait 72 hours, then complete. A
// staged batch whose users were converted to mail users may be completed before MX: mail
// for them is forwarded by targetAddress (Microsoft's
// PowerShell staged procedure deletes each batch right after converting its users). And
// an organization whose MX still points on premises needs a mailbox server to receive it.
import type { StepEntry } from '../parse';
import { defineRule } from '../rule';
import { EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';

export const rule = defineRule({
  id: 'mail-flow-order',
  defaultSeverity: 'error',
  description: {
    en: 'A cutover batch, or a staged batch whose users are not converted yet, is completed, or the last on-premises mailbox server decommissioned, before MX points to Microsoft 365.',
    sv: 'En batch för snabb migrering, eller en batch för stegvis migrering vars användare inte har konverterats ännu, slutförs, eller den sista lokala postlådeservern avvecklas, innan MX pekar på Microsoft 365.',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      completeBefore:
        'the {method, select, staged {staged} other {cutover}} batch `{batch}` is completed before MX points to Microsoft 365 ({mx}): completing stops the sync, so mail that still arrives on premises is left behind; switch MX first and complete the batch about 72 hours later',
      completeStagedBefore:
        "the staged batch `{batch}` is completed before its users are converted to mail users and before MX points to Microsoft 365 ({mx}): completing stops the sync, so mail that still arrives on premises is left behind; convert the batch's users first (`convert-to-mail-users`), or switch MX first and complete the batch about 72 hours later",
      decommissionBefore:
        '{server} is the last on-premises mailbox server and is decommissioned before MX points to Microsoft 365 ({mx}): mail would still arrive at an organization with nowhere to deliver it; switch MX first',
      mxLater: '`switch-mx` comes later, on line {line}',
      mxNever: 'the runbook has no `switch-mx` step',
    },
    sv: {
      completeBefore:
        'batchen `{batch}` ({method, select, staged {stegvis migrering} other {snabb migrering}}) slutförs innan MX pekar på Microsoft 365 ({mx}): slutförandet stoppar synkroniseringen, så e-post som fortfarande kommer till den lokala miljön blir kvar; byt MX först och slutför batchen ungefär 72 timmar senare',
      completeStagedBefore:
        'batchen `{batch}` (stegvis migrering) slutförs innan dess användare har konverterats till e-postanvändare och innan MX pekar på Microsoft 365 ({mx}): slutförandet stoppar synkroniseringen, så e-post som fortfarande kommer till den lokala miljön blir kvar; konvertera batchens användare först (`convert-to-mail-users`), eller byt MX först och slutför batchen ungefär 72 timmar senare',
      decommissionBefore:
        '{server} är den sista lokala postlådeservern och avvecklas innan MX pekar på Microsoft 365 ({mx}): e-post skulle fortfarande komma till en organisation som inte kan leverera den; byt MX först',
      mxLater: '`switch-mx` kommer senare, på rad {line}',
      mxNever: 'körboken har inget `switch-mx`-steg',
    },
  },
  create(context) {
    const { parsed, facts } = context;
    const mxText = (step: StepEntry) => {
      const later = parsed.steps.find(
        (s) =>
          s.action === 'switch-mx' &&
          // Stryker disable next-line ConditionalExpression,EqualityOperator: an earlier switch-mx has pointed MX online (state.mx), and onStep returns before judging any later step, so only later ones are ever found
          s.index > step.index,
      );
      return later
        ? context.message('mxLater', { line: parsed.lineCounter.linePos(later.node.range![0]).line })
        : context.message('mxNever');
    };
    return {
      onStep(step, state) {
        if (facts.target.platform !== EXCHANGE_ONLINE_TARGET || state.mx === 'exchange-online') return;
        if (step.action === 'complete-migration-batch') {
          const name = context.source.string(step.node, 'batch');
          const batch = name ? state.batches.get(name) : undefined;
          const method = batch?.method;
          if (method !== 'cutover' && method !== 'staged') return;
          // Converted users get their mail by targetAddress: nothing is left behind.
          if (method === 'staged' && batch?.converted) return;
          context.report({
            range: context.range.line(step),
            step,
            ...(method === 'staged'
              ? { messageId: 'completeStagedBefore' as const, args: { batch: name!, mx: mxText(step) } }
              : { messageId: 'completeBefore' as const, args: { method, batch: name!, mx: mxText(step) } }),
          });
        } else if (step.action === 'decommission') {
          const name = context.source.string(step.node, 'server');
          const server = name ? state.servers.get(name) : undefined;
          if (!server || !server.roles.includes('mailbox')) return;
          // Mailboxes still on it are decommission-with-data's finding (one mistake, one finding).
          if (server.hosts.mailboxes > 0) return;
          const othersWithMailboxRole = [...state.servers.values()].some(
            (s) => s !== server && s.roles.includes('mailbox'),
          );
          if (othersWithMailboxRole) return;
          context.report({
            range: context.range.line(step),
            step,
            messageId: 'decommissionBefore',
            args: { server: server.name, mx: mxText(step) },
          });
        }
      },
    };
  },
});
