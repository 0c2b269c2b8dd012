// A reader for PowerShell's CLIXML (what `Export-Clixml` writes): objects with their type
// names, `ToString` and properties, as plain data. The XML itself is parsed by saxes, a
// strict, streaming parser that never expands entities declared in a document type (so a
// hostile file cannot balloon); this file only interprets the PowerShell serialization
// format ([MS-PSRP] 2.2.5): <Obj> with <TN>/<TNRef> type names, <ToString>, <Props> and
// <MS> members, <LST>/<IE>/<STK>/<QUE> lists, <DCT> dictionaries, <Ref> back-references,
// and the primitive elements (<S>, <I32>, <B>, <Nil/>, …).
import { SaxesParser } from 'saxes';

export type PsValue = string | number | boolean | null | PsObject | PsValue[];

export interface PsObject {
  /** Type names, most derived first, without a `Deserialized.` prefix. */
  typeNames: string[];
  /** The object's <ToString>. */
  text?: string;
  /** Adapted and extended properties by name (`Props` and `MS` merged; `MS` wins). */
  props: Record<string, PsValue>;
  /** An enum or a primitive wrapped in an object: its value. */
  value?: PsValue;
  /** A list (`LST`, `IE`, …) wrapped in an object. */
  items?: PsValue[];
}

export interface ClixmlResult {
  /** The top-level objects, in file order. */
  objects: PsValue[];
  /** Set when the text is not CLIXML or not well-formed XML. */
  error?: string;
}

const NUMBER_TAGS = new Set(['I32', 'I64', 'U32', 'U64', 'I16', 'U16', 'By', 'SB', 'Db', 'Sg', 'D']);
const TEXT_TAGS = new Set([
  'S',
  'C',
  'DT',
  'TS',
  'G',
  'URI',
  'Version',
  'XD',
  'SBK',
  'SS',
  'BA',
  'PR',
  'ToString',
  'T',
]);
const LIST_TAGS = new Set(['LST', 'IE', 'STK', 'QUE']);
/** Deeper nesting is never what Export-Clixml writes (its default depth is 2) and would only cost stack. */
const MAX_DEPTH = 64;

/** `_x000A_` → newline: how CLIXML escapes characters XML cannot hold. */
function unescapePs(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Property names come from the file: a record without a prototype, so `__proto__` is just a name. */
function emptyRecord(): Record<string, PsValue> {
  return Object.create(null) as Record<string, PsValue>;
}

function stripDeserialized(name: string): string {
  return name.startsWith('Deserialized.') ? name.slice('Deserialized.'.length) : name;
}

interface Frame {
  tag: string;
  /** The property name (`N` attribute) under which the finished value goes. */
  name?: string;
  text: string;
  obj?: PsObject;
  list?: PsValue[];
  /** For DCT's <En>: key and value as they arrive. */
  entry?: { key?: PsValue; value?: PsValue };
  dict?: Record<string, PsValue>;
  /** TN: the RefId its names are stored under. */
  refId?: string;
  typeNames?: string[];
  /** Where a finished child goes: which section of an Obj we are in. */
  section?: 'Props' | 'MS';
  /** A <Ref>'s target: delivered on close (as null when the RefId is unknown). */
  ref?: PsObject;
}

/** What the reader has built so far; the SAX handlers below each take one step on it. */
interface Reader {
  objects: PsValue[];
  typeNameRefs: Map<string, string[]>;
  objectRefs: Map<string, PsObject>;
  stack: Frame[];
  sawRoot: boolean;
  error?: string;
}

export function readClixml(text: string): ClixmlResult {
  const r: Reader = { objects: [], typeNameRefs: new Map(), objectRefs: new Map(), stack: [], sawRoot: false };
  const parser = new SaxesParser({ position: false });

  parser.on('opentag', (tag) => {
    if (!r.error) openTag(r, tag.name, tag.attributes as Record<string, string>);
  });

  parser.on('text', (t) => {
    if (r.error) return;
    const top = r.stack[r.stack.length - 1];
    if (top && (TEXT_TAGS.has(top.tag) || NUMBER_TAGS.has(top.tag) || top.tag === 'B')) top.text += t;
  });

  parser.on('closetag', (tag) => {
    if (r.error) return;
    const frame = r.stack.pop();
    if (!frame || frame.tag !== tag.name) return;
    const parent = r.stack[r.stack.length - 1];
    if (!closeStructure(r, frame, parent)) closeValue(r, frame, parent);
  });

  parser.on('error', (e) => {
    if (!r.error) r.error = `not well-formed XML: ${String(e.message).slice(0, 120)}`;
  });

  try {
    parser.write(text).close();
  } catch (e) {
    if (!r.error) r.error = `not well-formed XML: ${String((e as Error).message).slice(0, 120)}`;
  }
  if (!r.error && !r.sawRoot) r.error = 'not CLIXML: no <Objs> element';
  return r.error ? { objects: r.objects, error: r.error } : { objects: r.objects };
}

/** Puts a finished value into the nearest container on the stack. */
function deliver(r: Reader, value: PsValue, name: string | undefined): void {
  const stack = r.stack;
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i];
    if (f.tag === 'Objs') {
      r.objects.push(value);
      return;
    }
    if (f.tag === 'Props' || f.tag === 'MS') {
      const owner = stack[i - 1]?.obj;
      if (owner && name !== undefined) owner.props[name] = value;
      return;
    }
    if (LIST_TAGS.has(f.tag)) {
      f.list!.push(value);
      return;
    }
    if (f.tag === 'En') {
      if (name === 'Key') f.entry!.key = value;
      else if (name === 'Value') f.entry!.value = value;
      return;
    }
    if (f.tag === 'Obj') {
      // A primitive directly in an Obj: an enum or boxed value.
      f.obj!.value = value;
      return;
    }
    return;
  }
}

