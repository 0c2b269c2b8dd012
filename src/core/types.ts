// Shared vocabulary of the core. Nothing here imports `vscode`: the CLI, the extension
// and the tests all speak these types.
import type { FileRead, FileRefusal } from './files';
import type { InventoryFile } from './inventory/import';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'en' | 'sv';

/** A span of the source text, in UTF-16 offsets (end exclusive). */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * A span of the source text as people and tools read it: 1-based lines and columns,
 * `endColumn` exclusive (as in SARIF), plus the offsets it was computed from.
 */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** One replacement of `length` characters at `offset` by `text` (an insertion when length is 0). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** A fix is data: a title for the quick-fix menu and the edits that carry it out. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: SourceRange;
  /** Link to docs/rules/<id>.md. */
  docsUrl: string;
  fix?: Fix;
  /** Extra data a quick fix or a client may need (e.g. the suggested replacement). */
  data?: Record<string, unknown>;
  /** Index of the step the finding belongs to (for the checklist), when there is one. */
  stepIndex?: number;
}

export interface LintOptions {
  /** Path of the runbook, as given; used for messages and to resolve sibling files. */
  fileName?: string;
  /** YYYY-MM-DD; overrides the runbook's `asOf`. Default: the runbook's, else today. */
  asOf?: string;
  /**
   * Reads a file the runbook names, by its path relative to the runbook (CSV files): its
   * bytes (decoded by the core), text an editor holds, undefined when it does not exist,
   * or why the adapter refused it (outside the root, not a regular file, too large).
   * Absolute paths are refused by the core before this is called.
   */
  readFile?: (relativePath: string) => FileRead;
  /**
   * Reads the inventory a runbook names (`inventory:`, a file or folder relative to the
   * runbook): its files, undefined when it does not exist, or why it was refused (outside
   * the root, not a regular file, too large). Absolute paths never reach it.
   */
  readInventory?: (relativePath: string) => InventoryFile[] | undefined | FileRefusal;
  /** Per-rule severity overrides (`off` disables the rule). */
  rules?: Record<string, SeveritySetting>;
  locale?: Locale;
  /** Today's date for the default `asOf`; tests set it. */
  today?: string;
  /**
   * Told when a fix is withdrawn because applying it would break the YAML, add an error or
   * overlap itself: the rule's fault, logged by the front end (the user just sees no fix).
   */
  onFixWithdrawn?: (withdrawal: FixWithdrawal) => void;
}

export interface FixWithdrawal {
  ruleId: string;
  /** What the fix would have done: `overlap` (its own edits), `syntax` (the YAML no longer reads), `errors` (more errors after it). */
  reason: 'overlap' | 'syntax' | 'errors';
  title: string;
}
