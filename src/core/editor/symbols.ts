// The outline of a runbook (phases, then their steps) and its folding ranges. Everything
// is in offsets of the text; the editor converts them to its positions.
import { derivedStepTitle, oneLine } from '../checklist/titles';
import { fieldBoolean, fieldNode, isMap, isSeq } from '../parse';
import { lineStartOf } from '../fix';
import { MAX_NODE_DEPTH } from '../yaml-data';
import type { Node, ParsedRunbook, PhaseEntry, StepEntry } from '../parse';
import type { Locale, OffsetRange } from '../types';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: 'phase' | 'step';
  /** From the item's dash to the end of its last value. */
  range: OffsetRange;
  /** What to reveal and highlight: the title, else the id, else the first line. */
  selectionRange: OffsetRange;
  children: OutlineSymbol[];
  stepIndex?: number;
}

export function documentSymbols(parsed: ParsedRunbook, locale: Locale = 'en'): OutlineSymbol[] {
  return parsed.phases.filter((p) => p.node.range).map((phase) => phaseSymbol(parsed, phase, locale));
}

function phaseSymbol(parsed: ParsedRunbook, phase: PhaseEntry, locale: Locale): OutlineSymbol {
  const name = oneLine(phase.title) || oneLine(phase.id) || `#${phase.index + 1}`;
  return {
    name,
    detail: phase.id && phase.title ? phase.id : '',
    kind: 'phase',
    range: itemRange(parsed, phase.node.range!),
    selectionRange: labelRange(parsed, phase.node, ['title', 'id']),
    children: phase.steps.filter((s) => s.node.range).map((step) => stepSymbol(parsed, step, locale)),
  };
}

function stepSymbol(parsed: ParsedRunbook, step: StepEntry, locale: Locale): OutlineSymbol {
  const done = fieldBoolean(step.node, 'done', parsed.doc) === true;
  return {
    name: derivedStepTitle(step, locale, parsed.doc) || `#${step.index + 1}`,
    detail: [step.action ?? '', done ? '✓' : ''].filter(Boolean).join(' '),
    kind: 'step',
    range: itemRange(parsed, step.node.range!),
    selectionRange: labelRange(parsed, step.node, ['title', 'action', 'id']),
    children: [],
    stepIndex: step.index,
  };
}

/** A sequence item's span, from its dash (the start of its first line) to its last value. */
function itemRange(parsed: ParsedRunbook, range: [number, number, number]): OffsetRange {
  const start = lineStartOf(parsed.text, range[0]);
  let end = range[1];
  // A block map's value end can include the line break after its last value: stop before it.
  while (end > range[0] && /[\r\n]/.test(parsed.text[end - 1])) end--;
  return { start, end: Math.max(end, start) };
}

function labelRange(parsed: ParsedRunbook, node: StepEntry['node'], keys: string[]): OffsetRange {
  for (const key of keys) {
    const value = fieldNode(node, key, parsed.doc);
    if (value?.range) return { start: value.range[0], end: value.range[1] };
  }
  const start = node.range![0];
  let end = parsed.text.indexOf('\n', start);
  if (end < 0) end = parsed.text.length;
  if (parsed.text[end - 1] === '\r') end--;
  return { start, end: Math.max(start, end) };
}

export interface FoldRange {
  /** Offsets of the first and the last folded line's content. */
  start: number;
  end: number;
}

/**
 * Folding for every phase and step, and (since a folding provider replaces the editor's
 * indentation folding) for every other mapping, list or block text spanning lines.
 */
export function foldingRanges(parsed: ParsedRunbook): FoldRange[] {
  const out: FoldRange[] = [];
  const seen = new Set<number>();
  const add = (start: number, end: number) => {
    while (end > start && /\s/.test(parsed.text[end - 1])) end--;
    if (end <= start || !parsed.text.slice(start, end).includes('\n')) return;
    const lineStart = lineStartOf(parsed.text, start);
    if (seen.has(lineStart)) return;
    seen.add(lineStart);
    out.push({ start: lineStart, end });
  };
  // Aliases are not followed (isMap/isSeq), and the depth is bounded all the same.
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_NODE_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range) add(key.range[0], value.range[1]);
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const n = item as Node;
        if (isMap(n) && n.range) add(n.range[0], n.range[1]);
        visit(n, depth + 1);
      }
    }
  };
  visit(parsed.root, 0);
  return out.sort((a, b) => a.start - b.start);
}
