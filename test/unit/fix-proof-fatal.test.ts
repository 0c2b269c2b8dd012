// A fuzzer find (npm run fuzz -- --seed 5 --only 13224): fix-all renamed `ame` to `name`,
// which made "\0" a server name, and a later fix copied it raw into the text, so the file
// read as binary. The binary finding hid the other problems, and the proof counted one
// problem where there had been more: fix-all must never write a file that no longer parses.
import * as assert from 'assert';
import { fixAll } from '../../src/core';
import { parseRunbook } from '../../src/core/parse';

const REPRODUCER =
  'servers:\n  - ame: "\\0"\n    vsion: 2007\n    update:\n    update:\ntget:\n  ptform: premises\n  version: "2013"\nphases:\n- teps:\n      - action: tall-exchange\n        sver: 3\n        version: "2013"';

describe('fix proofs: a fix that makes the file unreadable is withdrawn', () => {
  it('fix-all never writes a NUL, whatever it had to withdraw (fuzz seed 5, input 13224)', () => {
    const { text: output } = fixAll(REPRODUCER, { asOf: '2026-01-15' });
    assert.ok(!output.includes('\u0000'), 'the fixed text holds a NUL');
    assert.deepStrictEqual(parseRunbook(output).fatal, []);
  });
});
