// Issue 9's rows about reading hostile input: recursive aliases are a finding, never a
// throw (in lint, fix-all, the checklist, the editor features and the CLI); aliases cost
// time linear in the document; nesting has a depth limit.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { fixAll, lint, parseRunbook } from '../../src/core';
import { buildChecklist, renderChecklistDocument, renderChecklistMarkdown } from '../../src/core/checklist';
import {
  completionsAt,
  documentSymbols,
  foldingRanges,
  hoverAt,
  nameOccurrences,
  referencesAt,
  scalarAt,
} from '../../src/core/editor';
import type { ParsedRunbook } from '../../src/core';
import { toData } from '../../src/core/yaml-data';
import { CLEAN_SE_RUNBOOK as CLEAN } from './helpers';
import { ROOT, runCli } from '../cli-helpers';

const OPTIONS = { asOf: '2026-11-23', readFile: () => undefined };

function where(text: string, locale: 'en' | 'sv' = 'en'): string[] {
  return lint(text, { ...OPTIONS, locale }).findings.map(
    (f) =>
      `${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${f.ruleId}: ${text.slice(f.range.offset, f.range.endOffset)} | ${f.message}`,
  );
}

const RECURSIVE = (name: string) =>
  `YAML syntax: the alias \`*${name}\` sits inside the value its anchor \`&${name}\` names, so that value would contain itself: write the value out`;

describe('hostile input: recursive aliases', () => {
  const cases: Record<string, { text: string; at: string }> = {
    'a mapping holding an alias of itself (the issue’s input)': { text: 'a: &x\n  b: *x\n', at: '2:6-2:8' },
    'a list holding itself': { text: 'a: &x [1, *x]\n', at: '1:11-1:13' },
    'the root holding itself': { text: '&r\nrunbook: 1\nself: *r\n', at: '3:7-3:9' },
    'a key holding itself': { text: '? &k [a, *k]\n: 1\n', at: '1:10-1:12' },
    'a server list inside one of its servers': {
      text: CLEAN.replace('servers:\n', 'servers: &s\n').replace(
        '    version: SE\n',
        '    version: SE\n    more: *s\n',
      ),
      at: '8:11-8:13',
    },
    'a step inside itself, several levels down': {
      text: CLEAN.replace(
        '      - action: update-server\n',
        '      - &m\n        action: update-server\n        notes: {x: [{y: *m}]}\n',
      ),
      at: '15:25-15:27',
    },
  };
  for (const [name, { text, at }] of Object.entries(cases)) {
    it(`${name}: one yaml-syntax error at the alias; fix-all, checklist and editor features run`, () => {
      const alias = /\*(\w+)/.exec(text.slice(text.lastIndexOf('*')))![1];
      assert.deepStrictEqual(where(text), [`${at} yaml-syntax: *${alias} | ${RECURSIVE(alias)}`]);
      const parsed = parseRunbook(text);
      assert.strictEqual(parsed.data, undefined);
      const fixed = fixAll(text, OPTIONS);
      assert.deepStrictEqual([fixed.text, fixed.applied], [text, 0]);
      const checklist = buildChecklist(lint(text, OPTIONS));
      assert.ok(renderChecklistMarkdown(checklist).includes(`sits inside the value its anchor \`&${alias}\``));
      assert.ok(renderChecklistDocument(checklist, { styles: '' }).includes(`&amp;${alias}`));
      // Every editor feature at every offset: none throws or loops.
      for (let offset = 0; offset <= text.length; offset++) {
        hoverAt(text, offset);
        completionsAt(text, offset);
        referencesAt(parsed, offset, true);
      }
      documentSymbols(parsed, 'en');
      foldingRanges(parsed);
      nameOccurrences(parsed);
    });
  }

  it('is said in Swedish too', () => {
    assert.deepStrictEqual(where('a: &x\n  b: *x\n', 'sv'), [
      '2:6-2:8 yaml-syntax: *x | YAML-syntax: aliaset `*x` står inuti värdet som dess ankare `&x` namnger, så värdet skulle innehålla sig självt: skriv ut värdet',
    ]);
  });

  it('an alias of an anchor it does not sit in is fine, also with the anchor name used again later', () => {
    const text = CLEAN.replace('  - name: EXSE-A', '  - name: &n EXSE-A').replace(
      '        server: EXSE-A\n',
      '        server: *n\n        notes: &n Patch it\n        title: *n\n',
    );
    assert.deepStrictEqual(where(text), []);
    const data = parseRunbook(text).data as { phases: { steps: Record<string, string>[] }[] };
    assert.deepStrictEqual([data.phases[0].steps[0].server, data.phases[0].steps[0].title], ['EXSE-A', 'Patch it']);
  });
});

