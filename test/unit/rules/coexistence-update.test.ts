import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core';
import { GOLDEN, lintText, ofRule } from '../helpers';
import { runbook, span, spanOf } from './onprem-helpers';

const golden = (name: string) =>
  fs.readFileSync(path.join(GOLDEN, 'coexistence-update', `${name}.input.runbook.yaml`), 'utf8');

describe('coexistence-update', () => {
  it('warns at the install when Exchange 2007 is below SP3 RU10 before Exchange 2013', () => {
    const text = golden('2007-below-ru10');
    const found = ofRule(lintText(text), 'coexistence-update');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.deepStrictEqual(span(found[0]), [25, 9, 25, 33]);
    assert.strictEqual(
      found[0].message,
      'AD-EX07 runs Exchange 2007 SP3 RU8, but Exchange 2013 Setup needs SP3 RU10 or later on every Exchange 2007 server: update AD-EX07 before this install',
    );
    assert.strictEqual(
      found[0].fix?.title,
      'Insert an `update-server` step that brings AD-EX07 to Exchange 2007 SP3 RU23',
    );
  });

  it('warns when Exchange 2013 is below CU21 before Exchange 2019, and in Swedish', () => {
    const text = golden('2013-below-cu21-before-2019');
    const [finding] = ofRule(lintText(text), 'coexistence-update');
    assert.deepStrictEqual(span(finding), spanOf(text, 'action: install-exchange'));
    assert.match(finding.message, /^AD-EX13 runs Exchange 2013 CU19, but Exchange 2019 Setup needs CU21 or later/);
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'coexistence-update');
    assert.strictEqual(
      sv.message,
      'AD-EX13 kör Exchange 2013 CU19, men installationsprogrammet för Exchange 2019 kräver CU21 eller senare på alla Exchange 2013-servrar: uppdatera AD-EX13 före den här installationen',
    );
  });

  it('reports one finding per lagging server (2010 below SP3 RU11 and 2013 below CU10 before 2016)', () => {
    const text = runbook({
      servers:
        '  - name: A10\n    version: "2010"\n    update: SP3 RU10\n  - name: B13\n    version: "2013"\n    update: CU9\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: C16\n        version: "2016"\n',
    });
    const found = ofRule(lintText(text), 'coexistence-update');
    assert.deepStrictEqual(
      found.map((f) => f.data?.server),
      ['A10', 'B13'],
    );
    assert.deepStrictEqual(
      found.map((f) => f.data?.minimum),
      ['SP3 RU11', 'CU10'],
    );
  });

  it('counts an earlier update-server step, and stays quiet when the update is unknown', () => {
    const updated = runbook({
      servers: '  - name: A10\n    version: "2010"\n    update: SP3\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: update-server\n        server: A10\n        update: SP3 RU11\n' +
        '      - action: install-exchange\n        server: C16\n        version: "2016"\n',
    });
    assert.deepStrictEqual(ofRule(lintText(updated), 'coexistence-update'), []);
    const unknown = runbook({
      servers: '  - name: A10\n    version: "2010"\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: C16\n        version: "2016"\n',
    });
    assert.deepStrictEqual(ofRule(lintText(unknown), 'coexistence-update'), []);
  });

  it('fixAll is idempotent', () => {
    const once = fixAll(golden('2007-below-ru10'), {}).text;
    assert.strictEqual(fixAll(once, {}).text, once);
    assert.deepStrictEqual(ofRule(lintText(once), 'coexistence-update'), []);
  });
});
