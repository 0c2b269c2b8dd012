// The runbook's facts against the organization as it is (docs/inventory.md): `servers`
// (name, version, update, roles, os) and `organization` (forest level, mailboxes, public
// folders, domains) are compared with the inventory that `inventory:` names, and the
// inventory's servers the runbook lacks are reported. Each finding's fix rewrites that one
// value from the inventory, or adds the missing line or server, as minimal text edits.
import type { YAMLMap, YAMLSeq } from 'yaml';
import type { Inventory, InventoryServer } from '../inventory';
import type { Node, ServerEntry } from '../parse';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import { updateRank, VERSION_FACTS, isVersion, type ServerRole } from '../knowledge/versions';
import type { OffsetRange, TextEdit } from '../types';

export const rule = defineRule({
  id: 'inventory-drift',
  defaultSeverity: 'warning',
  description: {
    en: 'The runbook’s servers or organization facts disagree with the inventory it names, or the inventory has servers the runbook lacks.',
    sv: 'Körbokens servrar eller organisationsuppgifter stämmer inte med inventeringen den anger, eller så har inventeringen servrar som körboken saknar.',
  },
  fixable: true,
  tags: [],
  messages: {
    en: {
      serverField: '{server}: the runbook says {field} {written}, the inventory says {found}',
      serverFieldMissing: '{server}: the inventory says {field} {found}; the runbook does not say',
      missingServer: 'the inventory has Exchange {version} server {server}, which `servers` does not list',
      orgField: '`organization.{field}` is {written}, the inventory says {found}',
      orgFieldMissing: 'the inventory says `organization.{field}` {found}; the runbook does not say',
      missingDomains: 'the inventory has accepted domains {domains}, which `organization.domains` does not list',
      unreadable: 'inventory {file} cannot be read: {reason}',
      empty: 'inventory {file} holds no Get-ExchangeServer objects (docs/inventory.md says how to export them)',
      fixValue: 'Take {field} {found} from the inventory',
      fixServer: 'Add {server} from the inventory',
      fixDomains: 'Add {domains} from the inventory',
    },
    sv: {
      // {field} is a key of the format (update, os): code, not a Swedish word.
      serverField: '{server}: körboken säger `{field}` {written}, inventeringen säger {found}',
      serverFieldMissing: '{server}: inventeringen säger `{field}` {found}; körboken anger det inte',
      missingServer: 'inventeringen har Exchange {version}-servern {server}, som `servers` inte tar upp',
      orgField: '`organization.{field}` är {written}, inventeringen säger {found}',
      orgFieldMissing: 'inventeringen säger `organization.{field}` {found}; körboken anger det inte',
      missingDomains: 'inventeringen har de godkända domänerna {domains}, som `organization.domains` inte tar upp',
      unreadable: 'inventeringen {file} kan inte läsas: {reason}',
      empty: 'inventeringen {file} innehåller inga Get-ExchangeServer-objekt (docs/inventory.md beskriver exporten)',
      fixValue: 'Ta `{field}` {found} från inventeringen',
      fixServer: 'Lägg till {server} från inventeringen',
      fixDomains: 'Lägg till {domains} från inventeringen',
    },
  },
  create(context) {
    const { parsed } = context;
    return {
      onStart() {
        const pair = parsed.root ? context.source.pair(parsed.root, 'inventory') : undefined;
        const valueNode = pair?.value as Node | undefined;
        const file = context.source.string(parsed.root, 'inventory');
        if (!valueNode?.range || file === undefined || file.trim() === '') return;
        const range = { start: valueNode.range[0], end: valueNode.range[1] };
        const read = context.inventory(file);
        if ('refused' in read) {
          context.report({
            range,
            messageId: 'unreadable',
            args: { file, reason: read.reason },
            // A path outside the runbook's root is never read (docs/security.md): an error.
            severity: read.refused === 'absolute' || read.refused === 'outside' ? 'error' : undefined,
          });
          return;
        }
        const inv = read.inventory;
        if (inv.servers.length === 0) {
          context.report({ range, messageId: 'empty', args: { file } });
          return;
        }
        const drift: Drift = { context, range };
        const byName = new Map(parsed.servers.filter((s) => s.name).map((s) => [s.name!.toLowerCase(), s]));
        for (const s of inv.servers) {
          const entry = byName.get(s.name.toLowerCase());
          if (entry) checkServer(drift, s, entry);
        }
        checkMissingServers(drift, inv, byName);
        if (parsed.organization) checkOrganization(drift, inv, parsed.organization);
      },
    };
  },
});

