// A composer for the block-YAML subset runbooks are written in, several times faster than
// yaml's parseDocument (lexer, CST parser and composer in one pass over the lines, no
// tokens in between). It builds yaml's own Document, with the same nodes, ranges, values,
// scalar types, comments and blank-line flags that parseDocument gives for the same text
// (test/unit/fast-compose.test.ts compares them node by node over the fixtures, the
// examples, the benchmark's runbooks and thousands of random edits of them).
//
// It reads only what it can read exactly and gives up (undefined) at anything else, for
// parse.ts to compose with yaml: tabs, CRs outside CRLF line breaks, control characters, byte-order marks,
// directives and document markers, anchors, aliases, tags, explicit keys, flow maps,
// nested flow collections, comments inside or after flow collections, multi-line plain
// or quoted scalars, block scalars with indicators other than `|`, `|-`, `>`, `>-` or
// with lines that yaml reads in special ways, empty sequence items, lines indented where
// no collection starts, comments at an indentation other than the line after them, a
// root that is not a block map, and anything yaml would report an error or warning for.
//
// Every line is looked at a bounded number of times and no regular expression runs on
// user text, so the time is linear in the text; nesting is bounded by MAX_DEPTH.
import { Document, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Schema } from 'yaml';

/**
 * The options parse.ts composes with. logLevel 'error': yaml's warnings (e.g. a `? [a, b]`
 * key) would go to process.emitWarning and stderr; the schema rule reports such keys
 * itself. No lineCounter: yaml would only fill it (its messages are not prettified), and
 * parse.ts counts lines anyway. uniqueKeys false: yaml compares each key with every
 * earlier key of its mapping, which is quadratic (40,000 keys: minutes); the alias walk
 * (yaml-data.ts) does the same check in one pass.
 */
export const COMPOSE_OPTIONS = {
  prettyErrors: false,
  keepSourceTokens: false,
  logLevel: 'error',
  uniqueKeys: false,
} as const;

/** Deeper block nesting than this is left to yaml (and to parse.ts's depth checks). */
const MAX_DEPTH = 64;

/** Thrown inside the composer when the text leaves the subset; caught at the top. */
const GIVE_UP = Symbol('give up');

type ScalarTag = Schema['tags'][number];

/** Character codes. */
const NL = 10;
const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;
const CR = 13;

/** What the lines between two nodes (blank lines and comments) give the next node. */
interface Props {
  spaceBefore: boolean;
  comment: string;
}

const NO_PROPS: Props = { spaceBefore: false, comment: '' };

/** The state of yaml's props while reading the lines between two nodes. */
interface GapState {
  comment: string;
  commentSep: string;
  spaceBefore: boolean;
  atNewline: boolean;
}

function newGap(atNewline: boolean): GapState {
  return { comment: '', commentSep: '', spaceBefore: false, atNewline };
}

function decorate(node: { spaceBefore?: boolean; commentBefore?: string | null }, props: Props): void {
  if (props.spaceBefore) node.spaceBefore = true;
  if (props.comment) node.commentBefore = props.comment;
}

/** yaml's Document of `text`, or undefined when the text is outside the subset. */
export function composeFast(text: string): Document.Parsed | undefined {
  if (!plainText(text)) return undefined;
  try {
    return new FastComposer(text).document();
  } catch {
    // GIVE_UP, or anything unforeseen: yaml composes the text, as for any text outside the subset.
    return undefined;
  }
}

/** No tabs, CRs but in CRLF, control or special line-break characters, byte-order marks or lone surrogates. */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < SPACE) {
      // A CR only as part of a CRLF line break.
      if (c !== NL && !(c === CR && text.charCodeAt(i + 1) === NL)) return false;
    } else if (c >= 0x7f) {
      if (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
      if (c >= 0xd800 && c <= 0xdfff) {
        // A surrogate pair is one character; a lone surrogate is not text.
        const next = text.charCodeAt(i + 1);
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
        i++;
      }
    }
  }
  return true;
}

