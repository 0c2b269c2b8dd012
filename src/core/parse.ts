// Parses a runbook with eemeli `yaml`, keeping every node's source range, and indexes
// the parts the rules and the editor need (phases, steps, servers) without copying
// values out of the syntax tree: ranges stay exact and fixes can be minimal edits.
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
import type { OffsetRange, SourceRange } from './types';
import { aliasIndex, MAX_NODE_DEPTH, toData, walkData } from './yaml-data';
import { COMPOSE_OPTIONS, composeFast } from './fast-compose';

/** Bigger files are refused with a finding rather than parsed. */
export const MAX_FILE_CHARS = 32 * 1024 * 1024;
/**
 * Deeper nesting than this (flow brackets, or indentation columns) is refused before yaml
 * sees it: yaml composes recursively, and past ~700 levels the stack overflows; V8 may
 * then abort the whole process on a later parse (a regexp recompiled without stack left).
 * A real runbook nests fewer than 10 levels.
 */
export const MAX_FLOW_DEPTH = 100;
export const MAX_INDENT_COLUMNS = 400;

export interface SyntaxProblem {
  message: string;
  range: OffsetRange;
  /** `schema` for problems that are about content (duplicate keys, empty file). */
  kind: 'yaml-syntax' | 'schema';
  /** Key of the message in the core catalogue (l10n), for problems the parser words itself. */
  messageId?: string;
  args?: Record<string, string | number>;
}

export interface PhaseEntry {
  index: number;
  node: YAMLMap;
  id?: string;
  title?: string;
  steps: StepEntry[];
  /** The `steps:` sequence, when it is one. */
  stepsNode?: YAMLSeq;
}

export interface StepEntry {
  /** Position in the whole runbook, 0-based, in file order. */
  index: number;
  indexInPhase: number;
  phase: PhaseEntry;
  node: YAMLMap;
  action?: string;
  id?: string;
  /**
   * The alias this occurrence of the step is reached through (`- *m`, or an alias of its
   * phase or of its `steps:` list): its node is the anchored text elsewhere. The lint
   * engine reports findings about it at the alias, without fixes.
   */
  via?: Alias;
}

export interface ServerEntry {
  index: number;
  node: YAMLMap;
  name?: string;
}

export interface ParsedRunbook {
  /**
   * The text as parsed: old-Mac line breaks (a CR alone) read as LF, one character for
   * one, so every offset is the same as in the file.
   */
  text: string;
  lineCounter: LineCounter;
  doc?: Document.Parsed;
  /** Problems that stop everything else (broken YAML, binary data, alias bombs). */
  fatal: SyntaxProblem[];
  /** Problems that are reported but let linting go on (duplicate keys, empty file). */
  problems: SyntaxProblem[];
  root?: YAMLMap;
  /**
   * The document as plain data (yaml-data.ts: dates as text, aliases shared), built on
   * first read (tests and tools; linting never reads it); undefined after a fatal problem.
   */
  readonly data?: unknown;
  organization?: YAMLMap;
  target?: YAMLMap;
  servers: ServerEntry[];
  phases: PhaseEntry[];
  steps: StepEntry[];
  /** The file's line ending, for inserted text (the lint engine writes a CR-only file's edits with CR). */
  eol: '\n' | '\r\n' | '\r';
}

/**
 * Parses a runbook in named stages, each of which may stop with a fatal problem:
 * read the text (line breaks, size, binary, nesting), compose it with yaml, report its
 * syntax errors, check its keys and aliases (one walk), then index the outline.
 */
export function parseRunbook(
  source: string,
  composeText: (text: string) => Document.Parsed = compose,
  nestingChecked = false,
): ParsedRunbook {
  const result = emptyResult(source);
  if (refuseUnreadable(result, nestingChecked)) return result;
  // The incremental analysis (analysis-splice.ts) passes its own compose: the previous
  // Document with the edited block parsed again; every later stage runs as for a full parse.
  const doc = composeText(result.text);
  result.doc = doc;
  countLines(result);
  if (syntaxProblems(result, doc)) return result;
  if (contentProblems(result, doc)) return result;
  if (aliasProblems(result, doc)) return result;
  indexOutline(result, doc);
  return result;
}

/** The text as parsed (`ParsedRunbook.text`): a CR alone read as LF, one character for one. */
export function readText(source: string): string {
  return source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
}

