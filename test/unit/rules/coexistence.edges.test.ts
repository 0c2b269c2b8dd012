// coexistence at its edges (mutation run of 2026-12-06): which later steps the transition
// fix redirects to the new server (each field alone), how it rewrites their titles (the
// quoting kept, whole words only, names compared without case), and the text around it.
import * as assert from 'assert';
import { applyEdits, lint, type Finding } from '../../../src/core';
import { deriveServerName } from '../../../src/core/rules/coexistence';
import { ServerNameSet } from '../../../src/core/util/server-name';
import { edit, yaml } from '../rule-tester';

/** EX07 (Exchange 2007 SP3 RU23) in the organization, 2016 installed in phase `go`, then `later` steps. */
const over2007 = (later: string, { server = 'EX07', laterTitle = 'Later' } = {}) =>
  yaml`
    runbook: 1
    title: Test
    asOf: 2024-01-15
    organization:
      name: Contoso
      mailboxes: 100
    servers:
      - name: ${server}
        version: "2007"
        update: SP3 RU23
    target:
      platform: on-premises
      version: "2016"
    phases:
      - id: go
        title: Go
        steps:
          - action: prepare-schema
            version: "2016"
          - action: prepare-ad
            version: "2016"
          - action: install-exchange
            server: EX16
            version: "2016"
      - id: later
        title: ${laterTitle}
        steps:
  ` + later;

const OPTIONS = { today: '2026-11-23' };
const findings = (text: string): Finding[] => lint(text, OPTIONS).findings.filter((f) => f.ruleId === 'coexistence');

/** The phase `later` after the coexistence fix (the inserted transition phases left out). */
function laterAfterFix(text: string): string {
  const [finding] = findings(text);
  assert.ok(finding?.fix, 'a coexistence fix');
  const fixed = applyEdits(text, finding.fix.edits);
  return fixed.slice(fixed.indexOf('  - id: later\n'));
}

describe('coexistence: the later steps the transition fix redirects, each field alone', () => {
  const redirected: [string, string][] = [
    ['move-client-access', 'from: EX07\n        to: EX16'],
    ['move-transport', 'from: EX07\n        to: EX16'],
    ['move-mailboxes', 'from: EX07\n        to: EX16'],
    ['migrate-public-folders', 'from: EX07\n        to: EX16'],
    ['configure-outlook-anywhere', 'server: EX07'],
    ['run-hybrid-wizard', 'server: EX07'],
    ['decommission', 'server: EX07'],
  ];
  for (const [action, fields] of redirected) {
    it(`${action}: its ${fields.split(':')[0]} names the transition server`, () => {
      const later = `      - action: ${action}\n        ${fields}\n`;
      const after = laterAfterFix(over2007(later));
      assert.strictEqual(after, `  - id: later\n    title: Later\n    steps:\n` + later.replace('EX07', 'EX13-01'));
    });
  }

  it('update-server keeps the old server: its update is for the old version', () => {
    const later = '      - action: update-server\n        server: EX07\n        update: SP3 RU23\n';
    assert.strictEqual(laterAfterFix(over2007(later)), `  - id: later\n    title: Later\n    steps:\n${later}`);
  });

  it('a field naming the old server in other case is redirected too (names compare without case)', () => {
    const later = '      - action: configure-outlook-anywhere\n        server: eX07\n';
    assert.ok(laterAfterFix(over2007(later, { server: 'Ex07' })).includes('        server: Ex13-01\n'));
  });
});

describe('coexistence: the titles of redirected steps', () => {
  const step = (title: string) =>
    `      - action: configure-outlook-anywhere\n        server: EX.07\n        title: ${title}\n`;
  const titleAfter = (title: string) => {
    const after = laterAfterFix(over2007(step(title), { server: 'EX.07' }));
    return /\n {8}title: (.*(?:\n {10}.*)*)\n/.exec(after)![1];
  };

  it('a plain title names the new server', () => {
    assert.strictEqual(titleAfter('Outlook Anywhere on EX.07'), 'Outlook Anywhere on EX.13-01');
  });
  it('a double-quoted title stays double-quoted', () => {
    assert.strictEqual(titleAfter('"Outlook Anywhere on EX.07: now"'), '"Outlook Anywhere on EX.13-01: now"');
  });
  it('a single-quoted title stays single-quoted, its quote doubled', () => {
    assert.strictEqual(titleAfter("'EX.07''s Outlook Anywhere'"), "'EX.13-01''s Outlook Anywhere'");
  });
  it('a block scalar title is left as it is', () => {
    const title = '|\n          Outlook Anywhere on EX.07';
    assert.strictEqual(titleAfter(title), title);
  });
  it('whole names only: EX.07-B, EX.070 and AEX.07 stay; the dot is a dot, not any character (EXa07)', () => {
    assert.strictEqual(
      titleAfter('EX.07 not EX.07-B EX.070 AEX.07 EX_07 or EXa07'),
      'EX.13-01 not EX.07-B EX.070 AEX.07 EX_07 or EXa07',
    );
  });
  it('every occurrence of the name', () => {
    assert.strictEqual(titleAfter('EX.07 then EX.07 again'), 'EX.13-01 then EX.13-01 again');
  });
  it('a step without a title gets none', () => {
    const after = laterAfterFix(
      over2007('      - action: run-hybrid-wizard\n        server: EX.07\n', { server: 'EX.07' }),
    );
    assert.ok(!after.includes('        title:'), after);
  });
  it('a title that does not name the server is left as it is, even one a rewrite would quote', () => {
    assert.strictEqual(titleAfter('Outlook Anywhere, then certificates'), 'Outlook Anywhere, then certificates');
  });
  it('a quoted title that would not need its quotes keeps them, double or single', () => {
    assert.strictEqual(titleAfter('"Outlook Anywhere on EX.07"'), '"Outlook Anywhere on EX.13-01"');
    assert.strictEqual(titleAfter("'Outlook Anywhere on EX.07'"), "'Outlook Anywhere on EX.13-01'");
  });
});

