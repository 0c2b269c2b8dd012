// Builds everything that runs: the CLI, the extension, the preview's webview script and
// the integration tests that run inside VS Code's extension host. `--watch` rebuilds.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const root = __dirname;
const exists = (p) => fs.existsSync(path.join(root, p));

// The JSON Schema is compiled to standalone validation code before bundling, so nothing
// compiles a schema when the extension or the CLI starts.
if (exists('scripts/compile-schema.js')) require('./scripts/compile-schema.js').compileSchema();

// `--production` (npm run package, npm pack): minified, without source maps, for the
// .vsix and the npm package.
const production = process.argv.includes('--production');
// `--cli-only` (npm pack's prepack): the npm package ships only the CLI bundle, and
// rebuilding the extension minified would change what the VS Code tests run against.
const cliOnly = process.argv.includes('--cli-only');

const common = {
  bundle: true,
  sourcemap: !production,
  logLevel: 'warning',
  minifySyntax: true,
  ...(production ? { minify: true } : {}),
  target: 'node20',
};

const builds = [
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
];
if (!cliOnly && exists('src/extension/extension.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    // engines.vscode ^1.74.0: its extension host runs Node 16.
    target: 'node16',
  });
  // Loaded on first use by src/extension/lazy.ts, not at activation: the checklist
  // renderers (markdown-it) and the "New Runbook…" assistant; and the lint worker's
  // thread (src/extension/worker.ts starts it for a large runbook).
  builds.push({
    ...common,
    entryPoints: {
      renderer: 'src/extension/renderer.ts',
      newRunbook: 'src/extension/newRunbook.ts',
      lintWorker: 'src/extension/lintThread.ts',
    },
    outdir: 'dist/lazy',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    target: 'node16',
  });
}
// The web extension (package.json `browser`): see scripts/web-build.js.
if (!cliOnly && exists('src/extension/browser/extension.ts')) {
  const web = require('./scripts/web-build.js');
  builds.push(web.browserExtensionBuild(common), web.browserLintWorkerBuild(common));
}
if (!cliOnly && exists('src/webview/preview.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}
// Integration tests: one bundle per file, loaded by mocha inside the extension host.
if (!cliOnly && exists('test/vscode')) {
  const entries = fs
    .readdirSync(path.join(root, 'test/vscode'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `test/vscode/${f}`);
  if (entries.length) {
    builds.push({
      ...common,
      entryPoints: entries,
      outdir: 'out/test/vscode',
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'mocha'],
    });
  }
}

// The web extension's checks (test/web), loaded by the web worker extension host.
if (!cliOnly && exists('test/web/index.ts')) {
  builds.push({
    ...common,
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/test/web/index.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  });
}

async function main() {
  if (watch) {
    for (const options of builds) (await esbuild.context(options)).watch();
    console.log('watching for changes…');
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
