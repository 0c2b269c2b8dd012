import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll } from '../../../src/core';
import { GOLDEN, lintText, ofRule } from '../helpers';
import { runbook, span, spanOf } from './onprem-helpers';

const golden = (name: string) =>
  fs.readFileSync(path.join(GOLDEN, 'prepare-before-install', `${name}.input.runbook.yaml`), 'utf8');

describe('prepare-before-install', () => {
  it('warns at an install with neither prepare-schema nor prepare-ad', () => {
    const text = golden('no-prepare');
    const found = ofRule(lintText(text), 'prepare-before-install');
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'warning');
    assert.deepStrictEqual(span(found[0]), [21, 9, 21, 33]);
    assert.strictEqual(
      found[0].message,
      'Exchange 2016 is installed before the schema is extended and Active Directory is prepared for it: add `prepare-schema` and `prepare-ad` with Exchange 2016 media before this step',
    );
    assert.strictEqual(
      found[0].fix?.title,
      'Insert `prepare-schema` + `prepare-ad` for Exchange 2016 before the install',
    );
  });

  it('warns when only prepare-ad is missing (range excludes the trailing comment), in English and Swedish', () => {
    const text = golden('schema-only');
    const [finding] = ofRule(lintText(text), 'prepare-before-install');
    assert.deepStrictEqual(span(finding), spanOf(text, 'action: install-exchange'));
    assert.strictEqual(
      finding.message,
      'Exchange 2019 is installed before Active Directory is prepared for it: add `prepare-ad` with Exchange 2019 media before this step',
    );
    const [sv] = ofRule(lintText(text, { locale: 'sv' }), 'prepare-before-install');
    assert.strictEqual(
      sv.message,
      'Exchange 2019 installeras innan Active Directory har förberetts för den: lägg till `prepare-ad` med installationsmediet för Exchange 2019 före det här steget',
    );
  });

  it('warns when the preparation was for an older version', () => {
    const text = runbook({
      servers: '[]',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: prepare-schema\n        version: "2013"\n      - action: prepare-ad\n        version: "2013"\n' +
        '      - action: install-exchange\n        server: X\n        version: "2016"\n',
    });
    assert.strictEqual(ofRule(lintText(text), 'prepare-before-install').length, 1);
  });

  it('accepts preparation for the version or newer, and a second server of a version already running', () => {
    const newer = runbook({
      servers: '[]',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: prepare-schema\n        version: "2019"\n      - action: prepare-ad\n        version: "2019"\n' +
        '      - action: install-exchange\n        server: X\n        version: "2016"\n',
    });
    assert.deepStrictEqual(ofRule(lintText(newer), 'prepare-before-install'), []);
    const second = runbook({
      servers: '  - name: A\n    version: "2016"\n    update: CU23\n',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: B\n        version: "2016"\n',
    });
    assert.deepStrictEqual(ofRule(lintText(second), 'prepare-before-install'), []);
  });

  it('fixAll is idempotent', () => {
    const once = fixAll(golden('no-prepare'), {}).text;
    assert.strictEqual(fixAll(once, {}).text, once);
  });
});
