// The incremental analysis gives exactly what a full one gives: thousands of seeded random
// edits of the fixtures (characters typed and deleted inside values, keys and indentation;
// line breaks; and the characters that change structure: `&`, `*`, `{`, `[`, `---`, `#`,
// quotes, tabs, CRs), each analysed from the previous edit's analysis, each compared with
// a full parse and lint of the same text: the same nodes at the same offsets, the same
// findings (messages, ranges), the same proved fixes.
import assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, Node } from 'yaml';
import { analyze, analyzeIncremental, Analysis, lint } from '../../src/core';
import { parseRunbook, readText } from '../../src/core/parse';
import { spliceDocument } from '../../src/core/analysis-splice';
import { FIXTURES, GOLDEN } from './helpers';
import { generateRunbook } from '../../scripts/bench';
import { apply, prng, randomEdit, runbooksUnder } from './random-edits';

/** The node tree as comparable data: kinds, values, offsets (comments aside: nothing reads them). */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as Node;
  const range = n.range ? [...n.range] : null;
  if (isScalar(n)) return ['s', range, n.value instanceof Date ? n.value.toISOString() : n.value, n.type, n.source];
  if (isMap(n)) return ['m', range, !!n.flow, n.items.map((p) => [shape(p.key), shape(p.value)])];
  if (isSeq(n)) return ['q', range, !!n.flow, n.items.map(shape)];
  return ['?', range];
}

function assertSame(
  incremental: Analysis,
  text: string,
  full: ReturnType<typeof parseRunbook>,
  options: object,
  label: string,
): void {
  const a = incremental.parsed;
  assert.strictEqual(a.text, full.text, label);
  assert.deepStrictEqual(a.lineCounter.lineStarts, full.lineCounter.lineStarts, `${label}: line starts`);
  assert.deepStrictEqual(
    a.fatal.map((p) => [p.message, p.range]),
    full.fatal.map((p) => [p.message, p.range]),
    `${label}: fatal`,
  );
  assert.deepStrictEqual(
    a.problems.map((p) => [p.message, p.range]),
    full.problems.map((p) => [p.message, p.range]),
    `${label}: problems`,
  );
  if (incremental.mode === 'incremental') {
    assert.deepStrictEqual(shape(a.doc?.contents), shape(full.doc?.contents), `${label}: nodes`);
    assert.deepStrictEqual(a.doc?.range, full.doc?.range, `${label}: document range`);
  }
  assert.deepStrictEqual(
    a.steps.map((s) => [s.index, s.indexInPhase, s.phase.index, s.action, s.id, s.node.range]),
    full.steps.map((s) => [s.index, s.indexInPhase, s.phase.index, s.action, s.id, s.node.range]),
    `${label}: steps`,
  );
  assert.deepStrictEqual(
    a.servers.map((s) => [s.index, s.name, s.node.range]),
    full.servers.map((s) => [s.index, s.name, s.node.range]),
    `${label}: servers`,
  );
  const expected = lint(text, options);
  const plain = expected.findings.map((f) => {
    const { fix: _fix, ...rest } = f;
    return rest;
  });
  assert.deepStrictEqual(incremental.findings(), plain, `${label}: findings`);
  assert.deepStrictEqual(incremental.lint().findings, expected.findings, `${label}: findings with proved fixes`);
}

describe('analysis: incremental equals full', function () {
  // Thousands of edits, each linted twice (and its fixes proved): tens of seconds on a busy machine.
  this.timeout(600_000);
  const options = { asOf: '2026-11-23', readFile: () => undefined };

  it('gives the same parse, findings and fixes as a full analysis after every random edit', () => {
    const random = prng(16);
    const files = [...runbooksUnder(path.join(FIXTURES)), ...runbooksUnder(GOLDEN)];
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    texts.push(generateRunbook(60));
    let edits = 0;
    let spliced = 0;
    const fallbacks = new Map<string, number>();
    for (let t = 0; t < texts.length; t++) {
      let text = texts[t];
      let analysis = analyze(text, options);
      // A run of edits on one file, each from the analysis before it.
      const runs = 24;
      for (let i = 0; i < runs; i++) {
        const edit = randomEdit(text, random);
        const next = apply(text, edit);
        const label = `${files[t] ?? 'generated'} edit ${i}: ${JSON.stringify(edit)}`;
        if (process.env.ANALYSIS_DUMP) fs.writeFileSync(process.env.ANALYSIS_DUMP, JSON.stringify({ text, edit }));
        // The copying splice (how fixes are proved) first: it must leave the previous parse as it was.
        const full = parseRunbook(next);
        const copyThis = i % 3 === 0;
        const before = copyThis ? shape(analysis.parsed.doc?.contents) : undefined;
        const copied = copyThis ? spliceDocument(analysis.parsed, readText(next), false) : undefined;
        if (copied && 'doc' in copied) {
          assert.deepStrictEqual(shape(copied.doc.contents), shape(full.doc?.contents), `${label}: copy`);
          assert.deepStrictEqual(shape(analysis.parsed.doc?.contents), before, `${label}: previous parse kept`);
        }
        const previous = analysis;
        const incremental = analyzeIncremental(analysis, [edit], next, options);
        assertSame(incremental, next, full, options, label);
        // The previous analysis, spent by the incremental one, still answers (parsed again).
        if (i % 7 === 0)
          assert.deepStrictEqual(
            shape(previous.parsed.doc?.contents),
            shape(parseRunbook(text).doc?.contents),
            `${label}: spent previous`,
          );
        edits++;
        if (incremental.mode === 'incremental') spliced++;
        else fallbacks.set(incremental.fallback!, (fallbacks.get(incremental.fallback!) ?? 0) + 1);
        // Back to the original now and then, and mostly after an edit that broke the YAML, so
        // that the file does not dissolve into noise and most edits start from a parse.
        if (random() < 0.1 || (incremental.parsed.fatal.length > 0 && random() < 0.8)) {
          text = texts[t];
          analysis = analyze(text, options);
        } else {
          text = next;
          analysis = incremental;
        }
      }
    }
    if (process.env.ANALYSIS_STATS) console.log({ edits, spliced, fallbacks });
    assert.ok(edits >= 1900, `${edits} edits`);
    // The point of it: most edits are spliced, not parsed again in full.
    assert.ok(spliced > edits / 5, `only ${spliced} of ${edits} edits were incremental`);
  });
});
