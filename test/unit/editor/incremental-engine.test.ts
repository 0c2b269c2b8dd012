// The editor's incremental path outside VS Code: the engine the shared analysis calls
// (src/extension/engine.ts: parse a version from the previous one on copies, when the
// change events fit), the lint worker's own previous parse (src/extension/lintWorker.ts:
// in place), and core lintFrom (fixes proved on the fixed block only). Each result is
// compared with a fresh full parse and lint of the same text.
import assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, Node } from 'yaml';
import { lint, lintFrom, parseFrom, parseRunbook, stepCommands, type LintOptions } from '../../../src/core';
import { changesFit, engine, type TextChange } from '../../../src/extension/engine';
import { handle } from '../../../src/extension/lintWorker';
import type { WorkerAnswer, WorkerRequest } from '../../../src/extension/workerProtocol';
import { generateRunbook } from '../../../scripts/bench';
import { FIXTURES, GOLDEN } from '../helpers';

/** Kinds, values and offsets of a node tree. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  const n = node as Node;
  const range = n.range ? [...n.range] : null;
  if (isScalar(n)) return ['s', range, n.value instanceof Date ? n.value.toISOString() : n.value, n.source];
  if (isMap(n)) return ['m', range, n.items.map((p) => [shape(p.key), shape(p.value)])];
  if (isSeq(n)) return ['q', range, n.items.map(shape)];
  return ['?', range];
}

function runbooksUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...runbooksUnder(full));
    else if (entry.name.endsWith('.runbook.yaml')) out.push(full);
  }
  return out.sort();
}

/** `text` with `insert` typed right after the first `after` at or past `from`, and the change event. */
function typeAfter(text: string, after: string, insert: string, from = 0): { text: string; change: TextChange } {
  const at = text.indexOf(after, from);
  assert.ok(at >= 0, `no ${after}`);
  const offset = at + after.length;
  return {
    text: text.slice(0, offset) + insert + text.slice(offset),
    change: { rangeOffset: offset, rangeLength: 0, text: insert },
  };
}

const OPTIONS: LintOptions = { asOf: '2026-11-23', readFile: () => undefined };

