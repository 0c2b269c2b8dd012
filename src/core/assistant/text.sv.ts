// The new-runbook assistant's Swedish (English: text.en.ts).
import type { assistantEn } from './text.en';

export const assistantSv: Record<keyof typeof assistantEn, string> = {
  // ---- names ----
  'method.cutover': 'snabb migrering',
  'method.staged': 'stegvis migrering',
  'method.hybrid': 'fullständig hybridmigrering',
  'target.online': 'Microsoft 365 (Exchange Online)',
  'target.onPremises': 'lokala Exchange {version}',
  yes: 'ja',
  no: 'nej',

  // ---- refusals: answers that cannot be right ----
  'refuse.invalid.sources':
    'Exchange-versionerna i organisationen måste vara en eller flera av 2003, 2007, 2010, 2013, 2016, 2019 och SE, inte `{value}`',
  'refuse.invalid.asOf': 'datumet måste skrivas ÅÅÅÅ-MM-DD, inte `{value}`',
  'refuse.invalid.mailboxes': 'antalet postlådor måste vara ett heltal från 1 till 1000000, inte `{value}`',
  'refuse.invalid.name':
    'organisationens namn måste ha 1 till 64 tecken, minst ett av dem en bokstav eller siffra, och inga kontrolltecken (inte `{value}`)',
  'refuse.invalid.domain': 'domänen måste vara ett domännamn som contoso.com, inte `{value}`',
  'refuse.invalid.target': 'målet måste vara online, 2013, 2016, 2019 eller SE, inte `{value}`',
  'refuse.invalid.method': 'metoden måste vara cutover, staged eller hybrid, inte `{value}`',
  'refuse.sources.notReleased':
    'Exchange {version} släpptes {date}, efter {asOf}: den kan inte finnas i organisationen det datumet',
  'refuse.sources.cannotCoexist':
    'Exchange {newer} kan inte installeras i en organisation som har Exchange {older} (installationsprogrammet vägrar), så ingen organisation har båda; kontrollera versionerna',
  'refuse.method.onPremises':
    'en migreringsmetod ({method}) gäller bara mål i Microsoft 365; lokala Exchange {version} nås genom att installera servrar och flytta postlådor: utelämna metoden',
  'refuse.target.notReleased':
    'Exchange {version} släpptes {date}, efter {asOf}: en plan daterad {asOf} kan inte installera den',
  'refuse.plan.problem': 'den {asOf} kan planen inte genomföras som den är skriven: {problem}',
  'refuse.hybrid.notReleased':
    'en hybriddistribution med Exchange {versions} behöver en server med Exchange {version} {update}, som släpptes {date}, efter {asOf}: en plan daterad {asOf} kan inte installera den',
  'refuse.target.endOfSupport':
    'Exchange {version} nådde slutet av sin support {date}: den {asOf} lämnar en migrering som slutar där organisationen utan säkerhetsuppdateringar (end-of-support); Exchange {supported} stöds',
  'refuse.target.older':
    'organisationen har redan Exchange {newest}, som är nyare än målet Exchange {version}: Exchange kan inte nedgraderas',
  'refuse.target.same':
    'organisationen kör redan bara Exchange {version}: det finns inget att migrera (för att byta maskinvara installerar du servrar av samma version och flyttar postlådorna)',
  'refuse.target.noPath': 'ingen kedja av versioner som stöds leder från Exchange {versions} till Exchange {version}',

  // ---- reasons ----
  'reason.cutover.small':
    '{count} postlådor: en snabb migrering flyttar alla i en batch inom ungefär en vecka; Microsoft anser att snabb migrering är rimlig för högst {recommended} postlådor och stöder den upp till {max}.',
  'reason.cutover.large':
    '{count} postlådor är fler än de {recommended} som Microsoft rekommenderar för en snabb migrering, men inom de {max} som stöds; en batch av den storleken tar längre tid än en vecka.',
  'reason.cutover.tooMany': 'en snabb migrering flyttar högst {max} postlådor, och organisationen har {count}.',
  'reason.staged.large':
    '{count} postlådor på Exchange {versions}: en stegvis migrering flyttar dem i batchar (högst {rows} postlådor per CSV-fil) under några veckor; Microsoft föreslår stegvis migrering över 150 postlådor för Exchange 2003 och 2007.',
  'reason.staged.small':
    '{count} postlådor: en stegvis migrering fungerar (batchar under några veckor, med katalogsynkronisering), men för högst {recommended} är en snabb migrering enklare.',
  'reason.staged.source':
    'en stegvis migrering läser bara postlådor i Exchange 2003 och 2007, och organisationen har Exchange {versions}.',
  'reason.method.stay':
    'den lokala Exchange-miljön ska finnas kvar, men en {method} flyttar alla postlådor och avvecklar den lokala miljön; bara en hybriddistribution låter båda arbeta tillsammans.',
  'reason.publicFolders.legacy':
    'de gemensamma mapparna finns på Exchange {version}, som inte kan migrera dem direkt till Exchange Online (de måste först till {staging}), och en {method} installerar ingen lokal server som kan ta emot dem.',
  'reason.hybrid.stay':
    'den lokala Exchange-miljön finns kvar bredvid Exchange Online: bara en fullständig hybriddistribution låter dem arbeta tillsammans (gemensam adressbok, ledig/upptagen, säkert e-postflöde, flytt av postlådor åt båda hållen).',
  'reason.hybrid.publicFolders':
    'de gemensamma mapparna finns på Exchange {version}, som inte kan migrera dem direkt till Exchange Online: de måste först via {staging}, och av de tre metoderna är det bara hybrid som installerar en sådan server (hybridservern).',
  'reason.hybrid.small':
    'en fullständig hybridmigrering fungerar för {count} postlådor, men Microsoft anser att den är värd besväret (hybridserver, certifikat, katalogsynkronisering) från ungefär {threshold} postlådor.',
  'reason.hybrid.large':
    '{count} postlådor på Exchange {versions}: fler än de {recommended} som Microsoft rekommenderar för en snabb migrering, och en stegvis migrering kan inte läsa Exchange 2010 eller senare; en fullständig hybridmigrering flyttar postlådorna i omgångar under veckor eller månader.',
  'reason.hybrid.option':
    'en fullständig hybridmigrering fungerar för alla storlekar och flyttar postlådor i omgångar utan nya Outlook-profiler; den kräver en hybridserver, certifikat och katalogsynkronisering.',
  'reason.onPremises.direct':
    '{path}: Exchange {target} kan installeras bredvid Exchange {versions}; installera den, flytta klientåtkomst, e-postflöde, postlådor och gemensamma mappar dit och avveckla sedan de gamla servrarna.',
  'reason.onPremises.chain':
    '{path}: Exchange {target} kan inte installeras i en organisation som fortfarande har Exchange {blocking}, så körboken går via Exchange {intermediates}, där varje version installeras bredvid den föregående och klientåtkomst, e-postflöde, postlådor och gemensamma mappar flyttas och de gamla servrarna avvecklas i varje steg.',
  'reason.onPremises.consolidate':
    'Först lämnar Exchange {older}-servrarna över allt till Exchange {onto} och avvecklas, eftersom Exchange {next} inte kan installeras bredvid dem.',
  'reason.onPremises.onlyConsolidate':
    'Organisationen har redan Exchange {target}: de äldre servrarna lämnar över allt till den och avvecklas.',
  'suggest.method': 'Rekommenderas för de här svaren: {method} (--method {flag}).',
  'suggest.target': 'Välj Exchange {version} som mål i stället (--target {version}).',

  // ---- warnings ----
  'warning.cutoverSize':
    'Obs: du valde snabb migrering för {count} postlådor (Microsoft rekommenderar högst {recommended}); körboken tystar varningen cutover-size på `target.method` så att ditt val syns.',
  'warning.hybridSmall':
    'Obs: fullständig hybrid för {count} postlådor är mer än de flesta organisationer av den storleken behöver (Microsoft: värt det från ungefär {threshold}); lintern rapporterar det som info (hybrid-size).',
  'warning.stay':
    'Den lokala Exchange-miljön finns kvar: körboken slutar med en hybridserver med Exchange {version}, den nyaste versionen med support den {asOf}, för mottagarhantering och hybridfunktioner.',
  'warning.decommissionAll':
    'Den lokala Exchange-miljön finns inte kvar: efter sista omgången avvecklar körboken alla lokala servrar, hybridservern sist.',
  'warning.transitionUnsupported.one':
    'Exchange {versions} har passerat slutet av sin support; körboken installerar den bara för övergången och tar bort den igen (end-of-support rapporterar det som info).',
  'warning.transitionUnsupported.many':
    'Exchange {versions} har passerat slutet av sin support; körboken installerar dem bara för övergången och tar bort dem igen (end-of-support rapporterar det som info).',
  'warning.modernLifecycle':
    'Exchange SE följer den moderna livscykelpolicyn: håll servrarna på den senaste kumulativa uppdateringen för att behålla supporten.',

  // ---- the runbook's header ----
  'runbook.title.online': '{name} – {method} till Microsoft 365',
  'runbook.title.onPremises': '{name} – Exchange {from} till Exchange {target}',
  'runbook.title.onPremisesThrough': '{name} – Exchange {from} till Exchange {target} via {through}',
  'header.generated': 'Skapad av Exchange Runbook-assistenten (exchange-runbook new) {date} utifrån de här svaren:',
  'header.answers':
    'Exchange-versioner i organisationen: {sources}; postlådor: {mailboxes}; gemensamma mappar: {publicFolders}; mål: {target}; den lokala Exchange-miljön finns kvar: {stay}.',
  'header.command': 'Samma körbok från kommandoraden: {command}',
  'header.recommendation': 'Rekommendation: {choice}. {reason}',
  'header.chosen': 'Ditt val: {choice}. {reason}',
  'header.sources': 'Källor:',
  'header.csv':
    'De stegvisa batcharna läser {files} bredvid den här filen: platshållarrader som ska ersättas med de riktiga adresserna och lösenorden (`exchange-runbook new ... --out <fil>` skriver dem).',
  'header.review':
    'Granska varje steg innan du kör det: servernamn, antal och varaktigheter är uppskattningar att justera. `exchange-runbook lint` kontrollerar resultatet.',
  'comment.updateUnknown': 'RU/SU okänd: bara AdminDisplayVersion lästes (insamlingsskriptet läser ExSetup.exe)',
  'comment.cutoverSize':
    'Snabb migrering valdes för fler postlådor än Microsoft rekommenderar (150); den stöds upp till 2 000.',

  // ---- phases ----
  'phase.check': 'Kontrollera organisationen',
  'phase.consolidate': 'Lämna över allt från Exchange {older} till Exchange {onto}',
  'phase.prepare.cutover': 'Förbered källan och klientorganisationen',
  'phase.migrate.cutover': 'Migrera alla postlådor',
  'phase.prepare.staged': 'Förbered källan, klientorganisationen och katalogsynkroniseringen',
  'phase.wave': 'Omgång {wave}: {count} postlådor',
  'phase.pilot': 'Pilot: {count} postlådor',
  'phase.finish.staged': 'Byt e-postflöde och slutför',
  'phase.publicFolders': 'Migrera de gemensamma mapparna till Exchange Online',
  'phase.retire.online': 'Avveckla den lokala Exchange-miljön',
  'phase.retire.hybrid': 'Avveckla den lokala Exchange-miljön, hybridservern sist',
  'phase.hybridServer.install': 'Installera hybridservern med Exchange {version}',
  'phase.hybridServer.existing': 'Förbered Exchange {version}-servern för hybrid',
  'phase.tenant': 'Förbered klientorganisationen och katalogsynkroniseringen',
  'phase.hybrid': 'Konfigurera hybriddistributionen',
  'phase.mailFlow': 'E-postflöde och licenser',
  'phase.stay': 'Den lokala Exchange-miljön finns kvar',

  // ---- steps ----
  'title.check': 'Inventera servrarna, Active Directory och klienterna',
  'notes.check.inventory':
    'Lista servrarna och deras versioner: `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\nKör [Exchange HealthChecker]({link}) på varje server där det går.',
  'notes.check.platform':
    'Exchange {version} kräver skogens funktionsnivå Windows Server {forest} eller högre och Outlook {outlook} eller senare på alla klienter; kontrollera båda nu. Se [systemkraven]({link}).',
  'notes.check.online':
    'Kontrollera att klientorganisationen har en Exchange Online-licens för varje postlåda, och testa Autodiscover och Outlook Anywhere utifrån med [Microsoft Remote Connectivity Analyzer]({link}).',
  'notes.check.hybrid':
    'Hybrid kräver ett betrott certifikat med namnen för Autodiscover och EWS, offentlig Autodiscover som pekar på den lokala miljön, och TCP 25 och 443 öppna mot Exchange Online. Se [förutsättningar för hybriddistribution]({link}).',
  'notes.hybridServer':
    'Det här är hybridservern: ge den ett certifikat från en betrodd offentlig certifikatutfärdare med namnen för Autodiscover och EWS, och håll den på den senaste uppdateringen. Se [förutsättningar för hybriddistribution]({link}).',
  'notes.se':
    'Exchange SE CU2 kan inte installeras bredvid Exchange 2016 eller 2019: slutför övergången innan du går till SE CU2. Se [uppgradera till Exchange SE]({link}).',
  'notes.cu14':
    'Stanna på Exchange 2019 CU14 så länge Exchange 2013 finns kvar: installationsprogrammet för CU15 godtar inte Exchange 2013.',
  'notes.nativeMode':
    'Exchange 2003-organisationen måste vara i internt läge (native mode), med Exchange 2003 SP2 på varje 2003-server, innan Exchange 2010 installeras. Se [systemkrav för Exchange 2010]({link}).',
  'notes.routingGroups':
    'Ta bort routningsgruppsanslutningarna till den sista Exchange 2003-servern: `Get-RoutingGroupConnector | Remove-RoutingGroupConnector` från Exchange 2010-gränssnittet. Se [Remove-RoutingGroupConnector]({link}).',
  'title.moveMailboxes': 'Flytta de {count} postlådorna från {from} till {to}',
  'title.moveSystemMailboxes': 'Flytta skiljedoms- och systempostlådorna från {from} till {to}',
  'notes.moveSystemMailboxes':
    'Användarnas postlådor finns i Exchange Online; skiljedomspostlådorna finns fortfarande här:\n`Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <databas>`. Se [New-MoveRequest]({link}).',
  'notes.pfReplicate':
    'Lägg till repliker av alla gemensamma mappar på {to} (`Set-PublicFolder -Replicas`, eller konsolen för gemensamma mappar), vänta tills replikeringen är klar och ta sedan bort de gamla replikerna.',
  'title.rerunWizard': 'Kör guiden för hybridkonfiguration mot {server}',
  'notes.rerunWizard':
    'Kör guiden igen så att {server} tar över hybridrollen (anslutningar, organisationsrelation, slutpunkt för MRS-proxy). Se [guiden för hybridkonfiguration]({link}).',
  'title.verifyDomain': 'Verifiera {domain} i klientorganisationen',
  'notes.verifyDomain':
    'Lägg till {domain} i administrationscentret för Microsoft 365 och publicera TXT-posten som visas i offentlig DNS. Se [lägga till en domän]({link}).',
  'title.syncOff': 'Kontrollera att katalogsynkronisering är avstängd',
  'notes.syncOff':
    'En snabb migrering skapar själv molnkontona: stäng av katalogsynkroniseringen före batchen. Se [snabb migrering]({link}).',
  'title.syncOn': 'Synkronisera användarna med Microsoft Entra Connect',
  'notes.syncOn.staged':
    'Installera [Microsoft Entra Connect]({link}) (tidigare Azure AD Connect, [nytt namn]({rename})): varje postlåda i CSV-filerna behöver en synkroniserad e-postanvändare i Exchange Online, och Exchange Online kontrollerar att synkroniseringen är på när en batch startar.',
  'notes.syncOn.hybrid':
    'Installera [Microsoft Entra Connect]({link}) (tidigare Azure AD Connect, [nytt namn]({rename})) med synkronisering av lösenordshashar, direktautentisering eller AD FS; aktivera Exchange-hybriddistribution bland alternativen.',
  'title.permissions': 'Ge {account} behörigheterna för migreringen',
  'notes.permissions.cutover':
    'FullAccess på varje postlåda (`Add-MailboxPermission -Identity <postlåda> -User {account} -AccessRights FullAccess`)\neller Receive As på varje postlådedatabas. Visa dolda postlådor i adresslistorna. Se [snabb migrering]({link}).',
  'notes.permissions.staged':
    'FullAccess på varje postlåda (`Add-MailboxPermission -Identity <postlåda> -User {account} -AccessRights FullAccess`)\neller Receive As på varje postlådedatabas, plus WriteProperty på användarnas attribut TargetAddress. Se [stegvis migrering]({link}).',
  'notes.permissions.hybrid':
    'Det lokala konto som migreringsslutpunkten använder behöver behörighet att flytta postlådor (Organization Management eller rollen Move Mailboxes); i Exchange Online skapar en global administratör eller Exchange-administratör batcharna. Se [flytta postlådor]({link}).',
  'title.prepareMailboxes': 'Förbered postlådorna, grupperna och DNS',
  'notes.prepareMailboxes.cutover':
    'Visa postlådor som är dolda i adresslistorna, inaktivera Unified Messaging, skapa tomma e-postaktiverade säkerhetsgrupper i Exchange Online (en snabb migrering kan inte identifiera säkerhetsgrupper),\nta bort chefer och ombud som pekar på objekt som inte migreras, och sänk MX-postens TTL till 3600 sekunder. Se [snabb migrering]({link}).',
  'notes.prepareMailboxes.staged':
    'Inaktivera Unified Messaging på postlådorna, planera omgångarna (varje CSV-fil högst 2 000 postlådor) och sänk MX-postens TTL till 3600 sekunder före bytet. Se [stegvis migrering]({link}).',
  'title.outlookAnywhere': 'Publicera Outlook Anywhere på {server} med ett betrott certifikat',
  'notes.outlookAnywhere.legacy':
    'Exchange Online läser postlådorna via Outlook Anywhere (RPC över HTTP, TCP 443): `Enable-OutlookAnywhere -Server {server} -ExternalHostname <namn> -DefaultAuthenticationMethod Basic -SSLOffloading:$false`,\nmed ett certifikat från en betrodd certifikatutfärdare (inte självsignerat) med namnen för Outlook Anywhere och Autodiscover. Testa med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  'notes.outlookAnywhere.2003':
    'Exchange Online läser postlådor i Exchange 2003 via RPC över HTTP: aktivera det på {server} med ett certifikat från en betrodd certifikatutfärdare och öppna TCP 443 (och 6001, 6002, 6004 mellan RPC-proxyn och {server}).\nTesta med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  'notes.outlookAnywhere.modern':
    'Outlook Anywhere är aktiverat som standard i Exchange 2013 och senare: kontrollera det externa värdnamnet (`Get-OutlookAnywhere -Server {server} | fl ExternalHostname`) och att certifikatet som är bundet till IIS kommer från en betrodd certifikatutfärdare.\nTesta med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  'title.endpoint.outlookAnywhere': 'Skapa migreringsslutpunkten för Outlook Anywhere',
  'notes.endpoint.outlookAnywhere':
    'I Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeOutlookAnywhere -Name OAEndpoint -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`;\nkontrollera med `Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`. Se [migreringsslutpunkter]({link}).',
  'title.endpoint.remoteMove': 'Skapa migreringsslutpunkten för fjärrflytt',
  'notes.endpoint.remoteMove':
    'I Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeRemoteMove -Name HybridEndpoint -RemoteServer <externt namn på {server}> -Credentials (Get-Credential)`\n(guiden brukar skapa den). Se [flytta postlådor i en hybriddistribution]({link}).',
  'title.batch.cutover': 'Skapa batchen för snabb migrering av alla {count} postlådor',
  'notes.batch.cutover':
    '`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint` (ingen CSV: en batch för snabb migrering tar alla postlådor, e-postkontakter och e-postaktiverade grupper). Se [New-MigrationBatch]({link}).',
  'title.startBatch': 'Starta batchen {batch} och följ förloppet',
  'notes.startBatch':
    '`Start-MigrationBatch -Identity {batch}`; följ den med `Get-MigrationBatch {batch}` och `Get-MigrationUserStatistics`. Statusen går från Syncing till Synced; därefter körs inkrementell synkronisering var 24:e timme. Se [snabb migrering]({link}).',
  'notes.startBatch.staged':
    '`Start-MigrationBatch -Identity {batch}`; följ den med `Get-MigrationUserStatistics`. Den första synkroniseringen tar ungefär 20 postlådor åt gången. Se [stegvis migrering]({link}).',
  'notes.startBatch.remoteMove':
    '`Start-MigrationBatch -Identity {batch}`; postlådorna synkroniseras till 95 % och väntar på slutförandet. Följ med `Get-MigrationUserStatistics -BatchId {batch}`. Se [flytta postlådor]({link}).',
  'title.switchMx': 'Peka MX och Autodiscover mot Microsoft 365',
  'notes.switchMx':
    'Peka MX-posten mot `{mx}` och CNAME-posten `autodiscover` mot `autodiscover.outlook.com`,\nvänta sedan 72 timmar innan batcharna tas bort, så att e-post som fortfarande kommer till den lokala miljön synkroniseras. Se [snabb migrering]({link}).',
  'notes.switchMx.hybrid':
    'Peka MX-posten mot `{mx}` när de flesta postlådorna finns i Exchange Online (guiden ändrar inte MX); e-post till lokala postlådor går då via hybridanslutningarna. Se [guiden för hybridkonfiguration]({link}).',
  'title.removeBatch': 'Ta bort batchen {batch}',
  'notes.removeBatch':
    'När tiden för senaste synkronisering är senare än MX-bytet: `Remove-MigrationBatch -Identity {batch}`. Se [migreringsstegen]({link}).',
  'title.licenses': 'Tilldela Exchange Online-licenser',
  'notes.licenses':
    'Varje migrerad användare behöver en licens inom 30 dagar, annars inaktiveras postlådan. Se [tilldela licenser]({link}).',
  'title.outlook': 'Användarna konfigurerar Outlook för Exchange Online',
  'notes.outlook.cutover':
    'Skicka välkomstbrevet: användarna loggar in med sitt nya lösenord, skapar en ny Outlook-profil och låter Outlook hämta postlådan på nytt. Se [översikten för Exchange 2007]({link}).',
  'notes.outlook.staged':
    'Användarna i varje konverterad omgång skapar en ny Outlook-profil; deras e-post vidarebefordras redan till Exchange Online via TargetAddress. Se [stegvis migrering]({link}).',
  'title.batch.staged': 'Skapa den stegvisa batchen för omgång {wave} ({count} postlådor i {csv})',
  'notes.batch.staged':
    'Ersätt platshållarraderna i {csv} med omgångens riktiga postlådor (EmailAddress, Password på minst 8 tecken, ForceChangePassword True eller False; högst {rows} rader) och kör sedan:\n`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint -CSVData ([System.IO.File]::ReadAllBytes("{csv}"))`. Se [CSV-filer för migrering]({link}).',
  'title.convert': 'Konvertera postlådorna i {batch} till e-postaktiverade användare',
  'notes.convert':
    'Kör `ExportO365UserInfo.ps1` i Exchange Online (den skriver cloud.csv) och sedan `Exchange2007MBtoMEU.ps1 <domänkontrollant>` lokalt, så att Outlook hittar postlådan i molnet (Exchange 2003 har ett eget skript). Se [konvertera till e-postaktiverade användare]({link}).',
  'title.mrsProxy': 'Aktivera MRS-proxyn på {server}',
  'notes.mrsProxy':
    '`Set-WebServicesVirtualDirectory -Identity "{server}\\EWS (Default Web Site)" -MRSProxyEnabled $true`, med Windows-autentisering på den virtuella katalogen. Se [slutpunkt för MRS-proxy]({link}).',
  'title.wizard': 'Kör guiden för hybridkonfiguration mot {server}',
  'notes.wizard':
    'Hämta guiden från administrationscentret för Exchange och kör den på {server} som Organization Management och global administratör; välj fullständig hybrid.\nSkapa även det dedikerade Exchange-hybridprogrammet i Microsoft Entra ID (`ConfigureExchangeHybridApplication.ps1`, se [dedikerat hybridprogram]({app})). Se [guiden för hybridkonfiguration]({link}).',
  'title.batch.remoteMove': 'Skapa fjärrflyttbatchen {batch} ({count} postlådor)',
  'notes.batch.remoteMove':
    'Lista postlådorna i en CSV-fil med rubriken EmailAddress och kör sedan:\n`New-MigrationBatch -Name {batch} -SourceEndpoint HybridEndpoint -TargetDeliveryDomain {tenant}.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes("<fil>.csv"))`. Se [flytta postlådor]({link}).',
  'title.completeBatch': 'Slutför batchen {batch}',
  'notes.completeBatch.remoteMove':
    '`Complete-MigrationBatch -Identity {batch}` vid en lugn tidpunkt: användarna flyttas över till Exchange Online och Outlook ansluter på nytt av sig själv. Se [flytta postlådor]({link}).',
  'notes.pfStaging':
    'Exchange Online tar emot äldre gemensamma mappar bara från Exchange 2010 SP3 RU8 eller senare, eller från Exchange 2013: de går därför först via den här servern. Se [batchmigrering av äldre gemensamma mappar]({link}).',
  'title.pfOnline': 'Migrera de gemensamma mapparna från {from} till Exchange Online',
  'notes.pfOnline.legacy':
    'Batchmigrering av äldre gemensamma mappar från {server}: `Export-PublicFolderStatistics.ps1`, `PublicFolderToMailboxMapGenerator.ps1`, skapa postlådorna för gemensamma mappar i Exchange Online och kör sedan\n`New-MigrationBatch -Name PFMigration -SourceEndpoint <slutpunkt för gemensamma mappar> -CSVData ...`; lås källan med `Set-OrganizationConfig -PublicFoldersLockedForMigration $true` och slutför sedan batchen. Se [batchmigrering av äldre gemensamma mappar]({link}).',
  'notes.pfOnline.modern':
    'Batchmigrering av moderna gemensamma mappar från {server}: skapa mappningen med migreringsskripten och kör `New-MigrationBatch -Name PFMigration -SourceEndpoint <slutpunkt för gemensamma mappar> -PublicFolderToUnifiedGroup:$false -CSVData ...`;\nlås med `Set-OrganizationConfig -PublicFolderMailboxesLockedForNewConnections $true` före slutförandet. Exchange Online tar högst 1 000 postlådor för gemensamma mappar. Se [migrering av gemensamma mappar]({link}).',
  'notes.lastServer':
    'Så länge katalogsynkroniseringen hanterar användarna rekommenderar Microsoft att en Exchange-server (eller Exchange-hanteringsverktygen) behålls för mottagarhantering; om en server ska finnas kvar, svara att den lokala Exchange-miljön finns kvar. Se [översikten för Exchange 2010]({link}).',
  'title.stays': '{servers} finns kvar lokalt för mottagarhantering och hybrid',
  'notes.stays':
    'Håll den på den senaste kumulativa uppdateringen och hantera de synkroniserade mottagarna därifrån (`Enable-RemoteMailbox` för nya postlådor i molnet). Se [översikten för Exchange 2010]({link}).',

  // ---- the command line (`exchange-runbook new`) ----
  'cli.noSource':
    '--source behövs: Exchange-versionerna i organisationen, t.ex. --source 2007 eller --source 2007,2010',
  'cli.noMailboxes': '--mailboxes behövs: antalet postlådor som omfattas, t.ex. --mailboxes 420',
  'cli.badLocale': '--locale måste vara en eller sv, inte `{value}`',
  'cli.outAndCsvDir':
    '--out skriver CSV-filerna bredvid körboken; --csv-dir är till för en körbok som skrivs till stdout: ange en av dem',
  'cli.exists': '{file} finns redan; lägg till --force för att skriva över den',
  'cli.cannotWrite': 'kan inte skriva {file}: {reason}',
  'cli.wrote': 'skrev {file}',
  'cli.csvNotWritten':
    'obs: körboken läser CSV-filerna för den stegvisa migreringen {files} bredvid sig själv; de skrevs inte. Lägg till --csv-dir MAPP (mappen där du sparar körboken) för att skriva deras mallar, eller använd --out FIL för att skriva körboken och CSV-filerna tillsammans.',

  // ---- the VS Code command ----
  'ui.saveTitle': 'Spara körboken (CSV-filerna {files} hamnar bredvid den)',
  'ui.csvNotWritten':
    'Körboken öppnas osparad, och CSV-filerna den förväntar sig ({files}) skrevs inte: spara den bredvid dem, eller kör kommandot igen och välj var den ska sparas.',

  // ---- the interview ----
  'ask.sources.title': 'Exchange-versioner i organisationen',
  'ask.sources.prompt': 'Vilka Exchange-versioner är installerade? Välj alla versioner som har servrar.',
  'ask.mailboxes.title': 'Postlådor',
  'ask.mailboxes.prompt': 'Hur många postlådor omfattas?',
  'ask.publicFolders.title': 'Gemensamma mappar',
  'ask.publicFolders.prompt': 'Använder organisationen gemensamma mappar?',
  'ask.target.title': 'Mål',
  'ask.target.prompt': 'Var ska postlådorna hamna?',
  'ask.keep.title': 'Lokala Exchange',
  'ask.keep.prompt':
    'Ska den lokala Exchange-miljön finnas kvar bredvid Exchange Online (en varaktig hybriddistribution)?',
  'ask.name.title': 'Organisation',
  'ask.name.prompt': 'Organisationens namn (används i rubriken, servernamnen och filnamnen)',
  'ask.domain.title': 'Domän',
  'ask.domain.prompt': 'Den primära godkända domänen (t.ex. contoso.com)',
  'ask.method.title': 'Migreringsmetod',
  'ask.method.prompt': 'Rekommendationen står först; välj den eller en annan tillåten metod.',
  'ask.confirm.title': 'Planen',
  'ask.recommended': 'rekommenderas',
  'ask.notPossible': 'inte möjlig',
  'ask.keep.yes': 'Ja: behåll den lokala Exchange-miljön (hybrid)',
  'ask.keep.no': 'Nej: avveckla den lokala Exchange-miljön när migreringen är klar',
  'ask.publicFolders.yes': 'Ja',
  'ask.publicFolders.no': 'Nej',
  'ask.target.online.detail': 'snabb migrering, stegvis migrering eller fullständig hybridmigrering',
  'ask.target.version.detail': 'supporten upphör {date}',
  'ask.target.se.detail': 'modern livscykelpolicy: stöds så länge den hålls uppdaterad',
  'ask.version.detail': 'supporten upphörde {date}',
  'ask.invalid.sources': 'Välj minst en version.',
  'ask.invalid.yesNo': 'svara ja (yes) eller nej (no), inte `{value}`',
};
