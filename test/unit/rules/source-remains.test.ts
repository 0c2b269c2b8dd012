import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { STAYS_PATTERN } from '../../../src/core/rules/source-remains';
import { RuleTester, at, edit, golden } from '../rule-tester';

const LEFT_BEHIND = golden('source-remains', '2013-left-behind');
/** A second Exchange 2013 server, installed by the runbook and left behind too. */
const INSTALLED_TOO = edit(
  LEFT_BEHIND,
  '  - id: move\n',
  '  - id: extra\n    title: Extra\n    steps:\n      - action: install-exchange\n        server: FAB-EX13-B\n        version: "2013"\n  - id: move\n',
);
const CUTOVER = golden('source-remains', 'cutover-no-decommission');
/** A line of the whole span of `needle` (the finding ends on the line it starts). */
const span = (text: string, needle: string, occurrence = 1) => {
  const p = at(text, needle, needle, occurrence);
  return { ...p, endLine: p.line };
};

new RuleTester().run('source-remains', {
  valid: [
    {
      name: 'the old servers are decommissioned; servers of the target version stay',
      code: edit(
        golden('source-remains', 'retire-phase-last'),
        '      - action: decommission\n        server: OLD-A\n',
        '      - action: decommission\n        server: OLD-A\n      - action: decommission\n        server: OLD-B\n',
      ),
    },
    {
      name: 'a cutover whose notes say the server stays',
      code: edit(
        CUTOVER,
        '      - action: assign-licenses\n',
        '      - action: assign-licenses\n        notes: TT-EX07 stays for recipient management.\n',
      ),
    },
    {
      name: 'a phase title says the server stays',
      code: edit(CUTOVER, '    title: Migrate\n', '    title: Migrate (TT-EX07 stays)\n'),
    },
    {
      name: 'a step title says the server stays',
      code: edit(
        CUTOVER,
        '      - action: assign-licenses\n',
        '      - action: assign-licenses\n        title: Licenses; KEEP TT-EX07\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'at the entry of a listed server older than the target that remains',
      code: LEFT_BEHIND,
      errors: [
        {
          ...span(LEFT_BEHIND, 'name: FAB-EX13'),
          severity: 'warning',
          message:
            'FAB-EX13 (Exchange 2013) is still in the organization when the runbook ends, but the target is Exchange 2016: move what it hosts and decommission it',
          fix: 'Append steps that retire FAB-EX13',
        },
      ],
      output: golden('source-remains', '2013-left-behind', 'expected'),
    },
    {
      name: 'the same in Swedish',
      code: LEFT_BEHIND,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'FAB-EX13 (Exchange 2013) finns kvar i organisationen när körboken slutar, men målet är Exchange 2016: flytta det den har och avveckla den',
          fix: 'Lägg till steg som avvecklar FAB-EX13',
        },
      ],
    },
    {
      name: 'at the install of a server installed in the runbook and left behind',
      code: INSTALLED_TOO,
      errors: [
        { ...span(INSTALLED_TOO, 'name: FAB-EX13'), fix: 'Append steps that retire FAB-EX13' },
        { ...span(INSTALLED_TOO, 'action: install-exchange', 2), fix: 'Append steps that retire FAB-EX13-B' },
      ],
    },
    {
      name: 'a cutover that never decommissions nor says a server stays',
      code: CUTOVER,
      errors: [
        {
          ...span(CUTOVER, 'name: TT-EX07'),
          message:
            /^TT-EX07 is still on premises when the migration to Exchange Online ends, and no step decommissions it or says that it stays/,
        },
      ],
      output: golden('source-remains', 'cutover-no-decommission', 'expected'),
    },
  ],
});

describe('source-remains: the wording of a note that keeps a server', () => {
  it('is recognised in English and Swedish', () => {
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
});

describe('source-remains: with every rule', () => {
  it('fixAll ends without source-remains or decommission-with-data, and is idempotent', () => {
    for (const name of ['2013-left-behind', 'retire-phase-last', 'cutover-no-decommission']) {
      const once = fixAll(golden('source-remains', name), {});
      assert.deepStrictEqual(
        once.findings.filter((f) => f.ruleId === 'source-remains' || f.ruleId === 'decommission-with-data'),
        [],
        name,
      );
      assert.strictEqual(fixAll(once.text, {}).text, once.text, name);
    }
  });
});
