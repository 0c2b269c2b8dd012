// The fast composer (src/core/fast-compose.ts) gives exactly yaml's Document, or nothing:
// node by node (classes, ranges, values, types, sources, flow flags, comments, blank-line
// flags), over every fixture, golden file and example, the benchmark's runbooks, the
// fuzzer's mutations and thousands of seeded random edits; and it leaves everything outside
// its subset to yaml.
import assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { COMPOSE_OPTIONS, composeFast } from '../../src/core/fast-compose';
import { generateRunbook } from '../../scripts/bench';
import { adversarialRunbook, SHAPES } from '../../scripts/adversarial';
import { corpus, inputOf } from '../../scripts/fuzz';
import { FIXTURES, GOLDEN } from './helpers';
import { apply, prng, randomEdit, runbooksUnder, TYPED } from './random-edits';
import { firstDifference } from './yaml-compare';

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'shared', 'examples');

/** What people type that the fast composer reads itself: its subset's edges. */
const IN_SUBSET = [
  ...TYPED,
  '\n\n',
  '\n  # c\n',
  '\n      # c\n',
  '\n# c\n',
  ' # c',
  '#',
  '"a\\"b\\u00e9\\x41\\n"',
  "'it''s'",
  '"',
  '~',
  'null',
  'Null',
  'TRUE',
  'false',
  '0x1F',
  '0o17',
  '-12',
  '+3',
  '1e3',
  '.5',
  '-.inf',
  '.NaN',
  '2026-11-23',
  '12:30',
  '[a, "b", 3]',
  '[ ]',
  '|-\n          text\n',
  '>\n          folded\n          text\n',
  ': x',
  'a: b',
];

/** yaml's Document of the text, for comparison. */
function yamlDocument(text: string) {
  return parseDocument(text, COMPOSE_OPTIONS);
}

/** Fails unless the fast composer gives up on the text or gives yaml's Document for it. */
function check(text: string, label: string): boolean {
  const fast = composeFast(text);
  if (!fast) return false;
  const slow = yamlDocument(text);
  assert.deepStrictEqual(
    [...slow.errors, ...slow.warnings].map((e) => e.code),
    [],
    `${label}: read text yaml reports problems for\n${text}`,
  );
  const difference = firstDifference(fast, slow);
  assert.strictEqual(difference, undefined, `${label}: ${difference}\n${text}`);
  return true;
}

function corpusTexts(): { name: string; text: string }[] {
  const files = [...runbooksUnder(FIXTURES), ...runbooksUnder(GOLDEN)];
  if (fs.existsSync(EXAMPLES)) files.push(...runbooksUnder(EXAMPLES));
  const texts = files.map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  for (const steps of [100, 1000])
    for (const scenario of ['realistic', 'many-servers'] as const)
      texts.push({ name: `generated ${scenario} ${steps}`, text: generateRunbook(steps, scenario) });
  for (const shape of SHAPES) texts.push({ name: `adversarial ${shape}`, text: adversarialRunbook(shape, 50) });
  // Windows line breaks: the same texts with CRLF.
  for (const { name, text } of [...texts])
    if (!text.includes('\r') && text.length < 40_000)
      texts.push({ name: `${name} (CRLF)`, text: text.replace(/\n/g, '\r\n') });
  return texts;
}

