// Golden fix files, found by convention, never registered by hand:
// test/golden/<rule-id>/<name>.input.runbook.yaml, fixed by that rule's first fix, must
// equal <name>.expected.runbook.yaml (checkGoldenFix in ../helpers.ts: the finding goes,
// no new error appears, every comment stays). The input carries its own `asOf`; a name
// with `swedish` in it is linted in Swedish. Every fixable rule needs at least one pair.
// UPDATE_GOLDEN=1 writes the expected files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { RULES, RULES_BY_ID } from '../../../src/core';
import { checkGoldenFix, GOLDEN } from '../helpers';

const INPUT = '.input.runbook.yaml';
const EXPECTED = '.expected.runbook.yaml';

function goldenNames(ruleId: string): string[] {
  const dir = path.join(GOLDEN, ruleId);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(INPUT))
    .map((f) => f.slice(0, -INPUT.length))
    .sort();
}

describe('golden fix files (test/golden/<rule-id>/)', () => {
  for (const rule of RULES) {
    const names = goldenNames(rule.id);
    if (rule.fixable)
      it(`${rule.id} is fixable and has golden fix files`, () =>
        assert.ok(names.length > 0, `add test/golden/${rule.id}/<name>${INPUT} and <name>${EXPECTED}`));
    else it(`${rule.id} is not fixable and has no golden fix files`, () => assert.deepStrictEqual(names, []));
    for (const name of names)
      it(`${rule.id}/${name}`, () => checkGoldenFix(rule.id, name, name.includes('swedish') ? { locale: 'sv' } : {}));
  }

  it('every folder with golden inputs is named after a rule, and every input has its expected file', () => {
    for (const entry of fs.readdirSync(GOLDEN, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const files = fs.readdirSync(path.join(GOLDEN, entry.name));
      const inputs = files.filter((f) => f.endsWith(INPUT));
      if (inputs.length === 0) continue;
      assert.ok(RULES_BY_ID.has(entry.name), `test/golden/${entry.name}/ is not a rule id`);
      for (const f of inputs) {
        const expected = f.slice(0, -INPUT.length) + EXPECTED;
        assert.ok(files.includes(expected), `test/golden/${entry.name}/${expected} is missing`);
      }
    }
  });
});
