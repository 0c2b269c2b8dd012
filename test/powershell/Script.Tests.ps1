# A script written by `exchange-runbook script` (src/core/powershell/script.ts), run under
# Pester with the Exchange cmdlets mocked: the order of the calls, -WhatIf without -Execute
# and not with it, a done step not run, a prompt at every manual step (Read-Host mocked),
# and a stop at the first failing step. Run by scripts/run-powershell-tests.js
# (npm run test:powershell).

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:Fixtures = Join-Path $script:Root 'test/fixtures/powershell'
    $script:Script = Join-Path $TestDrive 'pester.ps1'
    $script:CsvBytes = (Get-Item -LiteralPath (Join-Path $script:Fixtures 'pester-wave1.csv')).Length
    $node = (Get-Command node).Source
    & $node (Join-Path $script:Root 'bin/exchange-runbook.js') script (Join-Path $script:Fixtures 'pester.runbook.yaml') --out $script:Script | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "exchange-runbook script exited $LASTEXITCODE" }
    # The script reads the runbook's CSV from its own folder unless told -RunbookFolder.
    Copy-Item -LiteralPath (Join-Path $script:Fixtures 'pester-wave1.csv') -Destination $TestDrive

    # Exchange's cmdlets do not exist here: stubs to mock, with the parameters the script
    # passes and -WhatIf where Exchange has it.
    function New-MigrationBatch { [CmdletBinding(SupportsShouldProcess = $true)] param($Name, $SourceEndpoint, $CSVData, $TargetDeliveryDomain) }
    function Start-MigrationBatch { [CmdletBinding(SupportsShouldProcess = $true)] param($Identity) }
    function Remove-MigrationBatch { [CmdletBinding(SupportsShouldProcess = $true)] param($Identity) }
    function Complete-MigrationBatch { [CmdletBinding(SupportsShouldProcess = $true)] param($Identity) }
    function Add-MailboxPermission { [CmdletBinding(SupportsShouldProcess = $true)] param([Parameter(ValueFromPipeline = $true)]$Identity, $User, $AccessRights, $InheritanceType) process {} }
    function Get-Mailbox { [CmdletBinding()] param($Server, $ResultSize) }
    function New-MoveRequest { [CmdletBinding(SupportsShouldProcess = $true)] param([Parameter(ValueFromPipeline = $true)]$Identity, $TargetDatabase) process {} }

    # The generated script sets strict mode, which reaches the mocks: an unbound -WhatIf
    # is no variable there, so ask the bound parameters.
    function Test-WhatIf($Bound) { [bool]($Bound.ContainsKey('WhatIf') -and $Bound['WhatIf']) }

    function Invoke-Generated([hashtable]$Extra = @{}) {
        $arguments = @{
            MigrationEndpoint   = 'Pester endpoint'
            Step5TargetDatabase = 'DB16'
            TranscriptPath      = (Join-Path $TestDrive 'transcript.txt')
        }
        foreach ($k in $Extra.Keys) { $arguments[$k] = $Extra[$k] }
        & $script:Script @arguments 6>$null | Out-Null
    }

    function Set-Mocks {
        # Global: the mocks and the generated script each run in a scope of their own.
        $global:ErbScriptCalls = New-Object System.Collections.ArrayList
        Mock New-MigrationBatch { $null = $global:ErbScriptCalls.Add("New-MigrationBatch $Name WhatIf=$(Test-WhatIf $PesterBoundParameters) CSV=$($CSVData.Length)") }
        Mock Start-MigrationBatch { $null = $global:ErbScriptCalls.Add("Start-MigrationBatch $Identity WhatIf=$(Test-WhatIf $PesterBoundParameters)") }
        Mock Remove-MigrationBatch { $null = $global:ErbScriptCalls.Add("Remove-MigrationBatch $Identity WhatIf=$(Test-WhatIf $PesterBoundParameters)") }
        Mock Complete-MigrationBatch { $null = $global:ErbScriptCalls.Add("Complete-MigrationBatch $Identity") }
        Mock Add-MailboxPermission { $null = $global:ErbScriptCalls.Add('Add-MailboxPermission') }
        Mock Get-Mailbox {
            $null = $global:ErbScriptCalls.Add("Get-Mailbox $Server $ResultSize")
            [pscustomobject]@{ Identity = 'user1' }
            [pscustomobject]@{ Identity = 'user2' }
        }
        Mock New-MoveRequest { $null = $global:ErbScriptCalls.Add("New-MoveRequest $($Identity.Identity) $TargetDatabase WhatIf=$(Test-WhatIf $PesterBoundParameters)") }
        Mock Read-Host { $null = $global:ErbScriptCalls.Add('Read-Host'); '' }
    }
}

Describe 'A generated script with Exchange mocked' {
    It 'without -Execute: every changing cmdlet in order with -WhatIf, a prompt at each manual step, the done step skipped' {
        Set-Mocks
        Invoke-Generated
        @($global:ErbScriptCalls) | Should -Be @(
            'Read-Host',
            "New-MigrationBatch wave-1 WhatIf=True CSV=$($script:CsvBytes)",
            'Start-MigrationBatch wave-1 WhatIf=True',
            'Get-Mailbox EX07 2',
            'New-MoveRequest user1 DB16 WhatIf=True',
            'New-MoveRequest user2 DB16 WhatIf=True',
            'Read-Host',
            'Remove-MigrationBatch wave-1 WhatIf=True'
        )
        Should -Invoke Add-MailboxPermission -Times 0 -Exactly
        Get-Content -Raw (Join-Path $TestDrive 'transcript.txt') | Should -Match 'Summary'
    }

    It 'with -Execute: the same calls without -WhatIf' {
        Set-Mocks
        Invoke-Generated @{ Execute = $true }
        @($global:ErbScriptCalls | Where-Object { $_ -like '*WhatIf=*' }) | Should -HaveCount 5
        @($global:ErbScriptCalls | Where-Object { $_ -like '*WhatIf=True*' }) | Should -HaveCount 0
        $global:ErbScriptCalls[1] | Should -Be "New-MigrationBatch wave-1 WhatIf=False CSV=$($script:CsvBytes)"
        Should -Invoke New-MigrationBatch -Times 1 -Exactly -ParameterFilter { -not (Test-WhatIf $PesterBoundParameters) }
    }

    It 'stops at the first failing step: nothing after it runs, the error reaches the caller, the transcript is closed' {
        Set-Mocks
        Mock Start-MigrationBatch { $null = $global:ErbScriptCalls.Add('Start-MigrationBatch'); throw 'The batch is not ready.' }
        { Invoke-Generated @{ Execute = $true } } | Should -Throw '*The batch is not ready.*'
        @($global:ErbScriptCalls) | Should -Be @('Read-Host', "New-MigrationBatch wave-1 WhatIf=False CSV=$($script:CsvBytes)", 'Start-MigrationBatch')
        Should -Invoke New-MoveRequest -Times 0 -Exactly
        Should -Invoke Remove-MigrationBatch -Times 0 -Exactly
        $transcript = Get-Content -Raw (Join-Path $TestDrive 'transcript.txt')
        $transcript | Should -Match 'failed\s+Start the migration batch wave-1'
    }

    It 'the operator can stop at a manual step' {
        Set-Mocks
        Mock Read-Host { $null = $global:ErbScriptCalls.Add('Read-Host'); 'stop' }
        { Invoke-Generated } | Should -Throw '*Stopped by the operator*'
        @($global:ErbScriptCalls) | Should -Be @('Read-Host')
    }
}

AfterAll {
    Remove-Variable -Name ErbScriptCalls -Scope Global -ErrorAction SilentlyContinue
}
