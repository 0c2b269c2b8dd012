// The version and update lookups of knowledge/versions.ts at their edges: case and spacing
// of update levels, Exchange 2013's SP1 (= CU4), unknown text, and the order of versions.
import * as assert from 'assert';
import { BUILDS } from '../../src/core/knowledge/builds';
import {
  defaultRoles,
  isVersion,
  rankOf,
  updateAtLeast,
  updateRank,
  UPDATE_PATTERN,
  versionRank,
  VERSION_FACTS,
  VERSIONS,
  WINDOWS_VERSIONS,
} from '../../src/core/knowledge/versions';

describe('versions: update levels', () => {
  it('reads RTM, CU and SP/RU in any case and spacing', () => {
    const cases: [string, string, number][] = [
      ['2016', 'RTM', 0],
      ['2016', 'rtm', 0],
      ['2016', ' Rtm ', 0],
      ['2016', 'CU23', 23],
      ['2019', 'cu9', 9],
      ['2010', 'SP3', 3000],
      ['2010', 'SP3 RU10', 3010],
      ['2007', 'sp3  ru9', 3009],
      ['2007', 'Sp1 Ru1', 1001],
      ['2010', 'SP1', 1000],
      ['2010', 'SP10 RU12', 10012],
      ['2013', 'SP2', 2000],
    ];
    for (const [version, update, rank] of cases)
      assert.strictEqual(updateRank(version, update), rank, `${version} ${update}`);
  });

  it('Exchange 2013 SP1 is CU4 (and only for 2013, whichever is asked first)', () => {
    assert.strictEqual(updateRank('2010', 'SP1'), 1000);
    assert.strictEqual(updateRank('2013', 'SP1'), 4);
    assert.strictEqual(updateRank('2013', 'sp1'), 4);
    assert.strictEqual(updateRank('2010', 'sp1'), 1000);
    assert.strictEqual(updateRank('2013', 'SP1 RU1'), 1001);
    assert.strictEqual(updateAtLeast('2013', 'SP1', 'CU4'), true);
    assert.strictEqual(updateAtLeast('2013', 'CU3', 'SP1'), false);
  });

  it('is undefined for text that is no update level, also when asked again', () => {
    for (const text of [
      undefined,
      '',
      'CU',
      'SP',
      'CU23x',
      'xCU23',
      'xSP3',
      'xSP3 RU1',
      'RU10',
      'SP3 RU',
      'SP3RU10',
      'CU-1',
      'latest',
    ]) {
      assert.strictEqual(updateRank('2016', text), undefined, String(text));
      assert.strictEqual(updateRank('2016', text), undefined, `again: ${text}`);
    }
  });

  it("UPDATE_PATTERN (the schema's) takes exactly the update levels updateRank reads, as the runbook writes them", () => {
    const pattern = new RegExp(UPDATE_PATTERN);
    for (const text of ['RTM', 'SP3', 'SP3 RU10', 'CU23', 'CU4']) assert.match(text, pattern);
    for (const text of ['', 'latest', 'CU', 'SP3 RU', 'SP3RU10', 'xCU23', 'CU23x', 'RU10'])
      assert.doesNotMatch(text, pattern, text);
  });

  it('updateAtLeast: true at the minimum and above, false one below, undefined when either is unknown', () => {
    assert.strictEqual(updateAtLeast('2016', 'CU10', 'CU10'), true);
    assert.strictEqual(updateAtLeast('2016', 'CU11', 'CU10'), true);
    assert.strictEqual(updateAtLeast('2016', 'CU9', 'CU10'), false);
    assert.strictEqual(updateAtLeast('2010', 'SP3 RU10', 'SP3 RU11'), false);
    assert.strictEqual(updateAtLeast('2010', 'SP3', 'SP2 RU99'), true);
    assert.strictEqual(updateAtLeast('2016', undefined, 'CU10'), undefined);
    assert.strictEqual(updateAtLeast('2016', 'CU10', 'soon'), undefined);
  });

  it('keeps answering right past a thousand different texts (its memo is bounded)', () => {
    for (let i = 0; i < 2100; i++) assert.strictEqual(updateRank('2016', `CU${i}`), i);
    assert.strictEqual(updateRank('2013', 'SP1'), 4);
    assert.strictEqual(updateRank('2016', 'CU5'), 5);
  });
});

