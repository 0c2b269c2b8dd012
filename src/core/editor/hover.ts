// Hover in a runbook, as Markdown: on an action, what it does, the commands that carry it
// out and the page it comes from; on a version, its end of support and platform
// minimums; on a server name, the organization as that step finds it (the servers present
// and what this server still hosts); on a key, what the field means.
import { ACTIONS_BY_ID } from '../knowledge/actions';
import { VERSION_FACTS, isVersion, VERSIONS } from '../knowledge/versions';
import { platformOf, windowsName } from '../knowledge/platform';
import { fieldString, parseRunbook } from '../parse';
import { sameServerName } from '../util/server-name';
import type { ParsedRunbook } from '../parse';
import { stateAt, meantAction } from '../model';
import type { OrgState, ServerState } from '../model';
import { coreMessagesIn } from '../l10n/messages';
import { todayIso } from '../lint';
import type { Locale, OffsetRange } from '../types';
import { scalarAt, ScalarHit } from './locate';
import { fieldSpec } from './fields';
import { hostingParts, serverDetail } from './completion';
import { nameOccurrences } from './references';

export interface HoverContent {
  markdown: string;
  range: OffsetRange;
}

export interface HoverOptions {
  locale?: Locale;
  /** Overrides the runbook's `asOf` (the setting), as in lint. */
  asOf?: string;
  today?: string;
}

/** `parsed`, when given, is parseRunbook(text) already made (the editor shares one per version). */
export function hoverAt(
  text: string,
  offset: number,
  options: HoverOptions = {},
  parsed: ParsedRunbook = parseRunbook(text),
): HoverContent | undefined {
  if (parsed.fatal.length > 0 || !parsed.root) return undefined;
  const hit = scalarAt(parsed, offset);
  if (!hit) return undefined;
  const locale = options.locale ?? 'en';
  const range = { start: hit.node.range![0], end: hit.node.range![1] };
  const markdown = contentFor(parsed, hit, locale, options);
  return markdown ? { markdown, range } : undefined;
}

function contentFor(parsed: ParsedRunbook, hit: ScalarHit, locale: Locale, options: HoverOptions): string | undefined {
  const t = coreMessagesIn(locale);
  const action = hit.step ? meantAction(hit.step.action) : undefined;
  if (hit.role === 'key') {
    const spec = hit.container === 'unknown' ? undefined : fieldSpec(hit.container, action, hit.field);
    return spec ? `**\`${hit.field}\`** — ${spec.description[locale]}` : undefined;
  }
  const value =
    hit.node.value === null || hit.node.value === undefined ? undefined : (hit.node.source ?? String(hit.node.value));
  if (value === undefined) return undefined;
  if (hit.container === 'step' && hit.field === 'action') {
    const spec = ACTIONS_BY_ID.get(value);
    return spec ? actionHover(spec, locale) : undefined;
  }
  const spec = hit.container === 'unknown' ? undefined : fieldSpec(hit.container, action, hit.field);
  if (spec?.enum === VERSIONS && isVersion(value)) return versionHover(value, parsed, locale, options);
  const occurrence = nameOccurrences(parsed).find((o) => o.node === hit.node);
  if (occurrence?.kind === 'server') return serverHover(parsed, occurrence.name, hit, locale, t);
  return undefined;
}

function actionHover(spec: NonNullable<ReturnType<typeof ACTIONS_BY_ID.get>>, locale: Locale): string {
  const t = coreMessagesIn(locale);
  const lines = [`**${spec.id}** — ${spec.description[locale]}`];
  if (spec.required.length)
    lines.push('', t('editor.hover.requiredFields', { fields: spec.required.map((f) => `\`${f}\``).join(', ') }));
  if (spec.commands.length) {
    lines.push('', `${t('editor.hover.commands')}:`);
    for (const command of spec.commands) lines.push(`- [\`${command.text}\`](${command.url})`);
  }
  lines.push('', `${t('editor.hover.source')}: [${spec.source}](${spec.source})`);
  return lines.join('\n');
}

