// The fix engine on its own: applyEdits, applyFixes and their overlap rules at each edge
// (inserts at one offset, ranges that touch, empty edits), line endings and the BOM; then
// how lint proves a fix before offering it, and how fix-all withdraws a fix that would
// make the runbook worse. Each failure class the fuzzer (scripts/fuzz.ts) found is a case here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import {
  applyEdits,
  applyFixes,
  fixAll,
  fixKeepsErrors,
  lint,
  normalizeEdits,
  overlaps,
  parseRunbook,
} from '../../src/core';
import type { Fix, FixWithdrawal, TextEdit } from '../../src/core';
import {
  blockItem,
  DECLINED,
  endOfNode,
  inferLayout,
  isDeclined,
  lineStartOf,
  quoted,
  renderItem,
  replaceNode,
  yamlScalar,
  type YamlEntries,
} from '../../src/core/fix';
import { FIXTURES, GOLDEN } from './helpers';

const GOLDEN_SCHEMA = path.join(GOLDEN, 'schema');

const insert = (offset: number, text: string): TextEdit => ({ offset, length: 0, text });
const replace = (offset: number, length: number, text: string): TextEdit => ({ offset, length, text });
const fix = (...edits: TextEdit[]): Fix => ({ title: 't', edits });
const AS_OF = { asOf: '2026-11-23' };
const parseProblems = (text: string) => {
  const p = parseRunbook(text);
  return p.fatal.length + p.problems.length;
};
const errors = (text: string) => lint(text, AS_OF).findings.filter((f) => f.severity === 'error').length;

describe('fix engine: applyEdits', () => {
  it('applies a replacement, an insertion and a deletion, given in any order', () => {
    assert.strictEqual(applyEdits('abcdef', [replace(4, 2, 'XY'), insert(0, '>'), replace(2, 1, '')]), '>abdXY');
  });

  it('returns the text unchanged for no edits and for an empty edit (length 0, no text)', () => {
    assert.strictEqual(applyEdits('abc', []), 'abc');
    assert.strictEqual(applyEdits('abc', [insert(1, '')]), 'abc');
  });

  it('keeps two inserts at the same offset in the order they are listed', () => {
    assert.strictEqual(applyEdits('ab', [insert(1, '1'), insert(1, '2')]), 'a12b');
  });

  it('puts an insert at the start of a replaced range before the replacement', () => {
    assert.strictEqual(applyEdits('abc', [replace(1, 1, 'X'), insert(1, '+')]), 'a+Xc');
  });

  it('applies ranges that touch (one ends where the next begins) as two edits', () => {
    assert.strictEqual(applyEdits('abcd', [replace(0, 2, 'X'), replace(2, 2, 'Y')]), 'XY');
  });

  it('refuses ranges that overlap by one character', () => {
    assert.throws(() => applyEdits('abcd', [replace(0, 2, 'X'), replace(1, 2, 'Y')]), /overlapping edits at offset 1/);
  });

  it('edits at the very end of the text append', () => {
    assert.strictEqual(applyEdits('ab', [insert(2, 'c')]), 'abc');
  });

  it('keeps CRLF line endings of the lines it does not touch, and inserts exactly what it is given', () => {
    const text = 'a: 1\r\nb: 2\r\n';
    assert.strictEqual(applyEdits(text, [insert(6, 'x: 0\r\n')]), 'a: 1\r\nx: 0\r\nb: 2\r\n');
    assert.strictEqual(applyEdits(text, [replace(9, 1, '3')]), 'a: 1\r\nb: 3\r\n');
  });

  it('counts a BOM as the character at offset 0: an insert at offset 1 goes after it', () => {
    assert.strictEqual(applyEdits('\ufeffa: 1\n', [insert(1, '# c\n')]), '\ufeff# c\na: 1\n');
  });
});

