// Where the cursor is in a runbook, as completion needs it: typing a key or a value, of
// which field, in which part of the document (a step, a server entry, the target…). The
// text being typed is usually not valid YAML yet (`        ser`), so the cursor's line is
// repaired before parsing: only that line changes, from the cursor on, so every node
// before it keeps its offsets and the step the cursor is in keeps its index.
import { isMap, isScalar, isSeq, parseRunbook } from '../parse';
import { MAX_NODE_DEPTH } from '../yaml-data';
import type { Node, ParsedRunbook, PhaseEntry, ServerEntry, StepEntry, YAMLMap } from '../parse';
import type { OffsetRange } from '../types';

export type Container = 'top' | 'organization' | 'schedule' | 'target' | 'server' | 'phase' | 'step' | 'unknown';

export interface CursorContext {
  /** Typing a mapping key, or a value (of `key`). */
  position: 'key' | 'value';
  container: Container;
  /** The parse the context was read from (of the repaired text when the line had to be repaired). */
  parsed?: ParsedRunbook;
  step?: StepEntry;
  server?: ServerEntry;
  phase?: PhaseEntry;
  /** The step's action, when the cursor is in a step that has one. */
  action?: string;
  /** Value position: the field whose value is typed. */
  key?: string;
  /** What is typed so far, up to the cursor (without an opening quote). */
  partial: string;
  /** The span of the original text a completion replaces (the word around the cursor). */
  replace: OffsetRange;
  /** Keys already present in the mapping, the one being typed excluded. */
  presentKeys: string[];
  /** The value is one item of a list (`[a, b]` or `- a`). */
  inList: boolean;
  /** The other items of that list. */
  listValues: string[];
  /** The value was opened with this quote. */
  quote?: '"' | "'";
  /** The quote is already closed after the cursor (nothing to add). */
  quoteClosed?: boolean;
  /** Key position: a `:` already follows the word, so only the key's name is inserted. */
  colonFollows?: boolean;
  /** Value position right after `key:` with no space yet. */
  needsSpace?: boolean;
}

