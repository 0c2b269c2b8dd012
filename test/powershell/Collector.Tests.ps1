# The collector (powershell/Get-ExchangeRunbookInventory.ps1) under Pester: run with the
# Exchange cmdlets mocked from the CLIXML fixtures, its folder read back by the importer
# (node), and parsed with PowerShell's own parser for a PowerShell 2.0-compatible, read-only
# subset. Run by scripts/run-powershell-tests.js (npm run test:powershell).

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:Collector = Join-Path $script:Root 'powershell/Get-ExchangeRunbookInventory.ps1'
    $env:ERB_FIXTURES = Join-Path $script:Root 'test/fixtures/inventory/mixed-2007-2010-edge'

    # Exchange's and Windows PowerShell's cmdlets do not exist here: stubs to mock.
    function Get-ExchangeServer {}
    function Get-OrganizationConfig {}
    function Get-AcceptedDomain {}
    function Get-MailboxDatabase {}
    function Get-Mailbox { param($Database, $ResultSize, [switch]$PublicFolder) }
    function Get-PublicFolderDatabase {}
    function Get-ADForest {}
    function Get-WmiObject { param($Class, $Query, $ComputerName, $Namespace, [switch]$List) }

    function Invoke-Importer([string]$Folder) {
        $node = (Get-Command node).Source
        $json = & $node (Join-Path $script:Root 'bin/exchange-runbook.js') inventory $Folder --format json 2>$null
        if ($LASTEXITCODE -ne 0) { throw "importer exited $LASTEXITCODE" }
        ($json -join "`n") | ConvertFrom-Json
    }
}

