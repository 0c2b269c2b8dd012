import * as assert from 'assert';
import { lintText, ofRule } from '../helpers';
import { runbook, span, spanOf, valueSpan } from './onprem-helpers';
import { judgeOs } from '../../../src/core/knowledge/platform';

function withInstall(version: string, update: string | undefined, os: string, servers = '[]'): string {
  return runbook({
    servers,
    target: `  platform: on-premises\n  version: "${version}"`,
    phases:
      `  - id: go\n    title: Go\n    steps:\n      - action: prepare-schema\n        version: "${version}"\n      - action: prepare-ad\n        version: "${version}"\n` +
      `      - action: install-exchange\n        server: NEW\n        version: "${version}"\n` +
      (update ? `        update: ${update}\n` : '') +
      `        os: "${os}"\n`,
  });
}

describe('os-requirement', () => {
  it('knows the section 3a table', () => {
    assert.deepStrictEqual(judgeOs('2016', 'CU2', '2016'), {
      ok: false,
      reason: 'needs-update',
      needsUpdate: 'CU3',
      source: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements',
    });
    assert.deepStrictEqual(judgeOs('2016', 'CU3', '2016'), { ok: true });
    assert.deepStrictEqual(judgeOs('2013', 'SP1', '2012R2'), { ok: true });
    assert.strictEqual((judgeOs('2013', 'CU3', '2012R2') as { reason: string }).reason, 'needs-update');
    assert.strictEqual((judgeOs('2019', 'CU11', '2022') as { needsUpdate: string }).needsUpdate, 'CU12');
    assert.strictEqual((judgeOs('2019', 'CU15', '2016') as { reason: string }).reason, 'unsupported');
    assert.strictEqual(judgeOs('2007', 'SP3', '2003'), undefined, 'no facts for 2007: not judged');
    assert.strictEqual(judgeOs('2016', undefined, '2016'), undefined, 'unknown update: not guessed');
  });

  it('reports Exchange 2016 CU2 on Windows Server 2016 at the os value', () => {
    const text = withInstall('2016', 'CU2', '2016');
    const found = ofRule(lintText(text), 'os-requirement');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'error');
    assert.deepStrictEqual(span(found[0]), valueSpan(text, 'os: "2016"'));
    assert.deepStrictEqual(span(found[0]), [23, 13, 23, 19]);
    assert.strictEqual(
      found[0].message,
      'Exchange 2016 CU2 is not supported on Windows Server 2016 (NEW): Windows Server 2016 needs Exchange 2016 CU3 or later',
    );
  });

  it('reports Exchange 2019 on Windows Server 2016 with the list it supports, in English and Swedish', () => {
    const text = withInstall('2019', 'CU15', '2016');
    const [finding] = ofRule(lintText(text), 'os-requirement');
    assert.strictEqual(
      finding.message,
      'Exchange 2019 does not run on Windows Server 2016 (NEW): it supports Windows Server 2019, 2022 (CU12+) or 2025 (CU14+)',
    );
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'os-requirement');
    assert.strictEqual(
      sv.message,
      'Exchange 2019 körs inte på Windows Server 2016 (NEW): den stöder Windows Server 2019, 2022 (CU12+) eller 2025 (CU14+)',
    );
  });

  it('stays quiet for supported combinations, an unknown os, or an unknown update that decides it', () => {
    assert.deepStrictEqual(ofRule(lintText(withInstall('2016', 'CU3', '2016')), 'os-requirement'), []);
    assert.deepStrictEqual(ofRule(lintText(withInstall('2019', 'CU12', '2022')), 'os-requirement'), []);
    assert.deepStrictEqual(ofRule(lintText(withInstall('2016', undefined, '2016')), 'os-requirement'), []);
    assert.deepStrictEqual(ofRule(lintText(withInstall('SE', undefined, '2025')), 'os-requirement'), []);
  });

  it('judges listed servers at their os value, with the update the runbook gives them', () => {
    const servers = '  - name: OLD13\n    version: "2013"\n    update: CU2\n    os: "2012R2"\n';
    const text = withInstall('2016', 'CU23', '2016', servers);
    const [finding] = ofRule(lintText(text), 'os-requirement');
    assert.deepStrictEqual(span(finding), spanOf(text, '"2012R2"'));
    assert.strictEqual(
      finding.message,
      'Exchange 2013 CU2 is not supported on Windows Server 2012 R2 (OLD13): Windows Server 2012 R2 needs Exchange 2013 SP1 or later',
    );
    const updated = text.replace(
      '    steps:\n',
      '    steps:\n      - action: update-server\n        server: OLD13\n        update: CU23\n',
    );
    assert.deepStrictEqual(ofRule(lintText(updated), 'os-requirement'), []);
  });
});
