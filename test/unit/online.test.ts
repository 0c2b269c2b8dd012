// The lookups and thresholds of knowledge/online.ts at their edges: step durations (units
// in any case, spaces, decimals, what is no duration), the method names, and the numbers
// the rules judge by, pinned so that a changed threshold shows in a test (cutover 150 and
// 2,000, hybrid 150: exchange-facts.md; a week and 28 days: the method-duration rule page).
import * as assert from 'assert';
import {
  CUTOVER,
  durationHours,
  HYBRID,
  HYBRID_SERVER_BY_VERSION,
  HYBRID_SERVER_REQUIREMENTS,
  isOnlineMethod,
  METHOD_DURATION,
  PUBLIC_FOLDERS_TO_ONLINE,
  STAGED,
} from '../../src/core/knowledge/online';

describe('online knowledge', () => {
  it('reads a duration: hours, days (24 h) and weeks (168 h), in any case, with spaces and decimals', () => {
    const cases: [string, number][] = [
      ['1h', 1],
      ['1H', 1],
      ['2d', 48],
      ['2D', 48],
      ['1w', 168],
      ['1W', 168],
      ['1.5d', 36],
      ['0.5h', 0.5],
      ['1.25h', 1.25],
      [' 3 h ', 3],
      ['0h', 0],
    ];
    for (const [text, hours] of cases) assert.strictEqual(durationHours(text), hours, text);
  });

  it('is undefined for what is no duration', () => {
    for (const text of [undefined, '', 'h', '1', '1m', '1 week', '-1h', '1.h', '.5h', '1h30m', 'x1h', '1hx'])
      assert.strictEqual(durationHours(text), undefined, String(text));
  });

  it('knows the three migration methods by their exact names', () => {
    for (const m of ['cutover', 'staged', 'hybrid']) assert.ok(isOnlineMethod(m), m);
    for (const m of [undefined, 'Cutover', 'remote-move', '']) assert.ok(!isOnlineMethod(m), String(m));
  });

  it('holds the documented numbers: cutover 150/2,000, staged 2,000 rows from 2003/2007, hybrid from 150, a week and four weeks', () => {
    assert.deepStrictEqual([CUTOVER.recommendedMax, CUTOVER.hardMax], [150, 2000]);
    assert.deepStrictEqual([STAGED.maxCsvRows, [...STAGED.sources]], [2000, ['2003', '2007']]);
    assert.strictEqual(HYBRID.worthItFrom, 150);
    assert.deepStrictEqual(Object.fromEntries(Object.entries(METHOD_DURATION).map(([m, d]) => [m, d.maxDays])), {
      cutover: 7,
      staged: 28,
      hybrid: undefined,
    });
  });

  // These pin the tables to the facts they were transcribed from (exchange-facts.md:
  // "Hybrid version matrix", "Hybrid server for an Exchange 2007 org", "Staged CSV format",
  // the cutover sources and section 0's public-folder line), as edges.test.ts does for the
  // coexistence and platform tables.
  it('cutover reads from every version, 2003 to SE; staged takes the three documented CSV columns, only EmailAddress required', () => {
    assert.deepStrictEqual([...CUTOVER.sources], ['2003', '2007', '2010', '2013', '2016', '2019', 'SE']);
    assert.deepStrictEqual(
      STAGED.columns.map((c) => [c.name, c.required]),
      [
        ['EmailAddress', true],
        ['Password', false],
        ['ForceChangePassword', false],
      ],
    );
  });

  it('hybrid server for a 2003 organization: 2010 SP3 with all three roles, the 2003 servers at SP2; for 2007: 2013 CU2 (Client Access + Mailbox) or 2010 SP3', () => {
    const table = HYBRID_SERVER_REQUIREMENTS.map((r) => ({
      organization: r.organization,
      options: r.options.map((o) => [o.version, o.minUpdate, [...o.roles], o.organizationMinUpdate]),
      install: [r.install.version, r.install.update, [...r.install.roles]],
    }));
    const all = ['mailbox', 'clientAccess', 'hubTransport'];
    assert.deepStrictEqual(table, [
      { organization: '2003', options: [['2010', 'SP3', all, 'SP2']], install: ['2010', 'SP3 RU32', all] },
      {
        organization: '2007',
        options: [
          ['2013', 'CU2', ['mailbox', 'clientAccess'], 'SP3 RU10'],
          ['2010', 'SP3', all, 'SP2'],
        ],
        install: ['2013', 'CU23', ['mailbox', 'clientAccess']],
      },
    ]);
  });

  it('a hybrid server of each version: 2010 at SP3 with Mailbox, Client Access and Hub; 2013 Mailbox and Client Access; 2016 and later a Mailbox server', () => {
    assert.deepStrictEqual(
      Object.fromEntries(
        Object.entries(HYBRID_SERVER_BY_VERSION).map(([v, o]) => [v, [o!.version, o!.minUpdate, [...o!.roles]]]),
      ),
      {
        '2010': ['2010', 'SP3', ['mailbox', 'clientAccess', 'hubTransport']],
        '2013': ['2013', undefined, ['mailbox', 'clientAccess']],
        '2016': ['2016', undefined, ['mailbox']],
        '2019': ['2019', undefined, ['mailbox']],
        SE: ['SE', undefined, ['mailbox']],
      },
    );
  });

  it('public folders go to Exchange Online straight from 2010 SP3 RU8, never from 2003 or 2007', () => {
    assert.deepStrictEqual(
      PUBLIC_FOLDERS_TO_ONLINE.map((r) => [r.version, r.directToOnline, r.minUpdate]),
      [
        ['2003', false, undefined],
        ['2007', false, undefined],
        ['2010', true, 'SP3 RU8'],
      ],
    );
  });
});