function emptyResult(source: string): ParsedRunbook {
  // YAML (and every editor) reads a CR alone as a line break; yaml and the rules look for
  // LF only, so a CR-only file read as one line ("the file is empty", a syntax error at 1:10).
  const text = readText(source);
  const result = {
    text,
    lineCounter: new LineCounter(),
    fatal: [],
    problems: [],
    servers: [],
    phases: [],
    steps: [],
    eol: eolOf(source),
  } as ParsedRunbook;
  // The document as plain data, made only when asked for (tests and tools): linting
  // validates step by step and never copies the whole document (schema.ts).
  let data: { value: unknown } | undefined;
  Object.defineProperty(result, 'data', {
    enumerable: false,
    get: () => {
      if (!result.doc || result.fatal.length > 0 || !data) {
        if (!result.doc || result.fatal.length > 0) return undefined;
        const converted = toData(result.doc);
        data = { value: 'data' in converted ? converted.data : undefined };
      }
      return data.value;
    },
  });
  return result;
}

/** Text that is too large, binary or nested too deep for yaml: a fatal problem, and no parse. */
function refuseUnreadable(result: ParsedRunbook, nestingChecked: boolean): boolean {
  const text = result.text;
  if (text.length > MAX_FILE_CHARS) {
    result.fatal.push({
      kind: 'yaml-syntax',
      message: `the file is ${Math.round(text.length / 1048576)} MB; runbooks larger than ${MAX_FILE_CHARS / 1048576} MB are not read`,
      messageId: 'parse.tooLarge',
      args: { size: Math.round(text.length / 1048576), limit: MAX_FILE_CHARS / 1048576 },
      range: { start: 0, end: 0 },
    });
    return true;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0 || looksBinary(text)) {
    result.lineCounter.addNewLine(0);
    result.fatal.push({
      kind: 'yaml-syntax',
      message: 'the file is binary, not YAML text',
      messageId: 'parse.binary',
      range: { start: 0, end: 0 },
    });
    return true;
  }
  // The incremental analysis checked the edited lines and knows the rest unchanged.
  const deep = nestingChecked ? undefined : tooDeep(text);
  if (deep !== undefined) {
    result.fatal.push({
      kind: 'yaml-syntax',
      message: `the YAML nests deeper than a runbook can (more than ${MAX_FLOW_DEPTH} levels of brackets or ${MAX_INDENT_COLUMNS} columns of indentation)`,
      messageId: 'parse.tooDeep',
      args: { depth: MAX_FLOW_DEPTH, columns: MAX_INDENT_COLUMNS },
      range: { start: deep, end: Math.min(deep + 1, text.length) },
    });
    return true;
  }
  return false;
}

/**
 * yaml's Document of the text: the one parse; everything after works from its nodes. The
 * fast composer (fast-compose.ts) reads the block-YAML subset runbooks are written in and
 * gives the very Document yaml gives; anything else is composed by yaml itself.
 */
export function compose(text: string): Document.Parsed {
  return composeFast(text) ?? parseDocument(text, COMPOSE_OPTIONS);
}

/**
 * Line starts from the text itself: yaml's lexer misses line breaks inside a broken flow
 * collection (a stray `]`), and every later position would be off.
 */
