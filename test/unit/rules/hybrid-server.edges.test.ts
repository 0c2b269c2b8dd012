// hybrid-server at its edges (issue 17): the organization's level next to each kind of
// hybrid server (2013: SP3 RU10, 2010: SP2) at the value and below, every lagging server
// named, updates not yet released on the runbook's date (no fix), which name the fix
// installs the hybrid server under, and each fix applied alone (fix-all repairs a wrong
// first fix through the rule's other findings, so only a single application shows it).
import * as assert from 'assert';
import { applyEdits, lint } from '../../../src/core';
import { RuleTester } from '../rule-tester';
import { HYBRID_2007, at, edit } from './online-helpers';

const ROLES_07 = '    roles: [mailbox, clientAccess, hubTransport]\n';
const WIZARD_AT_HYB = 'server: NT-HYB13\n      - action: create';
const PHASE = HYBRID_2007.slice(HYBRID_2007.indexOf('  - id: hybrid-server'), HYBRID_2007.indexOf('  - id: hybrid\n'));
/** HYBRID_2007 without its hybrid-server phase, the wizard against `server`. */
const noHybrid = (server = 'NT-EX07') =>
  edit(HYBRID_2007, PHASE, '', WIZARD_AT_HYB, `server: ${server}\n      - action: create`);
/** A listed hybrid server of `version` at `update` next to Exchange 2007 at `update07`, the wizard against it. */
const listed = (version: string, update: string, roles: string, update07: string) =>
  edit(
    HYBRID_2007,
    'update: SP3 RU23',
    `update: ${update07}`,
    ROLES_07,
    `${ROLES_07}  - name: NT-LIST\n    version: "${version}"\n    update: ${update}\n    roles: [${roles}]\n`,
    WIZARD_AT_HYB,
    'server: NT-LIST\n      - action: create',
  );
const with2010 = (update07: string) => listed('2010', 'SP3 RU32', 'mailbox, clientAccess, hubTransport', update07);
const with2013 = (update07: string) => listed('2013', 'CU23', 'mailbox, clientAccess', update07);
const asOf = (text: string, date: string) => edit(text, 'asOf: 2019-09-01', `asOf: ${date}`);
const second07 = (text: string, update: string) =>
  edit(text, ROLES_07, `${ROLES_07}  - name: NT-EX07B\n    version: "2007"\n    update: ${update}\n${ROLES_07}`);

const update = (server: string, to: string) =>
  `      - action: update-server\n        server: ${server}\n        update: ${to}\n`;
const WIZARD = '      - action: run-hybrid-wizard\n';
const INSTALLED_2016 = edit(
  HYBRID_2007,
  '        version: "2013"\n        update: CU23',
  '        version: "2016"\n        update: CU23',
);
const TWO_LAGGING = second07(with2013('SP3 RU9'), 'SP3 RU9');
const SP1_NEXT_TO_2010 = with2010('SP1');
const POINT = edit(
  HYBRID_2007,
  'update: CU23',
  'update: CU1',
  ROLES_07,
  `${ROLES_07}  - name: NT-EX13\n    version: "2013"\n    update: CU23\n    roles: [mailbox, clientAccess]\n`,
);

