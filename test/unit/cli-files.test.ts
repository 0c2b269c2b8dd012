// Issue 9's table, row by row, through the built `exchange-runbook` command: the files a
// runbook names are read as spec 7.1 says (inside the root, regular files only, size
// limits, never blocking, at most 80 characters quoted), a config that is a FIFO, a
// directory or a loop is a usage error, and stylish output cannot drive the terminal.
// Every run has a timeout: a hang fails the test instead of the suite.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { documentSafe } from '../../src/cli/format';
import { BIN, buildCli, CliRun, ROOT, runCli, writeUnder } from '../cli-helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const POSIX = process.platform !== 'win32';
/** Far longer than any of these runs takes, far shorter than the test's own timeout. */
const RUN_TIMEOUT = 15000;

function cli(args: string[], cwd: string): CliRun {
  return runCli(args, { cwd, timeout: RUN_TIMEOUT });
}

interface JsonReport {
  file: string;
  findings: { ruleId: string; message: string; line: number }[];
}

const STAGED = fs.readFileSync(path.join(FIXTURES, 'staged-two-waves.runbook.yaml'), 'utf8');
const WAVE1 = fs.readFileSync(path.join(FIXTURES, 'staged-wave1.csv'), 'utf8');
const WAVE2 = fs.readFileSync(path.join(FIXTURES, 'staged-wave2.csv'), 'utf8');
const SECRET = 'DB_PASSWORD=correct-horse-battery-staple';

let tmp: string;
/** repo/ (with .git), repo/plans/staged.runbook.yaml naming `csv` for wave 1, secret.env beside repo/. */
let plans: string;

function write(rel: string, content: string | Buffer): string {
  return writeUnder(tmp, rel, content);
}

/** The staged runbook with wave 1's `csv:` set to `csv` (quoted as given). */
function runbookNaming(csv: string): void {
  write('repo/plans/staged.runbook.yaml', STAGED.replace('csv: staged-wave1.csv', `csv: ${JSON.stringify(csv)}`));
}

/** The staged-csv findings of `lint --format json`, with exit code and stderr. */
function stagedCsv(
  args: string[] = [],
  cwd = plans,
): { status: number | null; stderr: string; messages: string[]; stdout: string } {
  const run = cli(['lint', '--format', 'json', ...args, 'staged.runbook.yaml'], cwd);
  const reports = JSON.parse(run.stdout || '[]') as JsonReport[];
  const messages = reports.flatMap((r) => r.findings.filter((f) => f.ruleId === 'staged-csv').map((f) => f.message));
  return { status: run.status, stderr: run.stderr, messages, stdout: run.stdout };
}

const OUTSIDE = (csv: string) =>
  `the CSV file \`${csv}\` is outside the runbook's root folder (its repository or workspace folder; a symbolic link counts where it points), so it is not read`;
const NOT_FILE = (csv: string) =>
  `the CSV file \`${csv}\` is not a regular file (a directory, pipe or device), so it is not read`;

