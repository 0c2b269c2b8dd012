// Fuzzer: mutates every runbook under test/fixtures/ and test/golden/ and every runbook
// example in README.md and docs/ (bytes, lines, indentation, scalar types, unicode with
// zero-width and control characters, YAML anchors and aliases (recursive ones too), flow
// style, tags, document markers, CR/CRLF/LF) and checks that
//   - lint() and fixAll() never throw, and no input takes longer than the time box;
//   - every fix lint offers applies and leaves the YAML reading at least as well;
//   - fix-all output parses (no more parse problems than its input), is idempotent (fixing
//     it again changes nothing), keeps every comment and never has more errors;
//   - a sample of inputs through the real CLI (`lint`, `lint --fix`) exits 0 or 1 only.
// A failure is shrunk to a minimal reproducer, printed, and the run exits 1.
//
//   npm run fuzz                                     (60 s, seed 1)
//   FUZZ_SECONDS=600 FUZZ_SEED=7 npm run fuzz
//   npm run fuzz -- --seconds 600 --seed 7 --inputs 20000 --keep-going
//
// Inputs are a pure function of (seed, input number), so a reported input number
// reproduces alone: `npm run fuzz -- --seed S --only N`.
// The work runs in a child process; the parent is the watchdog that kills it on a hang.
import { ChildProcess, fork, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMap, isSeq, Lexer, parseDocument, visit } from 'yaml';
import { fixAll, lint } from '../src/core/lint';
import { applyEdits } from '../src/core/fix';
import { parseRunbook } from '../src/core/parse';
import type { LintOptions } from '../src/core/types';

const ROOT = path.join(__dirname, '..');

// ---- options -------------------------------------------------------------------------

interface Options {
  seconds: number;
  seed: number;
  /** Stop after this many inputs (0: only the time box). */
  inputs: number;
  /** Per-input time box: an input still running after this is a hang. */
  timeoutMs: number;
  /** Every n-th input also goes through the real CLI (0: never). */
  cliEvery: number;
  /** Count every failure instead of stopping at the first. */
  keepGoing: boolean;
  /** Run only this input number (reproduce a report). */
  only?: number;
}

function readOptions(argv: string[]): Options {
  const flag = (name: string): string | undefined => {
    // The last one wins, so `npm run test:fuzz -- --seconds 5` overrides the script's own flag.
    let value: string | undefined;
    argv.forEach((a, i) => {
      if (a === `--${name}`) value = argv[i + 1];
      else if (a.startsWith(`--${name}=`)) value = a.slice(name.length + 3);
    });
    return value;
  };
  const num = (value: string | undefined, fallback: number, name: string): number => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) {
      process.stderr.write(`fuzz: ${name} must be a number >= 0, not "${value}"\n`);
      process.exit(2);
    }
    return n;
  };
  const only = flag('only');
  return {
    seconds: num(flag('seconds') ?? process.env.FUZZ_SECONDS, 60, 'seconds'),
    seed: num(flag('seed') ?? process.env.FUZZ_SEED, 1, 'seed'),
    inputs: num(flag('inputs') ?? process.env.FUZZ_INPUTS, 0, 'inputs'),
    timeoutMs: num(flag('timeout'), 15000, 'timeout'),
    cliEvery: num(flag('cli-every'), 100, 'cli-every'),
    keepGoing: argv.includes('--keep-going'),
    ...(only !== undefined ? { only: num(only, 0, 'only') } : {}),
  };
}

// ---- corpus ----------------------------------------------------------------------------

interface Seed {
  name: string;
  text: string;
  dir: string;
}

export function corpus(): Seed[] {
  const seeds: Seed[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.runbook\.ya?ml$/.test(entry.name))
        seeds.push({ name: path.relative(ROOT, full), text: fs.readFileSync(full, 'utf8'), dir });
    }
  };
  walk(path.join(ROOT, 'test', 'fixtures'));
  walk(path.join(ROOT, 'test', 'golden'));
  // The runbook examples of the documentation: fenced yaml blocks that are whole runbooks.
  const docs = [
    path.join(ROOT, 'README.md'),
    ...fs
      .readdirSync(path.join(ROOT, 'docs'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(ROOT, 'docs', f)),
  ];
  for (const file of docs.sort()) {
    const text = fs.readFileSync(file, 'utf8');
    let n = 0;
    for (const m of text.matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      if (/^runbook:/m.test(m[1]))
        seeds.push({
          name: `${path.relative(ROOT, file)} example ${++n}`,
          text: m[1],
          dir: path.join(ROOT, 'test', 'fixtures'),
        });
    }
  }
  return seeds;
}

