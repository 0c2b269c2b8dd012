// What the preview sends after an edit: only what changed since the page the webview
// shows (src/core/checklist/protocol.ts, `patch`), or nothing when the phases and steps
// themselves changed (the caller then sends the whole body). A step's item carries its
// offset in the text (`data-offset`), which every character typed above it moves: items
// are compared without it, and moved offsets travel as runs of steps shifted alike.
import type { BodyParts } from './html';
import type { OffsetShift, StepInfo, StepPatch } from './protocol';

/** The page as last sent: its parts and the steps' infos, in order. */
export interface SentPage {
  version: number;
  parts: BodyParts;
  steps: StepInfo[];
  /**
   * Per step, in order: the memo's key of its HTML (./memo.ts). The same key before and
   * after means the same HTML but for offsets, without comparing the strings.
   */
  keys?: readonly object[];
}

export interface PageChanges {
  top?: string;
  phases: { index: number; head: string }[];
  steps: StepPatch[];
  offsets: OffsetShift[];
}

const OFFSET_ATTRIBUTE = / data-offset="\d+"/g;

function withoutOffsets(html: string): string {
  return html.replace(OFFSET_ATTRIBUTE, '');
}

function sameIdentity(a: StepInfo, b: StepInfo): boolean {
  const x = a.identity;
  const y = b.identity;
  return (
    a.index === b.index &&
    a.done === b.done &&
    x.occurrence === y.occurrence &&
    x.id === y.id &&
    x.action === y.action &&
    x.title === y.title &&
    x.phase === y.phase
  );
}

function sameShape(before: SentPage, after: SentPage): boolean {
  if (before.parts.phases.length !== after.parts.phases.length) return false;
  if (before.steps.length !== after.steps.length) return false;
  if (before.parts.phases.some((phase, i) => phase.steps.length !== after.parts.phases[i].steps.length)) return false;
  return before.steps.every((step, i) => step.index === after.steps[i].index);
}

/** The changes from `before` to `after`, or undefined when their phases or steps differ (send the whole body). */
export function pageChanges(before: SentPage, after: SentPage): PageChanges | undefined {
  if (!sameShape(before, after)) return undefined;
  const changes: PageChanges = { phases: [], steps: [], offsets: [] };
  if (before.parts.top !== after.parts.top) changes.top = after.parts.top;
  let position = 0;
  after.parts.phases.forEach((phase, p) => {
    const old = before.parts.phases[p];
    if (old.head !== phase.head) changes.phases.push({ index: p, head: phase.head });
    phase.steps.forEach((html, s) => {
      const oldInfo = before.steps[position];
      const info = after.steps[position];
      position++;
      const patch: StepPatch = { index: info.index };
      const key = after.keys?.[position - 1];
      const same = key !== undefined && before.keys?.[position - 1] === key;
      if (!same && old.steps[s] !== html && withoutOffsets(old.steps[s]) !== withoutOffsets(html)) patch.html = html;
      if (!sameIdentity(oldInfo, info)) patch.info = info;
      if (patch.html !== undefined || patch.info) changes.steps.push(patch);
      const by = info.offset - oldInfo.offset;
      if (by === 0) return;
      const last = changes.offsets[changes.offsets.length - 1];
      if (last && last[1] === info.index - 1 && last[2] === by) last[1] = info.index;
      else changes.offsets.push([info.index, info.index, by]);
    });
  });
  return changes;
}
