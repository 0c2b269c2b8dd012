// Input a runbook file can hold that is not a tidy runbook: the parser must never crash or
// hang, and the findings must point exactly where an editor shows the problem.
import * as assert from 'assert';
import { lint, parseRunbook, Finding, LintOptions } from '../../src/core';
import { firstLineRange, MAX_FILE_CHARS } from '../../src/core/parse';
import { coreMessage } from '../../src/core/l10n/messages';
import { MAX_NODE_DEPTH, toData } from '../../src/core/yaml-data';
import { parseDocument } from 'yaml';

/** Lints clean: one Exchange SE server kept up to date. */
const CLEAN = [
  '# Contoso: keep the SE server patched', // 1
  'runbook: 1', // 2
  'title: Contoso', // 3
  'asOf: 2026-11-23', // 4
  'organization: {name: Contoso, mailboxes: 10}', // 5
  'servers:', // 6
  '  - name: EXSE-A   # the current server', // 7
  '    version: SE', // 8
  'target: {platform: on-premises, version: SE}', // 9
  'phases:', // 10
  '  - id: tidy', // 11
  '    title: Tidy up', // 12
  '    steps:', // 13
  '      - action: update-server', // 14
  '        server: EXSE-A', // 15
  '        update: CU1', // 16
  '',
].join('\n');
/** `EXSEA` on line 15, columns 17–22: one unknown-server error. */
const TYPO = CLEAN.replace('        server: EXSE-A\n', '        server: EXSEA\n');

const EMPTY_MESSAGE =
  'the file is empty: a runbook needs `runbook: 1`, `title`, `organization`, `servers`, `target` and `phases`';
const PARSE_RULES = new Set(['yaml-syntax', 'schema']);

function run(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { asOf: '2026-11-23', ...options }).findings;
}

/** `line:col-endLine:endCol rule: message`, the form the assertions compare. */
function where(findings: Finding[]): string[] {
  return findings.map(
    (f) => `${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${f.ruleId}: ${f.message}`,
  );
}

