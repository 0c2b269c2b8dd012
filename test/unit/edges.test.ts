// Every threshold, date and version minimum of the knowledge tables, tested at the value,
// one below and one above. The cases are generated from the tables themselves, so a
// changed or added entry is tested at its edge without a new hand-written test, and each
// coexistence pair is tested alone (another present version cannot hide it).
import * as assert from 'assert';
import { COEXISTENCE, CoexistenceEntry } from '../../src/core/knowledge/coexistence';
import { CUTOVER as CUTOVER_FACTS } from '../../src/core/knowledge/online';
import { PLATFORM } from '../../src/core/knowledge/platform';
import {
  ExchangeVersion,
  FOREST_LEVELS,
  OUTLOOK_VERSIONS,
  VERSION_FACTS,
  VERSIONS,
  WINDOWS_VERSIONS,
  updateRank,
} from '../../src/core/knowledge/versions';
import { lintText, ofRule } from './helpers';
import { CUTOVER, edit, findings } from './rules/online-helpers';
import { runbook } from './rules/onprem-helpers';

/** The calendar day after `date` (YYYY-MM-DD); pure date arithmetic, no time zone involved. */
function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The update level just below `update` ("SP3 RU10" → "SP3 RU9", "SP3" → "SP2", "CU21" → "CU20"). */
function oneBelow(update: string): string {
  const ru = /^SP(\d+) RU(\d+)$/.exec(update);
  if (ru) return Number(ru[2]) > 1 ? `SP${ru[1]} RU${Number(ru[2]) - 1}` : `SP${ru[1]}`;
  const sp = /^SP(\d+)$/.exec(update);
  if (sp) return Number(sp[1]) > 1 ? `SP${Number(sp[1]) - 1}` : 'RTM';
  const cu = /^CU(\d+)$/.exec(update);
  if (cu) return Number(cu[1]) > 1 ? `CU${Number(cu[1]) - 1}` : 'RTM';
  throw new Error(`no level below ${update}`);
}

/** The update level just above `update` ("SP3 RU10" → "SP3 RU11", "SP3" → "SP3 RU1", "CU21" → "CU22"). */
function oneAbove(update: string): string {
  const ru = /^SP(\d+) RU(\d+)$/.exec(update);
  if (ru) return `SP${ru[1]} RU${Number(ru[2]) + 1}`;
  if (/^SP\d+$/.test(update)) return `${update} RU1`;
  const cu = /^CU(\d+)$/.exec(update);
  if (cu) return `CU${Number(cu[1]) + 1}`;
  throw new Error(`no level above ${update}`);
}

describe('edges: the helpers step exactly one update level', () => {
  for (const [version, update] of [
    ['2007', 'SP3 RU10'],
    ['2010', 'SP3'],
    ['2013', 'CU21'],
    ['2016', 'CU10'],
    ['2007', 'SP2'],
  ] as const) {
    it(`${version} ${update}: below ranks lower, above ranks higher`, () => {
      const at = updateRank(version, update)!;
      assert.ok(updateRank(version, oneBelow(update))! < at);
      assert.ok(updateRank(version, oneAbove(update))! > at);
    });
  }
  it('counts calendar days across month and year ends', () => {
    assert.strictEqual(dayAfter('2025-10-14'), '2025-10-15');
    assert.strictEqual(dayAfter('2023-12-31'), '2024-01-01');
    assert.strictEqual(dayBefore('2024-03-01'), '2024-02-29');
  });
});

