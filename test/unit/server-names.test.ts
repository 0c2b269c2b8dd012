// Server names compare as Windows and DNS compare them, without case (exchange-facts.md
// section 0, runbook-format.md 7.1): in every rule, the model and the editor. Every check
// here writes the two sides of a comparison in different cases.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, parseRunbook } from '../../src/core';
import { completionsAt, definitionAt, hoverAt, referencesAt, renameEdits } from '../../src/core/editor';
import { sameServerName, serverKey, ServerMap, ServerNameSet } from '../../src/core/util/server-name';
import { describeFindings, lintText, ofRule, problems } from './helpers';
import { runbook, spanOf, span } from './rules/onprem-helpers';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', name), 'utf8');

describe('server names compare without case', () => {
  it('folds ASCII letters only (RFC 4343), so names Windows and DNS keep apart stay apart', () => {
    assert.strictEqual(serverKey('EX07-CAS01'), 'ex07-cas01');
    assert.ok(sameServerName('Ex07-Cas01', 'eX07-cAS01'));
    assert.ok(!sameServerName('EX07-CAS01', 'EX07-CAS02'));
    // The Kelvin sign and the dotted capital I fold to ASCII letters under toLowerCase; not here.
    assert.ok(!sameServerName('\u212A-EX', 'k-ex'));
    assert.ok(!sameServerName('\u0130-EX', 'i-ex'));
    assert.ok(!sameServerName('ÄB-EX', 'äb-ex'));
    assert.ok(!sameServerName(undefined, undefined));
  });

  it('folds the same after more names than it keeps (10,000: the fold is remembered per name, then forgotten)', () => {
    for (let i = 0; i <= 10_001; i++) assert.strictEqual(serverKey(`EX-${i}`), `ex-${i}`);
    // Past the cap the remembered folds were dropped; a name seen before folds as it did.
    assert.strictEqual(serverKey('EX-0'), 'ex-0');
    assert.strictEqual(serverKey('EX-10001'), 'ex-10001');
    assert.strictEqual(serverKey('Ex-Ä'), 'ex-Ä');
  });

  it('keeps a map entry under the name as first written, and finds it by any case', () => {
    const map = new ServerMap<number>();
    map.set('Ex-A', 1);
    map.set('EX-a', 2);
    assert.deepStrictEqual([...map], [['Ex-A', 2]]);
    assert.strictEqual(map.get('ex-A'), 2);
    assert.ok(map.delete('eX-a'));
    assert.strictEqual(map.size, 0);
    map.set('ex-a', 3);
    assert.deepStrictEqual([...map.keys()], ['ex-a']);
    const set = new ServerNameSet(['Mb-01', 'mB-01', 'MB-02']);
    assert.deepStrictEqual([...set], ['Mb-01', 'MB-02']);
    assert.ok(set.has('mb-01') && !set.has('mb-03'));
  });

  describe('rules', () => {
    const servers =
      '  - name: Ex07-Cas01\n    version: "2007"\n    update: SP3 RU23\n    mailboxes: 0\n  - name: eX16-mBx01\n    version: "2016"\n    update: CU23\n    mailboxes: 100\n';
    const phases = (steps: string) => `  - id: go\n    title: Go\n    steps:\n${steps}`;

    it('unknown-server finds a listed, installed or retired server by any case', () => {
      const text = runbook({
        servers,
        target: '  platform: on-premises\n  version: "2019"',
        phases: phases(
          '      - action: move-client-access\n        from: eX07-cAS01\n        to: EX16-MBX01\n' +
            '      - action: move-transport\n        from: [EX07-CAS01]\n        to: ex16-mbx01\n' +
            '      - action: decommission\n        server: ex07-cas01\n' +
            '      - action: install-exchange\n        server: Nw-Ex19\n        version: "2019"\n        update: CU14\n' +
            '      - action: move-mailboxes\n        from: EX16-mbx01\n        to: nW-eX19\n' +
            '      - action: decommission\n        server: EX16-MBX01\n' +
            '      - action: update-server\n        server: EX07-cas01\n        update: SP3 RU23\n',
        ),
      });
      const found = ofRule(lintText(text), 'unknown-server');
      // Only the step after the decommission, which names the retired server in yet another case.
      assert.deepStrictEqual(found.map(span), [spanOf(text, 'EX07-cas01')]);
      assert.match(found[0].message, /^`EX07-cas01` no longer exists at this step: it was decommissioned on line \d+/);
    });

    it('the model moves data by any case: no decommission-with-data or source-remains after a clean run in other cases', () => {
      const clean = fixture('onprem-2007-to-2016.runbook.yaml');
      const before = problems(lintText(clean, { asOf: '2025-06-01' }));
      // Every step reference in lower case, the servers list in mixed case.
      const steps = clean.indexOf('phases:');
      const mixed =
        clean
          .slice(0, steps)
          .replace(/- name: FAB-EX07-CAS/, '- name: Fab-Ex07-Cas')
          .replace(/- name: FAB-EX07-MBX/, '- name: fAB-eX07-mBX') +
        clean
          .slice(steps)
          .replace(
            /(from|to|server): (\[?)(FAB-[A-Z0-9-]+)/g,
            (_m, k: string, b: string, n: string) => `${k}: ${b}${n.toLowerCase()}`,
          );
      assert.notStrictEqual(mixed, clean);
      const after = problems(lintText(mixed, { asOf: '2025-06-01' }));
      assert.deepStrictEqual(
        after.map((f) => f.ruleId),
        before.map((f) => f.ruleId),
        describeFindings(after),
      );
    });

    it('duplicate-id: a second and third entry of one name in other cases, quoting the name as first written', () => {
      const text = runbook({
        servers:
          '  - name: nod-ex13\n    version: "2013"\n    update: CU23\n' +
          '  - name: NOD-EX13\n    version: "2013"\n    update: CU23\n' +
          '  - name: NoD-eX13\n    version: "2013"\n    update: CU23\n',
        phases: phases(
          '      - action: install-exchange\n        server: nOd-Ex13\n        version: "2016"\n        update: CU23\n',
        ),
      });
      const found = ofRule(lintText(text), 'duplicate-id');
      assert.deepStrictEqual(found.map(span), [
        spanOf(text, 'NOD-EX13'),
        spanOf(text, 'NoD-eX13'),
        spanOf(text, 'nOd-Ex13'),
      ]);
      assert.deepStrictEqual(
        found.map((f) => f.message),
        [
          'the server name `nod-ex13` is already used by the server on line 8; server names must be unique',
          'the server name `nod-ex13` is already used by the server on line 8; server names must be unique',
          '`nod-ex13` is already a server of this organization (line 8) when this step installs it: give the new server its own name, or decommission the old one first',
        ],
      );
    });

    it('method-mismatch: a hybrid server named by the wizard in another case is the installed one', () => {
      const text = runbook({
        organization: '  name: Contoso\n  mailboxes: 400\n  domains: [contoso.com]',
        servers: '  - name: EX10\n    version: "2010"\n    update: SP3 RU30\n',
        target: '  platform: exchange-online\n  method: hybrid',
        phases: phases(
          '      - action: install-exchange\n        server: Hyb-16\n        version: "2016"\n        update: CU23\n' +
            '      - action: run-hybrid-wizard\n        server: hYB-16\n',
        ),
      });
      assert.deepStrictEqual(
        ofRule(lintText(text), 'method-mismatch').map((f) => f.message),
        [],
      );
      const named = text.replace('server: hYB-16', 'server: EX10');
      assert.strictEqual(ofRule(lintText(named), 'method-mismatch').length, 1);
    });
  });

  it('coexistence: later steps that name a retired server in another case follow the replacement', () => {
    const input = fs
      .readFileSync(
        path.join(__dirname, '..', 'golden', 'coexistence', 'two-2007-servers-retired-later.input.runbook.yaml'),
        'utf8',
      )
      .replace('from: [LIT-CAS07, LIT-MBX07]', 'from: [lit-cas07, Lit-Mbx07]')
      .replace(
        '      - action: decommission\n        server: LIT-MBX07',
        '      - action: decommission\n        server: lit-MBX07',
      )
      .replace('        server: LIT-CAS07', '        server: Lit-Cas07');
    const [f] = ofRule(lintText(input, { asOf: undefined }), 'coexistence');
    const fixed = applyEdits(input, f.fix!.edits);
    const after = lintText(fixed, { asOf: undefined });
    assert.deepStrictEqual(
      after
        .filter((x) => ['unknown-server', 'coexistence', 'decommission-with-data'].includes(x.ruleId))
        .map((x) => x.message),
      [],
    );
    // The moves off the old servers now name the transition server, whatever case they were written in.
    const moves = fixed.slice(fixed.indexOf('  - id: move\n'));
    assert.ok(!/lit-(cas|mbx)07/i.test(moves.slice(0, moves.indexOf('  - id: retire'))), moves);
  });

  it('hover describes a server named in another case, not as unknown', () => {
    const text = fixture('onprem-2007-to-2016.runbook.yaml').replace(
      '        from: [FAB-EX07-CAS]',
      '        from: [fab-ex07-cas]',
    );
    const hover = hoverAt(text, text.indexOf('[fab-ex07-cas]') + 3, { asOf: '2025-06-01' })!;
    assert.match(hover.markdown, /^\*\*fab-ex07-cas\*\*\n\nBefore this step: Exchange 2007 SP3 RU23/);
  });

  describe('editor', () => {
    const text = fixture('onprem-2007-to-2016.runbook.yaml')
      .replace('        from: [FAB-EX07-CAS]', '        from: [fab-ex07-cas]')
      .replace(
        '      - action: decommission\n        server: FAB-EX07-CAS',
        '      - action: decommission\n        server: Fab-Ex07-Cas',
      );
    const line = (offset: number) => text.slice(0, offset).split('\n').length;

    it('finds the definition and every reference whatever the case on either side', () => {
      const parsed = parseRunbook(text);
      const at = text.indexOf('[fab-ex07-cas]') + 3;
      assert.strictEqual(line(definitionAt(parsed, at)!.range.start), 14);
      assert.deepStrictEqual(
        referencesAt(parsed, at).map((o) => line(o.range.start)),
        [14, 50, 56, 71],
      );
      const fromMixed = text.indexOf('server: Fab-Ex07-Cas') + 10;
      assert.deepStrictEqual(
        referencesAt(parsed, fromMixed).map((o) => line(o.range.start)),
        [14, 50, 56, 71],
      );
    });

    it('renames every spelling, refuses a name taken in another case, and allows a new case of the same name', () => {
      const parsed = parseRunbook(text);
      const at = text.indexOf('server: Fab-Ex07-Cas') + 10;
      const result = renameEdits(parsed, at, 'FAB-CAS');
      assert.ok('edits' in result);
      const renamed = applyEdits(text, result.edits);
      assert.ok(!/fab-ex07-cas/i.test(renamed));
      assert.strictEqual(renamed.split('FAB-CAS').length - 1, 4);
      assert.deepStrictEqual(renameEdits(parsed, at, 'fab-ex07-MBX'), { error: 'taken', kind: 'server' });
      const recased = renameEdits(parsed, at, 'fab-ex07-cas');
      assert.ok('edits' in recased && recased.edits.length === 4);
    });

    it('completion leaves out the other end of a move written in another case', () => {
      const marked = fixture('onprem-2007-to-2016.runbook.yaml').replace(
        '      - action: move-mailboxes\n        from: FAB-EX07-MBX\n        to: FAB-EX13-01',
        '      - action: move-mailboxes\n        from: fab-ex07-mbx\n        to: §',
      );
      const offset = marked.indexOf('§');
      const labels = completionsAt(marked.replace('§', ''), offset).map((e) => e.label);
      assert.deepStrictEqual(labels, ['FAB-EX07-CAS', 'FAB-EX13-01']);
    });
  });
});
