// The one way a message template becomes text, for every catalogue (rules, fixes, the
// checklist, the CLI, the assistant, the editor). A small subset of ICU MessageFormat:
//
//   {name}                               the value as given (numbers unformatted: line 1234, port 25)
//   {name, number}                       a count, grouped as the locale writes it (2,500 / 2 500)
//   {name, date}  {name, date, short}    a date (YYYY-MM-DD or Date) as the locale writes it (long|medium|short)
//   {name, plural, one {# mailbox} other {# mailboxes}}
//                                        the case Intl.PluralRules picks (=0, =1 … first); # is the count;
//                                        a value that is not a number ("all") takes `other`, # as given
//   {kind, select, phase {fasen} step {steget} other {…}}
//                                        grammatical choices, so no grammar is written into code
//
// A `{` that does not start `{identifier}` or `{identifier,` is plain text, so prose such as
// `schedule: { start: … }` needs no escaping; there is no apostrophe quoting (ICU's would
// swallow every "update's"). Written here rather than taken from an i18n library: this
// subset is all the catalogues need, about 200 lines, and the types below can check a
// call's arguments against the English template.
import type { Locale } from '../types';

export type ArgValue = string | number | Date;
export type MessageArgs = Readonly<Record<string, ArgValue>>;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'pound' }
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string }
  | { kind: 'date'; name: string; style: DateStyle }
  | { kind: 'plural'; name: string; cases: Map<string, Part[]> }
  | { kind: 'select'; name: string; cases: Map<string, Part[]> };

type DateStyle = 'long' | 'medium' | 'short';
const DATE_STYLES: readonly string[] = ['long', 'medium', 'short'];

export class TemplateError extends Error {
  constructor(template: string, at: number, why: string) {
    super(`${why} at ${at} in: ${template}`);
    this.name = 'TemplateError';
  }
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

/** Parses a template; throws TemplateError when a `{name, …}` is malformed. */
export function parseTemplate(template: string): Part[] {
  return new TemplateParser(template).parse();
}

/** A recursive-descent parser over one template: text, arguments, and the cases of plurals and selects. */
class TemplateParser {
  private i = 0;

  constructor(private readonly template: string) {}

  parse(): Part[] {
    return this.text(false, false);
  }

  private fail(why: string): never {
    throw new TemplateError(this.template, this.i, why);
  }

  private skipSpace(): void {
    while (this.i < this.template.length && /\s/.test(this.template[this.i])) this.i++;
  }

  private word(): string | undefined {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.template);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private expect(c: string, why: string): void {
    if (this.template[this.i] !== c) this.fail(why);
    this.i++;
  }

  /** Whether `{` at i starts an argument: `{identifier}` or `{identifier,`. */
  private atArgument(): boolean {
    IDENT.lastIndex = this.i + 1;
    const m = IDENT.exec(this.template);
    const after = m ? this.template[this.i + 1 + m[0].length] : undefined;
    return after === '}' || after === ',';
  }

  /** Text up to the end, or (nested) up to the `}` that closes a case; `#` is the count inside plurals. */
  private text(nested: boolean, inPlural: boolean): Part[] {
    const parts: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', text });
      text = '';
    };
    for (; this.i < this.template.length;) {
      const c = this.template[this.i];
      if (c === '}' && nested) break;
      if ((c === '#' && inPlural) || (c === '{' && this.atArgument())) {
        flush();
        parts.push(c === '#' ? { kind: 'pound' } : this.argument(inPlural));
        if (c === '#') this.i++;
        continue;
      }
      text += c;
      this.i++;
    }
    if (nested && this.i >= this.template.length) this.fail('a case is not closed with }');
    flush();
    return parts;
  }

  private argument(inPlural: boolean): Part {
    this.i++; // {
    const name = this.word()!;
    if (this.template[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name };
    }
    this.i++; // ,
    this.skipSpace();
    const type = this.word();
    this.skipSpace();
    if (type === 'number') {
      this.expect('}', 'expected } after number');
      return { kind: 'number', name };
    }
    if (type === 'date') return { kind: 'date', name, style: this.dateStyle() };
    if (type !== 'plural' && type !== 'select') return this.fail(`unknown argument type ${type ?? '(none)'}`);
    this.expect(',', `expected , after ${type}`);
    const cases = this.cases(type, inPlural);
    if (!cases.has('other') && type === 'plural') this.fail('a plural needs an other case');
    return type === 'plural' ? { kind: 'plural', name, cases } : { kind: 'select', name, cases };
  }

  private dateStyle(): DateStyle {
    let style: DateStyle = 'long';
    if (this.template[this.i] === ',') {
      this.i++;
      this.skipSpace();
      const s = this.word();
      if (!s || !DATE_STYLES.includes(s)) this.fail('a date style is long, medium or short');
      style = s as DateStyle;
      this.skipSpace();
    }
    this.expect('}', 'expected } after the date');
    return style;
  }

