// What the Exchange Online rules share: reading the target, judging hybrid servers against
// the knowledge tables, and building the steps their fixes insert.
import { ServerNameSet } from './server-name';
import { fieldString, firstLineRange, getPair, nodeRange, ParsedRunbook, StepEntry } from '../parse';
import { EXCHANGE_ONLINE, OrgState, RunbookFacts, ServerState, onPremisesMailboxes } from '../model';
import { inferLayout, insertBeforeStep, isDeclined, renderItem, stepDashIndent, YamlEntries } from '../fix';
import type { RuleContext, RuleDefinition } from '../rule';
import { formatNumber, MessageArgs } from '../l10n/format';
import type { OffsetRange, TextEdit } from '../types';
import { updateAtLeast, versionRank, isVersion } from '../knowledge/versions';
import {
  HYBRID_SERVER_BY_VERSION,
  HYBRID_SERVER_REQUIREMENTS,
  HybridServerOption,
  HybridServerRequirement,
  OnlineMethod,
  isOnlineMethod,
} from '../knowledge/online';
import type { Node } from 'yaml';
import { presentVersions as versionsOfPresentServers } from '../present-servers';

/** The runbook's online method, when it migrates to Exchange Online with one. */
export function onlineMethod(facts: RunbookFacts): OnlineMethod | undefined {
  if (facts.target.platform !== EXCHANGE_ONLINE) return undefined;
  return isOnlineMethod(facts.target.method) ? facts.target.method : undefined;
}

/** Mailboxes in scope: `organization.mailboxes`, or more when the servers list more. */
export function mailboxesInScope(facts: RunbookFacts, initial: OrgState): number {
  return Math.max(facts.organization.mailboxes, onPremisesMailboxes(initial));
}

/** A message of a rule in the context's locale (for fix titles). */
export function ruleText(context: RuleContext, _rule: RuleDefinition, id: string, args?: MessageArgs): string {
  return context.message(id, args);
}

/** Thousands separated as each locale writes them (2,000 / 2 000, the space Intl gives). */
export function count(context: RuleContext, n: number): string {
  return formatNumber(context.locale, n);
}

/** The value of `key` in the step, else the step's first line. */
export function stepFieldRange(parsed: ParsedRunbook, step: StepEntry, key: string): OffsetRange {
  const pair = getPair(step.node, key);
  const range = pair ? (nodeRange(pair.value as Node) ?? nodeRange(pair.key)) : undefined;
  return range ?? firstLineRange(parsed.text, step.node);
}

export function stepLineRange(parsed: ParsedRunbook, step: StepEntry): OffsetRange {
  return firstLineRange(parsed.text, step.node);
}

/** `target.method`'s value, else `target`'s key, else the document start. */
export function targetMethodRange(parsed: ParsedRunbook): OffsetRange {
  const pair = getPair(parsed.target, 'method');
  const range = pair ? (nodeRange(pair.value as Node) ?? nodeRange(pair.key)) : undefined;
  if (range) return range;
  const target = parsed.root ? getPair(parsed.root, 'target') : undefined;
  return (target && nodeRange(target.key as Node)) ?? { start: 0, end: 0 };
}

/** A field of `organization` (its value, else its key, else the `organization` key). */
export function organizationFieldRange(parsed: ParsedRunbook, key: string): OffsetRange {
  const pair = getPair(parsed.organization, key);
  const range = pair ? (nodeRange(pair.value as Node) ?? nodeRange(pair.key)) : undefined;
  if (range) return range;
  const org = parsed.root ? getPair(parsed.root, 'organization') : undefined;
  return (org && nodeRange(org.key as Node)) ?? { start: 0, end: 0 };
}

// ---- hybrid servers ----------------------------------------------------------------

/** The requirement row for an organization that still has Exchange 2003 or 2007, if it does. */
export function hybridRequirement(state: OrgState): HybridServerRequirement | undefined {
  // From the model's index of versions: a scan of every server at every batch was quadratic.
  const versions = new Set(versionsOfPresentServers(state.servers));
  return HYBRID_SERVER_REQUIREMENTS.find((r) => versions.has(r.organization));
}

function meets(server: ServerState, option: HybridServerOption): boolean {
  if (server.version !== option.version) return false;
  // An update level the runbook leaves out is not guessed.
  if (option.minUpdate && updateAtLeast(option.version, server.update, option.minUpdate) === false) return false;
  return option.roles.every((role) => server.roles.includes(role));
}