Describe 'Get-ExchangeRunbookInventory.ps1 with Exchange mocked' {
    BeforeAll {
        Mock Get-ExchangeServer { Import-Clixml (Join-Path $env:ERB_FIXTURES 'ExchangeServer.xml') }
        Mock Get-OrganizationConfig { Import-Clixml (Join-Path $env:ERB_FIXTURES 'OrganizationConfig.xml') }
        Mock Get-AcceptedDomain { Import-Clixml (Join-Path $env:ERB_FIXTURES 'AcceptedDomain.xml') }
        Mock Get-ADForest { [pscustomobject]@{ ForestMode = 'Windows2008R2Forest' } }
        Mock Get-MailboxDatabase {
            [pscustomobject]@{ Name = 'DB1'; Identity = 'SG1\DB1'; ServerName = 'EX07-MBX1' }
            [pscustomobject]@{ Name = 'DB2'; Identity = 'SG2\DB2'; ServerName = 'EX07-MBX1' }
            [pscustomobject]@{ Name = 'DB3'; Identity = 'SG1\DB3'; ServerName = 'EX07-MBX2' }
        }
        $script:PerDatabase = @{ 'SG1\DB1' = 180; 'SG2\DB2' = 120; 'SG1\DB3' = 120 }
        Mock Get-Mailbox -ParameterFilter { $Database } {
            $n = @{ 'SG1\DB1' = 180; 'SG2\DB2' = 120; 'SG1\DB3' = 120 }[[string]$Database]
            for ($i = 1; $i -le $n; $i++) { [pscustomobject]@{ Name = "user$i"; PrimarySmtpAddress = "user$i@contoso.com"; ServerName = 'EX07-MBX1' } }
        }
        Mock Get-Mailbox -ParameterFilter { -not $Database -and -not $PublicFolder } {
            for ($i = 1; $i -le 420; $i++) { [pscustomobject]@{ Name = "user$i"; PrimarySmtpAddress = "user$i@contoso.com" } }
        }
        Mock Get-PublicFolderDatabase { [pscustomobject]@{ Name = 'PF1'; Server = 'EX07-MBX1' } }
        Mock Get-WmiObject -ParameterFilter { $Class -eq 'Win32_OperatingSystem' } {
            $os = @{ 'EX07-MBX1' = '6.0.6002'; 'EX07-MBX2' = '6.1.7601'; 'EX10-CAS1' = '6.1.7601'; 'EDGE10' = '6.1.7601' }
            [pscustomobject]@{ Version = $os[$ComputerName]; Caption = 'Microsoft Windows Server' }
        }
        Mock Get-WmiObject -ParameterFilter { $Query -like '*CIM_DataFile*' } {
            # The Edge server is in the perimeter network: WMI does not reach it.
            if ($ComputerName -eq 'EDGE10') { throw 'The RPC server is unavailable.' }
            $v = @{ 'EX07-MBX1' = '8.3.298.3'; 'EX07-MBX2' = '8.3.517.0'; 'EX10-CAS1' = '14.3.513.0' }
            [pscustomobject]@{ Version = $v[$ComputerName] }
        }

        # Setup's MsiInstallPath in each server's registry (StdRegProv over WMI): EX07-MBX2 on
        # drive D: (a folder with a quote, which WQL must escape); none on EX07-MBX1 (return
        # value 2, not found); EX10-CAS1 is this computer, where $env:ExchangeInstallPath tells.
        Mock Get-WmiObject -ParameterFilter { $List -and $Class -eq 'StdRegProv' } {
            if ($ComputerName -eq 'EDGE10') { throw 'The RPC server is unavailable.' }
            $registry = New-Object -TypeName PSObject
            $registry | Add-Member -MemberType NoteProperty -Name Server -Value $ComputerName
            $registry | Add-Member -MemberType ScriptMethod -Name GetStringValue -Value {
                param($Hive, $Key, $Value)
                $paths = @{ 'EX07-MBX2|2147483650|SOFTWARE\Microsoft\Exchange\Setup|MsiInstallPath' = "D:\Exchange's Server\" }
                $found = $paths[$this.Server + '|' + $Hive + '|' + $Key + '|' + $Value]
                if ($found) { [pscustomobject]@{ ReturnValue = 0; sValue = $found } } else { [pscustomobject]@{ ReturnValue = 2; sValue = $null } }
            }
            $registry
        }
        $script:Saved = @{ Path = $env:ExchangeInstallPath; Computer = $env:COMPUTERNAME }
        $env:ExchangeInstallPath = 'E:\Exchange\V14\'
        $env:COMPUTERNAME = 'EX10-CAS1'

        $script:Out = Join-Path $TestDrive 'inventory'
        $null = & $script:Collector -OutputFolder $script:Out 6>$null
    }

    AfterAll {
        $env:ExchangeInstallPath = $script:Saved.Path
        $env:COMPUTERNAME = $script:Saved.Computer
    }

    It 'looks for ExSetup.exe where Setup installed Exchange: $env:ExchangeInstallPath here, the registry elsewhere, else the default folder' {
        Should -Invoke Get-WmiObject -ParameterFilter { $Query -eq "SELECT Version FROM CIM_DataFile WHERE Name = 'D:\\Exchange\'s Server\\Bin\\ExSetup.exe'" -and $ComputerName -eq 'EX07-MBX2' } -Times 1 -Exactly -Scope Describe
        Should -Invoke Get-WmiObject -ParameterFilter { $Query -eq "SELECT Version FROM CIM_DataFile WHERE Name = 'E:\\Exchange\\V14\\Bin\\ExSetup.exe'" -and $ComputerName -eq 'EX10-CAS1' } -Times 1 -Exactly -Scope Describe
        Should -Invoke Get-WmiObject -ParameterFilter { $Query -eq "SELECT Version FROM CIM_DataFile WHERE Name = 'C:\\Program Files\\Microsoft\\Exchange Server\\Bin\\ExSetup.exe'" -and $ComputerName -eq 'EX07-MBX1' } -Times 1 -Exactly -Scope Describe
        Should -Invoke Get-WmiObject -ParameterFilter { $Query -eq "SELECT Version FROM CIM_DataFile WHERE Name = 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\ExSetup.exe'" -and $ComputerName -eq 'EDGE10' } -Times 1 -Exactly -Scope Describe
        # This computer's path comes from the environment: its registry is not read.
        Should -Invoke Get-WmiObject -ParameterFilter { $List -and $ComputerName -eq 'EX10-CAS1' } -Times 0 -Exactly -Scope Describe
        Should -Invoke Get-WmiObject -ParameterFilter { $List -and $Class -eq 'StdRegProv' } -Times 3 -Exactly -Scope Describe
    }

    It 'writes one folder with the documented files' {
        $names = @(Get-ChildItem -LiteralPath $script:Out | ForEach-Object { $_.Name } | Sort-Object)
        $names | Should -Be @('AcceptedDomain.xml', 'ExchangeServer.xml', 'ForestMode.xml', 'inventory.json', 'MailboxCount.xml', 'OrganizationConfig.xml', 'PublicFolders.xml', 'ServerInfo.xml')
    }

    It 'calls only Get-* cmdlets of Exchange, each server asked for ExSetup.exe once' {
        Should -Invoke Get-ExchangeServer -Times 1 -Exactly -Scope Describe
        Should -Invoke Get-WmiObject -ParameterFilter { $Query -like '*CIM_DataFile*' } -Times 4 -Exactly -Scope Describe
        Should -Invoke Get-Mailbox -ParameterFilter { $Database } -Times 3 -Exactly -Scope Describe
    }

    It 'collects counts, never mailbox names or addresses' {
        $text = (Get-ChildItem -LiteralPath $script:Out | ForEach-Object { Get-Content -Raw -LiteralPath $_.FullName }) -join "`n"
        $text | Should -Not -Match 'user\d+'
        $text | Should -Not -Match '@contoso\.com'
    }

    It 'gives the importer the organization exactly' {
        $inv = Invoke-Importer $script:Out
        $inv.organization.name | Should -Be 'Contoso'
        $inv.organization.mailboxes | Should -Be 420
        $inv.organization.publicFolders | Should -BeTrue
        $inv.organization.forestFunctionalLevel | Should -Be '2008R2'
        @($inv.organization.domains) | Should -Be @('contoso.com', 'fabrikam.com')
        $rows = @($inv.servers | ForEach-Object { '{0}|{1}|{2}|{3}|{4}|{5}|{6}' -f $_.name, $_.version, $_.update, $_.updateExact, ($_.roles -join ','), $_.os, $_.mailboxes })
        $rows | Should -Be @(
            'EX07-MBX1|2007|SP3 RU10|True|mailbox,clientAccess,hubTransport|2008|300',
            'EX07-MBX2|2007|SP3 RU23|True|mailbox|2008R2|120',
            'EX10-CAS1|2010|SP3 RU32|True|clientAccess,hubTransport|2008R2|0',
            'EDGE10|2010|SP3|False|edgeTransport|2008R2|'
        )
    }

    It 'writes the staged CSV column only when asked' {
        $with = Join-Path $TestDrive 'with-addresses'
        $null = & $script:Collector -OutputFolder $with -SkipServerDetails -IncludeMailboxAddresses 6>$null
        $csv = @(Import-Csv -LiteralPath (Join-Path $with 'staged-mailboxes.csv'))
        $csv.Count | Should -Be 420
        @($csv[0].PSObject.Properties.Name) | Should -Be @('EmailAddress')
        Test-Path -LiteralPath (Join-Path $script:Out 'staged-mailboxes.csv') | Should -BeFalse
    }
}

Describe 'Get-ExchangeRunbookInventory.ps1 as PowerShell 2.0 reads it' {
    BeforeAll {
        $tokens = $null
        $errors = $null
        $script:Ast = [System.Management.Automation.Language.Parser]::ParseFile($script:Collector, [ref]$tokens, [ref]$errors)
        $script:ParseErrors = $errors
        $script:Find = { param($predicate) @($script:Ast.FindAll($predicate, $true)) }
    }

    It 'parses without errors' {
        @($script:ParseErrors).Count | Should -Be 0
    }

    It 'calls no cmdlet outside the read-only allow-list' {
        $defined = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.FunctionDefinitionAst] } | ForEach-Object { $_.Name })
        $allowed = @('Export-Clixml', 'Export-Csv', 'ConvertTo-Json', 'Out-File', 'Join-Path', 'Test-Path', 'New-Item', 'New-Object',
            'Add-Member', 'Select-Object', 'Sort-Object', 'Where-Object', 'ForEach-Object', 'Measure-Object', 'Write-Host')
        $calls = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.CommandAst] } | ForEach-Object { $_.GetCommandName() })
        $calls.Count | Should -BeGreaterThan 20
        $bad = @($calls | Where-Object { $_ -and -not ($_ -like 'Get-*') -and ($allowed -notcontains $_) -and ($defined -notcontains $_) })
        $bad | Should -BeNullOrEmpty
        # The only things created are the output folder and PSObjects.
        $newItems = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.CommandAst] -and $a.GetCommandName() -eq 'New-Item' })
        $newItems.Count | Should -Be 1
        $newItems[0].Extent.Text | Should -Match '-ItemType Directory -Path \$OutputFolder'
    }

    It 'uses nothing PowerShell 2.0 lacks' {
        # class / enum definitions (5.0)
        (& $script:Find { param($a) $a -is [System.Management.Automation.Language.TypeDefinitionAst] }).Count | Should -Be 0
        # [ordered] (3.0), [pscustomobject] (3.0), ::new() (5.0)
        $types = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.TypeExpressionAst] -or $a -is [System.Management.Automation.Language.ConvertExpressionAst] } |
            ForEach-Object { if ($_ -is [System.Management.Automation.Language.ConvertExpressionAst]) { $_.Type.TypeName.Name } else { $_.TypeName.Name } })
        $types | Should -Not -Contain 'ordered'
        $types | Should -Not -Contain 'pscustomobject'
        (& $script:Find { param($a) $a -is [System.Management.Automation.Language.InvokeMemberExpressionAst] -and $a.Member.Value -eq 'new' -and $a.Static }).Count | Should -Be 0
        # -ErrorAction Ignore (3.0)
        $ignore = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.CommandParameterAst] -and $a.ParameterName -in @('ErrorAction', 'ea') } |
            Where-Object { $_.Argument -and $_.Argument.Extent.Text -match 'Ignore' -or ($_.Parent.CommandElements[$_.Parent.CommandElements.IndexOf($_) + 1].Extent.Text -match '^Ignore$') })
        $ignore.Count | Should -Be 0
        # $PSItem and $PSScriptRoot in a script (3.0)
        (& $script:Find { param($a) $a -is [System.Management.Automation.Language.VariableExpressionAst] -and $a.VariablePath.UserPath -in @('PSItem', 'PSScriptRoot') }).Count | Should -Be 0
        # -in / -notin (3.0)
        (& $script:Find { param($a) $a -is [System.Management.Automation.Language.BinaryExpressionAst] -and $a.Operator -in @('In', 'NotIn') }).Count | Should -Be 0
        # Where-Object / ForEach-Object without a script block ("simplified syntax", 3.0)
        $simplified = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.CommandAst] -and $a.GetCommandName() -in @('Where-Object', 'ForEach-Object') } |
            Where-Object { -not @($_.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.ScriptBlockExpressionAst] }).Count })
        $simplified.Count | Should -Be 0
        # [CmdletBinding()] is 2.0, but param() alone also runs in the 2007 shell's PowerShell 1.0 host.
    }

    It 'calls ConvertTo-Json only where it is known to exist' {
        $json = @(& $script:Find { param($a) $a -is [System.Management.Automation.Language.CommandAst] -and $a.GetCommandName() -eq 'ConvertTo-Json' })
        $json.Count | Should -BeGreaterThan 0
        foreach ($call in $json) {
            $guarded = $false
            for ($p = $call.Parent; $p; $p = $p.Parent) {
                if ($p -is [System.Management.Automation.Language.IfStatementAst] -and $p.Clauses[0].Item1.Extent.Text -match 'Get-Command ConvertTo-Json') { $guarded = $true }
            }
            $guarded | Should -BeTrue
        }
    }
}
