// Bad input never crashes anything. Deterministic pseudo-random mutations of every fixture
// (lines deleted, duplicated, swapped, re-indented; scalars replaced by numbers, lists,
// maps, null, long strings, unicode; truncation), plus hand-picked odd documents: lint()
// and fixAll() never throw, every finding's range lies in the text with line and column
// matching its offsets, every fix's edits apply, and the fixed text lints again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, fixAll, lint, Finding, LintOptions } from '../../src/core';
import { FIXTURES, GOLDEN } from './helpers';
import { prng } from './random-edits';

function runbooks(): { name: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.runbook.yaml')) files.push(full);
    }
  };
  walk(FIXTURES);
  walk(GOLDEN);
  return files
    .sort()
    .map((f) => ({ name: path.relative(path.join(FIXTURES, '..'), f), text: fs.readFileSync(f, 'utf8') }));
}

const REPLACEMENTS = [
  '0',
  '-1',
  '2016',
  '1e309',
  '0x1F',
  '.nan',
  'null',
  '~',
  '',
  '[]',
  '{}',
  '[a, [b, {c: d}]]',
  '{x: {y: [1, 2]}}',
  'true',
  '"quoted: # not a comment"',
  "'single ''quote'''",
  '|\n  block\n  text',
  '>-',
  '&anchor value',
  '*anchor',
  '!!binary aGk=',
  '"\\u0000"',
  'x'.repeat(5000),
  'Ärende 😀 \u202e مرحبا 你好',
  '- item',
  'key: value',
  '? complex',
  '`',
  '%YAML 1.2',
  '2026-02-30',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const lines = text.split('\n');
  const i = Math.floor(random() * lines.length);
  const j = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 8)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i]);
      break;
    case 2:
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    case 3: {
      // A scalar value becomes something of another type.
      const m = /^(\s*(?:- )?[\w-]+:)(\s.*)?$/.exec(lines[i]);
      if (m) lines[i] = `${m[1]} ${pick(REPLACEMENTS)}`;
      else lines[i] = pick(REPLACEMENTS);
      break;
    }
    case 4: {
      const delta = Math.floor(random() * 7) - 3;
      lines[i] = delta >= 0 ? ' '.repeat(delta) + lines[i] : lines[i].replace(new RegExp(`^ {0,${-delta}}`), '');
      break;
    }
    case 5:
      lines[i] = lines[i].replace(/^ +/, (s) => '\t'.repeat(Math.max(1, s.length >> 1)));
      break;
    case 6: {
      // Truncation, possibly inside a multi-unit character or a CRLF pair.
      return text.slice(0, Math.floor(random() * text.length));
    }
    default: {
      const at = Math.floor(random() * text.length);
      return (
        text.slice(0, at) +
        pick(['[', ']', '{', '}', ':', '- ', '"', "'", '#', '\r', '\n', '\u0085', '\ufeff', '&a ', '*a ']) +
        text.slice(at)
      );
    }
  }
  return lines.join('\n');
}

/**
 * Line and column of an offset, counted by hand (1-based; the BOM is invisible on line 1).
 * A line ends at LF, or at a CR that no LF follows, as in YAML and every editor.
 */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = 0; k < offset; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      line++;
      start = k + 1;
    }
  }
  const bom = line === 1 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0;
  return { line, column: offset - start + 1 - bom };
}

function checkFindings(text: string, findings: Finding[], where: string): void {
  for (const f of findings) {
    const r = f.range;
    const at = `${where}: ${f.ruleId} ${JSON.stringify(r)}`;
    assert.ok(r.offset >= 0 && r.offset <= r.endOffset && r.endOffset <= text.length, `range outside the text: ${at}`);
    const start = position(text, r.offset);
    const end = position(text, r.endOffset);
    assert.deepStrictEqual({ line: r.line, column: r.column }, start, `start does not match its offset: ${at}`);
    assert.deepStrictEqual({ line: r.endLine, column: r.endColumn }, end, `end does not match its offset: ${at}`);
    assert.ok(
      typeof f.message === 'string' && f.message.length > 0 && !/\{\w+\}/.test(f.message),
      `message with an unfilled placeholder: ${at}: ${f.message}`,
    );
    if (!f.fix) continue;
    for (const e of f.fix.edits) {
      assert.ok(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length, `edit outside the text: ${at}`);
    }
  }
}

const OPTIONS: LintOptions = { asOf: '2026-11-23', readFile: () => 'EmailAddress\nann@contoso.com\n' };

/** Lints, checks every finding, applies every fix alone (re-linting up to `relints` of them), optionally fixAll. */
function exercise(
  text: string,
  where: string,
  relints: number,
  withFixAll: boolean,
  options: LintOptions = OPTIONS,
): void {
  const { findings } = lint(text, options);
  checkFindings(text, findings, where);
  let relinted = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    const fixed = applyEdits(text, f.fix.edits);
    if (relinted++ < relints) checkFindings(fixed, lint(fixed, options).findings, `${where} after ${f.ruleId} fix`);
  }
  if (withFixAll) {
    const all = fixAll(text, options);
    assert.ok(all.passes <= 10, where);
    checkFindings(all.text, all.findings, `${where} after fixAll`);
  }
}

