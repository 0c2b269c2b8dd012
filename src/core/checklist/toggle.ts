// Ticking a box in the checklist writes `done:` into the runbook, with the execution
// record (`doneAt`, `doneBy`; `skipped` for a step not to be done): the smallest edits that
// do it (scalars replaced, lines inserted or removed), so comments, quoting and layout stay
// as the user wrote them.
import { isMap, isScalar, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { getPair, ParsedRunbook, StepEntry } from '../parse';
import { findStep, sameIdentity, StepIdentity, stepIdentities } from './model';
import { endOfNode, lineStartOf, yamlScalar } from '../fix';
import { formatInstant } from '../schedule';
import type { TextEdit } from '../types';
import { DATE_TIME_PATTERN } from '../knowledge/actions';

const DATE_TIME = new RegExp(DATE_TIME_PATTERN);

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

// ---- the execution record ------------------------------------------------------------

/** What a tick records besides `done: true`: when (with its offset) and who. */
export interface DoneStamp {
  /** `2026-03-28T23:40+01:00` (formatDoneAt). */
  doneAt: string;
  /** Undefined when nobody can be named (the web build without the setting): then no `doneBy` is written. */
  doneBy: string | undefined;
}

/** The current minute in the machine's offset, as `doneAt` is written: `2026-03-28T23:40+01:00`. */
export function formatDoneAt(epochMs: number, offsetMinutes: number): string {
  const minute = Math.floor(epochMs / 60_000) * 60_000;
  return formatInstant({ epochMs: minute, offsetMinutes });
}

/**
 * The edits that tick step `stepIndex`: `done: true`, `doneAt` and `doneBy` (each written,
 * or its value replaced), and `skipped` removed (a done step is not skipped). One list, so
 * the editor applies it as one undoable change. Undefined when the step does not exist or
 * cannot be edited safely; an empty list when it already says exactly this.
 */
export function tickEdits(parsed: ParsedRunbook, stepIndex: number, stamp: DoneStamp): TextEdit[] | undefined {
  const map = stepMap(parsed, stepIndex);
  if (!map) return undefined;
  const edits = setFields(parsed, map, [
    ['done', 'true'],
    // A date-time reads back as the same string unquoted (without seconds even under
    // %YAML 1.1), and is written as the format's examples write it.
    ['doneAt', DATE_TIME.test(stamp.doneAt) ? stamp.doneAt : yamlScalar(stamp.doneAt)],
    ...(stamp.doneBy !== undefined ? [['doneBy', yamlScalar(stamp.doneBy)] as [string, string]] : []),
  ]);
  const unskip = removeFields(parsed, map, ['skipped']);
  return edits && unskip ? [...edits, ...unskip] : undefined;
}

/** The edits that untick a step: `done`, `doneAt` and `doneBy` removed. */
export function untickEdits(parsed: ParsedRunbook, stepIndex: number): TextEdit[] | undefined {
  const map = stepMap(parsed, stepIndex);
  return map ? removeFields(parsed, map, ['done', 'doneAt', 'doneBy']) : undefined;
}

/** The edits that skip a step for `reason` (`skipped: <reason>`, written or replaced). */
export function skipEdits(parsed: ParsedRunbook, stepIndex: number, reason: string): TextEdit[] | undefined {
  const map = stepMap(parsed, stepIndex);
  return map ? setFields(parsed, map, [['skipped', yamlScalar(reason.replace(/\s+/g, ' ').trim())]]) : undefined;
}

/** The edits that take a skip back: `skipped` removed. */
export function unskipEdits(parsed: ParsedRunbook, stepIndex: number): TextEdit[] | undefined {
  const map = stepMap(parsed, stepIndex);
  return map ? removeFields(parsed, map, ['skipped']) : undefined;
}

function stepMap(parsed: ParsedRunbook, stepIndex: number): YAMLMap | undefined {
  const node = parsed.steps[stepIndex]?.node;
  return node && node.range && isMap(node) ? node : undefined;
}

/**
 * Sets each field to its YAML text: an existing one-line scalar gets its value replaced;
 * missing fields are written together, right after the last existing field of the list
 * (in a block mapping) or at the end of the step (block: a new line at the key column after
 * its last line; flow: before the closing brace). Undefined when a field exists with a
 * value that is not a scalar on one line (a list, a block scalar): that is the user's to
 * change.
 */
function setFields(parsed: ParsedRunbook, map: YAMLMap, fields: [string, string][]): TextEdit[] | undefined {
  const text = parsed.text;
  const edits: TextEdit[] = [];
  const missing: [string, string][] = [];
  let after: Pair | undefined;
  for (const [key, value] of fields) {
    const pair = getPair(map, key);
    if (!pair) {
      missing.push([key, value]);
      continue;
    }
    const edit = replaceValue(text, pair, value);
    if (!edit) return undefined;
    if (edit.text !== text.slice(edit.offset, edit.offset + edit.length)) edits.push(edit);
    after = pair;
  }
  if (missing.length === 0) return edits;
  const insert = map.flow ? flowInsert(text, map, missing) : blockInsert(parsed, map, missing, after);
  return insert ? [...edits, insert] : undefined;
}

/** Replaces a pair's value, which must be a scalar on the key's line (or nothing: `key:`). */
function replaceValue(text: string, pair: Pair, value: string): TextEdit | undefined {
  const node = pair.value as Node | null;
  if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
    if (text.slice(node.range[0], node.range[1]).includes('\n')) return undefined;
    return { offset: node.range[0], length: node.range[1] - node.range[0], text: value };
  }
  if (node !== null && !(isScalar(node) && node.value === null)) return undefined;
  // `key:` with nothing after it: the value goes right after the colon.
  const keyEnd = (pair.key as Node | null)?.range?.[1];
  if (keyEnd === undefined) return undefined;
  const colon = text.indexOf(':', keyEnd);
  if (colon < 0) return undefined;
  return { offset: colon + 1, length: 0, text: ` ${value}` };
}