describe('edges: cutover size at 150/151 and 2,000/2,001', () => {
  const sized = (n: number) => edit(CUTOVER, 'mailboxes: 120', `mailboxes: ${n}`);
  it('the table holds the documented thresholds', () => {
    assert.strictEqual(CUTOVER_FACTS.recommendedMax, 150);
    assert.strictEqual(CUTOVER_FACTS.hardMax, 2000);
  });
  it(`is quiet at ${CUTOVER_FACTS.recommendedMax - 1} and at exactly ${CUTOVER_FACTS.recommendedMax}`, () => {
    findings(sized(CUTOVER_FACTS.recommendedMax - 1), 'cutover-size', 0);
    findings(sized(CUTOVER_FACTS.recommendedMax), 'cutover-size', 0);
  });
  it(`warns at ${CUTOVER_FACTS.recommendedMax + 1}`, () => {
    assert.strictEqual(findings(sized(CUTOVER_FACTS.recommendedMax + 1), 'cutover-size', 1)[0].severity, 'warning');
  });
  it(`still only warns at ${CUTOVER_FACTS.hardMax - 1} and at exactly ${CUTOVER_FACTS.hardMax} (the supported maximum)`, () => {
    assert.strictEqual(findings(sized(CUTOVER_FACTS.hardMax - 1), 'cutover-size', 1)[0].severity, 'warning');
    assert.strictEqual(findings(sized(CUTOVER_FACTS.hardMax), 'cutover-size', 1)[0].severity, 'warning');
  });
  it(`is an error at ${CUTOVER_FACTS.hardMax + 1}`, () => {
    assert.strictEqual(findings(sized(CUTOVER_FACTS.hardMax + 1), 'cutover-size', 1)[0].severity, 'error');
  });
});

describe('edges: end of support on the day itself and the day after', () => {
  const targeting = (version: ExchangeVersion, asOf: string) =>
    runbook({
      asOf,
      servers: '[]',
      target: `  platform: on-premises\n  version: "${version}"`,
      phases: '  - id: go\n    title: Go\n    steps:\n      - action: custom\n        title: Check\n',
    });
  const targetFindings = (version: ExchangeVersion, asOf: string) =>
    ofRule(lintText(targeting(version, asOf), { asOf: undefined }), 'end-of-support').filter((f) =>
      f.message.startsWith(`Exchange ${version} reached`),
    );

  for (const version of VERSIONS) {
    const date = VERSION_FACTS[version].endOfSupport;
    if (date === null) {
      it(`never flags Exchange ${version} (Modern Lifecycle)`, () => {
        assert.deepStrictEqual(targetFindings(version, '2099-12-31'), []);
      });
      continue;
    }
    it(`Exchange ${version}: quiet the day before and on ${date} itself`, () => {
      assert.deepStrictEqual(targetFindings(version, dayBefore(date)), []);
      assert.deepStrictEqual(targetFindings(version, date), []);
    });
    it(`Exchange ${version}: warns on ${dayAfter(date)}, the day after`, () => {
      const found = targetFindings(version, dayAfter(date));
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0].severity, 'warning');
      assert.ok(found[0].message.includes(date), found[0].message);
    });
  }
});

