// The npm package as users get it: `npm pack` (its prepack builds the CLI), the tarball
// installed into a scratch project outside the repository (so nothing resolves from the
// repository's node_modules), and `npx exchange-runbook` run there as docs/cli.md and
// docs/ci.md tell users to run it. `npm run test:pack`; part of `npm test`.
import * as assert from 'assert';
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtinModules } from 'module';
import { parse as parseYaml } from 'yaml';
import { NEUTRAL_ENV, ROOT, TYPO_RUNBOOK } from '../cli-helpers';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface PackEntry {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

/** A neutral environment: English, no colour, no npm update notice or funding nag. */
const ENV: NodeJS.ProcessEnv = {
  ...NEUTRAL_ENV,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function run(command: string, args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: ENV, encoding: 'utf8', input, timeout: 240000 });
  if (result.error) throw result.error;
  return result;
}

/**
 * The CLI as installed: `npx --no` never downloads, so a missing bin fails instead of
 * fetching; `--` keeps npx from taking `--version` as its own.
 */
function cli(args: string[], cwd: string, input?: string): SpawnSyncReturns<string> {
  return run(NPX, ['--no', '--', 'exchange-runbook', ...args], cwd, input);
}

/** A runbook with one error that has a fix: the server name on line 15 is misspelt. */
const TYPO = TYPO_RUNBOOK;