describe('hostile input: recursive aliases through the CLI', function () {
  this.timeout(60000);
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exrb-hostile-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const run = (args: string[]) => runCli(args, { cwd: tmp });

  it('lint and lint --fix exit 1 with the finding; the file is left as it was', () => {
    const file = path.join(tmp, 'loop.runbook.yaml');
    fs.writeFileSync(file, 'a: &x\n  b: *x\n');
    for (const args of [
      ['lint', file],
      ['lint', '--fix', file],
      ['lint', '--format', 'json', file],
    ]) {
      const result = run(args);
      assert.deepStrictEqual([result.status, result.stderr], [1, ''], args.join(' '));
      assert.ok(result.stdout.includes('the alias `*x` sits inside the value its anchor `&x` names'), args.join(' '));
    }
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'a: &x\n  b: *x\n');
  });

  it('checklist prints the finding and exits 0, as it does for every finding (docs/checklist.md)', () => {
    const file = path.join(tmp, 'loop.runbook.yaml');
    fs.writeFileSync(file, 'a: &x\n  b: *x\n');
    const result = run(['checklist', file]);
    assert.deepStrictEqual([result.status, result.stderr], [0, '']);
    assert.ok(result.stdout.includes('the alias `*x` sits inside the value its anchor `&x` names'));
  });
});

describe('hostile input: alias expansion and depth limits', () => {
  /** A document whose aliases add `added` nodes: an anchored list of 99 items (100 nodes) used `lists` times, and a scalar alias `scalars` times. */
  const aliasing = (lists: number, scalars: number) =>
    [
      'runbook: 1',
      `a: &a [${Array.from({ length: 99 }, () => 'x').join(', ')}]`,
      's: &s one',
      `b: [${Array.from({ length: lists }, () => '*a').join(', ')}]`,
      `c: [${Array.from({ length: scalars }, () => '*s').join(', ')}]`,
      '',
    ].join('\n');

  it('aliases may add 10,000 nodes to a small document; one more is an alias bomb at the first alias', () => {
    assert.deepStrictEqual(parseRunbook(aliasing(100, 0)).fatal, []);
    const bomb = parseRunbook(aliasing(100, 1));
    assert.deepStrictEqual(
      bomb.fatal.map((p) => [p.messageId, p.args, bomb.text.slice(p.range.start, p.range.end)]),
      [['parse.aliasBomb', { limit: 10000 }, '*a']],
    );
  });

  it('a large document may repeat as many nodes through aliases as it has', () => {
    // 2,000 steps of 5 nodes each, every one repeated once through an alias: 10,000 added nodes.
    const steps: string[] = [];
    for (let i = 0; i < 2000; i++)
      steps.push(`      - &s${i}`, '        action: custom', `        title: Check ${i}`, `      - *s${i}`);
    const text =
      CLEAN.replace('      - action: update-server', `${steps.join('\n')}\n      - action: update-server`) +
      'x: [*s0]\n';
    const parsed = parseRunbook(text);
    assert.deepStrictEqual(parsed.fatal, []);
    assert.strictEqual(parsed.steps.length, 4001);
  });

  it('an anchored value is converted once and shared by its aliases, as yaml does', () => {
    const data = parseRunbook('a: &a {x: [1, 2]}\nb: *a\nc: [*a]\n').data as Record<string, unknown>;
    assert.strictEqual(data.b, data.a);
    assert.strictEqual((data.c as unknown[])[0], data.a);
  });

  it('the data walk stops at its depth limit, and not before', () => {
    const nested = (depth: number) => {
      let value: unknown = 'leaf';
      for (let i = 0; i < depth; i++) value = [value];
      return new Document(value);
    };
    // The root list is depth 0: a chain of `d` lists puts the leaf at depth d.
    assert.deepStrictEqual(toData(nested(5), 5), { data: [[[[['leaf']]]]] });
    assert.deepStrictEqual(toData(nested(6), 5), { refused: { kind: 'tooDeep' } });
  });

  it('the editor’s walks over nodes stop at the depth limit (a tree far deeper than any parse gives)', () => {
    // Built by hand: the parser refuses such text, and yaml's own builders recurse.
    const root = new YAMLMap();
    let map = root;
    for (let i = 0; i < 50000; i++) {
      const list = new YAMLSeq();
      const next = new YAMLMap();
      list.items.push(next);
      map.items.push({ key: new Scalar(`k${i}`), value: list } as never);
      map = next;
    }
    const parsed = { root, text: '', phases: [], steps: [], servers: [] } as unknown as ParsedRunbook;
    assert.deepStrictEqual(foldingRanges(parsed), []);
    assert.strictEqual(scalarAt(parsed, 0), undefined);
  });

  it('a key named __proto__ is an unknown key, not the object’s prototype', () => {
    const text = CLEAN.replace('title: Contoso\n', '__proto__: {title: Contoso}\n');
    const found = lint(text, OPTIONS).findings.map((f) => [f.ruleId, text.slice(f.range.offset, f.range.endOffset)]);
    assert.deepStrictEqual(found, [
      ['schema', 'runbook'],
      ['schema', '__proto__'],
    ]);
  });

  it('a %YAML 1.1 merge key still merges, and an invalid merge source is a finding', () => {
    const merged = parseRunbook('%YAML 1.1\n---\nb: &b {p: 1, q: 1}\nc: {<<: *b, q: 2}\n').data as Record<
      string,
      unknown
    >;
    assert.deepStrictEqual(merged.c, { q: 2, p: 1 });
    const bad = parseRunbook('%YAML 1.1\n---\nc: {<<: 3}\n');
    assert.deepStrictEqual(
      bad.fatal.map((p) => p.message),
      ['the document cannot be read: Merge sources must be maps or map aliases'],
    );
  });

  it('keys that are collections are named as yaml names them', () => {
    const doc = parseDocument('? [a, b]\n: 1\n? &k {c: d}\n: 2\n? *k\n: 3\n', { logLevel: 'error' });
    assert.deepStrictEqual(toData(doc), { data: { '[ a, b ]': 1, '{ c: d }': 2, '*k': 3 } });
  });
});

