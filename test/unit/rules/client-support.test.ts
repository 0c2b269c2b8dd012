import * as assert from 'assert';
import { PLATFORM } from '../../../src/core/knowledge/platform';
import { lintText, ofRule } from '../helpers';
import { runbook, span, spanOf, valueSpan } from './onprem-helpers';

function plan(clients: string | undefined, installs: string[], target = '2016'): string {
  return runbook({
    organization: '  name: Contoso\n  mailboxes: 10' + (clients ? `\n  outlookClients: [${clients}]` : ''),
    servers: '  - name: OLD\n    version: "2013"\n    update: CU23\n',
    target: `  platform: on-premises\n  version: "${target}"`,
    phases:
      '  - id: go\n    title: Go\n    steps:\n' +
      installs
        .map((v, i) => `      - action: install-exchange\n        server: N${i}\n        version: "${v}"\n`)
        .join(''),
  });
}

describe('client-support', () => {
  it('warns at the install when Outlook 2007 meets Exchange 2016', () => {
    const text = plan('"2007", "2013"', ['2016']);
    const found = ofRule(lintText(text), 'client-support');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.deepStrictEqual(span(found[0]), valueSpan(text, 'version: "2016"', 2));
    assert.strictEqual(
      found[0].message,
      'Exchange 2016 does not support Outlook 2007, which is in use here: the oldest Outlook it supports is Outlook 2010. Upgrade those clients before users move to Exchange 2016',
    );
    assert.deepStrictEqual(found[0].data, { source: PLATFORM['2016']!.outlookSource });
  });

  it('lists every client too old for SE, in Swedish too', () => {
    const text = plan('"2010", "2013", "365"', ['SE'], 'SE').replace('version: "SE"', 'version: SE');
    const [finding] = ofRule(lintText(text), 'client-support');
    assert.match(
      finding.message,
      /^Exchange SE does not support Outlook 2010 and 2013, which is in use here: the oldest Outlook it supports is Outlook 2016\./,
    );
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'client-support');
    assert.match(
      sv.message,
      /^Exchange SE stöder inte Outlook 2010 och 2013, som används här: den äldsta Outlook som stöds är Outlook 2016\./,
    );
  });

  it('points at the oldest client in outlookClients when the target version is never installed', () => {
    const text = plan('"2016", "2007"', []).replace(
      '    steps:\n',
      '    steps:\n      - action: custom\n        title: nothing\n',
    );
    const [finding] = ofRule(lintText(text), 'client-support');
    assert.deepStrictEqual(span(finding), spanOf(text, '"2007"'));
  });

  it('stays quiet for supported clients and when outlookClients is not given', () => {
    assert.deepStrictEqual(ofRule(lintText(plan('"2010", "365"', ['2016'])), 'client-support'), []);
    assert.deepStrictEqual(ofRule(lintText(plan(undefined, ['2019'], '2019')), 'client-support'), []);
    assert.deepStrictEqual(ofRule(lintText(plan('"2007"', ['2013'], '2013')), 'client-support'), []);
  });

  it('names the old clients oldest first whatever their order in outlookClients', () => {
    const [finding] = ofRule(lintText(plan('"2013", "365", "2010"', ['SE'], 'SE')), 'client-support');
    assert.match(finding.message, /^Exchange SE does not support Outlook 2010 and 2013, which is in use here/);
  });

  it('judges each version once: a second install of it is not reported again', () => {
    const found = ofRule(lintText(plan('"2007"', ['2016', '2016'])), 'client-support');
    assert.strictEqual(found.length, 1);
  });

  it('an Exchange Online target is not an Exchange version the clients must support', () => {
    const text = plan('"2007"', []).replace(
      '  platform: on-premises\n  version: "2016"',
      '  platform: exchange-online\n  version: "2016"',
    );
    assert.deepStrictEqual(ofRule(lintText(text), 'client-support'), []);
  });
});
