// What the checklist preview shows for a runbook's text: the checklist body and the steps
// the webview can tick, or an error state when no checklist can be made of the text. The
// webview replaces its content with whatever this gives, so an unreadable runbook is shown
// as unreadable, never as the runbook the preview showed before (a throw here used to
// leave the previous page up). The body renderer is passed in: the extension loads it
// lazily (src/extension/lazy.ts).
import { lint, type LintResult } from '../lint';
import type { ParsedRunbook } from '../parse';
import type { LintOptions, Locale } from '../types';
import { checklistMessage } from './messages';
import { buildChecklist, Checklist, type ChecklistStep } from './model';
import type { ChecklistMemo } from './memo';
import type { StepInfo } from './protocol';
import type { TimelineData } from '../timeline';

export interface PreviewContent {
  html: string;
  steps: StepInfo[];
  /** The parse the steps and the cursor highlight refer to; none in the error state. */
  parsed?: ParsedRunbook;
  /** The schedule as the timeline draws it, when the runbook has `schedule.start`. */
  timeline?: TimelineData;
}

export type RenderBody = (checklist: Checklist) => string;

/** The checklist of the text as the preview shows it. */
export function buildPreviewContent(
  text: string,
  options: LintOptions,
  locale: Locale,
  renderBody: RenderBody,
): PreviewContent {
  return previewFromLint(lint(text, { ...options, locale }), locale, renderBody);
}

/**
 * The same from a lint already made (the editor's shared analysis of the version); `memo`
 * is the preview's memory of its previous build (./memo.ts).
 */
export function previewFromLint(
  result: LintResult,
  locale: Locale,
  renderBody: RenderBody,
  memo?: ChecklistMemo,
): PreviewContent {
  const checklist = buildChecklist(result, locale, memo);
  const steps: StepInfo[] = [];
  for (const phase of checklist.phases)
    for (const step of phase.steps) steps.push(memo ? memo.info(step, stepInfo) : stepInfo(step));
  return {
    html: renderBody(checklist),
    steps,
    parsed: result.parsed,
    ...(checklist.timeline ? { timeline: checklist.timeline } : {}),
  };
}

function stepInfo(step: ChecklistStep): StepInfo {
  return { index: step.index, identity: step.identity, done: step.done, skipped: step.skipped !== undefined };
}

/** Never throws: a failure becomes the error state, with nothing to tick. `build` is replaceable for tests. */
export function previewContent(
  text: string,
  options: LintOptions,
  locale: Locale,
  renderBody: RenderBody,
  build: typeof buildPreviewContent = buildPreviewContent,
): PreviewContent {
  try {
    return build(text, options, locale, renderBody);
  } catch (err) {
    const reason = String((err as Error)?.message ?? err)
      .split('\n')[0]
      .slice(0, 200);
    return {
      html: `<p class="cl-empty cl-failed" role="alert">${escapeText(checklistMessage(locale, 'preview.failed', { reason }))}</p>`,
      steps: [],
    };
  }
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