/** A key the user has not typed yet stands in for the blank cursor position while parsing. */
const PLACEHOLDER = '__runbook_cursor__';
const KEY_CHARS = /[A-Za-z0-9_-]/;
const VALUE_STOP = /[\s,\][{}"'#]/;

const CONTAINER_LISTS: Record<string, Container> = { servers: 'server', phases: 'phase' };

/** The cursor's line: where it starts and ends, and the text before and after the cursor. */
interface CursorLine {
  text: string;
  offset: number;
  lineStart: number;
  lineEnd: number;
  prefix: string;
  suffix: string;
}

/** `parsed`: parseRunbook(text) when the caller has it (a value is looked up in the text as it is). */
export function cursorContext(text: string, offset: number, parsed?: ParsedRunbook): CursorContext | undefined {
  offset = Math.max(0, Math.min(offset, text.length));
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  if (offset > lineEnd) return undefined;
  const prefix = text.slice(lineStart, offset);
  const suffix = text.slice(offset, lineEnd);
  if (inComment(prefix)) return undefined;
  const line: CursorLine = { text, offset, lineStart, lineEnd, prefix, suffix };

  const keyMatch = /^(\s*)((?:-\s+)*)([A-Za-z_][\w-]*)?$/.exec(prefix);
  if (keyMatch) return keyContext(line, keyMatch);
  const valueMatch = /^(\s*)((?:-\s+)*)([A-Za-z_][\w-]*):(\s+(.*))?$/.exec(prefix);
  return valueMatch ? valueContext(line, valueMatch, parsed) : undefined;
}

/** Typing a key: the line is repaired into `key:` (a placeholder when nothing is typed yet). */
function keyContext(line: CursorLine, keyMatch: RegExpExecArray): CursorContext {
  const { text, offset, lineStart, lineEnd, suffix } = line;
  const word = keyMatch[3] ?? '';
  let tail = 0;
  while (tail < suffix.length && KEY_CHARS.test(suffix[tail])) tail++;
  const wordStart = offset - word.length;
  const colonFollows = /^\s*:(\s|$)/.test(suffix.slice(tail));
  const repairedLine = colonFollows
    ? text.slice(lineStart, lineEnd)
    : `${keyMatch[1]}${keyMatch[2]}${word + suffix.slice(0, tail) || PLACEHOLDER}:`;
  const typedKey = colonFollows || word + suffix.slice(0, tail) ? word + suffix.slice(0, tail) : PLACEHOLDER;
  const base: CursorContext = {
    position: 'key',
    container: 'unknown',
    partial: word,
    replace: { start: wordStart, end: offset + tail },
    presentKeys: [],
    inList: false,
    listValues: [],
    colonFollows,
  };
  const repaired = text.slice(0, lineStart) + repairedLine + text.slice(lineEnd);
  const parsed = parseRunbook(repaired);
  if (parsed.fatal.length > 0 || !parsed.root) return base;
  const hit = findPairOnLine(parsed.root, lineStart, lineStart + repairedLine.length, typedKey);
  if (!hit) return base;
  return interpret(parsed, hit, base, typedKey);
}

/** Typing a value of `key`: the text is parsed as it is, or with the list and quote the value opened closed. */
function valueContext(
  line: CursorLine,
  valueMatch: RegExpExecArray,
  asWritten?: ParsedRunbook,
): CursorContext | undefined {
  const { text, offset, lineStart, lineEnd, suffix } = line;
  const key = valueMatch[3];
  const base: CursorContext = {
    position: 'value',
    container: 'unknown',
    key,
    partial: '',
    replace: { start: offset, end: offset },
    presentKeys: [],
    inList: false,
    listValues: [],
    needsSpace: valueMatch[4] === undefined,
  };
  const typed = typedValue(valueMatch[5] ?? '', suffix, base);
  if (!typed) return undefined;
  const { token, closers } = typed;
  let tail = 0;
  while (tail < suffix.length && !VALUE_STOP.test(suffix[tail])) tail++;
  base.partial = token;
  base.replace = { start: offset - token.length, end: offset + tail };

  let parsed = asWritten ?? parseRunbook(text);
  if (parsed.fatal.length > 0 || !parsed.root) {
    parsed = parseRunbook(text.slice(0, offset) + closers + text.slice(lineEnd));
    if (parsed.fatal.length > 0 || !parsed.root) return base;
  }
  const hit = findPairOnLine(parsed.root!, lineStart, lineEnd + closers.length + 1, key);
  if (!hit) return base;
  return interpret(parsed, hit, base, undefined);
}

/**
 * The token being typed (a flow list's last item, without its opening quote) and what closes
 * what it opened; records the list and the quote in `base`. Undefined when there is nothing
 * to complete: a closed list, a block scalar or mapping, a closed quote, or text with spaces.
 */
function typedValue(
  typed: string,
  suffix: string,
  base: CursorContext,
): { token: string; closers: string } | undefined {
  let closers = '';
  let token = typed;
  if (typed.startsWith('[')) {
    const inner = typed.slice(1);
    if (inner.includes(']')) return undefined;
    const items = inner.split(',');
    token = items.pop()!.replace(/^\s+/, '');
    base.inList = true;
    base.listValues = items.map(unquote).filter(Boolean);
    closers = ']';
  } else if (/^[|>{]/.test(typed)) {
    return undefined;
  }
  if (token.startsWith('"') || token.startsWith("'")) {
    const quote = token[0] as '"' | "'";
    token = token.slice(1);
    if (token.includes(quote)) return undefined;
    base.quote = quote;
    base.quoteClosed = suffix.includes(quote);
    if (!base.quoteClosed) closers = quote + closers;
  } else if (/\s/.test(token)) {
    // A plain value with a space in it is text (a title, a note): nothing to complete.
    if (!/^(SP\d*|SP\d+ RU\d*)$/i.test(token)) return undefined;
  }
  return { token, closers };
}

function inComment(prefix: string): boolean {
  let quote = '';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[,:]/.test(prefix[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]))) {
      return true;
    }
  }
  return false;
}