describe('edges: each coexistence pair alone, at its minimum, one below and one above', () => {
  /** One server of `present` at `update`, and a step installing `installing` at `newUpdate`. */
  const pair = (installing: string, present: string, update: string, newUpdate: string) =>
    runbook({
      asOf: '2026-01-15',
      servers: `  - name: OLD\n    version: "${present}"\n    update: ${update}\n    roles: [mailbox, clientAccess, hubTransport]\n`,
      target: `  platform: on-premises\n  version: "${installing}"`,
      phases: `  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: NEW\n        version: "${installing}"\n        update: ${newUpdate}\n`,
    });
  const coexistenceFindings = (text: string) =>
    lintText(text, { asOf: undefined }).filter((f) => f.ruleId === 'coexistence' || f.ruleId === 'coexistence-update');
  const newUpdateFor = (installing: ExchangeVersion, entry: CoexistenceEntry) =>
    entry.lastAcceptingUpdate ?? VERSION_FACTS[installing].latestUpdate;

  for (const [installing, row] of Object.entries(COEXISTENCE) as [
    ExchangeVersion,
    Partial<Record<ExchangeVersion, CoexistenceEntry>>,
  ][]) {
    for (const [present, entry] of Object.entries(row) as [ExchangeVersion, CoexistenceEntry][]) {
      const newUpdate = newUpdateFor(installing, entry);
      if (entry.minimumUpdate === null) {
        it(`${installing} next to ${present}: a coexistence error whatever ${present}'s update`, () => {
          const found = coexistenceFindings(pair(installing, present, VERSION_FACTS[present].latestUpdate, newUpdate));
          assert.ok(
            found.some((f) => f.ruleId === 'coexistence' && f.severity === 'error'),
            JSON.stringify(found.map((f) => f.message)),
          );
        });
        continue;
      }
      const minimum = entry.minimumUpdate;
      it(`${installing} next to ${present} ${minimum}: quiet at the minimum and one above`, () => {
        assert.deepStrictEqual(
          coexistenceFindings(pair(installing, present, minimum, newUpdate)).map((f) => f.message),
          [],
        );
        assert.deepStrictEqual(
          coexistenceFindings(pair(installing, present, oneAbove(minimum), newUpdate)).map((f) => f.message),
          [],
        );
      });
      it(`${installing} next to ${present} ${oneBelow(minimum)}: one below the minimum is reported`, () => {
        const found = coexistenceFindings(pair(installing, present, oneBelow(minimum), newUpdate));
        assert.strictEqual(found.length, 1, JSON.stringify(found.map((f) => f.message)));
        assert.strictEqual(found[0].ruleId, 'coexistence-update');
        assert.ok(found[0].message.includes(minimum), found[0].message);
      });
      const newMinimum = entry.minimumNewUpdate;
      if (newMinimum) {
        it(`a new ${installing} server next to ${present} needs ${newMinimum}: quiet at it, reported one below`, () => {
          const healthy = VERSION_FACTS[present].latestUpdate;
          assert.deepStrictEqual(
            coexistenceFindings(pair(installing, present, healthy, newMinimum)).map((f) => f.message),
            [],
          );
          const found = coexistenceFindings(pair(installing, present, healthy, oneBelow(newMinimum)));
          assert.strictEqual(found.length, 1, JSON.stringify(found.map((f) => f.message)));
          assert.ok(found[0].message.includes(newMinimum), found[0].message);
        });
      }
    }
  }
});

// The generated cases above follow the table; these pin the table to the facts it was
// transcribed from (exchange-facts.md section 0, "Coexistence in one table"), so a wrong
// value in the table is caught too, not only wrong code around it.
describe('edges: the coexistence table holds the documented minimums', () => {
  const documented: Record<string, Record<string, string | null>> = {
    '2010': { '2003': 'SP2', '2007': 'SP2' },
    '2013': { '2003': null, '2007': 'SP3 RU10', '2010': 'SP3' },
    '2016': { '2003': null, '2007': null, '2010': 'SP3 RU11', '2013': 'CU10' },
    '2019': { '2003': null, '2007': null, '2010': null, '2013': 'CU21', '2016': 'CU23' },
    SE: { '2003': null, '2007': null, '2010': null, '2013': null, '2016': 'CU23', '2019': 'CU14' },
  };
  it('minimum update of the present servers, per pair', () => {
    const table = Object.fromEntries(
      Object.entries(COEXISTENCE).map(([i, row]) => [
        i,
        Object.fromEntries(Object.entries(row!).map(([p, e]) => [p, e!.minimumUpdate])),
      ]),
    );
    assert.deepStrictEqual(table, documented);
  });
  it('a new Exchange 2013 server needs CU2 next to 2007 and next to 2010, each alone', () => {
    assert.strictEqual(COEXISTENCE['2013']!['2007']!.minimumNewUpdate, 'CU2');
    assert.strictEqual(COEXISTENCE['2013']!['2010']!.minimumNewUpdate, 'CU2');
  });
});

