// The runbook as a PowerShell script (src/core/powershell/script.ts) and `exchange-runbook
// script`: what every script holds, done and skipped steps, phases, hostile text, and the
// command's exit codes and --out. test/unit/powershell-parse.test.ts parses the scripts with
// PowerShell itself; test/powershell/Script.Tests.ps1 runs one with Exchange mocked.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateScript, parseRunbook } from '../../src/core';
import { scriptCommand } from '../../src/cli/script';

const RUNBOOK = `runbook: 1
title: Contoso
organization: { name: Contoso, mailboxes: 10, domains: [contoso.com] }
servers:
  - { name: EX16, version: "2016", update: CU23 }
target: { platform: exchange-online, method: hybrid }
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: verify-domain
        domain: contoso.com
        owner: Ana
        notes: |
          Add the TXT record first.
          Then wait an hour.
      - action: create-migration-batch
        batch: wave-1
        method: remote-move
        csv: wave1.csv
        done: true
        doneBy: Ana
        doneAt: 2026-01-10T22:15:00+01:00
  - id: move
    title: Move
    steps:
      - action: start-migration-batch
        batch: wave-1
      - action: move-mailboxes
        from: EX16
        to: EX16
`;

function script(text = RUNBOOK, phase?: string): string {
  const result = generateScript(parseRunbook(text), { phase, fileName: 'contoso.runbook.yaml' });
  assert.ok(result.ok);
  return result.text;
}

const linesOf = (text: string) => text.split('\n');

