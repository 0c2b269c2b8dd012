// The built `exchange-runbook` command, run as users and CI run it: a child process with
// arguments, exit code, stdout and stderr.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { RULES } from '../../src/core/rules';
import { version } from '../../package.json';
import { buildCli, CLEAN_RUNBOOK, CliRun, ROOT, runCli, TYPO_RUNBOOK, writeUnder } from '../cli-helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SARIF_SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

type Run = CliRun;
const cli = runCli;

function json(run: Run): { file: string; findings: Record<string, unknown>[] }[] {
  return JSON.parse(run.stdout);
}

const CLEAN = CLEAN_RUNBOOK;
const TYPO = TYPO_RUNBOOK;
const TYPO_MESSAGE =
  '`EXSEA` is not a server of this organization: it is neither listed under `servers` nor installed by a step (did you mean `EXSE-A`?)';

/**
 * The SARIF 2.1.0 (rtm.5) JSON schema as @microsoft/jest-sarif ships it: draft-04, so the
 * draft-04 Ajv; one `pattern` in it (`language`) is not valid with the `u` flag.
 */
function sarifValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
}

let tmp: string;
const write = (rel: string, content: string | Buffer) => writeUnder(tmp, rel, content);

describe('exchange-runbook CLI', function () {
  this.timeout(60000);

  before(buildCli);
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-runbook-cli-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  describe('help, version and usage errors', () => {
    it('prints the package version', () => {
      const run = cli(['--version']);
      assert.deepStrictEqual(run, { status: 0, stdout: `${version}\n`, stderr: '' });
    });

    it('prints help with every command', () => {
      const run = cli(['--help']);
      assert.strictEqual(run.status, 0);
      assert.strictEqual(run.stderr, '');
      for (const text of [
        'exchange-runbook <command>',
        'lint [options] <file|dir|glob>',
        'rules',
        'checklist <file>',
        '--max-warnings N',
      ]) {
        assert.ok(run.stdout.includes(text), `help lacks ${text}`);
      }
      assert.strictEqual(cli(['lint', '--help']).stdout, run.stdout);
    });

    it('exits 2 with one line for no command, an unknown command, an unknown option and bad option values', () => {
      const cases: [string[], string][] = [
        [[], 'exchange-runbook: no command given; run `exchange-runbook --help`\n'],
        [['frobnicate'], 'exchange-runbook: unknown command `frobnicate`; run `exchange-runbook --help`\n'],
        [
          ['lint', '--bogus', 'x.runbook.yaml'],
          "exchange-runbook: Unknown option '--bogus'; run `exchange-runbook --help`\n",
        ],
        [
          ['lint', '--format', 'xml', 'x.runbook.yaml'],
          'exchange-runbook: --format must be stylish, json, sarif or github, not `xml`\n',
        ],
        [
          ['lint', '--as-of', '2026-02-30', 'x.runbook.yaml'],
          'exchange-runbook: --as-of must be a date as YYYY-MM-DD, not `2026-02-30`\n',
        ],
        [
          ['lint', '--max-warnings', 'many', 'x.runbook.yaml'],
          'exchange-runbook: --max-warnings must be a whole number >= 0, not `many`\n',
        ],
        [['lint', '--locale', 'de', 'x.runbook.yaml'], 'exchange-runbook: --locale must be en or sv, not `de`\n'],
        [['lint'], 'exchange-runbook: no files given: exchange-runbook lint <file|dir|glob>...\n'],
      ];
      for (const [args, stderr] of cases) {
        assert.deepStrictEqual(cli(args), { status: 2, stdout: '', stderr }, args.join(' '));
      }
    });

    it('exits 2 with one line for a missing file, and prints no partial report', () => {
      write('ok.runbook.yaml', CLEAN);
      const run = cli(['lint', 'ok.runbook.yaml', 'missing.runbook.yaml'], { cwd: tmp });
      assert.deepStrictEqual(run, {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: cannot read missing.runbook.yaml: no such file or directory\n',
      });
    });
  });

  describe('exit codes and bad input', () => {
    it('exits 0 for a clean runbook and 1 for one with an error', () => {
      write('clean.runbook.yaml', CLEAN);
      write('typo.runbook.yaml', TYPO);
      assert.deepStrictEqual(cli(['lint', 'clean.runbook.yaml'], { cwd: tmp }), {
        status: 0,
        stdout: 'No problems in 1 file.\n',
        stderr: '',
      });
      const run = cli(['lint', 'typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      assert.strictEqual(
        run.stdout,
        `typo.runbook.yaml:15:17  error  ${TYPO_MESSAGE}  unknown-server\n\n1 problem (1 error, 0 warnings, 0 info) in 1 file.\n`,
      );
    });

    it('reports an empty file, a binary file and broken YAML as findings: exit 1, nothing on stderr', () => {
      write('empty.runbook.yaml', '');
      write(
        'binary.runbook.yaml',
        Buffer.from([
          0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe,
        ]),
      );
      write('broken.runbook.yaml', 'runbook: 1\ntitle: [unclosed\n');
      const run = cli(
        ['lint', '--format', 'json', 'empty.runbook.yaml', 'binary.runbook.yaml', 'broken.runbook.yaml'],
        { cwd: tmp },
      );
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      const summary = json(run).map((r) => [
        r.file,
        r.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`),
      ]);
      assert.deepStrictEqual(summary, [
        ['empty.runbook.yaml', ['1:1 error schema']],
        ['binary.runbook.yaml', ['1:1 error yaml-syntax']],
        ['broken.runbook.yaml', ['3:1 error yaml-syntax']],
      ]);
      assert.strictEqual(json(run)[1].findings[0].message, 'YAML syntax: the file is binary, not YAML text');
    });

    it('fails on warnings only beyond --max-warnings', () => {
      write('typo.runbook.yaml', TYPO);
      const config = write('warn.json', JSON.stringify({ rules: { 'unknown-server': 'warning' } }));
      const base = ['lint', '--config', config, 'typo.runbook.yaml'];
      assert.strictEqual(cli(base, { cwd: tmp }).status, 0);
      assert.strictEqual(cli([...base, '--max-warnings', '1'], { cwd: tmp }).status, 0);
      const over = cli([...base, '--max-warnings', '0'], { cwd: tmp });
      assert.strictEqual(over.status, 1);
      assert.strictEqual(over.stderr, '');
      assert.ok(over.stdout.endsWith('Too many warnings (1); at most 0 allowed (--max-warnings).\n'), over.stdout);
      assert.strictEqual(cli([...base, '--max-warnings=0', '--format', 'json'], { cwd: tmp }).status, 1);
    });
  });

  describe('formats', () => {
    it('prints the spec’s JSON array for the shared examples', () => {
      const run = cli(['lint', '--format', 'json', 'test/fixtures']);
      assert.strictEqual(run.stderr, '');
      assert.strictEqual(run.status, 1, 'the invalid example has an error');
      const reports = json(run);
      const files = reports.map((r) => r.file);
      assert.deepStrictEqual(files, [...files].sort(), 'files in a stable order');
      for (const name of [
        'cutover-small',
        'hybrid-2007',
        'invalid-2016-over-2007',
        'onprem-2007-to-2016',
        'staged-two-waves',
      ]) {
        assert.ok(files.includes(`test/fixtures/${name}.runbook.yaml`), name);
      }
      assert.ok(
        files.every((f) => f.startsWith('test/fixtures/') && f.endsWith('.runbook.yaml')),
        files.join(', '),
      );
      for (const report of reports) {
        assert.deepStrictEqual(Object.keys(report), ['file', 'findings']);
        for (const f of report.findings) {
          assert.deepStrictEqual(Object.keys(f), [
            'ruleId',
            'severity',
            'message',
            'line',
            'column',
            'endLine',
            'endColumn',
            'fixable',
          ]);
          assert.ok(['error', 'warning', 'info'].includes(f.severity as string));
          for (const key of ['line', 'column', 'endLine', 'endColumn'])
            assert.ok(Number.isInteger(f[key]) && (f[key] as number) >= 1, key);
          assert.strictEqual(typeof f.fixable, 'boolean');
          assert.strictEqual(typeof f.message, 'string');
        }
        if (!report.file.includes('invalid')) {
          const broken = report.findings.filter((f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax');
          assert.deepStrictEqual(broken, [], report.file);
        }
      }
      const invalid = reports
        .find((r) => r.file === 'test/fixtures/invalid-2016-over-2007.runbook.yaml')!
        .findings.find((f) => f.ruleId === 'coexistence');
      assert.ok(invalid, 'coexistence finding in the invalid example');
      assert.deepStrictEqual(
        [invalid!.severity, invalid!.line, invalid!.column, invalid!.fixable],
        ['error', 31, 9, true],
      );
    });

    it('prints stylish lines as file:line:col  severity  message  rule-id, coloured only when asked and allowed', () => {
      write('typo.runbook.yaml', TYPO);
      const plain = cli(['lint', 'typo.runbook.yaml'], { cwd: tmp });
      assert.match(plain.stdout.split('\n')[0], /^typo\.runbook\.yaml:15:17 {2}error {2}`EXSEA` .+ {2}unknown-server$/);
      assert.ok(!plain.stdout.includes('\u001b['), 'no ANSI codes with NO_COLOR');
      const coloured = cli(['lint', 'typo.runbook.yaml'], { cwd: tmp, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      assert.ok(coloured.stdout.includes('\u001b[31merror\u001b[0m'), coloured.stdout);
      assert.ok(coloured.stdout.includes('\u001b[2munknown-server\u001b[0m'));
      const both = cli(['lint', 'typo.runbook.yaml'], { cwd: tmp, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
      assert.strictEqual(both.stdout, plain.stdout, 'NO_COLOR wins');
      // Not a TTY (a pipe here) and nothing forced: no colour.
      assert.strictEqual(cli(['lint', 'typo.runbook.yaml'], { cwd: tmp, env: { NO_COLOR: '' } }).stdout, plain.stdout);
    });

    it('prints SARIF 2.1.0 that validates against the official schema and points at the findings', () => {
      write('runbooks/typo.runbook.yaml', TYPO);
      fs.copyFileSync(
        path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'),
        path.join(tmp, 'runbooks', 'invalid.runbook.yaml'),
      );
      write('runbooks/empty.runbook.yaml', '');
      const run = cli(['lint', '--format', 'sarif', 'runbooks'], { cwd: tmp });
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      const log = JSON.parse(run.stdout) as Sarif.Log;

      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

      assert.strictEqual(log.version, '2.1.0');
      const [sarifRun] = log.runs;
      const driver = sarifRun.tool.driver;
      assert.deepStrictEqual(
        [driver.name, driver.version, driver.informationUri],
        ['exchange-runbook', version, 'https://github.com/exchange-runbook/exchange-runbook'],
      );
      assert.deepStrictEqual(
        driver.rules!.map((r) => r.id),
        RULES.map((r) => r.id),
      );
      for (const [i, rule] of driver.rules!.entries()) {
        assert.strictEqual(
          rule.helpUri,
          `https://github.com/exchange-runbook/exchange-runbook/blob/main/docs/rules/${rule.id}.md`,
        );
        assert.ok(rule.shortDescription?.text);
        const expected = { error: 'error', warning: 'warning', info: 'note' }[RULES[i].defaultSeverity];
        assert.strictEqual(rule.defaultConfiguration?.level, expected, rule.id);
      }
      const results = sarifRun.results!;
      for (const result of results) {
        assert.strictEqual(driver.rules![result.ruleIndex!].id, result.ruleId);
        assert.ok(['error', 'warning', 'note'].includes(result.level!));
      }
      const typo = results.find((r) => r.ruleId === 'unknown-server')!;
      assert.deepStrictEqual(typo.message, { text: TYPO_MESSAGE });
      assert.deepStrictEqual(typo.locations, [
        {
          physicalLocation: {
            artifactLocation: { uri: 'runbooks/typo.runbook.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 15, startColumn: 17, endLine: 15, endColumn: 22 },
          },
        },
      ]);
      const empty = results.find(
        (r) => r.locations![0].physicalLocation!.artifactLocation!.uri === 'runbooks/empty.runbook.yaml',
      )!;
      assert.deepStrictEqual([empty.ruleId, empty.level], ['schema', 'error']);
      assert.ok(
        results.some((r) => r.ruleId === 'coexistence' && r.locations![0].physicalLocation!.region!.startLine === 31),
      );
    });

    it('prints valid SARIF with no results for a clean run', () => {
      write('clean.runbook.yaml', CLEAN);
      const run = cli(['lint', '--format', 'sarif', 'clean.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 0);
      const log = JSON.parse(run.stdout) as Sarif.Log;
      assert.deepStrictEqual(log.runs[0].results, []);
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors));
    });
  });

  describe('--fix', () => {
    it('writes the fix into the file, keeping the BOM, CRLF line endings and comments', () => {
      const original = '\ufeff' + TYPO.replace(/\n/g, '\r\n');
      const file = write('typo.runbook.yaml', original);
      const run = cli(['lint', '--fix', 'typo.runbook.yaml'], { cwd: tmp });
      assert.deepStrictEqual(run, {
        status: 0,
        stdout: '1 fix applied in 1 file.\nNo problems in 1 file.\n',
        stderr: '',
      });
      const fixed = fs.readFileSync(file, 'utf8');
      assert.strictEqual(
        fixed,
        original.replace('server: EXSEA   # typo on purpose', 'server: EXSE-A   # typo on purpose'),
      );
      assert.ok(fixed.startsWith('\ufeff# Contoso'));
      assert.strictEqual(fixed.split('\r\n').length, TYPO.split('\n').length);
      // Stable: a second run changes nothing.
      assert.deepStrictEqual(cli(['lint', '--fix', 'typo.runbook.yaml'], { cwd: tmp }), {
        status: 0,
        stdout: 'No problems in 1 file.\n',
        stderr: '',
      });
      assert.strictEqual(fs.readFileSync(file, 'utf8'), fixed);
    });

    it('reports what remains after fixing, and leaves files without fixes untouched', () => {
      const text = TYPO.replace('    version: SE\n', '    version: SE\n  - name: EXSE-B\n    version: SE\n').replace(
        '        update: CU1\n',
        '        update: CU1\n      - action: decommission\n        server: EX-GONE\n',
      );
      const file = write('two.runbook.yaml', text);
      const clean = write('clean.runbook.yaml', CLEAN);
      const before = fs.statSync(clean).mtimeMs;
      const run = cli(['lint', '--fix', '--format', 'json', 'two.runbook.yaml', 'clean.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 1);
      const remaining = json(run)[0].findings.filter((f) => f.ruleId === 'unknown-server');
      assert.deepStrictEqual(
        remaining.map((f) => [f.line, f.column, f.fixable]),
        [[20, 17, false]],
      );
      assert.ok(fs.readFileSync(file, 'utf8').includes('        server: EXSE-A   # typo on purpose\n'));
      assert.strictEqual(fs.statSync(clean).mtimeMs, before);
    });
  });

  describe('configuration', () => {
    it('uses the nearest .exchange-runbook.json, up to the filesystem root', () => {
      write('.exchange-runbook.json', JSON.stringify({ rules: { 'unknown-server': 'warning' } }));
      write('team/typo.runbook.yaml', TYPO);
      write('team/strict/.exchange-runbook.json', JSON.stringify({ rules: { 'unknown-server': 'off' } }));
      write('team/strict/typo.runbook.yaml', TYPO);
      write('other/typo.runbook.yaml', TYPO);
      const run = cli(['lint', '--format', 'json', 'team', 'other'], { cwd: tmp });
      assert.strictEqual(run.status, 0, run.stdout);
      assert.deepStrictEqual(
        json(run).map((r) => [r.file, r.findings.map((f) => `${f.ruleId} ${f.severity}`)]),
        [
          ['team/strict/typo.runbook.yaml', []],
          ['team/typo.runbook.yaml', ['unknown-server warning']],
          ['other/typo.runbook.yaml', ['unknown-server warning']],
        ],
      );
    });

    it('takes asOf from the config; --as-of wins over it', () => {
      const text = CLEAN.replace('asOf: 2026-11-23\n', '')
        .replace(/version: SE/g, 'version: "2019"')
        .replace('update: CU1', 'update: CU15');
      write('r.runbook.yaml', text);
      write('.exchange-runbook.json', JSON.stringify({ asOf: '2025-01-01' }));
      const eos = (run: Run) => json(run)[0].findings.filter((f) => f.ruleId === 'end-of-support').length;
      assert.strictEqual(
        eos(cli(['lint', '--format', 'json', 'r.runbook.yaml'], { cwd: tmp })),
        0,
        'Exchange 2019 is supported on 2025-01-01',
      );
      assert.ok(
        eos(cli(['lint', '--format', 'json', '--as-of', '2026-11-23', 'r.runbook.yaml'], { cwd: tmp })) > 0,
        'and past support on 2026-11-23',
      );
    });

    it('exits 2 with one line for a broken config', () => {
      write('typo.runbook.yaml', TYPO);
      const cases: [string, RegExp][] = [
        ['{ "rules": ', /^exchange-runbook: .*\.exchange-runbook\.json: not valid JSON: .+\n$/],
        [
          '{ "rules": { "unknown-server": "fatal" } }',
          /^exchange-runbook: .*\.exchange-runbook\.json: severity of `unknown-server` must be off, info, warning or error, not `"fatal"`\n$/,
        ],
        [
          '{ "rules": { "no-such-rule": "off" } }',
          /^exchange-runbook: .*\.exchange-runbook\.json: unknown rule `no-such-rule`; run `exchange-runbook rules` for the list\n$/,
        ],
        [
          '{ "rule": {} }',
          /^exchange-runbook: .*\.exchange-runbook\.json: unknown key `rule` \(allowed: rules, asOf\)\n$/,
        ],
        [
          '{ "asOf": "next week" }',
          /^exchange-runbook: .*\.exchange-runbook\.json: `asOf` must be a date as YYYY-MM-DD, not `"next week"`\n$/,
        ],
        ['[]', /^exchange-runbook: .*\.exchange-runbook\.json: the config must be a JSON object\n$/],
      ];
      for (const [content, stderr] of cases) {
        write('.exchange-runbook.json', content);
        const run = cli(['lint', 'typo.runbook.yaml'], { cwd: tmp });
        assert.strictEqual(run.status, 2, content);
        assert.strictEqual(run.stdout, '', content);
        assert.match(run.stderr, stderr);
      }
    });

    it('uses --config instead of searching, and fails on a missing --config file', () => {
      write('.exchange-runbook.json', JSON.stringify({ rules: { 'unknown-server': 'off' } }));
      write('typo.runbook.yaml', TYPO);
      write('ci/strict.json', JSON.stringify({ $schema: './schema.json', rules: { 'unknown-server': 'info' } }));
      const run = cli(['lint', '--format', 'json', '--config', 'ci/strict.json', 'typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(run.status, 0);
      assert.deepStrictEqual(
        json(run)[0].findings.map((f) => `${f.ruleId} ${f.severity}`),
        ['unknown-server info'],
      );
      const missing = cli(['lint', '--config', 'nope.json', 'typo.runbook.yaml'], { cwd: tmp });
      assert.strictEqual(missing.status, 2);
      assert.match(missing.stderr, /^exchange-runbook: cannot read .*nope\.json: no such file or directory\n$/);
    });
  });

  describe('locale', () => {
    it('speaks Swedish with --locale sv or LANG=sv_SE, English with --locale en', () => {
      write('typo.runbook.yaml', TYPO);
      const expected =
        'typo.runbook.yaml:15:17  fel  `EXSEA` är inte en server i organisationen: den finns varken under `servers` eller installeras av ett steg (menade du `EXSE-A`?)  unknown-server\n' +
        '\n1 problem (1 fel, 0 varningar, 0 info) i 1 fil.\n';
      assert.deepStrictEqual(cli(['lint', '--locale', 'sv', 'typo.runbook.yaml'], { cwd: tmp }), {
        status: 1,
        stdout: expected,
        stderr: '',
      });
      assert.strictEqual(
        cli(['lint', 'typo.runbook.yaml'], { cwd: tmp, env: { LANG: 'sv_SE.UTF-8' } }).stdout,
        expected,
      );
      assert.strictEqual(
        cli(['lint', 'typo.runbook.yaml'], { cwd: tmp, env: { LANG: 'en_US.UTF-8', LC_MESSAGES: 'sv_SE.UTF-8' } })
          .stdout,
        expected,
      );
      const english = cli(['lint', '--locale=en', 'typo.runbook.yaml'], { cwd: tmp, env: { LANG: 'sv_SE.UTF-8' } });
      assert.ok(english.stdout.includes(TYPO_MESSAGE));
      const usage = cli(['lint', '--locale', 'sv', 'missing.runbook.yaml'], { cwd: tmp });
      assert.deepStrictEqual(usage, {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: kan inte läsa missing.runbook.yaml: filen eller mappen finns inte\n',
      });
    });
  });

  describe('files, directories and globs', () => {
    it('searches directories recursively for *.runbook.yaml and *.runbook.yml only', () => {
      write('plans/a.runbook.yaml', CLEAN);
      write('plans/deep/b.runbook.yml', CLEAN);
      write('plans/deep/notes.yaml', 'not: a runbook');
      write('plans/node_modules/pkg/c.runbook.yaml', TYPO);
      write('plans/readme.md', '# plans');
      const run = cli(['lint', '--format', 'json', 'plans'], { cwd: tmp });
      assert.strictEqual(run.status, 0);
      assert.deepStrictEqual(
        json(run).map((r) => r.file),
        ['plans/a.runbook.yaml', 'plans/deep/b.runbook.yml'],
      );
      assert.deepStrictEqual(
        json(cli(['lint', '--format', 'json', './plans/'], { cwd: tmp })).map((r) => r.file),
        ['./plans/a.runbook.yaml', './plans/deep/b.runbook.yml'],
      );
    });

    it('expands globs, lints a named file whatever its name, and lists each file once', () => {
      write('plans/a.runbook.yaml', CLEAN);
      write('plans/x/b.runbook.yaml', TYPO);
      write('plans/plain.yaml', CLEAN);
      const run = cli(
        ['lint', '--format', 'json', 'plans/**/*.runbook.yaml', 'plans/plain.yaml', 'plans/a.runbook.yaml'],
        { cwd: tmp },
      );
      assert.strictEqual(run.status, 1);
      assert.deepStrictEqual(
        json(run).map((r) => [r.file, r.findings.length]),
        [
          ['plans/a.runbook.yaml', 0],
          ['plans/x/b.runbook.yaml', 1],
          ['plans/plain.yaml', 0],
        ],
      );
    });

    it('exits 2 when a glob matches nothing or a directory holds no runbook', () => {
      fs.mkdirSync(path.join(tmp, 'empty'));
      assert.deepStrictEqual(cli(['lint', 'nothing/**/*.runbook.yaml'], { cwd: tmp }), {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: no files match nothing/**/*.runbook.yaml\n',
      });
      assert.deepStrictEqual(cli(['lint', 'empty'], { cwd: tmp }), {
        status: 2,
        stdout: '',
        stderr: 'exchange-runbook: no runbooks (*.runbook.yaml, *.runbook.yml) under empty\n',
      });
    });

    it('reads a staged batch’s CSV relative to the runbook, not the working directory', () => {
      fs.copyFileSync(path.join(FIXTURES, 'staged-two-waves.runbook.yaml'), path.join(tmp, 'staged.runbook.yaml'));
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-runbook-cwd-'));
      try {
        const missing = json(
          cli(['lint', '--format', 'json', path.join(tmp, 'staged.runbook.yaml')], { cwd: elsewhere }),
        );
        assert.deepStrictEqual(
          missing[0].findings.filter((f) => f.ruleId === 'staged-csv').map((f) => f.line),
          [43, 54],
          'both CSVs missing',
        );
        for (const csv of ['staged-wave1.csv', 'staged-wave2.csv'])
          fs.copyFileSync(path.join(FIXTURES, csv), path.join(tmp, csv));
        const found = json(
          cli(['lint', '--format', 'json', path.join(tmp, 'staged.runbook.yaml')], { cwd: elsewhere }),
        );
        assert.deepStrictEqual(
          found[0].findings.filter((f) => f.ruleId === 'staged-csv'),
          [],
        );
      } finally {
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    });
  });

  describe('rules', () => {
    it('lists every rule with its default severity and whether it has a fix', () => {
      const run = cli(['rules']);
      assert.strictEqual(run.status, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^rule +default +fix +description$/);
      assert.strictEqual(lines.length, RULES.length + 1);
      RULES.forEach((rule, i) => {
        const cells = lines[i + 1].split(/ {2,}/);
        assert.strictEqual(cells[0], rule.id);
        assert.strictEqual(cells[1], rule.defaultSeverity);
        assert.ok(lines[i + 1].endsWith(rule.description.en), rule.id);
        assert.strictEqual(cells.includes('yes'), rule.fixable, rule.id);
      });
      const asJson = JSON.parse(cli(['rules', '--format', 'json']).stdout) as {
        id: string;
        defaultSeverity: string;
        fixable: boolean;
      }[];
      assert.deepStrictEqual(
        asJson.map((r) => [r.id, r.defaultSeverity, r.fixable]),
        RULES.map((r) => [r.id, r.defaultSeverity, r.fixable]),
      );
      assert.ok(cli(['rules', '--locale', 'sv']).stdout.startsWith('regel '));
    });
  });
});
