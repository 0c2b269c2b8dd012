// A fix inserts only an update released on or before the runbook's asOf, the latest such one
// (exchange-facts.md section 0, runbook-format.md 7.1); every update the knowledge tables
// name has a release date (knowledge/releases.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits } from '../../src/core';
import { COEXISTENCE } from '../../src/core/knowledge/coexistence';
import { HYBRID_SERVER_REQUIREMENTS, PUBLIC_FOLDERS_TO_MODERN } from '../../src/core/knowledge/online';
import { PLATFORM } from '../../src/core/knowledge/platform';
import {
  FIRST_RELEASE,
  latestReleased,
  releaseDate,
  RELEASES,
  releasesOf,
  rtmOf,
  type Release,
} from '../../src/core/knowledge/releases';
import { BUILDS, BuildRow, releaseDate as buildsReleaseDate } from '../../src/core/knowledge/builds';
import { ExchangeVersion, updateRank, VERSION_FACTS, VERSIONS } from '../../src/core/knowledge/versions';
import { lintText, ofRule } from './helpers';
import { runbook } from './rules/onprem-helpers';

describe('release dates of updates (knowledge/releases.ts)', () => {
  it('knows a release date for every update the knowledge tables name', () => {
    const named: [ExchangeVersion, string, string][] = [];
    for (const v of VERSIONS) named.push([v, VERSION_FACTS[v].latestUpdate, 'versions']);
    for (const [installing, row] of Object.entries(COEXISTENCE)) {
      for (const [present, entry] of Object.entries(row ?? {})) {
        if (entry?.minimumUpdate)
          named.push([present as ExchangeVersion, entry.minimumUpdate, `coexistence ${installing}/${present}`]);
        if (entry?.lastAcceptingUpdate)
          named.push([
            installing as ExchangeVersion,
            entry.lastAcceptingUpdate,
            `coexistence ${installing}/${present}`,
          ]);
        if (entry?.minimumNewUpdate)
          named.push([installing as ExchangeVersion, entry.minimumNewUpdate, `coexistence ${installing}/${present}`]);
      }
    }
    for (const r of HYBRID_SERVER_REQUIREMENTS) {
      named.push([r.install.version, r.install.update, 'hybrid install']);
      for (const o of r.options) {
        if (o.minUpdate) named.push([o.version, o.minUpdate, 'hybrid option']);
        if (o.organizationMinUpdate) named.push([r.organization, o.organizationMinUpdate, 'hybrid organization']);
      }
    }
    for (const [v, u] of Object.entries(PUBLIC_FOLDERS_TO_MODERN.sources))
      named.push([v as ExchangeVersion, u!, 'public folders']);
    for (const [v, facts] of Object.entries(PLATFORM))
      for (const o of facts!.os) if (o.needsUpdate) named.push([v as ExchangeVersion, o.needsUpdate, 'platform']);
    assert.ok(named.length > 25);
    const missing = named
      .filter(([v, u]) => releaseDate(v, u) === undefined)
      .map(([v, u, where]) => `${v} ${u} (${where})`);
    assert.deepStrictEqual(missing, []);
    // Every date is verified except Exchange 2003 SP2 (not on Microsoft's build-number page).
    const unverified = VERSIONS.flatMap((v) => RELEASES[v].filter(([, d]) => d === null).map(([u]) => `${v} ${u}`));
    assert.deepStrictEqual(unverified, ['2003 SP2']);
  });

  it('every update and date in releases.ts is a row of the build-number table (builds.ts), and the two agree', () => {
    for (const v of VERSIONS) {
      if (v === '2003') continue; // not in builds.ts (see the 2003 row of RELEASES)
      // Update levels as builds.ts lists them: the first release of each, re-releases (v2) included.
      const levels = new Map<string, string>();
      for (const r of BUILDS) {
        if (r.version !== v || !/^(v\d)?$/.test(r.detail)) continue;
        const known = levels.get(r.update);
        if (known === undefined || r.released < known) levels.set(r.update, r.released);
      }
      assert.deepStrictEqual(
        RELEASES[v].map(([u, d]) => `${u} ${d}`).sort(),
        [...levels].map(([u, d]) => `${u} ${d}`).sort(),
        `Exchange ${v}`,
      );
      for (const [update, date] of RELEASES[v]) {
        assert.ok(
          BUILDS.some((r) => r.version === v && r.update === update && r.released === date),
          `${v} ${update}: no build released ${date}`,
        );
        assert.strictEqual(buildsReleaseDate(v, update), date, `${v} ${update}`);
        assert.strictEqual(releaseDate(v, update), date, `${v} ${update}`);
      }
    }
  });

  it('the first release of each version is the RTM row of builds.ts (Exchange 2013: 2012-12-03), ', () => {
    // Microsoft's build-number page (builds.ts): RTM dates.
    assert.deepStrictEqual(FIRST_RELEASE, {
      '2003': '2003-09-28', // not on the build page: the start of its support lifecycle
      '2007': '2007-03-08',
      '2010': '2009-11-09',
      '2013': '2012-12-03',
      '2016': '2015-10-01',
      '2019': '2018-10-22',
      SE: '2025-07-01',
    });
    for (const v of VERSIONS)
      if (v !== '2003') assert.strictEqual(FIRST_RELEASE[v], buildsReleaseDate(v, 'RTM'), `Exchange ${v}`);
  });

  it("lists each version's updates in order, with dates that never go back", () => {
    for (const v of VERSIONS) {
      const rows = RELEASES[v];
      for (let i = 1; i < rows.length; i++) {
        assert.ok(
          (updateRank(v, rows[i][0]) ?? -1) > (updateRank(v, rows[i - 1][0]) ?? -1),
          `${v} ${rows[i][0]} after ${rows[i - 1][0]}`,
        );
        if (rows[i][1] && rows[i - 1][1] && /^CU|^SP\d RU/.test(rows[i][0]) && /^CU|^SP\d RU/.test(rows[i - 1][0])) {
          assert.ok(rows[i][1]! >= rows[i - 1][1]!, `${v} ${rows[i][0]} dated before ${rows[i - 1][0]}`);
        }
      }
    }
    assert.strictEqual(releaseDate('2013', 'CU23'), '2019-06-18');
    assert.strictEqual(releaseDate('2007', 'SP3 RU23'), '2017-03-21');
    assert.strictEqual(releaseDate('2019', 'CU15'), '2025-02-10');
    assert.strictEqual(releaseDate('2013', 'CU4'), '2014-02-25'); // SP1 is CU4
  });

  it('picks the latest update released on or before asOf: the release day itself counts, the day before does not', () => {
    assert.strictEqual(latestReleased('2013', '2019-06-18'), 'CU23');
    assert.strictEqual(latestReleased('2013', '2019-06-17'), 'CU22');
    assert.strictEqual(latestReleased('2007', '2014-06-01'), 'SP3 RU13');
    assert.strictEqual(latestReleased('2007', '2013-02-11', 'SP3 RU10'), 'SP3 RU10');
    assert.strictEqual(latestReleased('2007', '2013-02-10', 'SP3 RU10'), undefined);
    assert.strictEqual(latestReleased('SE', '2025-06-30'), undefined);
    assert.strictEqual(latestReleased('SE', '2025-07-01'), 'RTM');
    assert.strictEqual(latestReleased('2003', '2000-01-01'), 'SP2');
  });
});

