// The one interface every rule implements (markdownlint's shape: a module per rule with
// its id, default severity, docs and check; fixes are data the shared engine applies).
import type { Document } from 'yaml';
import type { ParsedRunbook, StepEntry } from './parse';
import type { OrgState, RunbookFacts } from './model';
import type { CsvFile } from './csv';
import type { Inventory } from './inventory/import';
import type { Fix, Locale, OffsetRange, Severity } from './types';
import type { ArgsOf, MessageArgs } from './l10n/format';
import type { ArgsParam } from './l10n/catalogue';
import type { MessageId as CoreMessageId } from './l10n/messages';
import type { en as coreEn } from './l10n/en';
import type { Toolkit } from './toolkit';

export interface Report {
  /** What the finding points at. */
  range: OffsetRange;
  /** Key into the rule's `messages`, and the values for its arguments (l10n/format.ts). */
  messageId: string;
  args?: MessageArgs;
  /** For rules whose severity depends on the case (cutover-size, end-of-support). */
  severity?: Severity;
  fix?: Fix;
  data?: Record<string, unknown>;
  step?: StepEntry;
}

/**
 * A report whose message id is one of the rule's and whose arguments are the ones its
 * template uses (checked at the call by the compiler, for rules written with `defineRule`).
 */
export type RuleReport<M extends Messages> = string extends keyof M
  ? Report
  : {
      [K in keyof M & string]: Omit<Report, 'messageId' | 'args'> & { messageId: K } & ([keyof ArgsOf<M[K]>] extends [
          never,
        ]
          ? { args?: ArgsOf<M[K]> }
          : { args: ArgsOf<M[K]> });
    }[keyof M & string];

/** A report's message id and arguments, kept together (for a finding built in parts). */
export type MessagePart<M extends Messages> =
  RuleReport<M> extends infer R ? (R extends unknown ? Pick<R, keyof R & ('messageId' | 'args')> : never) : never;

/**
 * What a rule touches, and nothing else (ESLint's `context`). A rule written with
 * `defineRule` gets it typed by its own messages (`RuleContext<M>`); helpers that take
 * `RuleContext` accept any rule's context, with message ids and arguments unchecked.
 */
export type RuleContext<M extends Messages = Messages> = string extends keyof M
  ? ContextBase & UntypedMessages
  : ContextBase & TypedMessages<M>;

/** The messages of a context whose rule's templates are not known here. */
interface UntypedMessages {
  report(report: Report): void;
  message(messageId: string, args?: MessageArgs): string;
  unlessNotReleased(
    report: Pick<Report, 'messageId' | 'args'>,
    notReleased: { version: string; minimum: string } | undefined,
  ): Pick<Report, 'messageId' | 'args'>;
}

/** The messages of a context typed by its rule's templates. */
interface TypedMessages<M extends Messages> {
  report(report: RuleReport<M>): void;
  /**
   * A message in the runbook's locale, for fix titles, inserted notes and parts of a
   * finding: the rule's own `messages` first, then the core catalogue (l10n/en.ts).
   */
  message<K extends keyof M & string>(messageId: K, ...args: ArgsParam<M[K]>): string;
  message<K extends Exclude<CoreMessageId, keyof M>>(messageId: K, ...args: ArgsParam<(typeof coreEn)[K]>): string;
  /**
   * The finding's message, or, when its fix needs an update not released by the runbook's
   * date (`notReleased`), the rule's `notReleased` message around it: no fix, and it says why.
   */
  unlessNotReleased(
    report: MessagePart<M>,
    notReleased: { version: string; minimum: string } | undefined,
  ): MessagePart<M>;
}

/** The toolkit's members (range, fixer, source, servers, text, releases, timing, schemaProblems) are documented in toolkit/index.ts. */
interface ContextBase extends Toolkit {
  parsed: ParsedRunbook;
  doc: Document.Parsed;
  facts: RunbookFacts;
  /** YYYY-MM-DD the lifecycle rules judge against. */
  asOf: string;
  locale: Locale;
  /** Reads and parses a CSV next to the runbook; memoized, so rules and the model share one parse. */
  csv(relativePath: string): CsvFile;
  /**
   * The inventory the runbook names, imported (memoized), or why it could not be read
   * (`reason` is ready for a message).
   */
  inventory(relativePath: string):
    | { inventory: Inventory }
    | {
        refused: 'absolute' | 'outside' | 'missing' | 'not-file' | 'too-large' | 'unreadable' | 'no-reader';
        reason: string;
      };
}

/** Hooks called during the single pass over the steps. */
export interface RuleVisitor {
  /** Before the first step, with the initial state. */
  onStart?(state: OrgState): void;
  /** Before each step is applied: `state` is the organization as the step finds it. */
  onStep?(step: StepEntry, state: OrgState): void;
  /** After the last step, with the final state. */
  onEnd?(state: OrgState): void;
}

export type Messages = Readonly<Record<string, string>>;

export type RuleTag = 'on-premises' | 'exchange-online';

export interface RuleDefinition<M extends Messages = Messages> {
  id: string;
  defaultSeverity: Severity;
  /** One line for `exchange-runbook rules` and the docs index. */
  description: { en: string; sv: string };
  fixable: boolean;
  /**
   * The families the rule belongs to: `on-premises` judges transitions between Exchange
   * versions, `exchange-online` migrations to Exchange Online; none for rules about the
   * runbook itself (syntax, ids, server names, inventory, schedule).
   */
  tags: readonly RuleTag[];
  /** Message templates (l10n/format.ts), per locale; Swedish falls back to English. */
  messages: { en: M; sv?: string extends keyof M ? Messages : Partial<Record<keyof M, string>> };
  create(context: RuleContext<M>): RuleVisitor;
}

/**
 * A rule whose reports and messages are checked against its own templates: a message id it
 * does not have, or an argument its template uses and the call leaves out, does not compile.
 */
export function defineRule<const M extends Messages>(rule: RuleDefinition<M>): RuleDefinition {
  return rule as unknown as RuleDefinition;
}

export const DOCS_BASE = 'https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
