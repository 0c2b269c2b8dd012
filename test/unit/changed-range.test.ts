// changedRange (src/core/analysis-splice.ts) compares texts a chunk at a time before it
// compares characters: the range it finds is the one a character-by-character comparison
// finds, wherever the change sits against the chunks (at their edges, across them, at
// either end, none at all).
import * as assert from 'assert';
import { changedRange } from '../../src/core/analysis-splice';
import { prng } from './random-edits';

function naive(before: string, after: string) {
  const min = Math.min(before.length, after.length);
  let from = 0;
  while (from < min && before[from] === after[from]) from++;
  let oldTo = before.length;
  let newTo = after.length;
  while (oldTo > from && newTo > from && before[oldTo - 1] === after[newTo - 1]) {
    oldTo--;
    newTo--;
  }
  return { from, oldTo, newTo };
}

describe('changedRange', () => {
  it('finds the range a character-by-character comparison finds, at and across chunk edges', () => {
    const random = prng(4096);
    const alphabet = 'ab\n –';
    const text = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const base = text(3 * 4096 + 17);
    // Offsets at the chunk edges from either end, and random ones.
    const edges = [0, 1, 4095, 4096, 4097, 8191, 8192, 8193, base.length - 4096, base.length - 1, base.length];
    let checked = 0;
    for (let i = 0; i < 400; i++) {
      const at = i < edges.length * 4 ? edges[i % edges.length] : Math.floor(random() * (base.length + 1));
      const removed = Math.min(base.length - at, [0, 1, 4096, Math.floor(random() * 9000)][i % 4]);
      const inserted = text([0, 1, 5, 4097][Math.floor(random() * 4)]);
      const after = base.slice(0, at) + inserted + base.slice(at + removed);
      assert.deepStrictEqual(changedRange(base, after), naive(base, after), `edit ${i} at ${at}`);
      assert.deepStrictEqual(changedRange(after, base), naive(after, base), `edit ${i} at ${at}, reversed`);
      checked++;
    }
    assert.deepStrictEqual(changedRange(base, base), { from: base.length, oldTo: base.length, newTo: base.length });
    assert.deepStrictEqual(changedRange('', 'x'), { from: 0, oldTo: 0, newTo: 1 });
    // Repeated text: the prefix is taken as long as it goes, the suffix after it.
    const twice = base + base;
    assert.deepStrictEqual(changedRange(base, twice), naive(base, twice));
    // A chunk of the suffix that would reach one character into the prefix matches here
    // ('a' typed before a run of 4,095): the suffix stops at the prefix all the same.
    const run = 'a'.repeat(10 + 4095);
    const typed = 'a'.repeat(10) + 'ba' + 'a'.repeat(4095);
    assert.deepStrictEqual(changedRange(run, typed), { from: 10, oldTo: 10, newTo: 12 });
    assert.deepStrictEqual(changedRange(typed, run), { from: 10, oldTo: 12, newTo: 10 });
    assert.strictEqual(checked, 400);
  });
});
