// The checklist: model, renderers, derived titles and the `done` edit, for the CLI and
// the VS Code preview alike.
export { buildChecklist, findStep, stepAt, stepIdentities, formatDuration } from './model';
export type {
  Checklist,
  ChecklistPhase,
  ChecklistStep,
  ChecklistFinding,
  ChecklistServer,
  Progress,
  StepIdentity,
} from './model';
export { derivedStepTitle } from './titles';
export { joinBodyParts, renderChecklistBody, renderChecklistDocument, renderChecklistParts, renderNotes } from './html';
export type { BodyParts, HtmlOptions, DocumentOptions } from './html';
export { renderChecklistMarkdown, escapeMarkdown } from './markdown';
export { resolveToggleTarget, tickEdits, untickEdits, skipEdits, unskipEdits, formatDoneAt } from './toggle';
export type { ToggleTarget, DoneStamp } from './toggle';
export { checklistMessage } from './messages';
export type { ChecklistArgsParam, ChecklistMessageId } from './messages';
export { previewContent, previewFromLint } from './preview';
export type { PreviewContent } from './preview';
export { pageChanges } from './patch';
export { ChecklistMemo } from './memo';
export type { PageChanges, SentPage } from './patch';
