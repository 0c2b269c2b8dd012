// Incremental parsing: after an edit inside one block-sequence item (a step, a server, a
// phase), only that item's lines are parsed again and the new nodes are put in place of
// the old in a copy of the previous Document. Everything before the item is shared with
// the previous Document (its offsets did not move); everything after it is copied with its
// offsets shifted, so the previous analysis stays valid (a fix is proved against it).
//
// Why the item's lines parse alone exactly as in the whole text: the item starts at a line
// that holds only indentation and its `- ` at column c, and every line of the block after
// it is blank, a comment, or indented deeper than c (or, for an edit that adds items, a
// new `- ` at column c). yaml's lexer and parser then never look at the enclosing
// collections while inside the block: those only matter for a line indented at c or less,
// which ends the block. Where a node ends depends on the next token after it (yaml ends a
// block map at the `-` of the next item), so the text parsed runs through that `-` when the
// next line is a sibling item; the empty item it makes is dropped.
//
// Anything this cannot prove falls back to a full parse (the caller does it): aliases or
// anchors anywhere, tags, a `%YAML` directive, errors in the block, flow collections as
// the item or its list, an edit on the item's `- ` line prefix or past the block, lines
// of the new block at column c or less that are not items.
import { Document, isMap, isPair, isScalar, isSeq, Node, Pair, ParsedNode, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { compose, nestingSignature, ParsedRunbook } from './parse';
import { aliasIndex, AliasIndex, seedAliasIndex } from './yaml-data';

/** Why the edit could not be spliced (a full parse follows): tests and the benchmark read it. */
export type SpliceResult =
  | {
      doc: Document.Parsed;
      /** Whether the edited lines' brackets are those of the old: no nesting check of the whole text needed. */
      nestingChecked: boolean;
    }
  | { fallback: string };

export interface Change {
  /** Start of the change, the same in both texts. */
  from: number;
  /** End of the replaced text in the previous text. */
  oldTo: number;
  /** End of the replacement in the new text. */
  newTo: number;
}

/** Characters compared at once (as substrings) before the changed range is looked for character by character. */
const CHUNK = 4096;

/**
 * The one changed range of `after` against `before`: common prefix and suffix. Compared a
 * chunk at a time first (the engine compares two substrings far faster than a loop compares
 * their characters: a megabyte runbook costs a fraction of a millisecond, not several).
 */
export function changedRange(before: string, after: string): Change {
  if (before === after) return { from: before.length, oldTo: before.length, newTo: after.length };
  const min = Math.min(before.length, after.length);
  let from = 0;
  while (from + CHUNK <= min && before.substring(from, from + CHUNK) === after.substring(from, from + CHUNK))
    from += CHUNK;
  while (from < min && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let oldTo = before.length;
  let newTo = after.length;
  while (
    oldTo - CHUNK >= from &&
    newTo - CHUNK >= from &&
    before.substring(oldTo - CHUNK, oldTo) === after.substring(newTo - CHUNK, newTo)
  ) {
    oldTo -= CHUNK;
    newTo -= CHUNK;
  }
  while (oldTo > from && newTo > from && before.charCodeAt(oldTo - 1) === after.charCodeAt(newTo - 1)) {
    oldTo--;
    newTo--;
  }
  return { from, oldTo, newTo };
}

/**
 * The Document of `text` (already read as parse.ts reads it: lone CRs as LF) made from the
 * previous parse and the re-parsed item around the change, or why not.
 */
/**
 * `inPlace`: move and replace the previous Document's nodes (the previous parse is spent:
 * the editor's next version); otherwise copy what moves (a fix proved against the parse).
 */
export function spliceDocument(previous: ParsedRunbook, text: string, inPlace: boolean): SpliceResult {
  const doc = previous.doc;
  if (!doc || previous.fatal.length > 0 || !previous.root) return { fallback: 'no previous parse' };
  if (doc.errors.length > 0) return { fallback: 'previous errors' };
  if (doc.directives?.yaml.explicit) return { fallback: 'directive' };
  const index = aliasIndex(doc);
  if (index.first) return { fallback: 'aliases' };
  const change = changedRange(previous.text, text);
  if (text === previous.text) return { doc, nestingChecked: true }; // the same text: the same Document
  const items = itemsAt(previous, change);
  if (typeof items === 'string') return { fallback: items };
  // The innermost item first; the last step of a phase is parsed with its phase.
  let result: SpliceResult = { fallback: 'no item' };
  for (const item of items) {
    const attempt = splice(previous, text, doc, index, change, item, inPlace);
    if ('doc' in attempt) return attempt;
    if (!('doc' in result) && result.fallback === 'no item') result = attempt;
  }
  return result;
}

/** A block-sequence item that is a block map: steps, then phases, then servers. */
interface Item {
  node: YAMLMap;
  /** Start of the item's `- ` line. */
  lineStart: number;
  /** Column of its `-`. */
  column: number;
  /** Start of the first line after the block that is content indented at `column` or less (or the text's end). */
  blockEnd: number;
}

/** The items whose blocks hold the change, innermost first (a step, its phase; a server). */
function itemsAt(previous: ParsedRunbook, change: Change): Item[] | string {
  const text = previous.text;
  const tries: YAMLMap[] = [];
  const step = lastStartingBefore(previous.steps, change.from);
  if (step) tries.push(step.node);
  const phase = lastStartingBefore(previous.phases, change.from);
  if (phase) tries.push(phase.node);
  const server = lastStartingBefore(previous.servers, change.from);
  if (server) tries.push(server.node);
  let why = 'not inside a step, phase or server';
  const found: Item[] = [];
  for (const node of tries) {
    const item = blockOf(text, node);
    if (typeof item === 'string') {
      why = item;
      continue;
    }
    const dash = item.lineStart + item.column;
    const inside =
      change.from > dash &&
      (change.oldTo < item.blockEnd || (change.oldTo === item.blockEnd && item.blockEnd === text.length));
    if (inside) found.push(item);
  }
  if (found.length > 0) return found;
  return why;
}

/** The last entry whose node starts at or before `offset` (entries are in file order). */
function lastStartingBefore<T extends { node: YAMLMap }>(entries: T[], offset: number): T | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = entries[mid].node.range?.[0] ?? Infinity;
    if (start <= offset) {
      found = entries[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function blockOf(text: string, node: YAMLMap): Item | string {
  if (node.flow || !node.range) return 'flow item';
  const start = node.range[0];
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let dash = lineStart;
  while (text.charCodeAt(dash) === 32) dash++;
  if (text.charCodeAt(dash) !== 45 || dash + 1 >= start) return 'item not on its dash line';
  for (let i = dash + 1; i < start; i++) if (text.charCodeAt(i) !== 32) return 'item not on its dash line';
  const column = dash - lineStart;
  const firstEnd = text.indexOf('\n', start);
  const blockEnd = firstEnd < 0 ? text.length : endOfBlock(text, firstEnd + 1, text.length, column, false);
  if (blockEnd < 0) return 'block';
  return { node, lineStart, column, blockEnd };
}

/**
 * From `from` (a line start), the start of the first line that is content at `column` or
 * less (or `end`). With `allowItems`, a `- ` line at exactly `column` is part of the block
 * (an edit that added items); -1 when some other line sits at `column` or less before `end`.
 */
function endOfBlock(text: string, from: number, end: number, column: number, allowItems: boolean): number {
  for (let line = from; line < end;) {
    let i = line;
    while (i < end && text.charCodeAt(i) === 32) i++;
    const nl = text.indexOf('\n', i);
    const next = nl < 0 ? text.length : nl + 1;
    const c = i < end ? text.charCodeAt(i) : 10;
    const blank = c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10) || c === 35; // blank or a comment
    if (!blank && i - line <= column) {
      if (!allowItems) return line;
      const after = text.charCodeAt(i + 1);
      const item = i - line === column && c === 45 && (after === 32 || after === 10 || after === 13 || i + 1 >= end);
      if (!item) return -1;
    }
    line = next;
  }
  return end;
}

interface Part {
  /** The new items, offsets in the whole text. */
  items: Node[];
  /** The parsed list's range in the whole text. */
  range: [number, number, number];
  /** Whether the next line is a sibling item (its `-` was parsed along). */
  sibling: boolean;
  index: AliasIndex;
  nodes: number;
}

/** The new text of the item's block parsed alone, or why it cannot stand in for the whole parse. */
function parsePart(text: string, item: Item, newEnd: number): Part | string {
  const firstEnd = text.indexOf('\n', item.lineStart);
  if (firstEnd >= 0 && firstEnd + 1 < newEnd && endOfBlock(text, firstEnd + 1, newEnd, item.column, true) < 0)
    return 'new lines at the item column';
  // The text to parse runs through the `-` of a next sibling item, so that nodes end where
  // they end in the whole text (yaml ends a map at the next item's `-`).
  let parseEnd = newEnd;
  let sibling = false;
  if (newEnd < text.length) {
    let i = newEnd;
    while (text.charCodeAt(i) === 32) i++;
    sibling = i - newEnd === item.column && text.charCodeAt(i) === 45;
    if (sibling) parseEnd = i + 1;
  }
  // Before a less indented line, where yaml ends the last item depends on that line (an
  // empty value or comments run on to its first token), which the part parsed alone has not.
  if (!sibling && newEnd < text.length) return 'last item before a less indented line';
  // At the end of the text, comment lines after the item belong to whichever enclosing
  // collection their indentation names, and its end runs over them.
  if (!sibling && endsWithComment(text, item.lineStart, newEnd)) return 'comments at the end';
  // Explicit keys (`? `, `: ` starting a line) end collections in ways the part parsed
  // alone does not reproduce (yaml can end the whole document there).
  if (/^[ \t]*[?:](?:[ \t]|$)/m.test(text.slice(item.lineStart, newEnd))) return 'explicit key';
  const part = compose(text.slice(item.lineStart, parseEnd));
  if (part.errors.length > 0) return 'errors in the block';
  const seq = part.contents;
  if (!isSeq(seq) || seq.flow) return 'block is no list item';
  const items = (sibling ? seq.items.slice(0, -1) : seq.items) as Node[];
  if (items.length === 0) return 'no items';
  const index = aliasIndex(part);
  if (index.first) return 'aliases';
  let nodes = 0;
  for (const node of items) {
    const counted = shiftInPlace(node, item.lineStart);
    if (counted < 0) return 'anchor or tag';
    nodes += counted;
  }
  const r = seq.range!;
  const range: [number, number, number] = [r[0] + item.lineStart, r[1] + item.lineStart, r[2] + item.lineStart];
  return { items, range, sibling, index, nodes };
}

function splice(
  previous: ParsedRunbook,
  text: string,
  doc: Document.Parsed,
  index: AliasIndex,
  change: Change,
  item: Item,
  inPlace: boolean,
): SpliceResult {
  const delta = change.newTo - change.oldTo;
  const oldEnd = item.blockEnd;
  const newEnd = oldEnd + delta;
  const part = parsePart(text, item, newEnd);
  if (typeof part === 'string') return { fallback: part };
  const path = pathTo(doc.contents as Node, item.node);
  if (!path) return { fallback: 'item not found' };
  const oldNode = item.node;
  const newLast = part.items[part.items.length - 1];
  const atEnd = oldEnd === previous.text.length;
  const moved = (offset: number, end: 1 | 2): number | undefined => {
    // Where the block runs to the end of the text, so do the collections around it: they
    // end where the parsed part's list ends (trailing blank lines are not part of them).
    if (atEnd && offset === oldEnd) return part.range[end];
    // A block collection ends (both its value end and its end) where its last item ends.
    if (offset >= oldEnd) return offset + delta;
    if (offset === oldNode.range![1] || offset === oldNode.range![2]) return newLast.range![2];
    return undefined;
  };
  // Every new end first: nothing is changed unless all of them are known.
  const ends: [number, number][] = [];
  for (const { parent } of path) {
    const end1 = moved(parent.range![1], 1);
    const end2 = moved(parent.range![2], 2);
    if (end1 === undefined || end2 === undefined) return { fallback: 'collection end' };
    ends.push([end1, end2]);
  }
  // The document itself runs to the end of the text, trailing blank lines included.
  const docEnd1 = moved(doc.range[1], 2);
  const docEnd2 = doc.range[2] === previous.text.length ? text.length : moved(doc.range[2], 2);
  if (docEnd1 === undefined || docEnd2 === undefined) return { fallback: 'document end' };
  const oldSignature = nestingSignature(previous.text.slice(item.lineStart, oldEnd));
  const nestingChecked =
    oldSignature !== undefined &&
    (item.lineStart < 2 || previous.text.charCodeAt(item.lineStart - 2) !== 92) &&
    nestingSignature(text.slice(item.lineStart, newEnd)) === oldSignature;
  const nodeCount = index.nodeCount - countNodes(oldNode) + part.nodes;
  const before = index.duplicateKeys.filter((k) => k.range![0] < item.lineStart);
  const inPart = part.index.duplicateKeys.filter((k) => k.range![0] < newEnd);
  let spliced: Document.Parsed;
  let after: Node[];
  if (inPlace) {
    after = index.duplicateKeys.filter((k) => k.range![0] >= oldEnd);
    replaceInPlace(path, part.items, ends, delta);
    spliced = doc;
  } else {
    const copies = new Copier(delta, new Set(index.duplicateKeys));
    spliced = Object.create(Object.getPrototypeOf(doc), Object.getOwnPropertyDescriptors(doc)) as Document.Parsed;
    spliced.contents = rebuild(path, part.items, ends, copies);
    spliced.errors = [];
    spliced.warnings = [];
    after = copies.duplicates;
  }
  spliced.range = [doc.range[0], docEnd1, docEnd2];
  seedAliasIndex(spliced, {
    targets: new Map(),
    nodeCount,
    duplicateKeys: [...before, ...inPart, ...after].sort((a, b) => a.range![0] - b.range![0]),
  });
  return { doc: spliced, nestingChecked };
}

type Path = { parent: YAMLMap | YAMLSeq; at: number }[];

/** Copies of the collections from the item up to the root, the new items in place of the old. */
function rebuild(path: Path, items: Node[], ends: [number, number][], copies: Copier): ParsedNode {
  let replacement: unknown[] = items;
  for (let level = path.length - 1; level >= 0; level--) {
    const { parent, at } = path[level];
    const copy = copies.shell(parent);
    copy.range = [parent.range![0], ends[level][0], ends[level][1]];
    const before = parent.items.slice(0, at);
    const after = parent.items.slice(at + 1).map((x) => copies.any(x));
    if (isSeq(parent)) {
      copy.items = [...before, ...replacement, ...after];
    } else {
      const pair = parent.items[at] as Pair;
      copy.items = [...before, copies.pair(pair, pair.key, replacement[0]), ...after];
    }
    replacement = [copy];
  }
  return replacement[0] as ParsedNode;
}

/** The same, in the previous Document itself: what follows the item moves, the item is replaced. */
function replaceInPlace(path: Path, items: Node[], ends: [number, number][], delta: number): void {
  for (let level = path.length - 1; level >= 0; level--) {
    const { parent, at } = path[level];
    for (let i = at + 1; i < parent.items.length; i++) shiftTree(parent.items[i], delta);
    parent.range = [parent.range![0], ends[level][0], ends[level][1]];
    if (level === path.length - 1) {
      if (isSeq(parent)) parent.items.splice(at, 1, ...items);
      else (parent.items[at] as Pair).value = items[0];
    }
  }
}

/** Moves a subtree's offsets by `delta` (new range arrays: nothing else holds them). */
function shiftTree(x: unknown, delta: number): void {
  if (isPair(x)) {
    shiftTree(x.key, delta);
    shiftTree(x.value, delta);
    return;
  }
  if (!isScalar(x) && !isMap(x) && !isSeq(x)) return;
  const r = x.range;
  if (r) x.range = [r[0] + delta, r[1] + delta, r[2] + delta];
  if (isScalar(x)) return;
  for (const child of x.items) shiftTree(child, delta);
}

/** Whether a comment line follows the last line of `[start, end)` that is neither blank nor a comment. */
function endsWithComment(text: string, start: number, end: number): boolean {
  let lineEnd = end;
  while (lineEnd > start) {
    const lineStart = Math.max(text.lastIndexOf('\n', lineEnd - 2) + 1, start);
    let i = lineStart;
    while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 13)) i++;
    const c = i < lineEnd ? text.charCodeAt(i) : 10;
    if (c === 35) return true;
    if (c !== 10) return false;
    lineEnd = lineStart;
  }
  return false;
}

/** Adds `offset` to the ranges of a freshly parsed subtree; its node count, or -1 for an anchor or tag. */
function shiftInPlace(node: Node | null, offset: number): number {
  if (!node) return 0;
  if (node.anchor || node.tag) return -1;
  const r = node.range;
  if (r) node.range = [r[0] + offset, r[1] + offset, r[2] + offset];
  if (isScalar(node)) return 1;
  let count = 1;
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = shiftInPlace(pair.key as Node | null, offset);
      const v = shiftInPlace(pair.value as Node | null, offset);
      if (k < 0 || v < 0) return -1;
      count += k + v;
    }
  } else if (isSeq(node)) {
    for (const x of node.items) {
      const n = shiftInPlace(x as Node | null, offset);
      if (n < 0) return -1;
      count += n;
    }
  } else return -1; // an alias
  return count;
}