describe('fast composer', function () {
  this.timeout(300_000);
  const texts = corpusTexts();

  it('gives yaml’s Document for every fixture, example and generated runbook it reads', () => {
    let read = 0;
    for (const { name, text } of texts) if (check(text, name)) read++;
    // Nearly all of them are in the subset (the rest use flow maps, anchors, CRs, end comments…).
    assert.ok(read >= texts.length * 0.85, `read ${read} of ${texts.length}`);
    for (const { name, text } of texts.filter((t) => t.name.startsWith('generated')))
      assert.ok(composeFast(text), `${name} is read by the fast composer`);
  });

  it('gives yaml’s Document or nothing after thousands of random edits', () => {
    const random = prng(1616);
    let edits = 0;
    let read = 0;
    const small = texts.filter((t) => t.text.length < 40_000);
    for (const { name, text: original } of small) {
      let text = original;
      for (let i = 0; i < 40; i++) {
        const edit = randomEdit(text, random, random() < 0.5 ? TYPED : IN_SUBSET);
        const next = apply(text, edit);
        const inSubset = check(next, `${name} edit ${i}: ${JSON.stringify(edit)}`);
        if (inSubset) read++;
        edits++;
        // Back to the original now and then, mostly after an edit that left the subset, so
        // that most edits start from a text the fast composer reads.
        text = random() < (inSubset ? 0.1 : 0.7) ? original : next;
      }
    }
    if (process.env.FAST_COMPOSE_STATS) console.log({ edits, read });
    assert.ok(edits >= 3000, `${edits} edits`);
    // The edits keep most texts inside the subset; a composer that gave up on all would prove nothing.
    assert.ok(read > edits / 3, `read only ${read} of ${edits}`);
  });

  it('gives yaml’s Document or nothing for the fuzzer’s mutations', () => {
    const seeds = corpus();
    let read = 0;
    for (let n = 0; n < 1500; n++) {
      const { text, how } = inputOf(seeds, 16, n);
      if (check(text, `fuzz input ${n} (${how.join(', ')})`)) read++;
    }
    if (process.env.FAST_COMPOSE_STATS) console.log({ fuzzed: 1500, read });
    assert.ok(read > 100, `read only ${read}`);
  });

  it('leaves what it does not read to yaml', () => {
    const base = 'runbook: 1\ntitle: T\nphases:\n  - id: p\n    steps:\n      - action: custom\n';
    const outside = [
      '',
      '# only a comment\n',
      'runbook: 1\rtitle: T\n',
      'runbook: 1\ntitle: T\r\r\n',
      '\ufeffrunbook: 1\n',
      'runbook:\t1\n',
      '%YAML 1.2\n---\nrunbook: 1\n',
      '---\nrunbook: 1\n',
      'runbook: 1\n...\n',
      'runbook: 1\n---\ntitle: T\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '? a\n: 1\n',
      'a: {b: 1}\n',
      'a: [[1]]\n',
      'a: [1, {b: 2}]\n',
      'a: [1] # c\n',
      'a: plain\n  continued\n',
      'a: "two\n  lines"\n',
      "a: 'open\n",
      'a: |+\n  x\n',
      'a: |2\n  x\n',
      'a: | # c\n  x\n',
      'a: >\n  x\n    more\n',
      'a:\n  -\n  - x\n',
      'a:\n  - - x\n',
      'a:\n  - # c\n    x\n',
      '- x\n',
      'plain\n',
      '  a: 1\n',
      'a: 1\n b: 2\n',
      'a: b: c\n',
      'a: 1\n  # deeper than the next line\nb: 2\n',
      'a:\n  b: 1\n  # at the inner map, before a shallower line\nc: 2\n',
      'a: 1\n  # at the end, not at column 0\n',
      'a:\n  # before an empty value\nb: 1\n',
      'a: 1\nb:\n',
      'a: "\\q"\n',
      'a: "\\x4"\n',
      'a: 1\n- x\n',
      'a: 1 #c\nb: @x\n',
      '"a":1\n',
      'a:1\n',
      `${'k'.repeat(1100)}: 1\n`,
      base.replace('custom', 'custom\u2028'),
      base + '    ' + '  '.repeat(100) + 'deep: 1\n',
    ];
    for (const text of outside) {
      assert.strictEqual(composeFast(text), undefined, JSON.stringify(text));
      // And yaml reads them without the fast composer's help (parse.ts falls back).
      assert.ok(yamlDocument(text));
    }
  });

  it('reads the subset’s edges exactly as yaml does', () => {
    const inside = [
      'a: 1\n',
      'a: 1',
      '# c\na: 1\n',
      '# c\n\n# d\n\na: 1\n',
      'a:\n  - x\n\n  # c\n\n  - y\nz: 1\n\n# end\n\n# e2\n\n',
      'a:\nb:   \n\nc: 1\n',
      'a: |\n  x\n\n  y\n\n\nb: 1\n',
      'a: |-\n  x\n\nb: [ a , "b" ]\n',
      'a: >\n  x\n  y\n\n  z\nb: >-\n  w\n',
      'a: |\n  x',
      'a: x # c\nb: "q" # d\nc: \'s\'   \n',
      'a:   # c\n  # d\n\n  - x\n',
      'a:\n\n  b: 1\n',
      'a:\n- x\n- y\nb: 1\n',
      'n: ~\nb: true\nc: FALSE\ni: 0x1F\no: 0o17\nf: 1.5e3\ng: -.inf\nh: .NaN\nd: 2026-11-23\nt: 12:30\ns: C#\n',
      'a: "\\u00e9\\x41\\t\\\\ \\"q\\""\n',
      "a: 'it''s'\n",
      'list:\n  - name: A   # site 1\n    roles: [mailbox]\n  - name: B\n',
      '"a" : 1\nb  : 2\n\'c\':\n  - x\n',
      'a:\n  - |\n    x\n     y\n  - >-\n    p\n\n\n    q\n  -  "s"\n',
      'a:\n  b: |\n    # not a comment\n    x\n  # c\n  d: 1\n',
      'a: [ ]\nb: []\nc: [x y, -1, "", \'\']\n',
      'a:\n  - b: 1\n\n    c: 2\n\n  - d\n\n\ne: 3\n',
      's: -x\nt: a#b\nu: a:b\nv: x,y]\n',
      'k: \u00e9t\u00e9 \ud83d\ude00\n',
      'f: 1.50\ng: 0.0\nh: -0\ni: 007\nj: +.5e-3\n',
      '# p\r\n# q\r\na: 1 # c\r\n\r\nb:\r\n  # d\r\n\r\n  # e\r\n  - x\r\n  - "q"  \r\nc: |\r\n  l1\r\n\r\n  l2\r\nd: [a, b]\r\n# e\r\n\r\n# f\r\n',
      'a: 1\nb: 2\r\n\r\n# mixed\nc: 3\r\n',
    ];
    for (const text of inside) assert.ok(check(text, JSON.stringify(text)), `read ${JSON.stringify(text)}`);
  });
});