function flowInsert(text: string, map: YAMLMap, fields: [string, string][]): TextEdit | undefined {
  const [start, end] = map.range!;
  // `- { action: switch-mx }`: the new keys go before the closing brace.
  const close = text.lastIndexOf('}', end);
  if (close < start) return undefined;
  let before = close;
  while (before > start && /\s/.test(text[before - 1])) before--;
  const body = fields.map(([k, v]) => `${k}: ${v}`).join(', ');
  return { offset: before, length: 0, text: text[before - 1] === '{' ? body : `, ${body}` };
}

function blockInsert(
  parsed: ParsedRunbook,
  map: YAMLMap,
  fields: [string, string][],
  after: Pair | undefined,
): TextEdit | undefined {
  const text = parsed.text;
  const start = map.range![0];
  const keyColumn = start - lineStartOf(text, start);
  const lines = fields.map(([k, v]) => `${' '.repeat(keyColumn)}${k}: ${v}`);
  // After the related field when there is one (`doneAt` under `done`), else after the
  // step's last line (its trailing comment lines belong to what follows and stay there).
  const value = after?.value as Node | null | undefined;
  const offset = value?.range ? endOfNode(text, value) : endOfNode(text, map);
  if (offset >= text.length && !text.endsWith('\n'))
    return { offset: text.length, length: 0, text: parsed.eol + lines.join(parsed.eol) };
  return { offset, length: 0, text: lines.join(parsed.eol) + parsed.eol };
}

/**
 * Removes the fields. In a block mapping a field is its whole line; a comment on that line
 * stays, on a line of its own (`done:` is set to `false` instead, which keeps its line and
 * the comment as they were). In a flow mapping the field and its comma go. Undefined when
 * a field cannot be removed safely (a value over several lines, the step's only field).
 */
