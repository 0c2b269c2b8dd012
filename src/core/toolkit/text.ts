// Text the rules share: a rule's own message for fix titles, counts written as the
// locale writes them, and how a server is named in a message.
import type { RuleContext, RuleDefinition } from '../rule';
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