describe('versions: order and lookups', () => {
  it('orders the versions 2003 < … < SE, unknown and missing as -1', () => {
    assert.deepStrictEqual(
      ['2003', '2007', '2010', '2013', '2016', '2019', 'SE'].map(versionRank),
      [0, 1, 2, 3, 4, 5, 6],
    );
    assert.strictEqual(versionRank(undefined), -1);
    assert.strictEqual(versionRank('2000'), -1);
    assert.strictEqual(versionRank('se'), -1);
  });

  it('isVersion takes only the exact names', () => {
    assert.ok(isVersion('2016'));
    assert.ok(isVersion('SE'));
    for (const v of ['se', '2016 ', 2016, undefined, null, 'toString']) assert.ok(!isVersion(v), String(v));
  });

  it('rankOf: the position in a list, -1 for missing and unknown', () => {
    assert.strictEqual(rankOf(WINDOWS_VERSIONS, '2003'), 0);
    assert.strictEqual(rankOf(WINDOWS_VERSIONS, '2025'), WINDOWS_VERSIONS.length - 1);
    assert.strictEqual(rankOf(WINDOWS_VERSIONS, undefined), -1);
    assert.strictEqual(rankOf(WINDOWS_VERSIONS, '2012r2'), -1);
  });

  it('default roles: the version’s own (a copy), a mailbox for an unknown version', () => {
    // Each version's own: 2003–2010 the three roles of a typical server, 2013 Mailbox and Client Access, 2016 on the one Mailbox role.
    assert.deepStrictEqual(Object.fromEntries(VERSIONS.map((v) => [v, defaultRoles(v)])), {
      '2003': ['mailbox', 'clientAccess', 'hubTransport'],
      '2007': ['mailbox', 'clientAccess', 'hubTransport'],
      '2010': ['mailbox', 'clientAccess', 'hubTransport'],
      '2013': ['mailbox', 'clientAccess'],
      '2016': ['mailbox'],
      '2019': ['mailbox'],
      SE: ['mailbox'],
    });
    assert.deepStrictEqual(defaultRoles('2016'), VERSION_FACTS['2016'].defaultRoles);
    const roles = defaultRoles('2016');
    roles.push('edgeTransport');
    assert.deepStrictEqual(defaultRoles('2016'), VERSION_FACTS['2016'].defaultRoles);
    assert.deepStrictEqual(defaultRoles(undefined), ['mailbox']);
    assert.deepStrictEqual(defaultRoles('2000'), ['mailbox']);
  });

  it('names each version as Microsoft does, and its build prefix is the line of its latest update in the build table', () => {
    for (const v of VERSIONS) {
      const facts = VERSION_FACTS[v];
      assert.strictEqual(facts.version, v);
      assert.strictEqual(facts.name, v === 'SE' ? 'Exchange Server Subscription Edition (SE)' : `Exchange Server ${v}`);
      if (v === '2003') {
        // Not in the build table (knowledge/builds.ts leaves 2003 out): Exchange 2003 is 6.5.
        assert.strictEqual(facts.build, '6.5');
        continue;
      }
      const latest = BUILDS.find((r) => r.version === v && r.update === facts.latestUpdate && r.detail === '');
      assert.ok(latest, `${v} ${facts.latestUpdate}`);
      assert.ok(latest.build.startsWith(`${facts.build}.`), `${v}: ${latest.build} vs ${facts.build}`);
      assert.ok(facts.build.split('.').length >= 2, `${v}: ${facts.build}`);
    }
  });
});