describe('coexistence: the title of a phase whose steps all name the new server', () => {
  const move = (from: string) => `      - action: move-mailboxes\n        from: ${from}\n        to: EX16\n`;
  it('says the new version when every reference moved', () => {
    const after = laterAfterFix(over2007(move('EX07'), { laterTitle: '"Retire Exchange 2007"' }));
    assert.ok(after.startsWith('  - id: later\n    title: "Retire Exchange 2013"\n'), after);
  });
  it('keeps its version when a reference names another server', () => {
    const text = edit(
      over2007(move('EX07') + move('EX16'), { laterTitle: 'Retire Exchange 2007' }),
      '    update: SP3 RU23\n',
      '    update: SP3 RU23\n  - name: EX16B\n    version: "2016"\n',
    );
    assert.ok(laterAfterFix(text).startsWith('  - id: later\n    title: Retire Exchange 2007\n'));
  });
});

describe('coexistence: the finding at the install', () => {
  const install = (server: string, version = '2016') =>
    `      - action: install-exchange\n        server: ${server}\n        version: "${version}"\n`;
  const messages = (text: string) => findings(text).map((f) => `${f.range.line}: ${f.message}`);
  const blocked = (version: string, via: string) =>
    `Exchange ${version} Setup refuses to run while Exchange 2007 servers remain (EX07). Go through Exchange ${via}: install it, ` +
    `move client access, transport, mailboxes and public folders to it, decommission every Exchange 2007 server, then install Exchange ${version}`;

  it('a second install blocked by the same servers is the same mistake: one finding', () => {
    assert.deepStrictEqual(messages(over2007(install('EX16B'))), [`22: ${blocked('2016', '2013')}`]);
  });
  it('a second install blocked by the same servers and one more is a second finding', () => {
    const text = over2007(install('EX07C', '2007') + install('EX16B'));
    assert.deepStrictEqual(
      findings(text).map((f) => [f.range.line, f.data?.blockers]),
      [
        [22, ['EX07']],
        [31, ['EX07', 'EX07C']],
      ],
    );
  });
  it('an update the transition needs, not released by the runbook’s date: no fix, and the message says why', () => {
    const [finding] = findings(
      over2007('')
        .replace('asOf: 2024-01-15', 'asOf: 2013-05-01')
        .replace(/\n {2}- id: later[^]*$/, '\n'),
    );
    assert.strictEqual(
      finding.message,
      `${blocked('2016', '2013')}; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-05-01`,
    );
    assert.strictEqual(finding.fix, undefined);
  });
  it('a hybrid server in an Exchange Online runbook: the versions that can be one, with their minimum update', () => {
    const text = over2007('')
      .replace(/\n {2}- id: later[^]*$/, '\n')
      .replace('  platform: on-premises\n  version: "2016"', '  platform: exchange-online\n  method: hybrid');
    assert.deepStrictEqual(messages(text), [
      '22: Exchange 2016 Setup refuses to run while Exchange 2007 servers remain (EX07): the hybrid server of an Exchange 2007 organization is ' +
        'Exchange 2013 (CU2 or later) or Exchange 2010 (SP3 or later); install one of those instead',
    ]);
    assert.strictEqual(findings(text)[0].fix, undefined);
  });
  it('no single version bridges Exchange SE and 2007: the chain, each version in turn', () => {
    const text = over2007('')
      .replace(/\n {2}- id: later[^]*$/, '\n')
      .replace(/"2016"/g, '"SE"');
    const [finding] = findings(text);
    assert.strictEqual(
      finding.message,
      'Exchange SE Setup refuses to run while Exchange 2007 servers remain (EX07), and no single version bridges the two. ' +
        'Go through Exchange 2013 and 2019 in turn: install each, move client access, transport, mailboxes and public folders to it ' +
        'and decommission the servers before it, then install Exchange SE',
    );
    assert.strictEqual(
      finding.fix?.title,
      'Insert the transition through Exchange 2013 and 2019 before phase `go`: install EX13-01 and EX19-01, move everything off EX07 and decommission it',
    );
    assert.deepStrictEqual(
      { via: finding.data?.via, chain: finding.data?.chain },
      { via: '2013', chain: ['2013', '2019'] },
    );
  });
});

