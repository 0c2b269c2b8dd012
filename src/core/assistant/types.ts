// What the new-runbook assistant takes and gives. Pure data: the CLI parses flags into
// `Answers`, the VS Code command asks for them, and both hand them to `newRunbook`.
import type { ExchangeVersion, ServerRole } from '../knowledge/versions';
import type { Finding, LintOptions, Locale } from '../types';

export type OnlineMethodChoice = 'cutover' | 'staged' | 'hybrid';
/** `online` is Microsoft 365 (Exchange Online); a version is on-premises Exchange. */
export type TargetChoice = 'online' | '2013' | '2016' | '2019' | 'SE';

export const TARGET_CHOICES: readonly TargetChoice[] = ['online', 'SE', '2019', '2016', '2013'];
export const METHOD_CHOICES: readonly OnlineMethodChoice[] = ['cutover', 'staged', 'hybrid'];

export interface Answers {
  /** The Exchange versions present in the organization (one for most, several when mixed). */
  sources: ExchangeVersion[];
  /** Mailboxes in scope. */
  mailboxes: number;
  publicFolders: boolean;
  target: TargetChoice;
  /** Online targets: on-premises Exchange must stay next to Exchange Online (a lasting hybrid deployment). */
  keepOnPremises: boolean;
  /** The organization's name (title, server names, file names). */
  name: string;
  /** The primary accepted domain. */
  domain: string;
  /** Online targets: overrides the recommended method. */
  method?: OnlineMethodChoice;
  /** YYYY-MM-DD the runbook is judged on (its `asOf`); default today. */
  asOf?: string;
  /**
   * The organization as an inventory shows it (`new --inventory`): its servers are listed
   * as they are instead of one invented server per version, and the runbook names the
   * inventory so that `inventory-drift` keeps checking it.
   */
  inventory?: {
    /** What the runbook's `inventory:` says (relative to where the runbook goes). */
    path?: string;
    servers: {
      name: string;
      version: ExchangeVersion;
      update?: string;
      os?: string;
      roles: ServerRole[];
      mailboxes?: number;
      publicFolders?: boolean;
      updateExact?: boolean;
    }[];
    forestFunctionalLevel?: string;
    domains?: string[];
  };
}

export interface AssistantOptions {
  locale?: Locale;
  /** Today's date (YYYY-MM-DD) when `answers.asOf` is absent; tests set it. */
  today?: string;
  /**
   * The core's `lint`, when the caller has it loaded (the CLI): the runbook is linted and
   * refused with its first problem rather than handed out with one. Passed in so that the
   * editor's lazy assistant bundle does not carry the rules (the editor lints it on open).
   */
  lint?: (text: string, options: LintOptions) => { findings: Finding[] };
}

/** Why a method can or cannot be used, as shown next to each choice. */
export interface MethodVerdict {
  method: OnlineMethodChoice;
  allowed: boolean;
  recommended: boolean;
  /** Stable id of the reason (tests, docs). */
  reasonId: string;
  reason: string;
}

export interface Recommendation {
  target: TargetChoice;
  /** The method the runbook uses (online targets). */
  method?: OnlineMethodChoice;
  /** True when `method` came from the answers rather than the recommendation. */
  overridden: boolean;
  reasonId: string;
  /** One or two sentences with the facts behind the choice. */
  reason: string;
  /** Microsoft pages behind the reason. */
  sources: string[];
  /** On-premises versions installed, in order (transitions and the target; hybrid servers). */
  installs: ExchangeVersion[];
  /** Online targets: every method with its verdict. */
  methods: MethodVerdict[];
  /** Things the user should know that do not change the plan (e.g. a suppressed warning). */
  warnings: string[];
}

export interface Refusal {
  /** Stable id of the reason. */
  reasonId: string;
  message: string;
  /** A command line or choice that works instead, when there is one. */
  suggestion?: string;
}

export interface CsvTemplate {
  /** File name relative to the runbook (what its `csv:` says). */
  path: string;
  content: string;
  rows: number;
}

export interface GeneratedRunbook {
  /** Suggested file name, e.g. `tailspin-toys.runbook.yaml`. */
  fileName: string;
  text: string;
  csvFiles: CsvTemplate[];
  recommendation: Recommendation;
}

export type AssistantResult = { ok: true; runbook: GeneratedRunbook } | { ok: false; refusal: Refusal };