describe('fix engine: overlaps (edits of two different fixes)', () => {
  it('two inserts at the same offset conflict (which goes first is undefined)', () => {
    assert.strictEqual(overlaps(insert(5, 'a'), insert(5, 'b')), true);
  });

  it('two inserts one character apart do not conflict', () => {
    assert.strictEqual(overlaps(insert(5, 'a'), insert(6, 'b')), false);
  });

  it('ranges that touch do not conflict; ranges sharing one character do', () => {
    assert.strictEqual(overlaps(replace(0, 2, 'x'), replace(2, 2, 'y')), false);
    assert.strictEqual(overlaps(replace(2, 2, 'y'), replace(0, 2, 'x')), false);
    assert.strictEqual(overlaps(replace(0, 3, 'x'), replace(2, 2, 'y')), true);
  });

  it('an insert at either end of a replaced range does not conflict; strictly inside it does', () => {
    assert.strictEqual(overlaps(insert(2, 'a'), replace(2, 3, 'x')), false);
    assert.strictEqual(overlaps(insert(5, 'a'), replace(2, 3, 'x')), false);
    assert.strictEqual(overlaps(insert(3, 'a'), replace(2, 3, 'x')), true);
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(4, 'a')), true);
  });

  it('the same in either order: the insert second, before, at either end, inside and after the range', () => {
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(1, 'a')), false);
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(2, 'a')), false);
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(3, 'a')), true);
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(5, 'a')), false);
    assert.strictEqual(overlaps(replace(2, 3, 'x'), insert(6, 'a')), false);
    assert.strictEqual(overlaps(insert(1, 'a'), replace(2, 3, 'x')), false);
    assert.strictEqual(overlaps(insert(6, 'a'), replace(2, 3, 'x')), false);
  });

  it('an empty edit inside a replaced range conflicts like any insert', () => {
    assert.strictEqual(overlaps(insert(3, ''), replace(2, 3, 'x')), true);
  });
});

describe('fix engine: applyFixes', () => {
  it('two fixes inserting at the same offset: only the first is applied in this pass', () => {
    const result = applyFixes('ab', [fix(insert(1, '1')), fix(insert(1, '2'))]);
    assert.deepStrictEqual(result, { text: 'a1b', applied: 1 });
  });

  it('fixes whose ranges touch are both applied', () => {
    assert.deepStrictEqual(applyFixes('abcd', [fix(replace(0, 2, 'X')), fix(replace(2, 2, 'Y'))]), {
      text: 'XY',
      applied: 2,
    });
  });

  it('the same fix offered twice is applied once', () => {
    assert.deepStrictEqual(applyFixes('ab', [fix(insert(1, '-')), fix(insert(1, '-'))]), { text: 'a-b', applied: 1 });
  });

  it('a fix listing one edit twice applies it once (a step repeated through an alias)', () => {
    assert.deepStrictEqual(applyFixes('ab', [fix(replace(0, 1, 'X'), replace(0, 1, 'X'))]), { text: 'Xb', applied: 1 });
  });

  it('a fix is left for the next pass when any one of its edits touches a chosen fix', () => {
    assert.deepStrictEqual(
      applyFixes('abcdef', [fix(replace(0, 2, 'X')), fix(replace(1, 2, 'Y'), replace(5, 1, 'Z'))]),
      {
        text: 'Xcdef',
        applied: 1,
      },
    );
  });

  it('a fix whose own edits overlap is left out, never thrown', () => {
    assert.deepStrictEqual(applyFixes('abcd', [fix(replace(0, 2, 'X'), replace(1, 2, 'Y')), fix(insert(4, '!'))]), {
      text: 'abcd!',
      applied: 1,
    });
  });

  it('a fix of empty edits, or of edits that change nothing, is not counted as applied', () => {
    assert.deepStrictEqual(applyFixes('ab', [fix(insert(1, '')), fix(replace(0, 1, 'a'))]), { text: 'ab', applied: 0 });
  });

  it('a declined fix (a helper could not place its lines) is left out', () => {
    assert.deepStrictEqual(applyFixes('ab', [fix(DECLINED)]), { text: 'ab', applied: 0 });
  });
});