function countLines(result: ParsedRunbook): void {
  const { text, lineCounter } = result;
  lineCounter.lineStarts.length = 0;
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

/** yaml's errors as fatal problems, one per line (the first says what is wrong). */
function syntaxProblems(result: ParsedRunbook, doc: Document.Parsed): boolean {
  const linesWithSyntaxErrors = new Set<number>();
  for (const error of doc.errors) {
    const problem = syntaxProblem(result.text, error.pos, error.message, error.code);
    // One broken line makes yaml report several errors on it; the first one says what is wrong.
    const line = result.lineCounter.linePos(problem.range.start).line;
    if (linesWithSyntaxErrors.has(line)) continue;
    linesWithSyntaxErrors.add(line);
    result.fatal.push(problem);
  }
  return result.fatal.length > 0;
}

function syntaxProblem(text: string, [start, end]: [number, number], message: string, code: string): SyntaxProblem {
  const problem: SyntaxProblem = {
    kind: 'yaml-syntax',
    message: cleanYamlMessage(message, code),
    range: { start, end: Math.max(end, start) },
  };
  if (code === 'MULTIPLE_DOCS') {
    // yaml's range covers the whole second document; its first line says where it starts.
    problem.range = firstLineRange(text, { range: [start, end, end] } as Node);
    problem.messageId = 'parse.multipleDocuments';
    problem.message =
      'a runbook is one YAML document, but a second one starts here (after `---` or `...`); split the file into one runbook each';
  } else if (code === 'TAB_AS_INDENT') {
    problem.messageId = 'parse.tabs';
  } else {
    // The yaml library words its errors in English only: other languages name its error code instead.
    problem.messageId = 'parse.yaml';
    problem.args = { detail: problem.message, code };
  }
  return problem;
}

/** Repeated keys (reported, linting goes on) and an empty file (nothing more to read). */
function contentProblems(result: ParsedRunbook, doc: Document.Parsed): boolean {
  for (const key of aliasIndex(doc).duplicateKeys) {
    result.problems.push({
      kind: 'schema',
      message: 'this key appears twice in the same mapping; keep one',
      messageId: 'parse.duplicateKey',
      range: { start: key.range![0], end: key.range![1] },
    });
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    result.problems.push({
      kind: 'schema',
      message:
        'the file is empty: a runbook needs `runbook: 1`, `title`, `organization`, `servers`, `target` and `phases`',
      messageId: 'parse.empty',
      range: { start: 0, end: 0 },
    });
    return true;
  }
  return false;
}

/**
 * Aliases are checked before anything follows them: one that names a value it sits in
 * would make that value contain itself, and every walk over it endless; one that expands
 * past the limit is an alias bomb. The expansion is counted without building anything.
 */
function aliasProblems(result: ParsedRunbook, doc: Document.Parsed): boolean {
  const aliases = aliasIndex(doc);
  const aliasProblem = (alias: Alias, messageId: string, message: string, args: Record<string, string | number>) => {
    const range = alias.range ? { start: alias.range[0], end: alias.range[1] } : { start: 0, end: 0 };
    result.fatal.push({ kind: 'yaml-syntax', message, messageId, args, range });
    return true;
  };
  const named = (alias: Alias, messageId: string, message: (name: string) => string) =>
    aliasProblem(alias, messageId, message(alias.source), { name: alias.source });
  // An alias before its anchor is a plain mistake, not a resource attack: name it.
  if (aliases.unresolved)
    return named(
      aliases.unresolved,
      'parse.unresolvedAlias',
      (name) =>
        `the alias \`*${name}\` has no anchor \`&${name}\` before it: set the anchor first, or write the value out`,
    );
  if (aliases.recursive)
    return named(
      aliases.recursive,
      'parse.recursiveAlias',
      (name) =>
        `the alias \`*${name}\` sits inside the value its anchor \`&${name}\` names, so that value would contain itself: write the value out`,
    );
  // Without aliases or merge keys nothing can expand, and the nesting is bounded by refuseUnreadable.
  if (!aliases.first && !doc.schema.tags.some((tag) => tag.tag === 'tag:yaml.org,2002:merge')) return false;
  const measured = walkData(doc, doc.contents, { measureOnly: true });
  if (!('refused' in measured)) return false;
  const refusal = measured.refused;
  if (refusal.kind === 'aliasBomb') {
    const limit = refusal.limit;
    return aliasProblem(
      aliases.first!,
      'parse.aliasBomb',
      `aliases expand to more than ${limit} nodes (an alias bomb); write the values out instead of nesting aliases`,
      { limit },
    );
  }
  result.fatal.push(
    refusal.kind === 'merge'
      ? {
          kind: 'yaml-syntax',
          message: `the document cannot be read: ${refusal.message}`,
          messageId: 'parse.mergeSource',
          args: { detail: refusal.message },
          range: { start: 0, end: 0 },
        }
      : {
          kind: 'yaml-syntax',
          message: `the document cannot be read: it nests deeper than ${MAX_NODE_DEPTH} levels`,
          messageId: 'parse.nodeDepth',
          args: { depth: MAX_NODE_DEPTH },
          range: { start: 0, end: 0 },
        },
  );
  return true;
}

/** The parts the rules and the editor look up: organization, target, servers, phases and steps. */
function indexOutline(result: ParsedRunbook, doc: Document.Parsed): void {
  if (!isMap(doc.contents)) return;
  const root = doc.contents;
  result.root = root;
  const organization = resolve(doc, root.get('organization', true));
  if (isMap(organization)) result.organization = organization;
  const target = resolve(doc, root.get('target', true));
  if (isMap(target)) result.target = target;
  const servers = resolve(doc, root.get('servers', true));
  if (isSeq(servers)) {
    servers.items.forEach((item, index) => {
      const node = resolve(doc, item as Node);
      if (isMap(node)) result.servers.push({ index, node, name: stringValue(doc, node.get('name', true)) });
    });
  }
  const phases = resolve(doc, root.get('phases', true));
  if (isSeq(phases)) phases.items.forEach((item, index) => indexPhase(result, doc, item, index));
}

function indexPhase(result: ParsedRunbook, doc: Document.Parsed, item: unknown, index: number): void {
  const node = resolve(doc, item as Node);
  const phaseVia = isAlias(item) ? item : undefined;
  if (!isMap(node)) return;
  const phase: PhaseEntry = {
    index,
    node,
    id: stringValue(doc, node.get('id', true)),
    title: stringValue(doc, node.get('title', true)),
    steps: [],
  };
  result.phases.push(phase);
  const stepsItem = node.get('steps', true);
  const steps = resolve(doc, stepsItem);
  if (!isSeq(steps)) return;
  const stepsVia = phaseVia ?? (isAlias(stepsItem) ? stepsItem : undefined);
  phase.stepsNode = steps;
  steps.items.forEach((stepItem, indexInPhase) => {
    const stepNode = resolve(doc, stepItem as Node);
    if (!isMap(stepNode)) return;
    const step: StepEntry = {
      index: result.steps.length,
      indexInPhase,
      phase,
      node: stepNode,
      action: stringValue(doc, stepNode.get('action', true)),
      id: stringValue(doc, stepNode.get('id', true)),
    };
    const via = stepsVia ?? (isAlias(stepItem) ? stepItem : undefined);
    if (via) step.via = via;
    phase.steps.push(step);
    result.steps.push(step);
  });
}

/**
 * Where the text first nests too deep, or undefined. A lexical estimate, cheap enough for
 * every keystroke: flow brackets outside quotes and comments, and each line's indentation
 * (spaces plus compact `- ` items), which bounds block nesting. Quotes are taken to end
 * with their line, so a stray apostrophe cannot hide brackets from the count.
 */
function tooDeep(text: string, brackets?: number[]): number | undefined {
  let flow = 0;
  let quote = 0;
  // Only these characters matter; the regexp engine skips the rest far faster than a loop.
  const structure = /[\n"'#[\]{}\\]/g;
  // Where the line's content starts, or -1 - offset when its indentation is too deep.
  const skipIndent = (start: number): number => {
    let column = 0;
    for (let i = start; ; i++) {
      const c = text.charCodeAt(i);
      // 32 space, 45 '-', 63 '?', 58 ':' followed by a space: more indentation.
      if (c !== 32 && !((c === 45 || c === 63 || c === 58) && text.charCodeAt(i + 1) === 32)) return i;
      if (++column > MAX_INDENT_COLUMNS) return -1 - i;
    }
  };
  let next = skipIndent(0);
  if (next < 0) return -1 - next;
  structure.lastIndex = next;
  for (let match = structure.exec(text); match; match = structure.exec(text)) {
    const i = match.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      quote = 0;
      next = skipIndent(i + 1);
      if (next < 0) return -1 - next;
      structure.lastIndex = next;
      continue;
    }
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 92 && quote === 34) structure.lastIndex = i + 2; // a backslash escape inside "…"
      continue;
    }
    if (c === 92) continue;
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    if (c === 35 && isBlank(before)) {
      // A comment: go on at the end of the line.
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      structure.lastIndex = eol;
    } else if ((c === 34 || c === 39) && startsToken(before)) {
      quote = c;
    } else if (c === 91 || c === 123) {
      brackets?.push(c);
      if (++flow > MAX_FLOW_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      brackets?.push(c);
      if (flow > 0) flow--;
    }
  }
  return undefined;
}