function giveUp(): never {
  throw GIVE_UP;
}

class FastComposer {
  private readonly text: string;
  private readonly length: number;
  private schema!: Schema;
  /** Plain-scalar tags of the schema, in yaml's order of trial (those with a test). */
  private tags: ScalarTag[] = [];
  private strTag!: ScalarTag;
  private doc!: Document.Parsed;
  private depth = 0;

  // The current line: its start, the column of its first non-space, its end (the `\n` or the text's end).
  private lineStart = 0;
  private indent = 0;
  private contentStart = 0;
  private lineEnd = 0;
  /** After the line's break (`\n` or `\r\n`), or the text's end; `newline` is that break. */
  private breakEnd = 0;
  private newline = '';
  /** Whether the current line (at lineStart) exists: false at the end of the text. */
  private atLine = false;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  document(): Document.Parsed {
    this.setLine(0);
    const prelude = this.prelude();
    // The root: a block map at column 0.
    if (!this.atLine || this.indent !== 0 || this.text.charCodeAt(this.lineStart) === 37) giveUp();
    const start = this.lineStart;
    this.doc = parseDocument('', COMPOSE_OPTIONS) as Document.Parsed;
    if (this.doc.errors.length > 0 || this.doc.warnings.length > 0) giveUp();
    this.schema = this.doc.schema;
    for (const tag of this.schema.tags) {
      if (tag.default === true && !tag.collection && tag.test) this.tags.push(tag);
    }
    const str = this.schema.tags.find((tag) => tag.tag === 'tag:yaml.org,2002:str');
    if (!str) return giveUp();
    this.strTag = str;
    const root = this.blockMap(0, NO_PROPS);
    if (this.atLine) giveUp();
    const contentEnd = root.range![2];
    const docComment = this.trailer(contentEnd);
    if (prelude.comment) {
      if (prelude.afterEmptyLine) this.doc.commentBefore = prelude.comment;
      else {
        const key = (root.items[0] as Pair<Scalar>).key;
        key.commentBefore = key.commentBefore ? `${prelude.comment}\n${key.commentBefore}` : prelude.comment;
      }
    }
    this.doc.contents = root as unknown as YAMLMap.Parsed;
    if (docComment) this.doc.comment = docComment;
    this.doc.range = [start, contentEnd, this.length];
    return this.doc;
  }

  /**
   * Lines before the first content line, blank or comments at column 0: yaml's prelude,
   * which goes to the document (when a blank line follows its last comment) or to the first key.
   */
  private prelude(): { comment: string; afterEmptyLine: boolean } {
    let comment = '';
    let afterEmptyLine = false;
    while (this.atLine && this.isGapLine()) {
      if (this.isCommentLine()) {
        if (this.indent !== 0) giveUp();
        comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + this.commentText(this.contentStart);
        afterEmptyLine = false;
      } else afterEmptyLine = true;
      if (!this.newline) giveUp();
      this.nextLine();
    }
    return { comment, afterEmptyLine };
  }

  /** After the root, from `from`: blank lines and comments at column 0, the document's comment (resolve-end.ts). */
  private trailer(from: number): string {
    let comment = '';
    let sep = '';
    for (this.setLine(from); this.atLine; this.nextLine()) {
      if (!this.isGapLine()) giveUp();
      if (this.isCommentLine()) {
        if (this.indent !== 0) giveUp();
        const c = this.commentText(this.contentStart);
        comment = comment ? comment + sep + c : c;
        sep = '';
      }
      if (comment) sep += this.newline;
    }
    return comment;
  }

  // ---- lines -------------------------------------------------------------------------

