// The desktop extension's bundles (esbuild.js): the adapters import the core through its one
// public API (src/core/index.ts), and package.json `sideEffects` lets esbuild leave out the
// core modules a bundle does not use, so what activation loads stays small and the checklist
// renderers (markdown-it) and the assistant stay in the lazy bundles (src/extension/lazy.ts).
import * as assert from 'assert';
import * as esbuild from 'esbuild';

async function inputsOf(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'silent',
    outdir: 'out/bundles-test',
  });
  // The modules that put code in the bundle (metafile.inputs lists every module esbuild read).
  return Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([name]) => name),
  );
}

describe('extension bundles', () => {
  it('activation leaves the renderers and the assistant to the lazy bundles', async function () {
    this.timeout(60_000);
    const inputs = await inputsOf('src/extension/extension.ts');
    assert.ok(inputs.includes('src/core/lint.ts'), 'the linter is in');
    assert.deepStrictEqual(
      inputs.filter((i) => i.startsWith('node_modules/markdown-it/') || i.startsWith('src/core/assistant/')),
      [],
    );
  });

  it('the lazy bundles take only their part of the core', async function () {
    this.timeout(60_000);
    const renderer = await inputsOf('src/extension/renderer.ts');
    assert.ok(renderer.some((i) => i.startsWith('node_modules/markdown-it/')));
    const newRunbook = await inputsOf('src/extension/newRunbook.ts');
    assert.ok(newRunbook.includes('src/core/assistant/generate.ts'));
    for (const inputs of [renderer, newRunbook])
      assert.deepStrictEqual(
        inputs.filter((i) => i.startsWith('src/core/rules/') || i === 'src/core/editor/completion.ts'),
        [],
      );
  });
});