// The real table lists each update's rows oldest first, its updates in order and every
// security update after its CU, so these rows break each of those on purpose.
describe('releasesOf and rtmOf on rows out of order', () => {
  const row = (update: string, detail: string, released: string, version: BuildRow['version'] = '2016'): BuildRow => ({
    version,
    update,
    detail,
    build: '15.1.0.0',
    released,
    kb: '',
    source: 'test',
  });

  it('an update level dates from its earliest row or re-release (v2), never from a security update on top of it; the levels come out lowest first, text that is no level before RTM', () => {
    // The order of first appearance (CU2, CU1, latest, RTM, CU3) is one where the sort
    // shows a wrong rank for unreadable text on either side of its comparison.
    const rows = [
      row('CU2', '', '2016-06-21'),
      row('CU1', 'Mar21SU', '2015-01-01'),
      row('CU1', '', '2016-03-15'),
      row('CU1', 'v2', '2016-03-10'),
      row('CU1', 'v2x', '2015-02-01'),
      row('latest', '', '2017-01-01'),
      row('RTM', 'RU1', '2015-05-01'),
      row('RTM', '', '2015-10-01'),
      row('CU3', '', '2016-09-20'),
      row('latest', 'v2', '2017-02-01'),
      row('CU1', '', '2001-01-01', '2019'),
    ];
    assert.deepStrictEqual(releasesOf('2016', rows), [
      ['latest', '2017-01-01'],
      ['RTM', '2015-10-01'],
      ['CU1', '2016-03-10'],
      ['CU2', '2016-06-21'],
      ['CU3', '2016-09-20'],
    ]);
  });

  it('rtmOf: the RTM date when RTM is the first release, an error when there is none or it has no date', () => {
    const releases = { ...RELEASES, '2016': [['RTM', '2015-10-01'] as const, ['CU1', '2016-03-15'] as const] };
    assert.strictEqual(rtmOf('2016', releases), '2015-10-01');
    for (const broken of [[], [['CU1', '2016-03-15']], [['RTM', null]]] as Release[][])
      assert.throws(
        () => rtmOf('2016', { ...RELEASES, '2016': broken }),
        /^Error: builds.ts has no RTM row for Exchange 2016$/,
      );
  });
});

