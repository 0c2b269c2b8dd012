<#
.SYNOPSIS
    Read-only inventory of an Exchange organization for Exchange Runbook.

.DESCRIPTION
    Run in the Exchange Management Shell of any Exchange version from 2007 (PowerShell 2.0)
    to Exchange Server SE (Windows PowerShell 5.1). It only reads: Get-* cmdlets, WMI queries
    and file versions. It writes one folder of Export-Clixml files that
    `exchange-runbook inventory <folder>` and `exchange-runbook new --inventory <folder>`
    read (docs/inventory.md):

      ExchangeServer.xml      Get-ExchangeServer
      OrganizationConfig.xml  Get-OrganizationConfig
      AcceptedDomain.xml      Get-AcceptedDomain
      ForestMode.xml          the Active Directory forest functional level
      MailboxCount.xml        the number of mailboxes per database and server (counts only)
      PublicFolders.xml       whether public folders exist, and where
      ServerInfo.xml          each server's ExSetup.exe file version and Windows version
      inventory.json          a summary, where ConvertTo-Json exists (PowerShell 3.0 and later)

    Mailbox names and addresses are never collected, unless -IncludeMailboxAddresses asks
    for staged-mailboxes.csv (the EmailAddress column of a staged migration batch).

.PARAMETER OutputFolder
    Where the files go. Default: ExchangeRunbookInventory-<date>-<time> in the current folder.

.PARAMETER SkipServerDetails
    Do not contact each server for ExSetup.exe's version and the Windows version (WMI).
    Update levels are then known only to the service pack or cumulative update.

.PARAMETER IncludeMailboxAddresses
    Also write staged-mailboxes.csv with every mailbox's primary SMTP address.

.EXAMPLE
    .\Get-ExchangeRunbookInventory.ps1 -OutputFolder C:\Temp\Inventory
#>
param(
    [string]$OutputFolder = '',
    [switch]$SkipServerDetails,
    [switch]$IncludeMailboxAddresses
)

$ErrorActionPreference = 'Stop'
$script:TypePrefix = 'ExchangeRunbook.Inventory.'

if ($OutputFolder -eq '') {
    $OutputFolder = Join-Path (Get-Location).Path ('ExchangeRunbookInventory-' + (Get-Date -Format 'yyyyMMdd-HHmmss'))
}
if (-not (Test-Path -LiteralPath $OutputFolder)) {
    $null = New-Item -ItemType Directory -Path $OutputFolder
}

function Write-Note([string]$Text) {
    Write-Host ('Get-ExchangeRunbookInventory: ' + $Text)
}

# A PSObject whose first type name says what it is: the importer recognizes objects by
# type name, never by file name. Add-Member and TypeNames work in PowerShell 2.0.
function New-InventoryObject([string]$Type, [hashtable]$Values) {
    $o = New-Object -TypeName PSObject
    foreach ($key in ($Values.Keys | Sort-Object)) {
        $o | Add-Member -MemberType NoteProperty -Name $key -Value $Values[$key]
    }
    $o.PSObject.TypeNames.Insert(0, $script:TypePrefix + $Type)
    $o
}

function Save-Objects([object[]]$Objects, [string]$Name) {
    $path = Join-Path $OutputFolder $Name
    # Export-Clixml of an empty pipeline still writes a valid, empty <Objs> document.
    $Objects | Export-Clixml -Path $path -Depth 2
    Write-Note ("wrote $Name (" + @($Objects).Count + ' objects)')
}

function Get-NameOf($Value) {
    if ($null -eq $Value) { return '' }
    if ($Value -is [string]) { return $Value }
    if ($Value.Name) { return [string]$Value.Name }
    return [string]$Value
}

# ---- servers and organization ------------------------------------------------------------
$servers = @(Get-ExchangeServer)
Save-Objects $servers 'ExchangeServer.xml'

$organization = @()
try { $organization = @(Get-OrganizationConfig) } catch { Write-Note ('Get-OrganizationConfig failed: ' + $_.Exception.Message) }
Save-Objects $organization 'OrganizationConfig.xml'

