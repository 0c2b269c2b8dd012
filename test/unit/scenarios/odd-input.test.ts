// Odd input gets a finding that says what is wrong, at the right place.
import * as assert from 'assert';
import { lint } from '../../../src/core';
import { readScenario } from './helpers';

describe('review: odd input is named for what it is', () => {
  it('an alias used before its anchor is not called an alias bomb', () => {
    const text = readScenario('server-name-typo.runbook.yaml').replace('from: NOD-EX13', 'from: *ex13');
    const findings = lint(text).findings;
    assert.deepStrictEqual(
      findings.map((f) => `${f.range.line}:${f.range.column}-${f.range.endColumn} ${f.ruleId}: ${f.message}`),
      [
        '32:15-20 yaml-syntax: YAML syntax: the alias `*ex13` has no anchor `&ex13` before it: set the anchor first, or write the value out',
      ],
    );
    assert.strictEqual(
      lint(text, { locale: 'sv' }).findings[0].message,
      'YAML-syntax: aliaset `*ex13` har inget ankare `&ex13` före sig: sätt ankaret först, eller skriv ut värdet',
    );
  });

  it('syntax errors after a stray `]` point at the right lines (yaml loses count of line breaks there)', () => {
    const text =
      'runbook: 1\norganization:\n ] name: x\n  mailboxes: 1\n  domains: [a]\n  directorySync: false\nservers: []\n';
    const findings = lint(text).findings;
    assert.deepStrictEqual(
      findings.map(
        (f) =>
          `${f.range.line}:${f.range.column}-${f.range.endLine}:${f.range.endColumn} ${text.slice(f.range.offset, f.range.endOffset)}`,
      ),
      // yaml reports each later line the stray `]` disturbs (one finding per line, by the parser's design).
      ['3:2-3:3 ]', '4:12-4:13 :', '5:10-5:11 :', '6:3-6:16 directorySync', '7:1-7:8 servers'],
    );
  });
});