function unquote(item: string): string {
  return item.trim().replace(/^(["'])(.*)\1$/, '$2');
}

interface PairHit {
  map: YAMLMap;
  /** Keys and indexes from the root to `map`. */
  path: (string | number)[];
  /** The collections along the path, root first (maps and sequences). */
  nodes: Node[];
}

/** The mapping holding a pair whose key `key` starts on the line [lineStart, lineEnd]. */
function findPairOnLine(root: YAMLMap, lineStart: number, lineEnd: number, key: string): PairHit | undefined {
  let found: PairHit | undefined;
  const visit = (node: unknown, path: (string | number)[], nodes: Node[]): void => {
    // The path is the depth; aliases are not followed (isMap/isSeq), so the walk ends.
    if (path.length > MAX_NODE_DEPTH) return;
    if (isMap(node)) {
      if (node.range && (node.range[0] > lineEnd || node.range[2] < lineStart)) return;
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        if (isScalar(k) && k.range && k.range[0] >= lineStart && k.range[0] <= lineEnd && String(k.value) === key) {
          found = { map: node, path, nodes: [...nodes, node] };
        }
        if (isScalar(k)) visit(pair.value, [...path, String(k.value)], [...nodes, node]);
      }
    } else if (isSeq(node)) {
      if (node.range && (node.range[0] > lineEnd || node.range[2] < lineStart)) return;
      node.items.forEach((item, i) => visit(item, [...path, i], [...nodes, node]));
    }
  };
  visit(root, [], []);
  return found;
}

export interface ContainerInfo {
  container: Container;
  step?: StepEntry;
  server?: ServerEntry;
  phase?: PhaseEntry;
}

/** Which part of the runbook the mapping at `path` (keys and indexes from the root) is. */
export function describeContainer(
  parsed: ParsedRunbook,
  path: readonly (string | number)[],
  map: YAMLMap,
): ContainerInfo | undefined {
  if (path.length === 0) return { container: 'top' };
  if (path.length === 1 && path[0] === 'organization') return { container: 'organization' };
  if (path.length === 1 && path[0] === 'target') return { container: 'target' };
  if (path.length === 1 && path[0] === 'schedule') return { container: 'schedule' };
  if (path.length === 2 && typeof path[0] === 'string' && CONTAINER_LISTS[path[0]] && typeof path[1] === 'number') {
    const container = CONTAINER_LISTS[path[0]];
    if (container === 'server') return { container, server: parsed.servers.find((s) => s.node === map) };
    return { container, phase: parsed.phases.find((p) => p.node === map) };
  }
  if (path.length === 4 && path[0] === 'phases' && path[2] === 'steps' && typeof path[3] === 'number') {
    const step = parsed.steps.find((s) => s.node === map);
    return { container: 'step', step, phase: step?.phase };
  }
  return undefined;
}

function containerOf(parsed: ParsedRunbook, path: (string | number)[], map: YAMLMap, context: CursorContext): boolean {
  const info = describeContainer(parsed, path, map);
  if (!info) return false;
  Object.assign(context, info);
  if (info.step) context.action = info.step.action;
  return true;
}

function interpret(
  parsed: ParsedRunbook,
  hit: PairHit,
  base: CursorContext,
  typedKey: string | undefined,
): CursorContext {
  const context: CursorContext = { ...base, parsed };
  const keysOf = (map: YAMLMap) =>
    map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k && k !== PLACEHOLDER);
  if (containerOf(parsed, hit.path, hit.map, context)) {
    context.presentKeys = keysOf(hit.map).filter((k) => context.position === 'value' || k !== typedKey);
    if (context.action === PLACEHOLDER) context.action = undefined;
    return context;
  }
  // A block list item (`roles:` then `  - mail`) reads as a one-key mapping inside the
  // list after the repair: it is a value of the list's field.
  const last = hit.path[hit.path.length - 1];
  const listKey = hit.path[hit.path.length - 2];
  if (
    context.position === 'key' &&
    typeof last === 'number' &&
    typeof listKey === 'string' &&
    hit.map.items.length === 1
  ) {
    const owner = hit.nodes[hit.nodes.length - 3];
    const list = hit.nodes[hit.nodes.length - 2];
    const ownerContext: CursorContext = {
      ...context,
      position: 'value',
      key: listKey,
      inList: true,
      colonFollows: undefined,
    };
    if (isMap(owner) && containerOf(parsed, hit.path.slice(0, -2), owner, ownerContext)) {
      ownerContext.presentKeys = keysOf(owner);
      ownerContext.listValues = isSeq(list)
        ? list.items.flatMap((item, i) =>
            i !== last && isScalar(item) && item.value !== null ? [String(item.value)] : [],
          )
        : [];
      if (ownerContext.action === PLACEHOLDER) ownerContext.action = undefined;
      return ownerContext;
    }
  }
  return context;
}