new RuleTester().run('hybrid-server', {
  valid: [
    {
      name: 'the wizard against an installed Exchange 2016, which cannot join a 2007 organization: left to coexistence',
      code: INSTALLED_2016,
    },
    {
      name: 'Exchange 2007 at SP3 RU10 (the value) next to a listed Exchange 2013 hybrid server',
      code: with2013('SP3 RU10'),
    },
    { name: 'Exchange 2007 at SP3 RU11 next to a listed Exchange 2013 hybrid server', code: with2013('SP3 RU11') },
    {
      name: 'Exchange 2007 at SP2 (the value) next to a listed Exchange 2010 SP3 hybrid server',
      code: with2010('SP2'),
    },
    {
      name: 'Exchange 2007 at SP3 RU9 next to a listed Exchange 2010 SP3 hybrid server: 2010 asks for SP2, not RU10',
      code: with2010('SP3 RU9'),
    },
  ],
  invalid: [
    {
      name: 'Exchange 2007 at SP1, one below SP2, next to a listed Exchange 2010 SP3 hybrid server',
      code: SP1_NEXT_TO_2010,
      errors: [
        {
          message:
            'NT-EX07 (Exchange 2007 SP1) must be at Exchange 2007 SP2 or later to coexist with the hybrid server NT-LIST (a requirement of the hybrid deployment); update before running the wizard',
          fix: 'Update NT-EX07 to SP3 RU23 before the wizard',
        },
      ],
      output: (code) => edit(code, WIZARD, update('NT-EX07', 'SP3 RU23') + WIZARD),
    },
    {
      name: 'two Exchange 2007 servers below SP3 RU10: both named in the message and the fix',
      code: TWO_LAGGING,
      errors: [
        {
          message:
            'NT-EX07 (Exchange 2007 SP3 RU9), NT-EX07B (Exchange 2007 SP3 RU9) must be at Exchange 2007 SP3 RU10 or later to coexist with the hybrid server NT-LIST (a requirement of the hybrid deployment); update before running the wizard',
          fix: 'Update NT-EX07, NT-EX07B to SP3 RU23 before the wizard',
        },
      ],
      output: (code) => edit(code, WIZARD, update('NT-EX07', 'SP3 RU23') + update('NT-EX07B', 'SP3 RU23') + WIZARD),
    },
    {
      name: 'Exchange 2007 below SP3 RU10 before any update at RU10 was released: no fix',
      code: asOf(with2013('SP3 RU9'), '2013-01-15'),
      errors: [
        {
          message:
            'NT-EX07 (Exchange 2007 SP3 RU9) must be at Exchange 2007 SP3 RU10 or later to coexist with the hybrid server NT-LIST (a requirement of the hybrid deployment); update before running the wizard; no fix is offered: no update of Exchange 2007 at SP3 RU10 or later was released by 2013-01-15',
        },
      ],
      output: null,
    },
    {
      name: 'the wizard against an Exchange 2013 CU1 server while a listed 2013 CU23 one can be the hybrid server: pointed at it',
      code: POINT,
      errors: [
        {
          message:
            /^the Hybrid Configuration Wizard runs against NT-HYB13 \(Exchange 2013 CU1\), which cannot be the hybrid server .*; run it against NT-EX13$/,
          ...at(POINT, '- action: run-hybrid-wizard\n        server: NT-HYB13', 'NT-HYB13'),
          fix: 'Run the wizard against NT-EX13',
        },
      ],
      output: (code) => edit(code, WIZARD_AT_HYB, 'server: NT-EX13\n      - action: create'),
    },
    {
      name: 'a 2013 server below CU2 before CU2 was released: no fix',
      code: asOf(edit(HYBRID_2007, 'update: CU23', 'update: CU1'), '2013-05-01'),
      errors: [
        {
          message:
            'the Hybrid Configuration Wizard runs against NT-HYB13 (Exchange 2013 CU1), which is below Exchange 2013 CU2, the lowest level a hybrid server of an Exchange 2007 organization can run; update it first; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-05-01',
        },
      ],
      output: null,
    },
    {
      name: 'no hybrid server before Exchange 2013 CU2 was released: no fix, naming CU2',
      code: asOf(edit(noHybrid(), 'update: SP3 RU23', 'update: SP3 RU10'), '2013-05-01'),
      errors: [
        {
          message:
            /^the Hybrid Configuration Wizard cannot run in an Exchange 2007 organization without a hybrid server.*; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-05-01$/,
        },
      ],
      output: null,
    },
    {
      name: 'a name used nowhere else is taken as the server to install',
      code: noHybrid('NT-NEW'),
      errors: [{ fix: 'Install NT-NEW (Exchange 2013 CU23) as the hybrid server before the wizard' }],
    },
    {
      name: 'a name that cannot be a server name (a space): a new server is installed',
      code: noHybrid('"NT NEW"'),
      errors: [{ fix: 'Install NT-HYB13 (Exchange 2013 CU23) as the hybrid server before the wizard' }],
    },
    {
      name: 'the name of a listed server decommissioned before the wizard: a new server is installed',
      code: edit(
        second07(noHybrid('NT-EX07B'), 'SP3 RU23'),
        '      - action: verify-domain\n',
        '      - action: decommission\n        server: NT-EX07B\n      - action: verify-domain\n',
      ),
      errors: [{ fix: 'Install NT-HYB13 (Exchange 2013 CU23) as the hybrid server before the wizard' }],
    },
    {
      name: 'the name of a server the runbook installs and decommissions before the wizard (never listed): a new server is installed',
      code: edit(
        noHybrid('NT-GONE'),
        '      - action: verify-domain\n',
        '      - action: install-exchange\n        server: NT-GONE\n        version: "2013"\n        update: CU23\n        roles: [mailbox, clientAccess]\n' +
          '      - action: decommission\n        server: NT-GONE\n      - action: verify-domain\n',
      ),
      errors: [{ fix: 'Install NT-HYB13 (Exchange 2013 CU23) as the hybrid server before the wizard' }],
    },
  ],
});

describe('hybrid-server: each fix applied alone', () => {
  const fixedOnce = (text: string) => {
    const found = lint(text, { today: '2026-11-23' }).findings.filter((x) => x.ruleId === 'hybrid-server');
    assert.strictEqual(found.length, 1);
    return applyEdits(text, found[0].fix!.edits);
  };

  it('no hybrid server: the install goes before the wizard, and the wizard is pointed at it', () => {
    const fixed = fixedOnce(noHybrid());
    assert.ok(fixed.includes('      - action: run-hybrid-wizard\n        server: NT-HYB13\n'), fixed);
    assert.ok(fixed.includes('        server: NT-HYB13\n        version: "2013"\n        update: CU23\n'), fixed);
  });

  it('a name used nowhere else: kept, and the install takes it', () => {
    const fixed = fixedOnce(noHybrid('NT-NEW'));
    assert.ok(fixed.includes('      - action: run-hybrid-wizard\n        server: NT-NEW\n'), fixed);
    assert.ok(fixed.includes('        server: NT-NEW\n        version: "2013"\n'), fixed);
  });

  it('Exchange 2007 below SP3 RU10 and no hybrid server: updated before the install', () => {
    const fixed = fixedOnce(edit(noHybrid(), 'update: SP3 RU23', 'update: SP3 RU9'));
    assert.match(
      fixed,
      /- action: update-server\n        server: NT-EX07\n        update: SP3 RU23\n      - action: prepare-schema\n/,
    );
  });
});