describe('PowerShell script: the runbook as a script', () => {
  it('has a mandatory parameter for every value the runbook lacks, then -TranscriptPath and -Execute', () => {
    const text = script();
    const params = linesOf(text.slice(text.indexOf('param('), text.indexOf('\n)\n')))
      .filter((l) => /^\s+\[(string|switch|System\.Management\.Automation\.PSCredential)\]\$/.test(l))
      .map((l) => l.trim());
    assert.deepStrictEqual(params, [
      '[string]$Step4TargetDatabase,',
      "[string]$TranscriptPath = (Join-Path -Path ([System.IO.Path]::GetTempPath()) -ChildPath ('exchange-runbook-' + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.txt')),",
      '[switch]$Execute',
    ]);
    assert.match(
      text,
      /\[Parameter\(Mandatory = \$true, HelpMessage = 'Step 4: the mailbox database on EX16 the mailboxes move to'\)\]\n {4}\[string\]\$Step4TargetDatabase,/,
    );
    assert.match(text, /\.PARAMETER Step4TargetDatabase\nStep 4: the mailbox database on EX16 the mailboxes move to\n/);
  });

  it('runs strict, stops on the first error, writes a transcript and stops it in finally', () => {
    const lines = linesOf(script());
    for (const line of ['Set-StrictMode -Version Latest', "$ErrorActionPreference = 'Stop'", 'try {', 'finally {'])
      assert.ok(lines.includes(line), line);
    assert.ok(lines.includes('    $null = Start-Transcript -Path $TranscriptPath'));
    assert.ok(lines.indexOf('    if ($transcribing) { $null = Stop-Transcript }') > lines.indexOf('finally {'));
    assert.ok(lines.indexOf('    throw') > lines.indexOf('catch {'), 'the error is raised again after the summary');
  });

  it('one region per step with its title, phase, owner and notes as comments', () => {
    const text = script();
    assert.ok(
      text.includes(
        [
          '    #region Step 1: Verify the domain contoso.com in Microsoft 365',
          '    # Phase: Prepare (prepare)',
          '    # Owner: Ana',
          '    # Action: verify-domain',
          '    # Notes: Add the TXT record first.',
          '    #        Then wait an hour.',
          "    Start-RunbookStep -Number 1 -Of 3 -Title 'Verify the domain contoso.com in Microsoft 365'",
          "    Wait-RunbookOperator -Instruction 'Microsoft 365 admin center › Settings › Domains › Add domain: contoso.com'",
          '    Complete-RunbookStep -Manual:$true',
          '    #endregion',
        ].join('\n'),
      ),
    );
    assert.strictEqual(text.split('#region').length, 5);
    assert.strictEqual(text.split('#endregion').length, 5);
  });

  it('every cmdlet that changes something takes -WhatIf unless -Execute; reading and testing ones do not', () => {
    const text = script();
    assert.ok(text.includes("    Start-MigrationBatch -Identity 'wave-1' -WhatIf:(-not $Execute)\n"));
    assert.ok(
      text.includes(
        "    Get-Mailbox -Server 'EX16' -ResultSize 'Unlimited' | New-MoveRequest -TargetDatabase $Step4TargetDatabase -WhatIf:(-not $Execute)\n",
      ),
    );
    assert.strictEqual(text.split('-WhatIf:(-not $Execute)').length - 1, 2);
  });

  it('skips a done step with a comment saying who and when, and asks for none of its values', () => {
    const text = script();
    assert.ok(
      text.includes(
        [
          '    # Not run: done by Ana at 2026-01-10T22:15:00+01:00',
          "    Skip-RunbookStep -Number 2 -Title 'Create the migration batch wave-1 (remote move)' -Reason 'done by Ana at 2026-01-10T22:15:00+01:00'",
          '    #endregion',
        ].join('\n'),
      ),
      text,
    );
    assert.doesNotMatch(text, /New-MigrationBatch|\$MigrationEndpoint|\$RunbookFolder/);
  });

  it('skips a step with `skipped: <reason>`, and `done: false` runs', () => {
    const text = script(
      RUNBOOK.replace('        done: true\n', '        skipped: "done in the portal"\n        done: false\n'),
    );
    assert.match(text, /Skip-RunbookStep -Number 2 -Title '[^']+' -Reason 'skipped: done in the portal'/);
    const notDone = script(RUNBOOK.replace('        done: true\n', '        done: false\n'));
    assert.match(notDone, /New-MigrationBatch -Name 'wave-1' /);
    assert.match(notDone, /\[string\]\$RunbookFolder = \(Split-Path -Parent \$MyInvocation\.MyCommand\.Path\),/);
  });

  it('one phase: only its steps, numbered as in the runbook; an unknown phase or broken YAML is no script', () => {
    const text = script(RUNBOOK, 'move');
    assert.deepStrictEqual(
      linesOf(text).filter((l) => l.includes('#region')),
      ['    #region Step 3: Start the migration batch wave-1', '    #region Step 4: Move mailboxes from EX16 to EX16'],
    );
    assert.match(text, /^Contoso — phase move: Move$/m);
    assert.deepStrictEqual(generateScript(parseRunbook(RUNBOOK), { phase: 'nope' }), {
      ok: false,
      reason: 'unknown-phase',
    });
    assert.deepStrictEqual(generateScript(parseRunbook('a: [')), { ok: false, reason: 'broken' });
  });

  it('a summary at the end and a pause the operator can stop', () => {
    const text = script();
    assert.match(text, /function Write-RunbookSummary \{/);
    assert.match(
      text,
      /\$answer = Read-Host '[^']+'\n\s+if \(\$answer -eq 'stop'\) \{ throw 'Stopped by the operator.' \}/,
    );
  });
});

describe('PowerShell script: hostile text', () => {
  const hostile = RUNBOOK.replace(
    '        owner: Ana\n',
    '        owner: "Ana\\n} ; Stop-Computer ; #"\n        title: "x\'; Stop-Computer; \'\\n#> Stop-Computer <#\\u001b[2J\\u202e"\n',
  ).replace('title: Contoso\n', 'title: "#> Stop-Computer\\r\\n<# x’"\n');

  it('titles, owners and notes stay inside their comments and strings', () => {
    const lines = linesOf(script(hostile));
    // Every line that mentions Stop-Computer is a comment or holds it inside a quoted string.
    for (const line of lines.filter((l) => l.includes('Stop-Computer'))) {
      const code = line.trim();
      assert.ok(
        code.startsWith('#') ||
          /^(Start-RunbookStep -Number \d+ -Of \d+ -Title '([^'\u2018-\u201b]|''|’’)*')$/.test(code) ||
          code === '# > Stop-Computer < # x’',
        line,
      );
    }
    assert.ok(lines.includes('    # Owner: Ana'));
    assert.ok(lines.includes('    #        } ; Stop-Computer ; #'));
    assert.ok(lines.includes("    #region Step 1: x'; Stop-Computer; ' # > Stop-Computer < #<U+001B>[2J<U+202E>"));
    // The help block is closed once, by its own last line.
    const help = lines.slice(0, lines.indexOf('#>') + 1);
    assert.strictEqual(help.filter((l) => l.includes('#>')).length, 1);
    assert.ok(help.includes('# > Stop-Computer < # x’'));
  });
});

