// From a JSON pointer in Ajv's errors to the runbook's source: which node it names, what
// that object is (a step of which action, a server, a phase), and the range to underline.
import { Document, isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import { resolve, ParsedRunbook } from './parse';
import { pairNamed } from './yaml-data';
import { actionSpec, FieldSpec, OBJECT_SPECS, ObjectKind, STEP_FIELDS } from './knowledge/actions';
import type { OffsetRange } from './types';

interface Located {
  node?: Node;
  /** The key of the pair whose value is `node`, when it sits in a mapping. */
  key?: Node;
  /** True when `node` is an item of a sequence. */
  inSeq: boolean;
}

interface Owner {
  /** What the fields of this object are. */
  fields: Readonly<Record<string, FieldSpec>>;
  kind: ObjectKind | 'step' | 'unknown';
  /** The object's name for messages: the action of a step, a server's name, a phase's id. */
  label?: string;
}

export function ownerAt(data: Record<string, unknown>, path: string): Owner {
  const s = splitPointer(path);
  const object = (kind: ObjectKind, label?: string): Owner => ({ fields: OBJECT_SPECS[kind].fields, kind, label });
  if (s.length === 0) return object('top');
  if (s.length === 1 && (s[0] === 'organization' || s[0] === 'target' || s[0] === 'schedule')) return object(s[0]);
  const value = getAt(data, path) as Record<string, unknown> | undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  if (s.length === 2 && s[0] === 'servers') return object('server', text(value?.name));
  if (s.length === 2 && s[0] === 'phases') return object('phase', text(value?.id));
  if (s.length === 4 && s[0] === 'phases' && s[2] === 'steps') {
    const action = text(value?.action);
    const spec = actionSpec(action);
    return {
      fields: { action: STEP_FIELDS.action, ...(spec?.fields ?? {}), ...commonStepFields() },
      kind: 'step',
      label: action,
    };
  }
  return { fields: {}, kind: 'unknown' };
}

function commonStepFields(): Record<string, FieldSpec> {
  const { action: _action, ...rest } = STEP_FIELDS;
  return rest;
}

export function fieldSpecAt(data: Record<string, unknown>, ownerPath: string, field: string): FieldSpec | undefined {
  return ownerAt(data, ownerPath).fields[field];
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function lastName(path: string): string {
  const s = splitPointer(path);
  return s[s.length - 1] ?? '';
}

export function getAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

export function locate(doc: Document, pointer: string): Located {
  let node = resolve(doc, doc.contents) as Node | undefined;
  let key: Node | undefined;
  let inSeq = false;
  for (const segment of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = pairNamed(doc, node, segment);
      key = (pair?.key ?? undefined) as Node | undefined;
      node = resolve(doc, pair?.value) as Node | undefined;
      inSeq = false;
    } else if (isSeq(node)) {
      node = resolve(doc, node.items[Number(segment)]) as Node | undefined;
      key = undefined;
      inSeq = true;
    } else {
      return { node: undefined, key, inSeq };
    }
  }
  return { node, key, inSeq };
}

function rangeOf(node: Node | undefined): OffsetRange | undefined {
  return node?.range ? { start: node.range[0], end: node.range[1] } : undefined;
}

/** The value at fault; its key when the value is empty or a whole block. */
export function valueRangeOf(parsed: ParsedRunbook, loc: Located): OffsetRange {
  const node = loc.node;
  const emptyScalar = isScalar(node) && (node.value === null || node.range?.[0] === node.range?.[1]);
  if (node && !emptyScalar && isScalar(node)) return rangeOf(node)!;
  if (loc.key && (emptyScalar || !node || isMap(node) || isSeq(node))) {
    // A flow collection (`[]`, `{}`) is short enough to underline itself.
    if (node && (isMap(node) || isSeq(node)) && node.flow) return rangeOf(node)!;
    return rangeOf(loc.key)!;
  }
  if (node?.range) return firstLine(parsed.text, node.range[0]);
  return { start: 0, end: 0 };
}

/** Where a missing field is reported: the owner's key, a list item's first key (a step's `action` key), or the file's first key. */
export function anchorOf(parsed: ParsedRunbook, loc: Located, owner: Pick<Owner, 'kind'>): OffsetRange {
  if (loc.key?.range) return rangeOf(loc.key)!;
  const map = loc.node;
  if (isMap(map)) {
    const keyed = (name: string) =>
      map.items.find((p) => isScalar(p.key) && String(p.key.value) === name)?.key as Node | undefined;
    const first = (owner.kind === 'step' ? keyed('action') : undefined) ?? (map.items[0]?.key as Node | undefined);
    if (first?.range) return rangeOf(first)!;
    if (map.range) return map.flow ? rangeOf(map)! : firstLine(parsed.text, map.range[0]);
  }
  return { start: 0, end: 0 };
}

export function firstLine(text: string, start: number): OffsetRange {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return { start, end: Math.max(start, end) };
}

/** The scalar as written (quotes included), which is what the user recognizes. */
export function sourceOf(text: string, scalar: Scalar): string | undefined {
  return scalar.range ? text.slice(scalar.range[0], scalar.range[1]) : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
