import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core';
import { GOLDEN, lintText, ofRule } from '../helpers';
import { span, spanOf } from './onprem-helpers';
import { STAYS_PATTERN } from '../../../src/core/rules/source-remains';

const golden = (name: string) =>
  fs.readFileSync(path.join(GOLDEN, 'source-remains', `${name}.input.runbook.yaml`), 'utf8');

describe('source-remains', () => {
  it('warns at the entry of a listed server older than the target that remains', () => {
    const text = golden('2013-left-behind');
    const found = ofRule(lintText(text), 'source-remains');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.deepStrictEqual(span(found[0]), spanOf(text, 'name: FAB-EX13'));
    assert.strictEqual(
      found[0].message,
      'FAB-EX13 (Exchange 2013) is still in the organization when the runbook ends, but the target is Exchange 2016: move what it hosts and decommission it',
    );
    assert.strictEqual(found[0].fix?.title, 'Append steps that retire FAB-EX13');
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'source-remains');
    assert.strictEqual(
      sv.message,
      'FAB-EX13 (Exchange 2013) finns kvar i organisationen när körboken slutar, men målet är Exchange 2016: flytta det den har och avveckla den',
    );
  });

  it('warns at the install of a server installed in the runbook and left behind', () => {
    const text = golden('2013-left-behind').replace(
      '  - id: move\n',
      '  - id: extra\n    title: Extra\n    steps:\n      - action: install-exchange\n        server: FAB-EX13-B\n        version: "2013"\n  - id: move\n',
    );
    const found = ofRule(lintText(text), 'source-remains');
    assert.deepStrictEqual(found.map(span), [
      spanOf(text, 'name: FAB-EX13'),
      spanOf(text, 'action: install-exchange', 2),
    ]);
  });

  it('stays quiet when the old servers are decommissioned, and for servers of the target version', () => {
    const text = golden('retire-phase-last').replace(
      '      - action: decommission\n        server: OLD-A\n',
      '      - action: decommission\n        server: OLD-A\n      - action: decommission\n        server: OLD-B\n',
    );
    assert.deepStrictEqual(ofRule(lintText(text), 'source-remains'), []);
  });

  it('warns for a cutover that never decommissions nor says a server stays', () => {
    const text = golden('cutover-no-decommission');
    const [finding] = ofRule(lintText(text), 'source-remains');
    assert.deepStrictEqual(span(finding), spanOf(text, 'name: TT-EX07'));
    assert.match(
      finding.message,
      /^TT-EX07 is still on premises when the migration to Exchange Online ends, and no step decommissions it or says that it stays/,
    );
    const kept = text.replace(
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n        notes: TT-EX07 stays for recipient management.\n',
    );
    assert.deepStrictEqual(ofRule(lintText(kept), 'source-remains'), []);
  });

  it('reads a phase title and a step title as well as notes for the server that stays', () => {
    const text = golden('cutover-no-decommission');
    const byPhase = text.replace('    title: Migrate\n', '    title: Migrate (TT-EX07 stays)\n');
    assert.deepStrictEqual(ofRule(lintText(byPhase), 'source-remains'), []);
    const byStep = text.replace(
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n        title: Licenses; KEEP TT-EX07\n',
    );
    assert.deepStrictEqual(ofRule(lintText(byStep), 'source-remains'), []);
  });

  it('recognises the wording of a note that keeps a server (en + sv)', () => {
    for (const yes of [
      'TT-EX07 stays',
      'keep one server',
      'kept for recipient management',
      'servern finns kvar',
      'Behåll EX07',
      'för mottagarhantering',
    ]) {
      assert.ok(STAYS_PATTERN.test(yes), yes);
    }
    for (const no of ['decommission it', 'switch MX', 'avveckla servern']) assert.ok(!STAYS_PATTERN.test(no), no);
    // Any case, and whole words only.
    for (const yes of [
      'TT-EX07 STAYS',
      'Remains on premises',
      'KEEPING one',
      'Stannar',
      'BEHÅLLS',
      'Recipient Management',
    ])
      assert.ok(STAYS_PATTERN.test(yes), yes);
    for (const no of ['a keepsake', 'the remainder', 'upkeep', 'staying power']) assert.ok(!STAYS_PATTERN.test(no), no);
  });

  it('fixAll ends without source-remains or decommission-with-data, and is idempotent', () => {
    for (const name of ['2013-left-behind', 'retire-phase-last', 'cutover-no-decommission']) {
      const once = fixAll(golden(name), {});
      assert.deepStrictEqual(
        once.findings.filter((f) => f.ruleId === 'source-remains' || f.ruleId === 'decommission-with-data'),
        [],
        name,
      );
      assert.strictEqual(fixAll(once.text, {}).text, once.text, name);
    }
  });
});