describe('exchange-runbook script', () => {
  let dir: string;
  let file: string;
  const out: string[] = [];
  const err: string[] = [];
  const io = () => ({
    cwd: dir,
    env: {},
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
  });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erb-script-'));
    file = path.join(dir, 'contoso.runbook.yaml');
    fs.writeFileSync(file, RUNBOOK);
    out.length = 0;
    err.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the script (no byte-order mark) and exits 0', async () => {
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml'], io()), 0);
    assert.strictEqual(out.join(''), script());
    assert.deepStrictEqual(err, []);
  });

  it('--out writes the script with a UTF-8 byte-order mark, replacing a regular file', async () => {
    fs.mkdirSync(path.join(dir, 'old'));
    fs.writeFileSync(path.join(dir, 'old', 'x.ps1'), 'old text that is longer than nothing');
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml', '--phase', 'move', '--out', 'old/x.ps1'], io()), 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'old', 'x.ps1'), 'utf8'), '\ufeff' + script(RUNBOOK, 'move'));
    assert.deepStrictEqual(out, ['wrote old/x.ps1\n']);
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml', '--out', 'new/dir/y.ps1'], io()), 0);
    assert.ok(fs.existsSync(path.join(dir, 'new', 'dir', 'y.ps1')));
  });

  it('--out refuses a folder and a FIFO (exit 2, one line), and never waits on the FIFO', async function () {
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml', '--out', '.'], io()), 2);
    assert.deepStrictEqual(err, ['exchange-runbook: cannot write .: not a regular file\n']);
    if (process.platform === 'win32') return;
    const { execFileSync } = await import('child_process');
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    err.length = 0;
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml', '--out', 'fifo'], io()), 2);
    assert.deepStrictEqual(err, ['exchange-runbook: cannot write fifo: not a regular file\n']);
  });

  it('exit 2 with one stderr line: no file, two files, a missing file, broken YAML, an unknown phase, a bad option', async () => {
    fs.writeFileSync(path.join(dir, 'broken.runbook.yaml'), 'a: [');
    const cases: [string[], string][] = [
      [[], 'script takes one file, not 0: exchange-runbook script <file> [--phase ID] [--out FILE]'],
      [['a', 'b'], 'script takes one file, not 2: exchange-runbook script <file> [--phase ID] [--out FILE]'],
      [['missing.yaml'], 'cannot read missing.yaml: no such file or directory'],
      [
        ['broken.runbook.yaml'],
        'broken.runbook.yaml: the YAML does not parse; run `exchange-runbook lint broken.runbook.yaml`',
      ],
      [['contoso.runbook.yaml', '--phase', 'x'], 'contoso.runbook.yaml has no phase `x`; its phases: prepare, move'],
      [['contoso.runbook.yaml', '--locale', 'de'], ''],
    ];
    for (const [args, message] of cases) {
      err.length = 0;
      assert.strictEqual(await scriptCommand(args, io()), 2, args.join(' '));
      assert.strictEqual(err.length, 1, args.join(' '));
      if (message) assert.strictEqual(err[0], `exchange-runbook: ${message}\n`);
    }
  });

  it('speaks Swedish with --locale sv', async () => {
    assert.strictEqual(await scriptCommand(['contoso.runbook.yaml', '--phase', 'x', '--locale', 'sv'], io()), 2);
    assert.deepStrictEqual(err, [
      'exchange-runbook: contoso.runbook.yaml har ingen fas `x`; dess faser: prepare, move\n',
    ]);
  });
});
