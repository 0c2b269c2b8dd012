// Ticking a box in the checklist writes `done:` into the runbook: the smallest edit that
// does it (one scalar replaced, or one line inserted), so comments, quoting and layout
// stay as the user wrote them.
import { isMap, isScalar } from 'yaml';
import { getPair, ParsedRunbook, StepEntry } from '../parse';
import { findStep, sameIdentity, StepIdentity, stepIdentities } from './model';
import { endOfNode, lineStartOf } from '../fix';
import type { TextEdit } from '../types';

/**
 * The edit that makes step `stepIndex` say `done: <done>`; undefined when the step
 * already says so (or, for `done: false`, has no `done` at all) or does not exist.
 */
export function toggleDoneEdit(parsed: ParsedRunbook, stepIndex: number, done: boolean): TextEdit | undefined {
  const step = parsed.steps[stepIndex];
  if (!step || !step.node.range || !isMap(step.node)) return undefined;
  const text = parsed.text;
  const value = done ? 'true' : 'false';
  const pair = getPair(step.node, 'done');
  if (pair) {
    const node = pair.value;
    if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
      if (node.value === done) return undefined;
      return { offset: node.range[0], length: node.range[1] - node.range[0], text: value };
    }
    // `done:` with nothing after it: put the value right after the colon.
    const keyEnd = pair.key?.range?.[1];
    if (keyEnd === undefined) return undefined;
    const colon = text.indexOf(':', keyEnd);
    if (colon < 0) return undefined;
    return { offset: colon + 1, length: 0, text: ` ${value}` };
  }
  if (!done) return undefined;
  const start = step.node.range[0];
  if (step.node.flow) {
    // `- { action: switch-mx }`: the new key goes before the closing brace.
    const close = text.lastIndexOf('}', step.node.range[1]);
    if (close < start) return undefined;
    let before = close;
    while (before > start && /\s/.test(text[before - 1])) before--;
    const empty = text[before - 1] === '{';
    return { offset: before, length: 0, text: empty ? 'done: true' : ', done: true' };
  }
  // A new line at the step's key column, after the step's last line (its trailing
  // comment lines belong to what follows and stay where they are).
  const keyColumn = start - lineStartOf(text, start);
  const offset = endOfNode(text, step.node);
  const line = `${' '.repeat(keyColumn)}done: true`;
  if (offset >= text.length && !text.endsWith('\n')) return { offset: text.length, length: 0, text: parsed.eol + line };
  return { offset, length: 0, text: line + parsed.eol };
}

export type ToggleTarget = { step: StepEntry } | { refused: 'stepChanged' | 'stepMoved' };

/**
 * Which step a tick from the preview means. The preview rendered `renderedVersion`; when
 * the document is still at that version the index must still name a step with the same
 * identity; when it changed, the step is found again by identity (unique match only).
 * Anything uncertain is refused: a tick never lands on another step.
 */
export function resolveToggleTarget(
  parsed: ParsedRunbook,
  currentVersion: number,
  request: { stepIndex: number; identity: StepIdentity; version: number },
): ToggleTarget {
  if (request.version === currentVersion) {
    const step = parsed.steps[request.stepIndex];
    if (!step || !sameIdentity(stepIdentities(parsed)[request.stepIndex], request.identity))
      return { refused: 'stepChanged' };
    return { step };
  }
  const step = findStep(parsed, request.identity);
  return step ? { step } : { refused: 'stepMoved' };
}