/**
 * The brackets `tooDeep` counts in whole lines of text, in order, or undefined when the
 * lines alone nest too deep or a line ends in a backslash (the count then runs on into the
 * next line). Two blocks with the same brackets leave every depth the count reaches after
 * them unchanged: the incremental analysis (analysis-splice.ts) skips the scan of the
 * whole text when the edited block's brackets did not change.
 */
export function nestingSignature(lines: string): string | undefined {
  if (lines.includes('\\\n')) return undefined;
  const brackets: number[] = [];
  if (tooDeep(lines, brackets) !== undefined) return undefined;
  return String.fromCharCode(...brackets);
}

/** A space, a tab or a line break (the start of the text counts as a space): a `#` after it starts a comment. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** Whether a quote after this character opens a quoted scalar: after a blank, `[`, `{`, `,` or `:`. */
function startsToken(before: number): boolean {
  return isBlank(before) || before === 91 || before === 123 || before === 44 || before === 58;
}

function eolOf(source: string): ParsedRunbook['eol'] {
  const head = source.slice(0, 10000);
  if (head.includes('\r\n')) return '\r\n';
  return head.includes('\r') && !source.includes('\n') ? '\r' : '\n';
}

function looksBinary(text: string): boolean {
  // Control characters other than tab, newline and carriage return, or the replacement
  // character that a non-UTF-8 byte decodes to, in the first 8 KB: not a text file.
  const head = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd > 0 && odd / Math.max(head.length, 1) > 0.01;
}

