// One mistake gives one finding (spec section 4): a single typo, a missing install, a
// missing field or a misspelt action must not set off findings further down the runbook.
import * as assert from 'assert';
import { lint, applyEdits, fixAll, Finding } from '../../../src/core';
import * as fs from 'fs';
import * as path from 'path';
import { describeFindings, FIXTURES } from '../helpers';
import { readScenario } from './helpers';

const base = readScenario('server-name-typo.runbook.yaml').replace('NOD-XE16   # typo', 'NOD-EX16');

function findings(text: string): Finding[] {
  return lint(text).findings;
}

function summary(list: Finding[]): string[] {
  return list.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}`);
}

function mutate(from: string, to: string): string {
  assert.ok(base.includes(from), `not in the base runbook: ${from}`);
  return base.replace(from, to);
}

describe('review: one mistake, one finding', () => {
  it('the base runbook lints clean', () => {
    assert.deepStrictEqual(summary(findings(base)), []);
  });

  it('a misspelt source server in a move: only unknown-server (no decommission-with-data later)', () => {
    const list = findings(
      mutate(
        '      - action: move-mailboxes\n        from: NOD-EX13',
        '      - action: move-mailboxes\n        from: NOD-XE13',
      ),
    );
    assert.deepStrictEqual(summary(list), ['38:15 unknown-server'], describeFindings(list));
    assert.match(list[0].message, /did you mean `NOD-EX13`\?/);
  });

  it('a misspelt server in the decommission: only unknown-server (no source-remains)', () => {
    const list = findings(
      mutate(
        '      - action: decommission\n        server: NOD-EX13',
        '      - action: decommission\n        server: NOD-EX31',
      ),
    );
    assert.deepStrictEqual(summary(list), ['41:17 unknown-server'], describeFindings(list));
  });

  it('a misspelt name in the install: one unknown-server finding whose fix renames every reference', () => {
    const text = mutate('server: NOD-EX16\n', 'server: NOD-XE16\n');
    const list = findings(text);
    assert.deepStrictEqual(summary(list), ['33:13 unknown-server'], describeFindings(list));
    assert.strictEqual(
      list[0].message,
      '`NOD-EX16` is not a server of this organization: it is neither listed under `servers` nor installed by a step (also named on lines 36 and 39) (did you mean `NOD-XE16`?)',
    );
    const fixed = applyEdits(text, list[0].fix!.edits);
    assert.deepStrictEqual(summary(findings(fixed)), []);
  });

  it('a missing install: one finding at the first reference, and no suggestion that moves a server onto itself', () => {
    const text = mutate(
      '      - action: install-exchange\n        server: NOD-EX16\n        version: "2016"\n        update: CU17\n',
      '',
    );
    const list = findings(text);
    assert.deepStrictEqual(summary(list), ['29:13 unknown-server'], describeFindings(list));
    assert.strictEqual(
      list[0].message,
      '`NOD-EX16` is not a server of this organization: it is neither listed under `servers` nor installed by a step (also named on lines 32 and 35)',
    );
    assert.strictEqual(list[0].fix, undefined);
  });

  it('the Swedish message names the other lines too', () => {
    const text = mutate(
      '      - action: install-exchange\n        server: NOD-EX16\n        version: "2016"\n        update: CU17\n',
      '',
    );
    const [f] = lint(text, { locale: 'sv' }).findings;
    assert.strictEqual(
      f.message,
      '`NOD-EX16` är inte en server i organisationen: den finns varken under `servers` eller installeras av ett steg (nämns även på raderna 32 och 35)',
    );
  });

  it('a missing `servers` key: only the schema finding', () => {
    const text = base.replace(/servers:\n(  .*\n)+/, '');
    const list = findings(text);
    assert.deepStrictEqual(summary(list), ['2:1 schema'], describeFindings(list));
  });

  it('`servers` that is not a list: only the schema finding', () => {
    const text = mutate('servers:\n', 'servers: none\nold-servers:\n');
    const list = findings(text).filter((f) => f.ruleId !== 'schema');
    assert.deepStrictEqual(summary(list), [], describeFindings(list));
  });

  it('a numeric version: only the schema finding', () => {
    const list = findings(mutate('version: "2016"\n        update', 'version: 2016\n        update'));
    assert.deepStrictEqual(summary(list), ['26:18 schema'], describeFindings(list));
  });

  it('a misspelt action is read as the action it nearly names: only the schema finding', () => {
    for (const [from, to, line] of [
      ['action: move-transport', 'action: move-transprot', '34:17'],
      ['action: move-mailboxes', 'action: move-mailbox', '37:17'],
    ]) {
      const list = findings(mutate(from, to));
      assert.deepStrictEqual(summary(list), [`${line} schema`], describeFindings(list));
    }
  });

  it('a move without `from`: only the schema finding (the model moves it off every other server)', () => {
    const list = findings(
      mutate('      - action: move-mailboxes\n        from: NOD-EX13\n', '      - action: move-mailboxes\n'),
    );
    assert.deepStrictEqual(summary(list), ['37:9 schema'], describeFindings(list));
  });

  it('a staged batch whose CSV is missing: only staged-csv', () => {
    const text = readScenario('staged-csv.runbook.yaml');
    const list = lint(text, { readFile: () => undefined }).findings;
    assert.deepStrictEqual(summary(list), ['37:14 staged-csv'], describeFindings(list));
  });
});

describe('review: unknown-server says what to do about a retired server', () => {
  it('a step after the decommission of the server it names', () => {
    const text = base.replace(
      '      - action: decommission\n        server: NOD-EX13\n',
      '      - action: decommission\n        server: NOD-EX13\n      - action: configure-outlook-anywhere\n        server: NOD-EX13\n',
    );
    const list = lint(text).findings;
    assert.deepStrictEqual(
      list.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`),
      [
        '43:17 unknown-server: `NOD-EX13` no longer exists at this step: it was decommissioned on line 40; move this step before the decommission, or name a server that remains',
      ],
    );
  });
});

