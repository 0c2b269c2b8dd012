#!/usr/bin/env node
// `npm run test:vscode` / `npm run test:vsix`: the integration tests inside a real VS Code
// (code-server in headless Chromium). Arguments go to test/harness/run.ts:
//   --only activation.test.js   --vsix exchange-runbook.vsix   --workspace <dir>
// The harness is TypeScript; tsx loads it without a separate compile step.
require('tsx/cjs');
const { main } = require('../test/harness/run.ts');

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
