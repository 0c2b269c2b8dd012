// The core's public surface: the CLI, the extension and the tests import from here.
export * from './types';
export { lint, fixAll, fixKeepsErrors, todayIso } from './lint';
export type { LintResult, FixAllResult } from './lint';
export { applyEdits, applyFixes, normalizeEdits, overlaps } from './fix';
export { parseRunbook } from './parse';
export { FILE_LIMITS, MAX_QUOTED, decodeText, isAbsolutePath, isRefusal, quoteContent } from './files';
export type { FileRead, FileRefusal, RefusalReason, EncodingProblem } from './files';
export type { ParsedRunbook, StepEntry, PhaseEntry, ServerEntry } from './parse';
export { stateAt, readFacts } from './model';
export type { OrgState, ServerState } from './model';
export { RULES, RULES_BY_ID } from './rules';
export { docsUrl } from './rule';
export type { RuleDefinition } from './rule';
export { coreMessage, localeFromEnv } from './l10n/messages';
