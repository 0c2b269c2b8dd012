// The checklist preview's script inside the webview. The extension renders the HTML and
// sends it whole once, then only what an edit changed (`patch`: the part above the
// phases, phase heads, step items); this script puts each piece in place
// (keeping scroll position and focus), reports ticks and clicks, and highlights the step
// at the editor's cursor. No inline handlers: the CSP allows only this one script.
import type { FromWebview, PreviewState, StepInfo, ToWebview } from '../core/checklist/protocol';
import { renderTimeline } from '../core';
import { localOffsetMinutes } from './local-time';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  setState(state: PreviewState): void;
  getState(): PreviewState | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('checklist') as HTMLElement;
let steps: StepInfo[] = [];
let version = -1;
let highlighted = -1;

function stepIndexOf(element: Element | null): number | undefined {
  const value = element?.getAttribute('data-step');
  if (value === null || value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** Runs a change of the page keeping the scroll position and the focused element (found again by its id). */
function keepingPlace(change: () => void): void {
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  const focusedId = document.activeElement && root.contains(document.activeElement) ? document.activeElement.id : '';
  change();
  if (focusedId && document.activeElement?.id !== focusedId) {
    const again = document.getElementById(focusedId);
    if (again instanceof HTMLElement) again.focus({ preventScroll: true });
  }
  window.scrollTo(scrollX, scrollY);
}

function render(message: Extract<ToWebview, { type: 'render' }>): void {
  keepingPlace(() => {
    root.innerHTML = message.html;
    if (message.timeline) drawTimeline(message);
  });
  steps = message.steps;
  version = message.version;
  vscode.setState({ uri: message.uri });
  highlighted = -1;
  highlight(message.highlight, false);
}

/** HTML the extension rendered (every runbook string escaped) as nodes. */
function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

function patch(message: Extract<ToWebview, { type: 'patch' }>): void {
  // A patch of another page than this one (a message lost, a reload): ask for the whole body.
  if (message.base !== version) {
    vscode.postMessage({ type: 'ready' });
    return;
  }
  keepingPlace(() => {
    if (message.top !== undefined) replaceTop(message.top);
    if (message.timeline) drawTimeline(message);
    for (const phase of message.phases) replacePhaseHead(phase.index, phase.head);
    for (const step of message.steps) {
      const at = steps.findIndex((s) => s.index === step.index);
      if (step.info && at >= 0) steps[at] = step.info;
      if (step.html !== undefined) document.getElementById(`step-${step.index}`)?.replaceWith(fragment(step.html));
    }
  });
  version = message.version;
  vscode.setState({ uri: message.uri });
  const wanted = message.highlight;
  highlighted = -1;
  highlight(wanted, false);
}

/** Everything above the first phase. */
function replaceTop(html: string): void {
  const firstPhase = root.querySelector(':scope > section.cl-phase');
  while (root.firstChild && root.firstChild !== firstPhase) root.firstChild.remove();
  root.insertBefore(fragment(html), firstPhase);
}

/** A phase's title and progress; its list of steps stays as it is (with its focus). */
function replacePhaseHead(index: number, html: string): void {
  const section = document.getElementById(`phase-${index}`);
  const fresh = fragment(html).firstElementChild;
  if (!section || !fresh) return;
  for (const name of section.getAttributeNames()) section.removeAttribute(name);
  for (const attribute of Array.from(fresh.attributes)) section.setAttribute(attribute.name, attribute.value);
  const list = section.querySelector(':scope > ul.cl-steps');
  for (const child of Array.from(section.childNodes)) if (child !== list) child.remove();
  for (const node of Array.from(fresh.childNodes)) section.insertBefore(node, list);
}

/**
 * The extension's page shows the timeline in the offsets the runbook wrote; here it is
 * drawn again in the viewer's own time zone (this browser's), with the offset shown. The
 * renderer escapes everything it is given.
 */
function drawTimeline(message: Extract<ToWebview, { type: 'render' | 'patch' }>): void {
  const slot = document.getElementById('cl-timeline');
  if (!slot || !message.timeline) return;
  const locale = document.documentElement.lang === 'sv' ? 'sv' : 'en';
  try {
    slot.outerHTML = renderTimeline(message.timeline, {
      locale,
      mode: 'preview',
      zone: localOffsetMinutes,
      ...(typeof message.now === 'number' ? { now: message.now } : {}),
    });
  } catch {
    // Keep the version as written.
  }
}

function highlight(stepIndex: number, scroll: boolean): void {
  if (stepIndex === highlighted) return;
  document.querySelectorAll('.cl-step.cl-highlighted').forEach((el) => el.classList.remove('cl-highlighted'));
  highlighted = stepIndex;
  if (stepIndex < 0) return;
  const item = document.getElementById(`step-${stepIndex}`);
  if (!item) return;
  item.classList.add('cl-highlighted');
  if (scroll) item.scrollIntoView({ block: 'nearest' });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = event.data as ToWebview;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'render' && typeof message.html === 'string') render(message);
  else if (message.type === 'patch' && Array.isArray(message.steps)) patch(message);
  else if (message.type === 'highlight' && typeof message.stepIndex === 'number') highlight(message.stepIndex, true);
});