/** What every check of one lint needs: the rule's context and the `inventory:` value's range. */
interface Drift {
  context: RuleContext;
  /** Where findings go that have no better place. */
  range: OffsetRange;
}

/** A server the runbook lists: its version, update, os and roles against the inventory's. */
function checkServer(drift: Drift, s: InventoryServer, entry: ServerEntry): void {
  const { context } = drift;
  const node = entry.node;
  const version = checkQuotedField(drift, s, entry, 'version');
  const v = s.version ?? version;
  const update = context.source.string(node, 'update');
  if (s.update && !updatesAgree(v, update, s))
    reportServerField(drift, entry, {
      field: 'update',
      written: update,
      found: s.update,
      node: context.source.node(node, 'update'),
      rendered: s.update,
    });
  checkQuotedField(drift, s, entry, 'os');
  const rolesNode = context.source.node(node, 'roles');
  const roles = rolesOfNode(context, rolesNode);
  const effective = roles ?? (isVersion(v) ? VERSION_FACTS[v].defaultRoles : undefined);
  if (s.roles.length > 0 && !sameRoles(effective, s.roles)) {
    const rendered = `[${s.roles.join(', ')}]`;
    reportServerField(drift, entry, {
      field: 'roles',
      written: roles ? `[${roles.join(', ')}]` : undefined,
      found: rendered,
      node: roles ? rolesNode : undefined,
      rendered,
    });
  }
}

/** A string field of a server (version, os) against the inventory's, which the fix writes quoted; returns the runbook's value. */
function checkQuotedField(
  drift: Drift,
  s: InventoryServer,
  entry: ServerEntry,
  field: 'version' | 'os',
): string | undefined {
  const { context } = drift;
  const written = context.source.string(entry.node, field);
  const found = s[field];
  if (found && written !== found)
    reportServerField(drift, entry, {
      field,
      written,
      found,
      node: context.source.node(entry.node, field),
      rendered: context.text.quoted(found),
    });
  return written;
}

/** A field of a server or the organization whose value disagrees with the inventory's. */
interface Disagreement {
  field: string;
  /** The runbook's value, undefined when it leaves the field out. */
  written: string | undefined;
  /** The inventory's value, as messages show it. */
  found: string;
  /** The runbook's value node, when it can be rewritten in place. */
  node: Node | undefined;
  /** The inventory's value as the fix writes it. */
  rendered: string;
}

/** A server field that disagrees: its value rewritten, or the missing line added. */
function reportServerField(drift: Drift, entry: ServerEntry, disagreement: Disagreement): void {
  const { field, written: runbookValue, found: invValue, node: valueNode, rendered } = disagreement;
  const { context } = drift;
  const node = entry.node;
  const nameNode = context.source.node(node, 'name');
  const at = nameNode?.range ? { start: nameNode.range[0], end: nameNode.range[1] } : drift.range;
  const server = entry.name!;
  const fixTitle = context.message('fixValue', { field, found: invValue });
  if (runbookValue === undefined || !valueNode?.range) {
    const edit = insertField(context, node, field, rendered);
    context.report({
      range: at,
      messageId: 'serverFieldMissing',
      args: { server, field, found: invValue },
      ...(edit ? { fix: { title: fixTitle, edits: [edit] } } : {}),
      data: { server, field, inventory: invValue },
    });
  } else {
    context.report({
      range: { start: valueNode.range[0], end: valueNode.range[1] },
      messageId: 'serverField',
      args: { server, field, written: runbookValue, found: invValue },
      fix: { title: fixTitle, edits: [context.fixer.replace(valueNode, rendered)] },
      data: { server, field, inventory: invValue },
    });
  }
}

