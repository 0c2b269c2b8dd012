// What the family tests (onprem-rules, online-rules) share: the golden inputs of a
// family's rules, and fix-all on one of them converging.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, type FixAllResult, type LintOptions } from '../../../src/core';
import type { RuleTag } from '../../../src/core/rule';
import { describeFindings, GOLDEN, ruleIdsTagged } from '../helpers';

/** Every golden input of the family's rules (test/golden/<rule>/*.input.runbook.yaml). */
export function goldenInputsOf(tag: RuleTag): { id: string; dir: string; file: string }[] {
  return ruleIdsTagged(tag).flatMap((id) => {
    const dir = path.join(GOLDEN, id);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.input.runbook.yaml'))
      .map((f) => ({ id, dir, file: f }));
  });
}

/**
 * fix-all on `input` fixes something and leaves no error and no finding of rule `id`, and
 * a second fix-all changes nothing. Returns the first.
 */
export function assertConverges(input: string, options: LintOptions, id: string): FixAllResult {
  const once = fixAll(input, options);
  assert.ok(once.applied > 0, 'something was fixed');
  const left = once.findings.filter((f) => f.severity === 'error' || f.ruleId === id);
  assert.deepStrictEqual(
    left.map((f) => `${f.range.line} ${f.ruleId}: ${f.message}`),
    [],
    describeFindings(once.findings),
  );
  const twice = fixAll(once.text, options);
  assert.strictEqual(twice.text, once.text);
  assert.strictEqual(twice.applied, 0);
  return once;
}
