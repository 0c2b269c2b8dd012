import * as assert from 'assert';
import { ServerNameSet } from '../../../src/core/util/server-name';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, fixAll, lint } from '../../../src/core';
import { describeFindings, FIXTURES, GOLDEN, lintText, ofRule, problems, readerFor, ruleIdsTagged } from '../helpers';
import { runbook, span, spanOf } from './onprem-helpers';
import { intermediateVersion, canCoexist, lagsBehind } from '../../../src/core/knowledge/coexistence';
import { deriveServerName } from '../../../src/core/rules/coexistence';

const ONPREM_RULES = ruleIdsTagged('on-premises');

function install(server: string, version: string, extra = ''): string {
  return `      - action: install-exchange\n        server: ${server}\n        version: "${version}"\n${extra}`;
}

function prepared(version: string): string {
  return `      - action: prepare-schema\n        version: "${version}"\n      - action: prepare-ad\n        version: "${version}"\n`;
}

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

describe('coexistence', () => {
  it('reports the shared invalid example at the install step, and only there', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
    const found = lint(text, { readFile: readerFor(FIXTURES) }).findings;
    const errors = found.filter((f) => f.severity === 'error');
    assert.strictEqual(errors.length, 1, describeFindings(found));
    assert.strictEqual(errors[0].ruleId, 'coexistence');
    assert.deepStrictEqual(span(errors[0]), [31, 9, 31, 33]);
    assert.strictEqual(
      errors[0].message,
      'Exchange 2016 Setup refuses to run while Exchange 2007 servers remain (NW-EX07). Go through Exchange 2013: install it, ' +
        'move client access, transport, mailboxes and public folders to it, decommission every Exchange 2007 server, then install Exchange 2016',
    );
    assert.strictEqual(
      errors[0].fix?.title,
      'Insert the transition through Exchange 2013 before phase `bring-in-2016`: install NW-EX13-01, move everything off NW-EX07 and decommission it',
    );
  });

  it('speaks Swedish', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'), 'utf8');
    const [finding] = ofRule(lint(text, { locale: 'sv' }).findings, 'coexistence');
    assert.strictEqual(
      finding.message,
      'Installationsprogrammet för Exchange 2016 vägrar köras medan Exchange 2007-servrar finns kvar (NW-EX07). Gå via Exchange 2013: ' +
        'installera den, flytta klientåtkomst, transport, postlådor och gemensamma mappar dit, avveckla alla Exchange 2007-servrar och installera sedan Exchange 2016',
    );
  });

  it('reports Exchange 2013 over Exchange 2003 and suggests Exchange 2010', () => {
    const text = runbook({
      servers: '  - name: OLD03\n    version: "2003"\n    update: SP2\n',
      target: '  platform: on-premises\n  version: "2013"',
      phases:
        '  - id: go\n    title: Go\n    steps:\n' +
        prepared('2013') +
        install('EX13', '2013', '        update: CU23\n'),
    });
    const [finding] = ofRule(lintText(text), 'coexistence');
    assert.deepStrictEqual(span(finding), spanOf(text, 'action: install-exchange'));
    assert.match(
      finding.message,
      /^Exchange 2013 Setup refuses to run while Exchange 2003 servers remain \(OLD03\)\. Go through Exchange 2010:/,
    );
    assert.strictEqual(
      finding.fix?.title,
      'Insert the transition through Exchange 2010 before phase `go`: install OLD10-01, move everything off OLD03 and decommission it',
    );
  });

  it('reports Exchange 2019 over Exchange 2010 and SE over Exchange 2013', () => {
    const over2010 = runbook({
      servers: '  - name: EX2010\n    version: "2010"\n    update: SP3 RU30\n',
      target: '  platform: on-premises\n  version: "2019"',
      phases: '  - id: go\n    title: Go\n    steps:\n' + prepared('2019') + install('EX2019', '2019'),
    });
    const [a] = ofRule(lintText(over2010), 'coexistence');
    assert.match(
      a.message,
      /^Exchange 2019 Setup refuses to run while Exchange 2010 servers remain \(EX2010\)\. Go through Exchange 2016:/,
    );
    assert.strictEqual(a.data?.via, '2016');
    const over2013 = runbook({
      servers: '  - name: EX13A\n    version: "2013"\n    update: CU23\n',
      target: '  platform: on-premises\n  version: SE',
      phases:
        '  - id: go\n    title: Go\n    steps:\n' +
        prepared('SE') +
        '      - action: install-exchange\n        server: EXSE\n        version: SE\n',
    });
    const [b] = ofRule(lintText(over2013), 'coexistence');
    assert.match(
      b.message,
      /^Exchange SE Setup refuses to run while Exchange 2013 servers remain \(EX13A\)\. Go through Exchange 2019:/,
    );
  });

  it('stays quiet for versions that coexist (2016 over 2010, 2013 over 2007, 2019 over 2013)', () => {
    for (const [old, update, version] of [
      ['2010', 'SP3 RU11', '2016'],
      ['2007', 'SP3 RU10', '2013'],
      ['2013', 'CU21', '2019'],
    ]) {
      const text = runbook({
        servers: `  - name: OLD\n    version: "${old}"\n    update: ${update}\n`,
        target: `  platform: on-premises\n  version: "${version}"`,
        phases: '  - id: go\n    title: Go\n    steps:\n' + prepared(version) + install('NEW', version),
      });
      assert.deepStrictEqual(ofRule(lintText(text), 'coexistence'), [], `${version} over ${old}`);
    }
  });

  describe('Exchange 2019 CU15 and later next to Exchange 2013 (exchange-facts.md section 0)', () => {
    const org = (old2013: string, steps: string) =>
      runbook({
        asOf: '2025-06-01',
        servers: `  - name: OLD13\n    version: "2013"\n    update: ${old2013}\n    mailboxes: 0\n  - name: Ex19-A\n    version: "2019"\n    update: CU14\n    mailboxes: 0\n`,
        target: '  platform: on-premises\n  version: "2019"',
        phases: '  - id: go\n    title: Go\n    steps:\n' + prepared('2019') + steps,
      });
    const installAt = (update: string) => install('EX19-B', '2019', `        update: ${update}\n`);
    const updateTo = (update: string, server = 'ex19-a') =>
      `      - action: update-server\n        server: ${server}\n        update: ${update}\n`;

    it('installing 2019 CU14 next to 2013 CU21 is valid; CU15 and CU16 are errors whose fix installs CU14', () => {
      assert.deepStrictEqual(ofRule(lintText(org('CU21', installAt('CU14'))), 'coexistence'), []);
      for (const update of ['CU15', 'CU16']) {
        const text = org('CU21', installAt(update));
        const found = ofRule(lintText(text), 'coexistence');
        assert.deepStrictEqual(found.map(span), [spanOf(text, update)], update);
        assert.strictEqual(found[0].severity, 'error');
        assert.strictEqual(
          found[0].message,
          `Exchange 2019 ${update} Setup refuses to run while Exchange 2013 servers remain (OLD13): install Exchange 2019 CU14, the last update whose Setup accepts Exchange 2013, and update to ${update} after the last Exchange 2013 server is decommissioned`,
        );
        assert.strictEqual(found[0].fix?.title, `Use CU14 instead of ${update}`);
        const fixed = applyEdits(text, found[0].fix!.edits);
        assert.strictEqual(fixed, text.replace(`update: ${update}`, 'update: CU14'));
        assert.deepStrictEqual(
          problems(lintText(fixed)).filter((f) => f.ruleId.startsWith('coexistence')),
          [],
        );
      }
    });

    it('updating a 2019 server to CU15 while 2013 remains is an error; to CU14 is not; after the 2013 decommission it is fine', () => {
      assert.deepStrictEqual(ofRule(lintText(org('CU23', updateTo('CU14'))), 'coexistence'), []);
      const text = org('CU23', updateTo('CU15'));
      const found = ofRule(lintText(text), 'coexistence');
      assert.deepStrictEqual(found.map(span), [spanOf(text, 'CU15')]);
      assert.strictEqual(
        found[0].message,
        'Exchange 2019 CU15 Setup refuses to run while Exchange 2013 servers remain (OLD13): keep Ex19-A at CU14 or below until the last Exchange 2013 server is decommissioned, then update it',
      );
      // The server is already at CU14: lowering the update would change nothing, so no fix.
      assert.strictEqual(found[0].fix, undefined);
      const below = org('CU23', updateTo('CU16')).replace(
        'update: CU14\n    mailboxes: 0',
        'update: CU12\n    mailboxes: 0',
      );
      const fixable = ofRule(lintText(below), 'coexistence');
      assert.strictEqual(applyEdits(below, fixable[0].fix!.edits), below.replace('update: CU16', 'update: CU14'));
      const retiredFirst = org('CU23', '      - action: decommission\n        server: old13\n' + updateTo('CU15'));
      assert.deepStrictEqual(ofRule(lintText(retiredFirst), 'coexistence'), []);
    });

    it("2013 below CU21 stays coexistence-update's finding (CU20 vs CU21), and speaks Swedish", () => {
      assert.deepStrictEqual(ofRule(lintText(org('CU20', installAt('CU14'))), 'coexistence-update').length, 1);
      assert.deepStrictEqual(ofRule(lintText(org('CU21', installAt('CU14'))), 'coexistence-update'), []);
      const sv = ofRule(lintText(org('CU21', installAt('CU15')), { locale: 'sv' }), 'coexistence');
      assert.match(
        sv[0].message,
        /^Installationsprogrammet för Exchange 2019 CU15 vägrar köras medan Exchange 2013-servrar finns kvar \(OLD13\): installera Exchange 2019 CU14/,
      );
    });
  });

  it('judges the organization at the install: a 2007 server decommissioned earlier does not block', () => {
    const text = runbook({
      organization: '  name: Contoso\n  mailboxes: 0',
      servers: '  - name: EX07\n    version: "2007"\n    roles: [clientAccess]\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: decommission\n        server: EX07\n' +
        prepared('2016') +
        install('EX16', '2016'),
    });
    assert.deepStrictEqual(ofRule(lintText(text), 'coexistence'), []);
  });

  it('reports a hybrid server that cannot coexist in an Exchange Online runbook, without an on-premises transition fix', () => {
    const text = runbook({
      organization: '  name: Contoso\n  mailboxes: 300',
      servers: '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n',
      target: '  platform: exchange-online\n  method: hybrid',
      phases:
        '  - id: go\n    title: Go\n    steps:\n' +
        prepared('2016') +
        install('HYB16', '2016', '        hybrid: true\n'),
    });
    const [finding] = ofRule(lintText(text), 'coexistence');
    assert.deepStrictEqual(span(finding), spanOf(text, 'action: install-exchange'));
    assert.strictEqual(finding.fix, undefined);
  });

  it('golden: a CRLF file fixed in Swedish keeps CRLF line endings', () => {
    const out = fs.readFileSync(path.join(GOLDEN, 'coexistence', 'crlf-swedish.expected.runbook.yaml'), 'utf8');
    assert.strictEqual(out.split('\n').length - 1, out.split('\r\n').length - 1, 'every line ends in CRLF');
    assert.ok(out.includes('    title: Installera Exchange 2013 för övergången från Exchange 2007\r\n'));
  });

  it('reuses an Exchange 2013 server already in the organization instead of installing one', () => {
    const text = runbook({
      organization: '  name: Contoso\n  mailboxes: 100',
      servers:
        '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n    mailboxes: 60\n' +
        '  - name: EX13\n    version: "2013"\n    update: CU23\n    mailboxes: 40\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n' +
        prepared('2016') +
        install('EX16', '2016', '        update: CU23\n'),
    });
    const [finding] = ofRule(lintText(text), 'coexistence');
    assert.strictEqual(
      finding.fix?.title,
      'Insert the transition through Exchange 2013 before phase `go`: move everything off EX07 and decommission it',
    );
    const fixed = fixAll(text, { asOf: '2024-01-15' }, 'coexistence');
    assert.ok(!fixed.text.includes('action: install-exchange\n        server: EX13'), 'no second 2013 server');
    assert.ok(fixed.text.includes('      - action: move-mailboxes\n        from: EX07\n        to: EX13\n'));
    assert.deepStrictEqual(ofRule(fixed.findings, 'coexistence'), []);
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
