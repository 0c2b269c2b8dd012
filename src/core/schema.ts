// Validates a parsed runbook against the JSON Schema (compiled ahead of time into
// ./generated/validate-runbook.js) and turns Ajv's errors into one problem per real
// mistake, each pointing at the node at fault: the key for an unknown key, the value for a
// bad value, the owner's key for a missing field. Messages are ids plus arguments; the
// `schema` rule words them in the user's language and attaches the fixes.
import { Document, isMap, isScalar, isSeq, Node, Scalar, YAMLMap } from 'yaml';
import validateRunbook, { RunbookSchemaError } from './generated/validate-runbook';
import { resolve, ParsedRunbook } from './parse';
import { pairNamed } from './yaml-data';
import { replaceNode, yamlScalar } from './fix';
import { editDistance } from './util/nearest';
import {
  ACTION_IDS,
  actionSpec,
  FieldSpec,
  Localized,
  ORGANIZATION,
  PHASE,
  SCHEDULE,
  SERVER,
  STEP_FIELDS,
  TARGET,
  TOP_LEVEL,
} from './knowledge/actions';
import type { OffsetRange, TextEdit } from './types';

/** Words the rule translates: kinds of values. */
export type Term = 'string' | 'integer' | 'boolean' | 'list' | 'mapping' | 'nameOrList' | 'number' | 'empty' | 'object';

/** An argument of a message: plain text, a list (joined per locale), a term, a localized hint, or code. */
export type SchemaArg =
  | string
  | number
  | { list: string[]; conjunction: boolean }
  | { term: Term }
  | { localized: Localized }
  | { code: string };

export interface SchemaFix {
  /** Message id of the fix title, and its arguments. */
  titleId: string;
  args: Record<string, string>;
  edits: TextEdit[];
}

export interface SchemaProblem {
  messageId: string;
  args: Record<string, SchemaArg>;
  range: OffsetRange;
  fix?: SchemaFix;
  /** JSON pointer of the value at fault (for clients and tests). */
  path: string;
}

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
  kind: 'top' | 'organization' | 'schedule' | 'server' | 'target' | 'phase' | 'step' | 'unknown';
  /** The object's name for messages: the action of a step, a server's name, a phase's id. */
  label?: string;
}

const PRIORITY: Record<string, number> = {
  type: 0,
  discriminator: 0,
  const: 1,
  enum: 2,
  pattern: 3,
  minimum: 4,
  minItems: 4,
};

/** Validates `parsed.data`. Nothing is reported for an empty file or broken YAML: the parser reports those. */
export function validateParsed(parsed: ParsedRunbook): SchemaProblem[] {
  const doc = parsed.doc;
  if (!doc || parsed.fatal.length > 0 || parsed.data === undefined || parsed.data === null) return [];
  const rootNode = resolve(doc, doc.contents);
  if (!isMap(rootNode) || !isPlainObject(parsed.data)) {
    const range = rootNode?.range ? firstLine(parsed.text, rootNode.range[0]) : { start: 0, end: 0 };
    return [{ messageId: isSeq(rootNode) ? 'rootList' : 'rootScalar', args: {}, range, path: '' }];
  }
  // parsed.data has dates as text already (yaml-data.ts).
  const data = parsed.data;
  if (validateRunbook(data)) return [];
  return explain(parsed, doc, data, validateRunbook.errors ?? []);
}