/** A deterministic byte generator, so the "random" garbage is the same on every run. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return bytes;
}

describe('parser edge cases', () => {
  it('the clean base runbook has no findings (so the cases below test only what they change)', () => {
    assert.deepStrictEqual(where(run(CLEAN)), []);
    assert.deepStrictEqual(where(run(TYPO)), [
      '15:17-15:22 unknown-server: `EXSEA` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `EXSE-A`?)',
    ]);
  });

  describe('empty and non-text files', () => {
    it('an empty file is one schema finding at 1:1', () => {
      assert.deepStrictEqual(where(run('')), [`1:1-1:1 schema: ${EMPTY_MESSAGE}`]);
      const parsed = parseRunbook('');
      assert.deepStrictEqual(
        [parsed.fatal.length, parsed.problems.length, parsed.root, parsed.steps.length],
        [0, 1, undefined, 0],
      );
    });

    it('whitespace only, or comments only, is the same empty file', () => {
      for (const text of ['   \n\n  \t\n', '\r\n\r\n', '# a plan to come\n# later\n']) {
        assert.deepStrictEqual(where(run(text)), [`1:1-1:1 schema: ${EMPTY_MESSAGE}`], JSON.stringify(text));
      }
    });

    it('says so in Swedish', () => {
      assert.deepStrictEqual(where(run('', { locale: 'sv' })), [
        '1:1-1:1 schema: filen är tom: en körbok behöver `runbook: 1`, `title`, `organization`, `servers`, `target` och `phases`',
      ]);
    });

    it('binary garbage is one yaml-syntax finding at 1:1, whether or not it holds NUL bytes', () => {
      const png = Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]);
      const noNul = garbage(4096, 7).map((b) => (b === 0 ? 1 : b));
      for (const bytes of [png, garbage(4096, 42), noNul]) {
        const text = bytes.toString('utf8');
        assert.deepStrictEqual(where(run(text)), [
          '1:1-1:1 yaml-syntax: YAML syntax: the file is binary, not YAML text',
        ]);
        assert.strictEqual(parseRunbook(text).doc, undefined, 'yaml never sees it');
      }
      assert.deepStrictEqual(where(run(png.toString('latin1'), { locale: 'sv' })), [
        '1:1-1:1 yaml-syntax: YAML-syntax: filen är binär, inte YAML-text',
      ]);
    });

    it('a few odd characters in a text file are not "binary"', () => {
      const text = CLEAN.replace('title: Tidy up', 'title: Tidy up \u0007 and \ufffd once');
      assert.deepStrictEqual(
        where(run(text)).filter((w) => w.includes('yaml-syntax')),
        [],
      );
    });

    it('a file over the size limit is refused with a finding, not parsed', () => {
      const text = 'a'.repeat(MAX_FILE_CHARS + 1);
      assert.deepStrictEqual(where(run(text)), [
        '1:1-1:1 yaml-syntax: YAML syntax: the file is 32 MB; runbooks larger than 32 MB are not read',
      ]);
    });
  });

  describe('layout', () => {
    it('a tab used for indentation is one finding on the tab', () => {
      const text = CLEAN.replace('    title: Tidy up', '\ttitle: Tidy up');
      assert.deepStrictEqual(where(run(text)), [
        '12:1-12:2 yaml-syntax: YAML syntax: tabs are not allowed for indentation in YAML; indent with spaces',
      ]);
      const twoTabs = CLEAN.replace('        update: CU1', '\t\tupdate: CU1');
      assert.deepStrictEqual(where(run(twoTabs)), [
        '16:1-16:3 yaml-syntax: YAML syntax: tabs are not allowed for indentation in YAML; indent with spaces',
      ]);
    });

    it('a tab between a key and its value is fine', () => {
      assert.deepStrictEqual(where(run(CLEAN.replace('title: Tidy up', 'title:\tTidy up'))), []);
    });

    it('CRLF line endings give the same lines and columns as LF, and parsed.eol is CRLF', () => {
      const crlf = TYPO.replace(/\n/g, '\r\n');
      const [lf] = run(TYPO);
      const [found] = run(crlf);
      assert.deepStrictEqual(
        [found.range.line, found.range.column, found.range.endLine, found.range.endColumn],
        [lf.range.line, lf.range.column, lf.range.endLine, lf.range.endColumn],
      );
      assert.strictEqual(found.range.offset, lf.range.offset + 14, 'one \\r per line before line 15');
      assert.strictEqual(crlf.slice(found.range.offset, found.range.endOffset), 'EXSEA');
      const parsed = parseRunbook(crlf);
      assert.strictEqual(parsed.eol, '\r\n');
      assert.strictEqual(parseRunbook(TYPO).eol, '\n');
      // A step's first line stops before the \r.
      const step = parsed.steps[0];
      const range = firstLineRange(crlf, step.node);
      assert.strictEqual(crlf.slice(range.start, range.end), 'action: update-server');
    });

    it('CRLF: a syntax error points at the right column', () => {
      // The unclosed `[` on line 12 is noticed where the next key, `steps`, starts.
      const text = CLEAN.replace('    title: Tidy up', '    title: [Tidy up');
      const expected = [
        '13:5-13:6 yaml-syntax: YAML syntax: flow sequence in block collection must be sufficiently indented and end with a ]',
      ];
      assert.deepStrictEqual(where(run(text)), expected);
      assert.deepStrictEqual(where(run(text.replace(/\n/g, '\r\n'))), expected);
    });

    it('a byte-order mark does not shift line 1’s columns; offsets still index the text as given', () => {
      const plain = CLEAN.replace('# Contoso: keep the SE server patched\nrunbook: 1', 'runbook: 2');
      const [without] = run(plain);
      const [withBom] = run('\ufeff' + plain);
      assert.strictEqual(without.ruleId, 'schema');
      assert.deepStrictEqual([without.range.line, without.range.column, without.range.endColumn], [1, 10, 11]);
      assert.deepStrictEqual([withBom.range.line, withBom.range.column, withBom.range.endColumn], [1, 10, 11]);
      assert.strictEqual(withBom.range.offset, without.range.offset + 1);
      assert.deepStrictEqual(where(run('\ufeff' + CLEAN)), []);
      const [later] = run('\ufeff' + TYPO);
      assert.deepStrictEqual([later.range.line, later.range.column], [15, 17], 'other lines are untouched');
    });
  });

  describe('YAML structure', () => {
    it('a duplicate key is a schema finding on the whole second key, and linting goes on', () => {
      const text = TYPO.replace('title: Contoso\n', 'title: Contoso\ntitle: Fabrikam\n');
      assert.deepStrictEqual(where(run(text)), [
        '4:1-4:6 schema: this key appears twice in the same mapping; keep one',
        '16:17-16:22 unknown-server: `EXSEA` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `EXSE-A`?)',
      ]);
      const parsed = parseRunbook(text);
      assert.deepStrictEqual([parsed.fatal.length, parsed.problems.length, parsed.steps.length], [0, 1, 1]);
    });

    it('a duplicate key inside a step points at the step’s second key', () => {
      const text = CLEAN.replace('        update: CU1\n', '        update: CU1\n        server: EXSE-B\n');
      assert.deepStrictEqual(where(run(text)), [
        '17:9-17:15 schema: this key appears twice in the same mapping; keep one',
      ]);
      assert.deepStrictEqual(where(run(text, { locale: 'sv' })), [
        '17:9-17:15 schema: nyckeln förekommer två gånger i samma mappning; behåll en',
      ]);
    });

    it('anchors and aliases used legitimately resolve: a server name and a repeated step', () => {
      const text = CLEAN.replace('  - name: EXSE-A', '  - name: &ex EXSE-A')
        .replace('        server: EXSE-A\n', '        server: *ex\n')
        .replace(
          '        update: CU1\n',
          '        update: CU1\n      - &check {action: custom, title: Check the queues}\n      - *check\n',
        );
      assert.deepStrictEqual(where(run(text)), []);
      const parsed = parseRunbook(text);
      assert.deepStrictEqual(
        parsed.steps.map((s) => [s.index, s.indexInPhase, s.action]),
        [
          [0, 0, 'update-server'],
          [1, 1, 'custom'],
          [2, 2, 'custom'],
        ],
      );
      assert.deepStrictEqual(
        (parsed.data as { phases: { steps: { server?: string }[] }[] }).phases[0].steps[0].server,
        'EXSE-A',
      );
    });

    it('an alias bomb is one yaml-syntax finding at the first alias, found at once', () => {
      const bomb = [
        'lol: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
        'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
        'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
        'h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
        'i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
      ].join('\n');
      const text = CLEAN.replace('phases:\n', `${bomb}\nphases:\n`);
      assert.deepStrictEqual(where(run(text)), [
        '11:8-11:10 yaml-syntax: YAML syntax: aliases expand to more than 10000 nodes (an alias bomb); write the values out instead of nesting aliases',
      ]);
      assert.strictEqual(parseRunbook(text).data, undefined);
    });

    it('two documents in one file: a yaml-syntax finding at the start of the second', () => {
      assert.deepStrictEqual(where(run(`${CLEAN}---\n${CLEAN}`)), [
        '17:1-17:4 yaml-syntax: YAML syntax: a runbook is one YAML document, but a second one starts here (after `---` or `...`); split the file into one runbook each',
      ]);
      assert.deepStrictEqual(where(run(`${CLEAN}...\nrunbook: 1\n`)), [
        '18:1-18:11 yaml-syntax: YAML syntax: a runbook is one YAML document, but a second one starts here (after `---` or `...`); split the file into one runbook each',
      ]);
    });

    it('one document with explicit markers (a leading --- and a closing ...) is fine', () => {
      assert.deepStrictEqual(where(run(`---\n${CLEAN}...\n`)), []);
    });

    it('a scalar or a list at the root is a schema finding on it, not a crash', () => {
      const scalar = run('hello\n');
      assert.deepStrictEqual(
        scalar.map((f) => [f.ruleId, f.range.line, f.range.column, f.range.endLine, f.range.endColumn]),
        [['schema', 1, 1, 1, 6]],
      );
      assert.match(scalar[0].message, /mapping/);
      assert.deepStrictEqual(
        run('42\n').map((f) => [f.ruleId, f.range.column, f.range.endColumn]),
        [['schema', 1, 3]],
      );
      assert.deepStrictEqual(
        run('- a\n- b\n').map((f) => [f.ruleId, f.range.line, f.range.column]),
        [['schema', 1, 1]],
      );
      const parsed = parseRunbook('hello\n');
      assert.deepStrictEqual([parsed.fatal.length, parsed.root, parsed.data], [0, undefined, 'hello']);
    });

    it('several errors on one broken line give one finding; errors on other lines their own', () => {
      const text = CLEAN.replace('  - id: tidy', '  - id: tidy: [x').replace(
        '        update: CU1',
        '        update: "CU1',
      );
      const findings = run(text);
      assert.ok(findings.every((f) => f.ruleId === 'yaml-syntax'));
      const lines = findings.map((f) => f.range.line);
      assert.deepStrictEqual(lines, [...new Set(lines)], 'at most one finding per line');
    });
    it('a YAML syntax error in Swedish keeps the parser’s own detail and code inside the Swedish sentence', () => {
      const text = CLEAN.replace('    title: Tidy up', '    title: [Tidy up');
      assert.deepStrictEqual(where(run(text, { locale: 'sv' })), [
        '13:5-13:6 yaml-syntax: YAML-syntax: YAML-texten kan inte läsas här (YAML-tolken: ”flow sequence in block collection must be sufficiently indented and end with a ]”, felkod `BAD_INDENT`): kontrollera indrag, hakparenteser och citattecken',
      ]);
    });

    it('a merge source that is not a mapping: the document cannot be read, in English and in Swedish', () => {
      const text = '%YAML 1.1\n---\n' + CLEAN.replace('title: Contoso\n', 'title: Contoso\nx: {<<: 3}\n');
      assert.deepStrictEqual(where(run(text)), [
        '1:1-1:1 yaml-syntax: YAML syntax: the document cannot be read: Merge sources must be maps or map aliases',
      ]);
      assert.deepStrictEqual(where(run(text, { locale: 'sv' })), [
        '1:1-1:1 yaml-syntax: YAML-syntax: dokumentet kan inte läsas: källorna för en sammanslagning (`<<`) måste vara mappningar eller alias för mappningar',
      ]);
    });

    it('nesting deeper than the data conversion goes: the document cannot be read, in English and in Swedish', () => {
      // The parser refuses deeper brackets and indentation up front, so this message has no
      // runbook that reaches it today; it is a safety net, and still speaks both languages.
      assert.strictEqual(
        coreMessage('en', 'parse.nodeDepth', { depth: MAX_NODE_DEPTH }),
        'the document cannot be read: it nests deeper than 1000 levels',
      );
      assert.strictEqual(
        coreMessage('sv', 'parse.nodeDepth', { depth: MAX_NODE_DEPTH }),
        'dokumentet kan inte läsas: det är nästlat djupare än 1000 nivåer',
      );
      const deep = toData(parseDocument('a: [[[1]]]\n'), 2);
      assert.deepStrictEqual(deep, { refused: { kind: 'tooDeep' } });
    });
  });

  describe('size and depth', () => {
    it('nesting too deep for yaml’s recursive composer is refused up front, repeatably', () => {
      const flow = '['.repeat(5000) + ']'.repeat(5000);
      for (let i = 0; i < 3; i++) {
        assert.deepStrictEqual(where(run(flow)), [
          '1:101-1:102 yaml-syntax: YAML syntax: the YAML nests deeper than a runbook can (more than 100 levels of brackets or 400 columns of indentation)',
        ]);
      }
      const block = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
      assert.deepStrictEqual(
        run(block).map((f) => [f.ruleId, f.range.line, f.range.column]),
        [['yaml-syntax', 402, 401]],
      );
      const compact = `${'- '.repeat(2000)}x\n`;
      assert.deepStrictEqual(
        run(compact).map((f) => [f.ruleId, f.range.line, f.range.column]),
        [['yaml-syntax', 1, 401]],
      );
      // Brackets inside quotes, comments and balanced Markdown links in notes do not count.
      const notes = CLEAN.replace(
        '        update: CU1',
        `        update: CU1\n        notes: "${'['.repeat(200)}" # ${'{'.repeat(200)}`,
      );
      assert.deepStrictEqual(where(run(notes)), []);
    });

    it('a 10 MB runbook parses and lints without a crash, findings on the right lines', function () {
      this.timeout(180000);
      const head = CLEAN.slice(0, CLEAN.indexOf('phases:\n') + 'phases:\n'.length);
      const parts = [head];
      let length = head.length;
      let phases = 0;
      while (length < 10 * 1024 * 1024) {
        const phase =
          `  - id: phase-${phases}\n    title: Phase ${phases}\n    steps:\n` +
          `      - action: update-server\n        server: EXSE-A\n        update: CU1\n        notes: |\n          Check the queues on EXSE-A, then the [event log](https://example.invalid/${phases}).\n` +
          `      - action: custom\n        title: Tell the service desk about phase ${phases}\n`;
        parts.push(phase);
        length += phase.length;
        phases++;
      }
      parts.push('  - id: last\n    title: Last\n    steps:\n      - action: decommission\n        server: EXSEA\n');
      const text = parts.join('');
      assert.ok(text.length >= 10 * 1024 * 1024);
      const { findings, parsed } = lint(text, { asOf: '2026-11-23' });
      assert.deepStrictEqual(
        [parsed.fatal.length, parsed.phases.length, parsed.steps.length],
        [0, phases + 1, 2 * phases + 1],
      );
      const lastLine = text.split('\n').length - 1;
      assert.deepStrictEqual(
        findings
          .filter((f) => f.ruleId === 'unknown-server' || PARSE_RULES.has(f.ruleId))
          .map((f) => [f.ruleId, f.range.line, f.range.column]),
        [['unknown-server', lastLine, 17]],
      );
    });
  });
});
