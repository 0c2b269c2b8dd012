// Where each alias points, and the document as plain data for the JSON Schema: both in
// time linear in the document. yaml's own `Alias.resolve` walks the whole document on
// every call and its `toJS` is quadratic in the number of aliases (10,000 aliases took
// 13 s); its output for a recursive alias (`a: &x {b: *x}`) is circular, which every walk
// over the data then followed forever.
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Node,
  Pair,
  stringify,
  YAMLMap,
  YAMLSeq,
} from 'yaml';

/**
 * The deepest a node tree may nest. The parser refuses text nesting deeper than 100
 * brackets or 400 columns of indentation before yaml composes it (parse.ts), so a parsed
 * document stays far below this; recursive walks over nodes stop here all the same.
 */
export const MAX_NODE_DEPTH = 1000;

/** Aliases may add this many nodes to a small document, and at most as many as it has to a large one. */
export const MIN_ALIAS_NODES = 10000;

export interface AliasIndex {
  /** The node each alias names: the last node anchored with its name before it (none for a recursive alias). */
  targets: Map<Alias, Node | undefined>;
  /** The first alias that sits inside the node it names: that value would contain itself. */
  recursive?: Alias;
  /** The first alias with no anchor before it. */
  unresolved?: Alias;
  /** The first alias of the document. */
  first?: Alias;
  /** Nodes in the document, aliases not expanded. */
  nodeCount: number;
  /** Keys that repeat an earlier key of their mapping, in document order. */
  duplicateKeys: Node[];
}

const indexes = new WeakMap<Document, AliasIndex>();

/** The alias index of a document, built on first use with one walk in document order. */
export function aliasIndex(doc: Document): AliasIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = buildIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/**
 * Sets the index of a Document the incremental analysis assembled from a previous one and
 * a re-parsed block (analysis-splice.ts): it knows the index without walking it all again.
 */
export function seedAliasIndex(doc: Document, index: AliasIndex): void {
  indexes.set(doc, index);
}

/** Marks, on the walk's stack, that the anchored node under it has been walked. */
const EXIT = Symbol('exit');

function buildIndex(doc: Document): AliasIndex {
  const index: AliasIndex = { targets: new Map(), nodeCount: 0, duplicateKeys: [] };
  const anchors = new Map<string, Node>();
  // Anchored nodes being walked (the ancestors of the current node): an alias naming one is recursive.
  const open = new Set<Node>();
  // Nodes to enter; EXIT above an anchored node closes it once its children are walked.
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (node === EXIT) {
      open.delete(stack.pop() as Node);
      continue;
    }
    if (isAlias(node)) {
      indexAlias(index, anchors, open, node);
      continue;
    }
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    index.nodeCount++;
    if (node.anchor) {
      anchors.set(node.anchor, node);
      open.add(node);
      stack.push(node, EXIT);
    }
    if (isScalar(node)) continue;
    if (isMap(node)) findDuplicateKeys(node, index.duplicateKeys);
    for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  index.duplicateKeys.sort((a, b) => a.range![0] - b.range![0]);
  return index;
}

function indexAlias(index: AliasIndex, anchors: Map<string, Node>, open: Set<Node>, alias: Alias): void {
  index.first ??= alias;
  const target = anchors.get(alias.source);
  if (target && open.has(target)) {
    index.recursive ??= alias;
    index.targets.set(alias, undefined);
  } else {
    index.targets.set(alias, target);
    if (!target) index.unresolved ??= alias;
  }
}

/**
 * Keys that repeat an earlier key of their mapping: yaml's own check (the same node, or
 * scalars with the same value), in one pass (yaml's `uniqueKeys` compares each key with
 * every earlier one: 40,000 keys took minutes). Small mappings compare in place.
 */
function findDuplicateKeys(map: YAMLMap, out: Node[]): void {
  const items = map.items;
  if (items.length < 2) return;
  const small = items.length <= 16;
  const seen: unknown[] = [];
  const seenSet = small ? undefined : new Set<unknown>();
  for (const pair of items) {
    const key = pair.key as Node | null;
    if (!key?.range) continue;
    // Scalars compare by value (NaN and dates never equal, as with ===); other keys by node.
    const value = isScalar(key) ? key.value : key;
    if (typeof value === 'number' && isNaN(value)) continue;
    if (isScalar(key) && value !== null && typeof value === 'object') continue;
    if (seenSet ? seenSet.has(value) : seen.includes(value)) out.push(key);
    else if (seenSet) seenSet.add(value);
    else seen.push(value);
  }
}