function explain(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  errors: RunbookSchemaError[],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // Missing fields per object, merged into one problem per object.
  const missing = new Map<string, { fields: string[]; when?: { field: string; value: string } }>();
  // Unknown keys that are likely typos of a missing field: the missing-field finding is the same mistake.
  const renamed = new Map<string, Set<string>>();
  // Value errors per node, keeping the most telling one.
  const valueErrors = new Map<string, RunbookSchemaError>();
  // Per object: its keys, and whether `action` is reported missing (each looked up once, not per error).
  const keysAt = new Map<string, Set<string>>();
  const present = (path: string) => {
    let keys = keysAt.get(path);
    if (!keys) keysAt.set(path, (keys = new Set(Object.keys((getAt(data, path) as Record<string, unknown>) ?? {}))));
    return keys;
  };
  const actionMissing = new Set(
    errors.filter((e) => e.keyword === 'required' && e.params.missingProperty === 'action').map((e) => e.instancePath),
  );

  for (const error of errors) {
    switch (error.keyword) {
      case 'if':
      case 'oneOf':
      case 'anyOf':
        continue;
      case 'required': {
        const entry = missing.get(error.instancePath) ?? { fields: [] };
        const field = String(error.params.missingProperty);
        // The discriminator reports a missing `action` itself.
        if (!entry.fields.includes(field)) entry.fields.push(field);
        const then = /\/allOf\/(\d+)\/then\//.exec(error.schemaPath);
        if (then && error.instancePath === '/target') {
          const platform = (getAt(data, '/target') as Record<string, unknown>)?.platform;
          if (typeof platform === 'string') entry.when = { field: 'platform', value: platform };
        }
        missing.set(error.instancePath, entry);
        continue;
      }
      case 'additionalProperties': {
        const problem = unknownKey(parsed, doc, data, error, present);
        if (problem) {
          problems.push(problem);
          const suggestion = problem.fix?.args.suggestion;
          if (suggestion) {
            const set = renamed.get(error.instancePath) ?? new Set<string>();
            set.add(suggestion);
            renamed.set(error.instancePath, set);
          }
        }
        continue;
      }
      default: {
        const previous = valueErrors.get(error.instancePath);
        if (!previous || (PRIORITY[error.keyword] ?? 9) < (PRIORITY[previous.keyword] ?? 9))
          valueErrors.set(error.instancePath, error);
      }
    }
  }

  for (const [path, entry] of missing) {
    const fields = entry.fields.filter((f) => !renamed.get(path)?.has(f));
    if (fields.length === 0) continue;
    const problem = missingFields(parsed, doc, data, path, fields, entry.when);
    if (problem) problems.push(problem);
  }
  // A value inside something already reported as the wrong kind of value is part of that mistake.
  const wrongKind = new Set(
    [...valueErrors].filter(([, e]) => e.keyword === 'type' || e.keyword === 'discriminator').map(([p]) => p),
  );
  for (const [path, error] of valueErrors) {
    if (ancestorIn(path, wrongKind)) continue;
    const problem = badValue(parsed, doc, data, path, error, actionMissing);
    if (problem) problems.push(problem);
  }
  // One finding per node: a node can only be wrong once.
  const seen = new Set<string>();
  return problems
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end)
    .filter((p) => {
      const key = `${p.range.start}:${p.range.end}:${p.messageId.startsWith('missing') ? 'm' : 'v'}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function ancestorIn(path: string, paths: Set<string>): boolean {
  if (paths.size === 0) return false;
  for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
    if (paths.has(path.slice(0, cut))) return true;
  }
  return false;
}

// ---- the three kinds of mistake ---------------------------------------------------------

function unknownKey(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  error: RunbookSchemaError,
  present: (path: string) => Set<string>,
): SchemaProblem | undefined {
  const key = String(error.params.additionalProperty);
  const loc = locate(doc, error.instancePath);
  if (!isMap(loc.node)) return undefined;
  const pair = pairNamed(doc, loc.node, key);
  const keyNode = pair?.key as Node | undefined;
  const range = keyNode?.range
    ? { start: keyNode.range[0], end: keyNode.range[1] }
    : firstLine(parsed.text, loc.node.range?.[0] ?? 0);
  const owner = ownerAt(data, error.instancePath);
  const allowed = Object.keys(owner.fields);
  const here = present(error.instancePath);
  const suggestion = closest(
    key,
    allowed.filter((k) => !here.has(k)),
  );
  const path = `${error.instancePath}/${key}`;
  if (suggestion && keyNode) {
    return {
      messageId: 'unknownKeySuggest',
      args: { key, suggestion },
      range,
      path,
      fix: { titleId: 'fixRename', args: { key, suggestion }, edits: [replaceNode(keyNode, suggestion)] },
    };
  }
  return {
    messageId: 'unknownKey',
    args: { key, allowed: { list: allowed.map((k) => `\`${k}\``), conjunction: false } },
    range,
    path,
  };
}

function missingFields(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  path: string,
  fields: string[],
  when?: { field: string; value: string },
): SchemaProblem | undefined {
  const loc = locate(doc, path);
  const owner = ownerAt(data, path);
  const range = anchorOf(parsed, loc, owner);
  const list = { list: fields.map((f) => `\`${f}\``), conjunction: true };
  if (owner.kind === 'step' && fields.includes('action')) {
    return { messageId: 'missingAction', args: { example: 'install-exchange' }, range, path };
  }
  if (when)
    return {
      messageId: 'missingWhen',
      args: { owner: path.slice(1), fields: list, field: when.field, value: when.value },
      range,
      path,
    };
  switch (owner.kind) {
    case 'top':
      return { messageId: 'missingTop', args: { fields: list }, range, path };
    case 'step':
      return { messageId: 'missingStep', args: { action: owner.label ?? '', fields: list }, range, path };
    case 'server':
      return owner.label
        ? { messageId: 'missingServerNamed', args: { name: owner.label, fields: list }, range, path }
        : { messageId: 'missingServer', args: { fields: list }, range, path };
    case 'phase':
      return owner.label
        ? { messageId: 'missingPhaseNamed', args: { id: owner.label, fields: list }, range, path }
        : { messageId: 'missingPhase', args: { fields: list }, range, path };
    default:
      return { messageId: 'missingIn', args: { owner: lastName(path), fields: list }, range, path };
  }
}

