// The one interface every rule implements (markdownlint's shape: a module per rule with
// its id, default severity, docs and check; fixes are data the shared engine applies).
import type { Document } from 'yaml';
import type { ParsedRunbook, StepEntry } from './parse';
import type { OrgState, RunbookFacts } from './model';
import type { CsvFile } from './csv';
import type { Inventory } from './inventory/import';
import type { Fix, Locale, OffsetRange, Severity } from './types';
import type { MessageArgs } from './l10n/format';
import type { Ranges, Releases, RuleFixer, ServerKit, SourceReader, TextKit, Timing } from './toolkit';
import type { SchemaProblem } from './schema';

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

export interface RuleContext {
  parsed: ParsedRunbook;
  doc: Document.Parsed;
  facts: RunbookFacts;
  /** YYYY-MM-DD the lifecycle rules judge against. */
  asOf: string;
  locale: Locale;
  report(report: Report): void;
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
  /**
   * A message in the runbook's locale, for fix titles, inserted notes and parts of a
   * finding: the rule's own `messages` first, then the core catalogue (l10n/en.ts).
   */
  message(messageId: string, args?: MessageArgs): string;
  /** Where a finding points: an item's first line, a field's value, a section's field (toolkit/ranges.ts). */
  range: Ranges;
  /**
   * Builds fixes: documented steps and phases (id, title, notes in the runbook's locale)
   * inserted in the file's own indentation, style and line endings (toolkit/index.ts).
   */
  fixer: RuleFixer;
  /** Reads the runbook's YAML: field values through aliases, nodes, pairs, offsets (toolkit/source.ts). */
  source: SourceReader;
  /** Server names as Windows compares them, loads and receivers, the hybrid server, the online method (toolkit/servers.ts). */
  servers: ServerKit;
  /** Counts, lists, product and server names, YAML scalars, in the runbook's locale (toolkit/text.ts). */
  text: TextKit;
  /** Updates released by the runbook's date (toolkit/steps.ts). */
  releases: Releases;
  /**
   * The finding's message, or, when its fix needs an update not released by the runbook's
   * date (`notReleased`), the rule's `notReleased` message around it: no fix, and it says why.
   */
  unlessNotReleased(
    messageId: string,
    args: MessageArgs,
    notReleased: { version: string; minimum: string } | undefined,
  ): Pick<Report, 'messageId' | 'args'>;
  /** The runbook's schedule and its times as messages write them (toolkit/index.ts). */
  timing: Timing;
  /** What the runbook format forbids in this runbook (schema.ts). */
  schemaProblems(): SchemaProblem[];
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

export type Messages = Record<string, string>;

export type RuleTag = 'on-premises' | 'exchange-online';

export interface RuleDefinition {
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
  messages: { en: Messages; sv?: Messages };
  create(context: RuleContext): RuleVisitor;
}

export const DOCS_BASE = 'https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