  /** `key {text} key {text} … }`, up to and including the `}` that closes the argument. */
  private cases(type: 'plural' | 'select', inPlural: boolean): Map<string, Part[]> {
    const cases = new Map<string, Part[]>();
    for (this.skipSpace(); this.template[this.i] !== '}'; this.skipSpace()) {
      if (this.i >= this.template.length) this.fail('the argument is not closed with }');
      const key = this.caseKey(type);
      if (cases.has(key)) this.fail(`the case ${key} appears twice`);
      this.skipSpace();
      this.expect('{', `expected { after the case ${key}`);
      cases.set(key, this.text(true, type === 'plural' || inPlural));
      this.i++; // }
    }
    this.i++; // }
    return cases;
  }

  private caseKey(type: 'plural' | 'select'): string {
    if (type === 'plural' && this.template[this.i] === '=') {
      this.i++;
      const digits = /\d+/y;
      digits.lastIndex = this.i;
      const m = digits.exec(this.template);
      if (!m) this.fail('expected a number after =');
      this.i += m[0].length;
      return `=${m[0]}`;
    }
    return this.word() ?? this.fail('expected a case name');
  }
}

const PARSED = new Map<string, Part[]>();

function parsed(template: string): Part[] | undefined {
  let parts = PARSED.get(template);
  if (!parts) {
    try {
      parts = parseTemplate(template);
    } catch {
      // A broken template must not take the product down: it is shown as written (the catalogue test catches it).
      return undefined;
    }
    PARSED.set(template, parts);
  }
  return parts;
}

const TAGS: Record<Locale, string> = { en: 'en-US', sv: 'sv-SE' };
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A count as the locale writes it: 2,500 in English, 2 500 (a no-break space, from Intl) in Swedish. */
export function formatNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 })));
  return f.format(n);
}

// Lists as the catalogues have always written them, "A, B and C": British English has no
// serial comma (en-US would write "A, B, and C").
const LIST_TAGS: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE' };
const listFormats = new Map<string, Intl.ListFormat>();

/** Items as a list in the locale: "A, B and C" / "A, B och C"; `or`: "A, B or C" / "A, B eller C". */
export function formatList(locale: Locale, items: readonly string[], word: 'and' | 'or' = 'and'): string {
  const key = `${locale}:${word}`;
  let f = listFormats.get(key);
  if (!f)
    listFormats.set(
      key,
      (f = new Intl.ListFormat(LIST_TAGS[locale], { type: word === 'and' ? 'conjunction' : 'disjunction' })),
    );
  return f.format(items);
}

function pluralCategory(locale: Locale, n: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(TAGS[locale])));
  return rules.select(n);
}