function badValue(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  path: string,
  error: RunbookSchemaError,
  actionMissing: Set<string>,
): SchemaProblem | undefined {
  const loc = locate(doc, path);
  const range = valueRangeOf(parsed, loc);
  const segments = splitPointer(path);
  const isItem = /^\d+$/.test(segments[segments.length - 1] ?? '');
  const field = isItem ? segments[segments.length - 2] : segments[segments.length - 1];
  const ownerPath = '/' + segments.slice(0, isItem ? -2 : -1).join('/');
  const spec = fieldSpecAt(data, ownerPath === '/' ? '' : ownerPath, field);
  const value = getAt(data, path);
  const scalar = isScalar(loc.node) ? (loc.node as Scalar) : undefined;
  const source = scalar ? sourceOf(parsed.text, scalar) : undefined;
  const got: SchemaArg = source !== undefined && value !== null ? { code: clip(source) } : { term: termOf(value) };

  switch (error.keyword) {
    case 'discriminator': {
      const actionLoc = locate(doc, `${path}/action`);
      const actionRange = actionLoc.node || actionLoc.key ? valueRangeOf(parsed, actionLoc) : range;
      if (error.params.error === 'mapping') {
        const tagValue = String(error.params.tagValue);
        const suggestion = closest(tagValue, ACTION_IDS);
        if (suggestion && isScalar(actionLoc.node)) {
          return {
            messageId: 'unknownActionSuggest',
            args: { value: tagValue, suggestion },
            range: actionRange,
            path: `${path}/action`,
            fix: {
              titleId: 'fixReplace',
              args: { value: tagValue, suggestion },
              edits: [replaceNode(actionLoc.node, inSameQuotes(actionLoc.node, suggestion))],
            },
          };
        }
        const allowed = { list: ACTION_IDS.map((a) => `\`${a}\``), conjunction: false };
        return {
          messageId: 'unknownAction',
          args: { value: tagValue, allowed },
          range: actionRange,
          path: `${path}/action`,
        };
      }
      // No action, or one that is not text.
      if (error.params.tagValue === undefined) {
        if (actionMissing.has(path)) return undefined;
        return {
          messageId: 'missingAction',
          args: { example: 'install-exchange' },
          range: anchorOf(parsed, loc, { kind: 'step' }),
          path,
        };
      }
      return {
        messageId: 'actionType',
        args: { example: 'install-exchange' },
        range: actionRange,
        path: `${path}/action`,
      };
    }
    case 'type': {
      const expected = expectedTerm(error, spec);
      // A number or a boolean where text belongs: quoting it is the fix, if the text is valid.
      if (
        expected === 'string' &&
        scalar &&
        source !== undefined &&
        (typeof value === 'number' || typeof value === 'boolean')
      ) {
        if (!spec || textFits(spec, source)) {
          const quotedText = JSON.stringify(source);
          return {
            messageId: isItem ? 'typeQuoteItem' : 'typeQuote',
            args: { field, value: source },
            range,
            path,
            fix: {
              titleId: 'fixQuote',
              args: { value: source, quoted: quotedText },
              edits: [replaceNode(scalar, quotedText)],
            },
          };
        }
        if (spec?.enum) return enumProblem(path, field, isItem, String(source), spec.enum, range, undefined);
      }
      return {
        messageId: isItem ? 'typeItem' : 'type',
        args: { field, expected: { term: expected }, got },
        range,
        path,
      };
    }
    case 'enum':
      return enumProblem(
        path,
        field,
        isItem,
        typeof value === 'string' ? value : (source ?? String(value)),
        (error.params.allowedValues as string[]) ?? spec?.enum ?? [],
        range,
        scalar,
      );
    case 'const':
      return {
        messageId: 'runbookVersion',
        args: { field, value: String(error.params.allowedValue), got },
        range,
        path,
      };
    case 'pattern': {
      const hint: SchemaArg = spec?.patternHint
        ? { localized: spec.patternHint }
        : { code: String(error.params.pattern) };
      return { messageId: isItem ? 'patternItem' : 'pattern', args: { field, hint, got }, range, path };
    }
    case 'minimum':
      return { messageId: 'minimum', args: { field, minimum: Number(error.params.limit), got }, range, path };
    case 'minItems':
      return { messageId: 'minItems', args: { field }, range, path };
    default:
      return { messageId: 'other', args: { field, detail: error.message ?? error.keyword }, range, path };
  }
}