function cleanYamlMessage(message: string, code: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'TAB_AS_INDENT') return 'tabs are not allowed for indentation in YAML; indent with spaces';
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** Follows an alias to its anchored node (none for a recursive alias). */
export function resolve(doc: Document | undefined, node: unknown): Node | undefined {
  if (isAlias(node)) return doc ? aliasIndex(doc).targets.get(node) : undefined;
  return (node ?? undefined) as Node | undefined;
}

/**
 * The value as a string: scalars of any type are stringified (so `version: 2016` reads
 * as "2016", as the schema asks), other nodes give undefined.
 */
export function stringValue(doc: Document | undefined, node: unknown): string | undefined {
  const n = resolve(doc, node);
  if (!isScalar(n) || n.value === null || n.value === undefined) return undefined;
  if (typeof n.value === 'number' && n.source) return n.source;
  return String(n.value);
}

export function getPair(map: YAMLMap | undefined, key: string): Pair<Scalar, Node> | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (!isScalar(item.key)) continue;
    // Most keys are strings: compared as they are, without String() on each.
    const value = item.key.value;
    if (value === key || (typeof value !== 'string' && String(value) === key)) return item as Pair<Scalar, Node>;
  }
  return undefined;
}

export function fieldNode(map: YAMLMap | undefined, key: string, doc?: Document): Node | undefined {
  return resolve(doc, getPair(map, key)?.value ?? undefined);
}

export function fieldString(map: YAMLMap | undefined, key: string, doc?: Document): string | undefined {
  return stringValue(doc, getPair(map, key)?.value);
}

/** A field that may be one name or a list of names (`from: [A, B]`). */
export function fieldStrings(map: YAMLMap | undefined, key: string, doc?: Document): { value: string; node: Node }[] {
  const node = fieldNode(map, key, doc);
  if (isSeq(node)) {
    return node.items.flatMap((item) => {
      const value = stringValue(doc, item);
      return value === undefined ? [] : [{ value, node: item as Node }];
    });
  }
  const value = stringValue(doc, node);
  return value === undefined || !node ? [] : [{ value, node }];
}

export function fieldNumber(map: YAMLMap | undefined, key: string, doc?: Document): number | undefined {
  const n = fieldNode(map, key, doc);
  if (isScalar(n) && typeof n.value === 'number') return n.value;
  if (isScalar(n) && typeof n.value === 'string' && /^\d+$/.test(n.value)) return Number(n.value);
  return undefined;
}

export function fieldBoolean(map: YAMLMap | undefined, key: string, doc?: Document): boolean | undefined {
  const n = fieldNode(map, key, doc);
  if (isScalar(n) && typeof n.value === 'boolean') return n.value;
  return undefined;
}

/** Offsets of a node's value (without trailing comments/whitespace). */
export function nodeRange(node: Node | null | undefined): OffsetRange | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/**
 * The first line of a step (or any map item in a sequence): from the map's start to the
 * end of that line, which is what the editor underlines for a finding about the step.
 */
export function firstLineRange(text: string, node: Node): OffsetRange {
  const start = node.range ? node.range[0] : 0;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  if (text[end - 1] === '\r') end--;
  // Leave a trailing comment out of the underline.
  const line = text.slice(start, end);
  const hash = line.search(/\s#/);
  if (hash > 0) end = start + hash;
  return { start, end: Math.max(end, start) };
}

export function toSourceRange(parsed: Pick<ParsedRunbook, 'lineCounter' | 'text'>, range: OffsetRange): SourceRange {
  const textLength = parsed.text.length;
  const offset = Math.min(Math.max(range.start, 0), textLength);
  const endOffset = Math.min(Math.max(range.end, offset), textLength);
  const start = linePos(parsed, offset);
  const end = linePos(parsed, endOffset);
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col, offset, endOffset };
}

function linePos(parsed: Pick<ParsedRunbook, 'lineCounter' | 'text'>, offset: number): { line: number; col: number } {
  if (parsed.lineCounter.lineStarts.length === 0) {
    // Not parsed (binary or huge file): count lines by hand.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (parsed.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, col: offset - lineStart + 1 };
  }
  const pos = parsed.lineCounter.linePos(offset);
  // A byte-order mark is invisible in every editor: line 1's columns start after it.
  if (pos.line === 1 && parsed.text.charCodeAt(0) === 0xfeff) return { line: 1, col: Math.max(1, pos.col - 1) };
  return pos;
}

export { isMap, isSeq, isScalar };
export type { YAMLMap, YAMLSeq, Node, Pair, Scalar };