function openTag(r: Reader, name: string, attrs: Record<string, string>): void {
  const stack = r.stack;
  if (stack.length === 0) {
    if (name !== 'Objs') {
      r.error = `not CLIXML: the root element is <${name.slice(0, 40)}>, not <Objs>`;
      return;
    }
    r.sawRoot = true;
  }
  if (stack.length >= MAX_DEPTH) {
    r.error = 'CLIXML nested deeper than Export-Clixml writes';
    return;
  }
  const frame: Frame = { tag: name, name: attrs.N, text: '' };
  if (name === 'Obj') {
    frame.obj = { typeNames: [], props: emptyRecord() };
    if (attrs.RefId !== undefined) r.objectRefs.set(attrs.RefId, frame.obj);
  } else if (LIST_TAGS.has(name)) {
    frame.list = [];
  } else if (name === 'DCT') {
    frame.dict = emptyRecord();
  } else if (name === 'En') {
    frame.entry = {};
  } else if (name === 'TN') {
    frame.refId = attrs.RefId;
    frame.typeNames = [];
  } else if (name === 'TNRef') {
    const owner = stack[stack.length - 1]?.obj;
    const names = r.typeNameRefs.get(attrs.RefId ?? '');
    if (owner && names) owner.typeNames = [...names];
  } else if (name === 'Ref') {
    // Delivered on close, with the referenced object (or null when unknown).
    frame.ref = r.objectRefs.get(attrs.RefId ?? '');
  }
  stack.push(frame);
}

/** Closes the elements that build an object (type names, ToString, dictionaries, refs); false for any other. */
function closeStructure(r: Reader, frame: Frame, parent: Frame | undefined): boolean {
  switch (frame.tag) {
    case 'Objs':
    case 'Props':
    case 'MS':
    case 'TNRef':
      return true;
    case 'T':
      if (parent?.tag === 'TN') parent.typeNames!.push(stripDeserialized(unescapePs(frame.text)));
      return true;
    case 'TN': {
      if (frame.refId !== undefined) r.typeNameRefs.set(frame.refId, frame.typeNames!);
      const owner = parent?.obj;
      if (owner) owner.typeNames = [...frame.typeNames!];
      return true;
    }
    case 'ToString':
      if (parent?.obj) parent.obj.text = unescapePs(frame.text);
      return true;
    case 'Obj':
      deliver(r, frame.obj!, frame.name);
      return true;
    case 'Ref':
      deliver(r, frame.ref ?? null, frame.name);
      return true;
    case 'DCT': {
      const owner = parent?.obj;
      if (owner) owner.props = Object.assign(emptyRecord(), frame.dict!, owner.props);
      return true;
    }
    case 'En':
      closeEntry(frame, parent);
      return true;
    default:
      return false;
  }
}

/** A dictionary entry: kept when its key is text or a number. */
function closeEntry(frame: Frame, parent: Frame | undefined): void {
  const dict = parent?.dict;
  const key = frame.entry!.key;
  if (dict && (typeof key === 'string' || typeof key === 'number')) dict[String(key)] = frame.entry!.value ?? null;
}

/** Closes a list or a primitive (<Nil/>, <B>, numbers, text); an unknown element is ignored with its content. */
function closeValue(r: Reader, frame: Frame, parent: Frame | undefined): void {
  if (frame.tag === 'Nil') deliver(r, null, frame.name);
  else if (frame.tag === 'B') deliver(r, frame.text.trim().toLowerCase() === 'true', frame.name);
  else if (LIST_TAGS.has(frame.tag)) {
    const owner = parent?.obj;
    if (owner) owner.items = frame.list!;
    else deliver(r, frame.list!, frame.name);
  } else if (NUMBER_TAGS.has(frame.tag)) {
    const n = Number(frame.text.trim());
    deliver(r, Number.isFinite(n) ? n : frame.text.trim(), frame.name);
  } else if (TEXT_TAGS.has(frame.tag)) deliver(r, unescapePs(frame.text), frame.name);
}

export function isPsObject(v: PsValue | undefined): v is PsObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A property as text: strings as they are, objects by their ToString (ADObjectId, ServerVersion, enums). */
export function propText(obj: PsObject, name: string): string | undefined {
  const v = obj.props[name];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isPsObject(v))
    return v.text ?? (typeof v.value === 'string' || typeof v.value === 'number' ? String(v.value) : undefined);
  return undefined;
}

export function propBool(obj: PsObject, name: string): boolean | undefined {
  const v = obj.props[name];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : undefined;
  return undefined;
}

export function propNumber(obj: PsObject, name: string): number | undefined {
  const v = obj.props[name];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v.trim());
  if (isPsObject(v) && typeof v.value === 'number') return v.value;
  return undefined;
}
