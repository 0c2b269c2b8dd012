// The three kinds of schema mistake (an unknown key, missing fields, a bad value) as one
// problem each: the message id and arguments the \`schema\` rule words, the range at fault,
// and the fix when one is sure (a misspelt key or value, a number that should be text).
import { Document, isMap, isScalar, Node, Scalar } from 'yaml';
import type { RunbookSchemaError } from './generated/validate-runbook';
import type { ParsedRunbook } from './parse';
import { pairNamed } from './yaml-data';
import { replaceNode, yamlScalar } from './fix';
import { editDistance } from './util/nearest';
import { ACTION_IDS, FieldSpec, Localized } from './knowledge/actions';
import type { OffsetRange, TextEdit } from './types';
import {
  anchorOf,
  fieldSpecAt,
  firstLine,
  getAt,
  lastName,
  locate,
  ownerAt,
  sourceOf,
  splitPointer,
  valueRangeOf,
} from './schema-paths';

/** Words the rule translates: kinds of values. */
export type Term =
  'string' | 'integer' | 'boolean' | 'list' | 'mapping' | 'nameOrList' | 'textOrList' | 'number' | 'empty' | 'object';

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

export function unknownKey(
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

export function missingFields(
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

/** What `badValue` knows about the value at fault, shared by the per-keyword explanations. */
interface BadValue {
  parsed: ParsedRunbook;
  doc: Document;
  path: string;
  error: RunbookSchemaError;
  range: OffsetRange;
  field: string;
  isItem: boolean;
  spec: FieldSpec | undefined;
  value: unknown;
  scalar: Scalar | undefined;
  /** The scalar as written. */
  source: string | undefined;
  got: SchemaArg;
  loc: ReturnType<typeof locate>;
}

export function badValue(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  path: string,
  error: RunbookSchemaError,
  actionMissing: Set<string>,
): SchemaProblem | undefined {
  const loc = locate(doc, path);
  const segments = splitPointer(path);
  const isItem = /^\d+$/.test(segments[segments.length - 1] ?? '');
  const field = isItem ? segments[segments.length - 2] : segments[segments.length - 1];
  const ownerPath = '/' + segments.slice(0, isItem ? -2 : -1).join('/');
  const value = getAt(data, path);
  const scalar = isScalar(loc.node) ? (loc.node as Scalar) : undefined;
  const source = scalar ? sourceOf(parsed.text, scalar) : undefined;
  const bad: BadValue = {
    parsed,
    doc,
    path,
    error,
    range: valueRangeOf(parsed, loc),
    field,
    isItem,
    spec: fieldSpecAt(data, ownerPath === '/' ? '' : ownerPath, field),
    value,
    scalar,
    source,
    got: source !== undefined && value !== null ? { code: clip(source) } : { term: termOf(value) },
    loc,
  };
  const { range, spec, got } = bad;
  switch (error.keyword) {
    case 'discriminator':
      return discriminatorProblem(bad, actionMissing);
    case 'type':
      return typeProblem(bad);
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

/** A step whose `action` is missing, not text, or not an action (with the closest one as a fix). */
function discriminatorProblem(bad: BadValue, actionMissing: Set<string>): SchemaProblem | undefined {
  const { parsed, doc, path, error, range, loc } = bad;
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

/** The wrong kind of value; a number or a boolean where text belongs is quoted as the fix, if the text is valid. */
function typeProblem(bad: BadValue): SchemaProblem {
  const { path, error, range, field, isItem, spec, value, scalar, source, got } = bad;
  const expected = expectedTerm(error, spec);
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

function expectedTerm(error: RunbookSchemaError, spec: FieldSpec | undefined): Term {
  if (spec?.kind === 'nameOrList' && !Array.isArray(error.params.type)) {
    // An item of the list: the item's own type.
    if (error.instancePath.match(/\/\d+$/)) return 'string';
  }
  if (spec?.kind === 'nameOrList') return 'nameOrList';
  if (spec?.kind === 'textOrList') return error.instancePath.match(/\/\d+$/) ? 'string' : 'textOrList';
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

/** A replacement written the way the user wrote the value it replaces (plain, 'single' or "double" quotes). */
function inSameQuotes(scalar: Scalar, text: string): string {
  if (scalar.type === 'QUOTE_DOUBLE') return JSON.stringify(text);
  if (scalar.type === 'QUOTE_SINGLE') return `'${text.replace(/'/g, "''")}'`;
  return yamlScalar(text);
}

function clip(text: string): string {
  const line = text.split(/\r?\n/)[0];
  return line.length > 40 ? line.slice(0, 39) + '…' : line;
}
