// Entry point the extension host loads as `extensionTestsPath` (bundled to
// out/test/vscode/index.js): runs every bundled out/test/vscode/*.test.js with mocha in the
// real extension host and rejects when a test fails, which makes the host exit non-zero.
import * as fs from 'fs';
import * as path from 'path';

// Checks that need a different extension host run only when the harness selects them:
// vsix.test.js expects the extension installed from the packaged .vsix, restricted.test.js
// a workspace in Restricted Mode (--restricted).
const ONLY_WHEN_SELECTED = new Set(['vsix.test.js', 'restricted.test.js']);

export function run(): Promise<void> {
  // mocha stays outside the bundle: the host loads it from the repository's node_modules.
  const Mocha = require('mocha') as typeof import('mocha');
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: 'spec', color: false });
  const selected = process.env.EXCHANGE_RUNBOOK_TESTS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .filter((name) => (selected ? selected.includes(name) : !ONLY_WHEN_SELECTED.has(name)))
    .sort();
  if (selected) {
    const missing = selected.filter((name) => !files.includes(name));
    if (missing.length) return Promise.reject(new Error(`no such test bundle: ${missing.join(', ')}`));
  }
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} VS Code test(s) failed`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
