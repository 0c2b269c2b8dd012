#!/usr/bin/env node
// The installed command; the code is the bundle esbuild.js writes to dist/cli.js.
try {
  require.resolve('../dist/cli.js');
} catch {
  process.stderr.write('exchange-runbook: dist/cli.js is missing; run `npm run build` first\n');
  process.exit(2);
}
require('../dist/cli.js');
