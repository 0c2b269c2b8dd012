// coexistence at its edges (mutation run of 2026-12-06): which later steps the transition
// fix redirects to the new server (each field alone), how it rewrites their titles (the
// quoting kept, whole words only, names compared without case), and the text around it.
import * as assert from 'assert';
import { applyEdits, lint, type Finding } from '../../../src/core';
import { deriveServerName } from '../../../src/core/rules/coexistence';
import { ServerNameSet } from '../../../src/core/util/server-name';
import { checkGoldenFix } from '../helpers';
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
    assert.strictEqual(name('SEMAIL1', 'SE', '2019'), 'EX19-01');
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

describe('coexistence: an update of a 2019 server beyond CU14 while Exchange 2013 remains', () => {
  /** OLD13 (2013 CU23) and Ex19-A (2019, `ex19` lines) as of 2025-06-01, then `steps`. */
  const capOrg = (ex19: string, steps: string, more = '') =>
    yaml`
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
    ` +
    more +
    `  - name: Ex19-A\n    version: "2019"\n${ex19}    mailboxes: 0\n` +
    yaml`
      target:
        platform: on-premises
        version: "2019"
      phases:
        - id: go
          title: Go
          steps:
    ` +
    steps;
  const updateTo = (server: string, update?: string) =>
    `      - action: update-server\n        server: ${server}\n` + (update ? `        update: ${update}\n` : '');
  const keep = (servers: string) =>
    `Exchange 2019 CU15 Setup refuses to run while Exchange 2013 servers remain (${servers}): keep Ex19-A at CU14 or below ` +
    'until the last Exchange 2013 server is decommissioned, then update it';
  const shown = (text: string) => findings(text).map((f) => [f.message, f.fix?.title ?? null, f.data]);
  const data = (blockers: string[]) => ({
    cap: 'CU14',
    blockers,
    sources: ['https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements'],
  });

  it('from CU13, one below the cap: the fix keeps it at CU14 (the server named in other case)', () => {
    assert.deepStrictEqual(shown(capOrg('    update: CU13\n', updateTo('eX19-a', 'CU15'))), [
      [keep('OLD13'), 'Use CU14 instead of CU15', data(['OLD13'])],
    ]);
  });
  it('from an update the runbook does not give: no fix (it may be at the cap already)', () => {
    assert.deepStrictEqual(shown(capOrg('', updateTo('eX19-a', 'CU15'))), [[keep('OLD13'), null, data(['OLD13'])]]);
  });
  it('every Exchange 2013 server is named', () => {
    const more = '  - name: OLD13B\n    version: "2013"\n    update: CU23\n    mailboxes: 0\n';
    assert.deepStrictEqual(shown(capOrg('    update: CU13\n', updateTo('ex19-a', 'CU15'), more)), [
      [keep('OLD13, OLD13B'), 'Use CU14 instead of CU15', data(['OLD13', 'OLD13B'])],
    ]);
  });
  it('an update-server without an update, or of a server not in the organization: nothing to judge', () => {
    assert.deepStrictEqual(shown(capOrg('    update: CU13\n', updateTo('ex19-a'))), []);
    assert.deepStrictEqual(shown(capOrg('    update: CU13\n', updateTo('nobody', 'CU15'))), []);
  });
  it('an install without an update: nothing to judge', () => {
    const install = '      - action: install-exchange\n        server: EX19-B\n        version: "2019"\n';
    assert.deepStrictEqual(shown(capOrg('    update: CU13\n', install)), []);
  });
});