describe('fixes insert only updates released by asOf', () => {
  const install13 = (asOf: string) =>
    runbook({
      asOf,
      servers: '  - name: AD-EX07\n    version: "2007"\n    update: SP3 RU8\n    mailboxes: 0\n',
      target: '  platform: on-premises\n  version: "2013"',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: prepare-schema\n        version: "2013"\n      - action: prepare-ad\n        version: "2013"\n' +
        '      - action: install-exchange\n        server: AD-EX13\n        version: "2013"\n        update: CU2\n',
    });
  const fixedUpdate = (text: string, ruleId: string) => {
    const [f] = ofRule(lintText(text, { asOf: undefined }), ruleId);
    assert.ok(f?.fix, `no ${ruleId} fix`);
    return /update-server\n\s+server: \S+\n\s+update: (.+)\n/.exec(applyEdits(text, f.fix!.edits))?.[1];
  };

  it("coexistence-update: a runbook dated 2014-06-01 gets 2007 SP3 RU13, not RU23 (2017); on RU14's release day RU14", () => {
    assert.strictEqual(fixedUpdate(install13('2014-06-01'), 'coexistence-update'), 'SP3 RU13');
    assert.strictEqual(fixedUpdate(install13('2014-08-26'), 'coexistence-update'), 'SP3 RU14');
    assert.strictEqual(fixedUpdate(install13('2014-08-25'), 'coexistence-update'), 'SP3 RU13');
  });

  it('coexistence-update: no fix when the needed update was not released yet, and the message says so', () => {
    assert.strictEqual(fixedUpdate(install13('2013-02-11'), 'coexistence-update'), 'SP3 RU10');
    const [f] = ofRule(lintText(install13('2013-02-10'), { asOf: undefined }), 'coexistence-update');
    assert.strictEqual(f.fix, undefined);
    assert.match(
      f.message,
      /^AD-EX07 runs Exchange 2007 SP3 RU8, but Exchange 2013 Setup needs SP3 RU10 or later .*; no fix is offered: no update of Exchange 2007 at SP3 RU10 or later was released by 2013-02-10$/,
    );
    const [sv] = ofRule(lintText(install13('2013-02-10'), { asOf: undefined, locale: 'sv' }), 'coexistence-update');
    assert.match(
      sv.message,
      /; ingen åtgärd erbjuds: ingen uppdatering av Exchange 2007 på SP3 RU10 eller senare hade släppts den 2013-02-10$/,
    );
  });

  it('coexistence-update: a runbook dated 2019-01 gets 2013 CU21, not CU23 (2019-06-18)', () => {
    const text = runbook({
      asOf: '2019-01-15',
      servers: '  - name: EX13\n    version: "2013"\n    update: CU10\n    mailboxes: 0\n',
      target: '  platform: on-premises\n  version: "2019"',
      phases:
        '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: EX19\n        version: "2019"\n        update: CU1\n',
    });
    assert.strictEqual(fixedUpdate(text, 'coexistence-update'), 'CU21');
    assert.strictEqual(fixedUpdate(text.replace('asOf: 2019-01-15', 'asOf: 2019-06-18'), 'coexistence-update'), 'CU23');
  });

  it('coexistence: the inserted Exchange 2013 transition installs the CU released by asOf, or offers no fix before 2013 CU2', () => {
    const text = (asOf: string) =>
      runbook({
        asOf,
        servers: '  - name: NW-EX07\n    version: "2007"\n    update: SP3 RU10\n    mailboxes: 10\n',
        target: '  platform: on-premises\n  version: "2016"',
        phases:
          '  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: NW-EX16\n        version: "2016"\n        update: RTM\n',
      });
    const fixOf = (asOf: string) => ofRule(lintText(text(asOf), { asOf: undefined }), 'coexistence')[0];
    const fixed = applyEdits(text('2016-01-01'), fixOf('2016-01-01').fix!.edits);
    assert.match(fixed, /server: NW-EX13-01\n\s+version: "2013"\n\s+update: CU11\n/);
    const early = fixOf('2013-07-08');
    assert.strictEqual(early.fix, undefined);
    assert.match(
      early.message,
      /; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-07-08$/,
    );
    assert.ok(fixOf('2013-07-09').fix);
  });
});

