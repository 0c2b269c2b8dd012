// The one function that applies fixes, used by the CLI, the extension and the tests, and
// the helpers rules use to build minimal edits (inserted lines that follow the file's own
// indentation and line endings). Nothing here re-serializes the document.
import type { Node, YAMLMap, YAMLSeq } from 'yaml';
import type { ParsedRunbook } from './parse';
import type { Fix, TextEdit } from './types';

/** Applies edits to text. Overlapping edits are an error in the fix that made them. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.offset < cursor) throw new Error(`overlapping edits at offset ${edit.offset}`);
    out += text.slice(cursor, edit.offset) + edit.text;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}

/**
 * Whether two edits of different fixes cannot go together. Two inserts at one offset
 * conflict (which goes first is undefined); ranges that only touch do not; an insert
 * conflicts with a replaced range only strictly inside it (at its ends it goes before or after).
 */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  // For an insert `a` this reads `b.offset < a.offset < bEnd`: strictly inside the range.
  return a.offset < bEnd && b.offset < aEnd;
}

/**
 * A fix's edits as they will be applied: edits that change nothing dropped, an edit listed
 * twice kept once (a step repeated through an alias is reported twice, with the same edit);
 * undefined when two remaining edits overlap or one lies outside the text, as no order of
 * applying them is right.
 */
