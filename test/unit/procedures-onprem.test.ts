// Runbooks that transcribe Microsoft's documented on-premises procedures lint clean, and
// taking out one documented step brings back the finding for it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core';
import { assertClean, FIXTURES, ofRule, readerFor } from './helpers';

const DIR = path.join(FIXTURES, 'procedures');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const lintIt = (text: string, options = {}) => lint(text, { readFile: readerFor(DIR), ...options }).findings;

const PROCEDURES = [
  'onprem-2007-2013-2016-public-folders.runbook.yaml',
  'onprem-2010-2016.runbook.yaml',
  'onprem-2010-2016-se.runbook.yaml',
  'onprem-2013-2019.runbook.yaml',
  'onprem-2016-se.runbook.yaml',
];

describe('documented on-premises procedures', () => {
  for (const name of PROCEDURES) {
    it(`${name} lints clean`, () => {
      assertClean(lintIt(read(name)));
    });
  }

  it('2007 -> 2016 without the 2013 transition breaks coexistence', () => {
    const text = read('onprem-2007-2013-2016-public-folders.runbook.yaml');
    const start = text.indexOf('  - id: prepare-2013');
    const end = text.indexOf('  - id: install-2016');
    const direct = text.slice(0, start) + text.slice(end).replace(/WG-EX13-01/g, 'WG-EX07-MBX1');
    const found = ofRule(lintIt(direct), 'coexistence');
    assert.strictEqual(found.length, 1);
    assert.match(
      found[0].message,
      /^Exchange 2016 Setup refuses to run while Exchange 2007 servers remain \(WG-EX07-CAS, WG-EX07-MBX1, WG-EX07-MBX2\)/,
    );
  });

  it('2013 -> 2019 without the CU update warns coexistence-update', () => {
    const text = read('onprem-2013-2019.runbook.yaml').replace(
      '      - action: update-server\n        server: ASH-EX13\n        update: CU23\n',
      '',
    );
    const found = ofRule(lintIt(text), 'coexistence-update');
    assert.deepStrictEqual(
      found.map((f) => f.data?.minimum),
      ['CU21'],
    );
  });

  it('2010 -> 2016 -> SE that keeps Exchange 2010 around breaks coexistence for SE', () => {
    const text = read('onprem-2010-2016-se.runbook.yaml').replace(
      '      - action: decommission\n        server: TR-EX10\n',
      '',
    );
    const found = ofRule(lintIt(text), 'coexistence');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /^Exchange SE Setup refuses to run while Exchange 2010 servers remain \(TR-EX10\)/);
  });

  it('2016 -> SE that forgets the decommission leaves the source behind', () => {
    const text = read('onprem-2016-se.runbook.yaml').replace(
      '      - action: decommission\n        server: CW-EX16\n',
      '      - action: custom\n        title: Celebrate\n',
    );
    assert.deepStrictEqual(
      ofRule(lintIt(text), 'source-remains').map((f) => f.range.line),
      [12],
    );
    assert.deepStrictEqual(
      ofRule(lintIt(text), 'end-of-support').map((f) => `${f.severity} ${f.range.line}`),
      ['warning 12'],
    );
  });
});
