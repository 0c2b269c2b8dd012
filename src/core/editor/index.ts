// Editor features as pure functions of the runbook's text: the VS Code adapter
// (src/extension/) converts offsets to positions and nothing more.
export { cursorContext } from './context';
export type { CursorContext, Container } from './context';
export { completionsAt } from './completion';
export type { CompletionEntry, CompletionKind, CompletionOptions } from './completion';
export { hoverAt } from './hover';
export type { HoverContent, HoverOptions } from './hover';
export { documentSymbols, foldingRanges } from './symbols';
export type { OutlineSymbol, FoldRange } from './symbols';
export { nameOccurrences, definitionAt, referencesAt, prepareRenameAt, renameEdits } from './references';
export type { NameOccurrence, NameKind, RenameResult } from './references';
export { fixAllEdits, diffEdits } from './fixes';
export type { FixAllEdits } from './fixes';
export { disableNextLineEdit, csvPaths, namedFiles, resolveLocale, lintOptionsFromSettings } from './actions';
export type { RawSettings, LanguageSetting } from './actions';
export { scalarAt } from './locate';