function removeFields(parsed: ParsedRunbook, map: YAMLMap, keys: string[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const removing = new Set(keys.map((k) => getPair(map, k)).filter((p): p is Pair<Scalar, Node> => p !== undefined));
  const done = new Set<Pair>();
  for (const pair of map.items) {
    if (!removing.has(pair as Pair<Scalar, Node>) || done.has(pair)) continue;
    const edit = map.flow ? flowRemove(parsed.text, map, pair) : blockRemove(parsed.text, map, pair, removing, done);
    if (!edit) return undefined;
    edits.push(edit);
    done.add(pair);
  }
  return mergeDeletions(parsed.text, edits);
}

/**
 * Deletions that overlap or touch become one. Lines removed at the end of a file without a
 * final line break take the break before them instead, so the file still ends as it did.
 */
function mergeDeletions(text: string, edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    const last = out[out.length - 1];
    if (last && last.text === '' && edit.text === '' && edit.offset <= last.offset + last.length) {
      const end = Math.max(last.offset + last.length, edit.offset + edit.length);
      out[out.length - 1] = { offset: last.offset, length: end - last.offset, text: '' };
    } else {
      out.push(edit);
    }
  }
  const last = out[out.length - 1];
  if (last?.text === '' && last.offset + last.length === text.length && !text.endsWith('\n') && last.offset > 0) {
    if (text[last.offset - 1] === '\n') {
      const from = text[last.offset - 2] === '\r' ? last.offset - 2 : last.offset - 1;
      out[out.length - 1] = { offset: from, length: text.length - from, text: '' };
    }
  }
  return out;
}

function blockRemove(
  text: string,
  map: YAMLMap,
  pair: Pair,
  removing: ReadonlySet<Pair>,
  done: Set<Pair>,
): TextEdit | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const keyStart = key?.range?.[0];
  if (keyStart === undefined) return undefined;
  const valueEnd = value?.range?.[1] ?? key!.range![1];
  const lineStart = lineStartOf(text, keyStart);
  const lineEnd = endOfLine(text, valueEnd);
  if (text.slice(keyStart, valueEnd).includes('\n')) return undefined;
  const rest = text.slice(valueEnd, lineEnd).replace(/[\r\n]+$/, '');
  const comment = rest.trim();
  if (comment && !comment.startsWith('#')) return undefined;
  const index = map.items.indexOf(pair);
  const firstOnLine = /^[\t ]*$/.test(text.slice(lineStart, keyStart));
  if (!firstOnLine) {
    // `- done: true` opens the step: the next field that stays moves up onto the dash line.
    let next = index + 1;
    while (next < map.items.length && removing.has(map.items[next])) next++;
    const nextKey = map.items[next]?.key as Node | null | undefined;
    if (!nextKey?.range || text.slice(keyStart, nextKey.range[0]).includes('#')) return undefined;
    for (let i = index + 1; i < next; i++) done.add(map.items[i]);
    return { offset: keyStart, length: nextKey.range[0] - keyStart, text: '' };
  }
  if (comment) {
    if (String((key as Scalar).value) === 'done') return replaceValue(text, pair, 'false');
    return { offset: keyStart, length: valueEnd + (rest.length - rest.trimStart().length) - keyStart, text: '' };
  }
  return { offset: lineStart, length: lineEnd - lineStart, text: '' };
}

function flowRemove(text: string, map: YAMLMap, pair: Pair): TextEdit | undefined {
  const index = map.items.indexOf(pair);
  const keyStart = (pair.key as Node | null)?.range?.[0];
  const valueEnd = (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node | null)?.range?.[1];
  if (keyStart === undefined || valueEnd === undefined) return undefined;
  const prev = map.items[index - 1];
  const next = map.items[index + 1];
  let from = keyStart;
  let to = valueEnd;
  if (prev) {
    // `, done: true`: from the end of the field before.
    const prevEnd = (prev.value as Node | null)?.range?.[1] ?? (prev.key as Node | null)?.range?.[1];
    if (prevEnd === undefined) return undefined;
    from = prevEnd;
  } else if (next) {
    // `done: true, ` at the start: up to the next field.
    const nextStart = (next.key as Node | null)?.range?.[0];
    if (nextStart === undefined) return undefined;
    to = nextStart;
  } else {
    return undefined;
  }
  if (text.slice(from, to).includes('#')) return undefined;
  return { offset: from, length: to - from, text: '' };
}

/** The offset after the end of the line that holds `offset` (after its line break). */
function endOfLine(text: string, offset: number): number {
  const lineEnd = text.indexOf('\n', offset);
  return lineEnd < 0 ? text.length : lineEnd + 1;
}
