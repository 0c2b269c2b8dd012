// Text the rules share: a rule's own message for fix titles, counts written as the
// locale writes them, and how a server is named in a message.
import type { Report, RuleContext, RuleDefinition } from '../rule';
import { formatNumber, MessageArgs } from '../l10n/format';
import type { ServerState } from '../model';
import { isVersion } from '../knowledge/versions';

/** A message of a rule in the context's locale (for fix titles). */
export function ruleText(context: RuleContext, _rule: RuleDefinition, id: string, args?: MessageArgs): string {
  return context.message(id, args);
}

/** Thousands separated as each locale writes them (2,000 / 2 000, the space Intl gives). */
export function count(context: RuleContext, n: number): string {
  return formatNumber(context.locale, n);
}

export function productName(version: string | undefined): string {
  return isVersion(version) ? `Exchange ${version === 'SE' ? 'SE' : version}` : `Exchange ${version ?? '?'}`;
}

export function describeServer(server: ServerState): string {
  const update = server.update ? ` ${server.update}` : '';
  return `${server.name} (${productName(server.version)}${update})`;
}

/**
 * The message of a finding: `messageId` with `args`, or, when the fix would need an update
 * not released by the runbook's date, the rule's `notReleased` message around it (no fix
 * is offered, and the message says why).
 */
export function unlessNotReleased(
  context: RuleContext,
  rule: RuleDefinition,
  messageId: string,
  args: MessageArgs,
  notReleased: { version: string; minimum: string } | undefined,
): Pick<Report, 'messageId' | 'args'> {
  if (!notReleased) return { messageId, args };
  return {
    messageId: 'notReleased',
    args: {
      message: ruleText(context, rule, messageId, args),
      version: notReleased.version,
      minimum: notReleased.minimum,
      asOf: context.asOf,
    },
  };
}