describe('fix engine: normalizeEdits', () => {
  it('drops duplicates and no-ops, keeps the order of inserts at one offset', () => {
    assert.deepStrictEqual(
      normalizeEdits('abc', [insert(1, 'x'), insert(1, 'y'), insert(1, 'x'), replace(2, 1, 'c')]),
      [insert(1, 'x'), insert(1, 'y')],
    );
  });

  it('is undefined for overlapping edits, two replacements from one offset, or an edit outside the text', () => {
    assert.strictEqual(normalizeEdits('abcd', [replace(0, 2, 'X'), replace(1, 1, 'Y')]), undefined);
    assert.strictEqual(normalizeEdits('abcd', [replace(1, 1, 'X'), replace(1, 2, 'Y')]), undefined);
    assert.strictEqual(normalizeEdits('ab', [replace(1, 5, 'X')]), undefined);
    assert.strictEqual(normalizeEdits('ab', [insert(-1, 'X')]), undefined);
    assert.strictEqual(normalizeEdits('abc', [replace(2, -1, 'X')]), undefined, 'a negative length');
  });

  it('allows an insert and a replacement starting at the same offset', () => {
    assert.deepStrictEqual(normalizeEdits('abc', [replace(1, 1, 'X'), insert(1, '+')]), [
      replace(1, 1, 'X'),
      insert(1, '+'),
    ]);
  });
});

describe('fix engine: block items for inserted lines', () => {
  const itemOf = (text: string, path: (string | number)[]) => {
    const doc = parseDocument(text);
    return blockItem(text, doc.getIn(path, true) as never);
  };

  it('finds the dash of an item whose anchor stands alone on the dash line', () => {
    const text = 'steps:\n  - &a\n    action: custom\n';
    assert.deepStrictEqual(itemOf(text, ['steps', 0]), { lineStart: 7, column: 2 });
  });

  it('finds the dash through an anchor and a tag on the same line as the keys', () => {
    const text = 'steps:\n  - &a !!map action: custom\n';
    assert.deepStrictEqual(itemOf(text, ['steps', 0]), { lineStart: 7, column: 2 });
  });

  it('is undefined for an item of a flow sequence and for `- - nested`', () => {
    assert.strictEqual(itemOf('steps: [{action: custom}, {action: custom}]\n', ['steps', 1]), undefined);
    assert.strictEqual(itemOf('steps:\n  - - action: custom\n', ['steps', 0, 0]), undefined);
  });
});