export function normalizeEdits(text: string, edits: readonly TextEdit[]): TextEdit[] | undefined {
  const seen = new Set<string>();
  const kept: TextEdit[] = [];
  for (const e of edits) {
    if (!(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length)) return undefined;
    if (text.slice(e.offset, e.offset + e.length) === e.text) continue;
    const key = `${e.offset}:${e.length}:${e.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(e);
  }
  const sorted = [...kept].sort((a, b) => a.offset - b.offset || a.length - b.length);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const edit = sorted[i];
    // Inserts at one offset within one fix keep their listed order; anything else that starts inside an earlier range cannot go.
    if (edit.offset < prev.offset + prev.length) return undefined;
  }
  return kept;
}

/**
 * Applies as many fixes as can go together in one pass: a fix whose edits touch another
 * chosen fix's edits waits for the next pass (the caller re-lints and repeats). A fix
 * whose own edits overlap is left out (lint withdraws such fixes before offering them).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const chosen: TextEdit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const edits = normalizeEdits(text, fix.edits);
    if (!edits || edits.length === 0) continue;
    // A fix equal to a chosen one overlaps it, so it is skipped here too.
    if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...edits);
    applied++;
  }
  return { text: chosen.length ? applyEdits(text, chosen) : text, applied };
}

// ---- building edits ------------------------------------------------------------------

export type YamlValue = string | number | boolean | string[] | { block: string } | YamlEntries[];
/** An ordered mapping: [key, value] pairs; undefined values are left out. */
export type YamlEntries = [string, YamlValue | undefined][];

// Latin letters with diacritics (å, ä, ö, é...) are plain in YAML too: Swedish titles need no quotes.
const PLAIN = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9 _.@/()–'\u00C0-\u024F-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A scalar as YAML: plain where that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (PLAIN.test(value) && !RESERVED.test(value) && !/[:#]\s|\s$|:$/.test(value) && !/ #/.test(value)) return value;
  return JSON.stringify(value);
}

/** Versions are strings in the format: always quoted so they never read as numbers. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * Renders one sequence item (`- key: value` and the following keys) at the given
 * indentation. Nested lists of mappings (a phase's steps) use `nested` for their layout.
 */
export function renderItem(
  entries: YamlEntries,
  dashIndent: string,
  layout: Layout,
  eol: string,
  level: 'phase' | 'step',
): string {
  const keyIndent = dashIndent + ' '.repeat(level === 'phase' ? layout.phaseKeyOffset : layout.stepKeyOffset);
  let out = '';
  let first = true;
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const prefix = first
      ? dashIndent + '- ' + ' '.repeat(Math.max(keyIndent.length - dashIndent.length - 2, 0))
      : keyIndent;
    first = false;
    if (Array.isArray(value) && value.length > 0 && Array.isArray(value[0])) {
      out += `${prefix}${key}:${eol}`;
      const childDash = keyIndent + ' '.repeat(layout.stepDashOffset);
      for (const child of value as YamlEntries[]) out += renderItem(child, childDash, layout, eol, 'step');
    } else if (Array.isArray(value)) {
      out += `${prefix}${key}: [${(value as string[]).map((v) => yamlScalar(v)).join(', ')}]${eol}`;
    } else if (typeof value === 'object') {
      out += `${prefix}${key}: |${eol}`;
      for (const line of value.block.replace(/\n$/, '').split('\n')) {
        out += line ? `${keyIndent}  ${line}${eol}` : eol;
      }
    } else {
      out += `${prefix}${key}: ${key === 'version' && typeof value === 'string' ? quoted(value) : yamlScalar(value)}${eol}`;
    }
  }
  return out;
}

/** How this file indents phases and steps, read from its first phase and step. */
export interface Layout {
  phaseDash: string;
  /** Columns from a phase's dash to its keys. */
  phaseKeyOffset: number;
  /** Columns from a phase's keys to its steps' dashes. */
  stepDashOffset: number;
  /** Columns from a step's dash to its keys. */
  stepKeyOffset: number;
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * The edit a helper returns when it cannot place lines there (an item in flow style): lint
 * drops the fix that holds it without a word, as the rule declined to offer it.
 */
export const DECLINED: Readonly<TextEdit> = Object.freeze({ offset: Number.NaN, length: 0, text: '' });

export function isDeclined(edit: TextEdit): boolean {
  return Number.isNaN(edit.offset);
}

/**
 * Where a block sequence item begins: the start of its dash's line and the dash's column.
 * Walks back from the item's content over its properties, also when they stand alone on
 * the dash line (`- &a`, then the keys below it). Undefined when the item is not a block
 * item whose dash starts its line: flow style (`[ … ]`), `- - nested`, a comment between.
 */
export function blockItem(text: string, node: Node): { lineStart: number; column: number } | undefined {
  if (!node.range) return undefined;
  let i = node.range[0] - 1;
  for (;;) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r' || text[i] === '\n')) i--;
    if (i < 0) return undefined;
    if (text[i] === '-' && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      return /^ *$/.test(text.slice(lineStart, i)) ? { lineStart, column: i - lineStart } : undefined;
    }
    let j = i;
    while (j >= 0 && !/\s/.test(text[j])) j--;
    if (!/^[&!]/.test(text.slice(j + 1, i + 1))) return undefined;
    i = j;
  }
}

/** The dash of a sequence item: the `- ` before the item's node. */
function dashColumn(text: string, node: Node): number {
  const item = blockItem(text, node);
  return item ? item.column : column(text, node.range![0]);
}

export function inferLayout(parsed: ParsedRunbook): Layout {
  const text = parsed.text;
  const layout: Layout = { phaseDash: '  ', phaseKeyOffset: 2, stepDashOffset: 2, stepKeyOffset: 2 };
  const phase = parsed.phases[0];
  if (!phase || !phase.node.range) return layout;
  const phaseDash = dashColumn(text, phase.node);
  const phaseKey = column(text, phase.node.range[0]);
  layout.phaseDash = ' '.repeat(phaseDash);
  layout.phaseKeyOffset = Math.max(phaseKey - phaseDash, 2);
  const step = phase.steps[0] ?? parsed.steps[0];
  if (step?.node.range) {
    const stepDash = dashColumn(text, step.node);
    const stepKey = column(text, step.node.range[0]);
    layout.stepDashOffset = Math.max(stepDash - column(text, step.phase.node.range![0]), 0);
    layout.stepKeyOffset = Math.max(stepKey - stepDash, 2);
  }
  return layout;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just after the line break that ends the item's last line (where the next item would go). */
export function endOfNode(text: string, node: Node): number {
  const end = node.range![1];
  // range[1] of a block map is the end of its last value; move to the end of that line.
  const lineEnd = text.indexOf('\n', Math.max(end - 1, 0));
  if (lineEnd < 0) return text.length;
  return lineEnd + 1;
}

/** Replaces one scalar node's source text. */
export function replaceNode(node: Node, text: string): TextEdit {
  return { offset: node.range![0], length: node.range![1] - node.range![0], text };
}

export type { YAMLMap, YAMLSeq };
