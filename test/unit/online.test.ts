// The lookups and thresholds of knowledge/online.ts at their edges: step durations (units
// in any case, spaces, decimals, what is no duration), the method names, and the numbers
// the rules judge by, pinned so that a changed threshold shows in a test (cutover 150 and
// 2,000, hybrid 150: exchange-facts.md; a week and 28 days: the method-duration rule page).
import * as assert from 'assert';
import {
  CUTOVER,
  durationHours,
  HYBRID,
  isOnlineMethod,
  METHOD_DURATION,
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
});