/** Can this server run the Hybrid Configuration Wizard for the organization as it is now? */
export function isValidHybridServer(state: OrgState, server: ServerState | undefined): boolean {
  if (!server || !state.servers.has(server.name)) return false;
  const requirement = hybridRequirement(state);
  if (requirement) return requirement.options.some((o) => meets(server, o));
  const option = isVersion(server.version) ? HYBRID_SERVER_BY_VERSION[server.version] : undefined;
  return option !== undefined && meets(server, option);
}

/** Present servers that can be the hybrid server, newest first. */
export function validHybridServers(state: OrgState): ServerState[] {
  return [...state.servers.values()]
    .filter((s) => isValidHybridServer(state, s))
    .sort((a, b) => versionRank(b.version) - versionRank(a.version));
}

/** Every server name the runbook uses anywhere, so a new name never collides. */
export function usedServerNames(parsed: ParsedRunbook, state: OrgState): ServerNameSet {
  const names = new ServerNameSet([...state.servers.values(), ...state.retired.values()].map((s) => s.name));
  for (const s of parsed.servers) if (s.name) names.add(s.name);
  for (const step of parsed.steps) {
    for (const key of ['server', 'from', 'to']) {
      const v = fieldString(step.node, key, parsed.doc);
      if (v) names.add(v);
    }
  }
  return names;
}

/** A new server name in the organization's own style: `NT-EX07` → `NT-HYB13`. */
export function newServerName(parsed: ParsedRunbook, state: OrgState, version: string): string {
  const first = [...state.servers.values()][0]?.name ?? parsed.servers[0]?.name ?? '';
  const dash = first.lastIndexOf('-');
  const prefix = dash > 0 ? first.slice(0, dash + 1) : '';
  const suffix = version === 'SE' ? 'SE' : version.slice(2);
  const base = `${prefix}HYB${suffix}`;
  const used = usedServerNames(parsed, state);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The steps that bring in a hybrid server at `update`: AD preparation when missing, then the install. */
export function hybridServerSteps(
  state: OrgState,
  requirement: HybridServerRequirement,
  name: string,
  update: string,
): YamlEntries[] {
  const { version, roles } = requirement.install;
  const steps: YamlEntries[] = [];
  if (versionRank(state.schemaPreparedFor) < versionRank(version))
    steps.push([
      ['action', 'prepare-schema'],
      ['version', version],
    ]);
  if (versionRank(state.adPreparedFor) < versionRank(version))
    steps.push([
      ['action', 'prepare-ad'],
      ['version', version],
    ]);
  steps.push([
    ['action', 'install-exchange'],
    ['server', name],
    ['version', version],
    ['update', update],
    ['roles', [...roles]],
    ['hybrid', true],
  ]);
  return steps;
}

/** Renders steps as the file writes its steps, to go right before `anchor`. */
export function renderSteps(parsed: ParsedRunbook, anchor: StepEntry, steps: YamlEntries[]): string {
  const layout = inferLayout(parsed);
  const dash = stepDashIndent(parsed, anchor);
  return steps.map((s) => renderItem(s, dash, layout, parsed.eol, 'step')).join('');
}

export function insertStepsBefore(parsed: ParsedRunbook, anchor: StepEntry, steps: YamlEntries[]): TextEdit {
  const edit = insertBeforeStep(parsed, anchor, renderSteps(parsed, anchor, steps));
  if (isDeclined(edit)) return edit;
  // Comment lines right above the step belong to it: insert above them.
  const text = parsed.text;
  const dash = stepDashIndent(parsed, anchor);
  let offset = edit.offset;
  while (offset > 0) {
    const previousStart = text.lastIndexOf('\n', offset - 2) + 1;
    const previous = text.slice(previousStart, offset).replace(/\r?\n$/, '');
    if (!previous.startsWith(dash + '#')) break;
    offset = previousStart;
  }
  return { ...edit, offset };
}

export function productName(version: string | undefined): string {
  return isVersion(version) ? `Exchange ${version === 'SE' ? 'SE' : version}` : `Exchange ${version ?? '?'}`;
}

export function describeServer(server: ServerState): string {
  const update = server.update ? ` ${server.update}` : '';
  return `${server.name} (${productName(server.version)}${update})`;
}