describe('fix engine: scalars and items the fixes write', () => {
  const readsBack = (written: string) => parseDocument(`v: ${written}\n`).get('v');

  it('writes a string plain only where YAML reads it back as that string', () => {
    const cases: [string, string][] = [
      ['Move mailboxes', 'Move mailboxes'],
      ['Flytta postlådor till Exchange (ny)', 'Flytta postlådor till Exchange (ny)'],
      ['Åtgärd', 'Åtgärd'],
      ['EX16-a.b@c/d', 'EX16-a.b@c/d'],
      ["it's – done", "it's – done"],
      ['2016', '"2016"'],
      ['-dash', '"-dash"'],
      ['', '""'],
      // YAML 1.1 booleans and null in any case
      ['yes', '"yes"'],
      ['No', '"No"'],
      ['TRUE', '"TRUE"'],
      ['Off', '"Off"'],
      ['null', '"null"'],
      ['Y', '"Y"'],
      ['n', '"n"'],
      ['yesterday', 'yesterday'],
      ['Nobody', 'Nobody'],
      // a key/comment indicator, a trailing space or colon
      ['key: value', '"key: value"'],
      ['a:b', '"a:b"'],
      ['ends:', '"ends:"'],
      ['a #comment', '"a #comment"'],
      ['a#b', '"a#b"'],
      ['space ', '"space "'],
      ['two\nlines', '"two\\nlines"'],
    ];
    for (const [value, expected] of cases) {
      assert.strictEqual(yamlScalar(value), expected, JSON.stringify(value));
      assert.strictEqual(readsBack(yamlScalar(value)), value, `reads back: ${JSON.stringify(value)}`);
    }
  });

  it('writes numbers and booleans as themselves, versions always quoted', () => {
    assert.strictEqual(yamlScalar(2000), '2000');
    assert.strictEqual(yamlScalar(false), 'false');
    assert.strictEqual(quoted('2016'), '"2016"');
    assert.strictEqual(quoted('SE'), '"SE"');
  });

  it('renders a step: first key on the dash, lists in flow style, blocks indented, versions quoted, undefined left out', () => {
    const layout = { phaseDash: '  ', phaseKeyOffset: 2, stepDashOffset: 2, stepKeyOffset: 2 };
    const entries: YamlEntries = [
      ['action', 'install-exchange'],
      ['server', 'EX19'],
      ['update', undefined],
      ['version', '2019'],
      ['roles', ['mailbox', 'edgeTransport']],
      ['notes', { block: 'line one\n\nline: three\n' }],
      ['mailboxes', 0],
    ];
    assert.strictEqual(
      renderItem(entries, '      ', layout, '\r\n', 'step'),
      [
        '      - action: install-exchange',
        '        server: EX19',
        '        version: "2019"',
        '        roles: [mailbox, edgeTransport]',
        '        notes: |',
        '          line one',
        '',
        '          line: three',
        '        mailboxes: 0',
        '',
      ].join('\r\n'),
    );
  });

  it('renders a phase with its steps nested at the layout of the file (wider offsets kept)', () => {
    const layout = { phaseDash: '', phaseKeyOffset: 4, stepDashOffset: 0, stepKeyOffset: 3 };
    const phase: YamlEntries = [
      ['id', 'retire'],
      ['title', 'Retire'],
      [
        'steps',
        [
          [
            ['action', 'decommission'],
            ['server', 'EX10'],
          ],
        ] as YamlEntries[],
      ],
      ['tags', []],
    ];
    assert.strictEqual(
      renderItem(phase, '', layout, '\n', 'phase'),
      [
        '-   id: retire',
        '    title: Retire',
        '    steps:',
        '    -  action: decommission',
        '       server: EX10',
        '    tags: []',
        '',
      ].join('\n'),
    );
  });

  it('reads the layout from the first phase and step, and falls back to two spaces', () => {
    const wide = 'runbook: 1\nphases:\n-   id: a\n    steps:\n      -   action: custom\n          title: x\n';
    assert.deepStrictEqual(inferLayout(parseRunbook(wide)), {
      phaseDash: '',
      phaseKeyOffset: 4,
      stepDashOffset: 2,
      stepKeyOffset: 4,
    });
    const narrow = 'runbook: 1\nphases:\n - id: a\n   steps:\n   - action: custom\n';
    assert.deepStrictEqual(inferLayout(parseRunbook(narrow)), {
      phaseDash: ' ',
      phaseKeyOffset: 2,
      stepDashOffset: 0,
      stepKeyOffset: 2,
    });
    assert.deepStrictEqual(inferLayout(parseRunbook('runbook: 1\n')), {
      phaseDash: '  ',
      phaseKeyOffset: 2,
      stepDashOffset: 2,
      stepKeyOffset: 2,
    });
  });

  it('finds line starts and item ends at the edges of the text', () => {
    assert.strictEqual(lineStartOf('ab\ncd', 0), 0);
    assert.strictEqual(lineStartOf('ab\ncd', 3), 3);
    assert.strictEqual(lineStartOf('ab\ncd', 4), 3);
    assert.strictEqual(lineStartOf('ab\ncd', 2), 0);
    const text = 'a:\n  - x: 1\n    y: 2\nb: 3';
    const doc = parseDocument(text);
    const item = doc.getIn(['a', 0], true) as never;
    assert.strictEqual(endOfNode(text, item), text.indexOf('b: 3'));
    const last = parseDocument('a: 1\nb: 2').get('b', true) as never;
    assert.strictEqual(endOfNode('a: 1\nb: 2', last), 'a: 1\nb: 2'.length);
  });

  it('replaces exactly one node, and marks a declined edit', () => {
    const text = 'version: "2016"\n';
    const node = parseDocument(text).get('version', true) as never;
    assert.deepStrictEqual(replaceNode(node, '"2019"'), { offset: 9, length: 6, text: '"2019"' });
    assert.ok(isDeclined(DECLINED));
    assert.ok(!isDeclined({ offset: 0, length: 0, text: '' }));
  });
});