describe('coexistence: what the transition phases hold', () => {
  /** EX07 (`ex07` lines under its name) and 2016 installed in phase `go`, after `before` phases. */
  const runbook = (ex07: string, { before = '', install = '' } = {}) =>
    yaml`
      runbook: 1
      title: Test
      asOf: 2024-01-15
      organization:
        name: Contoso
        mailboxes: 100
      servers:
        - name: EX07
          version: "2007"
    ` +
    ex07 +
    yaml`
      target:
        platform: on-premises
        version: "2016"
      phases:
    ` +
    before +
    '  - id: go\n    title: Go\n    steps:\n' +
    install +
    '      - action: install-exchange\n        server: EX16\n        version: "2016"\n';
  /** The steps of the fixed runbook as "action field" lines (the first field after the action). */
  const steps = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a coexistence fix');
    const fixed = applyEdits(text, finding.fix.edits);
    return [...fixed.matchAll(/- action: (\S+)\n {8}(\w+: .*)/g)].map((m) => `${m[1]} ${m[2]}`);
  };
  const TRANSITION = [
    'prepare-schema version: "2013"',
    'prepare-ad version: "2013"',
    'install-exchange server: EX13-01',
    'move-client-access from: EX07',
    'move-transport from: EX07',
    'move-mailboxes from: EX07',
    'decommission server: EX07',
    'install-exchange server: EX16',
  ];

  it('2007 at SP3 RU10, what Exchange 2013 needs: no update first', () => {
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU10\n')), TRANSITION);
  });
  it('2007 at SP3 RU9, one below: updated first', () => {
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU9\n')), ['update-server server: EX07', ...TRANSITION]);
  });
  it('public folders on 2007 at SP3 RU15, what their move needs: no update first', () => {
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU15\n    publicFolders: true\n')), [
      ...TRANSITION.slice(0, 6),
      'migrate-public-folders from: EX07',
      ...TRANSITION.slice(6),
    ]);
  });
  it('public folders on 2007 at SP3 RU14, one below: updated first', () => {
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU14\n    publicFolders: true\n')), [
      'update-server server: EX07',
      ...TRANSITION.slice(0, 6),
      'migrate-public-folders from: EX07',
      ...TRANSITION.slice(6),
    ]);
  });
  it('a schema already prepared for 2013 is not prepared again; AD still is', () => {
    const before =
      '  - id: prep\n    title: Prep\n    steps:\n      - action: prepare-schema\n        version: "2013"\n';
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU23\n', { before })), [
      'prepare-schema version: "2013"',
      ...TRANSITION.slice(1),
    ]);
  });
  it('a server that hosts only transport: only transport moves', () => {
    assert.deepStrictEqual(steps(runbook('    update: SP3 RU23\n    roles: [hubTransport]\n    mailboxes: 0\n')), [
      ...TRANSITION.slice(0, 3),
      'move-transport from: EX07',
      ...TRANSITION.slice(6),
    ]);
  });
  it('a blocker installed in the blocked install’s own phase cannot be moved out before it: no fix', () => {
    const install = '      - action: install-exchange\n        server: EX07B\n        version: "2007"\n';
    const [finding] = findings(runbook('    update: SP3 RU23\n', { install }));
    assert.match(finding.message, /servers remain \(EX07, EX07B\)/);
    assert.strictEqual(finding.fix, undefined);
  });
  it('a phase without an id is named by its number', () => {
    const text = edit(runbook('    update: SP3 RU23\n'), '  - id: go\n    title: Go\n', '  - title: Go\n');
    assert.match(findings(text)[0].fix!.title, /before phase `1`:/);
    const second = edit(
      runbook('    update: SP3 RU23\n', {
        before: '  - id: prep\n    title: Prep\n    steps:\n      - action: prepare-ad\n        version: "2016"\n',
      }),
      '  - id: go\n    title: Go\n',
      '  - title: Go\n',
    );
    assert.match(findings(second)[0].fix!.title, /before phase `2`:/);
  });
});

