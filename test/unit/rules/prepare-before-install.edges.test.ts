// prepare-before-install at its edges (issue 17): the oldest version in an empty
// organization, a second install of a version whose first install went unprepared, each
// preparation step missing alone (the message, the fix's title and what it inserts), and
// the documentation link of each finding.
import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { prepareLink } from '../../../src/core/knowledge/procedures';
import { lintText, ofRule } from '../helpers';
import { yaml } from '../rule-tester';

const ORG = (version: string, steps: string) =>
  yaml`
    runbook: 1
    title: Contoso
    asOf: 2024-01-15
    organization:
      name: Contoso
      mailboxes: 100
    servers: []
    target:
      platform: on-premises
      version: "${version}"
    phases:
      - id: go
        title: Go
        steps:
  ` + steps;

const step = (action: string, version: string, server?: string) =>
  `      - action: ${action}\n` + (server ? `        server: ${server}\n` : '') + `        version: "${version}"\n`;

const found = (text: string) => ofRule(lintText(text, { asOf: '2024-01-15' }), 'prepare-before-install');

describe('prepare-before-install edges', () => {
  it('the oldest version (Exchange 2003) installed into an empty organization needs both steps', () => {
    const [f, ...rest] = found(ORG('2003', step('install-exchange', '2003', 'A')));
    assert.deepStrictEqual(rest, []);
    assert.match(
      f.message,
      /^Exchange 2003 is installed before the schema is extended and Active Directory is prepared/,
    );
  });

  it('Exchange 2007 into an empty organization too (rank 1)', () => {
    assert.strictEqual(found(ORG('2007', step('install-exchange', '2007', 'A'))).length, 1);
  });

  it('a second install of the version whose first install was unprepared is not reported again', () => {
    const text = ORG('2019', step('install-exchange', '2019', 'A') + step('install-exchange', '2019', 'B'));
    const all = found(text);
    assert.strictEqual(all.length, 1);
    // The 0-based index of A's `server:` line is the 1-based line of its `- action:`.
    assert.strictEqual(all[0].range.line, text.split('\n').indexOf('        server: A'));
  });

  it('both missing: the fix title names both, joined by " + ", and inserts both', () => {
    const text = ORG('2019', step('install-exchange', '2019', 'A'));
    const [f] = found(text);
    assert.strictEqual(f.fix?.title, 'Insert `prepare-schema` + `prepare-ad` for Exchange 2019 before the install');
    const fixed = fixAll(text, { asOf: '2024-01-15' }, 'prepare-before-install').text;
    assert.ok(fixed.includes('- action: prepare-schema') && fixed.includes('- action: prepare-ad'), fixed);
    assert.deepStrictEqual(f.data, { source: prepareLink('2019') });
  });

  it('only the schema missing: its message, a title naming prepare-schema alone, and only that step inserted', () => {
    const text = ORG('2019', step('prepare-ad', '2019') + step('install-exchange', '2019', 'A'));
    const [f, ...rest] = found(text);
    assert.deepStrictEqual(rest, []);
    assert.match(f.message, /^Exchange 2019 is installed before the schema is extended for it: add `prepare-schema`/);
    assert.strictEqual(f.fix?.title, 'Insert `prepare-schema` for Exchange 2019 before the install');
    const fixed = fixAll(text, { asOf: '2024-01-15' }, 'prepare-before-install').text;
    assert.strictEqual(fixed.split('- action: prepare-ad').length, 2, fixed);
    assert.strictEqual(fixed.split('- action: prepare-schema').length, 2, fixed);
  });

  it('only AD missing: its message, a title naming prepare-ad alone, and only that step inserted', () => {
    const text = ORG('2016', step('prepare-schema', '2016') + step('install-exchange', '2016', 'A'));
    const [f, ...rest] = found(text);
    assert.deepStrictEqual(rest, []);
    assert.match(f.message, /^Exchange 2016 is installed before Active Directory is prepared for it: add `prepare-ad`/);
    assert.strictEqual(f.fix?.title, 'Insert `prepare-ad` for Exchange 2016 before the install');
    const fixed = fixAll(text, { asOf: '2024-01-15' }, 'prepare-before-install').text;
    assert.strictEqual(fixed.split('- action: prepare-schema').length, 2, fixed);
    assert.strictEqual(fixed.split('- action: prepare-ad').length, 2, fixed);
    assert.deepStrictEqual(f.data, { source: prepareLink('2016') });
  });
});
