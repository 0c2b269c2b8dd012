// Properties every Exchange Online rule shares: fixes that converge (fixAll twice
// changes nothing the second time).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, fixAll } from '../../../src/core';
import { readerFor } from '../helpers';
import { assertConverges, goldenInputsOf } from './family-helpers';

describe('Exchange Online rules: shared properties', () => {
  // Swedish messages and the docs layout are checked for the whole catalogue in
  // test/unit/messages/rule-messages.test.ts and test/unit/docs.test.ts.

  const goldenInputs = goldenInputsOf('exchange-online');

  for (const { id, dir, file } of goldenInputs) {
    it(`fixAll on ${id}/${file} converges, leaves no ${id} finding and no error, and is idempotent`, () => {
      const input = fs.readFileSync(path.join(dir, file), 'utf8');
      const options = { readFile: readerFor(dir) };
      const once = assertConverges(input, options, id);
      // Comments survive every pass.
      for (const line of input.split('\n').filter((l) => l.trim().startsWith('#')))
        assert.ok(once.text.includes(line), line);
    });
  }

  for (const { id, dir, file } of goldenInputs) {
    it(`the ${id} fix of ${file} keeps CRLF line endings`, () => {
      const input = fs.readFileSync(path.join(dir, file), 'utf8').replace(/\n/g, '\r\n');
      const options = { readFile: readerFor(dir) };
      const finding = lint(input, options).findings.find((f) => f.ruleId === id && f.fix);
      assert.ok(finding, 'fixable finding');
      const fixed = fixAll(input, options, id).text;
      assert.notStrictEqual(fixed, input);
      assert.doesNotMatch(fixed, /[^\r]\n/, 'a bare LF');
      assert.strictEqual(fixAll(input.replace(/\r\n/g, '\n'), options, id).text, fixed.replace(/\r\n/g, '\n'));
    });
  }

  it('never crashes on broken or odd input', () => {
    const odd = [
      '',
      'runbook: 1\ntarget: {platform: exchange-online, method: staged}\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: create-migration-batch\n        batch: [1, 2]\n        method: staged\n        csv: {a: 1}\n',
      'runbook: 1\norganization: 5\nservers: 7\ntarget: {platform: exchange-online, method: hybrid}\nphases:\n  - steps:\n      - action: run-hybrid-wizard\n      - action: move-mailboxes\n        to: exchange-online\n      - action: start-migration-batch\n',
      'runbook: 1\norganization: {mailboxes: -5, publicFolders: true}\ntarget: {platform: exchange-online, method: cutover}\nphases:\n  - steps:\n      - action: complete-migration-batch\n        batch: nope\n      - action: decommission\n      - action: migrate-public-folders\n        to: exchange-online\n',
    ];
    for (const text of odd) {
      for (const locale of ['en', 'sv'] as const) lint(text, { locale, readFile: () => undefined });
      fixAll(text, { readFile: () => undefined });
    }
  });
});