describe('review: two installs of the same version do not double the findings', () => {
  const mixed = readScenario('mixed-2007-2010-to-2013.runbook.yaml').replace(
    '        update: CU10\n',
    '        update: CU10\n      - action: install-exchange\n        server: LIT-EX13-2\n        version: "2013"\n        update: CU10\n',
  );

  it('coexistence-update reports each lagging server once, at the first install', () => {
    const list = lint(mixed).findings;
    assert.deepStrictEqual(
      summary(list),
      ['29:9 coexistence-update', '29:9 coexistence-update'],
      describeFindings(list),
    );
  });

  it('fixAll updates each server once and leaves no duplicate ids', () => {
    const result = fixAll(mixed);
    assert.deepStrictEqual(
      result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId),
      [],
    );
    assert.strictEqual(result.text.match(/action: update-server/g)?.length, 2);
  });

  it('coexistence reports a blocked transition once, not at every install it blocks', () => {
    const text = readScenario('2010-to-2019-direct.runbook.yaml').replace(
      '        os: "2022"\n',
      '        os: "2022"\n      - action: install-exchange\n        server: CON-EX19-2\n        version: "2019"\n        update: CU15\n',
    );
    const list = lint(text).findings.filter((f) => f.ruleId === 'coexistence');
    assert.deepStrictEqual(summary(list), ['30:9 coexistence'], describeFindings(list));
  });
});

describe('review: forgotten public folders in an Exchange Online runbook', () => {
  it('one finding, public-folders at organization.publicFolders (not a second one from decommission-with-data)', () => {
    const text = readScenario('pf-2007-to-online.runbook.yaml').replace(
      '      - action: migrate-public-folders\n        from: ASH-EX07\n        to: exchange-online\n',
      '',
    );
    const list = lint(text).findings;
    assert.deepStrictEqual(summary(list), ['9:18 public-folders'], describeFindings(list));
  });

  it('public folders only a server claims, decommissioned with it: one public-folders finding at that decommission', () => {
    const text = readScenario('pf-2007-to-online.runbook.yaml')
      .replace('      - action: migrate-public-folders\n        from: ASH-EX07\n        to: exchange-online\n', '')
      .replace('  publicFolders: true\n  domains', '  domains');
    const list = lint(text).findings;
    assert.deepStrictEqual(summary(list), ['42:9 public-folders'], describeFindings(list));
  });

  it('with no server to hold them, the organization-level finding stays', () => {
    const text = readScenario('pf-2007-to-online.runbook.yaml')
      .replace('      - action: migrate-public-folders\n        from: ASH-EX07\n        to: exchange-online\n', '')
      .replace('    publicFolders: true\n', '    roles: [clientAccess, hubTransport]\n');
    const list = lint(text).findings.filter((f) => f.ruleId === 'public-folders');
    assert.deepStrictEqual(summary(list), ['9:18 public-folders']);
  });
});