describe('coexistence: the later steps after the fix, around the retired servers', () => {
  const EX07 = '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n';
  const EX07B = '  - name: EX07B\n    version: "2007"\n    update: SP3 RU23\n';
  const EX13 = '  - name: EX13\n    version: "2013"\n    update: CU23\n';
  const EX03 = '  - name: EX03\n    version: "2003"\n    update: SP2\n';
  const GO =
    '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: EX16\n        version: "2016"\n';
  /** `servers`, then the `before` phases, phase `go` (2016 installed) and the `later` phases. */
  const runbook = (servers: string, later: string, before = '') =>
    yaml`
      runbook: 1
      title: Test
      asOf: 2024-01-15
      organization:
        name: Contoso
        mailboxes: 100
      servers:
    ` +
    servers +
    yaml`
      target:
        platform: on-premises
        version: "2016"
      phases:
    ` +
    before +
    GO +
    later;
  const fixed = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a coexistence fix');
    return applyEdits(text, finding.fix.edits);
  };
  /** The fixed text after phase `go`. */
  const after = (text: string) => fixed(text).split(GO)[1];
  const phase = (id: string, title: string, steps: string) =>
    `  - id: ${id}\n    title: ${title}\n    steps:\n${steps}`;
  const decommission = (server: string) => `      - action: decommission\n        server: ${server}\n`;
  const moveFrom = (from: string) => `      - action: move-mailboxes\n        from: ${from}\n        to: EX16\n`;

  it('a step before the blocked phase keeps the old server', () => {
    const early = phase(
      'early',
      'Early on Exchange 2007',
      '      - action: configure-outlook-anywhere\n        server: EX07\n',
    );
    assert.ok(fixed(runbook(EX07, '', early)).includes(early));
  });
  it('a list naming two retired servers names the transition server once', () => {
    const text = runbook(EX07 + EX07B, phase('later', 'Later', moveFrom('[EX07, EX07B]')));
    assert.strictEqual(after(text), phase('later', 'Later', moveFrom('[EX13-01]')));
  });
  it('a list naming a retired server and the reused transition server names it once', () => {
    const text = runbook(EX07 + EX13, phase('later', 'Later', moveFrom('[EX07, EX13]')));
    assert.strictEqual(after(text), phase('later', 'Later', moveFrom('[EX13]')));
  });
  it('a list naming a retired server and another one: only the retired name changes', () => {
    const text = runbook(EX07 + EX13, phase('later', 'Later', moveFrom('[EX16, EX07]')));
    assert.strictEqual(after(text), phase('later', 'Later', moveFrom('[EX16, EX13]')));
  });
  it('servers of two old versions: a phase title keeps its version (which one would it replace?)', () => {
    const text = runbook(EX07 + EX03, phase('later', 'Retire Exchange 2007', decommission('EX07')));
    assert.strictEqual(after(text), phase('later', 'Retire Exchange 2007', decommission('EX10-01')));
  });
  it('a phase whose step names no server keeps its title', () => {
    const later = phase('later', 'Exchange 2007 leftovers', '      - action: move-mailboxes\n        to: EX16\n');
    assert.strictEqual(after(runbook(EX07, later)), later);
  });
  it('the first decommission of a retired server retires the transition server; a later one goes with its phase', () => {
    const text = runbook(
      EX07,
      phase('later', 'Retire Exchange 2007', decommission('EX07')) + phase('again', 'Again 2007', decommission('EX07')),
    );
    assert.strictEqual(after(text), phase('later', 'Retire Exchange 2013', decommission('EX13-01')));
  });
  it('a second decommission in a phase with other steps goes alone (names compared without case)', () => {
    const text = runbook(
      EX07,
      phase('later', 'Retire Exchange 2007', decommission('EX07') + moveFrom('EX07') + decommission('ex07')),
    );
    assert.strictEqual(
      after(text),
      phase('later', 'Retire Exchange 2013', decommission('EX13-01') + moveFrom('EX13-01')),
    );
  });
  it('a reused transition server is not new: a later decommission of a retired server goes', () => {
    const text = runbook(EX07 + EX13, phase('later', 'Retire Exchange 2007', moveFrom('EX07') + decommission('EX07')));
    assert.strictEqual(after(text), phase('later', 'Retire Exchange 2013', moveFrom('EX13')));
  });
  it('a later decommission of the transition server itself: the retired server’s goes', () => {
    const text = runbook(EX07 + EX13, phase('later', 'Retire', decommission('ex13') + decommission('EX07')));
    assert.strictEqual(after(text), phase('later', 'Retire', decommission('ex13')));
  });
});

