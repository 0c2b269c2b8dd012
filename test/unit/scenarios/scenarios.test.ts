// Realistic runbooks, each encoding one thing Microsoft documents (exchange-facts.md
// sections 1–7), with the exact findings a migration engineer should get: rule, line and
// severity, nothing more (one mistake, one finding) and nothing less.
import * as assert from 'assert';
import * as fs from 'fs';
import { lint, Finding } from '../../../src/core';
import { describeFindings } from '../helpers';
import { lintScenario, readScenario, SCENARIOS } from './helpers';

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}${f.fix ? ' +fix' : ''}`);
}

/** file → the exact findings: "line:column severity rule[ +fix]". */
const EXPECTED: Record<string, string[]> = {
  // 2019 cannot join an organization with 2010: the message names 2016 as the way.
  '2010-to-2019-direct.runbook.yaml': ['21:12 warning end-of-support', '30:9 error coexistence +fix'],
  // 2013 cannot join an organization with 2003: the way is 2010.
  '2003-to-2013-direct.runbook.yaml': ['27:9 error coexistence +fix'],
  // 2007 SP3 RU8 and 2010 SP2 both lag behind what 2013 Setup checks.
  'mixed-2007-2010-to-2013.runbook.yaml': [
    '29:9 warning coexistence-update +fix',
    '29:9 warning coexistence-update +fix',
  ],
  '2016-to-se-cu22.runbook.yaml': ['24:9 warning coexistence-update +fix'],
  'se-over-2013.runbook.yaml': ['24:9 error coexistence +fix'],
  '2019-on-ws2022-cu11.runbook.yaml': ['28:13 error os-requirement'],
  'forest-2003-with-2016.runbook.yaml': ['27:18 error forest-level'],
  'outlook-2007-with-2016.runbook.yaml': ['27:18 warning client-support'],
  'cutover-2500.runbook.yaml': ['16:11 error cutover-size +fix'],
  'cutover-400.runbook.yaml': ['18:11 warning cutover-size +fix'],
  'staged-from-2010.runbook.yaml': ['16:11 error staged-source'],
  'hybrid-2007-with-2010-sp2.runbook.yaml': ['32:17 error hybrid-server +fix'],
  'hybrid-without-dirsync.runbook.yaml': ['28:9 error directory-sync +fix'],
  'cutover-with-dirsync.runbook.yaml': ['9:18 error directory-sync +fix'],
  'mx-after-complete.runbook.yaml': ['38:9 error mail-flow-order'],
  'pf-2007-to-online.runbook.yaml': ['44:15 error public-folders'],
  'decommission-with-public-folders.runbook.yaml': ['43:9 error decommission-with-data +fix'],
  'decommission-last-server.runbook.yaml': ['43:9 error decommission-with-data +fix'],
  'move-before-install.runbook.yaml': ['29:13 error unknown-server'],
  'server-name-typo.runbook.yaml': ['33:13 error unknown-server +fix'],
  // The only server removed with every mailbox on it, on premises and in the middle of a cutover:
  // one decommission-with-data finding (mail-flow-order speaks once no mailbox is left on it).
  'decommission-only-server.runbook.yaml': ['20:9 error decommission-with-data'],
  'decommission-during-cutover.runbook.yaml': ['38:9 error decommission-with-data'],
  // Public folder batch migration from Exchange 2007 needs SP3 RU15 (RU10 is enough only for coexistence).
  'pf-2007-rollup-too-old.runbook.yaml': ['44:15 error public-folders'],
  // Several mistakes together: each gets its finding (and fixAll must not make new ones).
  'combined-mistakes-onprem.runbook.yaml': [
    '15:5 warning end-of-support',
    '15:5 warning source-remains +fix',
    '21:12 warning end-of-support',
    '26:9 error coexistence +fix',
    '26:9 warning prepare-before-install +fix',
    '29:9 warning coexistence-update +fix',
    '29:9 warning coexistence-update +fix',
    '29:9 warning source-remains +fix',
    '31:18 warning end-of-support',
    '35:9 error decommission-with-data +fix',
  ],
  // The last server decommissioned before the MX switch: mail-flow-order only (not also decommission-with-data).
  'combined-mistakes-hybrid.runbook.yaml': [
    '22:17 error hybrid-server +fix',
    '23:9 error directory-sync +fix',
    '26:9 warning online-prerequisites +fix',
    '33:9 error mail-flow-order',
  ],
};

describe('review: realistic scenarios give exactly the documented findings', () => {
  it('covers every scenario file', () => {
    const files = fs
      .readdirSync(SCENARIOS)
      .filter((f) => f.endsWith('.runbook.yaml') && f !== 'staged-csv.runbook.yaml');
    assert.deepStrictEqual(files.sort(), Object.keys(EXPECTED).sort());
  });
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const findings = lintScenario(file);
      assert.deepStrictEqual(summary(findings), expected, describeFindings(findings));
    });
  }

  it('2010 → 2019 is told to go through Exchange 2016', () => {
    const [f] = lintScenario('2010-to-2019-direct.runbook.yaml').filter((x) => x.ruleId === 'coexistence');
    assert.strictEqual(
      f.message,
      'Exchange 2019 Setup refuses to run while Exchange 2010 servers remain (CON-EX10). Go through Exchange 2016: install it, move client access, ' +
        'transport, mailboxes and public folders to it, decommission every Exchange 2010 server, then install Exchange 2019',
    );
    assert.deepStrictEqual(f.data?.chain, ['2016']);
  });

  it('2003 → 2013 is told to go through Exchange 2010', () => {
    const [f] = lintScenario('2003-to-2013-direct.runbook.yaml');
    assert.deepStrictEqual(f.data?.chain, ['2010']);
    assert.match(f.message, /Go through Exchange 2010/);
  });

  it('mixed 2007 + 2010 → 2013 names both minimums (2007 SP3 RU10, 2010 SP3)', () => {
    const messages = lintScenario('mixed-2007-2010-to-2013.runbook.yaml').map((f) => f.message);
    assert.deepStrictEqual(messages, [
      'LIT-EX07 runs Exchange 2007 SP3 RU8, but Exchange 2013 Setup needs SP3 RU10 or later on every Exchange 2007 server: update LIT-EX07 before this install',
      'LIT-EX10 runs Exchange 2010 SP2, but Exchange 2013 Setup needs SP3 or later on every Exchange 2010 server: update LIT-EX10 before this install',
    ]);
  });

  it('2016 CU22 → SE needs CU23', () => {
    const [f] = lintScenario('2016-to-se-cu22.runbook.yaml');
    assert.strictEqual(
      f.message,
      'ADA-EX16 runs Exchange 2016 CU22, but Exchange SE Setup needs CU23 or later on every Exchange 2016 server: update ADA-EX16 before this install',
    );
  });

  it('2019 CU11 on Windows Server 2022 needs CU12', () => {
    const [f] = lintScenario('2019-on-ws2022-cu11.runbook.yaml');
    assert.strictEqual(
      f.message,
      'Exchange 2019 CU11 is not supported on Windows Server 2022 (WG-EX19): Windows Server 2022 needs Exchange 2019 CU12 or later',
    );
  });

  it('forest level 2003 with 2016 and Outlook 2007 with 2016', () => {
    assert.match(
      lintScenario('forest-2003-with-2016.runbook.yaml')[0].message,
      /Windows Server 2008 R2 or higher, but this forest is at Windows Server 2003/,
    );
    assert.match(
      lintScenario('outlook-2007-with-2016.runbook.yaml')[0].message,
      /does not support Outlook 2007.*oldest Outlook it supports is Outlook 2010/,
    );
  });

  it('cutover sizes: 2,500 is an error, 400 a warning', () => {
    assert.match(
      lintScenario('cutover-2500.runbook.yaml')[0].message,
      /^a cutover migration of 2,500 mailboxes is not supported: a cutover moves at most 2,000/,
    );
    assert.match(
      lintScenario('cutover-400.runbook.yaml')[0].message,
      /^a cutover migration of 400 mailboxes takes longer than Microsoft recommends: cutover is meant for 150/,
    );
  });

  it('hybrid from 2007 through a 2010 SP2 server is told the server needs SP3', () => {
    const [f] = lintScenario('hybrid-2007-with-2010-sp2.runbook.yaml');
    assert.strictEqual(
      f.message,
      'the Hybrid Configuration Wizard runs against FC-EX10 (Exchange 2010 SP2), which is below Exchange 2010 SP3, the lowest level a hybrid server of an Exchange 2007 organization can run; update it first',
    );
  });

  it('a server name typo suggests the installed server', () => {
    const [f] = lintScenario('server-name-typo.runbook.yaml');
    assert.strictEqual(
      f.message,
      '`NOD-XE16` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `NOD-EX16`?)',
    );
  });

  it('a move before the install is told the line of the install', () => {
    const [f] = lintScenario('move-before-install.runbook.yaml');
    assert.strictEqual(
      f.message,
      '`SV-EX16` does not exist yet at this step: it is installed later, on line 30; move this step after the install',
    );
  });

  it('a decommission in the middle of a cutover says to complete the migration first', () => {
    const [f] = lintScenario('decommission-during-cutover.runbook.yaml');
    assert.strictEqual(
      f.message,
      'LP-EX10 still hosts 90 mailboxes when it is decommissioned: Setup cannot uninstall a server with mailbox databases, and those mailboxes are not in Exchange Online yet. Complete their migration (the batch or the move) before this step',
    );
  });

  it('public folders from Exchange 2007 below SP3 RU15 to Exchange 2013', () => {
    const [f] = lintScenario('pf-2007-rollup-too-old.runbook.yaml');
    assert.strictEqual(
      f.message,
      'public folders cannot be migrated from BC-EX07 (Exchange 2007 SP3 RU10) to BC-EX13: the batch migration to modern public folders needs Exchange 2007 SP3 RU15 or later on the source; update the server first',
    );
  });
});

describe('review: staged CSV defects, one at a time, with the right row numbers', () => {
  const runbook = readScenario('staged-csv.runbook.yaml');
  const lintWith = (csv: string | undefined, text = runbook) =>
    lint(text, { readFile: (p) => (p === 'wave.csv' ? csv : undefined) }).findings;
  const header = 'EmailAddress,Password,ForceChangePassword\n';
  // The organization has 3 mailboxes: a CSV with 3 rows moves them all.
  const ann = 'ann@graphicdesigninstitute.com,Passw0rd!,False\n';
  const bob = 'bob@graphicdesigninstitute.com,Passw0rd!,True\n';
  const cid = 'cid@graphicdesigninstitute.com,Passw0rd!,False\n';
  const ok = ann + bob + cid;
  const only = (csv: string | undefined, text?: string) => {
    const findings = lintWith(csv, text);
    return findings.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`);
  };

  it('a valid CSV lints clean', () => {
    assert.deepStrictEqual(only(header + ok), []);
  });
  it('no `csv` on the batch: at the step', () => {
    assert.deepStrictEqual(only(header + ok, runbook.replace('        csv: wave.csv\n', '')), [
      '34:9 staged-csv: the staged batch `wave1` has no `csv`: a staged batch is created from a CSV file that lists its mailboxes (`EmailAddress` column); add `csv: <file>.csv`',
    ]);
  });
  it('a CSV that does not exist', () => {
    assert.deepStrictEqual(only(undefined), [
      '37:14 staged-csv: the CSV file `wave.csv` does not exist (paths are relative to the runbook); a staged batch is created from it',
    ]);
  });
  it('an empty CSV', () => {
    assert.deepStrictEqual(only('\n\n'), [
      '37:14 staged-csv: the CSV file `wave.csv` is empty: it needs a header row with `EmailAddress` and one row per mailbox',
    ]);
  });
  it('a header without EmailAddress', () => {
    assert.deepStrictEqual(
      only(
        'Mail,Password\nann@graphicdesigninstitute.com,Passw0rd!\nbob@graphicdesigninstitute.com,Passw0rd!\ncid@graphicdesigninstitute.com,Passw0rd!\n',
      ),
      [
        '37:14 staged-csv: the CSV file `wave.csv` has no `EmailAddress` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword',
      ],
    );
  });
  it('a semicolon-separated CSV', () => {
    assert.deepStrictEqual(
      only(
        'EmailAddress;Password\nann@graphicdesigninstitute.com;Passw0rd!\nbob@graphicdesigninstitute.com;Passw0rd!\ncid@graphicdesigninstitute.com;Passw0rd!\n',
      ),
      [
        '37:14 staged-csv: the CSV file `wave.csv` is separated by semicolons: Exchange Online reads only comma-separated files (save as "CSV (comma delimited)")',
      ],
    );
  });
  it('a ragged row after a blank line (blank lines are not rows)', () => {
    assert.deepStrictEqual(only(header + ann + '\n\n' + 'bob@graphicdesigninstitute.com,Passw0rd!\n' + cid), [
      '37:14 staged-csv: the CSV file `wave.csv`: row 3 has a different number of columns than the header (row 3 has 2, the header 3); Exchange Online rejects a file whose rows do not match the header',
    ]);
  });
  it('more than 2,000 rows', () => {
    let rows = '';
    for (let i = 1; i <= 2001; i++) rows += `user${i}@graphicdesigninstitute.com,Passw0rd!,False\n`;
    assert.deepStrictEqual(only(header + rows), [
      '37:14 staged-csv: the CSV file `wave.csv` has 2,001 mailbox rows; a staged batch takes at most 2,000 (row 2,002 is the first too many): split it into several batches',
    ]);
  });
  it('a duplicate address (case-insensitive)', () => {
    assert.deepStrictEqual(only(header + ok + '\nANN@graphicdesigninstitute.com,Passw0rd!,False\n'), [
      '37:14 staged-csv: the CSV file `wave.csv`: row 5 repeats `ANN@graphicdesigninstitute.com` from row 2; each mailbox belongs in one row',
    ]);
  });
  it('a password under 8 characters (an empty one sets none)', () => {
    assert.deepStrictEqual(
      only(header + 'ann@graphicdesigninstitute.com,,False\nbob@graphicdesigninstitute.com,Short7!,False\n' + cid),
      [
        '37:14 staged-csv: the CSV file `wave.csv`: row 3 has a `Password` shorter than 8 characters; Exchange Online requires at least 8',
      ],
    );
  });
  it('a ForceChangePassword other than True/False', () => {
    assert.deepStrictEqual(only(header + ann + bob + 'cid@graphicdesigninstitute.com,Passw0rd!,Yes\n'), [
      '37:14 staged-csv: the CSV file `wave.csv`: row 4 has `Yes` as `ForceChangePassword`; the value must be True or False',
    ]);
  });
});