// ---- random ----------------------------------------------------------------------------

/** mulberry32, seeded from (seed, input number): any input can be regenerated alone. */
function prng(seed: number, n: number): () => number {
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0);
}

/** mulberry32: a small PRNG from a 32-bit state, so every run sees the same cases (the unit tests' too). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, list: readonly T[]): T => list[int(r, list.length)];

// ---- mutations -------------------------------------------------------------------------

const ODD_CHARS = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00a0',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u001b',
  '\u007f',
  '\u009b',
  '\t',
  '\r',
  '\n',
  '\ud800',
  '\udfff',
  '😀',
  'é',
  'Å',
  'ß',
  'İ',
  '你',
  'م',
  '\u0301',
];
const STRUCTURE = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '-',
  ',',
  '"',
  "'",
  '#',
  ' #',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  '---',
  '...',
  '\\',
];
const SCALARS = [
  '0',
  '-1',
  '2016',
  '"2016"',
  '2016.0',
  '1e309',
  '0x1F',
  '0o17',
  '.nan',
  '.inf',
  'null',
  '~',
  '',
  'true',
  'no',
  'yes',
  'off',
  '[]',
  '{}',
  '[a, [b, {c: d}]]',
  '{x: {y: [1, 2]}}',
  '2026-02-30',
  '2026-11-23',
  '2026-11-23T10:00:00Z',
  '"quoted: # not a comment"',
  "'single ''quote'''",
  '|\n  block\n  text',
  '>-\n  folded',
  '!!binary aGk=',
  '!!int "12"',
  '!custom value',
  '"\\u0000"',
  'x'.repeat(3000),
  '"EX\u200b16"',
  'EX\u200b16',
  'Ärende 😀 \u202e مرحبا 你好',
  '"\\e]0;title\\a"',
  '*a',
  '&a value',
  '- item',
  'key: value',
  '? complex',
  '12:30',
  '1_000',
];

/** A value somewhere in the text: `key: value` lines and `- value` items. */
const VALUE_LINE = /^(\s*(?:- )?[\w-]+:)([ \t].*)?$/;

type Mutation = (text: string, r: Random) => string;

const lines = (t: string) => t.split('\n');