/** Why a document has no plain data. */
export type Refusal = { kind: 'aliasBomb'; limit: number } | { kind: 'tooDeep' } | { kind: 'merge'; message: string };

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind);
  }
}

/** Where a deferred step sits in the plain data: `/phases/{phase}/steps/{step}`. */
export interface DeferredStep {
  phase: number;
  step: number;
  node: unknown;
}

export interface DataOptions {
  maxDepth?: number;
  /**
   * Build no values, only count (the parser's alias-bomb and merge checks): the same walk,
   * so the parser refuses exactly what a conversion would, with nothing allocated.
   */
  measureOnly?: boolean;
  /**
   * Leave each step (an item of `phases[i].steps`) as `null` and list its node instead:
   * the schema validates each step on its own (schema.ts), so the whole document is never
   * copied at once.
   */
  deferSteps?: boolean;
}

/**
 * `deferred` is false when the steps could not be set aside safely (merge keys, or a
 * repeated `phases` or `steps` key, where the data keeps the last value): then `data` is
 * the whole document and `steps` is empty.
 */
export type DataResult = { data: unknown; steps: DeferredStep[]; deferred: boolean } | { refused: Refusal };

/** What a value is in the runbook's outline, for `deferSteps`: only these levels lead to steps. */
const enum Role {
  Other,
  Root,
  Phases,
  Phase,
  Steps,
}

/**
 * The document as the JSON Schema sees it: plain objects and arrays, dates as their
 * `YYYY-MM-DD` text (a `%YAML 1.1` document reads `asOf: 2026-11-23` as a date; the format
 * means the text), each anchored value converted once and shared by its aliases, as yaml's
 * `toJS` does. Refused when the aliases would expand the tree a validator walks past
 * `MIN_ALIAS_NODES` or the document's own size (an alias bomb), or nesting passes
 * `MAX_NODE_DEPTH`. Call only when `aliasIndex(doc)` has no recursive or unresolved alias.
 */
export function toData(doc: Document, maxDepth = MAX_NODE_DEPTH): { data: unknown } | { refused: Refusal } {
  const result = walkData(doc, doc.contents, { maxDepth });
  return 'refused' in result ? result : { data: result.data };
}

/**
 * One node (a step) as plain data, as `toData` has it. A step without aliases or merge
 * keys (nearly every one) takes a direct walk that allocates only the result.
 */
export function nodeData(doc: Document, node: unknown): unknown {
  try {
    return directData(doc, node, mergeKeysOn(doc), 0);
  } catch (err) {
    if (err !== INDIRECT) throw err;
  }
  const result = walkData(doc, node, {});
  return 'refused' in result ? undefined : result.data;
}

/** Thrown by `directData` at anything only `walkData` handles (aliases, merge keys, pairs in a list, depth). */
const INDIRECT = Symbol('indirect');

function directData(doc: Document, node: unknown, mergeOn: boolean, depth: number): unknown {
  if (node === null || node === undefined) return null;
  if (depth > MAX_NODE_DEPTH) throw INDIRECT;
  if (isScalar(node)) return plainScalar(node.value);
  if (isMap(node)) {
    if (node.constructor !== YAMLMap) return {};
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key;
      if (isAlias(key) || (mergeOn && isMergeKey(key))) throw INDIRECT;
      setOwn(out, keyName(doc, key), directData(doc, pair.value, mergeOn, depth + 1));
    }
    return out;
  }
  if (isSeq(node)) {
    if (node.constructor !== YAMLSeq && node.tag === 'tag:yaml.org,2002:omap') return {};
    const out: unknown[] = [];
    for (const item of node.items) {
      if (isPair(item)) throw INDIRECT;
      out.push(directData(doc, item, mergeOn, depth + 1));
    }
    return out;
  }
  if (isAlias(node)) throw INDIRECT;
  return null;
}

const mergeKeys = new WeakMap<Document, boolean>();

function mergeKeysOn(doc: Document): boolean {
  let on = mergeKeys.get(doc);
  if (on === undefined) {
    on = doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge' && tag.default);
    mergeKeys.set(doc, on);
  }
  return on;
}