/** A date as the locale writes it; `YYYY-MM-DD` strings are calendar dates (UTC, so no day shifts). */
export function formatDate(locale: Locale, value: string | Date, style: DateStyle = 'long'): string {
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const key = `${locale}:${style}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: style, timeZone: 'UTC' })));
  return f.format(date);
}

function render(locale: Locale, parts: Part[], args: MessageArgs, count: number | string | undefined): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'pound')
      out += count === undefined ? '#' : typeof count === 'number' ? formatNumber(locale, count) : count;
    else if (args[part.name] === undefined) out += `{${part.name}}`;
    else if (part.kind === 'plural') out += renderPlural(locale, part, args);
    else if (part.kind === 'select') out += renderSelect(locale, part, args, count);
    else out += renderValue(locale, part, args[part.name]);
  }
  return out;
}

function renderValue(locale: Locale, part: Extract<Part, { name: string }>, v: ArgValue): string {
  if (part.kind === 'date') return typeof v === 'number' ? `{${part.name}}` : formatDate(locale, v, part.style);
  if (part.kind === 'number' && typeof v === 'number') return formatNumber(locale, v);
  return v instanceof Date ? formatDate(locale, v) : String(v);
}

function renderPlural(locale: Locale, part: Extract<Part, { kind: 'plural' }>, args: MessageArgs): string {
  const v = args[part.name];
  if (v instanceof Date) return `{${part.name}}`;
  // A count written as text ("2500") is a number; other text ("all") reads as many, shown as given.
  const n = typeof v === 'number' ? v : /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isNaN(n)) return render(locale, part.cases.get('other')!, args, String(v));
  const chosen = part.cases.get(`=${n}`) ?? part.cases.get(pluralCategory(locale, n)) ?? part.cases.get('other')!;
  return render(locale, chosen, args, n);
}

function renderSelect(
  locale: Locale,
  part: Extract<Part, { kind: 'select' }>,
  args: MessageArgs,
  count: number | string | undefined,
): string {
  const v = String(args[part.name]);
  const chosen = part.cases.get(v) ?? part.cases.get('other');
  return chosen ? render(locale, chosen, args, count) : v;
}

/**
 * The template with its arguments filled in for the locale. An argument not given stays
 * `{name}` (visible, never a crash); a template that does not parse is returned as written.
 */
export function formatMessage(locale: Locale, template: string, args: MessageArgs = {}): string {
  const parts = parsed(template);
  return parts ? render(locale, parts, args, undefined) : template;
}

/** The arguments a template uses, with how it uses them (for the catalogue test). */
export function templateArguments(template: string): Map<string, Set<Part['kind']>> {
  const found = new Map<string, Set<Part['kind']>>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.kind === 'text' || p.kind === 'pound') continue;
      let kinds = found.get(p.name);
      if (!kinds) found.set(p.name, (kinds = new Set()));
      kinds.add(p.kind);
      if (p.kind === 'plural' || p.kind === 'select') for (const c of p.cases.values()) walk(c);
    }
  };
  walk(parseTemplate(template));
  return found;
}

/** The case names of every select in a template, by argument (for the catalogue test). */
export function selectCases(template: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      if (p.kind !== 'plural' && p.kind !== 'select') continue;
      if (p.kind === 'select') found.set(p.name, new Set([...(found.get(p.name) ?? []), ...p.cases.keys()]));
      for (const c of p.cases.values()) walk(c);
    }
  };
  walk(parseTemplate(template));
  return found;
}

// ---- Types: the arguments a template needs, read from its literal type ----
//
// `ArgsOf<'{count, plural, one {# mailbox} other {# mailboxes}} on {server}'>` is
// `{ count: number; server: string | number }`, so a call that leaves one out does not
// compile. The scan jumps from brace to brace, so long templates stay cheap to check.

type IdentChar =
  | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l' | 'm' | 'n' | 'o' | 'p' | 'q' | 'r' | 's'
  | 't' | 'u' | 'v' | 'w' | 'x' | 'y' | 'z' | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
  | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z' | '_' | '0' | '1' | '2' | '3'
  | '4' | '5' | '6' | '7' | '8' | '9'; // prettier-ignore

type IsIdent<S extends string> = S extends `${IdentChar}${infer R}` ? (R extends '' ? true : IsIdent<R>) : false;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** Found arguments as [name, kind]; Stack holds 'c' (inside a plural/select's cases) and 't' (inside a case). */
type Scan<S extends string, Stack extends ('c' | 't')[], Acc> = Stack extends []
  ? // Top-level text: `}` is plain, jump to the next `{`.
    S extends `${string}{${infer R}`
    ? OpenArg<R, Stack, Acc>
    : Acc
  : Stack extends [...infer Outer extends ('c' | 't')[], 'c']
    ? // Between cases: the next `{` opens a case, a `}` first closes the argument.
      S extends `${infer A}}${infer B}`
      ? A extends `${string}{${infer R}`
        ? Scan<`${R}}${B}`, [...Stack, 't'], Acc>
        : Scan<B, Outer, Acc>
      : Acc
    : Stack extends [...infer Outer extends ('c' | 't')[], 't']
      ? // Inside a case: a `}` before any `{` ends it.
        S extends `${infer A}}${infer B}`
        ? A extends `${string}{${infer R}`
          ? OpenArg<`${R}}${B}`, Stack, Acc>
          : Scan<B, Outer, Acc>
        : Acc
      : Acc;

type OpenArg<R extends string, Stack extends ('c' | 't')[], Acc> = R extends `${infer Name}}${infer Rest}`
  ? IsIdent<Name> extends true
    ? Scan<Rest, Stack, Acc | [Name, 'arg']>
    : OpenTyped<R, Stack, Acc>
  : OpenTyped<R, Stack, Acc>;

type OpenTyped<R extends string, Stack extends ('c' | 't')[], Acc> = R extends `${infer Name},${infer Rest}`
  ? IsIdent<Name> extends true
    ? Trim<Rest> extends `plural,${infer Cases}`
      ? Scan<Cases, [...Stack, 'c'], Acc | [Name, 'plural']>
      : Trim<Rest> extends `select,${infer Cases}`
        ? Scan<Cases, [...Stack, 'c'], Acc | [Name, 'select']>
        : Rest extends `${infer Type}}${infer After}`
          ? Scan<After, Stack, Acc | [Name, Trim<Type> extends `date${string}` ? 'date' : 'number']>
          : Acc
    : Scan<R, Stack, Acc>
  : Scan<R, Stack, Acc>;

type ValueOf<Kind> = 'number' extends Kind
  ? number
  : 'plural' extends Kind
    ? number | string
    : 'date' extends Kind
      ? string | Date
      : string | number;

/** The arguments object a template needs (an empty object type when it needs none). */
export type ArgsOf<T extends string> = string extends T
  ? MessageArgs
  : Scan<T, [], never> extends infer Found
    ? {
        [N in Found extends [infer Name extends string, unknown] ? Name : never]: ValueOf<
          Found extends [N, infer Kind] ? Kind : never
        >;
      }
    : never;