  private setLine(start: number): void {
    const text = this.text;
    this.lineStart = start;
    this.atLine = start < this.length;
    if (!this.atLine) {
      this.indent = 0;
      this.contentStart = this.lineEnd = this.breakEnd = this.length;
      this.newline = '';
      return;
    }
    // `---` or `...` at a line's start: a document marker (or close to one): left to yaml.
    const first = text.charCodeAt(start);
    if (
      (first === DASH || first === 46) &&
      text.charCodeAt(start + 1) === first &&
      text.charCodeAt(start + 2) === first
    )
      giveUp();
    let i = start;
    while (text.charCodeAt(i) === SPACE) i++;
    this.indent = i - start;
    this.contentStart = i;
    const nl = text.indexOf('\n', i);
    if (nl < 0) {
      this.lineEnd = this.breakEnd = this.length;
      this.newline = '';
    } else if (nl > i && text.charCodeAt(nl - 1) === CR) {
      this.lineEnd = nl - 1;
      this.breakEnd = nl + 1;
      this.newline = '\r\n';
    } else {
      this.lineEnd = nl;
      this.breakEnd = nl + 1;
      this.newline = '\n';
    }
  }

  private nextLine(): void {
    this.setLine(this.breakEnd);
  }

  /** Where the current line's break ends (after the `\n`, or the text's end). */
  private afterLine(): number {
    return this.breakEnd;
  }

  private isGapLine(): boolean {
    return this.contentStart === this.lineEnd || this.text.charCodeAt(this.contentStart) === HASH;
  }

  private isCommentLine(): boolean {
    return this.contentStart < this.lineEnd && this.text.charCodeAt(this.contentStart) === HASH;
  }

  /** A comment's text as yaml keeps it: after the `#`, a single space when empty. */
  private commentText(hash: number): string {
    return this.text.slice(hash + 1, this.lineEnd) || ' ';
  }

  /**
   * From the current line, the blank lines and comments before the next content line, as
   * yaml's props of the node that line starts (resolve-props.ts): blank lines before any
   * comment set spaceBefore, comments are joined by their line breaks. `state.atNewline`:
   * whether the gap starts at a line start (false right after a `key:`). Each comment must
   * sit at the indentation of the next content line, or column 0 at the end (elsewhere yaml
   * gives it to other nodes).
   */
  private gap(state: GapState): void {
    let commentIndent = -1;
    while (this.atLine && this.isGapLine()) {
      if (this.isCommentLine()) {
        if (commentIndent >= 0 && commentIndent !== this.indent) giveUp();
        commentIndent = this.indent;
        const c = this.commentText(this.contentStart);
        state.comment = state.comment ? state.comment + state.commentSep + c : c;
        state.commentSep = '';
        state.atNewline = false;
      }
      if (this.newline) {
        if (state.atNewline) {
          if (state.comment) state.comment += this.newline;
          else state.spaceBefore = true;
        } else state.commentSep += this.newline;
        state.atNewline = true;
      }
      this.nextLine();
    }
    if (commentIndent >= 0 && commentIndent !== (this.atLine ? this.indent : 0)) giveUp();
  }

  /**
   * The props of the next item after a collection's item: the lines read after it, or those
   * a nested collection read after its own last item (yaml moves them up to this item).
   */
  private nextProps(): Props {
    const state = newGap(true);
    this.gap(state);
    const carried = this.carry;
    this.carry = undefined;
    if (carried) {
      if (state.comment || state.spaceBefore) giveUp();
      return carried;
    }
    return { spaceBefore: state.spaceBefore, comment: state.comment };
  }

  /**
   * Blank lines and comments read after a collection's last item that belong to the next
   * item of an enclosing collection (yaml moves them up the same way).
   */
  private carry: Props | undefined;

  // ---- collections -------------------------------------------------------------------

