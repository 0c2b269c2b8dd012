// The preview's CSP nonce. It must not be guessable, so it comes from Web Crypto, which
// exists in Node's and the browser's extension hosts alike (Node before 19 has it only as
// require('crypto').webcrypto); Math.random is not made for secrets.

/** 32 characters [A-Za-z0-9], each equally likely. */
export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const source: Pick<typeof globalThis.crypto, 'getRandomValues'> =
    globalThis.crypto ?? (require('crypto') as typeof import('crypto')).webcrypto;
  let out = '';
  while (out.length < 32) {
    // Bytes of 248 and above are dropped: 248 = 4 × 62, so no character is favoured.
    for (const byte of source.getRandomValues(new Uint8Array(48)))
      if (byte < 248 && out.length < 32) out += chars[byte % 62];
  }
  return out;
}
