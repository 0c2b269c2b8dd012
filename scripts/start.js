#!/usr/bin/env node
// `npm start`: a first look at the extension in a real VS Code, with example runbooks.
// - Builds, then puts copies of the example runbooks (test/fixtures/*.runbook.yaml and
//   the CSVs they name) into .vscode-test/demo-workspace, once; the fixtures themselves
//   are never touched. Delete that folder for a fresh copy.
// - With a desktop VS Code on PATH (`code`): opens it with this extension loaded from source.
// - Otherwise (or with --web): packages the extension, installs the .vsix into a
//   code-server kept in .vscode-test/demo, and serves it on http://127.0.0.1:8080 (or
//   the next free port). Open the printed URL in a browser; Ctrl+C stops it.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const WORKSPACE = path.join(ROOT, '.vscode-test', 'demo-workspace');
const DEMO_DATA = path.join(ROOT, '.vscode-test', 'demo');
const VSIX = path.join(ROOT, '.vscode-test', 'demo', 'exchange-runbook.vsix');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\`${[command, ...args].join(' ')}\` failed`);
    process.exit(result.status || 1);
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function prepareWorkspace() {
  if (fs.existsSync(WORKSPACE)) return false;
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  fs.mkdirSync(WORKSPACE, { recursive: true });
  for (const name of fs.readdirSync(fixtures)) {
    if (/\.runbook\.ya?ml$|\.csv$/.test(name)) fs.copyFileSync(path.join(fixtures, name), path.join(WORKSPACE, name));
  }
  return true;
}

async function main() {
  const args = process.argv.slice(2);
  const web = args.includes('--web');
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 8080;

  run(process.execPath, ['esbuild.js']);
  const fresh = prepareWorkspace();
  console.log(`${fresh ? 'copied the example runbooks into' : 'using'} ${path.relative(ROOT, WORKSPACE)}`);

  const code = web ? undefined : onPath('code');
  if (code) {
    console.log(`opening VS Code (${code}) with the extension loaded from ${ROOT}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${ROOT}`, WORKSPACE], { stdio: 'inherit' });
    child.on('exit', (status) => process.exit(status ?? 0));
    return;
  }

  // No desktop VS Code: the real VS Code's server and web workbench (code-server).
  require('tsx/cjs');
  const harness = require('../test/harness/index.ts');
  harness.ensureCodeServer();
  console.log('packaging the extension…');
  fs.mkdirSync(DEMO_DATA, { recursive: true });
  run(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', VSIX]);
  const server = await harness.startCodeServer({
    dataDir: DEMO_DATA,
    port,
    vsix: [VSIX],
    defaultFolder: WORKSPACE,
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
  });
  const stop = async () => {
    console.log('\nstopping code-server…');
    await server.close();
    process.exit(0);
  };
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (status) => {
    console.error(`code-server stopped (${status})`);
    process.exit(status || 1);
  });
  console.log('');
  console.log(`  Exchange Runbook in VS Code: ${server.origin}/`);
  console.log('');
  console.log(`  Open it in a browser; the example runbooks are in the Explorer (try`);
  console.log(`  invalid-2016-over-2007.runbook.yaml). Ctrl+C stops the server.`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
