// The browser build's `crypto` (esbuild.js aliases it; scripts/web-build.js): the nonce
// falls back to require('crypto').webcrypto only in old Node hosts, and a web worker has
// Web Crypto as a global.
export const webcrypto = globalThis.crypto;