describe('exchange-runbook: files a runbook names, configs and output (issue 9)', function () {
  this.timeout(120000);

  before(buildCli);
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-runbook-files-'));
    fs.mkdirSync(path.join(tmp, 'repo', '.git'), { recursive: true });
    plans = path.join(tmp, 'repo', 'plans');
    write('repo/plans/staged-wave1.csv', WAVE1);
    write('repo/plans/staged-wave2.csv', WAVE2);
    write('secret.env', `${SECRET}\n`);
    runbookNaming('staged-wave1.csv');
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('reads the CSVs next to the runbook (the baseline every row below changes one thing of)', () => {
    assert.deepStrictEqual(stagedCsv().messages, []);
  });

  it('refuses ../../secret.env (outside the repository) and never prints its content', () => {
    runbookNaming('../../secret.env');
    const run = stagedCsv();
    assert.deepStrictEqual(run.messages, [OUTSIDE('../../secret.env')]);
    assert.strictEqual(run.status, 1);
    assert.ok(!run.stdout.includes('DB_PASSWORD'));
    // Stylish and SARIF say the same, without the secret either.
    for (const format of ['stylish', 'sarif']) {
      const other = cli(['lint', '--format', format, 'staged.runbook.yaml'], plans);
      assert.ok(other.stdout.includes('is outside the runbook'), format);
      assert.ok(!other.stdout.includes('DB_PASSWORD'), format);
    }
  });

  it('refuses an absolute path without reading it', () => {
    runbookNaming(path.join(tmp, 'secret.env'));
    const run = stagedCsv();
    assert.deepStrictEqual(run.messages, [
      `the CSV file \`${path.join(tmp, 'secret.env')}\` is an absolute path, so it is not read: a runbook names only files relative to itself, inside its root folder (its repository or workspace folder)`,
    ]);
    assert.ok(!run.stdout.includes('DB_PASSWORD'));
  });

  (POSIX ? it : it.skip)(
    'follows symbolic links to where they point: a link or a linked folder leaving the root is refused',
    () => {
      fs.symlinkSync(path.join(tmp, 'secret.env'), path.join(plans, 'inside.csv'));
      runbookNaming('inside.csv');
      assert.deepStrictEqual(stagedCsv().messages, [OUTSIDE('inside.csv')]);
      fs.symlinkSync(tmp, path.join(plans, 'up'));
      runbookNaming('up/secret.env');
      assert.deepStrictEqual(stagedCsv().messages, [OUTSIDE('up/secret.env')]);
      // A link that stays inside the root is read like the file it points at.
      fs.symlinkSync(path.join(plans, 'staged-wave1.csv'), path.join(plans, 'alias.csv'));
      runbookNaming('alias.csv');
      assert.deepStrictEqual(stagedCsv().messages, []);
    },
  );

  it('finds the root from where the runbook is, whatever the working directory; --root overrides it', () => {
    write('repo/shared/wave1.csv', WAVE1);
    runbookNaming('../shared/wave1.csv');
    // repo/ holds .git: ../shared is inside it, from any working directory.
    assert.deepStrictEqual(stagedCsv([], plans).messages, []);
    const fromAbove = cli(['lint', '--format', 'json', path.join(plans, 'staged.runbook.yaml')], os.tmpdir());
    assert.deepStrictEqual(JSON.parse(fromAbove.stdout)[0].findings, []);
    // --root narrows it to plans/ …
    assert.deepStrictEqual(stagedCsv(['--root', '.']).messages, [OUTSIDE('../shared/wave1.csv')]);
    // … or widens it (the secret is then read as a CSV, and still not quoted past 80 characters).
    runbookNaming('../../secret.env');
    assert.deepStrictEqual(stagedCsv(['--root', tmp]).messages, [
      'the CSV file `../../secret.env` has no `EmailAddress` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword',
      'the CSV file `../../secret.env` has a header but no mailbox rows: a staged batch needs at least one mailbox',
    ]);
    // Without .git or .exchange-runbook.json above, the root is the runbook's own folder.
    fs.rmSync(path.join(tmp, 'repo', '.git'), { recursive: true });
    runbookNaming('../shared/wave1.csv');
    assert.deepStrictEqual(stagedCsv().messages, [OUTSIDE('../shared/wave1.csv')]);
    write('repo/.exchange-runbook.json', '{}');
    assert.deepStrictEqual(stagedCsv().messages, []);
  });

  it('--root must be a directory (exit 2, one line)', () => {
    const run = cli(['lint', '--root', 'nowhere', 'staged.runbook.yaml'], plans);
    assert.deepStrictEqual(run, {
      status: 2,
      stdout: '',
      stderr: 'exchange-runbook: --root must be a directory: nowhere: no such file or directory\n',
    });
    const file = cli(['lint', '--root', 'staged-wave1.csv', 'staged.runbook.yaml'], plans);
    assert.deepStrictEqual(file, {
      status: 2,
      stdout: '',
      stderr: 'exchange-runbook: --root must be a directory: staged-wave1.csv: not a directory\n',
    });
  });

  it('a directory named as the CSV is "not a regular file", not "does not exist"', () => {
    fs.mkdirSync(path.join(plans, 'wave1.csv'));
    runbookNaming('wave1.csv');
    assert.deepStrictEqual(stagedCsv().messages, [NOT_FILE('wave1.csv')]);
  });

  (POSIX ? it : it.skip)('a FIFO as the CSV is refused at once, by lint and by checklist', () => {
    execFileSync('mkfifo', [path.join(plans, 'fifo.csv')]);
    runbookNaming('fifo.csv');
    assert.deepStrictEqual(stagedCsv().messages, [NOT_FILE('fifo.csv')]);
    const checklist = cli(['checklist', 'staged.runbook.yaml'], plans);
    assert.strictEqual(checklist.status, 0);
    assert.ok(checklist.stdout.includes('is not a regular file'));
  });

  (POSIX ? it : it.skip)(
    '/dev/zero and /dev/urandom: outside the root, and not regular files even with --root /',
    () => {
      for (const device of ['/dev/zero', '/dev/urandom']) {
        fs.rmSync(path.join(plans, 'device.csv'), { force: true });
        fs.symlinkSync(device, path.join(plans, 'device.csv'));
        runbookNaming('device.csv');
        assert.deepStrictEqual(stagedCsv().messages, [OUTSIDE('device.csv')], device);
        assert.deepStrictEqual(stagedCsv(['--root', '/']).messages, [NOT_FILE('device.csv')], device);
      }
    },
  );

  it('a 1 GB sparse file is refused from its size, not read', () => {
    const big = path.join(plans, 'big.csv');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 1024 * 1024 * 1024);
    runbookNaming('big.csv');
    assert.deepStrictEqual(stagedCsv().messages, [
      'the CSV file `big.csv` is larger than 10 MB, so it is not read: a staged batch holds at most 2,000 rows',
    ]);
    // The limit's edge: exactly 10 MB is read (and judged as a CSV), one byte more is not.
    const edge = Buffer.alloc(10 * 1024 * 1024, 0x20);
    Buffer.from('EmailAddress\nana@wingtiptoys.com\n').copy(edge);
    fs.writeFileSync(big, edge);
    assert.deepStrictEqual(stagedCsv().messages, []);
    fs.appendFileSync(big, ' ');
    assert.strictEqual(stagedCsv().messages.length, 1);
  });

  it('a 200 KB field is quoted with at most 80 characters', () => {
    write('repo/plans/staged-wave1.csv', `EmailAddress,Password\n${SECRET}${'x'.repeat(200_000)},Winter2026!x\n`);
    const run = stagedCsv();
    assert.strictEqual(run.messages.length, 1);
    const [quoted] = run.messages[0].match(/`DB_PASSWORD[^`]*`/)!;
    assert.strictEqual(Array.from(quoted).length, 80 + 2);
    assert.ok(run.messages[0].length < 300, `${run.messages[0].length} characters`);
  });

  it('reads a CSV saved as UTF-16LE with a BOM (Windows PowerShell 5.1 Out-File) and names a bad encoding', () => {
    write(
      'repo/plans/staged-wave1.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WAVE1.replace(/\n/g, '\r\n'), 'utf16le')]),
    );
    assert.deepStrictEqual(stagedCsv().messages, []);
    write('repo/plans/staged-wave1.csv', Buffer.from(WAVE1, 'utf16le'));
    assert.match(stagedCsv().messages[0], /looks like UTF-16 without a byte-order mark/);
  });

  (POSIX ? it : it.skip)('--config naming a FIFO is a usage error, at once', () => {
    execFileSync('mkfifo', [path.join(plans, 'config.fifo')]);
    const run = cli(['lint', '--config', 'config.fifo', 'staged.runbook.yaml'], plans);
    assert.deepStrictEqual(run, {
      status: 2,
      stdout: '',
      stderr: `exchange-runbook: cannot read ${path.join(plans, 'config.fifo')}: not a regular file (a pipe)\n`,
    });
    // A runbook that is a FIFO likewise.
    execFileSync('mkfifo', [path.join(plans, 'fifo.runbook.yaml')]);
    assert.deepStrictEqual(cli(['lint', 'fifo.runbook.yaml'], plans), {
      status: 2,
      stdout: '',
      stderr: 'exchange-runbook: cannot read fifo.runbook.yaml: not a regular file (a pipe)\n',
    });
  });

  it('a runbook on standard input stops at 10 MB instead of filling memory', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' };
    const big = spawnSync(process.execPath, [BIN, 'lint', '-'], {
      cwd: plans,
      env,
      input: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
      encoding: 'utf8',
      timeout: RUN_TIMEOUT,
    });
    assert.deepStrictEqual(
      [big.status, big.stdout, big.stderr],
      [2, '', 'exchange-runbook: cannot read -: larger than 10 MB\n'],
    );
    const small = spawnSync(process.execPath, [BIN, 'lint', '-', '--format', 'json'], {
      cwd: plans,
      env,
      input: 'runbook: 1\n',
      encoding: 'utf8',
      timeout: RUN_TIMEOUT,
    });
    assert.strictEqual(small.status, 1);
    assert.strictEqual(JSON.parse(small.stdout)[0].file, '<stdin>');
  });

  it('.exchange-runbook.json that is a directory is a usage error, as docs/configuration.md says', () => {
    fs.mkdirSync(path.join(plans, '.exchange-runbook.json'));
    assert.deepStrictEqual(cli(['lint', 'staged.runbook.yaml'], plans), {
      status: 2,
      stdout: '',
      stderr: `exchange-runbook: cannot read ${path.join(plans, '.exchange-runbook.json')}: is a directory\n`,
    });
    assert.strictEqual(cli(['lint', '--config', '.exchange-runbook.json', 'staged.runbook.yaml'], plans).status, 2);
  });

  (POSIX ? it : it.skip)('.exchange-runbook.json that is a symbolic-link loop is a usage error', () => {
    fs.symlinkSync('loop-b', path.join(plans, '.exchange-runbook.json'));
    fs.symlinkSync('.exchange-runbook.json', path.join(plans, 'loop-b'));
    const expected = {
      status: 2,
      stdout: '',
      stderr: `exchange-runbook: cannot read ${path.join(plans, '.exchange-runbook.json')}: too many levels of symbolic links (a loop)\n`,
    };
    assert.deepStrictEqual(cli(['lint', 'staged.runbook.yaml'], plans), expected);
    assert.deepStrictEqual(cli(['lint', '--config', '.exchange-runbook.json', 'staged.runbook.yaml'], plans), expected);
  });

  it('a server name holding ESC ] 0 ; … BEL or ESC [2K reaches the terminal as escapes; JSON and SARIF escape it themselves', () => {
    const runbook = [
      'runbook: 1',
      'title: Hostile',
      'asOf: 2026-11-23',
      'organization: {name: Contoso, mailboxes: 10}',
      'servers:',
      '  - name: EXSE-A',
      '    version: SE',
      'target: {platform: on-premises, version: SE}',
      'phases:',
      '  - id: p',
      '    title: P',
      '    steps:',
      '      - action: update-server',
      '        server: "EX\\e]0;owned\\aB\\e[2K\\u009b2J\\u202e"',
      '        update: CU1',
      '',
    ].join('\n');
    write('repo/plans/hostile.runbook.yaml', runbook);
    const stylish = cli(['lint', 'hostile.runbook.yaml'], plans);
    assert.strictEqual(stylish.status, 1);
    assert.ok(
      stylish.stdout.includes('`EX\\u001b]0;owned\\u0007B\\u001b[2K\\u009b2J\\u202e` is not a server'),
      stylish.stdout,
    );
    assert.doesNotMatch(stylish.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const name = 'EX\u001b]0;owned\u0007B\u001b[2K\u009b2J\u202e';
    const json = cli(['lint', '--format', 'json', 'hostile.runbook.yaml'], plans);
    assert.doesNotMatch(json.stdout, /[\u0000-\u0009\u000b-\u001f]/);
    assert.ok((JSON.parse(json.stdout) as JsonReport[])[0].findings.some((f) => f.message.includes(`\`${name}\``)));
    const sarif = cli(['lint', '--format', 'sarif', 'hostile.runbook.yaml'], plans);
    assert.doesNotMatch(sarif.stdout, /[\u0000-\u0009\u000b-\u001f]/);
    assert.ok(
      JSON.parse(sarif.stdout).runs[0].results.some((r: { message: { text: string } }) =>
        r.message.text.includes(`\`${name}\``),
      ),
    );
  });

  it('checklist and schedule print a title, owner or notes holding ESC ] 0 ; … BEL as escapes, tabs and line breaks kept', () => {
    const hostile = '"EX\\e]0;owned\\aB\\e[2K\\u009b2J\\u202e\\tT"';
    const runbook = [
      'runbook: 1',
      `title: ${hostile}`,
      'asOf: 2026-11-23',
      'organization: {name: Contoso, mailboxes: 10}',
      'servers: []',
      'target: {platform: exchange-online, method: cutover}',
      'schedule: {start: "2026-12-05T08:00+01:00"}',
      'phases:',
      '  - id: p',
      '    title: P',
      '    steps:',
      '      - action: custom',
      `        title: ${hostile}`,
      `        owner: ${hostile}`,
      `        notes: ${hostile}`,
      '        duration: 1h',
      '',
    ].join('\n');
    write('repo/plans/hostile.runbook.yaml', runbook);
    for (const args of [
      ['checklist', 'hostile.runbook.yaml'],
      ['checklist', '--format', 'html', 'hostile.runbook.yaml'],
      ['checklist', '--format', 'change-request', 'hostile.runbook.yaml'],
      ['schedule', 'hostile.runbook.yaml'],
      ['schedule', '--format', 'csv', 'hostile.runbook.yaml'],
      ['schedule', '--format', 'ics', 'hostile.runbook.yaml'],
    ]) {
      const run = cli(args, plans);
      assert.strictEqual(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stdout, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/, args.join(' '));
      for (const escape of ['\\u001b', '\\u0007', '\\u009b', '\\u202e'])
        assert.ok(run.stdout.includes(escape), `${args.join(' ')}: ${escape} in ${run.stdout}`);
    }
    // The document's own layout stays: the tab in the notes, CRLF in iCalendar.
    assert.ok(cli(['checklist', 'hostile.runbook.yaml'], plans).stdout.includes('\\u202e\tT\n'));
    assert.match(cli(['schedule', '--format', 'ics', 'hostile.runbook.yaml'], plans).stdout, /^BEGIN:VCALENDAR\r\n/);
  });

  it('documentSafe keeps tab, CR, LF and a leading byte-order mark, and escapes a BOM anywhere else', () => {
    assert.strictEqual(documentSafe('\ufeffa\tb\r\nc\ufeff\u001b\u0085'), '\ufeffa\tb\r\nc\\ufeff\\u001b\\u0085');
    assert.strictEqual(documentSafe('x\ufeff'), 'x\\ufeff');
  });

  (POSIX ? it : it.skip)('a file name holding ESC is escaped in stylish output and on stderr', () => {
    write('repo/plans/odd\u001b[2K.runbook.yaml', 'runbook: 1\n');
    const stylish = cli(['lint', 'odd\u001b[2K.runbook.yaml'], plans);
    assert.ok(stylish.stdout.startsWith('odd\\u001b[2K.runbook.yaml:'), stylish.stdout);
    const missing = cli(['lint', 'gone\u001b]0;x\u0007.runbook.yaml'], plans);
    assert.deepStrictEqual(
      missing.stderr,
      'exchange-runbook: cannot read gone\\u001b]0;x\\u0007.runbook.yaml: no such file or directory\n',
    );
  });
});