describe('review: the last server decommissioned before the MX switch', () => {
  it('in an Exchange Online runbook is mail-flow-order, not also decommission-with-data for its client access and transport', () => {
    const text = readScenario('mx-after-complete.runbook.yaml')
      .replace(
        '      - action: complete-migration-batch\n        batch: everyone\n      - action: switch-mx\n',
        '      - action: switch-mx\n      - action: complete-migration-batch\n        batch: everyone\n',
      )
      .replace('      - action: switch-mx\n', '')
      .replace(/(- action: decommission\n {8}server: MT-EX07\n)/, '$1      - action: switch-mx\n');
    const list = lint(text).findings;
    assert.deepStrictEqual(summary(list), ['38:9 mail-flow-order', '40:9 mail-flow-order'], describeFindings(list));
  });
});

describe('review: a hybrid server of a version that cannot join the organization', () => {
  it('an Exchange 2016 hybrid server in an Exchange 2007 organization: one coexistence finding that names the right hybrid server', () => {
    const text = fs
      .readFileSync(path.join(FIXTURES, 'hybrid-2007.runbook.yaml'), 'utf8')
      .replace(/version: "2013"/g, 'version: "2016"')
      .replace('update: CU22', 'update: CU23')
      .replace(/NT-HYB13/g, 'NT-HYB16');
    const list = lint(text).findings;
    assert.deepStrictEqual(summary(list), ['32:9 coexistence'], describeFindings(list));
    assert.strictEqual(
      list[0].message,
      'Exchange 2016 Setup refuses to run while Exchange 2007 servers remain (NT-EX07): the hybrid server of an Exchange 2007 organization is Exchange 2013 (CU2 or later) or Exchange 2010 (SP3 or later); install one of those instead',
    );
    assert.match(
      lint(text, { locale: 'sv' }).findings[0].message,
      /^Installationsprogrammet för Exchange 2016 vägrar köras medan Exchange 2007-servrar finns kvar \(NT-EX07\): hybridservern i en Exchange 2007-organisation är/,
    );
  });
});

describe('review: fixes applied together never hand out the same id', () => {
  it('two decommissions with data, both fixed in one pass: every inserted id is unique', () => {
    const text = [
      'runbook: 1',
      'title: Two decommissions with data',
      'asOf: 2015-06-01',
      'organization:',
      '  name: Contoso',
      '  mailboxes: 200',
      'servers:',
      '  - name: EX07A',
      '    version: "2007"',
      '    update: SP3 RU23',
      '    mailboxes: 100',
      '  - name: EX07B',
      '    version: "2007"',
      '    update: SP3 RU23',
      '    mailboxes: 100',
      '  - name: EX13',
      '    version: "2013"',
      '    update: CU10',
      'target:',
      '  platform: on-premises',
      '  version: "2013"',
      'phases:',
      '  - id: retire-a',
      '    title: Retire A',
      '    steps:',
      '      - action: decommission',
      '        server: EX07A',
      '  - id: retire-b',
      '    title: Retire B',
      '    steps:',
      '      - action: decommission',
      '        server: EX07B',
      '',
    ].join('\n');
    const result = fixAll(text);
    assert.deepStrictEqual(
      result.findings.map((f) => f.ruleId),
      [],
    );
    const ids = [...result.text.matchAll(/ id: (\S+)/g)].map((m) => m[1]);
    assert.strictEqual(new Set(ids).size, ids.length, ids.join(', '));
  });
});

describe('review: server names are unique', () => {
  it('a server listed twice under `servers` (names compare case-insensitively, as Windows does)', () => {
    const text = base.replace('    mailboxes: 200\n', '    mailboxes: 200\n  - name: nod-ex13\n    version: "2010"\n');
    const list = lint(text).findings;
    assert.deepStrictEqual(
      list.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`),
      [
        '13:11 duplicate-id: the server name `NOD-EX13` is already used by the server on line 9; server names must be unique',
      ],
    );
  });

  it('an install of a name that is already a server of the organization', () => {
    const text = base.replace('        server: NOD-EX16\n', '        server: NOD-EX13\n');
    const list = lint(text).findings.filter((f) => f.ruleId === 'duplicate-id');
    assert.deepStrictEqual(
      list.map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`),
      [
        '25:17 duplicate-id: `NOD-EX13` is already a server of this organization (line 9) when this step installs it: give the new server its own name, or decommission the old one first',
      ],
    );
  });
});
