// Validates a parsed runbook against the JSON Schema (compiled ahead of time into
// ./generated/validate-runbook.js) and turns Ajv's errors into one problem per real
// mistake, each pointing at the node at fault: the key for an unknown key, the value for a
// bad value, the owner's key for a missing field. Messages are ids plus arguments; the
// `schema` rule words them in the user's language and attaches the fixes.
import { Document, isMap, isScalar, isSeq } from 'yaml';
import * as validators from './generated/validate-runbook';
import type { RunbookSchemaError } from './generated/validate-runbook';
import { resolve, ParsedRunbook } from './parse';
import { DeferredStep, nodeData, walkData } from './yaml-data';
import { firstLine, getAt, isPlainObject } from './schema-paths';
import { badValue, missingFields, SchemaProblem, unknownKey } from './schema-problems';

export { closest } from './schema-problems';
export type { SchemaArg, SchemaFix, SchemaProblem, Term } from './schema-problems';

const PRIORITY: Record<string, number> = {
  type: 0,
  discriminator: 0,
  const: 1,
  enum: 2,
  pattern: 3,
  minimum: 4,
  minItems: 4,
};

/**
 * Step nodes known to be valid. A node's values never change once parsed (the incremental
 * analysis replaces the nodes of an edited step and only moves the offsets of the rest:
 * analysis-splice.ts), so a step that passed is not converted and checked again on the
 * next keystroke. A step reached through an alias is its anchored node: the same values.
 */
const validSteps = new WeakSet<object>();

/**
 * Validates the parsed runbook against the JSON Schema. Nothing is reported for an empty
 * file or broken YAML: the parser reports those.
 */
export function validateParsed(parsed: ParsedRunbook): SchemaProblem[] {
  const doc = parsed.doc;
  if (!doc || parsed.fatal.length > 0 || isEmpty(doc)) return [];
  const rootNode = resolve(doc, doc.contents);
  if (!isMap(rootNode)) {
    const range = rootNode?.range ? firstLine(parsed.text, rootNode.range[0]) : { start: 0, end: 0 };
    return [{ messageId: isSeq(rootNode) ? 'rootList' : 'rootScalar', args: {}, range, path: '' }];
  }
  const outline = walkData(doc, doc.contents, { deferSteps: true });
  if ('refused' in outline) return [];
  const data = outline.data as Record<string, unknown>;
  const errors: RunbookSchemaError[] = [];
  if (!validators.outline(data)) errors.push(...(validators.outline.errors ?? []));
  // Each step with its action's own validator, as plain data only while it is checked.
  const steps = outline.deferred ? outline.steps : stepsOf(data);
  const failed: { step: (typeof steps)[number]; value: unknown }[] = [];
  for (const step of steps) {
    const known = outline.deferred && typeof step.node === 'object' && step.node !== null;
    if (known && validSteps.has(step.node as object)) continue;
    const value = outline.deferred ? nodeData(doc, step.node) : step.node;
    const stepErrors = validateStep(value, `/phases/${step.phase}/steps/${step.step}`);
    if (stepErrors.length === 0) {
      if (known) validSteps.add(step.node as object);
      continue;
    }
    errors.push(...stepErrors);
    failed.push({ step, value });
  }
  if (errors.length === 0) return [];
  // Explaining looks values up by path: put the steps back where the schema sees them.
  if (outline.deferred) for (const step of steps) setStep(data, step, nodeData(doc, step.node));
  return explain(parsed, doc, data, errors);
}

function isEmpty(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

/** The steps of already converted data (a document with merge keys or repeated keys, converted whole). */
function stepsOf(data: Record<string, unknown>): DeferredStep[] {
  const out: DeferredStep[] = [];
  const phases = data.phases;
  if (!Array.isArray(phases)) return out;
  phases.forEach((phase, i) => {
    if (!isPlainObject(phase) || !Array.isArray(phase.steps)) return;
    phase.steps.forEach((node, j) => out.push({ phase: i, step: j, node }));
  });
  return out;
}

function setStep(data: Record<string, unknown>, step: DeferredStep, value: unknown): void {
  const phase = (data.phases as Record<string, unknown>[])[step.phase];
  (phase.steps as unknown[])[step.step] = value;
}

/**
 * One step's errors, with Ajv's paths: its action's compiled validator, or the error Ajv's
 * discriminator gives a step that is not a mapping or has no known action.
 */
function validateStep(value: unknown, path: string): RunbookSchemaError[] {
  if (!isPlainObject(value)) {
    return [{ instancePath: path, schemaPath: '#/type', keyword: 'type', params: { type: 'object' } }];
  }
  const tag = Object.prototype.hasOwnProperty.call(value, 'action') ? value.action : undefined;
  const validate =
    typeof tag === 'string' && Object.prototype.hasOwnProperty.call(validators.actions, tag)
      ? validators.actions[tag]
      : undefined;
  if (validate) {
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({ ...e, instancePath: path + e.instancePath }));
  }
  const errors: RunbookSchemaError[] = [];
  if (tag === undefined && !Object.prototype.hasOwnProperty.call(value, 'action')) {
    errors.push({
      instancePath: path,
      schemaPath: '#/required',
      keyword: 'required',
      params: { missingProperty: 'action' },
    });
  }
  const error = typeof tag === 'string' ? 'mapping' : 'tag';
  errors.push({
    instancePath: path,
    schemaPath: '#/discriminator',
    keyword: 'discriminator',
    params: { error, tag: 'action', ...(tag === undefined ? {} : { tagValue: tag }) },
  });
  return errors;
}

