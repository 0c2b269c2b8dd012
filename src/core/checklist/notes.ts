// A step's notes are the user's own Markdown. Both exports read them with one markdown-it
// parser (raw HTML off, links only to http(s) and mailto): the HTML export renders its
// tokens, the Markdown export writes them back out as Markdown. Writing from tokens (not
// patching the text) means the export says exactly what a CommonMark reader saw, so no
// spelling of HTML or of a script link (entities, line breaks, reference definitions,
// backtick runs or fences a regex would misjudge) can come back to life in whatever later
// renders the exported file, even a renderer that allows raw HTML.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const SAFE_LINK = /^(https?:|mailto:)/i;

let parser: MarkdownIt | undefined;

export function notesParser(): MarkdownIt {
  if (parser) return parser;
  parser = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Links and images with any other scheme (javascript:, data:, file:, relative paths)
  // are not turned into links: markdown-it leaves their source as text.
  parser.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  return parser;
}

export function isSafeLink(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

/** Backslash-escapes what would otherwise turn text into markup (links, emphasis, HTML, entities, tables). */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/^([#+=-]|\d+[.)])(?=\s|$)/, '\\$1');
}

/**
 * Notes as Markdown, written from markdown-it's tokens: text escaped, code as code spans
 * and fences that nothing in the code can close, links kept only to http(s) and mailto,
 * raw HTML only ever as escaped text. Returns lines without trailing blank lines.
 */
export function notesToMarkdown(notes: string): string {
  const tokens = notesParser().parse(notes, {});
  return blocks(tokens, 0, tokens.length).join('\n').replace(/\n+$/, '');
}

/** Finds the index of the token closing the one at `open` (same nesting level), among block or inline tokens. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    depth += tokens[i].nesting;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

/** Block tokens [from, to) as lines, separated by a blank line unless in a tight list item. */
function blocks(tokens: Token[], from: number, to: number, tight = false): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    let lines: string[];
    let end = i;
    switch (token.type) {
      case 'paragraph_open': {
        end = closing(tokens, i);
        lines = paragraph(tokens.slice(i + 1, end));
        break;
      }
      case 'heading_open': {
        end = closing(tokens, i);
        const level = Math.min(6, Math.max(1, Number(token.tag.slice(1)) || 1));
        lines = [`${'#'.repeat(level)} ${inlineOf(tokens.slice(i + 1, end)).replace(/\n/g, ' ')}`];
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        end = closing(tokens, i);
        lines = list(tokens, i, end);
        break;
      }
      case 'blockquote_open': {
        end = closing(tokens, i);
        lines = blocks(tokens, i + 1, end).map((l) => (l ? `> ${l}` : '>'));
        break;
      }
      case 'table_open': {
        end = closing(tokens, i);
        lines = table(tokens, i, end);
        break;
      }
      case 'fence':
      case 'code_block':
        lines = fence(token.content, token.type === 'fence' ? token.info : '');
        break;
      case 'hr':
        lines = ['---'];
        break;
      case 'inline':
        lines = paragraph([token]);
        break;
      default:
        // Raw HTML cannot come from this parser (html: false); if it ever did, it is text.
        lines = token.content ? paragraph([textToken(token.content)]) : [];
    }
    if (lines.length) {
      if (out.length && !tight) out.push('');
      out.push(...lines);
    }
    i = end;
  }
  return out;
}

function list(tokens: Token[], open: number, close: number): string[] {
  const ordered = tokens[open].type === 'ordered_list_open';
  let number = ordered ? Number(tokens[open].attrGet('start') ?? 1) || 1 : 0;
  // markdown-it hides the paragraphs of a tight list: keep it tight (no blank lines).
  const itemLevel = tokens[open].level + 1;
  const loose = tokens
    .slice(open, close)
    .some((t) => t.type === 'paragraph_open' && !t.hidden && t.level === itemLevel + 1);
  const out: string[] = [];
  for (let i = open + 1; i < close; i++) {
    if (tokens[i].type !== 'list_item_open') continue;
    const end = closing(tokens, i);
    // The list's own bullet or delimiter: two lists in a row stay two lists.
    const markup = tokens[i].markup;
    const marker = ordered ? `${number++}${markup === ')' ? ')' : '.'}` : ['*', '+'].includes(markup) ? markup : '-';
    const pad = ' '.repeat(marker.length + 1);
    const body = blocks(tokens, i + 1, end, !loose);
    // A task box (`[ ]`, `[x]`) at the start of an item is no link: it stays a task box.
    if (body.length) body[0] = body[0].replace(/^\\\[([ xX])\\\] /, '[$1] ');
    if (out.length && loose) out.push('');
    if (!body.length) out.push(marker);
    body.forEach((line, n) => out.push(n === 0 ? `${marker} ${line}` : line ? pad + line : ''));
    i = end;
  }
  return out;
}