/** The walk behind `toData`, `nodeData` and the parser's checks (see `DataOptions`). */
export function walkData(doc: Document, root: unknown, options: DataOptions): DataResult {
  const walk = new DataWalk(doc, root, options);
  try {
    const data = walk.convert(root, 0, walk.defer ? Role.Root : Role.Other);
    if (walk.unsafe) return walkData(doc, root, { ...options, deferSteps: false });
    return { data, steps: walk.steps, deferred: walk.defer };
  } catch (err) {
    if (err instanceof Refused) return { refused: err.refusal };
    throw err;
  }
}

class DataWalk {
  readonly maxDepth: number;
  readonly build: boolean;
  readonly mergeOn: boolean;
  readonly defer: boolean;
  /** A repeated key on the way to the steps: steps were set aside that the data does not keep. */
  unsafe = false;
  readonly index: AliasIndex;
  readonly limit: number;
  readonly converted = new Map<Node, { value: unknown; size: number }>();
  readonly steps: DeferredStep[] = [];
  /** Nodes of the tree with every alias expanded (what a validator walks). */
  expanded = 0;
  /** Of those, the nodes the aliases add. */
  added = 0;
  /** The phase index of the `steps` list being converted (deferSteps). */
  phaseIndex = -1;

  constructor(
    readonly doc: Document,
    root: unknown,
    options: DataOptions,
  ) {
    this.maxDepth = options.maxDepth ?? MAX_NODE_DEPTH;
    this.build = !options.measureOnly;
    this.mergeOn = mergeKeysOn(doc);
    this.defer = options.deferSteps === true && root === doc.contents && !this.mergeOn;
    this.index = aliasIndex(doc);
    this.limit = Math.max(MIN_ALIAS_NODES, this.index.nodeCount);
  }

  private count(size: number): void {
    this.expanded += size;
    this.added += size;
    if (this.added > this.limit) throw new Refused({ kind: 'aliasBomb', limit: this.limit });
  }

  viaAlias(alias: Alias, depth: number, role: Role): unknown {
    const target = this.index.targets.get(alias);
    if (!target) return null;
    // Phases and steps lists are converted again at each alias (each occurrence lists its own steps);
    // the alias still adds the nodes a validator walks.
    if (role !== Role.Other) {
      const before = this.expanded;
      const value = this.convert(target, depth, role);
      const size = this.expanded - before;
      this.expanded = before;
      this.count(size);
      return value;
    }
    let done = this.converted.get(target);
    // An anchor comes before its aliases, so it is converted already, unless it sits where
    // the walk does not go (inside a !!set); then it is converted here.
    if (!done) {
      this.convert(target, depth, Role.Other);
      done = this.converted.get(target)!;
    }
    this.count(done.size);
    return done.value;
  }

  convert(node: unknown, depth: number, role: Role): unknown {
    if (node === null || node === undefined) return null;
    if (depth > this.maxDepth) throw new Refused({ kind: 'tooDeep' });
    if (isAlias(node)) return this.viaAlias(node, depth, role);
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return null;
    const before = this.expanded;
    this.expanded++;
    let value: unknown;
    if (isScalar(node)) value = this.build ? plainScalar(node.value) : undefined;
    else if (isMap(node)) value = node.constructor === YAMLMap ? this.mapToObject(node, depth, role) : this.empty();
    else if (node.constructor !== YAMLSeq && node.tag === 'tag:yaml.org,2002:omap') value = this.empty();
    else value = this.seqToArray(node, depth, role);
    // Only values outside the outline are shared: there, steps are set aside (null).
    if (node.anchor && role === Role.Other && !this.converted.has(node))
      this.converted.set(node, { value, size: this.expanded - before });
    return value;
  }

  private empty(): Record<string, unknown> | undefined {
    return this.build ? {} : undefined;
  }

  private seqToArray(seq: YAMLSeq, depth: number, role: Role): unknown[] | undefined {
    const out: unknown[] | undefined = this.build ? [] : undefined;
    seq.items.forEach((item, i) => {
      let value: unknown;
      if (isPair(item)) value = this.addPair(this.empty(), item, depth, Role.Other);
      else if (role === Role.Steps) {
        this.steps.push({ phase: this.phaseIndex, step: i, node: item });
        value = null;
      } else {
        if (role === Role.Phases) this.phaseIndex = i;
        value = this.convert(item, depth + 1, role === Role.Phases ? Role.Phase : Role.Other);
      }
      out?.push(value);
    });
    return out;
  }