/** Ajv's errors sorted by kind of mistake: missing fields per object, the most telling value error per node, unknown keys. */
interface Sorted {
  /** Missing fields per object, merged into one problem per object. */
  missing: Map<string, { fields: string[]; when?: { field: string; value: string } }>;
  /** Value errors per node, keeping the most telling one. */
  valueErrors: Map<string, RunbookSchemaError>;
  unknownKeys: RunbookSchemaError[];
}

function sortErrors(data: Record<string, unknown>, errors: RunbookSchemaError[]): Sorted {
  const sorted: Sorted = { missing: new Map(), valueErrors: new Map(), unknownKeys: [] };
  for (const error of errors) {
    switch (error.keyword) {
      case 'if':
      case 'oneOf':
      case 'anyOf':
        continue;
      case 'required':
        addMissing(sorted.missing, data, error);
        continue;
      case 'additionalProperties':
        sorted.unknownKeys.push(error);
        continue;
      default: {
        const previous = sorted.valueErrors.get(error.instancePath);
        if (!previous || (PRIORITY[error.keyword] ?? 9) < (PRIORITY[previous.keyword] ?? 9))
          sorted.valueErrors.set(error.instancePath, error);
      }
    }
  }
  return sorted;
}

function addMissing(missing: Sorted['missing'], data: Record<string, unknown>, error: RunbookSchemaError): void {
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
}

function explain(
  parsed: ParsedRunbook,
  doc: Document,
  data: Record<string, unknown>,
  errors: RunbookSchemaError[],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // Each kind keeps Ajv's order.
  const { missing, valueErrors, unknownKeys } = sortErrors(data, errors);
  // Unknown keys that are likely typos of a missing field: the missing-field finding is the same mistake.
  const renamed = new Map<string, Set<string>>();
  // Per object: its keys (looked up once, not per error).
  const keysAt = new Map<string, Set<string>>();
  const present = (path: string) => {
    let keys = keysAt.get(path);
    if (!keys) keysAt.set(path, (keys = new Set(Object.keys((getAt(data, path) as Record<string, unknown>) ?? {}))));
    return keys;
  };
  for (const error of unknownKeys) {
    const problem = unknownKey(parsed, doc, data, error, present);
    if (!problem) continue;
    problems.push(problem);
    const suggestion = problem.fix?.args.suggestion;
    if (suggestion) {
      const set = renamed.get(error.instancePath) ?? new Set<string>();
      set.add(suggestion);
      renamed.set(error.instancePath, set);
    }
  }
  for (const [path, entry] of missing) {
    const fields = entry.fields.filter((f) => !renamed.get(path)?.has(f));
    if (fields.length === 0) continue;
    const problem = missingFields(parsed, doc, data, path, fields, entry.when);
    if (problem) problems.push(problem);
  }
  const actionMissing = new Set(
    errors.filter((e) => e.keyword === 'required' && e.params.missingProperty === 'action').map((e) => e.instancePath),
  );
  // A value inside something already reported as the wrong kind of value is part of that mistake.
  const wrongKind = new Set(
    [...valueErrors].filter(([, e]) => e.keyword === 'type' || e.keyword === 'discriminator').map(([p]) => p),
  );
  for (const [path, error] of valueErrors) {
    if (ancestorIn(path, wrongKind)) continue;
    const problem = badValue(parsed, doc, data, path, error, actionMissing);
    if (problem) problems.push(problem);
  }
  return onePerNode(problems);
}

/** One finding per node: a node can only be wrong once. */
function onePerNode(problems: SchemaProblem[]): SchemaProblem[] {
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
