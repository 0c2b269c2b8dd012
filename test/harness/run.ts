// Command-line runner for the integration tests in a real VS Code (code-server):
//   tsx test/harness/run.ts [--only a.test.js,b.test.js] [--vsix exchange-runbook.vsix] [--workspace dir] [--restricted]
// (scripts/run-vscode-tests.js is the same with the build checked first). Runs
// out/test/vscode/index.js inside the extension host against a fresh temporary copy of
// test/fixtures/ and exits with the tests' exit code.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { copyDir, ensureCodeServer, ROOT, runExtensionTests } from './index';

export interface RunArguments {
  testsPath: string;
  only?: string[];
  vsix?: string;
  workspace?: string;
  /** The workspace in Restricted Mode; runs restricted.test.js unless --only says otherwise. */
  restricted?: boolean;
}

export function parseArguments(argv: string[]): RunArguments {
  const result: RunArguments = { testsPath: path.join(ROOT, 'out', 'test', 'vscode', 'index.js') };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return next;
    };
    switch (argv[i]) {
      case '--only':
        // activation, activation.test, activation.test.ts and activation.test.js all name one bundle.
        result.only = value()
          .split(',')
          .map(
            (name) =>
              `${name
                .trim()
                .replace(/\.(js|ts)$/, '')
                .replace(/\.test$/, '')}.test.js`,
          );
        break;
      case '--vsix':
        result.vsix = path.resolve(value());
        break;
      case '--workspace':
        result.workspace = path.resolve(value());
        break;
      case '--restricted':
        result.restricted = true;
        break;
      case '--tests':
        result.testsPath = path.resolve(value());
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return result;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (!fs.existsSync(args.testsPath)) {
    console.error(`${path.relative(ROOT, args.testsPath)} is missing: run \`npm run build\` first`);
    return 1;
  }
  if (args.vsix && !fs.existsSync(args.vsix)) {
    console.error(`${args.vsix} is missing: run \`npm run package\` first`);
    return 1;
  }
  const started = Date.now();
  ensureCodeServer();
  // Tests may edit files: they get a throwaway copy, never the fixtures themselves.
  const scratch = args.workspace ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'runbook-workspace-'));
  const workspace = args.workspace ?? path.join(scratch!, 'fixtures');
  if (scratch) copyDir(path.join(ROOT, 'test', 'fixtures'), workspace);
  try {
    const only = args.vsix
      ? (args.only ?? ['vsix.test.js'])
      : args.restricted
        ? (args.only ?? ['restricted.test.js'])
        : args.only;
    const code = await runExtensionTests({
      testsPath: args.testsPath,
      workspace,
      vsix: args.vsix,
      settings: { 'exchangeRunbook.language': 'en' },
      env: only ? { EXCHANGE_RUNBOOK_TESTS: only.join(',') } : undefined,
      restricted: args.restricted,
    });
    console.log(
      `VS Code tests ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s${args.vsix ? ` (installed ${path.basename(args.vsix)})` : ''}${args.restricted ? ' (Restricted Mode)' : ''}`,
    );
    return code;
  } finally {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
