// The preview's CSP nonce comes from Web Crypto, not Math.random.
import * as assert from 'assert';
import { nonce } from '../../../src/extension/nonce';

describe('preview nonce', () => {
  it('is 32 characters of [A-Za-z0-9], different every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const n = nonce();
      assert.match(n, /^[A-Za-z0-9]{32}$/);
      seen.add(n);
    }
    assert.strictEqual(seen.size, 2000);
  });

  it('does not depend on Math.random', () => {
    const random = Math.random;
    Math.random = () => 0.5;
    try {
      assert.notStrictEqual(nonce(), nonce());
    } finally {
      Math.random = random;
    }
  });

  it('uses every character about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const c of nonce()) counts.set(c, (counts.get(c) ?? 0) + 1);
    assert.strictEqual(counts.size, 62);
    // 64,000 characters: about 1,032 each (σ ≈ 32); every count within ±5σ.
    for (const [c, n] of counts) assert.ok(n > 850 && n < 1220, `${c}: ${n}`);
  });
});