describe('coexistence: an install that cannot coexist, in an Exchange Online runbook', () => {
  const hybrid = (old: string, update: string, version: string) =>
    yaml`
      runbook: 1
      title: Test
      asOf: 2024-01-15
      organization:
        name: Contoso
        mailboxes: 100
      servers:
        - name: OLD
          version: "${old}"
          update: ${update}
      target:
        platform: exchange-online
        method: hybrid
      phases:
        - id: go
          title: Go
          steps:
            - action: install-exchange
              server: HYB
              version: "${version}"
              hybrid: true
    `;
  const shown = (text: string) => findings(text).map((f) => [f.message, f.fix?.title ?? null]);
  it('an Exchange 2003 organization: its one hybrid version, no on-premises transition', () => {
    assert.deepStrictEqual(shown(hybrid('2003', 'SP2', '2013')), [
      [
        'Exchange 2013 Setup refuses to run while Exchange 2003 servers remain (OLD): the hybrid server of an Exchange 2003 ' +
          'organization is Exchange 2010 (SP3 or later); install one of those instead',
        null,
      ],
    ]);
  });
  it('an Exchange 2010 organization has no hybrid requirement of its own: the transition message, still no fix', () => {
    assert.deepStrictEqual(shown(hybrid('2010', 'SP3 RU30', '2019')), [
      [
        'Exchange 2019 Setup refuses to run while Exchange 2010 servers remain (OLD). Go through Exchange 2016: install it, ' +
          'move client access, transport, mailboxes and public folders to it, decommission every Exchange 2010 server, then install Exchange 2019',
        null,
      ],
    ]);
  });
});

