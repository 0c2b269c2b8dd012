#!/usr/bin/env node
// `npm run test:desktop`: the same integration tests (out/test/vscode/index.js) in desktop
// VS Code through @vscode/test-electron, for machines that can download VS Code or have
// one installed (set VSCODE_EXECUTABLE_PATH to its binary to skip the download). The
// build machines here reach only npm and Debian, so the download fails there: use
// `npm run test:vscode` (code-server) instead. See docs/testing.md.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..');

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(source, target);
    else fs.copyFileSync(source, target);
  }
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-desktop-'));
  const workspace = path.join(scratch, 'fixtures');
  copyDir(path.join(ROOT, 'test', 'fixtures'), workspace);
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'vscode', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`desktop VS Code tests did not run: ${err instanceof Error ? err.message : err}`);
    console.error(
      '(no desktop VS Code could be downloaded or started; `npm run test:vscode` runs the same tests in code-server)',
    );
    process.exit(1);
  },
);
