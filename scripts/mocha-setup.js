// Loaded by .mocharc.json: unit tests import the generated schema validator, so bring it
// up to date first (a no-op when it already is). `npm test` builds anyway; this covers
// `npx mocha <file>` on a fresh checkout.
require('./compile-schema.js').compileSchema();
