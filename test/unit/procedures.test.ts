// The version edges of knowledge/procedures.ts: Setup's licence switch and the Prepare AD
// page change between Exchange 2013 and 2016 (exchange-facts.md: from the September 2021
// CUs, 2016 CU22 and 2019 CU11, only the `_DiagnosticData…` switch works; the inserted
// steps install the latest update, which has it). The step texts are tested through the
// fixes that insert them (procedures-onprem.test.ts) and the catalogues (l10n-catalogues.test.ts).
import * as assert from 'assert';
import { LINKS, licenceSwitch, prepareLink } from '../../src/core/knowledge/procedures';

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
});
