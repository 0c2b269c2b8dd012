// The lookups of knowledge/coexistence.ts at their edges: the version put in between when
// a target cannot go in next to what is there, the update caps (2019 CU14 next to 2013),
// the new-server minimum (2013 CU2), and unknown versions and updates (never guessed).
import * as assert from 'assert';
import {
  COEXISTENCE,
  CoexistenceEntry,
  canCoexist,
  coexistenceEntry,
  installableUpdate,
  intermediateVersion,
  lagsBehind,
  newServerBelow,
  updateBeyondCap,
} from '../../src/core/knowledge/coexistence';
import type { ExchangeVersion } from '../../src/core/knowledge/versions';

/**
 * Runs `check` with some pairs of the table replaced, then puts them back: the search for
 * an intermediate version against tables Microsoft has not published. In the real one
 * every version installs next to the one before it, so a path to the target always exists
 * and the search's fallbacks never show.
 */
function withPairs(pairs: [ExchangeVersion, ExchangeVersion, CoexistenceEntry][], check: () => void): void {
  const saved = pairs.map(([i, p]) => [i, p, COEXISTENCE[i]?.[p]] as const);
  try {
    for (const [i, p, entry] of pairs) (COEXISTENCE[i] ??= {})[p] = entry;
    check();
  } finally {
    for (const [i, p, entry] of saved) {
      if (entry) COEXISTENCE[i]![p] = entry;
      else delete COEXISTENCE[i]![p];
    }
  }
}
const REFUSES = { minimumUpdate: null, source: 'test' };