const MUTATIONS: Record<string, Mutation> = {
  // bytes
  insertChar: (t, r) => {
    const at = int(r, t.length + 1);
    return t.slice(0, at) + pick(r, r() < 0.5 ? ODD_CHARS : STRUCTURE) + t.slice(at);
  },
  deleteChars: (t, r) => {
    const at = int(r, t.length + 1);
    return t.slice(0, at) + t.slice(at + 1 + int(r, 4));
  },
  replaceChar: (t, r) => {
    const at = int(r, t.length);
    return t.slice(0, at) + String.fromCharCode(int(r, 0x300)) + t.slice(at + 1);
  },
  truncate: (t, r) => t.slice(0, int(r, t.length + 1)),
  // lines
  deleteLine: (t, r) => {
    const l = lines(t);
    l.splice(int(r, l.length), 1 + int(r, 3));
    return l.join('\n');
  },
  duplicateLines: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l.splice(i, 0, ...l.slice(i, i + 1 + int(r, 4)));
    return l.join('\n');
  },
  swapLines: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    const j = int(r, l.length);
    [l[i], l[j]] = [l[j], l[i]];
    return l.join('\n');
  },
  moveBlock: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    const block = l.splice(i, 1 + int(r, 6));
    l.splice(int(r, l.length + 1), 0, ...block);
    return l.join('\n');
  },
  // indentation
  reindent: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    const delta = int(r, 9) - 4;
    l[i] = delta >= 0 ? ' '.repeat(delta) + l[i] : l[i].replace(new RegExp(`^ {0,${-delta}}`), '');
    return l.join('\n');
  },
  tabs: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l[i] = l[i].replace(/^ +/, (s) => '\t'.repeat(Math.max(1, s.length >> 1)));
    return l.join('\n');
  },
  indentAll: (t, r) => {
    const factor = 1 + int(r, 3);
    return t.replace(/^( +)/gm, (s) => ' '.repeat(s.length * factor));
  },
  // scalar types and unicode in values
  replaceValue: (t, r) => {
    const l = lines(t);
    const candidates = l.flatMap((line, i) => (VALUE_LINE.test(line) ? [i] : []));
    if (!candidates.length) return t;
    const i = pick(r, candidates);
    const m = VALUE_LINE.exec(l[i])!;
    l[i] = `${m[1]} ${pick(r, SCALARS)}`;
    return l.join('\n');
  },
  unicodeInValue: (t, r) => {
    const l = lines(t);
    const candidates = l.flatMap((line, i) => (/:\s+\S/.test(line) && !/:\s*[|>]/.test(line) ? [i] : []));
    if (!candidates.length) return t;
    const i = pick(r, candidates);
    const line = l[i];
    const valueStart = line.search(/:\s+\S/) + 2;
    const at = valueStart + int(r, Math.max(1, line.length - valueStart));
    l[i] =
      line.slice(0, at) +
      pick(
        r,
        ODD_CHARS.filter((c) => c !== '\n' && c !== '\r'),
      ) +
      line.slice(at);
    return l.join('\n');
  },
  // YAML features
  anchorAndAlias: (t, r) => {
    const l = lines(t);
    const values = l.flatMap((line, i) => (/^\s*(?:- )?[\w-]+: [^|>&*\s][^#]*$/.test(line) ? [i] : []));
    if (values.length < 2) return t;
    const a = pick(r, values);
    const b = pick(r, values);
    l[a] = l[a].replace(/: /, ': &v ');
    if (b !== a) l[b] = l[b].replace(/: .*$/, ': *v');
    return l.join('\n');
  },
  recursiveAlias: (t, r) => {
    const l = lines(t);
    const maps = l.flatMap((line, i) => (/^\s*(?:- )?[\w-]+:\s*$/.test(line) ? [i] : []));
    if (!maps.length) return `a: &x\n  b: *x\n${t}`;
    const i = pick(r, maps);
    const indent = /^\s*/.exec(l[i])![0].length + (l[i].trimStart().startsWith('- ') ? 4 : 2);
    l[i] = l[i].replace(/:\s*$/, ': &rec');
    l.splice(i + 1, 0, `${' '.repeat(indent)}self: *rec`);
    return l.join('\n');
  },
  /** A step repeated through an alias: `- &m …` then `- *m`. */
  stepAlias: (t, r) => {
    const l = lines(t);
    const steps = l.flatMap((line, i) => (/^(\s*)- action: /.test(line) ? [i] : []));
    if (!steps.length) return t;
    const i = pick(r, steps);
    const indent = /^(\s*)-/.exec(l[i])![1];
    l[i] = l[i].replace('- action', '- &m action');
    let end = i + 1;
    while (end < l.length && (l[end].startsWith(indent + ' ') || l[end].trim() === '')) end++;
    l.splice(end, 0, `${indent}- *m`);
    return l.join('\n');
  },
  /** An item's anchor alone on its dash line: `- &a` then the keys below. */
  anchorOnDashLine: (t, r) => {
    const l = lines(t);
    const items = l.flatMap((line, i) => (/^(\s*)- [\w-]+:/.test(line) ? [i] : []));
    if (!items.length) return t;
    const i = pick(r, items);
    const m = /^(\s*)- ([^]*)$/.exec(l[i])!;
    l.splice(i, 1, `${m[1]}- &a${i}`, `${m[1]}  ${m[2]}`);
    return l.join('\n');
  },
  tag: (t, r) => {
    const l = lines(t);
    const values = l.flatMap((line, i) => (VALUE_LINE.test(line) && /: \S/.test(line) ? [i] : []));
    if (!values.length) return t;
    const i = pick(r, values);
    l[i] = l[i].replace(
      /: /,
      `: ${pick(r, ['!!str ', '!!int ', '!!map ', '!!seq ', '!custom ', '!<tag:yaml.org,2002:str> ', '!!binary '])}`,
    );
    return l.join('\n');
  },
  documentMarkers: (t, r) =>
    pick(r, [
      () => `---\n${t}`,
      () => `%YAML 1.2\n---\n${t}`,
      () => `${t}\n...\n`,
      () => `${t}\n---\n${t}`,
      () => `--- # a comment\n${t}`,
      () => {
        const l = lines(t);
        l.splice(int(r, l.length), 0, pick(r, ['---', '...', '--- ', '%TAG ! tag:x,2026:']));
        return l.join('\n');
      },
    ])(),
  /** Some block collections, or the whole document, written in flow style. */
  flowStyle: (t, r) => {
    const doc = parseDocument(t, { uniqueKeys: false });
    if (doc.errors.length) return t;
    const nodes: { flow?: boolean }[] = [];
    visit(doc, { Map: (_, n) => void nodes.push(n), Seq: (_, n) => void nodes.push(n) });
    if (!nodes.length) return t;
    if (r() < 0.3) {
      if (isMap(doc.contents) || isSeq(doc.contents)) (doc.contents as { flow?: boolean }).flow = true;
    } else {
      for (let k = 0; k < 1 + int(r, 3); k++) pick(r, nodes).flow = true;
    }
    try {
      return doc.toString({ lineWidth: 0 });
    } catch {
      return t;
    }
  },
  lineEndings: (t, r) =>
    pick(r, [
      () => t.replace(/\r?\n/g, '\r\n'),
      () => t.replace(/\r?\n/g, '\r'),
      () => t.replace(/\r?\n/g, () => pick(r, ['\n', '\r\n', '\r'])),
      () => '\ufeff' + t,
      () => t.replace(/\n$/, ''),
    ])(),
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Input number n of a run: a corpus entry and 1–3 mutations, all drawn from (seed, n). */
export function inputOf(seeds: Seed[], seed: number, n: number): { text: string; seed: Seed; how: string[] } {
  const r = prng(seed, n);
  const base = seeds[n % seeds.length];
  let text = base.text;
  const how: string[] = [];
  const rounds = 1 + int(r, 3);
  for (let k = 0; k < rounds; k++) {
    const name = pick(r, MUTATION_NAMES);
    how.push(name);
    try {
      text = MUTATIONS[name](text, r);
    } catch (err) {
      // A mutation that cannot apply to this text leaves it as it is (still deterministic).
      if (!(err instanceof RangeError || err instanceof TypeError)) throw err;
    }
  }
  return { text, seed: base, how };
}

// ---- checks ----------------------------------------------------------------------------

export type FailureKind =
  'throw' | 'hang' | 'bad-fix' | 'unparseable-fix' | 'more-errors' | 'not-idempotent' | 'lost-comment' | 'cli-exit';

class Failure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}

function readerFor(dir: string): LintOptions['readFile'] {
  const cache = new Map<string, string | undefined>();
  return (relative) => {
    if (!cache.has(relative)) {
      const full = path.resolve(dir, relative);
      // Only the corpus's own CSV files: a mutated path never reads outside the fixtures.
      const inside = full.startsWith(path.join(ROOT, 'test') + path.sep) && full.endsWith('.csv');
      let content: string | undefined;
      try {
        content = inside && fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : undefined;
      } catch {
        content = undefined;
      }
      cache.set(relative, content);
    }
    return cache.get(relative);
  };
}

/** The comments of a text, as the YAML lexer sees them (none when it is not YAML at all). */
function comments(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  try {
    // The parser reads a CR that no LF follows as a line break (old Mac files); so does this count.
    for (const token of new Lexer().lex(text.replace(/\r(?!\n)/g, '\n'))) {
      if (token.startsWith('#')) counts.set(token.trimEnd(), (counts.get(token.trimEnd()) ?? 0) + 1);
    }
  } catch {
    // a text the lexer refuses has no comments to keep
  }
  return counts;
}

const parseProblems = (text: string) => {
  const p = parseRunbook(text);
  return p.fatal.length + p.problems.length;
};

const errorsOf = (findings: { severity: string }[]) => findings.filter((f) => f.severity === 'error').length;

/** Every check on one input; throws a Failure. */
export function check(text: string, options: LintOptions): { fixes: number; fixed: boolean } {
  const attempt = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof Failure) throw err;
      throw new Failure('throw', `${what} threw: ${(err as Error)?.stack ?? String(err)}`);
    }
  };
  const before = attempt('lint', () => lint(text, options));
  const baseParse = parseProblems(text);
  let fixes = 0;
  for (const f of before.findings) {
    if (!f.fix) continue;
    fixes++;
    const fixed = attempt(`applying the ${f.ruleId} fix`, () => applyEdits(text, f.fix!.edits));
    if (parseProblems(fixed) > baseParse)
      throw new Failure('bad-fix', `the offered ${f.ruleId} fix "${f.fix.title}" makes the YAML read worse`);
  }
  const all = attempt('fixAll', () => fixAll(text, options));
  if (all.text === text) return { fixes, fixed: false };
  const after = parseRunbook(all.text);
  if (
    after.fatal.length + after.problems.length > baseParse ||
    (after.fatal.length > 0 && before.parsed.fatal.length === 0)
  ) {
    throw new Failure(
      'unparseable-fix',
      `fix-all output does not parse: ${after.fatal
        .concat(after.problems)
        .map((p) => p.message)
        .join('; ')}`,
    );
  }
  if (errorsOf(all.findings) > errorsOf(before.findings)) {
    const was = before.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    const now = all.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    throw new Failure(
      'more-errors',
      `fix-all: errors ${was.length} → ${now.length} (before: ${was.join(', ')}; after: ${now.join(', ')})`,
    );
  }
  const again = attempt('fixAll of its own output', () => fixAll(all.text, options));
  if (again.text !== all.text) throw new Failure('not-idempotent', 'fixing the fix-all output again changes it');
  const kept = comments(all.text);
  for (const [comment, count] of comments(text)) {
    if ((kept.get(comment) ?? 0) < count)
      throw new Failure('lost-comment', `fix-all lost the comment ${JSON.stringify(comment)}`);
  }
  return { fixes, fixed: true };
}

