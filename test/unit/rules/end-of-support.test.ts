import * as assert from 'assert';
import { lintFixture, lintText, ofRule } from '../helpers';
import { VERSION_FACTS } from '../../../src/core/knowledge/versions';
import { runbook, span, spanOf } from './onprem-helpers';

const path2016 = (asOf: string, retire13 = true) =>
  runbook({
    asOf,
    organization: '  name: Contoso\n  mailboxes: 0',
    servers: '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n    roles: [clientAccess]\n',
    phases:
      '  - id: go\n    title: Go\n    steps:\n' +
      '      - action: install-exchange\n        server: EX13\n        version: "2013"\n' +
      '      - action: move-client-access\n        from: EX07\n        to: EX13\n      - action: move-transport\n        from: EX07\n        to: EX13\n' +
      '      - action: decommission\n        server: EX07\n' +
      '      - action: install-exchange\n        server: EX16\n        version: "2016"\n' +
      (retire13
        ? '      - action: move-client-access\n        from: EX13\n        to: EX16\n      - action: move-transport\n        from: EX13\n        to: EX16\n      - action: decommission\n        server: EX13\n'
        : ''),
  });

describe('end-of-support', () => {
  it('warns at target.version when the on-premises target is past its end of support', () => {
    const text = path2016('2026-11-23');
    const found = ofRule(lintText(text, { asOf: undefined }), 'end-of-support');
    const target = found.find((f) => f.severity === 'warning')!;
    assert.deepStrictEqual(span(target), spanOf(text, '"2016"', 1));
    assert.strictEqual(
      target.message,
      'Exchange 2016 reached its end of support on 2025-10-14 (as of 2026-11-23): plan for a supported version (Exchange Server SE)',
    );
    // The 2016 server of the target version is not reported a second time; 2013 is a transition: info.
    assert.deepStrictEqual(
      found.map((f) => `${f.severity} ${f.range.line}`),
      [`warning ${spanOf(text, '"2016"', 1)[0]}`, `info ${spanOf(text, '"2013"')[0]}`],
    );
  });

  it('reports a transition server as info, and nothing for the listed 2007 server it retires', () => {
    const text = path2016('2025-06-01');
    const found = ofRule(lintText(text, { asOf: undefined }), 'end-of-support');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'info');
    assert.deepStrictEqual(span(found[0]), spanOf(text, '"2013"'));
    assert.strictEqual(
      found[0].message,
      'EX13 runs Exchange 2013, past its end of support on 2023-04-11 (as of 2025-06-01); it is a transition server and is decommissioned later, so keep that period short',
    );
  });

  it('warns for a server past its end of support that is still there at the end, in Swedish too', () => {
    const text = path2016('2025-06-01', false);
    const [finding] = ofRule(lintText(text, { asOf: undefined }), 'end-of-support');
    assert.strictEqual(finding.severity, 'warning');
    assert.deepStrictEqual(span(finding), spanOf(text, '"2013"'));
    assert.strictEqual(
      finding.message,
      'EX13 runs Exchange 2013, which reached its end of support on 2023-04-11 (as of 2025-06-01), and is still in the organization at the end of the runbook',
    );
    const [sv] = ofRule(lintText(text, { asOf: undefined, locale: 'sv' }), 'end-of-support');
    assert.strictEqual(
      sv.message,
      'EX13 kör Exchange 2013, vars support upphörde 2023-04-11 (per 2025-06-01), och finns kvar i organisationen när körboken slutar',
    );
  });

  it('warns at the entry of a listed server that stays, and never for SE', () => {
    const text = runbook({
      asOf: '2026-11-23',
      servers: '  - name: KEEP10\n    version: "2010"\n  - name: SE1\n    version: SE\n',
      target: '  platform: on-premises\n  version: SE',
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: nothing\n',
    });
    const found = ofRule(lintText(text, { asOf: undefined }), 'end-of-support');
    assert.deepStrictEqual(found.map(span), [spanOf(text, 'name: KEEP10')]);
  });

  it('judges against asOf: nothing is past its end in 2019 for the hybrid example, the 2013 hybrid server warns today', () => {
    assert.deepStrictEqual(ofRule(lintFixture('hybrid-2007.runbook.yaml'), 'end-of-support'), []);
    const today = ofRule(lintFixture('hybrid-2007.runbook.yaml', { asOf: '2026-11-23' }), 'end-of-support');
    assert.deepStrictEqual(
      today.map((f) => `${f.severity} ${f.range.line}:${f.range.column}`),
      ['warning 34:18'],
    );
  });

  it('links the target finding to the lifecycle page of its version (data.source)', () => {
    const [target] = ofRule(lintText(path2016('2026-11-23'), { asOf: undefined }), 'end-of-support');
    assert.strictEqual(target.data?.source, VERSION_FACTS['2016'].source);
  });

  it('a target past its end hides only the servers of that version: a kept 2010 server still warns', () => {
    const text = runbook({
      asOf: '2026-11-23',
      servers: '  - name: KEEP10\n    version: "2010"\n  - name: EX16\n    version: "2016"\n',
      target: '  platform: on-premises\n  version: "2016"',
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: nothing\n',
    });
    const found = ofRule(lintText(text, { asOf: undefined }), 'end-of-support');
    assert.deepStrictEqual(
      found.map((f) => [f.severity, ...span(f)]),
      [
        ['warning', ...spanOf(text, 'name: KEEP10')],
        ['warning', ...spanOf(text, '"2016"', 2)],
      ],
    );
  });

  it('an Exchange Online target has no end of support: a stray target.version "2013" is not reported', () => {
    const text = runbook({
      asOf: '2026-11-23',
      servers: '  - name: SE1\n    version: SE\n',
      target: '  platform: exchange-online\n  version: "2013"',
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: nothing\n',
    });
    assert.deepStrictEqual(ofRule(lintText(text, { asOf: undefined }), 'end-of-support'), []);
  });
});