  private mapToObject(map: YAMLMap, depth: number, role: Role): Record<string, unknown> | undefined {
    const out = this.empty();
    for (const pair of map.items) this.addPair(out, pair, depth, role);
    return out;
  }

  private addPair(
    out: Record<string, unknown> | undefined,
    pair: Pair,
    depth: number,
    role: Role,
  ): Record<string, unknown> | undefined {
    const key = pair.key;
    if (this.mergeOn && isMergeKey(key)) {
      this.merge(out, pair.value, depth, role);
      return out;
    }
    if (depth > this.maxDepth) throw new Refused({ kind: 'tooDeep' });
    const name = this.build || this.defer ? keyName(this.doc, key) : '';
    const value = this.convert(pair.value, depth + 1, this.defer ? childRole(role, name) : Role.Other);
    if (!out) return out;
    if (this.defer && role !== Role.Other && Object.prototype.hasOwnProperty.call(out, name)) this.unsafe = true;
    setOwn(out, name, value);
    return out;
  }

  private merge(out: Record<string, unknown> | undefined, value: unknown, depth: number, role: Role): void {
    const targets = this.index.targets;
    const source = isAlias(value) ? targets.get(value) : value;
    const sources = isSeq(source) ? source.items : [source];
    for (const item of sources) {
      const map = isAlias(item) ? targets.get(item) : item;
      if (!isMap(map)) throw new Refused({ kind: 'merge', message: 'Merge sources must be maps or map aliases' });
      const merged = (isAlias(item) ? this.viaAlias(item, depth, role) : this.convert(map, depth + 1, role)) as Record<
        string,
        unknown
      >;
      if (!out || merged === null || typeof merged !== 'object') continue;
      for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
    }
  }
}

function childRole(role: Role, name: string): Role {
  if (role === Role.Root && name === 'phases') return Role.Phases;
  if (role === Role.Phase && name === 'steps') return Role.Steps;
  return Role.Other;
}

/** The name a key has in the plain data: a scalar's text, a collection's flow text (as yaml names it), `*name` for an alias of a collection. */
export function keyName(doc: Document, key: unknown): string {
  if (key === null || key === undefined) return '';
  if (isAlias(key)) {
    const target = aliasIndex(doc).targets.get(key);
    return isScalar(target) ? keyName(doc, target) : `*${key.source}`;
  }
  if (isScalar(key)) {
    const v = key.value;
    if (v === null || v === undefined) return '';
    if (typeof v === 'symbol') return v.description ?? '';
    return typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : String(v);
  }
  if (isMap(key) || isSeq(key))
    return stringify(key, { collectionStyle: 'flow' })
      .trimEnd()
      .replace(/^&\S+ /, '');
  return '';
}

const pairsByName = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The first pair of a mapping whose key has this name in the plain data. The names are
 * indexed once per mapping: finding each of 10,000 unknown keys by a scan of the mapping
 * was quadratic.
 */
export function pairNamed(doc: Document, map: YAMLMap, name: string): Pair | undefined {
  let byName = pairsByName.get(map);
  if (!byName) {
    byName = new Map();
    for (const pair of map.items) {
      const key = keyName(doc, pair.key);
      if (!byName.has(key)) byName.set(key, pair);
    }
    pairsByName.set(map, byName);
  }
  return byName.get(name);
}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  if (typeof key.value === 'symbol') return key.value.description === '<<';
  return (!key.type || key.type === 'PLAIN') && key.value === '<<';
}

/** An own property, also for names like `__proto__` that plain assignment would not create. */
function setOwn(out: Record<string, unknown>, name: string, value: unknown): void {
  if (name in out) Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
  else out[name] = value;
}

function plainScalar(value: unknown): unknown {
  if (value instanceof Date) return isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (typeof value === 'symbol') return value.description ?? '';
  if (typeof value === 'bigint') return Number(value);
  // !!binary: the bytes as an object of indexes, as a plain copy of yaml's Uint8Array reads.
  if (value !== null && typeof value === 'object') return { ...(value as object) };
  return value;
}