  /**
   * A block map whose first key is at contentStart of the current line; `column` is its
   * indentation (after `- `, the key's column, not the line's indentation).
   */
  private blockMap(column: number, first: Props): YAMLMap {
    if (++this.depth > MAX_DEPTH) giveUp();
    const map = new YAMLMap(this.schema);
    const start = this.contentStart;
    let props = first;
    let end: number;
    for (;;) {
      const pair = this.mapEntry(column, props);
      map.items.push(pair);
      end = (pair.value as Scalar).range![2];
      props = this.nextProps();
      // The next entry: a line at the map's column that is not a `- ` (an enclosing
      // compact list's next item); a shallower line ends the map.
      if (!this.atLine || this.indent < column || this.dashLine(column)) break;
      if (this.indent > column) giveUp();
    }
    if (props.comment || props.spaceBefore) this.carry = props;
    map.range = [start, end, end];
    this.depth--;
    return map;
  }

  /** A block sequence whose first `-` is at contentStart of the current line, at `column`. */
  private blockSeq(column: number): YAMLSeq {
    if (++this.depth > MAX_DEPTH) giveUp();
    const seq = new YAMLSeq(this.schema);
    const start = this.contentStart;
    let props = NO_PROPS;
    let end: number;
    for (;;) {
      const node = this.seqItem(column, props);
      seq.items.push(node);
      end = node.range![2];
      props = this.nextProps();
      if (!this.atLine || this.indent < column) break;
      if (this.indent > column) giveUp();
      // A key at the list's column: the list was a compact value of that key's map.
      if (!this.dashLine(column)) break;
    }
    if (props.comment || props.spaceBefore) this.carry = props;
    seq.range = [start, end, end];
    this.depth--;
    return seq;
  }

  /** Whether the current line is a `- ` item at `column`. */
  private dashLine(column: number): boolean {
    return (
      this.indent === column &&
      this.text.charCodeAt(this.contentStart) === DASH &&
      this.isDashIndicator(this.contentStart)
    );
  }

  /** Whether the `-` at `i` is a sequence item indicator (followed by a space or the line's end). */
  private isDashIndicator(i: number): boolean {
    return i + 1 === this.lineEnd || this.text.charCodeAt(i + 1) === SPACE;
  }

  /** One `key: value` entry at contentStart of the current line. */
  private mapEntry(column: number, props: Props): Pair {
    const text = this.text;
    const key = this.key(this.contentStart);
    if (props.spaceBefore) key.spaceBefore = true;
    if (props.comment) key.commentBefore = props.comment;
    let i = key.range![1];
    while (text.charCodeAt(i) === SPACE) i++;
    if (text.charCodeAt(i) !== COLON) giveUp();
    i++;
    const colonEnd = i;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    if (i === colonEnd && i < this.lineEnd) giveUp();
    // A value on the key's line.
    if (i < this.lineEnd && text.charCodeAt(i) !== HASH) return new Pair(key, this.inlineValue(i, column));
    // `key:`, perhaps with a comment: a block collection on the next lines, or an empty value.
    const emptyAt = i;
    const state = newGap(false);
    if (i < this.lineEnd) state.comment = this.commentText(i);
    if (!this.newline) giveUp();
    state.commentSep = this.newline;
    state.atNewline = true;
    this.nextLine();
    this.gap(state);
    const valueProps: Props = { spaceBefore: state.spaceBefore, comment: state.comment };
    if (this.atLine && this.indent >= column) {
      if (this.dashLine(this.indent)) {
        const seq = this.blockSeq(this.indent);
        decorate(seq, valueProps);
        return new Pair(key, seq);
      }
      if (this.indent > column) {
        const map = this.blockMap(this.indent, NO_PROPS);
        decorate(map, valueProps);
        return new Pair(key, map);
      }
    }
    // An empty value (null) before a sibling key, or before a shallower line with nothing
    // between (yaml keeps blank lines and comments there in places this does not model).
    if (!this.atLine || valueProps.comment) giveUp();
    if (valueProps.spaceBefore) {
      if (this.indent !== column || this.dashLine(column)) giveUp();
      // yaml gives the blank lines to the next key.
      this.carry = { spaceBefore: true, comment: '' };
    }
    return new Pair(key, this.resolvePlain('', emptyAt, emptyAt, emptyAt));
  }