describe('editor: incremental parse and lint', function () {
  this.timeout(120_000);

  it('lintFrom gives what lint gives: findings, proved fixes and withdrawn fixes, on every fixture', () => {
    const files = [...runbooksUnder(FIXTURES), ...runbooksUnder(GOLDEN)];
    assert.ok(files.length > 20, `${files.length} runbooks`);
    let fixes = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const withdrawnFull: unknown[] = [];
      const withdrawnFrom: unknown[] = [];
      const full = lint(text, { ...OPTIONS, onFixWithdrawn: (w) => withdrawnFull.push(w) });
      const from = lintFrom(parseRunbook(text), { ...OPTIONS, onFixWithdrawn: (w) => withdrawnFrom.push(w) });
      assert.deepStrictEqual(from.findings, full.findings, file);
      assert.deepStrictEqual(withdrawnFrom, withdrawnFull, `${file}: withdrawals`);
      fixes += full.findings.filter((f) => f.fix).length;
    }
    assert.ok(fixes > 10, `only ${fixes} fixes proved`);
  });

  it('the engine parses an edit inside a step from the previous version, on copies: the previous parse stays as it was', () => {
    const before = generateRunbook(40);
    const previous = parseRunbook(before);
    const kept = shape(previous.doc?.contents);
    const { text, change } = typeAfter(before, 'duration: ', '9', before.length >> 1);
    const next = engine.parse(text, { text: before, parsed: previous, changes: [change] });
    assert.strictEqual(next.incremental, true);
    assert.deepStrictEqual(shape(next.parsed.doc?.contents), shape(parseRunbook(text).doc?.contents));
    assert.deepStrictEqual(shape(previous.doc?.contents), kept, 'the previous parse is untouched');
    assert.deepStrictEqual(engine.lint(text, OPTIONS, next.parsed).findings, lint(text, OPTIONS).findings);
  });

  it('the engine parses in full when the change events do not lead to the text, or the edit spans two steps', () => {
    const before = generateRunbook(40);
    const previous = parseRunbook(before);
    const { text, change } = typeAfter(before, 'duration: ', '9', before.length >> 1);
    // An event missed: the recorded changes do not add up to the new text.
    const missed = engine.parse(text, { text: before, parsed: previous, changes: [] });
    assert.strictEqual(missed.incremental, false);
    assert.deepStrictEqual(shape(missed.parsed.doc?.contents), shape(parseRunbook(text).doc?.contents));
    // Two steps joined (the line break and the next step's dash deleted): structure changed.
    const dash = before.indexOf('\n      - action:', before.length >> 1);
    const joined = before.slice(0, dash) + before.slice(dash + '\n      - '.length);
    const spanning = engine.parse(joined, {
      text: before,
      parsed: previous,
      changes: [{ rangeOffset: dash, rangeLength: '\n      - '.length, text: '' }],
    });
    assert.strictEqual(spanning.incremental, false);
    assert.deepStrictEqual(engine.lint(joined, OPTIONS, spanning.parsed).findings, lint(joined, OPTIONS).findings);
    assert.ok(changesFit(before, text, [change]));
  });

  it('changesFit: the lengths of the changes must add up, within the text', () => {
    assert.ok(changesFit('abc', 'abc', []));
    assert.ok(!changesFit('abc', 'abd', []));
    assert.ok(changesFit('abc', 'aXbc', [{ rangeOffset: 1, rangeLength: 0, text: 'X' }]));
    assert.ok(changesFit('abc', 'ac', [{ rangeOffset: 1, rangeLength: 1, text: '' }]));
    // At the very end of the text, and one past it.
    assert.ok(changesFit('abc', 'ab', [{ rangeOffset: 2, rangeLength: 1, text: '' }]));
    assert.ok(!changesFit('abc', 'ab', [{ rangeOffset: 3, rangeLength: 1, text: '' }]));
    assert.ok(!changesFit('abc', 'abc', [{ rangeOffset: -1, rangeLength: 0, text: '' }]));
    assert.ok(!changesFit('abc', 'aXbc', [{ rangeOffset: 1, rangeLength: 0, text: 'XY' }]));
    // Two events in a row: each against the text the one before left.
    assert.ok(
      changesFit('abc', 'abcXY', [
        { rangeOffset: 3, rangeLength: 0, text: 'X' },
        { rangeOffset: 4, rangeLength: 0, text: 'Y' },
      ]),
    );
  });

  describe('the lint worker', () => {
    let id = 0;
    const ask = (key: string, text: string): Extract<WorkerAnswer, { findings: unknown }> => {
      const request: WorkerRequest = {
        id: ++id,
        key,
        text,
        settings: { asOf: '2026-11-23', locale: 'en' },
        files: [],
      };
      const reply = handle(request);
      assert.ok(reply && 'findings' in reply, JSON.stringify(reply));
      assert.strictEqual(reply.id, id);
      return reply;
    };
    const expected = (text: string) => lint(text, { ...OPTIONS, locale: 'en' }).findings;

    it('parses each next version from its last parse of the runbook, and answers as a full lint does', () => {
      const key = 'file:///worker-incremental.runbook.yaml';
      let text = generateRunbook(40);
      const first = ask(key, text);
      assert.strictEqual(first.incremental, false);
      assert.deepStrictEqual(first.findings, expected(text));
      // Typed, step by step, into steps across the runbook: each version from the one before.
      for (const [i, insert] of ['x', '1', 'zz', ' '].entries()) {
        text = typeAfter(text, 'duration: ', insert, Math.floor((text.length * (i + 1)) / 6)).text;
        const reply = ask(key, text);
        assert.strictEqual(reply.incremental, true, `edit ${i}`);
        assert.deepStrictEqual(reply.findings, expected(text), `edit ${i}: findings`);
        const full = handle({ forget: 'file:///other.runbook.yaml' });
        assert.strictEqual(full, undefined);
      }
      // An edit that joins two steps: parsed in full, still the full lint's findings.
      const dash = text.indexOf('\n      - action:', text.length >> 1);
      text = text.slice(0, dash) + text.slice(dash + '\n      - '.length);
      const joined = ask(key, text);
      assert.strictEqual(joined.incremental, false);
      assert.deepStrictEqual(joined.findings, expected(text));
      // Closed: the next request starts from a full parse.
      assert.strictEqual(handle({ forget: key }), undefined);
      assert.strictEqual(ask(key, text).incremental, false);
    });

    it('names the steps with no command to run, as the run lenses on this thread judge them', () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'utf8');
      const parsed = parseRunbook(text);
      const manual = parsed.steps.filter((s) => !s.via && stepCommands(parsed, s).manual).map((s) => s.index);
      const reply = ask('file:///manual-steps.runbook.yaml', text);
      assert.deepStrictEqual(reply.manualSteps, manual);
      // The fixture has both kinds: a step to run (grant-migration-permissions) and a manual one (verify-domain).
      const actions = (indexes: number[]) => indexes.map((i) => parsed.steps[i].action);
      assert.ok(actions(manual).includes('verify-domain'), actions(manual).join());
      assert.ok(!actions(manual).includes('grant-migration-permissions'), actions(manual).join());
      handle({ forget: 'file:///manual-steps.runbook.yaml' });
    });

    it('keeps runbooks apart: an edit of one is never spliced into another', () => {
      const a = generateRunbook(20);
      const b = generateRunbook(30);
      ask('file:///a.runbook.yaml', a);
      ask('file:///b.runbook.yaml', b);
      const edited = typeAfter(a, 'duration: ', '5', a.length >> 1).text;
      const reply = ask('file:///a.runbook.yaml', edited);
      assert.strictEqual(reply.incremental, true);
      assert.deepStrictEqual(reply.findings, expected(edited));
      assert.deepStrictEqual(reply.symbols.length, ask('file:///b.runbook.yaml', b).symbols.length);
    });

    it('answers an error, not a crash, for a request it cannot read, and forgets that runbook', () => {
      const key = 'file:///broken.runbook.yaml';
      ask(key, generateRunbook(5));
      const reply = handle({ id: 99, key, text: undefined as unknown as string, settings: {}, files: [] });
      assert.ok(reply && 'error' in reply && reply.id === 99, JSON.stringify(reply));
      assert.strictEqual(ask(key, generateRunbook(5)).incremental, false);
    });
  });

  it('parseFrom in place equals a full parse after an edit inside a step', () => {
    const before = generateRunbook(30);
    const { text } = typeAfter(before, 'title: ', 'New ', before.length >> 1);
    const next = parseFrom(parseRunbook(before), text, true);
    assert.strictEqual(next.fallback, undefined);
    assert.deepStrictEqual(shape(next.parsed.doc?.contents), shape(parseRunbook(text).doc?.contents));
  });
});
