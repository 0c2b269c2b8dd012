import * as assert from 'assert';
import {
  BUILDS,
  BuildRow,
  lookupBuild,
  parseBuildNumber,
  releaseDate,
  versionOfBuild,
} from '../../src/core/knowledge/builds';
import { UPDATE_PATTERN, VERSION_FACTS } from '../../src/core/knowledge/versions';

describe('build-number table', () => {
  it('has well-formed rows: runbook update syntax, ISO dates, one row per build, a source', () => {
    const seen = new Set<string>();
    const update = new RegExp(UPDATE_PATTERN);
    for (const r of BUILDS) {
      assert.match(r.update, update, `${r.build} ${r.update}`);
      assert.match(r.released, /^\d{4}-\d{2}-\d{2}$/, r.build);
      assert.ok(!Number.isNaN(Date.parse(r.released)), r.released);
      assert.match(r.build, /^\d+\.\d+\.\d+\.\d+$/);
      assert.ok(!seen.has(r.build), `duplicate build ${r.build}`);
      seen.add(r.build);
      assert.match(r.source, /^https:\/\//);
      // The KB column: a Knowledge Base article number, or nothing where the sources give none.
      assert.match(r.kb, /^(KB\d+)?$/, r.build);
      // The version a row claims is the version its build number says.
      const p = parseBuildNumber(r.build)!;
      assert.strictEqual(versionOfBuild(p), r.version, r.build);
    }
  });

  it('has a detail only for a re-release (v2), a rollup on RTM (RU7) or a security or hotfix update named for the month it came out (Mar21SU, Aug23SUv2)', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    for (const r of BUILDS) {
      assert.match(r.detail, /^(|v\d|RU\d+|[A-Z][a-z]{2}\d{2}[SH]U(v\d)?)$/, `${r.build} ${r.detail}`);
      const named = /^([A-Z][a-z]{2})(\d{2})[SH]U/.exec(r.detail);
      if (named) {
        const [year, month] = r.released.split('-');
        assert.strictEqual(`${months[Number(month) - 1]}${year.slice(2)}`, `${named[1]}${named[2]}`, r.build);
      }
      // A rollup on RTM belongs to RTM: its number is in the detail, not the update.
      if (r.detail.startsWith('RU')) assert.strictEqual(r.update, 'RTM', r.build);
    }
  });

  it('names each release once: a security update, hotfix update, re-release or RTM rollup by its detail, apart from the builds the two sources disagree on', () => {
    // The header of src/core/knowledge/builds.ts lists the rollups Microsoft published under
    // two builds; every other row is one release, so a detail lost (Mar24SU → '') shows up
    // as a second row of its CU.
    const twice = ['2007 SP3 RU13', '2010 SP1 RU3', '2010 SP1 RU4', '2010 SP3 RU11', '2010 SP3 RU16'];
    const rows = new Map<string, string[]>();
    for (const r of BUILDS) {
      const key = `${r.version} ${r.update}${r.detail ? ` ${r.detail}` : ''}`;
      rows.set(key, [...(rows.get(key) ?? []), r.build]);
    }
    const repeated = [...rows].filter(([, builds]) => builds.length > 1).map(([key]) => key);
    assert.deepStrictEqual(repeated, twice);
    for (const key of twice) assert.strictEqual(rows.get(key)!.length, 2, key);
    // 2010 SP3 RU8 is listed only as its two releases, v1 and v2 (no plain row to collide with).
    assert.deepStrictEqual(rows.get('2010 SP3 RU8 v1'), ['14.3.224.1']);
    assert.deepStrictEqual(rows.get('2010 SP3 RU8 v2'), ['14.3.224.2']);
    assert.strictEqual(rows.get('2010 SP3 RU8'), undefined);
  });

  it("lists each version's builds in build order (the nearest lower build is the last one at or below)", () => {
    const n = (b: string) => b.split('.').map(Number);
    for (let i = 1; i < BUILDS.length; i++) {
      const [a, b] = [BUILDS[i - 1], BUILDS[i]];
      if (a.version !== b.version || n(a.build)[1] !== n(b.build)[1]) continue;
      const [x, y] = [n(a.build), n(b.build)];
      assert.ok(x[2] < y[2] || (x[2] === y[2] && x[3] < y[3]), `${a.build} before ${b.build}`);
    }
  });

  it('covers 2007 SP1 through SE: every SP, CU and the last RU/CU of each line', () => {
    const has = (v: string, u: string) => BUILDS.some((r) => r.version === v && r.update === u && r.detail === '');
    for (const u of ['SP1', 'SP2', 'SP3', 'SP3 RU10', 'SP3 RU23']) assert.ok(has('2007', u), `2007 ${u}`);
    for (const u of ['RTM', 'SP1', 'SP2', 'SP3', 'SP3 RU32']) assert.ok(has('2010', u), `2010 ${u}`);
    for (let cu = 1; cu <= 23; cu++) if (cu !== 4) assert.ok(has('2013', `CU${cu}`), `2013 CU${cu}`);
    assert.ok(has('2013', 'SP1'), '2013 SP1 (= CU4)');
    for (let cu = 1; cu <= 23; cu++) assert.ok(has('2016', `CU${cu}`), `2016 CU${cu}`);
    for (let cu = 1; cu <= 15; cu++) assert.ok(has('2019', `CU${cu}`), `2019 CU${cu}`);
    assert.ok(has('SE', 'RTM'));
  });

  it('agrees with the build prefixes and last updates in versions.ts', () => {
    for (const r of BUILDS) {
      const prefix = VERSION_FACTS[r.version].build;
      assert.ok(r.build.startsWith(prefix) || r.version === '2007' || r.version === '2010', `${r.build} vs ${prefix}`);
    }
    for (const v of ['2007', '2010', '2013', '2016', '2019', 'SE'] as const) {
      assert.ok(releaseDate(v, VERSION_FACTS[v].latestUpdate), `${v} ${VERSION_FACTS[v].latestUpdate}`);
    }
  });

  it('agrees with the builds and dates in exchange-facts.md', () => {
    // The facts' build table (section 1 "Build numbers"), one line per release.
    const facts: [string, string, string, string][] = [
      ['2007', 'SP3 RU10', '8.3.298.3', '2013-02-11'],
      ['2007', 'SP3 RU23', '8.3.517.0', '2017-03-21'],
      ['2010', 'SP3', '14.3.123.4', '2013-02-12'],
      ['2010', 'SP3 RU11', '14.3.266.2', '2015-09-15'],
      ['2010', 'SP3 RU32', '14.3.513.0', '2021-03-02'],
      ['2013', 'CU21', '15.0.1395.4', '2018-06-19'],
      ['2013', 'CU23', '15.0.1497.2', '2019-06-18'],
      ['2016', 'CU11', '15.1.1591.10', '2018-10-16'],
      ['2016', 'CU23', '15.1.2507.6', '2022-04-20'],
      ['2019', 'CU14', '15.2.1544.4', '2024-02-13'],
      ['2019', 'CU15', '15.2.1748.10', '2025-02-10'],
      ['SE', 'RTM', '15.2.2562.17', '2025-07-01'],
    ];
    for (const [version, update, build, date] of facts) {
      const m = lookupBuild(build)!;
      assert.deepStrictEqual([m.version, m.update, m.updateExact], [version, update, true], build);
      assert.strictEqual(m.row!.released, date, build);
    }
  });
});

