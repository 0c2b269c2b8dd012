// Completion in a runbook: action names after `action:`, the fields a step's action takes
// (required first, those already written left out), enum values, the servers that exist
// at that step, the batches created before it and the domains not yet verified. Server
// and batch names come from the organization model (stateAt), so a decommissioned server
// is never offered.
import { ACTIONS, EXCHANGE_ONLINE_TARGET } from '../knowledge/actions';
import type { FieldSpec } from '../knowledge/actions';
import { VERSION_FACTS, isVersion } from '../knowledge/versions';
import { yamlScalar } from '../fix';
import { fieldStrings } from '../parse';
import type { ParsedRunbook, StepEntry } from '../parse';
import { ServerNameSet } from '../util/server-name';
import { readFacts, stateAt } from '../model';
import type { OrgState, ServerState } from '../model';
import { coreMessage, coreMessagesIn } from '../l10n/messages';
import type { Locale, OffsetRange } from '../types';
import { cursorContext, CursorContext } from './context';
import { fieldsOf, fieldSpec, needsQuotes } from './fields';

export type CompletionKind = 'action' | 'field' | 'value' | 'server' | 'tenant' | 'batch' | 'domain';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line beside the label. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** Orders the list: required fields and likely values first. */
  sortText: string;
  /** The span of the text the item replaces. */
  range: OffsetRange;
  /** The item completes a key whose value has suggestions: ask for them right away. */
  retrigger?: boolean;
}

export interface CompletionOptions {
  locale?: Locale;
  /**
   * The current minute as `doneAt` is written (formatDoneAt), offered for `doneAt`; the
   * core has no clock, the editor passes it.
   */
  now?: string;
  /** Who is at the keyboard (the editor's executor: setting, git, OS user), offered for `doneBy`. */
  executor?: string;
}

/** `parsed`, when given, is parseRunbook(text) already made (the editor shares one per version). */
export function completionsAt(
  text: string,
  offset: number,
  options: CompletionOptions = {},
  parsed?: ParsedRunbook,
): CompletionEntry[] {
  const context = cursorContext(text, offset, parsed);
  if (!context) return [];
  const locale = options.locale ?? 'en';
  return context.position === 'key' ? keyCompletions(context, locale) : valueCompletions(context, locale, options);
}

function keyCompletions(context: CursorContext, locale: Locale): CompletionEntry[] {
  if (context.container === 'unknown') return [];
  const t = coreMessagesIn(locale);
  const present = new Set(context.presentKeys);
  const fields = fieldsOf(context.container, context.action).filter((f) => !present.has(f.name));
  return fields.map((field, index) => {
    const object = field.spec.kind === 'object' || field.spec.kind === 'objectList';
    return {
      label: field.name,
      kind: 'field' as const,
      detail: field.required ? t('editor.completion.required') : t('editor.completion.optional'),
      documentation: field.spec.description[locale],
      insertText: context.colonFollows ? field.name : object ? `${field.name}:` : `${field.name}: `,
      sortText: `${field.required ? 0 : 1}${String(index).padStart(3, '0')}`,
      range: context.replace,
      retrigger: !context.colonFollows && hasValueSuggestions(field.spec, field.name),
    };
  });
}

function hasValueSuggestions(spec: FieldSpec, key: string): boolean {
  if (spec.enum || spec.kind === 'boolean' || RECORD_VALUES.has(key)) return true;
  return (
    spec.names === 'server' || spec.names === 'server-or-tenant' || spec.names === 'batch' || spec.names === 'domain'
  );
}

/** Value completions as they are offered: each once, not one the list already holds, in order. */
class ValueEntries {
  readonly entries: CompletionEntry[] = [];
  private readonly taken: Set<string>;

  constructor(private readonly context: CursorContext) {
    this.taken = new Set(context.listValues);
  }

  get length(): number {
    return this.entries.length;
  }

  add(entry: Omit<CompletionEntry, 'range' | 'insertText' | 'sortText'> & { sortText?: string }, quote: boolean): void {
    if (this.taken.has(entry.label)) return;
    this.entries.push({
      ...entry,
      insertText: insertion(this.context, entry.label, quote),
      sortText: entry.sortText ?? String(this.entries.length).padStart(3, '0'),
      range: this.context.replace,
    });
  }
}

/** Execution-record fields whose value the editor knows: now, and who is at the keyboard. */
const RECORD_VALUES = new Set(['doneAt', 'doneBy']);

function valueCompletions(context: CursorContext, locale: Locale, options: CompletionOptions): CompletionEntry[] {
  const key = context.key!;
  const spec = context.container === 'unknown' ? guessSpec(key) : fieldSpec(context.container, context.action, key);
  if (!spec) return [];
  const out = new ValueEntries(context);
  if (context.container === 'step' && RECORD_VALUES.has(key)) {
    const value = key === 'doneAt' ? options.now : options.executor;
    const detail = key === 'doneAt' ? 'editor.completion.now' : 'editor.completion.executor';
    // Written as a tick writes them: doneAt plain, a name quoted only when YAML needs it.
    if (value)
      out.add(
        { label: value, kind: 'value', detail: coreMessage(locale, detail) },
        key === 'doneBy' && yamlScalar(value) !== value,
      );
  } else if (key === 'action' && (context.container === 'step' || context.container === 'unknown')) {
    for (const action of ACTIONS) {
      const fields = action.required.length ? action.required.map((f) => `${f}:`).join(' ') : '';
      out.add({ label: action.id, kind: 'action', detail: fields, documentation: action.description[locale] }, false);
    }
  } else if (spec.enum) {
    const quote = needsQuotes(spec);
    for (const value of spec.enum)
      out.add({ label: value, kind: 'value', detail: valueDetail(key, value, locale) }, quote);
  } else if (spec.kind === 'boolean') {
    out.add({ label: 'true', kind: 'value' }, false);
    out.add({ label: 'false', kind: 'value' }, false);
  } else if (context.parsed) {
    namedValues(out, context, context.parsed, spec, locale);
  }
  return out.entries;
}