const CLI = path.join(ROOT, 'bin', 'exchange-runbook.js');

/** The real CLI, `lint` then `lint --fix` on a copy: exit codes 0 and 1 only. */
function checkCli(text: string, seed: Seed, dir: string): void {
  const file = path.join(dir, 'input.runbook.yaml');
  // The CSV files a fixture names sit next to it.
  for (const csv of fs.readdirSync(seed.dir).filter((f) => f.endsWith('.csv')))
    fs.copyFileSync(path.join(seed.dir, csv), path.join(dir, csv));
  fs.writeFileSync(file, text);
  for (const args of [
    ['lint', file, '--as-of', '2026-11-23'],
    ['lint', file, '--fix', '--as-of', '2026-11-23'],
  ]) {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      encoding: 'utf8',
      timeout: 30000,
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      throw new Failure(
        'cli-exit',
        `exchange-runbook ${args.slice(2).join(' ')} exited ${run.status ?? run.signal ?? run.error}: ${(run.stderr || '').slice(0, 500)}`,
      );
    }
  }
}

// ---- shrinking -------------------------------------------------------------------------

/** The smallest text (lines, then characters) that still fails with the same kind, within a time limit. */
function shrink(text: string, fails: (t: string) => boolean, deadline: number): string {
  let best = text;
  const tryCut = (units: string[], join: string): boolean => {
    let changed = false;
    for (let size = Math.max(1, units.length >> 1); size >= 1 && Date.now() < deadline; size >>= 1) {
      for (let i = 0; i + size <= units.length && Date.now() < deadline;) {
        const candidate = [...units.slice(0, i), ...units.slice(i + size)];
        const t = candidate.join(join);
        if (t !== best && fails(t)) {
          units.splice(i, size);
          best = t;
          changed = true;
        } else i += size;
      }
    }
    return changed;
  };
  for (let round = 0; round < 3 && Date.now() < deadline; round++) {
    const byLines = tryCut(best.split('\n'), '\n');
    const byChars = best.length <= 4000 ? tryCut([...best], '') : false;
    if (!byLines && !byChars) break;
  }
  return best;
}