describe('the npm package, installed into a scratch project', function () {
  this.timeout(300000);
  let tmp: string;
  let project: string;
  let pack: PackEntry;
  let installedRoot: string;

  before(function () {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-runbook-pack-'));
    const started = Date.now();
    const packed = run(NPM, ['pack', '--json', '--pack-destination', tmp], ROOT);
    assert.strictEqual(packed.status, 0, `npm pack failed:\n${packed.stderr}`);
    // npm prints the prepack script's output before the JSON on stdout.
    pack = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')))[0];
    const packMs = Date.now() - started;

    project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'scratch', version: '1.0.0', private: true }, null, 2),
    );
    const installStarted = Date.now();
    const installed = run(
      NPM,
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-dev', path.join(tmp, pack.filename)],
      project,
    );
    assert.strictEqual(installed.status, 0, `npm install of the tarball failed:\n${installed.stderr}`);
    installedRoot = path.join(project, 'node_modules', 'exchange-runbook');
    // The numbers docs/testing.md quotes; printed so that CI logs show them.
    console.log(
      `      packed ${pack.filename}: ${(pack.size / 1024).toFixed(0)} KB tarball, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked, ` +
        `${pack.entryCount} files; pack ${packMs} ms, install ${Date.now() - installStarted} ms`,
    );
  });

  after(function () {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the CLI bundle and what it reads at run time, and no tests or sources', function () {
    const files = pack.files.map((f) => f.path);
    for (const needed of [
      'bin/exchange-runbook.js',
      'dist/cli.js',
      'powershell/Get-ExchangeRunbookInventory.ps1',
      'media/preview.css',
      'schemas/runbook.schema.json',
      'docs/cli.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
    }
    const unwanted = files.filter(
      (f) =>
        /^(test|src|scripts|out|\.vscode-test|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.vsix'),
    );
    assert.deepStrictEqual(unwanted, []);
  });

  it("`npm pack` prints nothing but the tarball's name on stdout, which pre-commit reads as the file to install", function () {
    const dry = run(NPM, ['pack', '--dry-run'], ROOT);
    assert.strictEqual(dry.status, 0, dry.stderr);
    assert.strictEqual(dry.stdout, `${pack.filename}\n`);
  });

  it('needs no dependencies at run time: the bundle requires only Node built-ins', function () {
    const manifest = JSON.parse(fs.readFileSync(path.join(installedRoot, 'package.json'), 'utf8'));
    assert.deepStrictEqual(Object.keys(manifest.dependencies ?? {}), []);
    const bundle = fs.readFileSync(path.join(installedRoot, 'dist', 'cli.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
    assert.ok(required.size > 0, 'the bundle requires nothing: the pattern no longer matches esbuild output');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    assert.deepStrictEqual(
      [...required].filter((m) => !builtins.has(m)),
      [],
    );
  });

  it('`npx exchange-runbook --version` prints the packed version', function () {
    const result = cli(['--version'], project);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(
      result.stdout.trim(),
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version,
    );
  });

  it('`lint` reports the finding with its rule id and exits 1', function () {
    fs.writeFileSync(path.join(project, 'typo.runbook.yaml'), TYPO);
    const result = cli(['lint', 'typo.runbook.yaml'], project);
    assert.strictEqual(result.status, 1, result.stderr);
    assert.match(result.stdout, /^typo\.runbook\.yaml:15:17 +error +.*unknown-server$/m);
    assert.strictEqual(result.stderr, '');
  });

  it('`lint --fix` rewrites the file and then lints clean', function () {
    const file = path.join(project, 'fix.runbook.yaml');
    fs.writeFileSync(file, TYPO);
    const fixed = cli(['lint', '--fix', 'fix.runbook.yaml'], project);
    assert.strictEqual(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.match(fixed.stdout, /1 fix applied in 1 file\./);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), TYPO.replace('server: EXSEA', 'server: EXSE-A'));
  });

  it('`checklist` prints Markdown and HTML with the stylesheet shipped in the package', function () {
    fs.writeFileSync(path.join(project, 'checklist.runbook.yaml'), TYPO);
    const markdown = cli(['checklist', 'checklist.runbook.yaml'], project);
    assert.strictEqual(markdown.status, 0, markdown.stderr);
    assert.match(markdown.stdout, /^- \[ \] /m);
    const html = cli(['checklist', '--format', 'html', 'checklist.runbook.yaml'], project);
    assert.strictEqual(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>/i);
    const css = fs.readFileSync(path.join(installedRoot, 'media', 'preview.css'), 'utf8');
    assert.ok(
      html.stdout.includes(css.split('\n').find((line) => line.includes('{')) ?? '\0'),
      'the HTML does not embed media/preview.css',
    );
  });

  it('`new --out` writes a runbook that lints clean', function () {
    const result = cli(
      ['new', '--source', '2007', '--mailboxes', '10', '--as-of', '2026-11-23', '--out', 'plan/new.runbook.yaml'],
      project,
    );
    assert.strictEqual(result.status, 0, result.stderr);
    assert.ok(fs.existsSync(path.join(project, 'plan', 'new.runbook.yaml')));
    const lint = cli(['lint', 'plan/'], project);
    assert.strictEqual(lint.status, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /No problems in 1 file\./);
  });

  it("the GitHub Action's lint step writes SARIF and its exit code with the installed CLI", function () {
    if (process.platform === 'win32') this.skip();
    const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    const step = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    fs.mkdirSync(path.join(project, 'runbooks'));
    fs.writeFileSync(path.join(project, 'runbooks', 'typo.runbook.yaml'), TYPO);
    const outputs = path.join(tmp, 'github-output');
    const env = (inputs: Record<string, string>) => ({
      ...ENV,
      GITHUB_OUTPUT: outputs,
      INPUT_FILES: 'runbooks/ "**/none-*.runbook.yml"',
      INPUT_ARGS: '',
      INPUT_VERSION: '',
      INPUT_SARIF_FILE: 'out/exchange-runbook.sarif',
      INPUT_ANNOTATIONS: 'false',
      ...inputs,
    });
    const runStep = (inputs: Record<string, string>) => {
      fs.writeFileSync(outputs, '');
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
        cwd: project,
        env: env(inputs),
        encoding: 'utf8',
      });
      return { ...result, outputs: fs.readFileSync(outputs, 'utf8') };
    };
    // A glob that matches nothing is a usage error: exit 2 fails the step, and says why.
    const broken = runStep({});
    assert.strictEqual(broken.status, 2, broken.stdout + broken.stderr);
    assert.strictEqual(broken.outputs, 'exit-code=2\n');
    assert.match(broken.stderr, /no files match \*\*\/none-\*\.runbook\.yml/);

    const found = runStep({ INPUT_FILES: 'runbooks/', INPUT_ANNOTATIONS: 'true' });
    assert.strictEqual(found.status, 0, found.stderr);
    assert.strictEqual(found.outputs, 'exit-code=1\n');
    const sarif = JSON.parse(fs.readFileSync(path.join(project, 'out', 'exchange-runbook.sarif'), 'utf8'));
    assert.deepStrictEqual(
      sarif.runs[0].results.map(
        (r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          r.ruleId,
          r.locations[0].physicalLocation.artifactLocation.uri,
        ],
      ),
      [['unknown-server', 'runbooks/typo.runbook.yaml']],
    );
    assert.match(found.stdout, /^::error file=runbooks\/typo\.runbook\.yaml,line=15,col=17,.*title=unknown-server::/m);

    fs.writeFileSync(
      path.join(project, 'runbooks', 'typo.runbook.yaml'),
      TYPO.replace('server: EXSEA', 'server: EXSE-A'),
    );
    const clean = runStep({ INPUT_FILES: '"runbooks/*.runbook.yaml"', INPUT_ARGS: '--max-warnings 0' });
    assert.strictEqual(clean.status, 0, clean.stderr);
    assert.strictEqual(clean.outputs, 'exit-code=0\n');
  });

  it("the pre-commit hook's entry, given staged file names as pre-commit does, stops a commit with errors", function () {
    const hooks = parseYaml(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    const hook = hooks.find((h: { id: string }) => h.id === 'exchange-runbook');
    const files = new RegExp(hook.files);
    fs.writeFileSync(path.join(project, 'hook.runbook.yaml'), TYPO);
    const staged = ['hook.runbook.yaml', 'package.json'].filter((f) => files.test(f));
    const [command, ...args] = hook.entry.split(' ');
    // pre-commit puts the installed package's bin folder on PATH.
    const bin = path.join(project, 'node_modules', '.bin');
    const result = spawnSync(path.join(bin, command), [...args, ...staged], {
      cwd: project,
      env: ENV,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    assert.strictEqual(result.status, 1, result.stderr);
    assert.match(result.stdout, /^hook\.runbook\.yaml:15:17 +error/m);
  });
});
