// esbuild options of the web extension (package.json `browser`), for VS Code's web worker
// extension host (vscode.dev, github.dev, code-server in a browser): the same extension,
// built for the browser, with src/extension/browser/realPath.ts in place of the desktop's
// one use of Node's fs (src/extension/realPath.ts: resolving symbolic links),
// src/extension/browser/lazy.ts for the run-time require of src/extension/lazy.ts,
// src/extension/browser/worker.ts (the lint worker as a web worker, its script
// dist/web/lintWorker.js built by browserLintWorkerBuild) for src/extension/worker.ts, and
// src/extension/browser/executor.ts for git and the OS user behind a tick. Any other Node built-in
// fails the build (platform browser), so none can slip in; test/unit/web-build.test.ts
// builds it and looks at what went in.
const path = require('path');

const root = path.join(__dirname, '..');
const extensionDir = path.join(root, 'src', 'extension');

const browserRealPath = {
  name: 'browser-real-path',
  setup(build) {
    build.onResolve({ filter: /^\.\/(realPath|lazy|worker|executor)$/ }, (args) =>
      path.resolve(args.resolveDir) === extensionDir
        ? { path: path.join(extensionDir, 'browser', `${args.path.slice(2)}.ts`) }
        : undefined,
    );
  },
};

/** csv-parse's Node build uses the global Buffer, which a web worker does not have; its browser build brings its own. */
const CSV_PARSE = { 'csv-parse/sync': 'csv-parse/browser/esm/sync' };

/** `common`: the options every bundle shares (esbuild.js). */
function browserExtensionBuild(common = {}) {
  return {
    ...common,
    absWorkingDir: root,
    entryPoints: ['src/extension/browser/extension.ts'],
    outfile: 'dist/web/extension.js',
    bundle: true,
    platform: 'browser',
    // The web worker host loads an extension as a CommonJS module, as the desktop host does.
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // src/extension/nonce.ts falls back to Node's crypto module where Web Crypto is no global.
    alias: { ...CSV_PARSE, crypto: './src/extension/browser/crypto.ts' },
    plugins: [browserRealPath],
  };
}

/**
 * The lint worker's web entry (src/extension/browser/lintWorker.ts): a classic worker
 * script (an IIFE, no module loader) that src/extension/browser/worker.ts starts from a
 * blob: URL. It is the core alone: nothing of Node, not even `vscode`.
 */
function browserLintWorkerBuild(common = {}) {
  return {
    ...common,
    absWorkingDir: root,
    entryPoints: ['src/extension/browser/lintWorker.ts'],
    outfile: 'dist/web/lintWorker.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    alias: CSV_PARSE,
  };
}

module.exports = { browserExtensionBuild, browserLintWorkerBuild };
