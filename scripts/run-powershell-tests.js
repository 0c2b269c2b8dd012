#!/usr/bin/env node
// Runs the Pester tests in test/powershell (the collector, powershell/) with real
// PowerShell 7. pwsh comes from PATH or `dotnet tool install --global PowerShell`
// (~/.dotnet/tools); Pester 5 from PESTER_MODULE, the NuGet cache (.ci/run restores the
// `Pester` package there) or an installed module. When either is missing the tests are
// skipped with a loud line, never failed: machines without .NET still run `npm test`.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const PESTER_VERSION = '5.7.1';

function skip(reason) {
  const line = `!!! PowerShell tests SKIPPED: ${reason} (.ci/run installs PowerShell 7.6.10 and Pester ${PESTER_VERSION}; see docs/testing.md)`;
  console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
  process.exit(0);
}

function findPwsh() {
  const candidates = [
    process.env.PWSH,
    path.join(os.homedir(), '.dotnet', 'tools', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'),
  ];
  for (const dir of (process.env.PATH || '').split(path.delimiter))
    if (dir) candidates.push(path.join(dir, process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'));
  return candidates.find((c) => c && fs.existsSync(c));
}

function findPester() {
  if (process.env.PESTER_MODULE && fs.existsSync(process.env.PESTER_MODULE)) return process.env.PESTER_MODULE;
  const nuget = process.env.NUGET_PACKAGES || path.join(os.homedir(), '.nuget', 'packages');
  const manifest = path.join(nuget, 'pester', PESTER_VERSION, 'tools', 'Pester.psd1');
  return fs.existsSync(manifest) ? manifest : undefined;
}

const pwsh = findPwsh();
if (!pwsh) skip('pwsh not found');
const pester = findPester();
// Without a Pester path, an installed Pester 5 module will do.
const importPester = pester
  ? `Import-Module '${pester.replace(/'/g, "''")}'`
  : 'Import-Module Pester -MinimumVersion 5.0 -ErrorAction Stop';
if (!pester) {
  const probe = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', `${importPester}`], { encoding: 'utf8' });
  if (probe.status !== 0) skip(`Pester ${PESTER_VERSION} not found`);
}

const script = `
$ErrorActionPreference = 'Stop'
${importPester}
$c = New-PesterConfiguration
$c.Run.Path = 'test/powershell'
$c.Run.PassThru = $true
$c.Output.Verbosity = 'Detailed'
$r = Invoke-Pester -Configuration $c
# mocha's summary form, which .ci/run counts.
Write-Host ''
Write-Host ('  ' + $r.PassedCount + ' passing')
if ($r.FailedCount -gt 0) { Write-Host ('  ' + $r.FailedCount + ' failing') }
if ($r.SkippedCount -gt 0) { Write-Host ('  ' + $r.SkippedCount + ' pending') }
if ($r.FailedCount -gt 0 -or $r.Result -ne 'Passed') { exit 1 }
`;
const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NO_COLOR: '1' },
  timeout: 10 * 60 * 1000,
});
process.exit(run.status === null ? 1 : run.status);
