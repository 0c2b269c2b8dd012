// The version edges of knowledge/procedures.ts: Setup's licence switch and the Prepare AD
// page change between Exchange 2013 and 2016 (exchange-facts.md: from the September 2021
// CUs, 2016 CU22 and 2019 CU11, only the `_DiagnosticData…` switch works; the inserted
// steps install the latest update, which has it). The step texts are tested through the
// fixes that insert them (procedures-onprem.test.ts) and the catalogues (l10n-catalogues.test.ts).
import * as assert from 'assert';
import { LINKS, licenceSwitch, prepareLink } from '../../src/core/knowledge/procedures';
import { newRunbook } from '../../src/core/assistant';

const OLD = '/IAcceptExchangeServerLicenseTerms';
const NEW = '/IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF';

describe('procedures: the licence switch and the Prepare AD page by version', () => {
  it('2010 and 2013 take the old switch and the 2013 page', () => {
    for (const v of ['2010', '2013']) {
      assert.strictEqual(licenceSwitch(v), '/IAcceptExchangeServerLicenseTerms', v);
      assert.strictEqual(prepareLink(v), LINKS.prepareAd2013, v);
    }
  });

  it('2016, 2019 and SE take the diagnostic-data switch and the current page', () => {
    for (const v of ['2016', '2019', 'SE']) {
      assert.strictEqual(licenceSwitch(v), '/IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF', v);
      assert.strictEqual(prepareLink(v), LINKS.prepareAd, v);
    }
  });

  it('at a named update: the diagnostic-data form from 2016 CU22 and 2019 CU11 (September 2021), the old one before', () => {
    const cases: [string, string, string][] = [
      ['2016', 'CU21', OLD],
      ['2016', 'CU22', NEW],
      ['2016', 'CU23', NEW],
      ['2019', 'CU10', OLD],
      ['2019', 'CU11', NEW],
      ['2019', 'CU12', NEW],
      ['2019', 'RTM', OLD],
      ['SE', 'RTM', NEW],
      ['SE', 'CU1', NEW],
      ['2013', 'CU23', OLD],
      ['2010', 'SP3 RU32', OLD],
      // An update the table cannot read is taken as the latest, as no update is.
      ['2019', 'cu-next', NEW],
      ['2016', ' cu21 ', OLD],
    ];
    for (const [version, update, expected] of cases)
      assert.strictEqual(licenceSwitch(version, update), expected, `${version} ${update}`);
  });

  it('the assistant names the switch of the update it installs: 2019 CU9 in May 2021, CU11 in October 2021', () => {
    const prepareNotes = (asOf: string) => {
      const result = newRunbook(
        {
          sources: ['2013'],
          mailboxes: 200,
          publicFolders: false,
          target: '2019',
          keepOnPremises: true,
          name: 'Contoso',
          domain: 'contoso.com',
          asOf,
        },
        { today: '2026-11-23', locale: 'en' },
      );
      if (!result.ok) assert.fail(result.refusal.message);
      const text = result.runbook.text;
      const install = /update: (CU\d+)/.exec(text.slice(text.indexOf('action: install-exchange')));
      const schema = text.slice(text.indexOf('action: prepare-schema'), text.indexOf('action: prepare-ad'));
      return {
        update: install?.[1],
        oldSwitch: schema.includes(`${OLD} `) || schema.includes(`${OLD}\``),
        newSwitch: schema.includes(NEW),
      };
    };
    assert.deepStrictEqual(prepareNotes('2021-05-01'), { update: 'CU9', oldSwitch: true, newSwitch: false });
    assert.deepStrictEqual(prepareNotes('2021-10-15'), { update: 'CU11', oldSwitch: false, newSwitch: true });
  });
});
