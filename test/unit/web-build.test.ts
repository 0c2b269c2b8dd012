// The web extension's bundle (scripts/web-build.js): built for the browser with nothing of
// Node in it. That it runs is tested in the web worker extension host itself
// (test/web/index.ts, `npm run test:web`).
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

const { browserExtensionBuild, browserLintWorkerBuild } = require('../../scripts/web-build.js') as {
  browserExtensionBuild: (common?: object) => esbuild.BuildOptions;
  browserLintWorkerBuild: (common?: object) => esbuild.BuildOptions;
};

describe('web extension build', () => {
  it('bundles for the browser with no Node module, only `vscode` left to the host', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      ...browserExtensionBuild({ logLevel: 'silent' }),
      write: false,
      metafile: true,
      outfile: path.join('out', 'web-build-test.js'),
    });
    assert.deepStrictEqual(result.errors, []);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(
      inputs.includes('src/extension/browser/realPath.ts'),
      'the browser stand-in for resolving symbolic links',
    );
    assert.ok(!inputs.includes('src/extension/realPath.ts'), 'not the desktop one (Node fs)');
    assert.ok(
      inputs.includes('src/extension/extension.ts') && inputs.includes('src/extension/preview.ts'),
      'the same extension as the desktop entry',
    );
    assert.deepStrictEqual(
      inputs.filter((i) => /^node_modules\/csv-parse\//.test(i) && !i.includes('/dist/esm/')),
      [],
      "csv-parse's browser build (it brings its Buffer)",
    );
    const externals = Object.values(result.metafile!.outputs).flatMap((o) =>
      o.imports.filter((i) => i.external).map((i) => i.path),
    );
    assert.deepStrictEqual([...new Set(externals)], ['vscode']);
    const code = result.outputFiles!.find((f) => f.path.endsWith('.js'))!.text;
    assert.doesNotMatch(code, /require\("(node:)?(fs|path|os|crypto|child_process|util)"\)/);
  });

  it('bundles the lint worker for a web worker: the core and the worker entry, no Node, no `vscode`', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      ...browserLintWorkerBuild({ logLevel: 'silent' }),
      write: false,
      metafile: true,
      outfile: path.join('out', 'web-lint-worker-test.js'),
    });
    assert.deepStrictEqual(result.errors, []);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.includes('src/extension/browser/lintWorker.ts') && inputs.includes('src/extension/lintWorker.ts'));
    assert.ok(!inputs.includes('src/extension/lintThread.ts'), 'not the Node entry (worker_threads)');
    assert.deepStrictEqual(inputs.filter((i) => i.startsWith('src/') && !i.startsWith('src/core/')).sort(), [
      'src/extension/browser/lintWorker.ts',
      'src/extension/lintWorker.ts',
    ]);
    const imports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
    assert.deepStrictEqual(imports, [], 'a classic worker script loads nothing');
    const code = result.outputFiles!.find((f) => f.path.endsWith('.js'))!.text;
    assert.doesNotMatch(code, /(?<![\w$])require\(/);
  });
});