describe('hybrid-server: the installed hybrid server is an update released by asOf', () => {
  const input = fs.readFileSync(
    path.join(__dirname, '..', 'golden', 'hybrid-server', 'no-hybrid-server.input.runbook.yaml'),
    'utf8',
  );
  const finding = (asOf: string) =>
    ofRule(lintText(input.replace('asOf: 2019-09-01', `asOf: ${asOf}`), { asOf: undefined }), 'hybrid-server')[0];

  it('installs the 2013 CU released by asOf: CU21 on 2019-02-11, CU22 on its release day', () => {
    assert.match(applyEdits(input, finding('2019-02-11').fix!.edits), /version: "2013"\n\s+update: CU21\n/);
    assert.strictEqual(
      finding('2019-02-12').fix!.title,
      'Install NT-HYB13 (Exchange 2013 CU22) as the hybrid server before the wizard',
    );
  });

  it('offers no fix before Exchange 2013 CU2 was released, and says so', () => {
    const f = finding('2013-07-08');
    assert.strictEqual(f.fix, undefined);
    assert.match(
      f.message,
      /; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-07-08$/,
    );
    assert.ok(finding('2013-07-09').fix);
  });
});

describe('fixes that need a public folder update or a hybrid server: no fix before its release, and the message says so', () => {
  // Exchange 2010 SP3 RU8 (released 2014-12-09) is the least a 2010 server needs before its
  // public folders move to Exchange 2013 by batch migration.
  const publicFolders2010 = (asOf: string, steps: string) =>
    runbook({
      asOf,
      organization: '  name: Contoso\n  mailboxes: 0',
      servers:
        '  - name: EX10\n    version: "2010"\n    update: SP3 RU1\n    roles: [mailbox]\n    publicFolders: true\n' +
        '  - name: EX13\n    version: "2013"\n    update: CU6\n',
      target: '  platform: on-premises\n  version: "2013"',
      phases: `  - id: go\n    title: Go\n    steps:\n${steps}`,
    });
  const NOT_RELEASED_EN =
    '; no fix is offered: no update of Exchange 2010 at SP3 RU8 or later was released by 2014-12-08';
  const NOT_RELEASED_SV =
    '; ingen åtgärd erbjuds: ingen uppdatering av Exchange 2010 på SP3 RU8 eller senare hade släppts den 2014-12-08';
  const only = (text: string, ruleId: string, locale: 'en' | 'sv' = 'en') => {
    const found = ofRule(lintText(text, { asOf: undefined, locale }), ruleId);
    assert.strictEqual(found.length, 1, `${ruleId}: ${found.map((f) => f.message).join('\n')}`);
    return found[0];
  };

  it('decommission-with-data: the day before 2010 SP3 RU8 no fix; on its release day the fix updates EX10 to it first', () => {
    const decommission = '      - action: decommission\n        server: EX10\n';
    const before = publicFolders2010('2014-12-08', decommission);
    const hosting =
      'EX10 still hosts public folders when it is decommissioned: Setup cannot uninstall a server with mailbox or public folder databases, ' +
      'and users and mail flow still depend on it. Move them to another server first';
    const f = only(before, 'decommission-with-data');
    assert.strictEqual(f.fix, undefined);
    assert.strictEqual(f.message, hosting + NOT_RELEASED_EN);
    const sv = only(before, 'decommission-with-data', 'sv');
    assert.strictEqual(sv.fix, undefined);
    assert.match(sv.message, /^EX10 har fortfarande gemensamma mappar när den avvecklas: /);
    assert.ok(sv.message.endsWith('Flytta dem till en annan server först' + NOT_RELEASED_SV), sv.message);

    const onTheDay = publicFolders2010('2014-12-09', decommission);
    const g = only(onTheDay, 'decommission-with-data');
    assert.strictEqual(g.message, hosting);
    assert.match(
      applyEdits(onTheDay, g.fix!.edits),
      /- action: update-server\n\s+server: EX10\n\s+update: SP3 RU8\n[\s\S]*- action: migrate-public-folders\n\s+from: EX10\n\s+to: EX13\n[\s\S]*- action: decommission\n/,
    );
  });

  it('source-remains: the day before 2010 SP3 RU8 no retire fix, and the message says so; on its release day the fix', () => {
    const wait = '      - action: custom\n        title: Wait\n';
    const f = only(publicFolders2010('2014-12-08', wait), 'source-remains');
    assert.strictEqual(f.fix, undefined);
    assert.strictEqual(
      f.message,
      'EX10 (Exchange 2010) is still in the organization when the runbook ends, but the target is Exchange 2013: move what it hosts and decommission it' +
        NOT_RELEASED_EN,
    );
    const sv = only(publicFolders2010('2014-12-08', wait), 'source-remains', 'sv');
    assert.ok(sv.message.endsWith('flytta det den har och avveckla den' + NOT_RELEASED_SV), sv.message);
    const g = only(publicFolders2010('2014-12-09', wait), 'source-remains');
    assert.ok(!g.message.includes('no fix'), g.message);
    assert.match(applyEdits(publicFolders2010('2014-12-09', wait), g.fix!.edits), /update: SP3 RU8\n/);
  });

  it('online-prerequisites: a 2007 organization moving by remote move gets no hybrid server before 2013 CU2 (2013-07-09), and is told so', () => {
    const text = (asOf: string) =>
      runbook({
        asOf,
        organization: '  name: Northwind\n  mailboxes: 1800\n  domains: [northwindtraders.com]',
        servers:
          '  - name: NT-EX07\n    version: "2007"\n    update: SP3 RU10\n    roles: [mailbox, clientAccess, hubTransport]\n',
        target: '  platform: exchange-online\n  method: hybrid',
        phases:
          '  - id: hybrid\n    title: Hybrid\n    steps:\n      - action: verify-domain\n        domain: northwindtraders.com\n' +
          '      - action: configure-directory-sync\n      - action: grant-migration-permissions\n        account: admin@northwindtraders.com\n' +
          '      - action: create-migration-endpoint\n        type: remote-move\n' +
          '      - action: move-mailboxes\n        from: NT-EX07\n        to: exchange-online\n      - action: switch-mx\n',
      });
    const move =
      'the move to Exchange Online starts before these prerequisites are in place: the Hybrid Configuration Wizard has run against a valid hybrid server (remote moves go through its MRS proxy)';
    const f = only(text('2013-07-08'), 'online-prerequisites');
    assert.strictEqual(f.fix, undefined);
    assert.strictEqual(
      f.message,
      move + '; no fix is offered: no update of Exchange 2013 at CU2 or later was released by 2013-07-08',
    );
    const sv = only(text('2013-07-08'), 'online-prerequisites', 'sv');
    assert.strictEqual(sv.fix, undefined);
    assert.ok(
      sv.message.endsWith(
        '; ingen åtgärd erbjuds: ingen uppdatering av Exchange 2013 på CU2 eller senare hade släppts den 2013-07-08',
      ),
      sv.message,
    );
    const g = only(text('2013-07-09'), 'online-prerequisites');
    assert.strictEqual(g.message, move);
    assert.match(
      applyEdits(text('2013-07-09'), g.fix!.edits),
      /- action: install-exchange\n\s+server: \S+\n\s+version: "2013"\n\s+update: CU2\n/,
    );
  });
});
