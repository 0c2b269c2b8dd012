// source-remains at its edges (mutation run of 2026-12-06): the target version (one below,
// the same, one above), the migration methods that must retire the servers, when the fix
// may retire an online migration's server, where the fix puts the steps, and every word of
// the note that keeps a server.
import * as assert from 'assert';
import { applyEdits, lint, type Finding } from '../../../src/core';
import { STAYS_PATTERN } from '../../../src/core/rules/source-remains';
import { checkGoldenFix } from '../helpers';
import { edit, golden } from '../rule-tester';

const LEFT_BEHIND = golden('source-remains', '2013-left-behind');
const CUTOVER = golden('source-remains', 'cutover-no-decommission');
const OPTIONS = { today: '2026-11-23' };
const findings = (text: string): Finding[] => lint(text, OPTIONS).findings.filter((f) => f.ruleId === 'source-remains');
const shown = (text: string) =>
  findings(text).map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.fix ? 'fix' : 'no fix'}`);

/** LEFT_BEHIND with FAB-EX13 of `version` at `update`. */
const leftAt = (version: string, update: string) =>
  edit(LEFT_BEHIND, 'version: "2013"\n    update: CU23\n', `version: "${version}"\n    update: ${update}\n`);

describe('source-remains: on premises, a server against the target version', () => {
  it('one version below the target remains: reported at its entry', () => {
    assert.deepStrictEqual(shown(LEFT_BEHIND), ['9:5 warning fix']);
  });
  it('the target version itself stays', () => {
    assert.deepStrictEqual(shown(leftAt('2016', 'CU23')), []);
  });
  it('one version above the target stays', () => {
    assert.deepStrictEqual(shown(leftAt('2019', 'CU14')), []);
  });
  it('the target one version lower (2013): the 2013 server is no longer older', () => {
    assert.deepStrictEqual(shown(edit(LEFT_BEHIND, '  version: "2016"\nphases', '  version: "2013"\nphases')), []);
  });
  it('a server installed by the runbook and left behind: at its install step', () => {
    const text = edit(
      LEFT_BEHIND,
      '        update: CU23\n  - id: move',
      '        update: CU23\n      - action: install-exchange\n        server: X13\n        version: "2013"\n  - id: move',
    );
    assert.deepStrictEqual(shown(text), ['9:5 warning fix', '28:9 warning fix']);
  });
});

describe('source-remains: where the fix puts the retirement', () => {
  const fixed = (text: string) => {
    const [finding] = findings(text);
    assert.ok(finding?.fix, 'a source-remains fix');
    return applyEdits(text, finding.fix.edits);
  };
  it('after the last phase when it does more than move and retire, titled for the target', () => {
    const text = edit(
      LEFT_BEHIND,
      '      - action: move-mailboxes\n',
      '      - action: install-exchange\n        server: FAB-EX16B\n        version: "2016"\n      - action: move-mailboxes\n',
    );
    const out = fixed(text);
    assert.ok(
      out.includes(
        '        to: FAB-EX16\n  - id: retire\n    title: Retire the servers older than Exchange 2016\n    steps:\n',
      ),
      out,
    );
  });
  for (const [action, fields] of [
    ['move-client-access', 'from: FAB-EX13\n        to: FAB-EX16'],
    ['move-transport', 'from: FAB-EX13\n        to: FAB-EX16'],
    ['move-mailboxes', 'from: FAB-EX13\n        to: FAB-EX16'],
    ['migrate-public-folders', 'from: FAB-EX13\n        to: FAB-EX16'],
  ])
    it(`into the last phase when it only retires: ${action}`, () => {
      const text = LEFT_BEHIND.replace(
        '      - action: move-mailboxes\n        from: FAB-EX13\n        to: FAB-EX16\n',
        `      - action: ${action}\n        ${fields}\n`,
      );
      const out = fixed(text);
      assert.ok(!out.includes('  - id: retire\n'), out);
      assert.ok(out.includes(`      - action: ${action}\n        ${fields}\n      - action: `), out);
    });
  it('after the last phase when it has no steps', () => {
    const text = LEFT_BEHIND.replace(/ {2}- id: move\n[^]*$/, '  - id: move\n    title: Move\n    steps: []\n');
    assert.ok(
      fixed(text).includes('    steps: []\n  - id: retire\n    title: Retire the servers older than Exchange 2016\n'),
    );
  });
  it('no phase to append to: no fix', () => {
    const text = LEFT_BEHIND.replace(/phases:\n[^]*$/, 'phases: []\n');
    assert.deepStrictEqual(shown(text), ['9:5 warning no fix']);
  });
});

describe('source-remains: an online migration', () => {
  const method = (m: string) => edit(CUTOVER, '  method: cutover\nphases', `  method: ${m}\nphases`);
  it('cutover and staged must retire the server or say that it stays', () => {
    assert.deepStrictEqual(shown(CUTOVER), ['9:5 warning fix']);
    assert.deepStrictEqual(shown(method('staged')), ['9:5 warning fix']);
  });
  it('hybrid keeps a server anyway: nothing to say', () => {
    assert.deepStrictEqual(shown(method('hybrid')), []);
  });
  it('any decommission step is enough', () => {
    const text = edit(
      CUTOVER,
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n      - action: decommission\n        server: TT-EX07\n',
    );
    assert.deepStrictEqual(shown(text), []);
  });
  it('a server that still hosts mailboxes at the end gets no fix', () => {
    assert.deepStrictEqual(shown(edit(CUTOVER, '      - action: complete-migration-batch\n        batch: all\n', '')), [
      '9:5 warning no fix',
    ]);
  });
  it('before MX points to Exchange Online the server gets no fix', () => {
    assert.deepStrictEqual(shown(edit(CUTOVER, '      - action: switch-mx\n', '')), ['9:5 warning no fix']);
  });
  it('a note on a step (not only its title) can say that the server stays', () => {
    const text = edit(
      CUTOVER,
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n        notes: We keep TT-EX07.\n',
    );
    assert.deepStrictEqual(shown(text), []);
  });
});

describe('source-remains: when the fix may retire the server, and where the judgement comes from', () => {
  const withRoles = (text: string) =>
    edit(text, '    mailboxes: 85\ntarget', '    roles: [mailbox]\n    mailboxes: 85\ntarget');
  it('a mailbox-only server with its mailboxes gone but MX still on premises: no fix', () => {
    assert.deepStrictEqual(shown(withRoles(edit(CUTOVER, '      - action: switch-mx\n', ''))), ['9:5 warning no fix']);
  });
  it('a mailbox-only server that still hosts mailboxes, after MX moved: no fix (one load is enough to keep it)', () => {
    const text = withRoles(edit(CUTOVER, '      - action: complete-migration-batch\n        batch: all\n', ''));
    assert.deepStrictEqual(shown(text), ['9:5 warning no fix']);
  });
  it('a decommission of one server is enough even when another remains', () => {
    const text = edit(
      CUTOVER,
      '    mailboxes: 85\ntarget',
      '    mailboxes: 85\n  - name: TT-EX07B\n    version: "2007"\n    update: SP3 RU23\n    mailboxes: 0\ntarget',
      '      - action: assign-licenses\n',
      '      - action: assign-licenses\n      - action: decommission\n        server: TT-EX07B\n',
    );
    assert.deepStrictEqual(shown(text), []);
  });
  it('an Exchange Online target with a stray version is judged as online, not against the version', () => {
    const [finding] = findings(
      edit(CUTOVER, '  method: cutover\nphases', '  method: cutover\n  version: "2016"\nphases'),
    );
    assert.match(finding.message, /^TT-EX07 is still on premises when the migration to Exchange Online ends/);
  });
  it('an on-premises target without a version, with a stray method, is not judged as an online migration', () => {
    const text = edit(
      CUTOVER,
      '  platform: exchange-online\n  method: cutover\n',
      '  platform: on-premises\n  method: cutover\n',
    );
    assert.deepStrictEqual(shown(text), []);
  });
  it('no phase to append the retirement to, though a 2016 server could take the load: no fix', () => {
    const text = edit(
      LEFT_BEHIND,
      '    mailboxes: 90\ntarget',
      '    mailboxes: 90\n  - name: FAB-EX16\n    version: "2016"\n    update: CU23\ntarget',
    ).replace(/phases:\n[^]*$/, 'phases: []\n');
    assert.deepStrictEqual(shown(text), ['9:5 warning no fix']);
  });
  it('public folders that need an update not released by the runbook’s date: no fix, and the message says why', () => {
    const text = [
      'runbook: 1',
      'title: T',
      'asOf: 2013-06-01',
      'organization:',
      '  name: C',
      '  mailboxes: 10',
      'servers:',
      '  - name: EX07',
      '    version: "2007"',
      '    update: SP3 RU10',
      '    publicFolders: true',
      '  - name: EX13',
      '    version: "2013"',
      '    update: CU1',
      'target:',
      '  platform: on-premises',
      '  version: "2013"',
      'phases:',
      '  - id: go',
      '    title: Go',
      '    steps:',
      '      - action: move-mailboxes',
      '        from: EX07',
      '        to: EX13',
      '',
    ].join('\n');
    const [finding] = findings(text);
    assert.strictEqual(
      finding.message,
      'EX07 (Exchange 2007) is still in the organization when the runbook ends, but the target is Exchange 2013: move what it hosts and decommission it; ' +
        'no fix is offered: no update of Exchange 2007 at SP3 RU15 or later was released by 2013-06-01',
    );
    assert.deepStrictEqual([finding.range.line, finding.range.column, finding.fix], [8, 5, undefined]);
  });
});

describe('source-remains: the words that keep a server, each one', () => {
  const keeps = [
    'TT-EX07 stay',
    'TT-EX07 stays',
    'TT-EX07 remain',
    'TT-EX07 remains',
    'TT-EX07 is kept',
    'keep TT-EX07',
    'keeps TT-EX07',
    'keeping TT-EX07',
    'for recipient management',
    'TT-EX07 stannar',
    'TT-EX07 finns kvar',
    'behåll TT-EX07',
    'TT-EX07 behålls',
    'vi behåller TT-EX07',
    'för mottagarhantering',
  ];
  for (const text of keeps) {
    it(`"${text}" keeps it, in any case`, () => {
      assert.ok(STAYS_PATTERN.test(text), text);
      assert.ok(STAYS_PATTERN.test(text.toUpperCase()), text.toUpperCase());
    });
  }
  it('only whole English words: no prefix, no suffix', () => {
    for (const no of ['staying', 'remainder', 'unkept', 'keeper', 'upkeep', 'outstays', 'recipient managements'])
      assert.ok(!STAYS_PATTERN.test(no), no);
  });
  it('nothing else: the parts of a phrase alone, and other words', () => {
    for (const no of ['recipient', 'management', 'finns', 'kvar', 'stan', 'behå', 'mottagare', 'st', 'remai'])
      assert.ok(!STAYS_PATTERN.test(no), no);
  });
});

// The rule's own golden fix files (test/unit/fixes/golden.test.ts runs every rule's), here so
// that a mutation run of this rule, which selects its own tests only, has them too.
describe('source-remains: its golden fix files', () => {
  for (const name of ['2013-left-behind', 'cutover-no-decommission', 'retire-phase-last'])
    it(name, () => checkGoldenFix('source-remains', name));
});