/** The inventory's servers the runbook lacks, each added to `servers` by its fix. */
function checkMissingServers(drift: Drift, inv: Inventory, byName: Map<string, ServerEntry>): void {
  const { context } = drift;
  const parsed = context.parsed;
  const serversPair = parsed.root ? context.source.pair(parsed.root, 'servers') : undefined;
  const seq = serversPair?.value;
  for (const s of inv.servers) {
    if (byName.has(s.name.toLowerCase())) continue;
    const edit = context.source.isSeq(seq) ? insertServer(context, seq as YAMLSeq, s) : undefined;
    context.report({
      range:
        serversPair?.key && (serversPair.key as Node).range
          ? { start: (serversPair.key as Node).range![0], end: (serversPair.key as Node).range![1] }
          : drift.range,
      messageId: 'missingServer',
      args: { server: s.name, version: s.version ?? '?' },
      ...(edit ? { fix: { title: context.message('fixServer', { server: s.name }), edits: [edit] } } : {}),
      data: { server: s.name },
    });
  }
}

/** The organization's forest level, mailboxes, public folders and domains against the inventory's. */
function checkOrganization(drift: Drift, inv: Inventory, org: YAMLMap): void {
  const { context } = drift;
  const o = inv.organization;
  const level = context.source.string(org, 'forestFunctionalLevel');
  if (o.forestFunctionalLevel && level !== o.forestFunctionalLevel)
    reportOrgField(
      drift,
      org,
      'forestFunctionalLevel',
      level,
      o.forestFunctionalLevel,
      context.text.quoted(o.forestFunctionalLevel),
    );
  const mailboxes = context.source.number(org, 'mailboxes');
  if (o.mailboxes !== undefined && mailboxes !== o.mailboxes)
    reportOrgField(
      drift,
      org,
      'mailboxes',
      // Written but not a number (`mailboxes: many`): shown as written and replaced, not added again.
      mailboxes === undefined ? context.source.string(org, 'mailboxes') : String(mailboxes),
      String(o.mailboxes),
      String(o.mailboxes),
    );
  const pfNode = context.source.node(org, 'publicFolders');
  const pf = pfNode
    ? (context.source.string(org, 'publicFolders') ?? String((pfNode as { value?: unknown }).value))
    : undefined;
  // Left out reads as false: no finding when the inventory finds none either.
  if (o.publicFolders !== undefined && (pf === 'true') !== o.publicFolders) {
    reportOrgField(drift, org, 'publicFolders', pf, String(o.publicFolders), String(o.publicFolders));
  }
  if (o.domains && o.domains.length > 0) checkDomains(drift, org, o.domains);
}

/** An organization field that disagrees: its value rewritten, or the missing line added. */
function reportOrgField(
  drift: Drift,
  org: YAMLMap,
  field: string,
  runbookValue: string | undefined,
  invValue: string,
  rendered: string,
): void {
  const { context } = drift;
  const parsed = context.parsed;
  const node = context.source.node(org, field);
  const fixTitle = context.message('fixValue', { field: `organization.${field}`, found: invValue });
  if (runbookValue === undefined || !node?.range) {
    const edit = insertField(context, org, field, rendered);
    const keyNode = parsed.root
      ? (context.source.pair(parsed.root, 'organization')?.key as Node | undefined)
      : undefined;
    context.report({
      range: keyNode?.range ? { start: keyNode.range[0], end: keyNode.range[1] } : drift.range,
      messageId: 'orgFieldMissing',
      args: { field, found: invValue },
      ...(edit ? { fix: { title: fixTitle, edits: [edit] } } : {}),
    });
  } else {
    context.report({
      range: { start: node.range[0], end: node.range[1] },
      messageId: 'orgField',
      args: { field, written: runbookValue, found: invValue },
      fix: { title: fixTitle, edits: [context.fixer.replace(node, rendered)] },
    });
  }
}

/** Accepted domains the runbook's `domains` lacks, added by the fix. */
function checkDomains(drift: Drift, org: YAMLMap, domains: string[]): void {
  const { context } = drift;
  const domainsNode = context.source.node(org, 'domains');
  const have = new Set(
    context.source.isSeq(domainsNode)
      ? domainsNode.items.map((i) => (context.source.value(i) ?? '').toLowerCase())
      : [],
  );
  const missing = domains.filter((d) => !have.has(d));
  if (missing.length === 0) return;
  const edit = addDomains(context, org, domainsNode, missing);
  const at = domainsNode?.range ? { start: domainsNode.range[0], end: domainsNode.range[1] } : drift.range;
  context.report({
    range: at,
    messageId: 'missingDomains',
    args: { domains: missing.join(', ') },
    ...(edit ? { fix: { title: context.message('fixDomains', { domains: missing.join(', ') }), edits: [edit] } } : {}),
  });
}