$domains = @()
try { $domains = @(Get-AcceptedDomain) } catch { Write-Note ('Get-AcceptedDomain failed: ' + $_.Exception.Message) }
Save-Objects $domains 'AcceptedDomain.xml'

# ---- forest functional level ------------------------------------------------------------------
$forestMode = $null
try {
    if (Get-Command Get-ADForest -ErrorAction SilentlyContinue) {
        $forestMode = [string](Get-ADForest).ForestMode
    } else {
        $forestMode = [string]([System.DirectoryServices.ActiveDirectory.Forest]::GetCurrentForest().ForestMode)
    }
} catch {
    Write-Note ('forest mode not read: ' + $_.Exception.Message)
}
$forest = @()
if ($forestMode) { $forest = @(New-InventoryObject 'ForestMode' @{ ForestMode = $forestMode }) }
Save-Objects $forest 'ForestMode.xml'

# ---- mailbox counts per database (counts only) ------------------------------------------------
$counts = @()
$databases = @()
try { $databases = @(Get-MailboxDatabase) } catch { Write-Note ('Get-MailboxDatabase failed: ' + $_.Exception.Message) }
foreach ($db in $databases) {
    $server = Get-NameOf $db.ServerName
    if ($server -eq '') { $server = Get-NameOf $db.Server }
    $n = 0
    try {
        $n = @(Get-Mailbox -Database $db.Identity -ResultSize Unlimited).Count
    } catch {
        Write-Note ("mailboxes of $($db.Name) not counted: " + $_.Exception.Message)
    }
    $counts += New-InventoryObject 'MailboxCount' @{ Server = $server; Database = (Get-NameOf $db.Name); Count = $n }
}
Save-Objects $counts 'MailboxCount.xml'

if ($IncludeMailboxAddresses) {
    $rows = @()
    foreach ($m in @(Get-Mailbox -ResultSize Unlimited)) {
        $rows += New-Object -TypeName PSObject -Property @{ EmailAddress = [string]$m.PrimarySmtpAddress }
    }
    $rows | Select-Object EmailAddress | Export-Csv -Path (Join-Path $OutputFolder 'staged-mailboxes.csv') -NoTypeInformation -Encoding UTF8
    Write-Note ('wrote staged-mailboxes.csv (' + $rows.Count + ' addresses)')
}

# ---- public folders ---------------------------------------------------------------------------
$publicFolders = @()
try {
    if (Get-Command Get-PublicFolderDatabase -ErrorAction SilentlyContinue) {
        # Exchange 2007 and 2010: public folder databases.
        foreach ($pf in @(Get-PublicFolderDatabase)) {
            $publicFolders += New-InventoryObject 'PublicFolders' @{ Present = $true; Server = (Get-NameOf $pf.Server); Database = (Get-NameOf $pf.Name) }
        }
    }
    if ($publicFolders.Count -eq 0 -and (Get-Command Get-Mailbox -ErrorAction SilentlyContinue).Parameters.ContainsKey('PublicFolder')) {
        # Exchange 2013 and later: public folder mailboxes.
        foreach ($pf in @(Get-Mailbox -PublicFolder -ResultSize Unlimited)) {
            $publicFolders += New-InventoryObject 'PublicFolders' @{ Present = $true; Server = (Get-NameOf $pf.ServerName); Database = (Get-NameOf $pf.Database) }
        }
    }
} catch {
    Write-Note ('public folders not read: ' + $_.Exception.Message)
}
if ($publicFolders.Count -eq 0) { $publicFolders = @(New-InventoryObject 'PublicFolders' @{ Present = $false }) }
Save-Objects $publicFolders 'PublicFolders.xml'

# ---- each server: ExSetup.exe's file version (the RU/SU) and Windows -------------------------
# AdminDisplayVersion shows only the SP or CU; ExSetup.exe's file version shows the rollup or
# security update too (Microsoft's build-numbers page lists them by it).
function Get-ExchangeMajor($Server) {
    $major = 0
    try { $major = [int]$Server.AdminDisplayVersion.Major } catch { $major = 0 }
    if ($major -eq 0 -and ([string]$Server.AdminDisplayVersion) -match 'Version (\d+)') { $major = [int]$Matches[1] }
    $major
}