describe('hostile input: many keys', () => {
  it('40,000 unknown keys: a finding each, on its key, and a repeated one is a duplicate', function () {
    // Once quadratic (410 s); npm run bench shows the time per key, this only has to finish.
    this.timeout(180000);
    const keys = Array.from({ length: 40000 }, (_, i) => `k${i}: 1`);
    const text = `${CLEAN}${keys.join('\n')}\nk7: 2\n`;
    const findings = lint(text, OPTIONS).findings;
    const unknown = findings.filter((f) => f.message.startsWith('unknown key'));
    assert.strictEqual(unknown.length, 40000);
    assert.deepStrictEqual(
      [unknown[0], unknown[39999]].map((f) => text.slice(f.range.offset, f.range.endOffset)),
      ['k0', 'k39999'],
    );
    const duplicate = findings.filter((f) => f.message.includes('appears twice'));
    assert.deepStrictEqual(
      duplicate.map((f) => [f.range.line, f.range.column]),
      [[CLEAN.split('\n').length + 40000, 1]],
    );
  });
});

describe('hostile input: old-Mac line endings (CR alone)', () => {
  const FIXTURE = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
  const cr = (text: string) => text.replace(/\n/g, '\r');
  const summary = (text: string) =>
    lint(text, OPTIONS).findings.map((f) => [
      f.ruleId,
      f.severity,
      f.message,
      f.range.line,
      f.range.column,
      f.range.endLine,
      f.range.endColumn,
      f.range.offset,
      f.range.endOffset,
    ]);

  it('a CR-only runbook reads like the LF one: the same findings at the same lines, columns and offsets', () => {
    const lf = summary(FIXTURE);
    assert.ok(lf.length > 0);
    assert.deepStrictEqual(summary(cr(FIXTURE)), lf);
    assert.deepStrictEqual(summary(cr(CLEAN)), []);
    assert.strictEqual(parseRunbook(cr(CLEAN)).eol, '\r');
  });

  it('fix-all writes CR line breaks into a CR-only file, and the result is the LF result with CRs', () => {
    const lf = fixAll(FIXTURE, OPTIONS);
    const fixed = fixAll(cr(FIXTURE), OPTIONS);
    assert.ok(lf.applied > 0);
    assert.ok(!fixed.text.includes('\n'));
    assert.strictEqual(fixed.text, cr(lf.text));
  });

  it('CRLF and LF files keep their line endings; a file mixing LF with a stray CR reads the CR as a line break', () => {
    assert.strictEqual(parseRunbook(CLEAN.replace(/\n/g, '\r\n')).eol, '\r\n');
    assert.strictEqual(parseRunbook(CLEAN).eol, '\n');
    const mixed = CLEAN.replace('title: Contoso\n', 'title: Contoso\r');
    assert.strictEqual(parseRunbook(mixed).eol, '\n');
    assert.deepStrictEqual(summary(mixed), []);
  });

  it('the CLI lints a CR-only file as it lints the LF file', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exrb-cr-'));
    try {
      fs.writeFileSync(path.join(dir, 'lf.runbook.yaml'), FIXTURE);
      fs.writeFileSync(path.join(dir, 'cr.runbook.yaml'), cr(FIXTURE));
      const run = (file: string) => runCli(['lint', file], { cwd: dir });
      const lf = run('lf.runbook.yaml');
      const crRun = run('cr.runbook.yaml');
      assert.deepStrictEqual([crRun.status, crRun.stderr], [lf.status, '']);
      assert.strictEqual(crRun.stdout, lf.stdout.split('lf.runbook.yaml').join('cr.runbook.yaml'));
      assert.strictEqual(lf.status, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile input: a step repeated through an alias', () => {
  const text = CLEAN.replace(
    '      - action: update-server\n        server: EXSE-A\n        update: CU1\n',
    '      - &u\n        action: update-server\n        server: EXSEA\n        update: CU1\n      - action: custom\n        title: Wait a day\n      - *u\n',
  );

  it('is a second step; a name in it is one reference in the text: one finding, one edit', () => {
    const parsed = parseRunbook(text);
    assert.deepStrictEqual(
      parsed.steps.map((s) => [s.index, s.action, s.via?.source]),
      [
        [0, 'update-server', undefined],
        [1, 'custom', undefined],
        [2, 'update-server', 'u'],
      ],
    );
    const findings = lint(text, OPTIONS).findings.filter((f) => f.ruleId === 'unknown-server');
    assert.deepStrictEqual(
      findings.map((f) => [
        f.stepIndex,
        text.slice(f.range.offset, f.range.endOffset),
        f.fix?.edits.map((e) => e.text),
      ]),
      [[0, 'EXSEA', ['EXSE-A']]],
    );
  });

  it('a finding about the repeated occurrence points at its alias and has no fix', () => {
    const install = CLEAN.replace(
      '      - action: update-server\n',
      '      - &i {action: install-exchange, server: EXSE-B, version: SE, update: RTM, os: "2025"}\n      - *i\n      - action: update-server\n',
    );
    const findings = lint(install, OPTIONS).findings;
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, f.stepIndex, install.slice(f.range.offset, f.range.endOffset), !!f.fix]),
      [['duplicate-id', 1, '*i', false]],
    );
  });

  it('fix-all renames once, in the anchored text, and the repeated step follows', () => {
    const fixed = fixAll(text, OPTIONS);
    assert.deepStrictEqual(fixed.findings, []);
    assert.strictEqual(fixed.text, text.replace('server: EXSEA', 'server: EXSE-A'));
  });

  it('a repeated phase: every step in it is reached through the phase’s alias', () => {
    const phases = text.replace('  - id: tidy\n', '  - &p\n    id: tidy\n') + '  - *p\n';
    const parsed = parseRunbook(phases);
    assert.deepStrictEqual(
      parsed.steps.map((s) => s.via?.source),
      [undefined, undefined, 'u', 'p', 'p', 'p'],
    );
  });

  it('the issue’s 2016-over-2007 runbook with a repeated move: fix-all inserts the transition once and leaves no error', () => {
    const fixture = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
    const repeated = fixture
      .replace('      - action: move-transport\n', '      - &m\n        action: move-transport\n')
      .replace('      - action: decommission\n', '      - *m\n      - action: decommission\n');
    assert.notStrictEqual(repeated, fixture);
    const fixed = fixAll(repeated, { asOf: '2025-06-01' });
    assert.ok(fixed.applied > 0);
    assert.deepStrictEqual(parseDocument(fixed.text).errors, []);
    assert.deepStrictEqual(
      fixed.findings.filter((f) => f.severity === 'error'),
      [],
    );
  });

  it('the coexistence fix built per occurrence of the repeated move reaches the editor with each edit once', () => {
    // The rule builds the move off NW-EX07 once per occurrence of the aliased step; lint
    // drops the copy in one place (normalizeEdits, when it proves fixes). What it returns is
    // what the extension turns into a WorkspaceEdit (src/extension/codeActions.ts), which
    // VS Code refuses when two edits overlap.
    const fixture = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
    const repeated = fixture
      .replace('      - action: move-transport\n', '      - &m\n        action: move-transport\n')
      .replace('      - action: decommission\n', '      - *m\n      - action: decommission\n');
    const fixes = lint(repeated, { asOf: '2025-06-01' }).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    assert.ok(fixes.some((f) => f.title.startsWith('Insert the transition through Exchange 2013')));
    for (const fix of fixes) {
      const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
      for (let i = 1; i < sorted.length; i++) {
        const [a, b] = [sorted[i - 1], sorted[i]];
        assert.notDeepStrictEqual(b, a, `${fix.title}: an edit twice`);
        assert.ok(b.offset >= a.offset + a.length && !(b.offset === a.offset && a.length > 0), fix.title);
      }
    }
  });
});