describe('coexistence: the plan of the transition, hop by hop', () => {
  /** `servers`, then the `before` phases and phase `go` (its `first` steps, then `target` installed as NEW), then `later`. */
  const runbook = ({ servers = '', before = '', first = '', later = '', target = '"2016"' }) =>
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
    `target:\n  platform: on-premises\n  version: ${target}\nphases:\n` +
    before +
    `  - id: go\n    title: Go\n    steps:\n${first}      - action: install-exchange\n        server: NEW\n        version: ${target}\n` +
    later;
  const server = (name: string, version: string, update: string, extra = '') =>
    `  - name: ${name}\n    version: "${version}"\n    update: ${update}\n${extra}`;
  const EX07 = server('EX07', '2007', 'SP3 RU23');
  const prep = (...steps: string[]) =>
    '  - id: prep\n    title: Prep\n    steps:\n' + steps.map((s) => `      - action: ${s}\n`).join('');
  const fixed = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a coexistence fix');
    return applyEdits(text, finding.fix.edits);
  };
  /** Phase ids and steps (action and first field) of the fixed runbook. */
  const plan = (text: string) =>
    [...fixed(text).matchAll(/- (id: \S+|action: \S+\n {8}\w+: .*)/g)].map((m) => m[1].replace(/\n +/, ' '));
  const HOP_2013 = [
    'id: transition-2013',
    'action: prepare-schema version: "2013"',
    'action: prepare-ad version: "2013"',
    'action: install-exchange server: EX13-01',
    'id: move-to-2013',
    'action: move-client-access from: EX07',
    'action: move-transport from: EX07',
    'action: move-mailboxes from: EX07',
    'id: retire-2007',
    'action: decommission server: EX07',
  ];
  const GO = ['id: go', 'action: install-exchange server: NEW'];

  it('Exchange 2013 as the transition server gets mailbox and client access; 2016 its default, mailbox', () => {
    assert.ok(
      fixed(runbook({ servers: EX07 })).includes(
        '        server: EX13-01\n        version: "2013"\n        update: CU23\n        roles: [mailbox, clientAccess]\n',
      ),
    );
    const over2010 = fixed(runbook({ servers: server('EX10', '2010', 'SP3 RU30'), target: '"2019"' }));
    assert.ok(
      over2010.includes(
        '        server: EX16-01\n        version: "2016"\n        update: CU23\n        roles: [mailbox]\n',
      ),
      over2010,
    );
  });
  it('a server of another version is not the transition server', () => {
    assert.deepStrictEqual(plan(runbook({ servers: EX07 + server('EX10', '2010', 'SP3 RU30') })), [...HOP_2013, ...GO]);
  });
  it('a 2013 server that cannot take every load is not the transition server', () => {
    const servers = EX07 + server('EX13', '2013', 'CU23', '    roles: [clientAccess]\n');
    assert.deepStrictEqual(plan(runbook({ servers })), [...HOP_2013, ...GO]);
  });
  it('the mailbox servers are retired first, whatever the order of the list', () => {
    const servers =
      server('CAS07', '2007', 'SP3 RU23', '    roles: [clientAccess, hubTransport]\n') +
      server('MBX07', '2007', 'SP3 RU23', '    roles: [mailbox]\n');
    assert.deepStrictEqual(plan(runbook({ servers })).slice(-4, -2), [
      'action: decommission server: MBX07',
      'action: decommission server: CAS07',
    ]);
  });
  it('a server that hosts nothing: no move phase', () => {
    const servers = server('EX07', '2007', 'SP3 RU23', '    roles: [mailbox]\n    mailboxes: 0\n');
    assert.deepStrictEqual(plan(runbook({ servers })), [...HOP_2013.slice(0, 4), ...HOP_2013.slice(8), ...GO]);
  });
  it('AD already prepared for 2013 is not prepared again; the schema still is', () => {
    assert.deepStrictEqual(plan(runbook({ servers: EX07, before: prep('prepare-ad\n        version: "2013"') })), [
      'id: prep',
      'action: prepare-ad version: "2013"',
      ...HOP_2013.filter((s) => !s.includes('prepare-ad')),
      ...GO,
    ]);
  });
  it('two servers of two old versions: one retire phase for both', () => {
    const servers = EX07 + server('EX03', '2003', 'SP2');
    assert.ok(plan(runbook({ servers })).includes('id: retire-2003-2007'));
  });
  it('SE over 2007 with the schema and AD already prepared for 2019: neither hop prepares them', () => {
    const before = prep('prepare-schema\n        version: "2019"', 'prepare-ad\n        version: "2019"');
    const steps = plan(runbook({ servers: EX07, before, target: '"SE"' }));
    assert.deepStrictEqual(
      steps.filter((s) => s.includes('prepare-')),
      ['action: prepare-schema version: "2019"', 'action: prepare-ad version: "2019"'],
    );
  });
  it('SE over 2007 next to a 2016 server at CU22: the second hop brings it to CU23 first (2019 needs that)', () => {
    const servers = EX07 + server('EX16', '2016', 'CU22', '    mailboxes: 0\n');
    const steps = plan(runbook({ servers, target: '"SE"' }));
    assert.deepStrictEqual(steps.slice(10, 13), [
      'id: transition-2019',
      'action: update-server server: EX16',
      'action: prepare-schema version: "2019"',
    ]);
  });
  it('the steps of the blocked phase before the install, and of the phases after it, name the new server', () => {
    const text = runbook({
      servers: EX07,
      before: prep('prepare-ad\n        version: "2016"'),
      first: '      - action: run-hybrid-wizard\n        server: EX07\n',
      later:
        '  - id: later\n    title: Later\n    steps:\n      - action: configure-outlook-anywhere\n        server: EX07\n',
    });
    assert.deepStrictEqual(plan(text).slice(-4), [
      'action: run-hybrid-wizard server: EX13-01',
      'action: install-exchange server: NEW',
      'id: later',
      'action: configure-outlook-anywhere server: EX13-01',
    ]);
  });
  it('a later decommission of another server leaves the retired server’s to retire the new one', () => {
    const text = runbook({
      servers: EX07 + server('EX10', '2010', 'SP3 RU30'),
      later:
        '  - id: later\n    title: Later\n    steps:\n      - action: decommission\n        server: EX10\n      - action: decommission\n        server: EX07\n',
    });
    assert.deepStrictEqual(plan(text).slice(-3), [
      'id: later',
      'action: decommission server: EX10',
      'action: decommission server: EX13-01',
    ]);
  });
  it('a later decommission that already names the new server’s name: the retired server’s goes', () => {
    const text = runbook({
      servers: EX07,
      later:
        '  - id: later\n    title: Later\n    steps:\n      - action: decommission\n        server: EX13-01\n      - action: decommission\n        server: EX07\n',
    });
    assert.deepStrictEqual(plan(text).slice(-2), ['id: later', 'action: decommission server: EX13-01']);
  });
  it('a title naming the retired server, on a step whose fields do not, is left as it is', () => {
    const later =
      '  - id: later\n    title: Later\n    steps:\n      - action: move-mailboxes\n        from: NEW\n        to: EX07\n        title: Back from NEW to EX07\n';
    assert.ok(fixed(runbook({ servers: EX07, later })).endsWith(later));
  });
  it('a name a later step installs is taken: the new server is the next one', () => {
    const later =
      '  - id: later\n    title: Later\n    steps:\n      - action: install-exchange\n        server: EX13-01\n        version: "2016"\n';
    assert.ok(plan(runbook({ servers: EX07, later })).includes('action: install-exchange server: EX13-02'));
  });
  it('a list naming a retired server and another one in a phase about the old version: its title stays', () => {
    const later =
      '  - id: later\n    title: Retire Exchange 2007\n    steps:\n      - action: move-mailboxes\n        from: [NEW, EX07]\n        to: NEW\n';
    assert.ok(fixed(runbook({ servers: EX07, later })).endsWith(later.replace('[NEW, EX07]', '[NEW, EX13-01]')));
  });
});

