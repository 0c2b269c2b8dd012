// What the preview sends after an edit: only what changed since the page the webview
// shows (src/core/checklist/protocol.ts, `patch`), or nothing when the phases and steps
// themselves changed (the caller then sends the whole body). The preview's items hold no
// offsets into the text, so a step below an edit reads the same and travels not at all.
import type { BodyParts } from './html';
import type { StepInfo, StepPatch } from './protocol';

/** The page as last sent: its parts and the steps' infos, in order. */
export interface SentPage {
  version: number;
  parts: BodyParts;
  steps: StepInfo[];
}

export interface PageChanges {
  top?: string;
  phases: { index: number; head: string }[];
  steps: StepPatch[];
}

function sameIdentity(a: StepInfo, b: StepInfo): boolean {
  if (a === b) return true;
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
  const changes: PageChanges = { phases: [], steps: [] };
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
      // The memo (./memo.ts) gives an unchanged step's HTML as the same string: compared by reference.
      if (old.steps[s] !== html) patch.html = html;
      if (!sameIdentity(oldInfo, info)) patch.info = info;
      if (patch.html !== undefined || patch.info) changes.steps.push(patch);
    });
  });
  return changes;
}