// ---- the child: runs inputs ---------------------------------------------------------

interface Progress {
  type: 'start' | 'shrinking' | 'done' | 'failure';
  /** With `shrinking`: when shrinking will stop (the watchdog waits for it). */
  until?: number;
  n?: number;
  /** With `done`: what the input exercised. */
  fixes?: number;
  fixed?: boolean;
  cli?: boolean;
  /** Fixes the engine withdrew (rule id → count): each is a rule's fix that would have hurt. */
  withdrawn?: Record<string, number>;
  kind?: FailureKind;
  message?: string;
  reproducer?: string;
  how?: string[];
  name?: string;
}

interface Stats {
  inputs: number;
  withFixes: number;
  fixesOffered: number;
  fixAllChanged: number;
  cliRuns: number;
  failures: Record<string, number>;
}

function child(opts: Options, start: number, until: number): void {
  const seeds = corpus();
  const send = (m: Progress) => process.send!(m);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-fuzz-'));
  const shrunk = new Set<string>();
  try {
    for (let n = start; opts.only === undefined || n === opts.only; n++) {
      // One input asked for by number runs whatever the clock says.
      if (opts.only === undefined && (Date.now() >= until || (opts.inputs && n >= opts.inputs))) break;
      const input = inputOf(seeds, opts.seed, n);
      const done: Progress = { type: 'done', n, fixes: 0, fixed: false, cli: false, withdrawn: {} };
      const options: LintOptions = {
        asOf: '2026-11-23',
        readFile: readerFor(input.seed.dir),
        ...(n % 5 === 0 ? { locale: 'sv' as const } : {}),
        onFixWithdrawn: (w) => {
          const key = `${w.ruleId} (${w.reason})`;
          done.withdrawn![key] = (done.withdrawn![key] ?? 0) + 1;
        },
      };
      send({ type: 'start', n });
      let failure: Failure | undefined;
      try {
        const result = check(input.text, options);
        done.fixes = result.fixes;
        done.fixed = result.fixed;
        if (opts.cliEvery && n % opts.cliEvery === 0) {
          done.cli = true;
          checkCli(input.text, input.seed, tmp);
        }
      } catch (err) {
        failure = err instanceof Failure ? err : new Failure('throw', String((err as Error)?.stack ?? err));
      }
      if (failure) {
        let reproducer: string | undefined;
        // The first failure of each kind is shrunk (the others are counted).
        if (!shrunk.has(failure.kind)) {
          shrunk.add(failure.kind);
          const kind = failure.kind;
          const fails = (t: string) => {
            try {
              if (kind === 'cli-exit') checkCli(t, input.seed, tmp);
              else check(t, options);
              return false;
            } catch (err) {
              return err instanceof Failure && err.kind === kind;
            }
          };
          const deadline = Date.now() + (kind === 'cli-exit' ? 60000 : 30000);
          send({ type: 'shrinking', n, until: deadline });
          reproducer = shrink(input.text, fails, deadline);
        }
        send({
          type: 'failure',
          n,
          kind: failure.kind,
          message: failure.message,
          reproducer,
          how: input.how,
          name: input.seed.name,
        });
      }
      send(done);
      if (failure && !opts.keepGoing) break;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.disconnect();
}

// ---- the parent: watchdog and report ----------------------------------------------------

function escapeForReport(text: string): string {
  // Control and invisible characters are shown as escapes, so the reproducer can be copied into a test.
  return JSON.stringify(text);
}

function parent(opts: Options): void {
  const started = Date.now();
  const until = started + opts.seconds * 1000;
  const seeds = corpus();
  const total: Stats = { inputs: 0, withFixes: 0, fixesOffered: 0, fixAllChanged: 0, cliRuns: 0, failures: {} };
  const reports: Progress[] = [];
  const withdrawn: Record<string, number> = {};
  let next = opts.only ?? 0;
  console.log(
    `fuzz: seed ${opts.seed}, ${opts.only !== undefined ? `input ${opts.only}` : `${opts.seconds} s${opts.inputs ? ` or ${opts.inputs} inputs` : ''}`}, ${seeds.length} runbooks, time box ${opts.timeoutMs} ms per input`,
  );

  // A line a minute, so a long run shows it is alive.
  const ticker = setInterval(() => {
    const failures = Object.values(total.failures).reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total.inputs} inputs after ${Math.round((Date.now() - started) / 1000)} s, ${failures} failures`,
    );
  }, 60000);
  ticker.unref();

  const finish = () => {
    clearInterval(ticker);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const f = total.failures;
    console.log(
      `fuzz: ${total.inputs} inputs in ${secs} s (seed ${opts.seed}); ${total.withFixes} with fixes (${total.fixesOffered} offered), fix-all changed ${total.fixAllChanged}; ${total.cliRuns} through the CLI`,
    );
    console.log(
      `fuzz: throws ${f.throw ?? 0}, hangs ${f.hang ?? 0}, bad offered fixes ${f['bad-fix'] ?? 0}, unparseable fix outputs ${f['unparseable-fix'] ?? 0}, fix outputs with more errors ${f['more-errors'] ?? 0}, not idempotent ${f['not-idempotent'] ?? 0}, lost comments ${f['lost-comment'] ?? 0}, CLI exits other than 0/1 ${f['cli-exit'] ?? 0}`,
    );
    const w = Object.entries(withdrawn).sort((a, b) => b[1] - a[1]);
    if (w.length)
      console.log(`fuzz: fixes withdrawn by the engine (not offered): ${w.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const r of reports) {
      console.log(
        `\n--- FAILURE (${r.kind}) at input ${r.n} (${r.name}; mutations: ${r.how?.join(', ')}); reproduce: npm run fuzz -- --seed ${opts.seed} --only ${r.n}`,
      );
      console.log(r.message);
      if (r.reproducer !== undefined)
        console.log(
          `minimal reproducer (${r.reproducer.length} characters, as a JS string):\n${escapeForReport(r.reproducer)}`,
        );
    }
    process.exitCode = Object.keys(total.failures).length ? 1 : 0;
  };

  const run = () => {
    const worker: ChildProcess = fork(__filename, ['--child', JSON.stringify({ opts, start: next, until })], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let current: number | undefined;
    let since = Date.now();
    let shrinkUntil: number | undefined;
    let hung = false;
    const watchdog = setInterval(() => {
      if (current === undefined || Date.now() - since <= opts.timeoutMs) return;
      // Shrinking a failure runs many inputs: each gets the time box, the whole shrink its own deadline.
      if (shrinkUntil !== undefined && Date.now() <= shrinkUntil + opts.timeoutMs) return;
      const n = current;
      const input = inputOf(seeds, opts.seed, n);
      total.inputs++;
      total.failures.hang = (total.failures.hang ?? 0) + 1;
      reports.push({
        type: 'failure',
        n,
        kind: 'hang',
        message: `input ${n} still running after ${opts.timeoutMs} ms`,
        reproducer: input.text,
        how: input.how,
        name: input.seed.name,
      });
      current = undefined;
      hung = true;
      next = n + 1;
      worker.kill('SIGKILL');
    }, 250);
    worker.on('message', (m: Progress) => {
      if (m.type === 'start') {
        current = m.n;
        since = Date.now();
        shrinkUntil = undefined;
      } else if (m.type === 'shrinking') {
        shrinkUntil = m.until;
      } else if (m.type === 'done') {
        current = undefined;
        next = m.n! + 1;
        total.inputs++;
        if (m.fixes) {
          total.withFixes++;
          total.fixesOffered += m.fixes;
        }
        if (m.fixed) total.fixAllChanged++;
        if (m.cli) total.cliRuns++;
        for (const [k, v] of Object.entries(m.withdrawn ?? {})) withdrawn[k] = (withdrawn[k] ?? 0) + v;
      } else if (m.type === 'failure') {
        total.failures[m.kind!] = (total.failures[m.kind!] ?? 0) + 1;
        reports.push(m);
      }
    });
    worker.on('exit', (code, signal) => {
      clearInterval(watchdog);
      if (!hung && current === undefined && code !== 0) {
        total.failures.throw = (total.failures.throw ?? 0) + 1;
        reports.push({
          type: 'failure',
          n: next,
          kind: 'throw',
          message: `the fuzzer itself failed between inputs (exit ${code}, signal ${signal})`,
        });
      } else if (!hung && current !== undefined) {
        // The child died inside an input (out of memory, a native crash): a failure too.
        const n = current;
        const input = inputOf(seeds, opts.seed, n);
        total.inputs++;
        total.failures.throw = (total.failures.throw ?? 0) + 1;
        reports.push({
          type: 'failure',
          n,
          kind: 'throw',
          message: `the fuzzing process died (exit ${code}, signal ${signal})`,
          reproducer: input.text,
          how: input.how,
          name: input.seed.name,
        });
        next = n + 1;
      }
      const failed = Object.keys(total.failures).length > 0;
      const more =
        opts.only === undefined &&
        (opts.keepGoing || !failed) &&
        Date.now() < until &&
        !(opts.inputs > 0 && next >= opts.inputs);
      if ((hung || current !== undefined) && more) run();
      else finish();
    });
  };
  run();
}

if (require.main === module) {
  const i = process.argv.indexOf('--child');
  if (i >= 0) {
    const { opts, start, until } = JSON.parse(process.argv[i + 1]) as { opts: Options; start: number; until: number };
    child(opts, start, until);
  } else {
    parent(readOptions(process.argv.slice(2)));
  }
}