  /** One `- item` at contentStart of the current line. */
  private seqItem(column: number, props: Props): YAMLMap | YAMLSeq | Scalar {
    const text = this.text;
    let i = this.contentStart + 1;
    while (i < this.lineEnd && text.charCodeAt(i) === SPACE) i++;
    // `-` alone, `- # comment` or `- - x`: left to yaml.
    if (i === this.lineEnd) giveUp();
    const c = text.charCodeAt(i);
    if (c === HASH || (c === DASH && this.isDashIndicator(i))) giveUp();
    let node: YAMLMap | YAMLSeq | Scalar;
    if (this.startsKey(i)) {
      // A compact map: its keys at the column after `- `.
      this.contentStart = i;
      node = this.blockMap(i - this.lineStart, NO_PROPS);
    } else node = this.inlineValue(i, column);
    decorate(node, props);
    return node;
  }

  /** Whether the content at `i` (on the current line) is an implicit key followed by `:`. */
  private startsKey(i: number): boolean {
    const text = this.text;
    const end = this.lineEnd;
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) {
      const close = this.quoteEnd(i);
      let j = close;
      while (j < end && text.charCodeAt(j) === SPACE) j++;
      return text.charCodeAt(j) === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE);
    }
    for (let j = i; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) return true;
      if (d === HASH && text.charCodeAt(j - 1) === SPACE) return false;
    }
    return false;
  }

  // ---- scalars -----------------------------------------------------------------------

  /** An implicit key at `i`: a plain or quoted scalar on one line, followed by `:`. */
  private key(i: number): Scalar {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) return this.quoted(i);
    this.checkPlainStart(i);
    const end = this.lineEnd;
    for (let j = i; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) {
        let k = j;
        while (text.charCodeAt(k - 1) === SPACE) k--;
        // yaml refuses implicit keys longer than 1024 characters.
        if (k - i > 1000) giveUp();
        const source = text.slice(i, k);
        return this.resolvePlain(source, i, k, k);
      }
      if (d === HASH && text.charCodeAt(j - 1) === SPACE) giveUp();
    }
    return giveUp();
  }

  /** The first character of a plain scalar: no indicator (a `-` only before a non-space). */
  private checkPlainStart(i: number): void {
    const text = this.text;
    switch (text.charCodeAt(i)) {
      case DASH: {
        const next = text.charCodeAt(i + 1);
        if (i + 1 >= this.lineEnd || next === SPACE) giveUp();
        return;
      }
      case 63: // ?
      case COLON:
      case 44: // ,
      case 91: // [
      case 93: // ]
      case 123: // {
      case 125: // }
      case HASH:
      case 38: // &
      case 42: // *
      case 33: // !
      case 124: // |
      case 62: // >
      case APOSTROPHE:
      case QUOTE:
      case 37: // %
      case 64: // @
      case 96: // `
        giveUp();
    }
  }

  /**
   * A value on the current line from `i` (after `key: ` or `- `): a scalar, a flow list of
   * scalars or a block scalar. `column`: the indentation of the collection it is in (the
   * next content line must not be deeper: that would continue a plain scalar).
   */
  private inlineValue(i: number, column: number): Scalar | YAMLSeq {
    const text = this.text;
    const c = text.charCodeAt(i);
    let node: Scalar | YAMLSeq;
    let valueEnd: number;
    if (c === QUOTE || c === APOSTROPHE) {
      node = this.quoted(i);
      valueEnd = node.range![1];
    } else if (c === 91) {
      node = this.flowSeq(i);
      valueEnd = node.range![1];
    } else if (c === 124 || c === 62) {
      return this.blockScalar(i, column);
    } else {
      this.checkPlainStart(i);
      // To the end of the line or a ` #`; a `: ` in it would be a nested map (an error here).
      const end = this.lineEnd;
      let j = i;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === HASH && text.charCodeAt(j - 1) === SPACE) break;
        if (d === COLON && (j + 1 === end || text.charCodeAt(j + 1) === SPACE)) giveUp();
      }
      let k = j;
      while (text.charCodeAt(k - 1) === SPACE) k--;
      valueEnd = k;
      node = this.resolvePlain(text.slice(i, k), i, k, k);
    }
    // After the value: spaces, then the line's end or a comment.
    let j = valueEnd;
    while (j < this.lineEnd && text.charCodeAt(j) === SPACE) j++;
    if (j < this.lineEnd) {
      if (text.charCodeAt(j) !== HASH || j === valueEnd) giveUp();
      // A comment after a flow list: left to yaml.
      if (node instanceof YAMLSeq) giveUp();
      node.comment = this.commentText(j);
    }
    node.range![2] = this.afterLine();
    this.nextLine();
    return node;
  }

  /** Where the quoted scalar at `i` ends (after its closing quote), on the same line. */
  private quoteEnd(i: number): number {
    const text = this.text;
    const quote = text.charCodeAt(i);
    const end = this.lineEnd;
    for (let j = i + 1; j < end; j++) {
      const d = text.charCodeAt(j);
      if (quote === QUOTE && d === BACKSLASH) {
        j++;
        continue;
      }
      if (d === quote) {
        if (quote === APOSTROPHE && text.charCodeAt(j + 1) === APOSTROPHE) {
          j++;
          continue;
        }
        return j + 1;
      }
    }
    return giveUp();
  }

  /** The quoted scalar that starts at `start`, to its closing quote on the same line. */
  private quoted(start: number): Scalar {
    const text = this.text;
    const end = this.quoteEnd(start);
    const double = text.charCodeAt(start) === QUOTE;
    const inner = text.slice(start + 1, end - 1);
    let value: string;
    if (double) value = inner.includes('\\') ? unescapeDouble(inner) : inner;
    else value = inner.includes("''") ? inner.split("''").join("'") : inner;
    const scalar = new Scalar(value);
    scalar.range = [start, end, end];
    scalar.source = value;
    scalar.type = double ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
    return scalar;
  }

  /** A plain scalar's node: resolved by the schema's tags in yaml's order (core schema). */
  private resolvePlain(source: string, start: number, end: number, end2: number): Scalar {
    let tag = this.strTag;
    if (mayBeNonString(source)) {
      for (const t of this.tags) {
        if (t.test!.test(source)) {
          tag = t;
          break;
        }
      }
    }
    let failed = false;
    const resolve = tag.resolve as (value: string, onError: () => void, options: unknown) => unknown;
    const resolved = resolve.call(
      tag,
      source,
      () => {
        failed = true;
      },
      this.doc.options,
    );
    if (failed) giveUp();
    const scalar = resolved instanceof Scalar ? resolved : new Scalar(resolved);
    scalar.range = [start, end, end2];
    scalar.source = source;
    scalar.type = 'PLAIN';
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** `[a, "b"]` on one line: scalars only. */
  private flowSeq(open: number): YAMLSeq {
    const text = this.text;
    const seq = new YAMLSeq(this.schema);
    seq.flow = true;
    const end = this.lineEnd;
    let i = open + 1;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (text.charCodeAt(i) === 93) {
      seq.range = [open, i + 1, i + 1];
      return seq;
    }
    for (;;) {
      const item = this.flowItem(i);
      const j = item.range![1];
      let k = j;
      while (k < end && text.charCodeAt(k) === SPACE) k++;
      // yaml counts the spaces before `,` or `]` into the item.
      item.range![2] = k;
      seq.items.push(item);
      const d = text.charCodeAt(k);
      if (d === 93) {
        seq.range = [open, k + 1, k + 1];
        return seq;
      }
      if (d !== 44) giveUp();
      i = k + 1;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end || text.charCodeAt(i) === 93 || text.charCodeAt(i) === 44) giveUp();
    }
  }

  /** A scalar in a flow list at `i`: quoted, or plain without flow indicators, quotes, `:` or comments. */
  private flowItem(i: number): Scalar {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === APOSTROPHE) return this.quoted(i);
    this.checkPlainStart(i);
    const end = this.lineEnd;
    let j = i;
    for (; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 93) break;
      if (d === 91 || d === 123 || d === 125 || d === QUOTE || d === APOSTROPHE || d === COLON) giveUp();
      if (d === HASH && text.charCodeAt(j - 1) === SPACE) giveUp();
    }
    let k = j;
    while (text.charCodeAt(k - 1) === SPACE) k--;
    if (k === i) giveUp();
    return this.resolvePlain(text.slice(i, k), i, k, k);
  }

  /**
   * `|`, `|-`, `>` or `>-` and the lines indented deeper than `column` after it. Its range
   * runs through the line break of its last non-empty line; blank lines after that are the
   * next node's (spaceBefore).
   */
  private blockScalar(i: number, column: number): Scalar {
    const text = this.text;
    const folded = text.charCodeAt(i) === 62;
    let h = i + 1;
    let strip = false;
    if (text.charCodeAt(h) === DASH) {
      strip = true;
      h++;
    }
    // Only the plain header: no keep, indentation indicator or comment.
    if (h !== this.lineEnd || !this.newline) giveUp();
    this.nextLine();
    // Content lines: deeper than the collection's column, the first one non-empty.
    if (!this.atLine || this.contentStart === this.lineEnd || this.indent <= column) giveUp();
    const trim = this.indent;
    let value = '';
    let sep = '';
    let pendingBlank = '';
    let lastContentEnd = 0;
    while (this.atLine) {
      if (this.contentStart === this.lineEnd) {
        // An empty line: only when it holds no more spaces than the content's indentation.
        if (this.indent > trim) giveUp();
        pendingBlank += '\n';
        this.nextLine();
        continue;
      }
      if (this.indent < trim) {
        if (this.indent > column) giveUp();
        break;
      }
      if (this.indent > trim && folded) giveUp();
      const line = text.slice(this.lineStart + trim, this.lineEnd);
      if (!folded) value += sep + pendingBlank + line;
      else value += pendingBlank ? pendingBlank + line : sep + line;
      sep = folded ? ' ' : '\n';
      pendingBlank = '';
      lastContentEnd = this.afterLine();
      this.nextLine();
    }
    if (!strip) value += '\n';
    // Resume at the first line after the last content line: the blank lines after it are a gap.
    this.setLine(lastContentEnd);
    const scalar = new Scalar(value);
    scalar.range = [i, lastContentEnd, lastContentEnd];
    scalar.source = value;
    scalar.type = folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return scalar;
  }
}

/** Whether a plain scalar could resolve to something other than a string (null, bool, number). */
function mayBeNonString(source: string): boolean {
  if (source.length === 0) return true;
  const c = source.charCodeAt(0);
  // Digits, + - . ~, and the first letters of null, true, false (any case yaml accepts).
  return (
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === DASH ||
    c === 46 ||
    c === 126 ||
    c === 110 ||
    c === 78 ||
    c === 116 ||
    c === 84 ||
    c === 102 ||
    c === 70
  );
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** The value of a double-quoted scalar's content (one line) with escapes; anything unusual gives up. */
function unescapeDouble(inner: string): string {
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = inner[++i];
    const simple = next === undefined ? undefined : ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (length === 0) giveUp();
    const hex = inner.substr(i + 1, length);
    if (hex.length !== length) giveUp();
    for (let k = 0; k < length; k++) {
      const d = hex.charCodeAt(k);
      if (!((d >= 48 && d <= 57) || (d >= 65 && d <= 70) || (d >= 97 && d <= 102))) giveUp();
    }
    const code = parseInt(hex, 16);
    if (code > 0x10ffff) giveUp();
    out += String.fromCodePoint(code);
    i += length;
  }
  return out;
}