describe('edges: platform minimums per Exchange version, at the minimum and one below', () => {
  /** One install of `version` at its latest update; `organization` and `os` vary. */
  const installing = (
    version: string,
    organization: string,
    os = '',
    update = VERSION_FACTS[version as ExchangeVersion].latestUpdate,
  ) =>
    runbook({
      asOf: '2026-01-15',
      organization: `  name: Contoso\n  mailboxes: 10\n${organization}`,
      servers: '[]',
      target: `  platform: on-premises\n  version: "${version}"`,
      phases: `  - id: go\n    title: Go\n    steps:\n      - action: install-exchange\n        server: NEW\n        version: "${version}"\n        update: ${update}\n${os ? `        os: "${os}"\n` : ''}`,
    });
  const below = <T extends string>(list: readonly T[], v: T): T | undefined => list[list.indexOf(v) - 1];

  for (const [version, facts] of Object.entries(PLATFORM) as [
    ExchangeVersion,
    NonNullable<(typeof PLATFORM)[ExchangeVersion]>,
  ][]) {
    const level = facts.minForestLevel;
    const lower = below(FOREST_LEVELS, level);
    it(`forest-level: Exchange ${version} is quiet at Windows Server ${level}${lower ? `, an error at ${lower}` : ''}`, () => {
      findings(installing(version, `  forestFunctionalLevel: "${level}"`), 'forest-level', 0);
      if (lower) {
        const [f] = findings(installing(version, `  forestFunctionalLevel: "${lower}"`), 'forest-level', 1);
        assert.strictEqual(f.severity, 'error');
      }
    });

    const outlook = facts.minOutlook;
    const older = below(OUTLOOK_VERSIONS, outlook);
    it(`client-support: Exchange ${version} is quiet with Outlook ${outlook}${older ? `, warns for Outlook ${older}` : ''}`, () => {
      findings(installing(version, `  outlookClients: ["${outlook}"]`), 'client-support', 0);
      if (older) {
        const [f] = findings(installing(version, `  outlookClients: ["${older}", "${outlook}"]`), 'client-support', 1);
        assert.ok(f.message.includes(`Outlook ${older},`), f.message);
      }
    });

    for (const entry of facts.os) {
      const update = entry.needsUpdate;
      if (!update) {
        it(`os-requirement: Exchange ${version} runs on Windows Server ${entry.os} from RTM`, () => {
          findings(installing(version, '', entry.os, 'RTM'), 'os-requirement', 0);
        });
        continue;
      }
      it(`os-requirement: Exchange ${version} on Windows Server ${entry.os} is quiet at ${update}, an error at ${oneBelow(update)}`, () => {
        findings(installing(version, '', entry.os, update), 'os-requirement', 0);
        const [f] = findings(installing(version, '', entry.os, oneBelow(update)), 'os-requirement', 1);
        assert.ok(f.message.includes(`needs Exchange ${version} ${update} or later`), f.message);
      });
    }
    const listed = facts.os.map((o) => WINDOWS_VERSIONS.indexOf(o.os));
    const outside = [WINDOWS_VERSIONS[Math.min(...listed) - 1], WINDOWS_VERSIONS[Math.max(...listed) + 1]].filter(
      Boolean,
    );
    it(`os-requirement: Exchange ${version} does not run on Windows Server ${outside.join(' or ')} (next to its list)`, () => {
      for (const os of outside) {
        const [f] = findings(installing(version, '', os), 'os-requirement', 1);
        assert.ok(f.message.startsWith(`Exchange ${version} does not run on`), f.message);
      }
    });
  }
});

// As for coexistence above: the generated cases follow the table, these pin the table to
// the facts (exchange-facts.md, "Platform minimums" and section 3a).
describe('edges: the platform table holds the documented minimums', () => {
  it('forest level and Outlook, per version', () => {
    assert.deepStrictEqual(
      Object.fromEntries(Object.entries(PLATFORM).map(([v, f]) => [v, [f!.minForestLevel, f!.minOutlook]])),
      {
        '2010': ['2003', '2003'],
        '2013': ['2003', '2007'],
        '2016': ['2008R2', '2010'],
        '2019': ['2012R2', '2013'],
        SE: ['2012R2', '2016'],
      },
    );
  });
  it('Windows Server versions, with the update each needs', () => {
    assert.deepStrictEqual(
      Object.fromEntries(
        Object.entries(PLATFORM).map(([v, f]) => [
          v,
          f!.os.map((o) => (o.needsUpdate ? `${o.os} ${o.needsUpdate}` : o.os)).join(', '),
        ]),
      ),
      {
        '2010': '2008, 2008R2, 2012 SP3, 2012R2 SP3',
        '2013': '2008R2, 2012, 2012R2 SP1',
        '2016': '2012, 2012R2, 2016 CU3',
        '2019': '2019, 2022 CU12, 2025 CU14',
        SE: '2019, 2022, 2025',
      },
    );
  });
});
