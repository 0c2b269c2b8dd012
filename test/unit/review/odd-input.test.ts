// Odd input gets a finding that says what is wrong, at the right place.
import * as assert from 'assert';
import { lint } from '../../../src/core';
import { readScenario } from './review-helpers';

describe('review: odd input is named for what it is', () => {
  it('an alias used before its anchor is not called an alias bomb', () => {
    const text = readScenario('server-name-typo.runbook.yaml').replace('from: NOD-EX13', 'from: *ex13');
    const findings = lint(text).findings;
    assert.deepStrictEqual(
      findings.map((f) => `${f.range.line}:${f.range.column}-${f.range.endColumn} ${f.ruleId}: ${f.message}`),
      ['32:15-20 yaml-syntax: YAML syntax: the alias `*ex13` has no anchor `&ex13` before it: set the anchor first, or write the value out'],
    );
    assert.strictEqual(
      lint(text, { locale: 'sv' }).findings[0].message,
      'YAML-syntax: aliaset `*ex13` har inget ankare `&ex13` före sig: sätt ankaret först, eller skriv ut värdet',
    );
  });
});