describe('coexistence lookups', () => {
  it('intermediateVersion: the newest version that goes in next to everything present and leads to the target', () => {
    const cases: [ExchangeVersion, string[], string][] = [
      ['2016', ['2007'], '2013'],
      ['2019', ['2010'], '2016'],
      ['2016', ['2003'], '2010'],
      ['2013', ['2003'], '2010'],
      // SE goes in next to neither 2010 nor 2013: 2010 leads on through 2016.
      ['SE', ['2003'], '2010'],
      // SE over 2007: 2013 first (2019 then follows on a later pass).
      ['SE', ['2007'], '2013'],
      // A present server of the candidate's own version does not block it.
      ['2019', ['2007', '2013'], '2013'],
      ['SE', ['2010', '2016'], '2016'],
    ];
    for (const [target, present, expected] of cases)
      assert.strictEqual(intermediateVersion(target, present), expected, `${target} over ${present.join('+')}`);
  });

  it('intermediateVersion: only an older version, never the target itself or a newer one, also when the target could go in directly', () => {
    assert.strictEqual(intermediateVersion('2016', ['2013']), '2013');
    assert.strictEqual(intermediateVersion('2013', ['2010']), '2010');
  });

  it('intermediateVersion: skips a newer candidate from which no version leads on to the target', () => {
    // SE and 2019 refusing 2016: 2016 is a dead end, 2013 leads on through 2019.
    withPairs(
      [
        ['SE', '2016', REFUSES],
        ['2019', '2016', REFUSES],
      ],
      () => assert.strictEqual(intermediateVersion('SE', ['2010']), '2013'),
    );
  });

  it('intermediateVersion: prefers a candidate the target goes in next to directly over a newer one that needs a further step', () => {
    // SE accepting 2013 and refusing 2016: 2013 directly, not 2016 (then 2019, then SE).
    withPairs(
      [
        ['SE', '2013', { minimumUpdate: 'CU23', source: 'test' }],
        ['SE', '2016', REFUSES],
      ],
      () => assert.strictEqual(intermediateVersion('SE', ['2010']), '2013'),
    );
  });

  it('installableUpdate: the latest, capped by the newest update whose Setup accepts every present version', () => {
    assert.strictEqual(installableUpdate('2019', ['2013'], 'CU15'), 'CU14');
    assert.strictEqual(installableUpdate('2019', ['2016', '2013'], 'CU15'), 'CU14');
    assert.strictEqual(installableUpdate('2019', ['2016'], 'CU15'), 'CU15');
    assert.strictEqual(installableUpdate('2019', ['2013'], 'CU14'), 'CU14');
    assert.strictEqual(installableUpdate('2019', ['2013'], 'CU13'), 'CU13');
    assert.strictEqual(installableUpdate('2019', [undefined], 'CU15'), 'CU15');
  });

  it('updateBeyondCap: one above the cap is beyond it, the cap itself is not; unknown is never guessed', () => {
    assert.deepStrictEqual(updateBeyondCap('2019', 'CU15', ['2013']), { cap: 'CU14', present: '2013' });
    assert.deepStrictEqual(updateBeyondCap('2019', 'cu16', ['2016', '2013']), { cap: 'CU14', present: '2013' });
    assert.strictEqual(updateBeyondCap('2019', 'CU14', ['2013']), undefined);
    assert.strictEqual(updateBeyondCap('2019', 'CU15', ['2016']), undefined);
    assert.strictEqual(updateBeyondCap('2019', 'soon', ['2013']), undefined);
    assert.strictEqual(updateBeyondCap('2020', 'CU15', ['2013']), undefined);
  });

  it('newServerBelow: a new 2013 needs CU2 next to 2007 and 2010, at CU2 it has enough, in any case', () => {
    assert.strictEqual(newServerBelow('2013', ['2007'], 'CU1'), 'CU2');
    assert.strictEqual(newServerBelow('2013', ['2010'], 'cu1'), 'CU2');
    assert.strictEqual(newServerBelow('2013', ['2007', '2010'], 'RTM'), 'CU2');
    assert.strictEqual(newServerBelow('2013', ['2007'], 'CU2'), undefined);
    assert.strictEqual(newServerBelow('2013', ['2016'], 'CU1'), undefined);
    assert.strictEqual(newServerBelow('2013', ['2007'], undefined), undefined);
    assert.strictEqual(newServerBelow('2000', ['2007'], 'RTM'), undefined);
  });

  it('newServerBelow: the highest of the minimums the present versions ask for, whichever is listed first', () => {
    // The real table asks CU2 next to both 2007 and 2010; here 2007 asks only CU1.
    withPairs([['2013', '2007', { ...COEXISTENCE['2013']!['2007']!, minimumNewUpdate: 'CU1' }]], () => {
      assert.strictEqual(newServerBelow('2013', ['2007', '2010'], 'RTM'), 'CU2');
      assert.strictEqual(newServerBelow('2013', ['2010', '2007'], 'RTM'), 'CU2');
      assert.strictEqual(newServerBelow('2013', ['2007', '2010'], 'CU1'), 'CU2');
      assert.strictEqual(newServerBelow('2013', ['2007'], 'RTM'), 'CU1');
    });
    assert.strictEqual(COEXISTENCE['2013']!['2007']!.minimumNewUpdate, 'CU2');
  });

  it('lagsBehind and canCoexist: at the minimum nothing lags; a pair Setup refuses and unknowns answer nothing', () => {
    assert.strictEqual(lagsBehind('2013', '2007', 'SP3 RU10'), undefined);
    assert.strictEqual(lagsBehind('2016', '2013', 'cu9'), 'CU10');
    assert.strictEqual(lagsBehind('2013', '2003', 'SP2'), undefined);
    assert.strictEqual(lagsBehind('2013', '2007', undefined), undefined);
    assert.strictEqual(lagsBehind('2013', '2000', 'SP1'), undefined);
    assert.strictEqual(canCoexist('2000', '2003'), true);
    assert.strictEqual(canCoexist(undefined, '2003'), true);
    assert.strictEqual(canCoexist('2013', '2003'), false);
    assert.strictEqual(coexistenceEntry('2016', '2016'), undefined);
    assert.strictEqual(coexistenceEntry('2016', 'se'), undefined);
  });
});