function table(tokens: Token[], open: number, close: number): string[] {
  const rows: string[][] = [];
  const aligns: string[] = [];
  let row: string[] | undefined;
  for (let i = open; i < close; i++) {
    const t = tokens[i];
    if (t.type === 'tr_open') rows.push((row = []));
    else if ((t.type === 'th_open' || t.type === 'td_open') && row) {
      if (t.type === 'th_open') aligns.push(/text-align:(left|right|center)/.exec(t.attrGet('style') ?? '')?.[1] ?? '');
      const end = closing(tokens, i);
      row.push(inlineOf(tokens.slice(i + 1, end), true).replace(/\n/g, ' '));
      i = end;
    }
  }
  if (!rows.length) return [];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = aligns.map((a) => (a === 'left' ? ':---' : a === 'right' ? '---:' : a === 'center' ? ':---:' : '---'));
  return [line(rows[0]), line(rule.length ? rule : rows[0].map(() => '---')), ...rows.slice(1).map(line)];
}

/** Code as a backtick fence longer than any backtick run in it: the code cannot close it. */
function fence(content: string, info: string): string[] {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  // The info string only names a language: one word of safe characters.
  const language = (info.trim().split(/\s+/)[0] ?? '').replace(/[^\w+.#-]/g, '');
  const lines = content === '' ? [] : content.replace(/\n$/, '').split('\n');
  return [ticks + language, ...lines, ticks];
}

/** A paragraph's lines, with what would start a block at a line's start escaped. */
function paragraph(inlineTokens: Token[]): string[] {
  return inlineTokens
    .map((t) => inlineOf([t]))
    .join('\n')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#+=>-]|\d+[.)])(?=\s|$|[=-])/, '$1\\$2'));
}

function inlineOf(tokens: Token[], inTable = false): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'inline') out += inline(token.children ?? [], inTable);
  }
  return out;
}

function inline(tokens: Token[], inTable: boolean): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'text':
        out += escapeMarkdown(t.content);
        break;
      case 'softbreak':
        out += '\n';
        break;
      case 'hardbreak':
        out += '\\\n';
        break;
      case 'code_inline':
        out += codeSpan(t.content, inTable);
        break;
      case 'em_open':
      case 'em_close':
        out += '*';
        break;
      case 'strong_open':
      case 'strong_close':
        out += '**';
        break;
      case 's_open':
      case 's_close':
        out += '~~';
        break;
      case 'link_open': {
        const end = closing(tokens, i);
        const text = inline(tokens.slice(i + 1, end), inTable);
        const href = t.attrGet('href') ?? '';
        out += isSafeLink(href) ? `[${text}](${destination(href)}${title(t.attrGet('title'))})` : text;
        i = end;
        break;
      }
      case 'image': {
        const alt = inline(t.children ?? [], inTable);
        const src = t.attrGet('src') ?? '';
        out += isSafeLink(src) ? `![${alt}](${destination(src)}${title(t.attrGet('title'))})` : alt;
        break;
      }
      default:
        // Anything else (raw HTML cannot come from this parser) is its text, escaped.
        if (t.children?.length) out += inline(t.children, inTable);
        else if (t.content) out += escapeMarkdown(t.content);
    }
  }
  return out;
}

/** A code span whose fence is longer than any backtick run inside it. */
function codeSpan(content: string, inTable: boolean): string {
  const runs = (content.match(/`+/g) ?? []).map((r) => r.length);
  let n = 1;
  while (runs.includes(n)) n++;
  const ticks = '`'.repeat(n);
  const body = inTable ? content.replace(/\|/g, '\\|') : content;
  // A space on each side keeps a backtick at either end from joining the fence; one is
  // stripped again by the reader on each side.
  const pad = /^`|`$/.test(body) || /^ .*[^ ].* $/.test(body) ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/**
 * The link's destination as written when it is one plain run of characters, else in
 * angle brackets (markdown-it has already percent-encoded spaces, `<` and `>`).
 */
function destination(url: string): string {
  if (/^[^\s()<>\\]+$/.test(url)) return url;
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

function title(value: string | null): string {
  return value ? ` "${value.replace(/[\\"&]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"` : '';
}

function textToken(content: string): Token {
  return { type: 'inline', children: [{ type: 'text', content, nesting: 0 } as Token] } as unknown as Token;
}