function runbookAsOf(parsed: ParsedRunbook): string | undefined {
  const node = parsed.root?.get('asOf', true) as { value?: unknown } | undefined;
  const value = node?.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function versionHover(
  version: keyof typeof VERSION_FACTS,
  parsed: ParsedRunbook,
  locale: Locale,
  options: HoverOptions,
): string {
  const t = coreMessagesIn(locale);
  const facts = VERSION_FACTS[version];
  const asOf = options.asOf ?? runbookAsOf(parsed) ?? options.today ?? todayIso();
  const lines = [`**${facts.name}** (${t('editor.hover.build', { build: facts.build })})`, ''];
  if (facts.endOfSupport) {
    const passed = facts.endOfSupport <= asOf;
    lines.push(
      `- ${t(passed ? 'editor.hover.eosPassed' : 'editor.hover.eos', { date: facts.endOfSupport, asOf })} ([${t('editor.hover.lifecycle')}](${facts.source}))`,
    );
  } else {
    lines.push(`- ${t('editor.hover.modernLifecycle')} ([${t('editor.hover.lifecycle')}](${facts.source}))`);
  }
  lines.push(`- ${t('editor.hover.latestUpdate', { update: facts.latestUpdate })}`);
  const platform = platformOf(version);
  if (platform) {
    const os = platform.os.map((o) =>
      o.needsUpdate
        ? t('editor.hover.osWithUpdate', { os: windowsName(o.os), update: o.needsUpdate })
        : windowsName(o.os),
    );
    lines.push(
      `- ${t('editor.hover.os', { list: os.join(', ') })} ([${t('editor.hover.sourceShort')}](${platform.os[0].source}))`,
    );
    lines.push(
      `- ${t('editor.hover.forest', { level: windowsName(platform.minForestLevel) })} ([${t('editor.hover.sourceShort')}](${platform.forestSource}))`,
    );
    lines.push(
      `- ${t('editor.hover.outlook', { version: platform.minOutlook })} ([${t('editor.hover.sourceShort')}](${platform.outlookSource}))`,
    );
  } else {
    lines.push(`- ${t('editor.hover.noPlatform')}`);
  }
  return lines.join('\n');
}

function serverHover(
  parsed: ParsedRunbook,
  name: string,
  hit: ScalarHit,
  locale: Locale,
  t: ReturnType<typeof coreMessagesIn>,
): string {
  const stepIndex = hit.step ? hit.step.index : 0;
  const state = stateAt(parsed, stepIndex);
  const lines = [`**${name}**`, ''];
  const server = state.servers.get(name);
  const lineOf = (offset: number | undefined) => (offset === undefined ? 0 : parsed.lineCounter.linePos(offset).line);
  if (server) {
    lines.push(
      t(hit.step ? 'editor.hover.server.before' : 'editor.hover.server.atStart', {
        version: serverDetail(server) || '?',
      }),
    );
    const parts = hostingParts(server, locale);
    lines.push(
      '',
      parts.length ? t('editor.hover.server.hosts', { what: parts.join(', ') }) : t('editor.hover.server.hostsNothing'),
    );
  } else if (hit.step && meantAction(hit.step.action) === 'install-exchange' && hit.field === 'server') {
    lines.push(t('editor.hover.server.installedHere'));
  } else if (state.retired.has(name)) {
    lines.push(
      t('editor.hover.server.retired', { line: lineOf(state.retired.get(name)!.decommissionedBy?.node.range?.[0]) }),
    );
  } else {
    const install = parsed.steps.find(
      (s) =>
        s.index >= stepIndex &&
        meantAction(s.action) === 'install-exchange' &&
        sameServerName(fieldString(s.node, 'server', parsed.doc), name),
    );
    lines.push(
      install
        ? t('editor.hover.server.later', { line: lineOf(install.node.range?.[0]) })
        : t('editor.hover.server.unknown'),
    );
  }
  lines.push('', organizationTable(state, locale, t, !!hit.step));
  return lines.join('\n');
}

function organizationTable(
  state: OrgState,
  locale: Locale,
  t: ReturnType<typeof coreMessagesIn>,
  atStep: boolean,
): string {
  const rows = [...state.servers.values()];
  const heading = `${t(atStep ? 'editor.hover.org.atStep' : 'editor.hover.org.atStart')}:`;
  if (rows.length === 0) return `${heading} ${t('editor.hover.org.none')}`;
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const row = (s: ServerState) =>
    `| ${cell(s.name)} | ${cell(serverDetail(s) || '?')} | ${cell(hostingParts(s, locale).join(', ') || '–')} |`;
  return [
    heading,
    '',
    `| ${t('editor.hover.org.server')} | ${t('editor.hover.org.version')} | ${t('editor.hover.org.hosts')} |`,
    '|---|---|---|',
    ...rows.map(row),
  ].join('\n');
}
