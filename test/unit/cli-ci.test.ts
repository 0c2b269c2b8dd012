// The command line as CI pipelines and pre-commit use it: --output-file, standard input,
// --quiet, --print-config, --fix-dry-run, colour control, the GitHub annotation format,
// and `new` printing a staged plan. Run as a child process, like cli.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULES } from '../../src/core/rules';
import { unifiedDiff } from '../../src/cli/diff';
import { escapeGithubData, escapeGithubProperty, formatGithub } from '../../src/cli/format';
import { version } from '../../package.json';
import { CLEAN_SE_RUNBOOK as CLEAN } from './helpers';
import { buildCli, CliRun, ROOT, runCli, writeUnder } from '../cli-helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');

type Run = CliRun;

/** The command with colour left to the terminal (NO_COLOR unset) and an empty stdin unless given. */
function cli(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): Run {
  return runCli(args, { ...options, env: { NO_COLOR: '', ...options.env }, input: options.input ?? '' });
}

/** The server misspelt on line 14, column 17: one `unknown-server` error with a fix. */
const TYPO = CLEAN.replace('        server: EXSE-A\n', '        server: EXSEA\n');
const ANSI = /\u001b\[/;

describe('exchange-runbook CLI in CI', function () {
  this.timeout(60000);
  let tmp: string;
  const write = (rel: string, content: string) => writeUnder(tmp, rel, content);

  before(buildCli);
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-runbook-ci-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('--output-file', () => {
    it('writes the report into the file (making its folder), nothing on stdout, and keeps the exit code', () => {
      write('typo.runbook.yaml', TYPO);
      const run = cli(['lint', '--format', 'sarif', '--output-file', 'reports/lint.sarif', 'typo.runbook.yaml'], {
        cwd: tmp,
      });
      assert.deepStrictEqual(
        { status: run.status, stdout: run.stdout, stderr: run.stderr },
        { status: 1, stdout: '', stderr: '' },
      );
      const sarif = JSON.parse(fs.readFileSync(path.join(tmp, 'reports', 'lint.sarif'), 'utf8'));
      assert.deepStrictEqual(
        sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId),
        ['unknown-server'],
      );
      assert.strictEqual(cli(['lint', '-o', 'clean.txt', 'typo.runbook.yaml'], { cwd: tmp }).status, 1);
      assert.match(fs.readFileSync(path.join(tmp, 'clean.txt'), 'utf8'), /^typo\.runbook\.yaml:14:17 +error/);
    });

    it('a file that cannot be written is exit 2 with one line', () => {
      write('typo.runbook.yaml', TYPO);
      fs.mkdirSync(path.join(tmp, 'taken'));
      const run = cli(['lint', '--output-file', 'taken', 'typo.runbook.yaml'], { cwd: tmp });
      assert.deepStrictEqual(run, {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: cannot write taken: is a directory\n',
      });
    });
  });

  describe('standard input', () => {
    it('`-` lints standard input; --stdin-filename names it and places its CSVs and config', () => {
      const staged = fs.readFileSync(path.join(FIXTURES, 'staged-two-waves.runbook.yaml'), 'utf8');
      const named = cli(
        ['lint', '--format', 'json', '-', '--stdin-filename', path.join(FIXTURES, 'piped.runbook.yaml')],
        { cwd: tmp, input: staged },
      );
      assert.strictEqual(named.status, 0, named.stdout + named.stderr);
      assert.deepStrictEqual(JSON.parse(named.stdout), [
        { file: path.join(FIXTURES, 'piped.runbook.yaml'), findings: [] },
      ]);
      // Without a name the CSVs are looked for in the working directory, where they are not.
      const anonymous = cli(['lint', '-'], { cwd: tmp, input: staged });
      assert.strictEqual(anonymous.status, 1);
      assert.match(anonymous.stdout, /^<stdin>:43:14 +error .* staged-csv$/m);
      // The config next to the named path applies.
      write('plans/.exchange-runbook.json', JSON.stringify({ rules: { 'unknown-server': 'off' } }));
      const configured = cli(['lint', '-', '--stdin-filename', 'plans/x.runbook.yaml'], { cwd: tmp, input: TYPO });
      assert.deepStrictEqual(configured, { status: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
    });

    it('mixes with files in the order given', () => {
      write('a.runbook.yaml', TYPO);
      write('b.runbook.yaml', CLEAN);
      const run = cli(['lint', '--format', 'json', 'a.runbook.yaml', '-', 'b.runbook.yaml', 'a.runbook.yaml'], {
        cwd: tmp,
        input: TYPO,
      });
      assert.deepStrictEqual(
        JSON.parse(run.stdout).map((r: { file: string }) => r.file),
        ['a.runbook.yaml', '<stdin>', 'b.runbook.yaml'],
      );
    });

    it('usage errors: `-` twice, --stdin-filename without `-`, --fix on standard input', () => {
      const cases: [string[], string][] = [
        [['lint', '-', '-'], 'standard input (`-`) can be read only once'],
        [
          ['lint', '--stdin-filename', 'x.runbook.yaml', 'y.runbook.yaml'],
          '--stdin-filename names the runbook read from standard input: give `-` as the file too',
        ],
        [['lint', '--fix', '-'], '--fix cannot write back to standard input; use --fix-dry-run to see the changes'],
      ];
      for (const [args, message] of cases) {
        assert.deepStrictEqual(
          cli(args, { cwd: tmp, input: TYPO }),
          { status: 2, stdout: '', stderr: `exchange-runbook: ${message}\n` },
          args.join(' '),
        );
      }
    });
  });

  describe('--quiet', () => {
    beforeEach(() => {
      fs.copyFileSync(path.join(FIXTURES, 'onprem-2007-to-2016.runbook.yaml'), path.join(tmp, 'onprem.runbook.yaml'));
      write('.exchange-runbook.json', JSON.stringify({ rules: { 'end-of-support': 'warning' } }));
    });

    it('shows errors only: a run with one warning prints nothing and exits 0', () => {
      assert.match(
        cli(['lint', 'onprem.runbook.yaml'], { cwd: tmp }).stdout,
        /1 problem \(0 errors, 1 warning, 0 info\)/,
      );
      assert.deepStrictEqual(cli(['lint', '--quiet', 'onprem.runbook.yaml'], { cwd: tmp }), {
        status: 0,
        stdout: '',
        stderr: '',
      });
      assert.deepStrictEqual(
        JSON.parse(cli(['lint', '-q', '--format', 'json', 'onprem.runbook.yaml'], { cwd: tmp }).stdout),
        [{ file: 'onprem.runbook.yaml', findings: [] }],
      );
    });

    it('--max-warnings still counts the hidden warnings', () => {
      const run = cli(['lint', '--quiet', '--max-warnings', '0', 'onprem.runbook.yaml'], { cwd: tmp });
      assert.deepStrictEqual(run, {
        status: 1,
        stdout: 'Too many warnings (1); at most 0 allowed (--max-warnings).\n',
        stderr: '',
      });
      assert.strictEqual(
        cli(['lint', '--quiet', '--max-warnings', '1', 'onprem.runbook.yaml'], { cwd: tmp }).status,
        0,
      );
    });

    it('keeps errors', () => {
      write('typo.runbook.yaml', TYPO);
      const run = cli(['lint', '--quiet', 'typo.runbook.yaml', 'onprem.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 1);
      assert.deepStrictEqual(
        run.stdout
          .split('\n')
          .filter((l) => l.includes(':'))
          .map((l) => l.split(/\s+/)[0]),
        ['typo.runbook.yaml:14:17'],
      );
    });
  });

  describe('--print-config', () => {
    type Printed = {
      file: string;
      configFile: string | null;
      configFrom: string;
      asOf: string;
      asOfFrom: string;
      root: string;
      rootFrom: string;
      rules: Record<string, { severity: string; from: string }>;
    };
    const printed = (args: string[], cwd = tmp): Printed => {
      const run = cli(['lint', ...args], { cwd });
      assert.strictEqual(run.status, 0, run.stderr);
      return JSON.parse(run.stdout);
    };

    it('names the nearest config file and gives every rule its severity and source', () => {
      write(
        '.exchange-runbook.json',
        JSON.stringify({ rules: { 'hybrid-size': 'off', 'end-of-support': 'error' }, asOf: '2027-01-15' }),
      );
      write('plans/a.runbook.yaml', CLEAN);
      const config = printed(['--print-config', 'plans/a.runbook.yaml']);
      assert.strictEqual(config.file, 'plans/a.runbook.yaml');
      assert.strictEqual(config.configFile, '.exchange-runbook.json');
      assert.strictEqual(config.configFrom, 'nearest');
      assert.deepStrictEqual([config.asOf, config.asOfFrom], ['2027-01-15', 'config']);
      assert.deepStrictEqual(
        Object.keys(config.rules),
        RULES.map((r) => r.id),
      );
      assert.deepStrictEqual(config.rules['hybrid-size'], { severity: 'off', from: 'config' });
      assert.deepStrictEqual(config.rules['end-of-support'], { severity: 'error', from: 'config' });
      assert.deepStrictEqual(config.rules.coexistence, { severity: 'error', from: 'default' });
      // --as-of wins over the config's date.
      assert.deepStrictEqual(
        printed(['--as-of', '2028-02-29', '--print-config', 'plans/a.runbook.yaml']).asOfFrom,
        '--as-of',
      );
    });

    it("without a config: the runbook's own asOf, else today; --config names its file", () => {
      write('a.runbook.yaml', CLEAN);
      const own = printed(['--print-config', 'a.runbook.yaml']);
      assert.deepStrictEqual(
        [own.configFile, own.configFrom, own.asOf, own.asOfFrom],
        [null, 'none', '2026-11-23', 'runbook'],
      );
      const missing = printed(['--print-config', 'not-yet.runbook.yaml']);
      assert.strictEqual(missing.asOfFrom, 'today');
      assert.match(missing.asOf, /^\d{4}-\d{2}-\d{2}$/);
      write('ci.json', JSON.stringify({ rules: { 'source-remains': 'info' } }));
      const explicit = printed(['--config', 'ci.json', '--print-config', 'a.runbook.yaml']);
      assert.deepStrictEqual(
        [explicit.configFile, explicit.configFrom, explicit.rules['source-remains'].severity],
        ['ci.json', '--config', 'info'],
      );
    });

    it('gives the root lint reads named files inside: --root, else the runbook’s own root', () => {
      write('plans/a.runbook.yaml', CLEAN);
      const own = printed(['--print-config', 'plans/a.runbook.yaml']);
      assert.deepStrictEqual([own.root, own.rootFrom], ['plans', 'runbook']);
      // A config file beside the working directory makes that the runbook's root.
      write('.exchange-runbook.json', '{}');
      const marked = printed(['--print-config', 'plans/a.runbook.yaml']);
      assert.deepStrictEqual([marked.root, marked.rootFrom], ['.', 'runbook']);
      const given = printed(['--root', 'plans', '--print-config', 'plans/a.runbook.yaml']);
      assert.deepStrictEqual([given.root, given.rootFrom], ['plans', '--root']);
      // --root is checked as for lint: not a directory is exit 2.
      const bad = cli(['lint', '--root', 'nowhere', '--print-config', 'plans/a.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(bad.status, 2);
      assert.match(bad.stderr, /^exchange-runbook: --root must be a directory: /);
    });

    it('takes no other files, and a broken config is exit 2', () => {
      assert.deepStrictEqual(cli(['lint', '--print-config', 'a.runbook.yaml', 'b.runbook.yaml'], { cwd: tmp }), {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: --print-config takes the one runbook path as its value; give no other files\n',
      });
      write('.exchange-runbook.json', '{"rules": {"hybird-size": "off"}}');
      const run = cli(['lint', '--print-config', 'a.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 2);
      assert.match(run.stderr, /unknown rule `hybird-size`/);
    });
  });

  describe('fixes withdrawn (they failed their proof)', () => {
    // A listed server name with a bidi override (U+202E): the fixes that would copy it into new steps add errors.
    const withdrawing = () =>
      fs
        .readFileSync(path.join(FIXTURES, 'scenarios', 'combined-mistakes-onprem.runbook.yaml'), 'utf8')
        .replace('  - name: CB-EX07B', '  - name: \u202eCB-EX07B');
    const LINES = [
      'w.runbook.yaml: fix withdrawn (it would add errors): Append steps that retire \\u202eCB-EX07B  source-remains',
      'w.runbook.yaml: fix withdrawn (it would add errors): Insert the transition through Exchange 2013 before phase `go`: install CB-EX13-01, move everything off CB-EX07A and \\u202eCB-EX07B and decommission them  coexistence',
      'w.runbook.yaml: fix withdrawn (it would add errors): Insert an `update-server` step that brings \\u202eCB-EX07B to Exchange 2007 SP3 RU23  coexistence-update',
    ];

    it('stylish: one line per withdrawn fix, its control characters escaped; --fix says why it left them', () => {
      write('w.runbook.yaml', withdrawing());
      for (const extra of [[], ['--fix']]) {
        const run = cli(['lint', '--as-of', '2026-11-23', '--no-color', ...extra, 'w.runbook.yaml'], { cwd: tmp });
        assert.strictEqual(run.status, 1, run.stderr);
        const lines = run.stdout.split('\n').filter((l) => l.includes('fix withdrawn'));
        assert.deepStrictEqual(lines, LINES);
        assert.ok(!run.stdout.includes('\u202e'), 'no raw bidi override reaches the terminal');
      }
    });

    it('json: `fixesWithdrawn` with rule, reason and title; absent when nothing was withdrawn', () => {
      write('w.runbook.yaml', withdrawing());
      write('clean.runbook.yaml', CLEAN);
      const run = cli(['lint', '--as-of', '2026-11-23', '--format', 'json', 'w.runbook.yaml', 'clean.runbook.yaml'], {
        cwd: tmp,
      });
      const [withdrawn, clean] = JSON.parse(run.stdout) as { fixesWithdrawn?: unknown }[];
      assert.deepStrictEqual(withdrawn.fixesWithdrawn, [
        { ruleId: 'source-remains', reason: 'errors', title: 'Append steps that retire \u202eCB-EX07B' },
        {
          ruleId: 'coexistence',
          reason: 'errors',
          title:
            'Insert the transition through Exchange 2013 before phase `go`: install CB-EX13-01, move everything off CB-EX07A and \u202eCB-EX07B and decommission them',
        },
        {
          ruleId: 'coexistence-update',
          reason: 'errors',
          title: 'Insert an `update-server` step that brings \u202eCB-EX07B to Exchange 2007 SP3 RU23',
        },
      ]);
      assert.ok(!('fixesWithdrawn' in clean));
    });
  });

  describe('--fix-dry-run', () => {
    it('shows the diff --fix would apply, writes nothing, and exits as --fix would', () => {
      const file = write('typo.runbook.yaml', TYPO);
      const run = cli(['lint', '--fix-dry-run', 'typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(fs.readFileSync(file, 'utf8'), TYPO);
      assert.strictEqual(run.status, 0, run.stdout);
      assert.strictEqual(
        run.stdout,
        [
          '--- a/typo.runbook.yaml',
          '+++ b/typo.runbook.yaml',
          '@@ -11,5 +11,5 @@',
          '     title: Tidy up',
          '     steps:',
          '       - action: update-server',
          '-        server: EXSEA',
          '+        server: EXSE-A',
          '         update: CU1',
          '',
          '1 fix would be applied in 1 file (--fix-dry-run: nothing written).',
          'No problems in 1 file.',
          '',
        ].join('\n'),
      );
    });

    it('json: `output` is exactly what --fix writes; files without fixes have none', () => {
      const crlf = TYPO.replace(/\n/g, '\r\n');
      write('typo.runbook.yaml', crlf);
      write('clean.runbook.yaml', CLEAN);
      const dry = JSON.parse(
        cli(['lint', '--fix-dry-run', '--format', 'json', 'typo.runbook.yaml', 'clean.runbook.yaml'], { cwd: tmp })
          .stdout,
      );
      assert.strictEqual(cli(['lint', '--fix', 'typo.runbook.yaml'], { cwd: tmp }).status, 0);
      assert.strictEqual(dry[0].output, fs.readFileSync(path.join(tmp, 'typo.runbook.yaml'), 'utf8'));
      assert.ok(dry[0].output.includes('server: EXSE-A\r\n'));
      assert.deepStrictEqual(dry[1], { file: 'clean.runbook.yaml', findings: [] });
    });

    it('works on standard input; not with --fix, sarif or github', () => {
      const piped = cli(['lint', '--fix-dry-run', '-', '--stdin-filename', 'p.runbook.yaml'], {
        cwd: tmp,
        input: TYPO,
      });
      assert.match(piped.stdout, /^--- a\/p\.runbook\.yaml\n\+\+\+ b\/p\.runbook\.yaml\n/);
      const cases: [string[], string][] = [
        [
          ['--fix', '--fix-dry-run'],
          '--fix writes the files and --fix-dry-run only shows what it would change: give one of them',
        ],
        [
          ['--fix-dry-run', '--format', 'sarif'],
          '--fix-dry-run shows its changes in the stylish (a diff) or json (`output`) format, not sarif',
        ],
        [
          ['--fix-dry-run', '--format', 'github'],
          '--fix-dry-run shows its changes in the stylish (a diff) or json (`output`) format, not github',
        ],
      ];
      for (const [args, message] of cases) {
        assert.deepStrictEqual(cli(['lint', ...args, 'x.runbook.yaml'], { cwd: tmp }), {
          status: 2,
          stdout: '',
          stderr: `exchange-runbook: ${message}\n`,
        });
      }
    });
  });

  describe('colour', () => {
    beforeEach(() => write('typo.runbook.yaml', TYPO));
    const colored = (args: string[], env: Record<string, string> = {}) =>
      ANSI.test(cli(['lint', ...args, 'typo.runbook.yaml'], { cwd: tmp, env }).stdout);

    it('none into a pipe; FORCE_COLOR forces it unless NO_COLOR is set', () => {
      assert.strictEqual(colored([]), false);
      assert.strictEqual(colored([], { FORCE_COLOR: '1' }), true);
      assert.strictEqual(colored([], { FORCE_COLOR: '1', NO_COLOR: '1' }), false);
    });

    it('--color and --no-color win over the environment; the last one given counts', () => {
      assert.strictEqual(colored(['--color'], { NO_COLOR: '1' }), true);
      assert.strictEqual(colored(['--no-color'], { FORCE_COLOR: '1' }), false);
      assert.strictEqual(colored(['--color', '--no-color']), false);
      assert.strictEqual(colored(['--no-color', '--color']), true);
    });

    it('never into --output-file unless --color asks for it', () => {
      cli(['lint', '-o', 'plain.txt', 'typo.runbook.yaml'], { cwd: tmp, env: { FORCE_COLOR: '1' } });
      assert.strictEqual(ANSI.test(fs.readFileSync(path.join(tmp, 'plain.txt'), 'utf8')), false);
      cli(['lint', '-o', 'painted.txt', '--color', 'typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(ANSI.test(fs.readFileSync(path.join(tmp, 'painted.txt'), 'utf8')), true);
    });
  });

  describe('--format github', () => {
    it('one workflow command per finding, with the range and the rule id as title', () => {
      write('plans/typo.runbook.yaml', TYPO);
      const run = cli(['lint', '--format', 'github', 'plans/typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 1);
      assert.strictEqual(
        run.stdout,
        '::error file=plans/typo.runbook.yaml,line=14,col=17,endLine=14,endColumn=22,title=unknown-server::' +
          '`EXSEA` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `EXSE-A`?)\n',
      );
      assert.strictEqual(
        cli(['lint', '--format', 'github', path.join(tmp, 'plans', 'typo.runbook.yaml')], { cwd: tmp }).stdout,
        run.stdout,
      );
    });

    it('info findings are notices, warnings warnings; clean files print nothing', () => {
      fs.copyFileSync(path.join(FIXTURES, 'onprem-2007-to-2016.runbook.yaml'), path.join(tmp, 'onprem.runbook.yaml'));
      write('clean.runbook.yaml', CLEAN);
      assert.match(
        cli(['lint', '--format', 'github', 'onprem.runbook.yaml', 'clean.runbook.yaml'], { cwd: tmp }).stdout,
        /^::notice file=onprem\.runbook\.yaml,line=\d+,.*title=end-of-support::[^\n]+\n$/,
      );
      write('.exchange-runbook.json', JSON.stringify({ rules: { 'end-of-support': 'warning' } }));
      assert.match(cli(['lint', '--format', 'github', 'onprem.runbook.yaml'], { cwd: tmp }).stdout, /^::warning file=/);
    });

    it('escapes as GitHub documents: % CR LF in the message, and : , in properties too', () => {
      assert.strictEqual(escapeGithubData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
      assert.strictEqual(
        escapeGithubProperty('C:\\runbooks\\a,b%.runbook.yaml\n'),
        'C%3A\\runbooks\\a%2Cb%25.runbook.yaml%0A',
      );
      const out = formatGithub(
        [
          {
            file: 'odd, name: 1%.runbook.yaml',
            findings: [
              {
                ruleId: 'schema',
                severity: 'error',
                message: 'two\nlines',
                range: { line: 1, column: 1, endLine: 2, endColumn: 3 },
              } as never,
            ],
          },
        ],
        tmp,
      );
      assert.strictEqual(
        out,
        '::error file=odd%2C name%3A 1%25.runbook.yaml,line=1,col=1,endLine=2,endColumn=3,title=schema::two%0Alines\n',
      );
    });
  });

  describe('options anywhere', () => {
    it('`lint -v` and `lint --version` print the version, as --help lists', () => {
      assert.deepStrictEqual(cli(['lint', '-v']), { status: 0, stdout: `${version}\n`, stderr: '' });
      assert.deepStrictEqual(cli(['lint', 'x.runbook.yaml', '--version']), {
        status: 0,
        stdout: `${version}\n`,
        stderr: '',
      });
    });

    it('a negative number is a bad value, not "ambiguous"', () => {
      assert.deepStrictEqual(cli(['new', '--source', '2007', '--mailboxes', '-5']), {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: new: the number of mailboxes must be a whole number from 1 to 1000000, not `-5`\n',
      });
      assert.deepStrictEqual(cli(['lint', '--max-warnings', '-1', 'x.runbook.yaml']), {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: --max-warnings must be a whole number >= 0, not `-1`\n',
      });
    });
  });

  describe('`new` to stdout with staged batches', () => {
    const staged = [
      'new',
      '--source',
      '2007',
      '--mailboxes',
      '300',
      '--method',
      'staged',
      '--name',
      'Contoso',
      '--as-of',
      '2026-11-23',
    ];

    it('writes no CSV and says on stderr which CSVs the runbook expects and how to get them (exit 0)', () => {
      const run = cli(staged, { cwd: tmp });
      assert.strictEqual(run.status, 0);
      assert.match(run.stdout, /csv: contoso-wave1\.csv/);
      assert.strictEqual(
        run.stderr,
        'note: the runbook reads the staged-migration CSV files contoso-wave1.csv, contoso-wave2.csv next to itself; they were not written. ' +
          'Add --csv-dir DIR (the folder you save the runbook in) to write their templates, or use --out FILE to write the runbook and the CSV files together.\n',
      );
      assert.deepStrictEqual(fs.readdirSync(tmp), []);
    });

    it('with --csv-dir writes them there, silently, and the saved runbook lints clean', () => {
      const run = cli([...staged, '--csv-dir', 'plans'], { cwd: tmp });
      assert.deepStrictEqual([run.status, run.stderr], [0, '']);
      assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'plans')).sort(), [
        'contoso-wave1.csv',
        'contoso-wave2.csv',
      ]);
      write('plans/contoso.runbook.yaml', run.stdout);
      assert.strictEqual(cli(['lint', '--quiet', 'plans/contoso.runbook.yaml'], { cwd: tmp }).status, 0);
    });

    it('a plan without CSVs prints no note', () => {
      assert.strictEqual(cli(['new', '--source', '2007', '--mailboxes', '30'], { cwd: tmp }).stderr, '');
    });
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    assert.strictEqual(unifiedDiff('f', 'a\nb\n', 'a\nb\n'), '');
  });

  it('keeps three lines of context and joins changes whose context overlaps', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 5\n', 'five\n').replace('line 9\n', 'nine\n').replace('line 18\n', '');
    assert.strictEqual(
      unifiedDiff('f', before, after),
      [
        '--- a/f',
        '+++ b/f',
        '@@ -2,11 +2,11 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+five',
        ' line 6',
        ' line 7',
        ' line 8',
        '-line 9',
        '+nine',
        ' line 10',
        ' line 11',
        ' line 12',
        '@@ -15,6 +15,5 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a newline, and an insertion into an empty text', () => {
    assert.strictEqual(
      unifiedDiff('f', 'a', 'a\n'),
      '--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+a\n',
    );
    assert.strictEqual(unifiedDiff('f', '', 'x\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n');
  });
});
