import * as assert from 'assert';
import { lintText, ofRule } from '../helpers';
import { runbook, span, spanOf } from './onprem-helpers';

function org(level: string | undefined, version: string, platform = 'on-premises'): string {
  return runbook({
    organization: '  name: Contoso\n  mailboxes: 10' + (level ? `\n  forestFunctionalLevel: "${level}"` : ''),
    servers: '[]',
    target:
      platform === 'on-premises'
        ? `  platform: on-premises\n  version: "${version}"`
        : '  platform: exchange-online\n  method: hybrid',
    phases:
      `  - id: go\n    title: Go\n    steps:\n      - action: prepare-schema\n        version: "${version}"\n      - action: prepare-ad\n        version: "${version}"\n` +
      `      - action: install-exchange\n        server: NEW\n        version: "${version}"\n` +
      `      - action: install-exchange\n        server: NEW2\n        version: "${version}"\n`,
  });
}

describe('forest-level', () => {
  it('reports Exchange 2016 in a Windows Server 2008 forest at the first install’s version', () => {
    const text = org('2008', '2016');
    const found = ofRule(lintText(text), 'forest-level');
    assert.strictEqual(found.length, 1, 'one finding per version, at the first install');
    assert.strictEqual(found[0].severity, 'error');
    assert.deepStrictEqual(span(found[0]), spanOf(text, '"2016"', 4));
    assert.strictEqual(
      found[0].message,
      'Exchange 2016 needs a forest functional level of Windows Server 2008 R2 or higher, but this forest is at Windows Server 2008: raise the forest functional level before preparing Active Directory',
    );
  });

  it('reports Exchange 2019 and SE below Windows Server 2012 R2, in Swedish too', () => {
    const text = org('2012', '2019');
    const [finding] = ofRule(lintText(text), 'forest-level');
    assert.match(
      finding.message,
      /^Exchange 2019 needs a forest functional level of Windows Server 2012 R2 or higher, but this forest is at Windows Server 2012/,
    );
    const [sv] = ofRule(lintText(org('2008R2', 'SE'), { locale: 'sv' }), 'forest-level');
    assert.strictEqual(
      sv.message,
      'Exchange SE kräver skogens funktionsnivå Windows Server 2012 R2 eller högre, men den här skogen har Windows Server 2008 R2: höj skogens funktionsnivå innan Active Directory förbereds',
    );
  });

  it('stays quiet at or above the minimum, and when the level is not given', () => {
    assert.deepStrictEqual(ofRule(lintText(org('2008R2', '2016')), 'forest-level'), []);
    assert.deepStrictEqual(ofRule(lintText(org('2016', '2019')), 'forest-level'), []);
    assert.deepStrictEqual(ofRule(lintText(org(undefined, '2019')), 'forest-level'), []);
    assert.deepStrictEqual(ofRule(lintText(org('2003', '2013')), 'forest-level'), []);
  });
});
