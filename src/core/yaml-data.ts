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

function buildIndex(doc: Document): AliasIndex {
  const index: AliasIndex = { targets: new Map(), nodeCount: 0 };
  const anchors = new Map<string, Node>();
  // Anchored nodes being walked (the ancestors of the current node): an alias naming one is recursive.
  const open = new Set<Node>();
  // A frame is a node to enter, or (exit) an anchored node whose children are all walked.
  const stack: { node: unknown; exit?: boolean }[] = [{ node: doc.contents }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      open.delete(node as Node);
      continue;
    }
    if (isAlias(node)) {
      index.first ??= node;
      const target = anchors.get(node.source);
      if (target && open.has(target)) {
        index.recursive ??= node;
        index.targets.set(node, undefined);
      } else {
        index.targets.set(node, target);
        if (!target) index.unresolved ??= node;
      }
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: node.value }, { node: node.key });
      continue;
    }
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    index.nodeCount++;
    if (node.anchor) {
      anchors.set(node.anchor, node);
      open.add(node);
      stack.push({ node, exit: true });
    }
    if (isMap(node) || isSeq(node))
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] });
  }
  return index;
}

/** Why a document has no plain data. */
export type Refusal = { kind: 'aliasBomb'; limit: number } | { kind: 'tooDeep' } | { kind: 'merge'; message: string };

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind);
  }
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
  const index = aliasIndex(doc);
  const limit = Math.max(MIN_ALIAS_NODES, index.nodeCount);
  const converted = new Map<Node, { value: unknown; size: number }>();
  // Nodes of the tree with every alias expanded (what a validator walks), and those of them the aliases add.
  let expanded = 0;
  let added = 0;
  const mergeOn = doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge' && tag.default);

  const viaAlias = (alias: Alias, depth: number): { value: unknown; node?: Node } => {
    const target = index.targets.get(alias);
    if (!target) return { value: null };
    let done = converted.get(target);
    // An anchor comes before its aliases, so it is converted already, unless it sits where
    // the walk does not go (inside a !!set); then it is converted here.
    if (!done) {
      convert(target, depth);
      done = converted.get(target)!;
    }
    expanded += done.size;
    added += done.size;
    if (added > limit) throw new Refused({ kind: 'aliasBomb', limit });
    return { value: done.value, node: target };
  };

  const convert = (node: unknown, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (depth > maxDepth) throw new Refused({ kind: 'tooDeep' });
    if (isAlias(node)) return viaAlias(node, depth).value;
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) return null;
    const before = expanded;
    expanded++;
    let value: unknown;
    if (isScalar(node)) value = plainScalar(node.value);
    else if (isMap(node)) value = node.constructor === YAMLMap ? mapToObject(node, depth) : {};
    else if (node.constructor !== YAMLSeq && node.tag === 'tag:yaml.org,2002:omap') value = {};
    else value = node.items.map((item) => (isPair(item) ? addPair({}, item, depth) : convert(item, depth + 1)));
    if (node.anchor) converted.set(node, { value, size: expanded - before });
    return value;
  };

  const mapToObject = (map: YAMLMap, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const pair of map.items) addPair(out, pair, depth);
    return out;
  };

  const addPair = (out: Record<string, unknown>, pair: Pair, depth: number): Record<string, unknown> => {
    const key = pair.key;
    if (mergeOn && isMergeKey(key)) {
      merge(out, pair.value, depth);
      return out;
    }
    if (depth > maxDepth) throw new Refused({ kind: 'tooDeep' });
    const name = keyName(doc, key);
    setOwn(out, name, convert(pair.value, depth + 1));
    return out;
  };

  const merge = (out: Record<string, unknown>, value: unknown, depth: number) => {
    const source = isAlias(value) ? index.targets.get(value) : value;
    const sources = isSeq(source) ? source.items : [source];
    for (const item of sources) {
      const map = isAlias(item) ? index.targets.get(item) : item;
      if (!isMap(map)) throw new Refused({ kind: 'merge', message: 'Merge sources must be maps or map aliases' });
      const merged = (isAlias(item) ? viaAlias(item, depth).value : convert(map, depth + 1)) as Record<string, unknown>;
      if (merged === null || typeof merged !== 'object') continue;
      for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
    }
  };

  try {
    return { data: convert(doc.contents, 0) };
  } catch (err) {
    if (err instanceof Refused) return { refused: err.refusal };
    throw err;
  }
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
