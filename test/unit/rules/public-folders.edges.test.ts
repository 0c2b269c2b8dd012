// public-folders at its edges (issue 17): legacy public folders to a 2013 server on premises
// at SP3 RU15 and one below, to a 2010 server (not judged), what is reported once the public
// folders' server is gone or migrated on premises only, and which servers an on-premises
// runbook judges (a 2003 server, one of unknown version, no platform).
import * as assert from 'assert';
import { lint } from '../../../src/core';
import { parseRunbook } from '../../../src/core/parse';
import { RuleTester, at, edit } from '../rule-tester';
import { CUTOVER, HYBRID_2007, ON_PREMISES } from './online-helpers';
import { flowPlan } from './flow-plan';

const ROLES_07 = '    roles: [mailbox, clientAccess, hubTransport]\n';
const PF_SERVER = edit(HYBRID_2007, ROLES_07, `${ROLES_07}    publicFolders: true\n`);
const SWITCH = '      - action: switch-mx\n';
const hop = (from: string, to: string) =>
  `      - action: migrate-public-folders\n        from: ${from}\n        to: ${to}\n`;
const before = (text: string, steps: string) => edit(text, SWITCH, steps + SWITCH);
const VIA_2013 = before(PF_SERVER, hop('NT-EX07', 'NT-HYB13') + hop('NT-HYB13', 'exchange-online'));
const update07 = (text: string, update: string) => edit(text, 'update: SP3 RU23', `update: ${update}`);
const RU14 = update07(VIA_2013, 'SP3 RU14');
const TO_2010 = before(
  edit(
    update07(PF_SERVER, 'SP3 RU14'),
    `${ROLES_07}    publicFolders: true\n`,
    `${ROLES_07}    publicFolders: true\n  - name: NT-EX10\n    version: "2010"\n    update: SP3 RU32\n${ROLES_07}`,
  ),
  hop('NT-EX07', 'NT-EX10'),
);
const DECOMMISSIONED = before(PF_SERVER, '      - action: decommission\n        server: NT-EX07\n');
const ORG_PF = (text: string) =>
  edit(text, '  domains: [northwindtraders.com]\n', '  domains: [northwindtraders.com]\n  publicFolders: true\n');
const ON_2013_ONLY = ORG_PF(before(PF_SERVER, hop('NT-EX07', 'NT-HYB13')));
const PF_ON_PREMISES = edit(
  ON_PREMISES,
  '    roles: [mailbox, clientAccess]\n',
  '    roles: [mailbox, clientAccess]\n    publicFolders: true\n',
);

/** An online runbook whose organization has public folders and no server that can hold them. */
const PF_NOWHERE = (steps: string[]) =>
  flowPlan('platform: exchange-online, method: cutover', [], [...steps, '{action: switch-mx}']).replace(
    'organization: {name: o, mailboxes: 0}',
    'organization: {name: o, mailboxes: 0, publicFolders: true}',
  );

new RuleTester().run('public-folders', {
  valid: [
    { name: 'an online migration without public folders', code: CUTOVER },
    {
      name: 'Exchange 2007 at SP3 RU15 (the value) to Exchange 2013, then online',
      code: update07(VIA_2013, 'SP3 RU15'),
    },
    { name: 'Exchange 2007 at SP3 RU16 to Exchange 2013, then online', code: update07(VIA_2013, 'SP3 RU16') },
    { name: 'no platform: nothing is judged', code: edit(PF_ON_PREMISES, '  platform: on-premises\n', '') },
    {
      name: 'on premises, a server of a version the knowledge does not know',
      code: edit(PF_ON_PREMISES, 'version: "2013"\n    update: CU23', 'version: "2099"'),
    },
    {
      name: 'a migrate step without `to` (the schema’s error) is not judged',
      code: PF_ON_PREMISES + '      - action: migrate-public-folders\n        from: FAB-EX13\n',
    },
    {
      name: 'public folders no server holds, with a migrate step: not "no step migrates them"',
      code: PF_NOWHERE(['{action: migrate-public-folders, from: X, to: Y}']),
    },
  ],
  invalid: [
    {
      name: 'public folders no server holds and no migrate step: at organization.publicFolders',
      code: PF_NOWHERE([]),
      errors: [
        {
          ...at(PF_NOWHERE([]), 'publicFolders: true', 'true'),
          message:
            'the organization has public folders, but no step migrates them to Exchange Online: they are lost when their servers are decommissioned; add a `migrate-public-folders` step',
        },
      ],
      output: null,
    },
    {
      name: 'Exchange 2007 at SP3 RU14, one below, to Exchange 2013: at the source',
      code: RU14,
      errors: [
        {
          ...at(RU14, 'from: NT-EX07\n        to: NT-HYB13', 'NT-EX07'),
          message:
            /^public folders cannot be migrated from NT-EX07 \(Exchange 2007 SP3 RU14\) to NT-HYB13: .*Exchange 2007 SP3 RU15 or later/,
        },
      ],
      output: null,
    },
    {
      name: 'to an Exchange 2010 server (not judged for RU15), where they stay: at that server’s name',
      code: TO_2010,
      errors: [
        {
          ...at(TO_2010, '- name: NT-EX10', 'NT-EX10'),
          message: /^the public folders on NT-EX10 .* stay on premises at the end/,
        },
      ],
      output: null,
    },
    {
      name: 'their server decommissioned without a migration, no `organization.publicFolders`: at the decommission',
      code: DECOMMISSIONED,
      errors: [
        {
          ...at(DECOMMISSIONED, '- action: decommission', 'action: decommission'),
          message: /^the organization has public folders, but no step migrates them to Exchange Online/,
        },
      ],
      output: null,
    },
    {
      name: '`organization.publicFolders` and a server still holding them: reported once, at the server',
      code: ORG_PF(PF_SERVER),
      errors: [{ message: /^the public folders on NT-EX07 / }],
      output: null,
    },
    {
      name: '`organization.publicFolders`, migrated on premises only: at the server that holds them at the end',
      code: ON_2013_ONLY,
      errors: [{ message: /^the public folders on NT-HYB13 / }],
      output: null,
    },
    {
      name: 'on premises, an Exchange 2003 server (rank 0) below the target still holds them',
      code: edit(PF_ON_PREMISES, 'version: "2013"\n    update: CU23', 'version: "2003"\n    update: SP2'),
      errors: [{ message: /^the public folders on FAB-EX13 / }],
      output: null,
    },
  ],
});

describe('public-folders: the step of a finding at a step', () => {
  it('the decommission that loses them is the finding’s step (for the checklist)', () => {
    const [f] = lint(DECOMMISSIONED, { today: '2026-11-23' }).findings.filter((x) => x.ruleId === 'public-folders');
    const decommission = parseRunbook(DECOMMISSIONED).steps.find((s) => s.action === 'decommission')!;
    assert.strictEqual(f.stepIndex, decommission.index);
  });
});
