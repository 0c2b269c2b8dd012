// The messages between the VS Code preview (extension side) and its webview script. Both
// sides import this file; it imports nothing at runtime so the webview bundle stays small.
// Everything that comes from the webview is untrusted: `parseWebviewMessage` checks it.
import type { StepIdentity } from './model';
import type { TimelineData } from '../timeline';

export const PREVIEW_VIEW_TYPE = 'exchangeRunbook.checklistPreview';

/** What the webview needs per step to ask for a toggle: index and identity at render time. */
export interface StepInfo {
  index: number;
  identity: StepIdentity;
  done: boolean;
  /** The step says `skipped`: the preview offers to take the skip back. */
  skipped: boolean;
}

/** A step the patch changes: its item's HTML when that changed, its info when that did. */
export interface StepPatch {
  index: number;
  html?: string;
  info?: StepInfo;
}

/** Extension → webview. */
export type ToWebview =
  | {
      /** The whole body: the first render, and whenever the phases or their steps were added, removed or moved. */
      type: 'render';
      /** The checklist body (renderChecklistBody, mode `preview`). */
      html: string;
      /** The document version this render is from; toggles carry it back. */
      version: number;
      /** The runbook's URI, kept as the webview's state so a reload restores the preview. */
      uri: string;
      steps: StepInfo[];
      /** Step to highlight (the editor's cursor), or -1. */
      highlight: number;
      /** The schedule, when the runbook has one: the webview draws it again in the viewer's local time. */
      timeline?: TimelineData;
      /** The moment of this render (epoch ms): the timeline's now line. */
      now?: number;
    }
  /**
   * What changed since the last message, with the same phases and steps: the part above
   * the phases when it changed (then with the timeline data), the heads of the phases
   * that changed and the steps that changed. The webview patches
   * its page in place (scroll position and focus stay); `base` is the version the patch
   * applies to, and a webview that shows another one asks for a full render (`ready`).
   */
  | {
      type: 'patch';
      base: number;
      version: number;
      uri: string;
      highlight: number;
      top?: string;
      timeline?: TimelineData;
      now?: number;
      phases: { index: number; head: string }[];
      steps: StepPatch[];
    }
  | { type: 'highlight'; stepIndex: number };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'toggle'; stepIndex: number; identity: StepIdentity; version: number; done: boolean }
  /** "Skip step…" (`skip: true`, the extension asks for the reason) or taking a skip back. */
  | { type: 'skip'; stepIndex: number; identity: StepIdentity; version: number; skip: boolean }
  /**
   * A step's title, its ↗ button or its timeline marker: show that step in the editor. By
   * index and identity, like a tick: the page may show an older version of the text.
   */
  | { type: 'revealStep'; stepIndex: number; identity: StepIdentity; version: number }
  /** A click on a phase's bar in the timeline: show that phase in the editor. */
  | { type: 'revealPhase'; phaseIndex: number }
  /** "Copy commands" / "Run in terminal" on a step (src/extension/runSteps.ts). */
  | { type: 'runStep'; how: 'copy' | 'terminal'; stepIndex: number; identity: StepIdentity; version: number };

/** The state the webview keeps across reloads (vscode.setState). */
export interface PreviewState {
  uri: string;
}

const MAX_STRING = 10_000;

function isIndex(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function optionalString(value: unknown): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= MAX_STRING);
}

export function parseIdentity(value: unknown): StepIdentity | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (!isIndex(v.occurrence, 1_000_000)) return undefined;
  if (!optionalString(v.id) || !optionalString(v.action) || !optionalString(v.title) || !optionalString(v.phase))
    return undefined;
  const identity: StepIdentity = { occurrence: v.occurrence };
  if (v.id !== undefined) identity.id = v.id as string;
  if (v.action !== undefined) identity.action = v.action as string;
  if (v.title !== undefined) identity.title = v.title as string;
  if (v.phase !== undefined) identity.phase = v.phase as string;
  return identity;
}

/**
 * A message from the webview, checked field by field (types, integer ranges); undefined
 * for anything else. Step and phase indexes are checked against the document when handled.
 */
export function parseWebviewMessage(value: unknown): FromWebview | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'revealStep': {
      const identity = parseIdentity(v.identity);
      if (!identity || !isIndex(v.stepIndex, 1_000_000) || !isIndex(v.version)) return undefined;
      return { type: 'revealStep', stepIndex: v.stepIndex, identity, version: v.version };
    }
    case 'revealPhase':
      // Checked against the document's phases when it is handled.
      return isIndex(v.phaseIndex, 1_000_000) ? { type: 'revealPhase', phaseIndex: v.phaseIndex } : undefined;
    case 'runStep': {
      const identity = parseIdentity(v.identity);
      if (
        !identity ||
        !isIndex(v.stepIndex, 1_000_000) ||
        !isIndex(v.version) ||
        (v.how !== 'copy' && v.how !== 'terminal')
      )
        return undefined;
      return { type: 'runStep', how: v.how, stepIndex: v.stepIndex, identity, version: v.version };
    }
    case 'toggle':
    case 'skip': {
      const identity = parseIdentity(v.identity);
      const flag = v.type === 'toggle' ? v.done : v.skip;
      // The step index is checked against the document later (it may have changed); here
      // only that it is a sane number.
      if (!identity || !isIndex(v.stepIndex, 1_000_000) || !isIndex(v.version) || typeof flag !== 'boolean')
        return undefined;
      const target = { stepIndex: v.stepIndex, identity, version: v.version };
      return v.type === 'toggle' ? { type: 'toggle', ...target, done: flag } : { type: 'skip', ...target, skip: flag };
    }
    default:
      return undefined;
  }
}
