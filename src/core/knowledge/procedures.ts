// Titles and notes of the steps the on-premises fixes insert: what to run and the Microsoft
// page that explains it, in English and Swedish.
import type { Locale } from '../types';
import { type Catalogue, lookupMessage } from '../l10n/catalogue';
import { formatList, type MessageArgs } from '../l10n/format';
import { versionRank } from './versions';
import { PUBLIC_FOLDERS_STAGING } from './online';

export const LINKS = {
  prepareAd2013: 'https://learn.microsoft.com/en-us/exchange/prepare-active-directory-and-domains-exchange-2013-help',
  prepareAd: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/prepare-ad-and-domains',
  checklist2013: 'https://learn.microsoft.com/en-us/exchange/checklist-upgrade-from-exchange-2007-exchange-2013-help',
  systemRequirements: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements',
  outlookAnywhere2013: 'https://learn.microsoft.com/en-us/exchange/outlook-anywhere-exchange-2013-help',
  certificates2013: 'https://learn.microsoft.com/en-us/exchange/digital-certificates-and-ssl-exchange-2013-help',
  newMoveRequest: 'https://learn.microsoft.com/powershell/module/exchangepowershell/new-moverequest',
  legacyPublicFolders:
    'https://learn.microsoft.com/en-us/exchange/use-batch-migration-to-migrate-public-folders-to-exchange-2013-from-previous-versions-exchange-2013-help',
  modernPublicFolders:
    'https://learn.microsoft.com/en-us/exchange/collaboration/public-folders/migrate-from-exchange-2013',
  decommission: 'https://blogs.technet.microsoft.com/mspfe/2015/08/26/decommissioning-legacy-exchange-servers/',
  cumulativeUpdates: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/install-cumulative-updates',
  roadmap2007: 'https://learn.microsoft.com/en-us/microsoft-365/enterprise/exchange-2007-end-of-support',
} as const;

// The texts, one catalogue per language (read through ../l10n/catalogue.ts like every other).
const procedureEn = {
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

const procedureSv: Record<keyof typeof procedureEn, string> = {
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

export const PROCEDURE_MESSAGES: Catalogue<typeof procedureEn> = { en: procedureEn, sv: procedureSv };

export type ProcedureTextId = keyof typeof procedureEn;

export function procedureText(locale: Locale, id: ProcedureTextId, args: MessageArgs = {}): string {
  return lookupMessage(PROCEDURE_MESSAGES, locale, id, args);
}

/** The licence switch of Setup: CUs from September 2021 (2016 CU22, 2019 CU11, SE) take the diagnostic-data form. */
export function licenceSwitch(version: string): string {
  return versionRank(version) >= versionRank('2016')
    ? '/IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF'
    : '/IAcceptExchangeServerLicenseTerms';
}

export function prepareLink(version: string): string {
  return versionRank(version) >= versionRank('2016') ? LINKS.prepareAd : LINKS.prepareAd2013;
}

/** "Exchange 2010 SP3 RU8 or later, or Exchange 2013": PUBLIC_FOLDERS_STAGING in words. */
export function publicFoldersStagingText(locale: Locale): string {
  const items = PUBLIC_FOLDERS_STAGING.map((s) =>
    // A product name needs no words around it; "or later" does.
    s.minUpdate
      ? procedureText(locale, 'publicFolders.stagingAtLeast', { version: s.version, update: s.minUpdate })
      : `Exchange ${s.version}`,
  );
  return items
    .slice(1)
    .reduce((first, second) => procedureText(locale, 'publicFolders.stagingEither', { first, second }), items[0]);
}

/** "A, B and C" (or "A, B or C") in the locale. */
export function listText(locale: Locale, items: readonly string[], word: 'and' | 'or' = 'and'): string {
  return formatList(locale, items, word);
}
