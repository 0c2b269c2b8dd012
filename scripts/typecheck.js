// `npm run typecheck`: tsc for each TypeScript project, each with its own libraries and types,
// so that the layering holds from the types' side too (the core compiles without the DOM and
// Node; the webview without Node). Two projects at a time (CI has two cores); each prints its
// own errors.
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
// The longest first.
const PROJECTS = [
  'tsconfig.json', // test, scripts
  'tsconfig.extension.json', // src/cli, src/extension
  'tsconfig.core.json', // src/core
  'tsconfig.webview.json', // src/webview
];
const tsc = require.resolve('typescript/bin/tsc');

function check(project) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', '-p', project], { cwd: root });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`tsc -p ${project}: ${code === 0 ? 'ok' : 'errors'} (${seconds}s)\n${out}`);
      resolve(code === 0);
    });
  });
}

async function main() {
  const queue = [...PROJECTS];
  const worker = async () => {
    let ok = true;
    while (queue.length) ok = (await check(queue.shift())) && ok;
    return ok;
  };
  const results = await Promise.all([worker(), worker()]);
  if (results.includes(false)) process.exitCode = 1;
}

main();