# Where Setup installed Exchange on that server (it need not be drive C:): this shell's
# $env:ExchangeInstallPath when the server is this computer, else Setup's MsiInstallPath in
# the server's registry, read over WMI (StdRegProv) as ExSetup.exe itself is; '' when neither.
function Get-ExchangeInstallPath($Server, [string]$Name) {
    if ($env:ExchangeInstallPath -and $env:COMPUTERNAME -and ($Name.Split('.')[0] -eq $env:COMPUTERNAME)) {
        return [string]$env:ExchangeInstallPath
    }
    $major = Get-ExchangeMajor $Server
    $key = 'SOFTWARE\Microsoft\ExchangeServer\v15\Setup'
    if ($major -eq 8) { $key = 'SOFTWARE\Microsoft\Exchange\Setup' }
    if ($major -eq 14) { $key = 'SOFTWARE\Microsoft\ExchangeServer\v14\Setup' }
    try {
        $registry = Get-WmiObject -List -Namespace 'root\default' -Class 'StdRegProv' -ComputerName $Name
        # 2147483650 is HKEY_LOCAL_MACHINE.
        $read = @($registry)[0].GetStringValue(2147483650, $key, 'MsiInstallPath')
        if ($read -and $read.ReturnValue -eq 0 -and $read.sValue) { return [string]$read.sValue }
    } catch {
        Write-Note ("Exchange install path of $Name not read from its registry: " + $_.Exception.Message)
    }
    ''
}

# ExSetup.exe under the install path, else under Setup's default folder for that version.
function Get-ExSetupPath($Server, [string]$Name) {
    $installPath = Get-ExchangeInstallPath $Server $Name
    if ($installPath) { return ($installPath.TrimEnd('\') + '\Bin\ExSetup.exe') }
    $major = Get-ExchangeMajor $Server
    if ($major -eq 8) { return 'C:\Program Files\Microsoft\Exchange Server\Bin\ExSetup.exe' }
    if ($major -eq 14) { return 'C:\Program Files\Microsoft\Exchange Server\V14\Bin\ExSetup.exe' }
    return 'C:\Program Files\Microsoft\Exchange Server\V15\Bin\ExSetup.exe'
}

$info = @()
foreach ($s in $servers) {
    $name = Get-NameOf $s.Name
    $values = @{ Server = $name; ExSetupVersion = ''; OSVersion = ''; OSCaption = '' }
    if (-not $SkipServerDetails) {
        try {
            $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $name
            $values.OSVersion = [string]$os.Version
            $values.OSCaption = [string]$os.Caption
        } catch {
            Write-Note ("Windows version of $name not read: " + $_.Exception.Message)
        }
        try {
            # WQL string literal: backslash and quote escaped.
            $path = (Get-ExSetupPath $s $name).Replace('\', '\\').Replace("'", "\'")
            $file = Get-WmiObject -Query "SELECT Version FROM CIM_DataFile WHERE Name = '$path'" -ComputerName $name
            if ($file) { $values.ExSetupVersion = [string](@($file)[0].Version) }
        } catch {
            Write-Note ("ExSetup.exe version of $name not read: " + $_.Exception.Message)
        }
    }
    $info += New-InventoryObject 'ServerInfo' $values
}
Save-Objects $info 'ServerInfo.xml'

# ---- summary ------------------------------------------------------------------------------------
if (Get-Command ConvertTo-Json -ErrorAction SilentlyContinue) {
    $summary = @{
        exchangeRunbookInventory = 1
        servers = @($servers | ForEach-Object { Get-NameOf $_.Name })
        mailboxes = ($counts | Measure-Object -Property Count -Sum).Sum
        forestMode = $forestMode
        publicFolders = [bool](@($publicFolders | Where-Object { $_.Present }).Count)
    }
    $summary | ConvertTo-Json -Depth 3 | Out-File -FilePath (Join-Path $OutputFolder 'inventory.json') -Encoding UTF8
    Write-Note 'wrote inventory.json'
}

Write-Note ("done: $OutputFolder")
