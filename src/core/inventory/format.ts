// An inventory as the runbook's `organization` and `servers` (YAML a runbook can start
// from) or as JSON (docs/inventory.md). What the runbook format has no field for (the AD
// site, the exact security update, an unknown rollup) goes into YAML comments.
import type { Locale } from '../types';
import { escapeInvisible } from '../util/escape';
import { CORE, coreMessage, lookupMessage } from '../l10n/messages';
import type { Inventory, InventoryNote, InventoryServer } from './import';

const PLAIN = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/**
 * Text from the inventory (an AD site name) for a YAML comment: a line break would end the
 * comment and let the file add its own keys or servers to the runbook, and a control
 * character would reach the terminal; both are written as escapes (`\u000a`).
 */
function commentText(text: string): string {
  return escapeInvisible(text);
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function yamlScalar(text: string): string {
  if (PLAIN.test(text) && !RESERVED.test(text) && !/^[\d.]+$/.test(text) && !/\s$/.test(text)) return text;
  // JSON escapes C0 controls; C1 controls (U+009B is a one-character CSI), NEL and the
  // invisible characters get YAML's `\u` escape too, so no terminal acts on them.
  return commentText(JSON.stringify(text));
}

/** Versions and OS names look like numbers: always quoted, as the schema's examples write them. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** The `servers:` entries for one server, indented for a list under `servers:`. */
export function serverYaml(s: InventoryServer, locale: Locale, indent = '  '): string {
  const lines: string[] = [];
  const siteNote = s.site ? `  # ${coreMessage(locale, 'inventory.site', { site: commentText(s.site) })}` : '';
  lines.push(`${indent}- name: ${yamlScalar(s.name)}${siteNote}`);
  const inner = indent + '  ';
  if (s.version) lines.push(`${inner}version: ${quoted(s.version)}`);
  if (s.update) {
    const note = !s.updateExact
      ? `  # ${coreMessage(locale, 'inventory.ruUnknown')}`
      : s.updateDetail
        ? `  # ${coreMessage(locale, 'inventory.detail', { detail: s.updateDetail })}`
        : '';
    lines.push(`${inner}update: ${s.update}${note}`);
  }
  if (s.os) lines.push(`${inner}os: ${quoted(s.os)}`);
  if (s.roles.length > 0) lines.push(`${inner}roles: [${s.roles.join(', ')}]`);
  if (s.mailboxes !== undefined) lines.push(`${inner}mailboxes: ${s.mailboxes}`);
  if (s.publicFolders) lines.push(`${inner}publicFolders: true`);
  return lines.join('\n') + '\n';
}

/** `organization:` and `servers:` as runbook YAML. */
export function inventoryToYaml(inv: Inventory, locale: Locale = 'en'): string {
  const o = inv.organization;
  let out = 'organization:\n';
  out += o.name ? `  name: ${yamlScalar(o.name)}\n` : `  name: ""  # ${coreMessage(locale, 'inventory.noOrg')}\n`;
  out +=
    o.mailboxes !== undefined
      ? `  mailboxes: ${o.mailboxes}\n`
      : `  mailboxes: 0  # ${coreMessage(locale, 'inventory.noCounts')}\n`;
  if (o.publicFolders !== undefined) out += `  publicFolders: ${o.publicFolders}\n`;
  if (o.forestFunctionalLevel) out += `  forestFunctionalLevel: ${quoted(o.forestFunctionalLevel)}\n`;
  if (o.domains && o.domains.length > 0) out += `  domains: [${o.domains.map(yamlScalar).join(', ')}]\n`;
  out += inv.servers.length === 0 ? 'servers: []\n' : 'servers:\n';
  for (const s of inv.servers) out += serverYaml(s, locale);
  return out;
}

/** The JSON the `inventory` command prints (docs/inventory.md). */
export function inventoryToJson(inv: Inventory): string {
  const servers = inv.servers.map((s) => ({
    name: s.name,
    version: s.version ?? null,
    update: s.update ?? null,
    ...(s.updateDetail ? { updateDetail: s.updateDetail } : {}),
    updateExact: s.updateExact,
    build: s.build ?? null,
    roles: s.roles,
    os: s.os ?? null,
    site: s.site ?? null,
    mailboxes: s.mailboxes ?? null,
    ...(s.publicFolders ? { publicFolders: true } : {}),
  }));
  return JSON.stringify({ organization: inv.organization, servers }, null, 2) + '\n';
}

export function noteText(note: InventoryNote, locale: Locale = 'en'): string {
  const args: Record<string, string> = {};
  for (const [k, v] of Object.entries(note)) args[k] = String(v);
  return lookupMessage(CORE, locale, `inventory.note.${note.kind}`, args);
}