describe('fix engine: lint proves each fix before offering it', () => {
  const base = fs.readFileSync(path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
  const withdrawals = (text: string, run: (log: (w: FixWithdrawal) => void) => void): FixWithdrawal[] => {
    const seen: FixWithdrawal[] = [];
    run((w) => seen.push(w));
    return seen;
  };

  it('a step repeated through an alias (`- &m …` then `- *m`) in a 2016-over-2007 runbook: one fix, no "overlapping edits"', () => {
    const text = base
      .replace('      - action: move-transport\n', '      - &m action: move-transport\n')
      .replace('      - action: move-mailboxes\n', '      - *m\n      - action: move-mailboxes\n');
    const coexistence = lint(text, AS_OF).findings.find((f) => f.ruleId === 'coexistence');
    assert.ok(coexistence?.fix, 'the coexistence fix is offered');
    const keys = coexistence.fix.edits.map((e) => `${e.offset}:${e.length}`);
    assert.strictEqual(new Set(keys).size, keys.length, 'no edit listed twice');
    const fixed = fixAll(text, AS_OF);
    assert.ok(fixed.applied >= 1);
    assert.strictEqual(parseProblems(fixed.text), 0);
    assert.ok(errors(fixed.text) < errors(text));
  });

  it('a step whose anchor stands alone on `- &a`: the inserted phases go above the dash line', () => {
    const text = base.replace('  - id: bring-in-2016\n', '  - &p\n    id: bring-in-2016\n');
    const fixed = fixAll(text, AS_OF);
    assert.ok(fixed.applied >= 1, 'the coexistence fix is applied');
    assert.strictEqual(parseProblems(fixed.text), 0, fixed.text);
    assert.match(fixed.text, /\n {2}- &p\n {4}id: bring-in-2016\n/);
    assert.strictEqual(errors(fixed.text), 0);
  });

  it('flow-style runbooks (`{runbook: 1, …}`, `phases: [ … ]`): no line-inserting fix is offered, fix-all changes nothing', () => {
    for (const flow of ['root', 'phases'] as const) {
      const doc = parseDocument(base);
      (flow === 'root' ? (doc.contents as { flow?: boolean }) : (doc.get('phases', true) as { flow?: boolean })).flow =
        true;
      const text = doc.toString();
      assert.strictEqual(parseProblems(text), 0);
      const seen = withdrawals(text, (log) => lint(text, { ...AS_OF, onFixWithdrawn: log }));
      assert.deepStrictEqual(
        lint(text, AS_OF)
          .findings.filter((f) => f.fix)
          .map((f) => f.ruleId),
        [],
        flow,
      );
      assert.deepStrictEqual(seen, [], 'declined, not withdrawn: nothing to log');
      assert.strictEqual(fixAll(text, AS_OF).text, text, flow);
    }
  });

  it('a fix that would add errors is withdrawn by lint and logged once with its rule id (a listed name with a bidi override, U+202E)', () => {
    // Fuzzer find: the fixes that insert steps naming the server copied the refused name into new steps.
    const clean = fs.readFileSync(path.join(FIXTURES, 'scenarios', 'combined-mistakes-onprem.runbook.yaml'), 'utf8');
    const text = clean.replace('  - name: CB-EX07B', '  - name: \u202eCB-EX07B');
    const seen: FixWithdrawal[] = [];
    const found = lint(text, { ...AS_OF, onFixWithdrawn: (w) => seen.push(w) }).findings;
    const withdrawnRules = [...new Set(seen.map((w) => w.ruleId))].sort();
    assert.deepStrictEqual(withdrawnRules, ['coexistence', 'coexistence-update', 'source-remains']);
    for (const w of seen) assert.strictEqual(w.reason, 'errors');
    assert.strictEqual(new Set(seen.map((w) => w.title)).size, seen.length, 'each withdrawal told once');
    for (const f of found) {
      if (f.fix) assert.ok(errors(applyEdits(text, f.fix.edits)) <= errors(text), `${f.ruleId} fix adds errors`);
    }
    // The same runbook with a valid name offers those fixes.
    const offered = lint(clean, AS_OF)
      .findings.filter((f) => f.fix)
      .map((f) => f.ruleId);
    for (const id of withdrawnRules) assert.ok(offered.includes(id), id);
  });

  it("fixKeepsErrors: a fix whose edit breaks the YAML is refused, the rule's own edit is accepted", () => {
    const text = base.replace(
      '        to: NW-EX16-01\n      - action: move-transport',
      '        to: NW-EX16-0\n      - action: move-transport',
    );
    const finding = lint(text, AS_OF).findings.find((f) => f.ruleId === 'unknown-server');
    assert.ok(finding?.fix, 'unknown-server offers its rename');
    const broken = { ...finding.fix, edits: [{ ...finding.fix.edits[0], text: '[NW-EX16-01' }] };
    assert.ok(parseProblems(applyEdits(text, broken.edits)) > 0);
    assert.strictEqual(fixKeepsErrors(text, broken, AS_OF), false);
    assert.strictEqual(fixKeepsErrors(text, finding.fix, AS_OF), true);
  });

  it('a server named "NW-EX\\u200b07" (zero-width space): no fix copies the name, and fix-all never adds errors', () => {
    const text = base.replace('  - name: NW-EX07', '  - name: "NW-EX\\u200b07"');
    const before = errors(text);
    const found = lint(text, AS_OF).findings;
    const unknown = found.find((f) => f.ruleId === 'unknown-server');
    assert.ok(unknown, 'the references to NW-EX07 are reported');
    assert.strictEqual(unknown.fix, undefined, 'no rename to the invalid name');
    const seen: FixWithdrawal[] = [];
    const fixed = fixAll(text, { ...AS_OF, onFixWithdrawn: (w) => seen.push(w) });
    assert.ok(errors(fixed.text) <= before, `errors ${before} → ${errors(fixed.text)}`);
    assert.ok(!fixed.text.includes('NW-EX\u200b13'), 'no new server named after the invalid one');
    for (const w of seen) assert.ok(w.ruleId && w.title && ['overlap', 'syntax', 'errors'].includes(w.reason));
    assert.strictEqual(
      new Set(seen.map((w) => `${w.ruleId}|${w.reason}|${w.title}`)).size,
      seen.length,
      'each withdrawal logged once',
    );
  });

  it('a file too large to prove each fix alone: fixes are proved in groups, and every good one is still offered', function () {
    this.timeout(60000);
    const base = fs.readFileSync(path.join(GOLDEN_SCHEMA, 'quote-version.input.runbook.yaml'), 'utf8');
    // 400 steps with an unquoted version: 400 fixes of a 30,000-character file, past the single-proof budget.
    const steps = Array.from({ length: 400 }, () => '      - action: prepare-ad\n        version: 2016\n').join('');
    const text = base.replace('    steps:\n', `    steps:\n${steps}`);
    const offered = lint(text, AS_OF).findings.filter((f) => f.ruleId === 'schema' && f.fix);
    assert.ok(offered.length >= 400, `${offered.length} fixes offered`);
    const fixed = fixAll(text, AS_OF, 'schema');
    assert.strictEqual(parseProblems(fixed.text), 0);
    assert.ok(!/version: 2016\b/.test(fixed.text));
  });
});
