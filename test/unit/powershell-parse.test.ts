// Every script the examples and fixtures produce, parsed by PowerShell's own parser
// ([System.Management.Automation.Language.Parser]::ParseFile, one pwsh for all of them):
// no syntax error, and no command in it but the ones the generator writes, so no title,
// note or value of any runbook (test/golden/checklist/hostile.runbook.yaml among them, and
// a hostile runbook made here) turned into code. Skipped, loudly, where pwsh is not
// installed (.ci/run installs it; docs/testing.md).
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateScript, parseRunbook } from '../../src/core';

const ROOT = path.join(__dirname, '..', '..');

function findPwsh(): string | undefined {
  const exe = process.platform === 'win32' ? 'pwsh.exe' : 'pwsh';
  const candidates = [process.env.PWSH, path.join(os.homedir(), '.dotnet', 'tools', exe)];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, exe));
  return candidates.find((c) => c !== undefined && fs.existsSync(c));
}

function runbooksUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return runbooksUnder(full);
      return e.isFile() && /\.runbook\.ya?ml$/.test(e.name) ? [full] : [];
    })
    .sort();
}

const HOSTILE = `runbook: 1
title: "#> Stop-Computer <# ’ ' \\" \`$(Stop-Computer)"
organization: { name: "'; Stop-Computer; '", mailboxes: 1, domains: ["x.com'; Stop-Computer; '"] }
servers: [{ name: "EX'; Stop-Computer; '", version: "2010", update: SP3 }]
target: { platform: exchange-online, method: staged }
phases:
  - id: "'; Stop-Computer; '"
    title: "\\r\\n} Stop-Computer {\\n#>\\u2028Stop-Computer"
    steps:
      - action: start-migration-batch
        batch: "x’; Stop-Computer; ‘"
        owner: "\\n Stop-Computer"
        notes: "#> Stop-Computer\\n<#\\n\\u001b]0;Stop-Computer\\u0007\\u0085Stop-Computer"
      - action: create-migration-batch
        batch: "\`$(Stop-Computer)"
        method: staged
        csv: "a'.csv\\u001b[2J"
      - action: custom
        title: "'); Stop-Computer; ('"
      - action: move-mailboxes
        from: ["A'; Stop-Computer; '", "B\\u201b; Stop-Computer; \\u201a"]
        to: "EX'; Stop-Computer; '"
        count: 3
      - action: configure-outlook-anywhere
        server: "EX'; Stop-Computer; '"
      - action: switch-mx
        skipped: "'; Stop-Computer; '"
`;

/** What a script may call: the generator's helpers, the cmdlets it writes, and nothing a runbook names. */
const ALLOWED = new Set(
  [
    'Start-RunbookStep',
    'Complete-RunbookStep',
    'Skip-RunbookStep',
    'Wait-RunbookOperator',
    'Write-RunbookSummary',
    'Set-StrictMode',
    'Start-Transcript',
    'Stop-Transcript',
    'Write-Host',
    'Read-Host',
    'New-Object',
    'Join-Path',
    'Get-Date',
    'Split-Path',
    'Resolve-Path',
    'Set-ClientAccessService',
    'Set-ClientAccessServer',
    'Get-OwaVirtualDirectory',
    'Set-OwaVirtualDirectory',
    'Get-WebServicesVirtualDirectory',
    'Set-WebServicesVirtualDirectory',
    'Get-OutlookAnywhere',
    'Set-OutlookAnywhere',
    'Enable-OutlookAnywhere',
    'Enable-ExchangeCertificate',
    'Set-SendConnector',
    'New-ReceiveConnector',
    'Get-Mailbox',
    'Where-Object',
    'Select-Object',
    'New-MoveRequest',
    'New-MigrationBatch',
    'Get-PublicFolderDatabase',
    'Start-MigrationBatch',
    'Set-OrganizationConfig',
    'Complete-MigrationBatch',
    'Remove-MigrationBatch',
    'Add-MailboxPermission',
    'Test-MigrationServerAvailability',
    'New-MigrationEndpoint',
  ].map((n) => n.toLowerCase()),
);

const PARSE = `
$ErrorActionPreference = 'Stop'
$list = Get-Content -LiteralPath $env:ERB_SCRIPT_LIST
$out = foreach ($file in $list) {
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$tokens, [ref]$errors)
    $names = @($ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true) |
        ForEach-Object { $_.GetCommandName() } | Sort-Object -Unique)
    [pscustomobject]@{ file = $file; errors = @($errors | ForEach-Object { $_.Message + ' (line ' + $_.Extent.StartLineNumber + ')' }); commands = $names }
}
ConvertTo-Json -InputObject @($out) -Depth 4 -Compress
`;

interface Parsed {
  file: string;
  errors: string[];
  commands: (string | null)[];
}

describe('PowerShell script: PowerShell’s parser reads every generated script', function () {
  this.timeout(300000);
  const pwsh = findPwsh();
  let dir: string;
  const made: { script: string; from: string }[] = [];

  before(function () {
    if (!pwsh) {
      console.log('\n!!! PowerShell parser test SKIPPED: pwsh not found (.ci/run installs PowerShell 7.6.10)\n');
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'erb-ps-parse-'));
    const sources = [
      ...runbooksUnder(path.join(ROOT, 'test')),
      ...runbooksUnder(path.join(ROOT, '..', 'shared', 'examples')),
    ];
    const write = (text: string, from: string, phase?: string) => {
      const result = generateScript(parseRunbook(text), { phase, fileName: path.basename(from) });
      if (!result.ok) return;
      const script = path.join(dir, `${made.length}.ps1`);
      fs.writeFileSync(script, '\ufeff' + result.text);
      made.push({ script, from: phase ? `${from} --phase ${phase}` : from });
    };
    for (const file of sources) write(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
    write(HOSTILE, 'hostile');
    write(HOSTILE, 'hostile', "'; Stop-Computer; '");
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('parses them all without an error, and they call only what the generator writes', () => {
    assert.ok(made.length >= 100, `${made.length} scripts`);
    const list = path.join(dir, 'list.txt');
    fs.writeFileSync(list, made.map((m) => m.script).join('\n'));
    const run = spawnSync(pwsh!, ['-NoProfile', '-NonInteractive', '-Command', PARSE], {
      encoding: 'utf8',
      env: { ...process.env, ERB_SCRIPT_LIST: list, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.strictEqual(run.status, 0, run.stderr);
    const results = JSON.parse(run.stdout) as Parsed[];
    assert.strictEqual(results.length, made.length);
    const from = new Map(made.map((m) => [m.script, m.from]));
    for (const r of results) {
      assert.deepStrictEqual(r.errors, [], from.get(r.file));
      const strange = r.commands.filter((c) => c === null || !ALLOWED.has(c.toLowerCase()));
      assert.deepStrictEqual(strange, [], from.get(r.file));
    }
    const hostile = results.filter((r) => from.get(r.file)?.startsWith('hostile'));
    assert.strictEqual(hostile.length, 2, 'both hostile scripts were made and parsed');
  });
});
