// judgeOs of knowledge/platform.ts at its edges: what the facts do not cover is never
// judged (a version without platform facts, a Windows Server the lists do not know, no
// OS at all, an update the runbook does not give), and an OS next to a version's list is
// unsupported. The table's own minimums are tested in edges.test.ts.
import * as assert from 'assert';
import { judgeOs, windowsName } from '../../src/core/knowledge/platform';

describe('platform: judgeOs', () => {
  it('judges nothing for an unknown Windows Server, a missing OS or a version without platform facts', () => {
    assert.strictEqual(judgeOs('2019', 'CU14', '2030'), undefined);
    assert.strictEqual(judgeOs('2019', 'CU14', '2012r2'), undefined);
    assert.strictEqual(judgeOs('2019', 'CU14', undefined), undefined);
    assert.strictEqual(judgeOs('2007', 'SP3', '2008'), undefined);
    assert.strictEqual(judgeOs(undefined, 'CU14', '2019'), undefined);
  });

  it('a known Windows Server outside the list is unsupported, with the list and its source', () => {
    const verdict = judgeOs('2019', 'CU14', '2016');
    assert.ok(verdict && !verdict.ok && verdict.reason === 'unsupported', JSON.stringify(verdict));
    assert.deepStrictEqual(
      verdict.supported.map((o) => o.os),
      ['2019', '2022', '2025'],
    );
  });

  it('an OS that needs an update: undefined without one, at it fine, one below not', () => {
    assert.strictEqual(judgeOs('2019', undefined, '2022'), undefined);
    assert.deepStrictEqual(judgeOs('2019', 'CU12', '2022'), { ok: true });
    const below = judgeOs('2019', 'CU11', '2022');
    assert.ok(below && !below.ok && below.reason === 'needs-update' && below.needsUpdate === 'CU12');
  });

  it('writes R2 as Microsoft does', () => {
    assert.strictEqual(windowsName('2012R2'), '2012 R2');
    assert.strictEqual(windowsName('2016'), '2016');
  });
});
