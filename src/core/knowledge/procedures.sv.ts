// The step titles and notes of procedures.en.ts in Swedish, in Microsoft's Swedish Exchange terminology.
import type { procedureEn } from './procedures.en';

export const procedureSv: Record<keyof typeof procedureEn, string> = {
  'phase.transition.install': 'Installera Exchange {version} för övergången från Exchange {old}',
  'phase.transition.move': 'Flytta tjänster och data från Exchange {old} till Exchange {version}',
  'phase.transition.retire': 'Avveckla Exchange {old}',
  'phase.retire': 'Avveckla servrarna som är äldre än Exchange {version}',
  'phase.retire.online': 'Avveckla den lokala Exchange-miljön',
  'prepare-schema.title': 'Utöka Active Directory-schemat med installationsmediet för Exchange {version}',
  'prepare-schema.notes':
    'Kör `Setup.exe /PrepareSchema {licence}` från installationsmediet för Exchange {version}, i samma Active Directory-plats som schemahanteraren,\n' +
    'som medlem i Schema Admins och Enterprise Admins; vänta på replikeringen före nästa steg.\n' +
    'Se [Förbereda Active Directory och domäner]({link}).',
  'prepare-ad.title': 'Förbered Active Directory och alla domäner för Exchange {version}',
  'prepare-ad.notes':
    'Kör `Setup.exe /PrepareAD {licence}` och sedan `Setup.exe /PrepareAllDomains {licence}`\n' +
    '(lägg till `/TenantOrganizationConfig` om hybrid är konfigurerad). Se [Förbereda Active Directory och domäner]({link}).',
  'install-exchange.title': 'Installera Exchange {version} {update} på {server}',
  'install-exchange.hybridTitle': 'Installera Exchange {version} {update} på hybridservern {server}',
  'install-exchange.notes':
    'Installera Exchange {version} {update} ({roles}) på Windows Server {os}.\n' +
    'Kontrollera med `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\n' +
    'Se [checklistan för uppgraderingen]({checklist}) och [systemkraven]({requirements}).',
  'move-client-access.title': 'Flytta klientåtkomsten från {from} till {to}',
  'move-client-access.notes':
    'Skapa ett äldre värdnamn (t.ex. `legacy.contoso.com`) för de gamla servrarna så länge postlådor finns kvar på dem;\n' +
    'aktivera Outlook Anywhere på de gamla klientåtkomstservrarna (`Set-OutlookAnywhere`); konfigurera de virtuella\n' +
    'katalogerna och certifikaten på {to} (`Set-OwaVirtualDirectory`, `Set-WebServicesVirtualDirectory`,\n' +
    '`New-ExchangeCertificate`, `Enable-ExchangeCertificate`); ställ in Autodiscover-SCP\n' +
    '(`Set-ClientAccessServer -AutoDiscoverServiceInternalUri`) och peka sedan DNS-namnområdet mot {to}.\n' +
    'Se [Outlook Anywhere]({outlookAnywhere}) och [certifikat]({certificates}).',
  'move-transport.title': 'Flytta e-postflödet från {from} till {to}',
  'move-transport.notes':
    'Lägg till {to} som källserver för skickanslutningarna, peka inkommande SMTP mot den och ta sedan bort {from}\n' +
    'från anslutningarna. Se [checklistan för uppgraderingen]({checklist}).',
  'move-mailboxes.title': 'Flytta postlådorna från {from} till {to}',
  'move-mailboxes.notes':
    'Onlineflyttar: `New-MoveRequest -Identity <postlåda> -TargetDatabase <databas>` (eller `New-MigrationBatch -Local`);\n' +
    'följ dem med `Get-MoveRequestStatistics`.{arbitration} Se [New-MoveRequest]({link}).',
  'move-mailboxes.arbitration':
    '\nFlytta även skiljedomspostlådorna: `Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <databas>`.',
  'migrate-public-folders.title': 'Migrera de gemensamma mapparna från {from} till {to}',
  'migrate-public-folders.legacy':
    'Batchmigrering av äldre gemensamma mappar (den enda metod som stöds; källan måste ha Exchange 2007 SP3 RU15\n' +
    'eller 2010 SP3 RU8 eller senare, och alla användarpostlådor måste flyttas först): `Export-PublicFolderStatistics.ps1`,\n' +
    '`PublicFolderToMailboxMapGenerator.ps1`, `Create-PublicFolderMailboxesForMigration.ps1`, sedan\n' +
    '`New-MigrationBatch -Name PFMigration -SourcePublicFolderDatabase (Get-PublicFolderDatabase -Server <källa>) -CSVData ...`.\n' +
    'Lås med `Set-OrganizationConfig -PublicFoldersLockedForMigration:$true`, slutför med\n' +
    '`Set-OrganizationConfig -PublicFoldersEnabled Remote` och `Complete-MigrationBatch PFMigration`, sedan\n' +
    '`Set-OrganizationConfig -PublicFolderMigrationComplete:$true` och `-PublicFoldersEnabled Local`.\n' +
    'Se [batchmigrering av gemensamma mappar]({link}).',
  'migrate-public-folders.modern':
    'Flytta postlådorna för gemensamma mappar: `Get-Mailbox -PublicFolder -Server {from} | New-MoveRequest -TargetDatabase <databas>`.\n' +
    'Se [migrera gemensamma mappar från Exchange 2013]({link}).',
  'decommission.title': 'Avveckla {server}',
  'decommission.notes':
    'Flytta genereringen av offline-adressboken, ta bort databaserna för postlådor och gemensamma mappar och avinstallera\n' +
    'sedan med Setup (`Setup /mode:uninstall`) eller Kontrollpanelen, aldrig med ADSIEdit.{order}\n' +
    'Se [avveckla äldre Exchange-servrar]({link}).',
  'decommission.order2007':
    ' Avinstallera Exchange 2007-rollerna i ordningen Mailbox, UM, Hub Transport, Client Access.',
  'move-client-access.modern':
    'Konfigurera de virtuella katalogerna och certifikaten på {to} för samma namnområde (`Set-OwaVirtualDirectory`,\n' +
    '`Set-WebServicesVirtualDirectory`, `Set-OutlookAnywhere`, `New-ExchangeCertificate`, `Enable-ExchangeCertificate`),\n' +
    'ställ in Autodiscover-SCP (`Set-ClientAccessService -AutoDiscoverServiceInternalUri`) och peka sedan DNS-namnområdet\n' +
    '(eller lastbalanseraren) mot {to}; den skickar vidare till de gamla servrarna så länge postlådor finns kvar där.\n' +
    'Se [certifikat]({certificates}).',
  'update-server.title': 'Uppdatera {server} till Exchange {version} {update}',
  'update-server.notes':
    'Exchange {version} {update} behövs innan Exchange {installing} kommer in i organisationen (minst {minimum}).\n' +
    '{how} Se [installera kumulativa uppdateringar]({link}).',
  'update-server.notesPublicFolders':
    'Exchange {version} {update} behövs innan dess gemensamma mappar flyttas till moderna gemensamma mappar med batchmigrering (minst {minimum}).\n' +
    '{how} Se [installera kumulativa uppdateringar]({link}).',
  'update-server.how.cu': 'Kör `Setup.exe /Mode:Upgrade {licence}` från uppdateringens installationsmedia.',
  'update-server.how.sp':
    'Installera Service Pack och sedan den samlade uppdateringen (Update Rollup), servrarna i ordningen Client Access, Hub Transport, UM, Mailbox.',
  'roles.mailbox': 'Mailbox',
  'roles.clientAccess': 'Client Access',
  'roles.hubTransport': 'Hub Transport',
  'roles.edgeTransport': 'Edge Transport',
  'roles.unifiedMessaging': 'Unified Messaging',
  'os.any': 'en version som stöds',
  'publicFolders.stagingAtLeast': 'Exchange {version} {update} eller senare',
  'publicFolders.stagingEither': '{first}, eller {second}',
};
