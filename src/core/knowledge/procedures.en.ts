// The step titles and notes the on-premises fixes and the assistant insert, in English (Swedish: procedures.sv.ts).
export const procedureEn = {
  'phase.transition.install': 'Bring in Exchange {version} for the transition from Exchange {old}',
  'phase.transition.move': 'Move services and data from Exchange {old} to Exchange {version}',
  'phase.transition.retire': 'Decommission Exchange {old}',
  'phase.retire': 'Retire the servers older than Exchange {version}',
  'phase.retire.online': 'Retire on-premises Exchange',
  'prepare-schema.title': 'Extend the Active Directory schema with Exchange {version} media',
  'prepare-schema.notes':
    "Run `Setup.exe /PrepareSchema {licence}` from the Exchange {version} media, in the schema master's site,\n" +
    'as a member of Schema Admins and Enterprise Admins; wait for replication before the next step.\n' +
    'See [Prepare Active Directory and domains]({link}).',
  'prepare-ad.title': 'Prepare Active Directory and all domains for Exchange {version}',
  'prepare-ad.notes':
    'Run `Setup.exe /PrepareAD {licence}`, then `Setup.exe /PrepareAllDomains {licence}`\n' +
    '(add `/TenantOrganizationConfig` if hybrid is configured). See [Prepare Active Directory and domains]({link}).',
  'install-exchange.title': 'Install Exchange {version} {update} on {server}',
  'install-exchange.hybridTitle': 'Install Exchange {version} {update} on the hybrid server {server}',
  'install-exchange.notes':
    'Install Exchange {version} {update} ({roles}) on Windows Server {os}.\n' +
    'Verify with `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\n' +
    'See [the upgrade checklist]({checklist}) and [system requirements]({requirements}).',
  'move-client-access.title': 'Move client access from {from} to {to}',
  'move-client-access.notes':
    'Create a legacy host name (e.g. `legacy.contoso.com`) for the old servers while mailboxes remain on them;\n' +
    'enable Outlook Anywhere on the old client access servers (`Set-OutlookAnywhere`); configure the virtual\n' +
    'directories and certificates of {to} (`Set-OwaVirtualDirectory`, `Set-WebServicesVirtualDirectory`,\n' +
    '`New-ExchangeCertificate`, `Enable-ExchangeCertificate`); set the Autodiscover SCP\n' +
    '(`Set-ClientAccessServer -AutoDiscoverServiceInternalUri`), then point the DNS namespace at {to}.\n' +
    'See [Outlook Anywhere]({outlookAnywhere}) and [certificates]({certificates}).',
  'move-transport.title': 'Move mail flow from {from} to {to}',
  'move-transport.notes':
    'Add {to} as a source server of the send connectors, point inbound SMTP at it, then remove {from}\n' +
    'from the connectors. See [the upgrade checklist]({checklist}).',
  'move-mailboxes.title': 'Move the mailboxes from {from} to {to}',
  'move-mailboxes.notes':
    'Online moves: `New-MoveRequest -Identity <mailbox> -TargetDatabase <database>` (or `New-MigrationBatch -Local`);\n' +
    'follow them with `Get-MoveRequestStatistics`.{arbitration} See [New-MoveRequest]({link}).',
  'move-mailboxes.arbitration':
    '\nMove the arbitration mailboxes too: `Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <database>`.',
  'migrate-public-folders.title': 'Migrate the public folders from {from} to {to}',
  'migrate-public-folders.legacy':
    'Batch migration of legacy public folders (the only supported method; the source needs Exchange 2007 SP3 RU15\n' +
    'or 2010 SP3 RU8 or later, and every user mailbox must be moved first): `Export-PublicFolderStatistics.ps1`,\n' +
    '`PublicFolderToMailboxMapGenerator.ps1`, `Create-PublicFolderMailboxesForMigration.ps1`, then\n' +
    '`New-MigrationBatch -Name PFMigration -SourcePublicFolderDatabase (Get-PublicFolderDatabase -Server <source>) -CSVData ...`.\n' +
    'Lock with `Set-OrganizationConfig -PublicFoldersLockedForMigration:$true`, finalize with\n' +
    '`Set-OrganizationConfig -PublicFoldersEnabled Remote` and `Complete-MigrationBatch PFMigration`, then\n' +
    '`Set-OrganizationConfig -PublicFolderMigrationComplete:$true` and `-PublicFoldersEnabled Local`.\n' +
    'See [batch migration of public folders]({link}).',
  'migrate-public-folders.modern':
    'Move the public folder mailboxes: `Get-Mailbox -PublicFolder -Server {from} | New-MoveRequest -TargetDatabase <database>`.\n' +
    'See [migrate public folders from Exchange 2013]({link}).',
  'decommission.title': 'Decommission {server}',
  'decommission.notes':
    'Re-home the offline address book, remove the mailbox and public folder databases, then uninstall with\n' +
    'Setup (`Setup /mode:uninstall`) or Control Panel, never with ADSIEdit.{order}\n' +
    'See [decommissioning legacy Exchange servers]({link}).',
  'decommission.order2007':
    ' Uninstall the Exchange 2007 roles in the order Mailbox, UM, Hub Transport, Client Access.',
  'move-client-access.modern':
    'Configure the virtual directories and certificates of {to} for the same namespace (`Set-OwaVirtualDirectory`,\n' +
    '`Set-WebServicesVirtualDirectory`, `Set-OutlookAnywhere`, `New-ExchangeCertificate`, `Enable-ExchangeCertificate`),\n' +
    'set the Autodiscover SCP (`Set-ClientAccessService -AutoDiscoverServiceInternalUri`), then point the DNS namespace\n' +
    '(or the load balancer) at {to}; it proxies to the old servers while mailboxes remain there.\n' +
    'See [certificates]({certificates}).',
  'update-server.title': 'Update {server} to Exchange {version} {update}',
  'update-server.notes':
    'Exchange {version} {update} is needed before Exchange {installing} joins the organization ({minimum} at least).\n' +
    '{how} See [install cumulative updates]({link}).',
  'update-server.notesPublicFolders':
    'Exchange {version} {update} is needed before its public folders move to modern public folders by batch migration ({minimum} at least).\n' +
    '{how} See [install cumulative updates]({link}).',
  'update-server.how.cu': "Run `Setup.exe /Mode:Upgrade {licence}` from the update's media.",
  'update-server.how.sp':
    'Install the service pack, then the update rollup (servers in the order Client Access, Hub Transport, UM, Mailbox).',
  'roles.mailbox': 'Mailbox',
  'roles.clientAccess': 'Client Access',
  'roles.hubTransport': 'Hub Transport',
  'roles.edgeTransport': 'Edge Transport',
  'roles.unifiedMessaging': 'Unified Messaging',
  'os.any': 'a supported version',
  // Where legacy public folders reach Exchange Online from: the versions are facts (knowledge/online.ts).
  'publicFolders.stagingAtLeast': 'Exchange {version} {update} or later',
  'publicFolders.stagingEither': '{first}, or {second}',
} as const satisfies Record<string, string>;
