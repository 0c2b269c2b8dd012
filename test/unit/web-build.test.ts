// The web extension's bundle (scripts/web-build.js): built for the browser with nothing of
// Node in it. That it runs is tested in the web worker extension host itself
// (test/web/index.ts, `npm run test:web`).
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

const { browserExtensionBuild } = require('../../scripts/web-build.js') as {
  browserExtensionBuild: (common?: object) => esbuild.BuildOptions;
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
});