root.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || !box.classList.contains('cl-check')) return;
  const stepIndex = stepIndexOf(box);
  const step = steps.find((s) => s.index === stepIndex);
  if (stepIndex === undefined || !step) return;
  box.closest('.cl-step')?.classList.toggle('cl-done', box.checked);
  vscode.postMessage({ type: 'toggle', stepIndex, identity: step.identity, version, done: box.checked });
});

/** A phase's bar reveals the phase; a pinned step's marker reveals the step. */
function activateTimeline(target: Element | null): boolean {
  const pin = target?.closest('.tl-pin[data-step]');
  if (pin) {
    revealStep(stepIndexOf(pin));
    return true;
  }
  const phase = target?.closest('.tl-phase[data-phase]');
  if (phase) {
    const phaseIndex = Number(phase.getAttribute('data-phase'));
    if (Number.isInteger(phaseIndex) && phaseIndex >= 0) vscode.postMessage({ type: 'revealPhase', phaseIndex });
    return true;
  }
  return false;
}

root.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.matches('.tl-phase, .tl-pin') && activateTimeline(target)) event.preventDefault();
});

/** "Copy commands" / "Run in terminal": the extension finds the step again and does it. */
function runStep(target: Element | null): boolean {
  const button = target?.closest('.cl-run[data-run]');
  if (!button) return false;
  const stepIndex = stepIndexOf(button);
  const step = steps.find((s) => s.index === stepIndex);
  const how = button.getAttribute('data-run');
  if (stepIndex !== undefined && step && (how === 'copy' || how === 'terminal'))
    vscode.postMessage({ type: 'runStep', how, stepIndex, identity: step.identity, version });
  return true;
}

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (activateTimeline(target) || runStep(target)) return;
  // "Skip step…" asks the extension for a reason (an input box in VS Code); "Un-skip" takes it back.
  const skip = target?.closest('.cl-skip, .cl-unskip');
  if (skip) {
    const stepIndex = stepIndexOf(skip);
    const step = steps.find((s) => s.index === stepIndex);
    if (stepIndex === undefined || !step) return;
    vscode.postMessage({
      type: 'skip',
      stepIndex,
      identity: step.identity,
      version,
      skip: skip.classList.contains('cl-skip'),
    });
    return;
  }
  // A step's title reveals the step in the editor; ticking is the checkbox's job.
  const title = target?.closest('.cl-step-title, .cl-reveal');
  if (!title) return;
  event.preventDefault();
  revealStep(stepIndexOf(title.closest('.cl-step')));
});

/**
 * By index and identity, not by offset: a tick just written may not have reached this page
 * yet, and an offset from the text before it would land a line or two off.
 */
function revealStep(stepIndex: number | undefined): void {
  const step = steps.find((s) => s.index === stepIndex);
  if (stepIndex !== undefined && step)
    vscode.postMessage({ type: 'revealStep', stepIndex, identity: step.identity, version });
}

vscode.postMessage({ type: 'ready' });
