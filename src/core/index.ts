// The core's public API: the CLI and the extension import the core from here and from nowhere
// else (eslint.config.mjs enforces it; the webview's one other entry point, the preview's
// message protocol in ./checklist/protocol.ts, is re-exported here too). A bundle takes in only
// the modules whose exports it uses (package.json `sideEffects` declares the core's modules
// free of load-time effects), so the extension's activation bundle still leaves the checklist
// renderers and the assistant to its lazy bundles (esbuild.js, src/extension/lazy.ts).
export * from './types';

// Linting and fixing.
export { lint, fixAll, fixKeepsErrors, runbookAsOf, todayIso } from './lint';
export type { LintResult, FixAllResult } from './lint';
export { analyze, analyzeIncremental, lintFrom, parseFrom } from './analysis';
export type { Analysis, TextChange } from './analysis';
export { applyEdits, applyFixes, normalizeEdits, overlaps } from './fix';
export { parseRunbook, fieldString } from './parse';
export type { ParsedRunbook, StepEntry, PhaseEntry, ServerEntry } from './parse';
export type { OrgState, ServerState } from './model';
export { RULES, RULES_BY_ID } from './rules';
export { docsUrl } from './rule';
export type { RuleDefinition } from './rule';
export { CORE, coreMessage, coreMessagesIn, localeFromEnv, lookupMessage } from './l10n/messages';
export type { CoreArgsParam, MessageId } from './l10n/messages';
export { translator } from './l10n/catalogue';
export type { MessageArgs } from './l10n/format';
export { localDateIso } from './util/date';
export { escapeInvisible } from './util/escape';
export { isVersion } from './knowledge/versions';
export type { ExchangeVersion } from './knowledge/versions';

// Files the adapters read for the core, and `.exchange-runbook.json`.
export { FILE_LIMITS, isAbsolutePath } from './files';
export type { FileRead, FileRefusal, RefusalReason, EncodingProblem } from './files';
export {
  CONFIG_FILE_NAME,
  ConfigFinder,
  configProblemMessage,
  isIsoDate,
  parseConfig,
  rulesProblems,
  withSettings,
} from './config';
export type { ConfigHost, ConfigProblem, FoundConfig, RunbookConfig } from './config';

// Editor features (src/extension converts offsets to positions).
export {
  completionsAt,
  definitionAt,
  disableNextLineEdit,
  documentSymbols,
  fixAllEdits,
  foldingRanges,
  hoverAt,
  lintOptionsFromSettings,
  namedFiles,
  prepareRenameAt,
  referencesAt,
  renameEdits,
} from './editor';
export type { CompletionKind, FoldRange, OutlineSymbol } from './editor';

// The checklist and its preview.
export {
  buildChecklist,
  ChecklistMemo,
  checklistMessage,
  joinBodyParts,
  pageChanges,
  previewContent,
  previewFromLint,
  renderChecklistBody,
  renderChecklistParts,
  renderChecklistDocument,
  renderChecklistMarkdown,
  resolveToggleTarget,
  stepAt,
  tickEdits,
  untickEdits,
  skipEdits,
  unskipEdits,
  formatDoneAt,
  stepIdentities,
} from './checklist';
export type { BodyParts, ChecklistArgsParam, ChecklistMessageId, SentPage, StepIdentity } from './checklist';
export { parseWebviewMessage, PREVIEW_VIEW_TYPE } from './checklist/protocol';
export type { FromWebview, PreviewState, StepInfo, ToWebview } from './checklist/protocol';

// The change request (a printable HTML document for a change advisory board).
export { renderChangeRequest } from './change-request';
export type { ChangeRequestOptions } from './change-request';

// The schedule and its exports.
export { computeSchedule } from './schedule';
export { renderScheduleCsv, renderScheduleIcs, renderScheduleMarkdown } from './schedule-export';
// The schedule as a picture: the checklist's HTML holds it, and the preview's webview draws
// it again in the viewer's own zone.
export { renderTimeline } from './timeline-svg';
export type { TimelineData } from './timeline';

// The inventory import.
export { FILE_LIMIT_INVENTORY, importInventory, inventoryToJson, inventoryToYaml, noteText } from './inventory';
export type { Inventory, InventoryFile } from './inventory';

// The runbook as PowerShell: each step's commands, and the script export.
export {
  commandContextKey,
  generateScript,
  psString,
  renderCommand,
  stepCommandLines,
  stepCommands,
} from './powershell';
export type {
  PsCommand,
  PsPipeline,
  PsValue,
  RenderOptions,
  ScriptOptions,
  ScriptParameter,
  ScriptResult,
  StepCommands,
  StepItem,
} from './powershell';

// The new-runbook assistant.
export {
  answerQuestion,
  answersFrom,
  isComplete,
  newRunbook,
  nextQuestion,
  planChoices,
  refusalText,
  say,
  sentence,
  suggestedDomain,
  validateReply,
} from './assistant';
export type { Answers, Draft, GeneratedRunbook, Question } from './assistant';
