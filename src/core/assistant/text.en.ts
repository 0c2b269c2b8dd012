// The new-runbook assistant's English (Swedish: text.sv.ts).
export const assistantEn = {
  // ---- names ----
  'method.cutover': 'cutover migration',
  'method.staged': 'staged migration',
  'method.hybrid': 'full hybrid migration',
  'target.online': 'Microsoft 365 (Exchange Online)',
  'target.onPremises': 'Exchange {version} on premises',
  yes: 'yes',
  no: 'no',

  // ---- refusals: answers that cannot be right ----
  'refuse.invalid.sources':
    'the Exchange versions present must be one or more of 2003, 2007, 2010, 2013, 2016, 2019 and SE, not `{value}`',
  'refuse.invalid.asOf': 'the date must be written YYYY-MM-DD, not `{value}`',
  'refuse.invalid.mailboxes': 'the number of mailboxes must be a whole number from 1 to 1000000, not `{value}`',
  'refuse.invalid.name':
    'the organization name must have 1 to 64 characters, at least one a letter or digit, and no control characters (not `{value}`)',
  'refuse.invalid.domain': 'the domain must be a domain name such as contoso.com, not `{value}`',
  'refuse.invalid.target': 'the target must be online, 2013, 2016, 2019 or SE, not `{value}`',
  'refuse.invalid.method': 'the method must be cutover, staged or hybrid, not `{value}`',
  'refuse.sources.notReleased':
    'Exchange {version} was released on {date}, after {asOf}: it cannot be in the organization on that date',
  'refuse.sources.cannotCoexist':
    'Exchange {newer} cannot be installed in an organization that has Exchange {older} (Setup refuses it), so no organization has both; check the versions',
  'refuse.method.onPremises':
    'a migration method ({method}) applies to Microsoft 365 targets only; on-premises Exchange {version} is reached by installing servers and moving mailboxes: leave out the method',
  'refuse.target.notReleased':
    'Exchange {version} was released on {date}, after {asOf}: a plan dated {asOf} cannot install it',
  'refuse.plan.problem': 'on {asOf} this plan cannot be carried out as written: {problem}',
  'refuse.hybrid.notReleased':
    'a hybrid deployment with Exchange {versions} needs an Exchange {version} {update} server, released on {date}, after {asOf}: a plan dated {asOf} cannot install it',
  'refuse.target.endOfSupport':
    'Exchange {version} reached its end of support on {date}: on {asOf} a migration that ends on it leaves the organization without security updates (end-of-support); Exchange {supported} is supported',
  'refuse.target.older':
    'the organization already has Exchange {newest}, which is newer than the target Exchange {version}: Exchange cannot be downgraded',
  'refuse.target.same':
    'the organization already runs only Exchange {version}: there is nothing to migrate (to move to new hardware, install servers of the same version and move the mailboxes)',
  'refuse.target.noPath': 'no supported chain of versions leads from Exchange {versions} to Exchange {version}',

  // ---- reasons ----
  'reason.cutover.small':
    '{count} mailboxes: a cutover migration moves them all in one batch within about a week; Microsoft calls cutover reasonable for {recommended} mailboxes or fewer and supports it up to {max}.',
  'reason.cutover.large':
    '{count} mailboxes is more than the {recommended} Microsoft recommends for a cutover migration, but within the {max} it supports; one batch of this size takes longer than a week.',
  'reason.cutover.tooMany': 'a cutover migration moves at most {max} mailboxes, and this organization has {count}.',
  'reason.staged.large':
    '{count} mailboxes on Exchange {versions}: a staged migration moves them in batches (at most {rows} mailboxes per CSV file) over a few weeks; Microsoft suggests staged above 150 mailboxes for Exchange 2003 and 2007.',
  'reason.staged.small':
    '{count} mailboxes: a staged migration works (batches over a few weeks, with directory sync), but for {recommended} or fewer a cutover migration is simpler.',
  'reason.staged.source':
    'a staged migration reads only Exchange 2003 and 2007 mailboxes, and this organization has Exchange {versions}.',
  'reason.method.stay':
    'on-premises Exchange must stay, but a {method} moves every mailbox and retires on-premises Exchange; only a hybrid deployment keeps both working together.',
  'reason.publicFolders.legacy':
    'the public folders are on Exchange {version}, which cannot migrate them straight to Exchange Online (they must go to {staging} first), and a {method} installs no on-premises server to take them.',
  'reason.hybrid.stay':
    'on-premises Exchange stays next to Exchange Online: only a full hybrid deployment keeps the two working together (shared address book, free/busy, secure mail flow, mailbox moves both ways).',
  'reason.hybrid.publicFolders':
    'the public folders are on Exchange {version}, which cannot migrate them straight to Exchange Online: they go through {staging} first, and of the three methods only hybrid brings that server in (the hybrid server).',
  'reason.hybrid.small':
    'a full hybrid migration works for {count} mailboxes, but Microsoft finds it worth its effort (hybrid server, certificates, directory sync) from about {threshold} mailboxes.',
  'reason.hybrid.large':
    '{count} mailboxes on Exchange {versions}: more than the {recommended} Microsoft recommends for a cutover migration, and a staged migration cannot read Exchange 2010 or later; a full hybrid migration moves the mailboxes in waves over weeks or months.',
  'reason.hybrid.option':
    'a full hybrid migration works for any size and moves mailboxes in waves without new Outlook profiles; it costs a hybrid server, certificates and directory sync.',
  'reason.onPremises.direct':
    '{path}: Exchange {target} can be installed next to Exchange {versions}; install it, move client access, mail flow, mailboxes and public folders to it, then decommission the old servers.',
  'reason.onPremises.chain':
    '{path}: Exchange {target} cannot join an organization that still has Exchange {blocking}, so the runbook goes through Exchange {intermediates}, each version installed next to the one before it, with client access, mail flow, mailboxes and public folders moved and the old servers decommissioned at every step.',
  'reason.onPremises.consolidate':
    'First the Exchange {older} servers hand everything over to Exchange {onto} and are decommissioned, because Exchange {next} cannot be installed next to them.',
  'reason.onPremises.onlyConsolidate':
    'The organization already has Exchange {target}: the older servers hand everything over to it and are decommissioned.',
  'suggest.method': 'Recommended for these answers: {method} (--method {flag}).',
  'suggest.target': 'Target Exchange {version} instead (--target {version}).',

  // ---- warnings ----
  'warning.cutoverSize':
    'Note: you chose cutover for {count} mailboxes (Microsoft recommends {recommended} or fewer); the runbook silences the cutover-size warning on `target.method` so that it records your choice.',
  'warning.hybridSmall':
    'Note: full hybrid for {count} mailboxes is more than most organizations of this size need (Microsoft: worth it from about {threshold}); the linter reports this as info (hybrid-size).',
  'warning.stay':
    'On-premises Exchange stays: the runbook ends with a hybrid server on Exchange {version}, the newest version in support on {asOf}, for recipient management and hybrid features.',
  'warning.decommissionAll':
    'On-premises Exchange does not stay: after the last wave the runbook decommissions every on-premises server, the hybrid server last.',
  'warning.transitionUnsupported.one':
    'Exchange {versions} is past its end of support; the runbook installs it only for the transition and removes it again (end-of-support reports this as info).',
  'warning.transitionUnsupported.many':
    'Exchange {versions} are past their end of support; the runbook installs them only for the transition and removes them again (end-of-support reports this as info).',
  'warning.modernLifecycle':
    'Exchange SE follows the Modern Lifecycle Policy: stay on the latest cumulative update to stay supported.',

  // ---- the runbook's header ----
  'runbook.title.online': '{name} – {method} to Microsoft 365',
  'runbook.title.onPremises': '{name} – Exchange {from} to Exchange {target}',
  'runbook.title.onPremisesThrough': '{name} – Exchange {from} to Exchange {target} through {through}',
  'header.generated':
    'Generated by the Exchange Runbook assistant (exchange-runbook new) on {date} from these answers:',
  'header.answers':
    'Exchange versions present: {sources}; mailboxes: {mailboxes}; public folders: {publicFolders}; target: {target}; on-premises Exchange stays: {stay}.',
  'header.command': 'The same runbook from the command line: {command}',
  'header.recommendation': 'Recommendation: {choice}. {reason}',
  'header.chosen': 'Your choice: {choice}. {reason}',
  'header.sources': 'Sources:',
  'header.csv':
    'The staged batches read {files} next to this file: placeholder rows to replace with the real addresses and passwords (`exchange-runbook new ... --out <file>` writes them).',
  'header.review':
    'Review every step before you run it: server names, counts and durations are estimates to adjust. `exchange-runbook lint` checks the result.',
  'comment.updateUnknown': 'RU/SU unknown: only AdminDisplayVersion was read (the collector reads ExSetup.exe)',
  'comment.cutoverSize':
    'Cutover was chosen for more mailboxes than Microsoft recommends (150); it is supported up to 2,000.',

  // ---- phases ----
  'phase.check': 'Check the organization',
  'phase.consolidate': 'Hand everything from Exchange {older} over to Exchange {onto}',
  'phase.prepare.cutover': 'Prepare the source and the tenant',
  'phase.migrate.cutover': 'Migrate every mailbox',
  'phase.prepare.staged': 'Prepare the source, the tenant and directory sync',
  'phase.wave': 'Wave {wave}: {count} mailboxes',
  'phase.pilot': 'Pilot: {count} mailboxes',
  'phase.finish.staged': 'Switch mail flow and finish',
  'phase.publicFolders': 'Migrate the public folders to Exchange Online',
  'phase.retire.online': 'Retire on-premises Exchange',
  'phase.retire.hybrid': 'Retire on-premises Exchange, the hybrid server last',
  'phase.hybridServer.install': 'Bring in the Exchange {version} hybrid server',
  'phase.hybridServer.existing': 'Prepare the Exchange {version} server for hybrid',
  'phase.tenant': 'Prepare the tenant and directory sync',
  'phase.hybrid': 'Configure the hybrid deployment',
  'phase.mailFlow': 'Mail flow and licences',
  'phase.stay': 'On-premises Exchange stays',

  // ---- steps ----
  'title.check': 'Inventory the servers, Active Directory and clients',
  'notes.check.inventory':
    'List the servers and their builds: `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\nRun the [Exchange HealthChecker]({link}) on every server that has it.',
  'notes.check.platform':
    'Exchange {version} needs forest functional level Windows Server {forest} or higher and Outlook {outlook} or later on every client; check both now. See [system requirements]({link}).',
  'notes.check.online':
    'Check that the tenant has an Exchange Online licence for every mailbox, and test Autodiscover and Outlook Anywhere from outside with the [Microsoft Remote Connectivity Analyzer]({link}).',
  'notes.check.hybrid':
    'Hybrid needs a trusted certificate with the Autodiscover and EWS names, public Autodiscover pointing on premises, and TCP 25 and 443 open to Exchange Online. See [hybrid deployment prerequisites]({link}).',
  'notes.hybridServer':
    'This is the hybrid server: give it a certificate from a trusted public CA with the Autodiscover and EWS names, and keep it on the latest update. See [hybrid deployment prerequisites]({link}).',
  'notes.se':
    'Exchange SE CU2 no longer installs next to Exchange 2016 or 2019: finish this transition before moving to SE CU2. See [upgrade to Exchange SE]({link}).',
  'notes.cu14': 'Stay on Exchange 2019 CU14 while Exchange 2013 remains: CU15 Setup no longer accepts Exchange 2013.',
  'notes.nativeMode':
    'The Exchange 2003 organization must be in native mode, with Exchange 2003 SP2 on every 2003 server, before Exchange 2010 joins it. See [Exchange 2010 system requirements]({link}).',
  'notes.routingGroups':
    'With the last Exchange 2003 server, remove the routing group connectors to it: `Get-RoutingGroupConnector | Remove-RoutingGroupConnector` from the Exchange 2010 shell. See [Remove-RoutingGroupConnector]({link}).',
  'title.moveMailboxes': 'Move the {count} mailboxes from {from} to {to}',
  'title.moveSystemMailboxes': 'Move the arbitration and system mailboxes from {from} to {to}',
  'notes.moveSystemMailboxes':
    'The user mailboxes are in Exchange Online; the arbitration mailboxes still live here:\n`Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <database>`. See [New-MoveRequest]({link}).',
  'notes.pfReplicate':
    'Add replicas of every public folder on {to} (`Set-PublicFolder -Replicas`, or the public folder management console), wait until replication is complete, then remove the old replicas.',
  'title.rerunWizard': 'Run the Hybrid Configuration Wizard against {server}',
  'notes.rerunWizard':
    'Run the wizard again so that {server} takes over the hybrid role (connectors, organization relationship, MRS proxy endpoint). See [Hybrid Configuration Wizard]({link}).',
  'title.verifyDomain': 'Verify {domain} in the tenant',
  'notes.verifyDomain':
    'Add {domain} in the Microsoft 365 admin center and publish the TXT record it shows in public DNS. See [add a domain]({link}).',
  'title.syncOff': 'Make sure directory sync is off',
  'notes.syncOff':
    'A cutover migration creates the cloud accounts itself: turn directory sync off before the batch. See [cutover migration]({link}).',
  'title.syncOn': 'Synchronize the users with Microsoft Entra Connect',
  'notes.syncOn.staged':
    'Install [Microsoft Entra Connect]({link}) (formerly Azure AD Connect, [renamed]({rename})): every mailbox in the CSV files needs a synchronized mail user in Exchange Online, and Exchange Online checks that sync is on when a batch starts.',
  'notes.syncOn.hybrid':
    'Install [Microsoft Entra Connect]({link}) (formerly Azure AD Connect, [renamed]({rename})) with password hash sync, pass-through authentication or AD FS; enable Exchange hybrid deployment in its options.',
  'title.permissions': 'Grant {account} the migration permissions',
  'notes.permissions.cutover':
    'FullAccess on every mailbox (`Add-MailboxPermission -Identity <mailbox> -User {account} -AccessRights FullAccess`)\nor Receive As on every mailbox database. Unhide hidden mailboxes from the address lists. See [cutover migration]({link}).',
  'notes.permissions.staged':
    'FullAccess on every mailbox (`Add-MailboxPermission -Identity <mailbox> -User {account} -AccessRights FullAccess`)\nor Receive As on every mailbox database, plus WriteProperty on the TargetAddress attribute of the users. See [staged migration]({link}).',
  'notes.permissions.hybrid':
    'The on-premises account the migration endpoint uses needs permission to move mailboxes (Organization Management, or the Move Mailboxes role); in Exchange Online a Global Administrator or Exchange Administrator creates the batches. See [move mailboxes]({link}).',
  'title.prepareMailboxes': 'Prepare the mailboxes, groups and DNS',
  'notes.prepareMailboxes.cutover':
    "Unhide mailboxes hidden from the address lists, disable Unified Messaging, create empty mail-enabled security groups in Exchange Online (a cutover migration cannot detect security groups),\nremove managers and delegates that point to objects that are not migrated, and lower the MX record's TTL to 3600 seconds. See [cutover migration]({link}).",
  'notes.prepareMailboxes.staged':
    "Disable Unified Messaging on the mailboxes, plan the waves (each CSV file at most 2,000 mailboxes), and lower the MX record's TTL to 3600 seconds before the switch. See [staged migration]({link}).",
  'title.outlookAnywhere': 'Publish Outlook Anywhere on {server} with a trusted certificate',
  'notes.outlookAnywhere.legacy':
    'Exchange Online reads the mailboxes over Outlook Anywhere (RPC over HTTP, TCP 443): `Enable-OutlookAnywhere -Server {server} -ExternalHostname <name> -DefaultAuthenticationMethod Basic -SSLOffloading:$false`,\nwith a certificate from a trusted CA (not self-signed) that has the Outlook Anywhere and Autodiscover names. Test with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
  'notes.outlookAnywhere.2003':
    'Exchange Online reads Exchange 2003 mailboxes over RPC over HTTP: enable it on {server} with a certificate from a trusted CA, and open TCP 443 (and 6001, 6002, 6004 between the RPC proxy and {server}).\nTest with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
  'notes.outlookAnywhere.modern':
    'Outlook Anywhere is on by default on Exchange 2013 and later: check its external host name (`Get-OutlookAnywhere -Server {server} | fl ExternalHostname`) and that the certificate bound to IIS is from a trusted CA.\nTest with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
  'title.endpoint.outlookAnywhere': 'Create the Outlook Anywhere migration endpoint',
  'notes.endpoint.outlookAnywhere':
    'In Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeOutlookAnywhere -Name OAEndpoint -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`;\ncheck it with `Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`. See [migration endpoints]({link}).',
  'title.endpoint.remoteMove': 'Create the remote move migration endpoint',
  'notes.endpoint.remoteMove':
    'In Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeRemoteMove -Name HybridEndpoint -RemoteServer <external name of {server}> -Credentials (Get-Credential)`\n(the wizard usually creates it). See [move mailboxes in a hybrid deployment]({link}).',
  'title.batch.cutover': 'Create the cutover batch for all {count} mailboxes',
  'notes.batch.cutover':
    '`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint` (no CSV: a cutover batch takes every mailbox, mail contact and mail-enabled group). See [New-MigrationBatch]({link}).',
  'title.startBatch': 'Start the batch {batch} and follow its progress',
  'notes.startBatch':
    '`Start-MigrationBatch -Identity {batch}`; follow it with `Get-MigrationBatch {batch}` and `Get-MigrationUserStatistics`. The status goes from Syncing to Synced; incremental sync then runs every 24 hours. See [cutover migration]({link}).',
  'notes.startBatch.staged':
    '`Start-MigrationBatch -Identity {batch}`; follow it with `Get-MigrationUserStatistics`. Initial sync runs about 20 mailboxes at a time. See [staged migration]({link}).',
  'notes.startBatch.remoteMove':
    '`Start-MigrationBatch -Identity {batch}`; mailboxes sync to 95% and wait for completion. Follow with `Get-MigrationUserStatistics -BatchId {batch}`. See [move mailboxes]({link}).',
  'title.switchMx': 'Point MX and Autodiscover to Microsoft 365',
  'notes.switchMx':
    'Point the MX record to `{mx}` and the `autodiscover` CNAME to `autodiscover.outlook.com`,\nthen wait 72 hours before deleting the batches, so that mail still arriving on premises is synchronized. See [cutover migration]({link}).',
  'notes.switchMx.hybrid':
    'Point the MX record to `{mx}` once most mailboxes are in Exchange Online (the wizard does not change MX); mail for on-premises mailboxes then flows through the hybrid connectors. See [Hybrid Configuration Wizard]({link}).',
  'title.removeBatch': 'Delete the batch {batch}',
  'notes.removeBatch':
    'When the last synced time is later than the MX switch: `Remove-MigrationBatch -Identity {batch}`. See [migration steps]({link}).',
  'title.licenses': 'Assign Exchange Online licences',
  'notes.licenses':
    'Every migrated user needs a licence within 30 days, or the mailbox is disabled. See [assign licences]({link}).',
  'title.outlook': 'Users set up Outlook for Exchange Online',
  'notes.outlook.cutover':
    'Send the welcome letter: users sign in with their new password, create a new Outlook profile and let Outlook download the mailbox again. See [the Exchange 2007 roadmap]({link}).',
  'notes.outlook.staged':
    'Users of each converted wave create a new Outlook profile; mail for them is already forwarded to Exchange Online through TargetAddress. See [staged migration]({link}).',
  'title.batch.staged': 'Create the staged batch for wave {wave} ({count} mailboxes in {csv})',
  'notes.batch.staged':
    'Replace the placeholder rows of {csv} with the wave\'s real mailboxes (EmailAddress, Password of at least 8 characters, ForceChangePassword True or False; at most {rows} rows), then:\n`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint -CSVData ([System.IO.File]::ReadAllBytes("{csv}"))`. See [CSV files for migration]({link}).',
  'title.convert': 'Convert the mailboxes of {batch} to mail-enabled users',
  'notes.convert':
    'Run `ExportO365UserInfo.ps1` in Exchange Online (it writes cloud.csv), then `Exchange2007MBtoMEU.ps1 <domain controller>` on premises, so that Outlook finds the cloud mailbox (Exchange 2003 has its own script). See [convert to mail-enabled users]({link}).',
  'title.mrsProxy': 'Enable the MRS proxy on {server}',
  'notes.mrsProxy':
    '`Set-WebServicesVirtualDirectory -Identity "{server}\\EWS (Default Web Site)" -MRSProxyEnabled $true`, with Windows authentication on that virtual directory. See [MRS proxy endpoint]({link}).',
  'title.wizard': 'Run the Hybrid Configuration Wizard against {server}',
  'notes.wizard':
    'Download the wizard from the Exchange admin center and run it on {server} as Organization Management and Global Administrator; choose full hybrid.\nCreate the dedicated Exchange hybrid application in Microsoft Entra ID too (`ConfigureExchangeHybridApplication.ps1`, see [dedicated hybrid app]({app})). See [Hybrid Configuration Wizard]({link}).',
  'title.batch.remoteMove': 'Create the remote move batch {batch} ({count} mailboxes)',
  'notes.batch.remoteMove':
    'List the mailboxes in a CSV file with the header EmailAddress, then:\n`New-MigrationBatch -Name {batch} -SourceEndpoint HybridEndpoint -TargetDeliveryDomain {tenant}.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes("<file>.csv"))`. See [move mailboxes]({link}).',
  'title.completeBatch': 'Complete the batch {batch}',
  'notes.completeBatch.remoteMove':
    '`Complete-MigrationBatch -Identity {batch}` at a quiet hour: users are switched to Exchange Online and Outlook reconnects by itself. See [move mailboxes]({link}).',
  'notes.pfStaging':
    'Exchange Online takes legacy public folders only from Exchange 2010 SP3 RU8 or later, or from Exchange 2013: they pass through this server first. See [batch migration of legacy public folders]({link}).',
  'title.pfOnline': 'Migrate the public folders from {from} to Exchange Online',
  'notes.pfOnline.legacy':
    'Batch migration of legacy public folders from {server}: `Export-PublicFolderStatistics.ps1`, `PublicFolderToMailboxMapGenerator.ps1`, create the public folder mailboxes in Exchange Online, then\n`New-MigrationBatch -Name PFMigration -SourceEndpoint <public folder endpoint> -CSVData ...`; lock the source with `Set-OrganizationConfig -PublicFoldersLockedForMigration $true`, then complete the batch. See [batch migration of legacy public folders]({link}).',
  'notes.pfOnline.modern':
    'Batch migration of modern public folders from {server}: create the mapping with the migration scripts, `New-MigrationBatch -Name PFMigration -SourceEndpoint <public folder endpoint> -PublicFolderToUnifiedGroup:$false -CSVData ...`;\nlock with `Set-OrganizationConfig -PublicFolderMailboxesLockedForNewConnections $true` before completing. Exchange Online takes at most 1,000 public folder mailboxes. See [public folder migration]({link}).',
  'notes.lastServer':
    'While directory sync manages the users, Microsoft advises keeping one Exchange server (or the Exchange management tools) for recipient management; if one must stay, answer that on-premises Exchange stays. See [the Exchange 2010 roadmap]({link}).',
  'title.stays': '{servers} stays on premises for recipient management and hybrid',
  'notes.stays':
    'Keep it on the latest cumulative update and manage the synchronized recipients from it (`Enable-RemoteMailbox` for new cloud mailboxes). See [the Exchange 2010 roadmap]({link}).',

  // ---- the command line (`exchange-runbook new`) ----
  'cli.noSource': '--source is needed: the Exchange versions present, e.g. --source 2007 or --source 2007,2010',
  'cli.noMailboxes': '--mailboxes is needed: the number of mailboxes in scope, e.g. --mailboxes 420',
  'cli.badLocale': '--locale must be en or sv, not `{value}`',
  'cli.outAndCsvDir':
    '--out writes the CSV files next to the runbook; --csv-dir is for a runbook printed to stdout: give one of them',
  'cli.exists': '{file} already exists; add --force to overwrite it',
  'cli.cannotWrite': 'cannot write {file}: {reason}',
  'cli.wrote': 'wrote {file}',
  'cli.csvNotWritten':
    'note: the runbook reads the staged-migration CSV files {files} next to itself; they were not written. Add --csv-dir DIR (the folder you save the runbook in) to write their templates, or use --out FILE to write the runbook and the CSV files together.',

  // ---- the VS Code command ----
  'ui.saveTitle': 'Save the runbook (its CSV files {files} go next to it)',
  'ui.csvNotWritten':
    'The runbook opens unsaved, and the CSV files it expects ({files}) were not written: save it next to them, or run the command again and choose where to save.',

  // ---- the interview ----
  'ask.sources.title': 'Exchange versions in the organization',
  'ask.sources.prompt': 'Which Exchange versions are installed? Pick every version that has servers.',
  'ask.mailboxes.title': 'Mailboxes',
  'ask.mailboxes.prompt': 'How many mailboxes are in scope?',
  'ask.publicFolders.title': 'Public folders',
  'ask.publicFolders.prompt': 'Does the organization use public folders?',
  'ask.target.title': 'Target',
  'ask.target.prompt': 'Where should the mailboxes end up?',
  'ask.keep.title': 'On-premises Exchange',
  'ask.keep.prompt': 'Must on-premises Exchange stay next to Exchange Online (a lasting hybrid deployment)?',
  'ask.name.title': 'Organization',
  'ask.name.prompt': "The organization's name (used for the title, server names and file names)",
  'ask.domain.title': 'Domain',
  'ask.domain.prompt': 'The primary accepted domain (e.g. contoso.com)',
  'ask.method.title': 'Migration method',
  'ask.method.prompt': 'The recommendation comes first; pick it or another allowed method.',
  'ask.confirm.title': 'The plan',
  'ask.recommended': 'recommended',
  'ask.notPossible': 'not possible',
  'ask.keep.yes': 'Yes: keep on-premises Exchange (hybrid)',
  'ask.keep.no': 'No: retire on-premises Exchange when the migration is done',
  'ask.publicFolders.yes': 'Yes',
  'ask.publicFolders.no': 'No',
  'ask.target.online.detail': 'cutover, staged or full hybrid migration',
  'ask.target.version.detail': 'end of support {date}',
  'ask.target.se.detail': 'Modern Lifecycle Policy: supported while kept up to date',
  'ask.version.detail': 'end of support {date}',
  'ask.invalid.sources': 'Pick at least one version.',
  'ask.invalid.yesNo': 'answer yes or no, not `{value}`',
} as const satisfies Record<string, string>;