describe('coexistence: the name of a new transition server', () => {
  const name = (model: string | undefined, modelVersion: string | undefined, version: string, taken: string[] = []) =>
    deriveServerName(model, modelVersion, version, new ServerNameSet(taken));

  it('without a model, or one the format refuses (a zero-width space): EX and two digits', () => {
    assert.strictEqual(name(undefined, '2007', '2013'), 'EX13-01');
    assert.strictEqual(name('EX\u200B07', '2007', '2013'), 'EX13-01');
  });
  it('a model of an unknown version, or of none, is not copied', () => {
    assert.strictEqual(name('EX07', undefined, '2013'), 'EX13-01');
    assert.strictEqual(name('EX07', '2099', '2013'), 'EX13-01');
  });
  it('a model of Exchange SE is not copied (SE has no digits to replace)', () => {
    assert.strictEqual(name('EX07', 'SE', '2013'), 'EX13-01');
  });
  it('the new version SE replaces both spellings with SE', () => {
    assert.strictEqual(name('EX2007', '2007', 'SE'), 'EXSE-01');
    assert.strictEqual(name('EX07', '2007', 'SE'), 'EXSE-01');
  });
  it('a four-digit version stays four digits, two stay two', () => {
    assert.strictEqual(name('EX2016', '2016', '2019'), 'EX2019-01');
    assert.strictEqual(name('EX16', '2016', '2019'), 'EX19-01');
  });
  it('the last occurrence of the version, and only whole numbers (EX1007 and EX070 hold no 07)', () => {
    assert.strictEqual(name('07-EX07-B', '2007', '2013'), '07-EX13-01');
    assert.strictEqual(name('EX2007-07', '2007', '2013'), 'EX2007-13-01');
    assert.strictEqual(name('EX1007', '2007', '2013'), 'EX13-01');
    assert.strictEqual(name('EX070', '2007', '2013'), 'EX13-01');
  });
  it('the number goes up until the name is free, two digits at 9 and at 10', () => {
    const nine = Array.from({ length: 9 }, (_, i) => `EX19-0${i + 1}`);
    assert.strictEqual(name('MAIL', '2007', '2019', nine.slice(0, 8)), 'EX19-09');
    assert.strictEqual(name('MAIL', '2007', '2019', nine), 'EX19-10');
  });
});

/** An organization of `servers` (YAML list items) that installs Exchange SE in its one phase. */
const seOver = (servers: string) =>
  yaml`
    runbook: 1
    title: Test
    asOf: 2026-01-15
    organization:
      name: Contoso
      mailboxes: 100
    servers:
  ` +
  servers +
  yaml`
    target:
      platform: on-premises
      version: "SE"
    phases:
      - id: go
        title: Go
        steps:
          - action: install-exchange
            server: NEW
            version: "SE"
  `;

describe('coexistence: a transition of two hops (Exchange SE over 2007)', () => {
  const actions = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a coexistence fix');
    const fixed = applyEdits(text, finding.fix.edits);
    return [...fixed.matchAll(/- action: (move-[\w-]+|migrate-public-folders)\n {8}from: (\S+)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
  };
  it('a mailbox-only server: each hop moves only mailboxes (the transition server starts empty)', () => {
    const text = seOver(
      '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n    roles: [mailbox]\n    mailboxes: 100\n',
    );
    assert.deepStrictEqual(actions(text), ['move-mailboxes EX07', 'move-mailboxes EX13-01']);
  });
  it('a client-access-only server: each hop moves only client access', () => {
    const text = seOver('  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n    roles: [clientAccess]\n');
    assert.deepStrictEqual(actions(text), ['move-client-access EX07', 'move-client-access EX13-01']);
  });
  it('servers of three old versions: the versions in ascending order, the servers as listed', () => {
    const text = seOver(
      '  - name: EX13\n    version: "2013"\n    update: CU23\n    mailboxes: 0\n' +
        '  - name: EX10\n    version: "2010"\n    update: SP3 RU30\n    mailboxes: 0\n' +
        '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n',
    );
    const [finding] = findings(text);
    assert.match(
      finding.message,
      /^Exchange SE Setup refuses to run while Exchange 2007, 2010 and 2013 servers remain \(EX13, EX10, EX07\), and no single/,
    );
    assert.match(finding.fix!.title, /move everything off EX13, EX10 and EX07 and decommission them$/);
  });
});

describe('coexistence: the update cap, only where an update is installed', () => {
  it('a stray `update` on another action is not an update of the server', () => {
    const text = yaml`
      runbook: 1
      title: Test
      asOf: 2025-06-01
      organization:
        name: Contoso
        mailboxes: 0
      servers:
        - name: OLD13
          version: "2013"
          update: CU23
          mailboxes: 0
        - name: Ex19-A
          version: "2019"
          update: CU14
          mailboxes: 0
      target:
        platform: on-premises
        version: "2019"
      phases:
        - id: go
          title: Go
          steps:
            - action: configure-outlook-anywhere
              server: Ex19-A
              update: CU15
    `;
    assert.deepStrictEqual(findings(text), []);
  });
});