describe('coexistence: a few more shapes of the runbook around the fix', () => {
  const EX07 = '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n';
  const runbook = (servers: string, later: string) =>
    yaml`
      runbook: 1
      title: Test
      asOf: 2024-01-15
      organization:
        name: Contoso
        mailboxes: 100
      servers:
    ` +
    servers +
    yaml`
      target:
        platform: on-premises
        version: "2016"
      phases:
        - id: go
          title: Go
          steps:
            - action: install-exchange
              server: EX16
              version: "2016"
    ` +
    later;
  const fixedLater = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a coexistence fix');
    const fixed = applyEdits(text, finding.fix.edits);
    return fixed.slice(fixed.indexOf('  - id: later\n'));
  };
  it('only some present servers block: the message names the version that bridges them', () => {
    const servers = EX07 + '  - name: EX13\n    version: "2013"\n    update: CU23\n';
    assert.match(findings(runbook(servers, ''))[0].message, /\(EX07\)\. Go through Exchange 2013: install it/);
  });
  it('a block list without a repeated name stays a block list', () => {
    const later =
      '  - id: later\n    title: Later\n    steps:\n      - action: move-mailboxes\n        from:\n          - EX16\n          - EX07\n        to: EX16\n';
    assert.strictEqual(fixedLater(runbook(EX07, later)), later.replace('- EX07', '- EX13-01'));
  });
  it('a list with a repeated name after the fix keeps the others, comma-separated', () => {
    const servers = EX07 + '  - name: EX07B\n    version: "2007"\n    update: SP3 RU23\n';
    const later =
      '  - id: later\n    title: Later\n    steps:\n      - action: move-mailboxes\n        from: [EX07, EX16, EX07B]\n        to: EX16\n';
    assert.strictEqual(fixedLater(runbook(servers, later)), later.replace('[EX07, EX16, EX07B]', '[EX13-01, EX16]'));
  });
  it('a phase without steps, untouched by the fix, stays', () => {
    const later = '  - id: later\n    title: Later\n    steps: []\n';
    assert.strictEqual(fixedLater(runbook(EX07, later)), later);
  });
});

// The rule's own golden fix files (test/unit/fixes/golden.test.ts runs every rule's), here so
// that a mutation run of this rule, which selects its own tests only, has them too.
describe('coexistence: its golden fix files', () => {
  for (const name of [
    'crlf-swedish',
    'invalid-2016-over-2007',
    'se-over-2007-four-space',
    'two-2007-servers-retired-later',
  ])
    it(name, () => checkGoldenFix('coexistence', name, name.includes('swedish') ? { locale: 'sv' } : {}));
});
