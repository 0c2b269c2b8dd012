// Text the rules share: counts and lists written as the locale writes them, how a server
// is named in a message, YAML scalars for fixes, and the `notReleased` message around a
// finding whose fix cannot be offered.
import type { Report, RuleContext } from '../rule';
import { formatNumber, MessageArgs } from '../l10n/format';
import type { ServerState } from '../model';
import type { Locale } from '../types';
import type { InventoryServer } from '../inventory/import';
import { isVersion } from '../knowledge/versions';
import { listText } from '../knowledge/procedures';
import { quoted, yamlScalar } from '../fix';
import { quoteContent } from '../files';
import { serverYaml } from '../inventory/format';

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
  context: Pick<RuleContext, 'message' | 'asOf'>,
  messageId: string,
  args: MessageArgs,
  notReleased: { version: string; minimum: string } | undefined,
): Pick<Report, 'messageId' | 'args'> {
  if (!notReleased) return { messageId, args };
  return {
    messageId: 'notReleased',
    args: {
      message: context.message(messageId, args),
      version: notReleased.version,
      minimum: notReleased.minimum,
      asOf: context.asOf,
    },
  };
}

/** Words on a rule's context (../rule.ts), written as the runbook's locale writes them. */
export interface TextKit {
  /** A count with thousands grouped as the locale writes them (2,500 / 2 500). */
  count(n: number): string;
  /** Items joined as a list in the locale: "A, B and C" / "A, B och C" (or "or" / "eller"). */
  list(items: readonly string[], word?: 'and' | 'or'): string;
  /** "Exchange 2016", "Exchange SE". */
  product(version: string | undefined): string;
  /** "EX01 (Exchange 2016 CU23)". */
  server(server: ServerState): string;
  /** A piece of a file's content as a message may show it (cut with … when long). */
  content(value: string): string;
  /** A YAML scalar for a fix: plain when that reads back as the same value, else quoted. */
  scalar(value: string | number | boolean): string;
  /** A YAML string, always double-quoted (versions, OS names that look like numbers). */
  quoted(value: string): string;
  /** An inventory's server as a runbook `servers` entry, its comments in the locale. */
  inventoryServer(server: InventoryServer, indent: string): string;
}

export function textKit(locale: Locale): TextKit {
  return {
    count: (n) => formatNumber(locale, n),
    list: (items, word = 'and') => listText(locale, [...items], word),
    product: productName,
    server: describeServer,
    content: (value) => quoteContent(value),
    scalar: yamlScalar,
    quoted,
    inventoryServer: (server, indent) => serverYaml(server, locale, indent),
  };
}
