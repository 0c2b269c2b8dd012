import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core';
import { COEXISTENCE } from '../../../src/core/knowledge/coexistence';
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

describe('coexistence-update: a new server below the update its older neighbours need', () => {
  const install = (servers: string, version: string, update: string, asOf = '2024-01-15') =>
    runbook({
      asOf,
      servers,
      target: `  platform: on-premises\n  version: "${version}"`,
      phases: `  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: NEW\n        version: "${version}"\n        update: ${update}\n`,
    });
  // Listed 2010 first, then a 2013 server (no minimum for a new 2013 next to it), then 2007.
  const MIXED =
    '  - name: A10\n    version: "2010"\n    update: SP3 RU32\n' +
    '  - name: B13\n    version: "2013"\n    update: CU23\n' +
    '  - name: C07\n    version: "2007"\n    update: SP3 RU23\n';

  it('names the older versions that set the minimum, oldest first, and fixes the update to the latest released', () => {
    const text = install(MIXED, '2013', 'CU1');
    const found = ofRule(lintText(text, { asOf: undefined }), 'coexistence-update');
    assert.deepStrictEqual(
      found.map((f) => [f.message, ...span(f)]),
      [
        [
          'Exchange 2013 CU1 cannot join an organization with Exchange 2007 and 2010 servers: Setup needs Exchange 2013 CU2 or later there; install a later update',
          ...spanOf(text, 'CU1'),
        ],
      ],
    );
    assert.deepStrictEqual(found[0].data, { minimum: 'CU2', source: COEXISTENCE['2013']!['2007']!.source });
    assert.strictEqual(found[0].fix?.title, 'Install Exchange 2013 CU23 instead');
    assert.strictEqual(
      fixAll(text, { asOf: undefined }, 'coexistence-update').text,
      text.replace('update: CU1', 'update: CU23'),
    );
  });

  it('no fix when no update at the minimum was released by asOf (2013 CU2 came out on 2013-07-09)', () => {
    const text = install('  - name: A10\n    version: "2010"\n    update: SP3\n', '2013', 'CU1', '2013-07-08');
    const [finding, ...more] = ofRule(lintText(text, { asOf: undefined }), 'coexistence-update');
    assert.deepStrictEqual(more, []);
    assert.strictEqual(
      finding.message,
      'Exchange 2013 CU1 cannot join an organization with Exchange 2010 servers: Setup needs Exchange 2013 CU2 or later there; install a later update; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-07-08',
    );
    assert.strictEqual(finding.fix, undefined);
  });

  it('no fix for a lagging server when its minimum was not released by asOf (2016 CU23 came out on 2022-04-20)', () => {
    const text = install('  - name: B16\n    version: "2016"\n    update: CU22\n', '2019', 'CU11', '2022-04-19');
    const [finding, ...more] = ofRule(lintText(text, { asOf: undefined }), 'coexistence-update');
    assert.deepStrictEqual(more, []);
    assert.strictEqual(
      finding.message,
      'B16 runs Exchange 2016 CU22, but Exchange 2019 Setup needs CU23 or later on every Exchange 2016 server: update B16 before this install; no fix is offered: no update of Exchange 2016 at CU23 or later was released by 2022-04-19',
    );
    assert.strictEqual(finding.fix, undefined);
    assert.deepStrictEqual(finding.data, {
      server: 'B16',
      minimum: 'CU23',
      source: COEXISTENCE['2019']!['2016']!.source,
    });
    // On the release day itself the update is there to install.
    const onTheDay = install('  - name: B16\n    version: "2016"\n    update: CU22\n', '2019', 'CU11', '2022-04-20');
    const [fixable] = ofRule(lintText(onTheDay, { asOf: undefined }), 'coexistence-update');
    assert.strictEqual(fixable.fix?.title, 'Insert an `update-server` step that brings B16 to Exchange 2016 CU23');
  });
});