describe('fuzz: mutated runbooks never crash the linter or its fixes', () => {
  const files = runbooks();
  const CASES = 2400;

  it(`${CASES} seeded mutations of ${files.length} runbooks`, function () {
    this.timeout(120000);
    // FUZZ_SEED explores other cases locally; the default keeps every run the same.
    const random = prng(Number(process.env.FUZZ_SEED ?? 20261123));
    for (let n = 0; n < CASES; n++) {
      const file = files[n % files.length];
      let text = file.text;
      const rounds = 1 + Math.floor(random() * 3);
      for (let k = 0; k < rounds; k++) text = mutate(text, random);
      const where = `case ${n} (${file.name})`;
      try {
        // Every fifth case in Swedish: fix titles and inserted notes have their own code paths.
        exercise(text, where, 1, n % 8 === 0, n % 5 === 0 ? { ...OPTIONS, locale: 'sv' } : OPTIONS);
      } catch (err) {
        (err as Error).message += `\n--- input of ${where} ---\n${text}`;
        throw err;
      }
    }
  });

  it('truncation at every 97th character of every runbook', function () {
    this.timeout(120000);
    for (const file of files.filter((_, i) => i % 3 === 0)) {
      for (let at = 0; at < file.text.length; at += 97)
        exercise(file.text.slice(0, at), `${file.name} cut at ${at}`, 0, false);
    }
  });

  it('the same runbooks with CRLF line endings, a BOM and four-space indentation', () => {
    for (const file of files) {
      exercise('\ufeff' + file.text.replace(/\r?\n/g, '\r\n'), `${file.name} (BOM, CRLF)`, 1, false);
    }
  });
});

describe('fuzz: hand-picked odd documents', () => {
  const base = fs.readFileSync(path.join(FIXTURES, 'scenarios', 'server-name-typo.runbook.yaml'), 'utf8');
  const replaceSection = (key: string, by: string) => base.replace(new RegExp(`^${key}:\\n(?:[ #].*\\n)*`, 'm'), by);
  const cases: Record<string, string> = {
    'only comments': '# a comment\n# another\n',
    '`---` alone': '---\n',
    '`---` without a newline': '---',
    '`...` alone': '...\n',
    empty: '',
    'a BOM alone': '\ufeff',
    'whitespace and CRs': ' \r\n\r\n  \r\n',
    'a 1 MB single line': 'title: ' + 'x'.repeat(1024 * 1024),
    'a 1 MB line that is not a mapping': 'y'.repeat(1024 * 1024),
    '10,000 `[`': '['.repeat(10000),
    '10,000 `{`': '{'.repeat(10000),
    '10,000 nested `- `': Array.from({ length: 10000 }, (_, i) => ' '.repeat(i % 200) + '- a').join('\n'),
    'keys that are maps': '? {a: 1}\n: b\n[x, y]: z\n' + base,
    'a step key that is a map': base.replace(
      '      - action: move-transport',
      '      - {a: b}: c\n        action: move-transport',
    ),
    'a step that is a list': base.replace(
      /( {6}- action: move-transport\n(?: {8}.*\n)+)/,
      '      - [move-transport, NOD-EX13, NOD-EX16]\n',
    ),
    'a step that is a scalar': base.replace(
      /( {6}- action: move-transport\n(?: {8}.*\n)+)/,
      '      - move the transport\n',
    ),
    '`phases: {}`': replaceSection('phases', 'phases: {}\n'),
    '`phases: []`': replaceSection('phases', 'phases: []\n'),
    '`steps: null`': base.replace(/steps:\n(?: {6}.*\n)+(?=  - id: move)/, 'steps: null\n'),
    '`steps: {}`': base.replace(/steps:\n(?: {6}.*\n)+(?=  - id: move)/, 'steps: {}\n'),
    '`servers: null`': replaceSection('servers', 'servers: null\n'),
    '`servers: {}`': replaceSection('servers', 'servers: {a: b}\n'),
    'a server that is a list': replaceSection('servers', 'servers:\n  - [NOD-EX13, "2013"]\n'),
    '`organization: [1, 2]`': replaceSection('organization', 'organization: [1, 2]\n'),
    '`target: null`': replaceSection('target', 'target:\n'),
    'the root is a list': '- ' + base.split('\n').join('\n  '),
    'the root is a scalar': 'just words\n',
    'the root is a number': '42\n',
    'every value a number': base.replace(/: [A-Za-z"].*$/gm, ': 12'),
    'every value null': base.replace(/: .*$/gm, ':'),
    'every value a list': base.replace(/: [A-Za-z"].*$/gm, ': [a, {b: c}]'),
    'every value a map': base.replace(/: [A-Za-z"].*$/gm, ': {x: [1]}'),
    'names with unicode and bidi controls': base.replace(/NOD-EX13/g, 'NÖD-ЕХ13\u202e😀'),
    'names 100,000 characters long': base.replace(/NOD-EX13/g, 'N'.repeat(100000)),
    'an alias before its anchor': base.replace('from: NOD-EX13', 'from: *ex13'),
    'aliases that resolve': base
      .replace('  - name: NOD-EX13', '  - name: &ex13 NOD-EX13')
      .replace(/from: NOD-EX13/g, 'from: *ex13'),
    'an alias bomb':
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
    'tabs for indentation': base.replace(/^( +)/gm, (s) => '\t'.repeat(s.length >> 1)),
    'CR-only line endings': base.replace(/\n/g, '\r'),
    'two documents': base + '---\n' + base,
    'a merge key': base.replace('  - name: NOD-EX13\n', '  - <<: {mailboxes: 5}\n    name: NOD-EX13\n'),
    'a binary file': '\u0000\u0001\u0002PK\u0003\u0004' + 'x'.repeat(100),
    'lone surrogates': base.replace('Nod Publishers', '\ud800\udfff\udc00 Nod'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, function () {
      this.timeout(60000);
      exercise(text, name, 3, true);
      const { findings } = lint(text, OPTIONS);
      // Odd input is told something, unless it is a valid runbook.
      if (!['aliases that resolve', 'a merge key'].includes(name))
        assert.ok(findings.length > 0, `${name}: no finding`);
    });
  }
});
