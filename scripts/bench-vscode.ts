// The keystroke in a real VS Code (code-server, the test/vscode harness): a character is
// typed into a generated runbook and the time until the extension's diagnostics show it
// is measured inside the extension host (test/vscode/keystroke.bench.ts), median of 20
// after 3 warm-up keystrokes. A measurement, not a test: nothing here asserts a time.
//   npm run bench:vscode                         (1,000 steps, 20 keystrokes)
//   npm run bench:vscode -- --steps 10000 --runs 10 --preview --lint-delay 300
//   npm run bench:vscode -- --extension <dir>    (another build of the extension, e.g. an older
//                                                 commit's tree, built, to compare with)
// Build first (npm run build): it runs dist/ and out/test/vscode/keystroke.bench.js.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureCodeServer, ROOT, runExtensionTests } from '../test/harness';
import { generateRunbook } from './bench';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const steps = Number(option(args, '--steps') ?? 1000);
  const runs = Number(option(args, '--runs') ?? 20);
  const lintDelay = option(args, '--lint-delay');
  const preview = args.includes('--preview');
  const extension = option(args, '--extension');
  const testsPath = path.join(ROOT, 'out', 'test', 'vscode', 'keystroke.bench.js');
  if (!fs.existsSync(testsPath)) {
    console.error(`${path.relative(ROOT, testsPath)} is missing: run \`npm run build\` first`);
    return 1;
  }
  ensureCodeServer();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-bench-'));
  fs.writeFileSync(path.join(workspace, 'bench.runbook.yaml'), generateRunbook(steps));
  let result: { median: number; min: number; max: number; samples: number[] } | undefined;
  try {
    const code = await runExtensionTests({
      testsPath,
      workspace,
      ...(extension ? { extensionDevelopmentPath: path.resolve(extension) } : {}),
      settings: {
        'exchangeRunbook.language': 'en',
        ...(lintDelay !== undefined ? { 'exchangeRunbook.lintDelay': Number(lintDelay) } : {}),
      },
      env: { BENCH_RUNS: String(runs), ...(preview ? { BENCH_PREVIEW: '1' } : {}) },
      log: (line) => {
        if (line.startsWith('BENCH ')) result = JSON.parse(line.slice('BENCH '.length));
        else if (process.env.HARNESS_VERBOSE) console.log(line);
      },
    });
    if (code !== 0 || !result) {
      console.error(`the benchmark failed (exit code ${code})`);
      return 1;
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `${extension ? `${extension}: ` : ''}${steps.toLocaleString('en-US')} steps${preview ? ', preview open' : ''}${lintDelay !== undefined ? `, lintDelay ${lintDelay}` : ''}: ` +
      `keystroke to diagnostics median ${ms(result.median)} of ${result.samples.length} (min ${ms(result.min)}, max ${ms(result.max)})`,
  );
  console.log(`samples: ${result.samples.map((s) => s.toFixed(0)).join(' ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