function countNodes(node: unknown): number {
  if (isScalar(node)) return 1;
  if (isMap(node)) {
    let count = 1;
    for (const pair of node.items) count += countNodes(pair.key) + countNodes(pair.value);
    return count;
  }
  if (isSeq(node)) {
    let count = 1;
    for (const x of node.items) count += countNodes(x);
    return count;
  }
  return 0;
}

/** The collections from the root down to `target`, each with the position of the next one in it. */
function pathTo(root: Node, target: Node): Path | undefined {
  const path: Path = [];
  const offset = target.range![0];
  let node: unknown = root;
  while (node !== target) {
    if (isSeq(node)) {
      const at = lastItemAt(node.items as Node[], offset, (x) => x?.range?.[0]);
      if (at < 0) return undefined;
      path.push({ parent: node, at });
      node = node.items[at];
    } else if (isMap(node)) {
      const items = node.items as Pair[];
      const at = lastItemAt(items, offset, (p) => (p.value as Node | null)?.range?.[0]);
      if (at < 0) return undefined;
      path.push({ parent: node, at });
      node = items[at].value;
    } else return undefined;
    if (path.length > 64) return undefined;
  }
  return path;
}

/** The last of `items` whose start is at or before `offset` (binary search: items are in file order). */
function lastItemAt<T>(items: T[], offset: number, start: (x: T) => number | undefined): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = start(items[mid]);
    if (s === undefined) {
      // A value without a range (an empty value): search linearly, it is rare.
      for (let i = items.length - 1; i >= 0; i--) {
        const si = start(items[i]);
        if (si !== undefined && si <= offset) return i;
      }
      return -1;
    }
    if (s <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Copies of nodes after the edit, with their offsets moved. */
class Copier {
  readonly duplicates: Node[] = [];
  constructor(
    private readonly delta: number,
    private readonly oldDuplicates: Set<Node>,
  ) {}

  shell<T extends YAMLMap | YAMLSeq>(node: T): T {
    const copy = (isMap(node) ? new YAMLMap(node.schema) : new YAMLSeq(node.schema)) as T;
    return Object.assign(copy, node);
  }

  pair(pair: Pair, key: unknown, value: unknown): Pair {
    const copy = new Pair(key, value);
    if (pair.srcToken) copy.srcToken = pair.srcToken;
    return copy;
  }

  any(x: unknown): unknown {
    if (isPair(x)) return this.pair(x, this.any(x.key), this.any(x.value));
    if (x === null || x === undefined) return x;
    const node = x as Node;
    let copy: Node;
    if (isScalar(node)) copy = Object.assign(new Scalar(undefined), node);
    else if (isMap(node) || isSeq(node)) {
      const shell = this.shell(node);
      shell.items = node.items.map((i) => this.any(i)) as never;
      copy = shell;
    } else return x;
    const r = node.range;
    if (r) copy.range = [r[0] + this.delta, r[1] + this.delta, r[2] + this.delta];
    if (this.oldDuplicates.has(node)) this.duplicates.push(copy);
    return copy;
  }
}