/** Values that name something in the runbook: servers, batches, domains, as they are at the step. */
function namedValues(
  out: ValueEntries,
  context: CursorContext,
  parsed: ParsedRunbook,
  spec: FieldSpec,
  locale: Locale,
): void {
  const step = context.step;
  if (!step) return;
  if (spec.names === 'server' || spec.names === 'server-or-tenant') {
    if (context.container === 'step') serverValues(out, context.key!, step, parsed, spec, locale);
  } else if (spec.names === 'batch') {
    if (context.action !== 'create-migration-batch') batchValues(out, context.action, step, parsed, locale);
  } else if (spec.names === 'domain' && context.container === 'step') {
    const state = stateAt(parsed, step.index);
    for (const domain of readFacts(parsed).organization.domains) {
      if (state.verifiedDomains.has(domain.toLowerCase())) continue;
      out.add({ label: domain, kind: 'domain', detail: coreMessage(locale, 'editor.completion.domain') }, false);
    }
  }
}

function serverValues(
  out: ValueEntries,
  key: string,
  step: StepEntry,
  parsed: ParsedRunbook,
  spec: FieldSpec,
  locale: Locale,
): void {
  const state = stateAt(parsed, step.index);
  // A move never goes from a server to itself: the other end of the move is left out.
  const other = key === 'to' ? 'from' : key === 'from' ? 'to' : undefined;
  const otherNames = new ServerNameSet(other ? fieldStrings(step.node, other, parsed.doc).map((v) => v.value) : []);
  for (const server of state.servers.values()) {
    if (otherNames.has(server.name)) continue;
    out.add(
      {
        label: server.name,
        kind: 'server',
        detail: serverDetail(server),
        documentation: hostingText(server, locale),
      },
      false,
    );
  }
  // The tenant is a destination only in runbooks that go to Exchange Online (method-mismatch otherwise).
  if (spec.names === 'server-or-tenant' && readFacts(parsed).target.platform !== 'on-premises') {
    out.add(
      { label: EXCHANGE_ONLINE_TARGET, kind: 'tenant', detail: coreMessage(locale, 'editor.completion.tenant') },
      false,
    );
  }
}

function batchValues(
  out: ValueEntries,
  action: string | undefined,
  step: StepEntry,
  parsed: ParsedRunbook,
  locale: Locale,
): void {
  const state = stateAt(parsed, step.index);
  for (const batch of state.batches.values()) {
    // The batches this action is usually about come first: not yet started for a start, started for a completion.
    const likely =
      action === 'start-migration-batch'
        ? !batch.started
        : action === 'complete-migration-batch'
          ? !!batch.started && !batch.completed
          : true;
    out.add(
      {
        label: batch.name,
        kind: 'batch',
        detail: batchDetail(batch.method, state, batch.name, locale),
        sortText: `${likely ? 0 : 1}${String(out.length).padStart(3, '0')}`,
      },
      false,
    );
  }
}

/** Without a parse (the file is broken elsewhere), keys that mean one thing wherever they are. */
function guessSpec(key: string): FieldSpec | undefined {
  if (key === 'action') return { kind: 'string', description: { en: '', sv: '' } };
  const candidates = ['step', 'server', 'target', 'organization'] as const;
  for (const container of candidates) {
    const spec = fieldSpec(container, undefined, key);
    if (spec?.enum) return spec;
  }
  for (const action of ACTIONS) {
    const spec = action.fields[key];
    if (spec?.enum) return spec;
  }
  return undefined;
}

function insertion(context: CursorContext, value: string, quote: boolean): string {
  let text: string;
  if (context.quote) text = context.quoteClosed ? value : value + context.quote;
  else text = quote ? JSON.stringify(value) : value;
  return context.needsSpace ? ` ${text}` : text;
}

function valueDetail(key: string, value: string, locale: Locale): string | undefined {
  if ((key === 'version' || key === 'target') && isVersion(value)) {
    const facts = VERSION_FACTS[value];
    return facts.endOfSupport
      ? coreMessage(locale, 'editor.completion.versionDetail', { name: facts.name, date: facts.endOfSupport })
      : facts.name;
  }
  return undefined;
}

export function serverDetail(server: ServerState): string {
  return [server.version ? `Exchange ${server.version}` : undefined, server.update].filter(Boolean).join(' ');
}

export function hostingText(server: ServerState, locale: Locale): string {
  const parts = hostingParts(server, locale);
  return parts.length
    ? coreMessage(locale, 'editor.hosts', { what: parts.join(', ') })
    : coreMessage(locale, 'editor.hostsNothing');
}

export function hostingParts(server: ServerState, locale: Locale): string[] {
  const t = coreMessagesIn(locale);
  const parts: string[] = [];
  if (server.hosts.mailboxes > 0) parts.push(t('editor.mailboxes', { count: server.hosts.mailboxes }));
  if (server.hosts.publicFolders) parts.push(t('editor.publicFolders'));
  if (server.hosts.clientAccess) parts.push(t('editor.clientAccess'));
  if (server.hosts.transport) parts.push(t('editor.transport'));
  return parts;
}

function batchDetail(method: string | undefined, state: OrgState, name: string, locale: Locale): string {
  const batch = state.batches.get(name)!;
  const status = batch.completed
    ? 'editor.batch.completed'
    : batch.started
      ? 'editor.batch.started'
      : 'editor.batch.created';
  return [method, coreMessage(locale, status)].filter(Boolean).join(' · ');
}
