// Fix-all for an editor: the core's fixAll applies its passes one after another to a
// string, but an editor applies one set of edits to the document it has. So each pass's
// edits (relative to the text the previous pass left) are composed into edits of the
// original text: the result is the same text, and every line no fix touched is left
// alone (no whole-document replace, so markers, folding and undo stay precise).
import { lint } from '../lint';
import { applyEdits, applyFixes } from '../fix';
import type { Finding, Fix, LintOptions, TextEdit } from '../types';

export interface FixAllEdits {
  /** Edits of the original text, sorted and non-overlapping. */
  edits: TextEdit[];
  /** The text after every pass. */
  text: string;
  passes: number;
  /** Fixes applied in all passes. */
  applied: number;
  /** Findings of the fixed text. */
  findings: Finding[];
}

/** Like the core's fixAll (same passes, same choice of fixes), but as edits of `text`. */
export function fixAllEdits(text: string, options: LintOptions = {}, ruleId?: string): FixAllEdits {
  let current = text;
  let composed: TextEdit[] = [];
  let applied = 0;
  let passes = 0;
  let result = lint(current, options);
  while (passes < 10) {
    const fixes = result.findings.filter((f) => f.fix && (!ruleId || f.ruleId === ruleId)).map((f) => f.fix!);
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    passes++;
    if (next.applied === 0 || next.text === current) break;
    let passEdits = chosenEdits(fixes);
    if (applyEdits(current, passEdits) !== next.text) passEdits = diffEdits(current, next.text);
    composed = composeEdits(composed, passEdits, current);
    applied += next.applied;
    current = next.text;
    result = lint(current, options);
  }
  return { edits: composed, text: current, passes, applied, findings: result.findings };
}

/** The edits applyFixes chooses in one pass: fixes in order, skipping one that touches an earlier choice. */
function chosenEdits(fixes: readonly Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue;
    if (fix.edits.some((e) => chosen.some((c) => touches(c, e)))) continue;
    seen.add(key);
    chosen.push(...fix.edits);
  }
  return chosen;
}

function touches(a: TextEdit, b: TextEdit): boolean {
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0 && b.length === 0) return a.offset === b.offset;
  return (
    (a.offset < bEnd && b.offset < aEnd) ||
    (a.length === 0 && a.offset > b.offset && a.offset < bEnd) ||
    (b.length === 0 && b.offset > a.offset && b.offset < aEnd)
  );
}

/** One edit covering what differs between two texts (common prefix and suffix left out). */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ offset: start, length: before.length - start - end, text: after.slice(start, after.length - end) }];
}

/**
 * Composes `later` (edits of the text that `earlier` produced from the original) onto
 * `earlier` (edits of the original), giving edits of the original with the same result.
 * An edit of later that falls inside or next to text an earlier edit wrote is merged
 * into that edit; one that falls in untouched text is moved back to original offsets.
 * `intermediate` is the text `earlier` produced.
 */
export function composeEdits(earlier: readonly TextEdit[], later: readonly TextEdit[], intermediate: string): TextEdit[] {
  // Earlier edits as spans of the intermediate text: where each one's replacement text sits.
  type Span = { orig: TextEdit; start: number; end: number };
  let spans: Span[] = [];
  let shift = 0;
  for (const e of [...earlier].sort((a, b) => a.offset - b.offset)) {
    const start = e.offset + shift;
    spans.push({ orig: { ...e }, start, end: start + e.text.length });
    shift += e.text.length - e.length;
  }
  // Offset in the original of an intermediate offset that lies outside every span (or on a span's edge).
  const toOriginal = (offset: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (const s of spans) {
      if (offset < s.start || (offset === s.start && side === 'start')) break;
      if (offset <= s.end && side === 'end' && offset >= s.start) return s.orig.offset + s.orig.length;
      delta += s.orig.text.length - s.orig.length;
    }
    return offset - delta;
  };
  for (const edit of [...later].sort((a, b) => b.offset - a.offset)) {
    let start = edit.offset;
    let end = edit.offset + edit.length;
    // Widen to whole spans it touches, so both ends map back exactly.
    const touched = spans.filter((s) => s.start <= end && start <= s.end && !(s.start === s.end && (s.start < start || s.start > end)));
    for (const s of touched) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    const origStart = touched.length && touched[0].start === start ? touched[0].orig.offset : toOriginal(start, 'start');
    const lastTouched = touched[touched.length - 1];
    const origEnd = touched.length && lastTouched.end === end ? lastTouched.orig.offset + lastTouched.orig.length : toOriginal(end, 'end');
    const textNow = intermediate.slice(start, edit.offset) + edit.text + intermediate.slice(edit.offset + edit.length, end);
    const merged: Span = { orig: { offset: origStart, length: origEnd - origStart, text: textNow }, start, end: start + textNow.length };
    // Spans after the edit move by its change in length.
    const change = edit.text.length - edit.length;
    spans = spans
      .filter((s) => !touched.includes(s))
      .map((s) => (s.start >= end ? { ...s, start: s.start + change, end: s.end + change } : s));
    spans.push(merged);
    spans.sort((a, b) => a.start - b.start);
    intermediate = intermediate.slice(0, edit.offset) + edit.text + intermediate.slice(edit.offset + edit.length);
  }
  return spans.map((s) => s.orig).filter((e) => e.length > 0 || e.text.length > 0).sort((a, b) => a.offset - b.offset);
}