/** A runbook update agrees with the inventory's: the same rank, or the same SP when the inventory knows only the SP/CU. */
function updatesAgree(version: string | undefined, update: string | undefined, s: InventoryServer): boolean {
  if (update === undefined) return false;
  const have = updateRank(version, update);
  const want = updateRank(version, s.update);
  if (have === undefined || want === undefined) return update.trim().toUpperCase() === (s.update ?? '').toUpperCase();
  if (s.updateExact) return have === want;
  // AdminDisplayVersion only: "SP3" is any SP3 rollup (ranks SP·1000 + RU); a CU is the CU.
  return want >= 1000 ? Math.floor(have / 1000) === Math.floor(want / 1000) : have === want;
}

function rolesOfNode(context: RuleContext, node: Node | undefined): ServerRole[] | undefined {
  if (!context.source.isSeq(node)) return undefined;
  return node.items.map((i) => context.source.value(i) ?? '') as ServerRole[];
}

function sameRoles(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (!a) return false;
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((r) => x.has(r));
}

/** Column of a block map's keys. */
function keyColumn(text: string, map: YAMLMap): number {
  const start = (map as Node).range![0];
  return start - (text.lastIndexOf('\n', start - 1) + 1);
}

/** A `key: value` line appended to a block map (flow maps get no fix). */
function insertField(context: RuleContext, map: YAMLMap, key: string, value: string): TextEdit | undefined {
  const { text, eol } = context.parsed;
  if (!context.source.isMap(map) || map.flow || !(map as Node).range) return undefined;
  const offset = context.source.end(map as Node);
  const line = `${' '.repeat(keyColumn(text, map))}${key}: ${value}${eol}`;
  return { offset, length: 0, text: offset === text.length && !text.endsWith('\n') ? eol + line : line };
}

/** A server item appended to `servers:`, indented like the items there. */
function insertServer(context: RuleContext, seq: YAMLSeq, s: InventoryServer): TextEdit | undefined {
  const { text, eol } = context.parsed;
  if (seq.flow) {
    // `servers: []`: the list becomes a block list under the key.
    if (seq.items.length > 0 || !seq.range) return undefined;
    // From the end of `servers:`, so that no trailing space is left on that line.
    let start = seq.range[0];
    while (start > 0 && text[start - 1] === ' ') start--;
    return {
      offset: start,
      length: seq.range[1] - start,
      text: eol + context.text.inventoryServer(s, '  ').replace(/\n$/, '').replace(/\n/g, eol),
    };
  }
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
  const dash = text.lastIndexOf('-', last.range[0] - 1);
  const indent = ' '.repeat(Math.max(dash - lineStart, 0));
  const offset = context.source.end(last);
  const rendered = context.text.inventoryServer(s, indent).replace(/\n/g, eol);
  return { offset, length: 0, text: offset === text.length && !text.endsWith('\n') ? eol + rendered : rendered };
}

function addDomains(
  context: RuleContext,
  org: YAMLMap,
  node: Node | undefined,
  missing: string[],
): TextEdit | undefined {
  const { text, eol } = context.parsed;
  if (!node) return insertField(context, org, 'domains', `[${missing.join(', ')}]`);
  if (!context.source.isSeq(node) || !node.range) return undefined;
  if (node.flow) {
    // Insert before the closing bracket: `[a]` → `[a, b]`.
    const close = text.lastIndexOf(']', node.range[1]);
    if (close < node.range[0]) return undefined;
    const prefix = node.items.length > 0 ? ', ' : '';
    return { offset: close, length: 0, text: prefix + missing.join(', ') };
  }
  const last = node.items[node.items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
  const dash = text.lastIndexOf('-', last.range[0] - 1);
  const indent = ' '.repeat(Math.max(dash - lineStart, 0));
  return { offset: context.source.end(last), length: 0, text: missing.map((d) => `${indent}- ${d}${eol}`).join('') };
}

export type { Inventory };
