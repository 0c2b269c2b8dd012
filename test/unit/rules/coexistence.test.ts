import * as assert from 'assert';
import { ServerNameSet } from '../../../src/core/util/server-name';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint } from '../../../src/core';
import { describeFindings, FIXTURES, GOLDEN, problems, readerFor, ruleIdsTagged } from '../helpers';
import { RuleTester, at, edit, golden, indent, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';
import { intermediateVersion, canCoexist, lagsBehind } from '../../../src/core/knowledge/coexistence';
import { deriveServerName } from '../../../src/core/rules/coexistence';

const ONPREM_RULES = ruleIdsTagged('on-premises');
const line = (text: string, needle: string) => {
  const p = at(text, needle);
  return { ...p, endLine: p.line };
};

describe('coexistence knowledge', () => {
  it('encodes the section 0 matrix', () => {
    assert.strictEqual(canCoexist('2016', '2007'), false);
    assert.strictEqual(canCoexist('2013', '2003'), false);
    assert.strictEqual(canCoexist('SE', '2013'), false);
    assert.strictEqual(canCoexist('2019', '2013'), true);
    assert.strictEqual(canCoexist('2010', '2003'), true);
    assert.strictEqual(lagsBehind('2019', '2013', 'CU20'), 'CU21');
    assert.strictEqual(lagsBehind('SE', '2019', 'CU13'), 'CU14');
    assert.strictEqual(lagsBehind('SE', '2016', 'CU22'), 'CU23');
    assert.strictEqual(lagsBehind('2013', '2007', 'SP3 RU9'), 'SP3 RU10');
    assert.strictEqual(lagsBehind('2013', '2007', undefined), undefined);
  });

  it('picks the newest version that coexists with both ends', () => {
    assert.strictEqual(intermediateVersion('2016', ['2007']), '2013');
    assert.strictEqual(intermediateVersion('2019', ['2007']), '2013');
    assert.strictEqual(intermediateVersion('2013', ['2003']), '2010');
    assert.strictEqual(intermediateVersion('2019', ['2010']), '2016');
    assert.strictEqual(intermediateVersion('SE', ['2013']), '2019');
    assert.strictEqual(intermediateVersion('SE', ['2010']), '2016');
    // No single step: the first of a chain (2013, then 2019 on the next pass).
    assert.strictEqual(intermediateVersion('SE', ['2007']), '2013');
  });

  it('names the new server after the old ones', () => {
    assert.strictEqual(deriveServerName('NW-EX07', '2007', '2013', new ServerNameSet(['NW-EX07'])), 'NW-EX13-01');
    assert.strictEqual(deriveServerName('FAB-EX07-MBX', '2007', '2013', new ServerNameSet()), 'FAB-EX13-01');
    assert.strictEqual(deriveServerName('EX2007', '2007', '2013', new ServerNameSet()), 'EX2013-01');
    // Taken names compare without case, on both sides.
    assert.strictEqual(
      deriveServerName('NW-EX07', '2007', '2013', new ServerNameSet(['nW-Ex13-01', 'nw-ex13-02'])),
      'NW-EX13-03',
    );
    assert.strictEqual(deriveServerName('MAIL', '2010', '2016', new ServerNameSet()), 'EX16-01');
  });
});

/** OLD (Exchange 2010 SP3 RU11) in the organization; NEW (Exchange 2016) prepared for and installed. */
const BASE = onPremises({
  servers: yaml`
    - name: OLD
      version: "2010"
      update: SP3 RU11
  `,
  steps: yaml`
    - action: prepare-schema
      version: "2016"
    - action: prepare-ad
      version: "2016"
    - action: install-exchange
      server: NEW
      version: "2016"
  `,
});
/** BASE with OLD at `old` (`version`, `update`) and `version` installed as `server`, with `extra` fields. */
function over(old: [string, string], version: string, { name = 'OLD', server = 'NEW', extra = '' } = {}): string {
  return edit(
    BASE,
    '  - name: OLD\n    version: "2010"\n    update: SP3 RU11\n',
    `  - name: ${name}\n    version: "${old[0]}"\n    update: ${old[1]}\n`,
    '  version: "2016"\nphases',
    `  version: "${version}"\nphases`,
    '        version: "2016"\n      - action: prepare-ad\n        version: "2016"\n',
    `        version: "${version}"\n      - action: prepare-ad\n        version: "${version}"\n`,
    '        server: NEW\n        version: "2016"\n',
    `        server: ${server}\n        version: "${version}"\n${extra}`,
  );
}
const INVALID_2016_OVER_2007 = fs.readFileSync(path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
const OVER_2003 = over(['2003', 'SP2'], '2013', { name: 'OLD03', server: 'EX13', extra: '        update: CU23\n' });
/** An Exchange 2013 server next to a 2019 one (Ex19-A, CU14) as of 2025-06-01, with `steps` after the preparation. */
const org = (old2013: string, steps: string) =>
  edit(
    over(['2013', old2013], '2019'),
    '    update: ' + old2013 + '\n',
    `    update: ${old2013}\n    mailboxes: 0\n  - name: Ex19-A\n    version: "2019"\n    update: CU14\n    mailboxes: 0\n`,
    'name: OLD',
    'name: OLD13',
    'asOf: 2024-01-15',
    'asOf: 2025-06-01',
    '      - action: install-exchange\n        server: NEW\n        version: "2019"\n',
    steps,
  );
const installAt = (update: string) =>
  `      - action: install-exchange\n        server: EX19-B\n        version: "2019"\n        update: ${update}\n`;
const updateTo = (update: string, server = 'ex19-a') =>
  `      - action: update-server\n        server: ${server}\n        update: ${update}\n`;
const UPDATE_TO_CU15 = org('CU23', updateTo('CU15'));
const BELOW_TO_CU16 = edit(
  org('CU23', updateTo('CU16')),
  'update: CU14\n    mailboxes: 0',
  'update: CU12\n    mailboxes: 0',
);
const HYBRID_2016 = edit(
  over(['2007', 'SP3 RU23'], '2016', { name: 'EX07', server: 'HYB16', extra: '        hybrid: true\n' }),
  '  mailboxes: 100',
  '  mailboxes: 300',
  '  platform: on-premises\n  version: "2016"',
  '  platform: exchange-online\n  method: hybrid',
);
const REUSE_2013 = edit(
  over(['2007', 'SP3 RU23'], '2016', { name: 'EX07', server: 'EX16', extra: '        update: CU23\n' }),
  '    update: SP3 RU23\n',
  '    update: SP3 RU23\n    mailboxes: 60\n  - name: EX13\n    version: "2013"\n    update: CU23\n    mailboxes: 40\n',
);
/** What the transition fix makes of REUSE_2013: moves to EX13 and the decommission of EX07, no new server. */
const REUSED = edit(
  REUSE_2013,
  '  - id: go\n',
  indent(
    2,
    yaml`
      - id: move-to-2013
        title: Move services and data from Exchange 2007 to Exchange 2013
        steps:
          - action: move-client-access
            from: EX07
            to: EX13
            id: move-client-access-to-ex13
            title: Move client access from EX07 to EX13
            notes: |
              Create a legacy host name (e.g. \`legacy.contoso.com\`) for the old servers while mailboxes remain on them;
              enable Outlook Anywhere on the old client access servers (\`Set-OutlookAnywhere\`); configure the virtual
              directories and certificates of EX13 (\`Set-OwaVirtualDirectory\`, \`Set-WebServicesVirtualDirectory\`,
              \`New-ExchangeCertificate\`, \`Enable-ExchangeCertificate\`); set the Autodiscover SCP
              (\`Set-ClientAccessServer -AutoDiscoverServiceInternalUri\`), then point the DNS namespace at EX13.
              See [Outlook Anywhere](https://learn.microsoft.com/en-us/exchange/outlook-anywhere-exchange-2013-help) and [certificates](https://learn.microsoft.com/en-us/exchange/digital-certificates-and-ssl-exchange-2013-help).
          - action: move-transport
            from: EX07
            to: EX13
            id: move-transport-to-ex13
            title: Move mail flow from EX07 to EX13
            notes: |
              Add EX13 as a source server of the send connectors, point inbound SMTP at it, then remove EX07
              from the connectors. See [the upgrade checklist](https://learn.microsoft.com/en-us/exchange/checklist-upgrade-from-exchange-2007-exchange-2013-help).
          - action: move-mailboxes
            from: EX07
            to: EX13
            id: move-mailboxes-to-ex13
            title: Move the mailboxes from EX07 to EX13
            notes: |
              Online moves: \`New-MoveRequest -Identity <mailbox> -TargetDatabase <database>\` (or \`New-MigrationBatch -Local\`);
              follow them with \`Get-MoveRequestStatistics\`. See [New-MoveRequest](https://learn.microsoft.com/powershell/module/exchangepowershell/new-moverequest).
      - id: retire-2007
        title: Decommission Exchange 2007
        steps:
          - action: decommission
            server: EX07
            id: decommission-ex07
            title: Decommission EX07
            notes: |
              Re-home the offline address book, remove the mailbox and public folder databases, then uninstall with
              Setup (\`Setup /mode:uninstall\`) or Control Panel, never with ADSIEdit. Uninstall the Exchange 2007 roles in the order Mailbox, UM, Hub Transport, Client Access.
              See [decommissioning legacy Exchange servers](https://blogs.technet.microsoft.com/mspfe/2015/08/26/decommissioning-legacy-exchange-servers/).
    `,
  ) + '  - id: go\n',
);
const cu15 = (update: string) => org('CU21', installAt(update));

new RuleTester().run('coexistence', {
  valid: [
    { name: '2016 over 2010', code: over(['2010', 'SP3 RU11'], '2016') },
    { name: '2013 over 2007', code: over(['2007', 'SP3 RU10'], '2013') },
    { name: '2019 over 2013', code: over(['2013', 'CU21'], '2019') },
    { name: 'installing 2019 CU14 next to 2013 CU21', code: cu15('CU14') },
    { name: 'updating a 2019 server to CU14 while 2013 remains', code: org('CU23', updateTo('CU14')) },
    {
      name: 'updating to CU15 after the 2013 decommission',
      code: org('CU23', '      - action: decommission\n        server: old13\n' + updateTo('CU15')),
    },
    { name: 'what the transition fix leaves when an Exchange 2013 server is there', code: REUSED },
    {
      name: 'the organization is judged at the install: a 2007 server decommissioned earlier does not block',
      code: edit(
        over(['2007', 'SP3 RU23'], '2016', { name: 'EX07', server: 'EX16' }),
        '  mailboxes: 100',
        '  mailboxes: 0',
        '    update: SP3 RU23\n',
        '    roles: [clientAccess]\n',
        '    steps:\n',
        '    steps:\n      - action: decommission\n        server: EX07\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'the shared invalid example, at the install step',
      code: INVALID_2016_OVER_2007,
      errors: [
        {
          line: 31,
          column: 9,
          endLine: 31,
          endColumn: 33,
          severity: 'error',
          message:
            'Exchange 2016 Setup refuses to run while Exchange 2007 servers remain (NW-EX07). Go through Exchange 2013: install it, ' +
            'move client access, transport, mailboxes and public folders to it, decommission every Exchange 2007 server, then install Exchange 2016',
          fix: 'Insert the transition through Exchange 2013 before phase `bring-in-2016`: install NW-EX13-01, move everything off NW-EX07 and decommission it',
        },
      ],
    },
    {
      name: 'the same in Swedish',
      code: INVALID_2016_OVER_2007,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'Installationsprogrammet för Exchange 2016 vägrar köras medan Exchange 2007-servrar finns kvar (NW-EX07). Gå via Exchange 2013: ' +
            'installera den, flytta klientåtkomst, transport, postlådor och gemensamma mappar dit, avveckla alla Exchange 2007-servrar och installera sedan Exchange 2016',
          fix: 'Infoga övergången via Exchange 2013 före fasen `bring-in-2016`: installera NW-EX13-01, flytta allt från NW-EX07 och avveckla den',
        },
      ],
    },
    {
      name: 'Exchange 2013 over Exchange 2003: through Exchange 2010',
      code: OVER_2003,
      errors: [
        {
          ...line(OVER_2003, 'action: install-exchange'),
          message:
            /^Exchange 2013 Setup refuses to run while Exchange 2003 servers remain \(OLD03\)\. Go through Exchange 2010:/,
          fix: 'Insert the transition through Exchange 2010 before phase `go`: install OLD10-01, move everything off OLD03 and decommission it',
        },
      ],
    },
    {
      name: 'Exchange 2019 over Exchange 2010: through Exchange 2016',
      code: over(['2010', 'SP3 RU30'], '2019', { name: 'EX2010', server: 'EX2019' }),
      errors: [
        {
          message:
            /^Exchange 2019 Setup refuses to run while Exchange 2010 servers remain \(EX2010\)\. Go through Exchange 2016:/,
          details: {
            via: '2016',
            chain: ['2016'],
            blockers: ['EX2010'],
            endOfSupport: '2025-10-14',
            sources: ['https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements'],
          },
          fix: 'Insert the transition through Exchange 2016 before phase `go`: install EX2016-01, move everything off EX2010 and decommission it',
        },
      ],
    },
    {
      name: 'Exchange SE over Exchange 2013: through Exchange 2019',
      code: over(['2013', 'CU23'], 'SE', { name: 'EX13A', server: 'EXSE' }),
      errors: [
        {
          message:
            /^Exchange SE Setup refuses to run while Exchange 2013 servers remain \(EX13A\)\. Go through Exchange 2019:/,
          fix: 'Insert the transition through Exchange 2019 before phase `go`: install EX19-01, move everything off EX13A and decommission it',
        },
      ],
    },
    ...['CU15', 'CU16'].map((update) => ({
      name: `installing 2019 ${update} next to 2013 CU21: the fix installs CU14`,
      code: cu15(update),
      errors: [
        {
          ...line(cu15(update), update),
          severity: 'error' as const,
          message: `Exchange 2019 ${update} Setup refuses to run while Exchange 2013 servers remain (OLD13): install Exchange 2019 CU14, the last update whose Setup accepts Exchange 2013, and update to ${update} after the last Exchange 2013 server is decommissioned`,
          fix: `Use CU14 instead of ${update}`,
        },
      ],
      output: cu15('CU14'),
    })),
    {
      name: 'installing 2019 CU15 next to 2013, in Swedish',
      code: cu15('CU15'),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^Installationsprogrammet för Exchange 2019 CU15 vägrar köras medan Exchange 2013-servrar finns kvar \(OLD13\): installera Exchange 2019 CU14/,
          fix: 'Använd CU14 i stället för CU15',
        },
      ],
    },
    {
      // The server is already at CU14: lowering the update would change nothing, so no fix.
      name: 'updating a 2019 server to CU15 while 2013 remains',
      code: UPDATE_TO_CU15,
      errors: [
        {
          ...line(UPDATE_TO_CU15, 'CU15'),
          message:
            'Exchange 2019 CU15 Setup refuses to run while Exchange 2013 servers remain (OLD13): keep Ex19-A at CU14 or below until the last Exchange 2013 server is decommissioned, then update it',
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'updating a 2019 server below CU14 to CU16: the fix updates it to CU14',
      code: BELOW_TO_CU16,
      errors: [{ fix: 'Use CU14 instead of CU16' }],
      output: edit(BELOW_TO_CU16, 'update: CU16', 'update: CU14'),
    },
    {
      name: 'a hybrid server that cannot coexist, in an Exchange Online runbook: no on-premises transition fix',
      code: HYBRID_2016,
      errors: [{ ...line(HYBRID_2016, 'action: install-exchange'), fix: null }],
      output: null,
    },
    {
      name: 'an Exchange 2013 server already in the organization is the transition server',
      code: REUSE_2013,
      errors: [
        {
          fix: 'Insert the transition through Exchange 2013 before phase `go`: move everything off EX07 and decommission it',
        },
      ],
      output: REUSED,
    },
  ],
});

// Where coexistence ends and coexistence-update begins: 2013 below CU21 next to Exchange 2019.
new RuleTester().run('coexistence-update', {
  valid: [{ name: '2013 CU21 next to 2019 CU14 (also what the CU15 fix above leaves)', code: cu15('CU14') }],
  invalid: [
    {
      name: '2013 CU20 next to 2019',
      code: org('CU20', installAt('CU14')),
      errors: [{ fix: 'Insert an `update-server` step that brings OLD13 to Exchange 2013 CU23' }],
    },
  ],
});

describe('coexistence: what the tables do not say', () => {
  it('the shared invalid example has no other error', () => {
    const found = lint(INVALID_2016_OVER_2007, { readFile: readerFor(FIXTURES) }).findings;
    const errors = found.filter((f) => f.severity === 'error');
    assert.deepStrictEqual(
      errors.map((f) => f.ruleId),
      ['coexistence'],
      describeFindings(found),
    );
  });

  it('golden: a CRLF file fixed in Swedish keeps CRLF line endings', () => {
    const out = golden('coexistence', 'crlf-swedish', 'expected');
    assert.strictEqual(out.split('\n').length - 1, out.split('\r\n').length - 1, 'every line ends in CRLF');
    assert.ok(out.includes('    title: Installera Exchange 2013 för övergången från Exchange 2007\r\n'));
  });
});

describe('coexistence: fixAll on the shared invalid example', () => {
  const file = path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml');
  const input = fs.readFileSync(file, 'utf8');
  const options = { readFile: readerFor(FIXTURES) };

  it('leaves no error and no warning of the on-premises rules, keeps every comment, and matches the golden output', () => {
    const result = fixAll(input, options);
    const left = problems(result.findings);
    assert.deepStrictEqual(
      left.filter((f) => f.severity === 'error').map((f) => f.message),
      [],
    );
    assert.deepStrictEqual(
      left.filter((f) => ONPREM_RULES.includes(f.ruleId)).map((f) => f.message),
      [],
    );
    for (const line of input.split('\n').filter((l) => l.includes('#')))
      assert.ok(result.text.includes(line), `comment lost: ${line}`);
    const expected = fs.readFileSync(
      path.join(GOLDEN, 'coexistence', 'invalid-2016-over-2007.expected.runbook.yaml'),
      'utf8',
    );
    assert.strictEqual(result.text, expected);
    // The old retire phase now retires the transition server, and its title says so.
    assert.ok(
      result.text.includes(
        '  - id: retire\n    title: Retire Exchange 2013\n    steps:\n      - action: decommission\n        server: NW-EX13-01\n',
      ),
    );
    // What remains is advice: the 2013 transition server is past its end of support.
    assert.deepStrictEqual(
      result.findings.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}`),
      ['44:18 info end-of-support'],
    );
  });

  it('is idempotent: a second fixAll changes nothing', () => {
    const once = fixAll(input, options).text;
    const twice = fixAll(once, options);
    assert.strictEqual(twice.text, once);
    assert.strictEqual(twice.applied, 0);
  });

  it('takes SE over Exchange 2007 through 2013 and 2019 in one fix, ending clean', () => {
    const text = fs.readFileSync(
      path.join(GOLDEN, 'coexistence', 'se-over-2007-four-space.input.runbook.yaml'),
      'utf8',
    );
    const result = fixAll(text, {});
    assert.strictEqual(result.passes, 1);
    assert.deepStrictEqual(
      problems(result.findings).map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
    assert.ok(result.text.includes('                server: CON-EX2019-01\n                version: "2019"\n'));
    assert.strictEqual(fixAll(result.text, {}).text, result.text);
  });
});
