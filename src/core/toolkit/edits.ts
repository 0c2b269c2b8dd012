// Where inserted lines go and how they are written: in the file's own indentation and
// line endings, above the comment lines that introduce the item they go before. The text
// edits are plain data that the one applyEdits (../fix.ts) applies.
import type { Node } from 'yaml';
import type { ParsedRunbook, PhaseEntry, StepEntry } from '../parse';
import { blockItem, DECLINED, endOfNode, inferLayout, lineStartOf, renderItem, YamlEntries } from '../fix';
import type { TextEdit } from '../types';

/**
 * Where lines that go before an item (phase or step) are inserted: above the comment lines
 * that sit directly on top of it at its own indentation (they introduce that item).
 * NaN when the item is not on a block sequence line of its own (flow style): no lines go there.
 */
function offsetBefore(parsed: ParsedRunbook, node: Node): number {
  const text = parsed.text;
  const item = blockItem(text, node);
  if (!item) return Number.NaN;
  let offset = item.lineStart;
  while (offset > 0) {
    const prevStart = lineStartOf(text, offset - 1);
    const line = text.slice(prevStart, offset).replace(/\r?\n$/, '');
    const m = /^( *)#/.exec(line);
    if (!m || m[1].length !== item.column) break;
    offset = prevStart;
  }
  return offset;
}

/** The indentation of an item's dash in this file. */
export function dashIndentOf(parsed: ParsedRunbook, node: Node): string {
  const item = blockItem(parsed.text, node);
  return ' '.repeat(item ? item.column : node.range![0] - lineStartOf(parsed.text, node.range![0]));
}

export function renderSteps(parsed: ParsedRunbook, steps: YamlEntries[], dashIndent: string): string {
  const layout = inferLayout(parsed);
  return steps.map((s) => renderItem(s, dashIndent, layout, parsed.eol, 'step')).join('');
}

export function renderPhases(parsed: ParsedRunbook, phases: YamlEntries[], dashIndent?: string): string {
  const layout = inferLayout(parsed);
  return phases.map((p) => renderItem(p, dashIndent ?? layout.phaseDash, layout, parsed.eol, 'phase')).join('');
}

export function insertStepsBefore(parsed: ParsedRunbook, step: StepEntry, steps: YamlEntries[]): TextEdit {
  const offset = offsetBefore(parsed, step.node);
  return Number.isNaN(offset)
    ? DECLINED
    : { offset, length: 0, text: renderSteps(parsed, steps, dashIndentOf(parsed, step.node)) };
}

export function insertPhasesBefore(parsed: ParsedRunbook, phase: PhaseEntry, phases: YamlEntries[]): TextEdit {
  const offset = offsetBefore(parsed, phase.node);
  return Number.isNaN(offset)
    ? DECLINED
    : { offset, length: 0, text: renderPhases(parsed, phases, dashIndentOf(parsed, phase.node)) };
}

/**
 * Appends text after a node's last line (adding a line break when the file lacks a final
 * one); declined when the node is not a block item, or its last line goes on with more
 * than a comment (a flow collection closing there).
 */
export function appendAfter(parsed: ParsedRunbook, node: Node, rendered: string): TextEdit {
  if (!blockItem(parsed.text, node)) return DECLINED;
  const offset = endOfNode(parsed.text, node);
  const rest = parsed.text.slice(node.range![1], offset);
  if (!/^[ \t]*(#.*)?\r?\n?$/.test(rest)) return DECLINED;
  const needsBreak = offset === parsed.text.length && !/\n$/.test(parsed.text);
  return { offset, length: 0, text: (needsBreak ? parsed.eol : '') + rendered };
}

/**
 * Removes an item's lines, keeping any comment in them as a comment line at the item's
 * indentation (comments are the user's work and survive every edit).
 */
export function deleteItem(parsed: ParsedRunbook, node: Node): TextEdit {
  const text = parsed.text;
  const item = blockItem(text, node);
  if (!item) return DECLINED;
  const start = item.lineStart;
  const end = endOfNode(text, node);
  const indent = dashIndentOf(parsed, node);
  const kept = text
    .slice(start, end)
    .split(/\r?\n/)
    .map((line) => /(^|\s)(#.*)$/.exec(line)?.[2])
    .filter((c): c is string => c !== undefined)
    .map((c) => indent + c + parsed.eol)
    .join('');
  return { offset: start, length: end - start, text: kept };
}