function enumProblem(
  path: string,
  field: string,
  isItem: boolean,
  got: string,
  allowed: readonly string[],
  range: OffsetRange,
  scalar: Scalar | undefined,
): SchemaProblem {
  const suggestion = closest(got, allowed);
  const args: Record<string, SchemaArg> = {
    field,
    allowed: { list: [...allowed], conjunction: false },
    value: clip(got),
  };
  if (suggestion && scalar) {
    return {
      messageId: isItem ? 'enumItemSuggest' : 'enumSuggest',
      args: { ...args, suggestion },
      range,
      path,
      fix: {
        titleId: 'fixReplace',
        args: { value: clip(got), suggestion },
        edits: [replaceNode(scalar, inSameQuotes(scalar, suggestion))],
      },
    };
  }
  return { messageId: isItem ? 'enumItem' : 'enum', args, range, path };
}

// ---- what a path means --------------------------------------------------------------------

function ownerAt(data: Record<string, unknown>, path: string): Owner {
  const s = splitPointer(path);
  if (s.length === 0) return { fields: TOP_LEVEL.fields, kind: 'top' };
  if (s.length === 1 && s[0] === 'organization') return { fields: ORGANIZATION.fields, kind: 'organization' };
  if (s.length === 1 && s[0] === 'target') return { fields: TARGET.fields, kind: 'target' };
  if (s.length === 1 && s[0] === 'schedule') return { fields: SCHEDULE.fields, kind: 'schedule' };
  const value = getAt(data, path) as Record<string, unknown> | undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  if (s.length === 2 && s[0] === 'servers') return { fields: SERVER.fields, kind: 'server', label: text(value?.name) };
  if (s.length === 2 && s[0] === 'phases') return { fields: PHASE.fields, kind: 'phase', label: text(value?.id) };
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

function fieldSpecAt(data: Record<string, unknown>, ownerPath: string, field: string): FieldSpec | undefined {
  return ownerAt(data, ownerPath).fields[field];
}

function expectedTerm(error: RunbookSchemaError, spec: FieldSpec | undefined): Term {
  if (spec?.kind === 'nameOrList' && !Array.isArray(error.params.type)) {
    // An item of the list: the item's own type.
    if (error.instancePath.match(/\/\d+$/)) return 'string';
  }
  if (spec?.kind === 'nameOrList') return 'nameOrList';
  const type = Array.isArray(error.params.type) ? 'nameOrList' : String(error.params.type);
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'mapping';
    default:
      return 'nameOrList';
  }
}

function textFits(spec: FieldSpec, text: string): boolean {
  if (spec.enum && !spec.enum.includes(text)) return false;
  if (spec.pattern && !new RegExp(spec.pattern, 'u').test(text)) return false;
  return true;
}

function termOf(value: unknown): Term {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * The closest candidate to a misspelt word, when exactly one is closest and it is close
 * enough (`2017` is as close to 2016 as to 2019: no guess).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      ties = 0;
    } else if (d === bestDistance) {
      ties++;
    }
  }
  if (best === undefined || ties > 0 || best === word) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(word.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

// ---- from a JSON pointer to the source ------------------------------------------------------

function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function lastName(path: string): string {
  const s = splitPointer(path);
  return s[s.length - 1] ?? '';
}

function getAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function locate(doc: Document, pointer: string): Located {
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
function valueRangeOf(parsed: ParsedRunbook, loc: Located): OffsetRange {
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
function anchorOf(parsed: ParsedRunbook, loc: Located, owner: Pick<Owner, 'kind'>): OffsetRange {
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

/** A replacement written the way the user wrote the value it replaces (plain, 'single' or "double" quotes). */
function inSameQuotes(scalar: Scalar, text: string): string {
  if (scalar.type === 'QUOTE_DOUBLE') return JSON.stringify(text);
  if (scalar.type === 'QUOTE_SINGLE') return `'${text.replace(/'/g, "''")}'`;
  return yamlScalar(text);
}

function firstLine(text: string, start: number): OffsetRange {
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  return { start, end: Math.max(start, end) };
}

/** The scalar as written (quotes included), which is what the user recognizes. */
function sourceOf(text: string, scalar: Scalar): string | undefined {
  return scalar.range ? text.slice(scalar.range[0], scalar.range[1]) : undefined;
}

function clip(text: string): string {
  const line = text.split(/\r?\n/)[0];
  return line.length > 40 ? line.slice(0, 39) + '…' : line;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

export type { YAMLMap };
