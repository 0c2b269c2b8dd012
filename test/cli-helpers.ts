// What the tests of the `exchange-runbook` command share (test/unit/cli*.test.ts,
// hostile-input, inventory, test/pack): the command run as a child process in a neutral
// environment, and a small runbook that lints clean or has one error with a fix.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');
/** The built command (`npm run build`, or buildCli()). */
export const BIN = path.join(ROOT, 'bin', 'exchange-runbook.js');

/** English, no colour, none forced: output that tests can compare. */
export const NEUTRAL_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  LANG: 'C',
  LC_ALL: '',
  LC_MESSAGES: '',
  NO_COLOR: '1',
  FORCE_COLOR: '',
};

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Default: the repository. */
  cwd?: string;
  /** Added to NEUTRAL_ENV. */
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Milliseconds; a run that takes longer is killed and fails the test (a hang, not a slow suite). */
  timeout?: number;
}

/** Runs the built command with `args`. */
export function runCli(args: string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...NEUTRAL_ENV, ...options.env },
    encoding: 'utf8',
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  assert.ok(
    !result.error,
    `exchange-runbook ${args.join(' ')} did not finish within ${options.timeout} ms (${result.error?.message})`,
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds dist/ (the command's bundle) from the sources, for suites that run the command. */
export function buildCli(): void {
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
}

/** Writes `content` to `rel` below `dir`, making the folders; returns the file's path. */
export function writeUnder(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** A runbook that lints clean: one Exchange SE server kept up to date. */
export const CLEAN_RUNBOOK = [
  '# Contoso: keep the SE server patched',
  'runbook: 1',
  'title: Contoso',
  'asOf: 2026-11-23',
  'organization: {name: Contoso, mailboxes: 10}',
  'servers:',
  '  - name: EXSE-A   # the current server',
  '    version: SE',
  'target: {platform: on-premises, version: SE}',
  'phases:',
  '  - id: tidy',
  '    title: Tidy up',
  '    steps:',
  '      - action: update-server',
  '        server: EXSE-A',
  '        update: CU1',
  '',
].join('\n');

/** The same with a misspelt server name on line 15, column 17: one unknown-server error with a fix. */
export const TYPO_RUNBOOK = CLEAN_RUNBOOK.replace(
  '        server: EXSE-A\n',
  '        server: EXSEA   # typo on purpose\n',
);