describe('lookupBuild', () => {
  it('reads AdminDisplayVersion as the SP/CU only (it never shows RUs or SUs)', () => {
    const m = lookupBuild('Version 15.1 (Build 2375.7)')!;
    assert.deepStrictEqual(
      [m.version, m.update, m.detail, m.updateExact, m.build],
      ['2016', 'CU22', '', false, '15.1.2375.7'],
    );
    const e7 = lookupBuild('Version 8.3 (Build 83.6)')!;
    assert.deepStrictEqual([e7.version, e7.update, e7.updateExact], ['2007', 'SP3', false]);
    const e10 = lookupBuild('Version 14.3 (Build 123.4)')!;
    assert.deepStrictEqual([e10.version, e10.update], ['2010', 'SP3']);
  });

  it('reads ExSetup file versions, long and short, to the exact RU or SU', () => {
    assert.deepStrictEqual(pick(lookupBuild('15.01.2375.007')), ['2016', 'CU22', '', true]);
    assert.deepStrictEqual(pick(lookupBuild('15.1.2507.37')), ['2016', 'CU23', 'Mar24SU', true]);
    assert.deepStrictEqual(pick(lookupBuild('8.03.0298.003')), ['2007', 'SP3 RU10', '', true]);
    assert.deepStrictEqual(pick(lookupBuild('14.03.0513.000')), ['2010', 'SP3 RU32', '', true]);
    assert.deepStrictEqual(pick(lookupBuild('15.0.847.32')), ['2013', 'SP1', '', true]);
  });

  it('tells 2019 from SE at build 2562 (SE RTM 15.2.2562.17)', () => {
    assert.deepStrictEqual(pick(lookupBuild('15.2.2562.17')), ['SE', 'RTM', '', true]);
    assert.deepStrictEqual(pick(lookupBuild('Version 15.2 (Build 2562.17)')), ['SE', 'RTM', '', false]);
    assert.strictEqual(lookupBuild('15.2.2561.0')!.version, '2019');
    assert.strictEqual(lookupBuild('15.2.1748.10')!.version, '2019');
  });

  it('answers an unlisted build with the nearest lower SP/CU, never an invented RU', () => {
    // Between 2007 SP3 RU10 (298.3) and RU11 (327.1): SP3, rollup unknown.
    assert.deepStrictEqual(pick(lookupBuild('8.3.300.0')), ['2007', 'SP3', '', false]);
    // A later SU of 2016 CU23 than the table knows.
    assert.deepStrictEqual(pick(lookupBuild('15.1.2507.999')), ['2016', 'CU23', '', false]);
    // Just below the first listed build of a line: version only.
    assert.deepStrictEqual(pick(lookupBuild('15.1.225.41')), ['2016', undefined, '', false]);
    // One below a CU's build is still the CU before it.
    assert.deepStrictEqual(pick(lookupBuild('15.1.2507.5')), ['2016', 'CU22', '', false]);
  });

  it('reads both forms with spaces around and inside as Exchange writes them, two-digit minor numbers included', () => {
    for (const text of [
      '  15.1.2507.6 ',
      'Version 15.1 (Build 2507.6)',
      'Version  15.1 (Build 2507.6)',
      'version 15.01(Build 2507.6)',
      'Version 15.1 (Build  2507.6)',
    ])
      assert.deepStrictEqual(
        [parseBuildNumber(text)?.major, parseBuildNumber(text)?.minor, parseBuildNumber(text)?.build],
        [15, 1, 2507],
        text,
      );
    assert.deepStrictEqual(pick(lookupBuild(' 15.1.2507.6 ')), ['2016', 'CU23', '', true]);
  });

  it('reads nothing before or after a build number', () => {
    for (const text of ['x15.1.2507.6', '15.1.2507.6x', 'xVersion 15.1 (Build 2507.6)', 'Version 15.1 (Build 2507.6)x'])
      assert.strictEqual(parseBuildNumber(text), undefined, text);
  });

  it('knows only the majors 8, 14 and 15', () => {
    for (const text of ['16.0.1.1', '16.1.1.1', '13.0.1.1']) assert.strictEqual(lookupBuild(text), undefined, text);
  });

  it('answers a build below the first of its line with the version only, not an update of another line or version', () => {
    // 8.3.50.0 is below 2007 SP3 (8.3.83.6): not SP2 (8.2).
    assert.deepStrictEqual(pick(lookupBuild('8.3.50.0')), ['2007', undefined, '', false]);
    // 15.2.2562.10 is SE by its number, below SE RTM (.17): not 2019 CU15, the highest 15.2 build below it.
    assert.deepStrictEqual(pick(lookupBuild('15.2.2562.10')), ['SE', undefined, '', false]);
  });

  it('rejects what is not an Exchange 2007–SE build', () => {
    for (const t of [
      '',
      'Version 15.1',
      '6.5.7638.1',
      '15.3.1.1',
      '15.1.2507',
      'Version 15.1 (Build 2507.6) extra',
      '1.2.3.4.5',
      'x'.repeat(10000),
    ]) {
      assert.strictEqual(lookupBuild(t), undefined, t.slice(0, 40));
    }
  });

  it('gives release dates of update levels for fixes and notes', () => {
    assert.strictEqual(releaseDate('2013', 'CU23'), '2019-06-18');
    assert.strictEqual(releaseDate('2010', 'SP3 RU8'), '2014-12-09');
    assert.strictEqual(releaseDate('2007', 'sp3  ru10'), '2013-02-11');
    assert.strictEqual(releaseDate('2016', 'CU24'), undefined);
    assert.strictEqual(releaseDate('2013', ' CU23 '), '2019-06-18');
  });

  it('dates an update level from its earliest row or re-release, never from a security update, on rows out of order', () => {
    const row = (update: string, detail: string, released: string): BuildRow => ({
      version: '2016',
      update,
      detail,
      build: '15.1.0.0',
      released,
      kb: '',
      source: 'test',
    });
    const rows = [
      row('CU1', 'Mar21SU', '2015-01-01'),
      row('CU1', 'v2x', '2015-02-01'),
      row('CU1', '', '2016-03-15'),
      row('CU1', 'v2', '2016-03-10'),
    ];
    assert.strictEqual(releaseDate('2016', 'CU1', rows), '2016-03-10');
    assert.strictEqual(releaseDate('2019', 'CU1', rows), undefined);
  });
});

function pick(m: ReturnType<typeof lookupBuild>): unknown[] {
  return [m?.version, m?.update, m?.detail, m?.updateExact];
}
