// Every string of the new-runbook assistant, English and Swedish side by side (one place,
// as data): the questions, the reasons, the refusals, and the titles and notes of the
// steps it writes. Swedish follows Microsoft's Swedish Exchange terminology: postlåda,
// snabb migrering (cutover), stegvis migrering (staged), fullständig hybridmigrering,
// gemensamma mappar (public folders), körbok (runbook). Titles and notes of on-premises
// steps come from knowledge/procedures.ts, which the rules' fixes use too.
import { fromPairs, lookupMessage } from '../l10n/catalogue';
import { formatList, type MessageArgs } from '../l10n/format';
import type { Locale } from '../types';
import type { ExchangeVersion } from '../knowledge/versions';
import type { OnlineMethodChoice, TargetChoice } from './types';

type Text = Record<Locale, string>;

export const ASSISTANT_TEXT: Record<string, Text> = {
  // ---- names ----
  'method.cutover': { en: 'cutover migration', sv: 'snabb migrering' },
  'method.staged': { en: 'staged migration', sv: 'stegvis migrering' },
  'method.hybrid': { en: 'full hybrid migration', sv: 'fullständig hybridmigrering' },
  'target.online': { en: 'Microsoft 365 (Exchange Online)', sv: 'Microsoft 365 (Exchange Online)' },
  'target.onPremises': { en: 'Exchange {version} on premises', sv: 'lokala Exchange {version}' },
  yes: { en: 'yes', sv: 'ja' },
  no: { en: 'no', sv: 'nej' },

  // ---- refusals: answers that cannot be right ----
  'refuse.invalid.sources': {
    en: 'the Exchange versions present must be one or more of 2003, 2007, 2010, 2013, 2016, 2019 and SE, not `{value}`',
    sv: 'Exchange-versionerna i organisationen måste vara en eller flera av 2003, 2007, 2010, 2013, 2016, 2019 och SE, inte `{value}`',
  },
  'refuse.invalid.asOf': {
    en: 'the date must be written YYYY-MM-DD, not `{value}`',
    sv: 'datumet måste skrivas ÅÅÅÅ-MM-DD, inte `{value}`',
  },
  'refuse.invalid.mailboxes': {
    en: 'the number of mailboxes must be a whole number from 1 to 1000000, not `{value}`',
    sv: 'antalet postlådor måste vara ett heltal från 1 till 1000000, inte `{value}`',
  },
  'refuse.invalid.name': {
    en: 'the organization name must have 1 to 64 characters, at least one a letter or digit, and no control characters (not `{value}`)',
    sv: 'organisationens namn måste ha 1 till 64 tecken, minst ett av dem en bokstav eller siffra, och inga kontrolltecken (inte `{value}`)',
  },
  'refuse.invalid.domain': {
    en: 'the domain must be a domain name such as contoso.com, not `{value}`',
    sv: 'domänen måste vara ett domännamn som contoso.com, inte `{value}`',
  },
  'refuse.invalid.target': {
    en: 'the target must be online, 2013, 2016, 2019 or SE, not `{value}`',
    sv: 'målet måste vara online, 2013, 2016, 2019 eller SE, inte `{value}`',
  },
  'refuse.invalid.method': {
    en: 'the method must be cutover, staged or hybrid, not `{value}`',
    sv: 'metoden måste vara cutover, staged eller hybrid, inte `{value}`',
  },
  'refuse.sources.notReleased': {
    en: 'Exchange {version} was released on {date}, after {asOf}: it cannot be in the organization on that date',
    sv: 'Exchange {version} släpptes {date}, efter {asOf}: den kan inte finnas i organisationen det datumet',
  },
  'refuse.sources.cannotCoexist': {
    en: 'Exchange {newer} cannot be installed in an organization that has Exchange {older} (Setup refuses it), so no organization has both; check the versions',
    sv: 'Exchange {newer} kan inte installeras i en organisation som har Exchange {older} (installationsprogrammet vägrar), så ingen organisation har båda; kontrollera versionerna',
  },
  'refuse.method.onPremises': {
    en: 'a migration method ({method}) applies to Microsoft 365 targets only; on-premises Exchange {version} is reached by installing servers and moving mailboxes: leave out the method',
    sv: 'en migreringsmetod ({method}) gäller bara mål i Microsoft 365; lokala Exchange {version} nås genom att installera servrar och flytta postlådor: utelämna metoden',
  },
  'refuse.target.notReleased': {
    en: 'Exchange {version} was released on {date}, after {asOf}: a plan dated {asOf} cannot install it',
    sv: 'Exchange {version} släpptes {date}, efter {asOf}: en plan daterad {asOf} kan inte installera den',
  },
  'refuse.plan.problem': {
    en: 'on {asOf} this plan cannot be carried out as written: {problem}',
    sv: 'den {asOf} kan planen inte genomföras som den är skriven: {problem}',
  },
  'refuse.hybrid.notReleased': {
    en: 'a hybrid deployment with Exchange {versions} needs an Exchange {version} {update} server, released on {date}, after {asOf}: a plan dated {asOf} cannot install it',
    sv: 'en hybriddistribution med Exchange {versions} behöver en server med Exchange {version} {update}, som släpptes {date}, efter {asOf}: en plan daterad {asOf} kan inte installera den',
  },
  'refuse.target.endOfSupport': {
    en: 'Exchange {version} reached its end of support on {date}: on {asOf} a migration that ends on it leaves the organization without security updates (end-of-support); Exchange {supported} is supported',
    sv: 'Exchange {version} nådde slutet av sin support {date}: den {asOf} lämnar en migrering som slutar där organisationen utan säkerhetsuppdateringar (end-of-support); Exchange {supported} stöds',
  },
  'refuse.target.older': {
    en: 'the organization already has Exchange {newest}, which is newer than the target Exchange {version}: Exchange cannot be downgraded',
    sv: 'organisationen har redan Exchange {newest}, som är nyare än målet Exchange {version}: Exchange kan inte nedgraderas',
  },
  'refuse.target.same': {
    en: 'the organization already runs only Exchange {version}: there is nothing to migrate (to move to new hardware, install servers of the same version and move the mailboxes)',
    sv: 'organisationen kör redan bara Exchange {version}: det finns inget att migrera (för att byta maskinvara installerar du servrar av samma version och flyttar postlådorna)',
  },
  'refuse.target.noPath': {
    en: 'no supported chain of versions leads from Exchange {versions} to Exchange {version}',
    sv: 'ingen kedja av versioner som stöds leder från Exchange {versions} till Exchange {version}',
  },

  // ---- reasons ----
  'reason.cutover.small': {
    en: '{count} mailboxes: a cutover migration moves them all in one batch within about a week; Microsoft calls cutover reasonable for {recommended} mailboxes or fewer and supports it up to {max}.',
    sv: '{count} postlådor: en snabb migrering flyttar alla i en batch inom ungefär en vecka; Microsoft anser att snabb migrering är rimlig för högst {recommended} postlådor och stöder den upp till {max}.',
  },
  'reason.cutover.large': {
    en: '{count} mailboxes is more than the {recommended} Microsoft recommends for a cutover migration, but within the {max} it supports; one batch of this size takes longer than a week.',
    sv: '{count} postlådor är fler än de {recommended} som Microsoft rekommenderar för en snabb migrering, men inom de {max} som stöds; en batch av den storleken tar längre tid än en vecka.',
  },
  'reason.cutover.tooMany': {
    en: 'a cutover migration moves at most {max} mailboxes, and this organization has {count}.',
    sv: 'en snabb migrering flyttar högst {max} postlådor, och organisationen har {count}.',
  },
  'reason.staged.large': {
    en: '{count} mailboxes on Exchange {versions}: a staged migration moves them in batches (at most {rows} mailboxes per CSV file) over a few weeks; Microsoft suggests staged above 150 mailboxes for Exchange 2003 and 2007.',
    sv: '{count} postlådor på Exchange {versions}: en stegvis migrering flyttar dem i batchar (högst {rows} postlådor per CSV-fil) under några veckor; Microsoft föreslår stegvis migrering över 150 postlådor för Exchange 2003 och 2007.',
  },
  'reason.staged.small': {
    en: '{count} mailboxes: a staged migration works (batches over a few weeks, with directory sync), but for {recommended} or fewer a cutover migration is simpler.',
    sv: '{count} postlådor: en stegvis migrering fungerar (batchar under några veckor, med katalogsynkronisering), men för högst {recommended} är en snabb migrering enklare.',
  },
  'reason.staged.source': {
    en: 'a staged migration reads only Exchange 2003 and 2007 mailboxes, and this organization has Exchange {versions}.',
    sv: 'en stegvis migrering läser bara postlådor i Exchange 2003 och 2007, och organisationen har Exchange {versions}.',
  },
  'reason.method.stay': {
    en: 'on-premises Exchange must stay, but a {method} moves every mailbox and retires on-premises Exchange; only a hybrid deployment keeps both working together.',
    sv: 'den lokala Exchange-miljön ska finnas kvar, men en {method} flyttar alla postlådor och avvecklar den lokala miljön; bara en hybriddistribution låter båda arbeta tillsammans.',
  },
  'reason.publicFolders.legacy': {
    en: 'the public folders are on Exchange {version}, which cannot migrate them straight to Exchange Online (they must go to {staging} first), and a {method} installs no on-premises server to take them.',
    sv: 'de gemensamma mapparna finns på Exchange {version}, som inte kan migrera dem direkt till Exchange Online (de måste först till {staging}), och en {method} installerar ingen lokal server som kan ta emot dem.',
  },
  'reason.hybrid.stay': {
    en: 'on-premises Exchange stays next to Exchange Online: only a full hybrid deployment keeps the two working together (shared address book, free/busy, secure mail flow, mailbox moves both ways).',
    sv: 'den lokala Exchange-miljön finns kvar bredvid Exchange Online: bara en fullständig hybriddistribution låter dem arbeta tillsammans (gemensam adressbok, ledig/upptagen, säkert e-postflöde, flytt av postlådor åt båda hållen).',
  },
  'reason.hybrid.publicFolders': {
    en: 'the public folders are on Exchange {version}, which cannot migrate them straight to Exchange Online: they go through {staging} first, and of the three methods only hybrid brings that server in (the hybrid server).',
    sv: 'de gemensamma mapparna finns på Exchange {version}, som inte kan migrera dem direkt till Exchange Online: de måste först via {staging}, och av de tre metoderna är det bara hybrid som installerar en sådan server (hybridservern).',
  },
  'reason.hybrid.small': {
    en: 'a full hybrid migration works for {count} mailboxes, but Microsoft finds it worth its effort (hybrid server, certificates, directory sync) from about {threshold} mailboxes.',
    sv: 'en fullständig hybridmigrering fungerar för {count} postlådor, men Microsoft anser att den är värd besväret (hybridserver, certifikat, katalogsynkronisering) från ungefär {threshold} postlådor.',
  },
  'reason.hybrid.large': {
    en: '{count} mailboxes on Exchange {versions}: more than the {recommended} Microsoft recommends for a cutover migration, and a staged migration cannot read Exchange 2010 or later; a full hybrid migration moves the mailboxes in waves over weeks or months.',
    sv: '{count} postlådor på Exchange {versions}: fler än de {recommended} som Microsoft rekommenderar för en snabb migrering, och en stegvis migrering kan inte läsa Exchange 2010 eller senare; en fullständig hybridmigrering flyttar postlådorna i omgångar under veckor eller månader.',
  },
  'reason.hybrid.option': {
    en: 'a full hybrid migration works for any size and moves mailboxes in waves without new Outlook profiles; it costs a hybrid server, certificates and directory sync.',
    sv: 'en fullständig hybridmigrering fungerar för alla storlekar och flyttar postlådor i omgångar utan nya Outlook-profiler; den kräver en hybridserver, certifikat och katalogsynkronisering.',
  },
  'reason.onPremises.direct': {
    en: '{path}: Exchange {target} can be installed next to Exchange {versions}; install it, move client access, mail flow, mailboxes and public folders to it, then decommission the old servers.',
    sv: '{path}: Exchange {target} kan installeras bredvid Exchange {versions}; installera den, flytta klientåtkomst, e-postflöde, postlådor och gemensamma mappar dit och avveckla sedan de gamla servrarna.',
  },
  'reason.onPremises.chain': {
    en: '{path}: Exchange {target} cannot join an organization that still has Exchange {blocking}, so the runbook goes through Exchange {intermediates}, each version installed next to the one before it, with client access, mail flow, mailboxes and public folders moved and the old servers decommissioned at every step.',
    sv: '{path}: Exchange {target} kan inte installeras i en organisation som fortfarande har Exchange {blocking}, så körboken går via Exchange {intermediates}, där varje version installeras bredvid den föregående och klientåtkomst, e-postflöde, postlådor och gemensamma mappar flyttas och de gamla servrarna avvecklas i varje steg.',
  },
  'reason.onPremises.consolidate': {
    en: 'First the Exchange {older} servers hand everything over to Exchange {onto} and are decommissioned, because Exchange {next} cannot be installed next to them.',
    sv: 'Först lämnar Exchange {older}-servrarna över allt till Exchange {onto} och avvecklas, eftersom Exchange {next} inte kan installeras bredvid dem.',
  },
  'reason.onPremises.onlyConsolidate': {
    en: 'The organization already has Exchange {target}: the older servers hand everything over to it and are decommissioned.',
    sv: 'Organisationen har redan Exchange {target}: de äldre servrarna lämnar över allt till den och avvecklas.',
  },
  'suggest.method': {
    en: 'Recommended for these answers: {method} (--method {flag}).',
    sv: 'Rekommenderas för de här svaren: {method} (--method {flag}).',
  },
  'suggest.target': {
    en: 'Target Exchange {version} instead (--target {version}).',
    sv: 'Välj Exchange {version} som mål i stället (--target {version}).',
  },

  // ---- warnings ----
  'warning.cutoverSize': {
    en: 'Note: you chose cutover for {count} mailboxes (Microsoft recommends {recommended} or fewer); the runbook silences the cutover-size warning on `target.method` so that it records your choice.',
    sv: 'Obs: du valde snabb migrering för {count} postlådor (Microsoft rekommenderar högst {recommended}); körboken tystar varningen cutover-size på `target.method` så att ditt val syns.',
  },
  'warning.hybridSmall': {
    en: 'Note: full hybrid for {count} mailboxes is more than most organizations of this size need (Microsoft: worth it from about {threshold}); the linter reports this as info (hybrid-size).',
    sv: 'Obs: fullständig hybrid för {count} postlådor är mer än de flesta organisationer av den storleken behöver (Microsoft: värt det från ungefär {threshold}); lintern rapporterar det som info (hybrid-size).',
  },
  'warning.stay': {
    en: 'On-premises Exchange stays: the runbook ends with a hybrid server on Exchange {version}, the newest version in support on {asOf}, for recipient management and hybrid features.',
    sv: 'Den lokala Exchange-miljön finns kvar: körboken slutar med en hybridserver med Exchange {version}, den nyaste versionen med support den {asOf}, för mottagarhantering och hybridfunktioner.',
  },
  'warning.decommissionAll': {
    en: 'On-premises Exchange does not stay: after the last wave the runbook decommissions every on-premises server, the hybrid server last.',
    sv: 'Den lokala Exchange-miljön finns inte kvar: efter sista omgången avvecklar körboken alla lokala servrar, hybridservern sist.',
  },
  'warning.transitionUnsupported.one': {
    en: 'Exchange {versions} is past its end of support; the runbook installs it only for the transition and removes it again (end-of-support reports this as info).',
    sv: 'Exchange {versions} har passerat slutet av sin support; körboken installerar den bara för övergången och tar bort den igen (end-of-support rapporterar det som info).',
  },
  'warning.transitionUnsupported.many': {
    en: 'Exchange {versions} are past their end of support; the runbook installs them only for the transition and removes them again (end-of-support reports this as info).',
    sv: 'Exchange {versions} har passerat slutet av sin support; körboken installerar dem bara för övergången och tar bort dem igen (end-of-support rapporterar det som info).',
  },
  'warning.modernLifecycle': {
    en: 'Exchange SE follows the Modern Lifecycle Policy: stay on the latest cumulative update to stay supported.',
    sv: 'Exchange SE följer den moderna livscykelpolicyn: håll servrarna på den senaste kumulativa uppdateringen för att behålla supporten.',
  },

  // ---- the runbook's header ----
  'runbook.title.online': { en: '{name} – {method} to Microsoft 365', sv: '{name} – {method} till Microsoft 365' },
  'runbook.title.onPremises': {
    en: '{name} – Exchange {from} to Exchange {target}',
    sv: '{name} – Exchange {from} till Exchange {target}',
  },
  'runbook.title.onPremisesThrough': {
    en: '{name} – Exchange {from} to Exchange {target} through {through}',
    sv: '{name} – Exchange {from} till Exchange {target} via {through}',
  },
  'header.generated': {
    en: 'Generated by the Exchange Runbook assistant (exchange-runbook new) on {date} from these answers:',
    sv: 'Skapad av Exchange Runbook-assistenten (exchange-runbook new) {date} utifrån de här svaren:',
  },
  'header.answers': {
    en: 'Exchange versions present: {sources}; mailboxes: {mailboxes}; public folders: {publicFolders}; target: {target}; on-premises Exchange stays: {stay}.',
    sv: 'Exchange-versioner i organisationen: {sources}; postlådor: {mailboxes}; gemensamma mappar: {publicFolders}; mål: {target}; den lokala Exchange-miljön finns kvar: {stay}.',
  },
  'header.command': {
    en: 'The same runbook from the command line: {command}',
    sv: 'Samma körbok från kommandoraden: {command}',
  },
  'header.recommendation': { en: 'Recommendation: {choice}. {reason}', sv: 'Rekommendation: {choice}. {reason}' },
  'header.chosen': { en: 'Your choice: {choice}. {reason}', sv: 'Ditt val: {choice}. {reason}' },
  'header.sources': { en: 'Sources:', sv: 'Källor:' },
  'header.csv': {
    en: 'The staged batches read {files} next to this file: placeholder rows to replace with the real addresses and passwords (`exchange-runbook new ... --out <file>` writes them).',
    sv: 'De stegvisa batcharna läser {files} bredvid den här filen: platshållarrader som ska ersättas med de riktiga adresserna och lösenorden (`exchange-runbook new ... --out <fil>` skriver dem).',
  },
  'header.review': {
    en: 'Review every step before you run it: server names, counts and durations are estimates to adjust. `exchange-runbook lint` checks the result.',
    sv: 'Granska varje steg innan du kör det: servernamn, antal och varaktigheter är uppskattningar att justera. `exchange-runbook lint` kontrollerar resultatet.',
  },
  'comment.updateUnknown': {
    en: 'RU/SU unknown: only AdminDisplayVersion was read (the collector reads ExSetup.exe)',
    sv: 'RU/SU okänd: bara AdminDisplayVersion lästes (insamlingsskriptet läser ExSetup.exe)',
  },
  'comment.cutoverSize': {
    en: 'Cutover was chosen for more mailboxes than Microsoft recommends (150); it is supported up to 2,000.',
    sv: 'Snabb migrering valdes för fler postlådor än Microsoft rekommenderar (150); den stöds upp till 2 000.',
  },

  // ---- phases ----
  'phase.check': { en: 'Check the organization', sv: 'Kontrollera organisationen' },
  'phase.consolidate': {
    en: 'Hand everything from Exchange {older} over to Exchange {onto}',
    sv: 'Lämna över allt från Exchange {older} till Exchange {onto}',
  },
  'phase.prepare.cutover': { en: 'Prepare the source and the tenant', sv: 'Förbered källan och klientorganisationen' },
  'phase.migrate.cutover': { en: 'Migrate every mailbox', sv: 'Migrera alla postlådor' },
  'phase.prepare.staged': {
    en: 'Prepare the source, the tenant and directory sync',
    sv: 'Förbered källan, klientorganisationen och katalogsynkroniseringen',
  },
  'phase.wave': { en: 'Wave {wave}: {count} mailboxes', sv: 'Omgång {wave}: {count} postlådor' },
  'phase.pilot': { en: 'Pilot: {count} mailboxes', sv: 'Pilot: {count} postlådor' },
  'phase.finish.staged': { en: 'Switch mail flow and finish', sv: 'Byt e-postflöde och slutför' },
  'phase.publicFolders': {
    en: 'Migrate the public folders to Exchange Online',
    sv: 'Migrera de gemensamma mapparna till Exchange Online',
  },
  'phase.retire.online': { en: 'Retire on-premises Exchange', sv: 'Avveckla den lokala Exchange-miljön' },
  'phase.retire.hybrid': {
    en: 'Retire on-premises Exchange, the hybrid server last',
    sv: 'Avveckla den lokala Exchange-miljön, hybridservern sist',
  },
  'phase.hybridServer.install': {
    en: 'Bring in the Exchange {version} hybrid server',
    sv: 'Installera hybridservern med Exchange {version}',
  },
  'phase.hybridServer.existing': {
    en: 'Prepare the Exchange {version} server for hybrid',
    sv: 'Förbered Exchange {version}-servern för hybrid',
  },
  'phase.tenant': {
    en: 'Prepare the tenant and directory sync',
    sv: 'Förbered klientorganisationen och katalogsynkroniseringen',
  },
  'phase.hybrid': { en: 'Configure the hybrid deployment', sv: 'Konfigurera hybriddistributionen' },
  'phase.mailFlow': { en: 'Mail flow and licences', sv: 'E-postflöde och licenser' },
  'phase.stay': { en: 'On-premises Exchange stays', sv: 'Den lokala Exchange-miljön finns kvar' },

  // ---- steps ----
  'title.check': {
    en: 'Inventory the servers, Active Directory and clients',
    sv: 'Inventera servrarna, Active Directory och klienterna',
  },
  'notes.check.inventory': {
    en: 'List the servers and their builds: `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\nRun the [Exchange HealthChecker]({link}) on every server that has it.',
    sv: 'Lista servrarna och deras versioner: `Get-ExchangeServer | ft Name,AdminDisplayVersion,ServerRole`.\nKör [Exchange HealthChecker]({link}) på varje server där det går.',
  },
  'notes.check.platform': {
    en: 'Exchange {version} needs forest functional level Windows Server {forest} or higher and Outlook {outlook} or later on every client; check both now. See [system requirements]({link}).',
    sv: 'Exchange {version} kräver skogens funktionsnivå Windows Server {forest} eller högre och Outlook {outlook} eller senare på alla klienter; kontrollera båda nu. Se [systemkraven]({link}).',
  },
  'notes.check.online': {
    en: 'Check that the tenant has an Exchange Online licence for every mailbox, and test Autodiscover and Outlook Anywhere from outside with the [Microsoft Remote Connectivity Analyzer]({link}).',
    sv: 'Kontrollera att klientorganisationen har en Exchange Online-licens för varje postlåda, och testa Autodiscover och Outlook Anywhere utifrån med [Microsoft Remote Connectivity Analyzer]({link}).',
  },
  'notes.check.hybrid': {
    en: 'Hybrid needs a trusted certificate with the Autodiscover and EWS names, public Autodiscover pointing on premises, and TCP 25 and 443 open to Exchange Online. See [hybrid deployment prerequisites]({link}).',
    sv: 'Hybrid kräver ett betrott certifikat med namnen för Autodiscover och EWS, offentlig Autodiscover som pekar på den lokala miljön, och TCP 25 och 443 öppna mot Exchange Online. Se [förutsättningar för hybriddistribution]({link}).',
  },
  'notes.hybridServer': {
    en: 'This is the hybrid server: give it a certificate from a trusted public CA with the Autodiscover and EWS names, and keep it on the latest update. See [hybrid deployment prerequisites]({link}).',
    sv: 'Det här är hybridservern: ge den ett certifikat från en betrodd offentlig certifikatutfärdare med namnen för Autodiscover och EWS, och håll den på den senaste uppdateringen. Se [förutsättningar för hybriddistribution]({link}).',
  },
  'notes.se': {
    en: 'Exchange SE CU2 no longer installs next to Exchange 2016 or 2019: finish this transition before moving to SE CU2. See [upgrade to Exchange SE]({link}).',
    sv: 'Exchange SE CU2 kan inte installeras bredvid Exchange 2016 eller 2019: slutför övergången innan du går till SE CU2. Se [uppgradera till Exchange SE]({link}).',
  },
  'notes.cu14': {
    en: 'Stay on Exchange 2019 CU14 while Exchange 2013 remains: CU15 Setup no longer accepts Exchange 2013.',
    sv: 'Stanna på Exchange 2019 CU14 så länge Exchange 2013 finns kvar: installationsprogrammet för CU15 godtar inte Exchange 2013.',
  },
  'notes.nativeMode': {
    en: 'The Exchange 2003 organization must be in native mode, with Exchange 2003 SP2 on every 2003 server, before Exchange 2010 joins it. See [Exchange 2010 system requirements]({link}).',
    sv: 'Exchange 2003-organisationen måste vara i internt läge (native mode), med Exchange 2003 SP2 på varje 2003-server, innan Exchange 2010 installeras. Se [systemkrav för Exchange 2010]({link}).',
  },
  'notes.routingGroups': {
    en: 'With the last Exchange 2003 server, remove the routing group connectors to it: `Get-RoutingGroupConnector | Remove-RoutingGroupConnector` from the Exchange 2010 shell. See [Remove-RoutingGroupConnector]({link}).',
    sv: 'Ta bort routningsgruppsanslutningarna till den sista Exchange 2003-servern: `Get-RoutingGroupConnector | Remove-RoutingGroupConnector` från Exchange 2010-gränssnittet. Se [Remove-RoutingGroupConnector]({link}).',
  },
  'title.moveMailboxes': {
    en: 'Move the {count} mailboxes from {from} to {to}',
    sv: 'Flytta de {count} postlådorna från {from} till {to}',
  },
  'title.moveSystemMailboxes': {
    en: 'Move the arbitration and system mailboxes from {from} to {to}',
    sv: 'Flytta skiljedoms- och systempostlådorna från {from} till {to}',
  },
  'notes.moveSystemMailboxes': {
    en: 'The user mailboxes are in Exchange Online; the arbitration mailboxes still live here:\n`Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <database>`. See [New-MoveRequest]({link}).',
    sv: 'Användarnas postlådor finns i Exchange Online; skiljedomspostlådorna finns fortfarande här:\n`Get-Mailbox -Arbitration -Server <server> | New-MoveRequest -TargetDatabase <databas>`. Se [New-MoveRequest]({link}).',
  },
  'notes.pfReplicate': {
    en: 'Add replicas of every public folder on {to} (`Set-PublicFolder -Replicas`, or the public folder management console), wait until replication is complete, then remove the old replicas.',
    sv: 'Lägg till repliker av alla gemensamma mappar på {to} (`Set-PublicFolder -Replicas`, eller konsolen för gemensamma mappar), vänta tills replikeringen är klar och ta sedan bort de gamla replikerna.',
  },
  'title.rerunWizard': {
    en: 'Run the Hybrid Configuration Wizard against {server}',
    sv: 'Kör guiden för hybridkonfiguration mot {server}',
  },
  'notes.rerunWizard': {
    en: 'Run the wizard again so that {server} takes over the hybrid role (connectors, organization relationship, MRS proxy endpoint). See [Hybrid Configuration Wizard]({link}).',
    sv: 'Kör guiden igen så att {server} tar över hybridrollen (anslutningar, organisationsrelation, slutpunkt för MRS-proxy). Se [guiden för hybridkonfiguration]({link}).',
  },
  'title.verifyDomain': { en: 'Verify {domain} in the tenant', sv: 'Verifiera {domain} i klientorganisationen' },
  'notes.verifyDomain': {
    en: 'Add {domain} in the Microsoft 365 admin center and publish the TXT record it shows in public DNS. See [add a domain]({link}).',
    sv: 'Lägg till {domain} i administrationscentret för Microsoft 365 och publicera TXT-posten som visas i offentlig DNS. Se [lägga till en domän]({link}).',
  },
  'title.syncOff': { en: 'Make sure directory sync is off', sv: 'Kontrollera att katalogsynkronisering är avstängd' },
  'notes.syncOff': {
    en: 'A cutover migration creates the cloud accounts itself: turn directory sync off before the batch. See [cutover migration]({link}).',
    sv: 'En snabb migrering skapar själv molnkontona: stäng av katalogsynkroniseringen före batchen. Se [snabb migrering]({link}).',
  },
  'title.syncOn': {
    en: 'Synchronize the users with Microsoft Entra Connect',
    sv: 'Synkronisera användarna med Microsoft Entra Connect',
  },
  'notes.syncOn.staged': {
    en: 'Install [Microsoft Entra Connect]({link}) (formerly Azure AD Connect, [renamed]({rename})): every mailbox in the CSV files needs a synchronized mail user in Exchange Online, and Exchange Online checks that sync is on when a batch starts.',
    sv: 'Installera [Microsoft Entra Connect]({link}) (tidigare Azure AD Connect, [nytt namn]({rename})): varje postlåda i CSV-filerna behöver en synkroniserad e-postanvändare i Exchange Online, och Exchange Online kontrollerar att synkroniseringen är på när en batch startar.',
  },
  'notes.syncOn.hybrid': {
    en: 'Install [Microsoft Entra Connect]({link}) (formerly Azure AD Connect, [renamed]({rename})) with password hash sync, pass-through authentication or AD FS; enable Exchange hybrid deployment in its options.',
    sv: 'Installera [Microsoft Entra Connect]({link}) (tidigare Azure AD Connect, [nytt namn]({rename})) med synkronisering av lösenordshashar, direktautentisering eller AD FS; aktivera Exchange-hybriddistribution bland alternativen.',
  },
  'title.permissions': {
    en: 'Grant {account} the migration permissions',
    sv: 'Ge {account} behörigheterna för migreringen',
  },
  'notes.permissions.cutover': {
    en: 'FullAccess on every mailbox (`Add-MailboxPermission -Identity <mailbox> -User {account} -AccessRights FullAccess`)\nor Receive As on every mailbox database. Unhide hidden mailboxes from the address lists. See [cutover migration]({link}).',
    sv: 'FullAccess på varje postlåda (`Add-MailboxPermission -Identity <postlåda> -User {account} -AccessRights FullAccess`)\neller Receive As på varje postlådedatabas. Visa dolda postlådor i adresslistorna. Se [snabb migrering]({link}).',
  },
  'notes.permissions.staged': {
    en: 'FullAccess on every mailbox (`Add-MailboxPermission -Identity <mailbox> -User {account} -AccessRights FullAccess`)\nor Receive As on every mailbox database, plus WriteProperty on the TargetAddress attribute of the users. See [staged migration]({link}).',
    sv: 'FullAccess på varje postlåda (`Add-MailboxPermission -Identity <postlåda> -User {account} -AccessRights FullAccess`)\neller Receive As på varje postlådedatabas, plus WriteProperty på användarnas attribut TargetAddress. Se [stegvis migrering]({link}).',
  },
  'notes.permissions.hybrid': {
    en: 'The on-premises account the migration endpoint uses needs permission to move mailboxes (Organization Management, or the Move Mailboxes role); in Exchange Online a Global Administrator or Exchange Administrator creates the batches. See [move mailboxes]({link}).',
    sv: 'Det lokala konto som migreringsslutpunkten använder behöver behörighet att flytta postlådor (Organization Management eller rollen Move Mailboxes); i Exchange Online skapar en global administratör eller Exchange-administratör batcharna. Se [flytta postlådor]({link}).',
  },
  'title.prepareMailboxes': {
    en: 'Prepare the mailboxes, groups and DNS',
    sv: 'Förbered postlådorna, grupperna och DNS',
  },
  'notes.prepareMailboxes.cutover': {
    en: "Unhide mailboxes hidden from the address lists, disable Unified Messaging, create empty mail-enabled security groups in Exchange Online (a cutover migration cannot detect security groups),\nremove managers and delegates that point to objects that are not migrated, and lower the MX record's TTL to 3600 seconds. See [cutover migration]({link}).",
    sv: 'Visa postlådor som är dolda i adresslistorna, inaktivera Unified Messaging, skapa tomma e-postaktiverade säkerhetsgrupper i Exchange Online (en snabb migrering kan inte identifiera säkerhetsgrupper),\nta bort chefer och ombud som pekar på objekt som inte migreras, och sänk MX-postens TTL till 3600 sekunder. Se [snabb migrering]({link}).',
  },
  'notes.prepareMailboxes.staged': {
    en: "Disable Unified Messaging on the mailboxes, plan the waves (each CSV file at most 2,000 mailboxes), and lower the MX record's TTL to 3600 seconds before the switch. See [staged migration]({link}).",
    sv: 'Inaktivera Unified Messaging på postlådorna, planera omgångarna (varje CSV-fil högst 2 000 postlådor) och sänk MX-postens TTL till 3600 sekunder före bytet. Se [stegvis migrering]({link}).',
  },
  'title.outlookAnywhere': {
    en: 'Publish Outlook Anywhere on {server} with a trusted certificate',
    sv: 'Publicera Outlook Anywhere på {server} med ett betrott certifikat',
  },
  'notes.outlookAnywhere.legacy': {
    en: 'Exchange Online reads the mailboxes over Outlook Anywhere (RPC over HTTP, TCP 443): `Enable-OutlookAnywhere -Server {server} -ExternalHostname <name> -DefaultAuthenticationMethod Basic -SSLOffloading:$false`,\nwith a certificate from a trusted CA (not self-signed) that has the Outlook Anywhere and Autodiscover names. Test with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
    sv: 'Exchange Online läser postlådorna via Outlook Anywhere (RPC över HTTP, TCP 443): `Enable-OutlookAnywhere -Server {server} -ExternalHostname <namn> -DefaultAuthenticationMethod Basic -SSLOffloading:$false`,\nmed ett certifikat från en betrodd certifikatutfärdare (inte självsignerat) med namnen för Outlook Anywhere och Autodiscover. Testa med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  },
  'notes.outlookAnywhere.2003': {
    en: 'Exchange Online reads Exchange 2003 mailboxes over RPC over HTTP: enable it on {server} with a certificate from a trusted CA, and open TCP 443 (and 6001, 6002, 6004 between the RPC proxy and {server}).\nTest with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
    sv: 'Exchange Online läser postlådor i Exchange 2003 via RPC över HTTP: aktivera det på {server} med ett certifikat från en betrodd certifikatutfärdare och öppna TCP 443 (och 6001, 6002, 6004 mellan RPC-proxyn och {server}).\nTesta med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  },
  'notes.outlookAnywhere.modern': {
    en: 'Outlook Anywhere is on by default on Exchange 2013 and later: check its external host name (`Get-OutlookAnywhere -Server {server} | fl ExternalHostname`) and that the certificate bound to IIS is from a trusted CA.\nTest with the [Remote Connectivity Analyzer]({analyzer}). See [cutover migration]({link}).',
    sv: 'Outlook Anywhere är aktiverat som standard i Exchange 2013 och senare: kontrollera det externa värdnamnet (`Get-OutlookAnywhere -Server {server} | fl ExternalHostname`) och att certifikatet som är bundet till IIS kommer från en betrodd certifikatutfärdare.\nTesta med [Remote Connectivity Analyzer]({analyzer}). Se [snabb migrering]({link}).',
  },
  'title.endpoint.outlookAnywhere': {
    en: 'Create the Outlook Anywhere migration endpoint',
    sv: 'Skapa migreringsslutpunkten för Outlook Anywhere',
  },
  'notes.endpoint.outlookAnywhere': {
    en: 'In Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeOutlookAnywhere -Name OAEndpoint -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`;\ncheck it with `Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`. See [migration endpoints]({link}).',
    sv: 'I Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeOutlookAnywhere -Name OAEndpoint -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`;\nkontrollera med `Test-MigrationServerAvailability -ExchangeOutlookAnywhere -Autodiscover -EmailAddress {account} -Credentials (Get-Credential)`. Se [migreringsslutpunkter]({link}).',
  },
  'title.endpoint.remoteMove': {
    en: 'Create the remote move migration endpoint',
    sv: 'Skapa migreringsslutpunkten för fjärrflytt',
  },
  'notes.endpoint.remoteMove': {
    en: 'In Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeRemoteMove -Name HybridEndpoint -RemoteServer <external name of {server}> -Credentials (Get-Credential)`\n(the wizard usually creates it). See [move mailboxes in a hybrid deployment]({link}).',
    sv: 'I Exchange Online PowerShell: `New-MigrationEndpoint -ExchangeRemoteMove -Name HybridEndpoint -RemoteServer <externt namn på {server}> -Credentials (Get-Credential)`\n(guiden brukar skapa den). Se [flytta postlådor i en hybriddistribution]({link}).',
  },
  'title.batch.cutover': {
    en: 'Create the cutover batch for all {count} mailboxes',
    sv: 'Skapa batchen för snabb migrering av alla {count} postlådor',
  },
  'notes.batch.cutover': {
    en: '`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint` (no CSV: a cutover batch takes every mailbox, mail contact and mail-enabled group). See [New-MigrationBatch]({link}).',
    sv: '`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint` (ingen CSV: en batch för snabb migrering tar alla postlådor, e-postkontakter och e-postaktiverade grupper). Se [New-MigrationBatch]({link}).',
  },
  'title.startBatch': {
    en: 'Start the batch {batch} and follow its progress',
    sv: 'Starta batchen {batch} och följ förloppet',
  },
  'notes.startBatch': {
    en: '`Start-MigrationBatch -Identity {batch}`; follow it with `Get-MigrationBatch {batch}` and `Get-MigrationUserStatistics`. The status goes from Syncing to Synced; incremental sync then runs every 24 hours. See [cutover migration]({link}).',
    sv: '`Start-MigrationBatch -Identity {batch}`; följ den med `Get-MigrationBatch {batch}` och `Get-MigrationUserStatistics`. Statusen går från Syncing till Synced; därefter körs inkrementell synkronisering var 24:e timme. Se [snabb migrering]({link}).',
  },
  'notes.startBatch.staged': {
    en: '`Start-MigrationBatch -Identity {batch}`; follow it with `Get-MigrationUserStatistics`. Initial sync runs about 20 mailboxes at a time. See [staged migration]({link}).',
    sv: '`Start-MigrationBatch -Identity {batch}`; följ den med `Get-MigrationUserStatistics`. Den första synkroniseringen tar ungefär 20 postlådor åt gången. Se [stegvis migrering]({link}).',
  },
  'notes.startBatch.remoteMove': {
    en: '`Start-MigrationBatch -Identity {batch}`; mailboxes sync to 95% and wait for completion. Follow with `Get-MigrationUserStatistics -BatchId {batch}`. See [move mailboxes]({link}).',
    sv: '`Start-MigrationBatch -Identity {batch}`; postlådorna synkroniseras till 95 % och väntar på slutförandet. Följ med `Get-MigrationUserStatistics -BatchId {batch}`. Se [flytta postlådor]({link}).',
  },
  'title.switchMx': {
    en: 'Point MX and Autodiscover to Microsoft 365',
    sv: 'Peka MX och Autodiscover mot Microsoft 365',
  },
  'notes.switchMx': {
    en: 'Point the MX record to `{mx}` and the `autodiscover` CNAME to `autodiscover.outlook.com`,\nthen wait 72 hours before deleting the batches, so that mail still arriving on premises is synchronized. See [cutover migration]({link}).',
    sv: 'Peka MX-posten mot `{mx}` och CNAME-posten `autodiscover` mot `autodiscover.outlook.com`,\nvänta sedan 72 timmar innan batcharna tas bort, så att e-post som fortfarande kommer till den lokala miljön synkroniseras. Se [snabb migrering]({link}).',
  },
  'notes.switchMx.hybrid': {
    en: 'Point the MX record to `{mx}` once most mailboxes are in Exchange Online (the wizard does not change MX); mail for on-premises mailboxes then flows through the hybrid connectors. See [Hybrid Configuration Wizard]({link}).',
    sv: 'Peka MX-posten mot `{mx}` när de flesta postlådorna finns i Exchange Online (guiden ändrar inte MX); e-post till lokala postlådor går då via hybridanslutningarna. Se [guiden för hybridkonfiguration]({link}).',
  },
  'title.removeBatch': { en: 'Delete the batch {batch}', sv: 'Ta bort batchen {batch}' },
  'notes.removeBatch': {
    en: 'When the last synced time is later than the MX switch: `Remove-MigrationBatch -Identity {batch}`. See [migration steps]({link}).',
    sv: 'När tiden för senaste synkronisering är senare än MX-bytet: `Remove-MigrationBatch -Identity {batch}`. Se [migreringsstegen]({link}).',
  },
  'title.licenses': { en: 'Assign Exchange Online licences', sv: 'Tilldela Exchange Online-licenser' },
  'notes.licenses': {
    en: 'Every migrated user needs a licence within 30 days, or the mailbox is disabled. See [assign licences]({link}).',
    sv: 'Varje migrerad användare behöver en licens inom 30 dagar, annars inaktiveras postlådan. Se [tilldela licenser]({link}).',
  },
  'title.outlook': {
    en: 'Users set up Outlook for Exchange Online',
    sv: 'Användarna konfigurerar Outlook för Exchange Online',
  },
  'notes.outlook.cutover': {
    en: 'Send the welcome letter: users sign in with their new password, create a new Outlook profile and let Outlook download the mailbox again. See [the Exchange 2007 roadmap]({link}).',
    sv: 'Skicka välkomstbrevet: användarna loggar in med sitt nya lösenord, skapar en ny Outlook-profil och låter Outlook hämta postlådan på nytt. Se [översikten för Exchange 2007]({link}).',
  },
  'notes.outlook.staged': {
    en: 'Users of each converted wave create a new Outlook profile; mail for them is already forwarded to Exchange Online through TargetAddress. See [staged migration]({link}).',
    sv: 'Användarna i varje konverterad omgång skapar en ny Outlook-profil; deras e-post vidarebefordras redan till Exchange Online via TargetAddress. Se [stegvis migrering]({link}).',
  },
  'title.batch.staged': {
    en: 'Create the staged batch for wave {wave} ({count} mailboxes in {csv})',
    sv: 'Skapa den stegvisa batchen för omgång {wave} ({count} postlådor i {csv})',
  },
  'notes.batch.staged': {
    en: 'Replace the placeholder rows of {csv} with the wave\'s real mailboxes (EmailAddress, Password of at least 8 characters, ForceChangePassword True or False; at most {rows} rows), then:\n`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint -CSVData ([System.IO.File]::ReadAllBytes("{csv}"))`. See [CSV files for migration]({link}).',
    sv: 'Ersätt platshållarraderna i {csv} med omgångens riktiga postlådor (EmailAddress, Password på minst 8 tecken, ForceChangePassword True eller False; högst {rows} rader) och kör sedan:\n`New-MigrationBatch -Name {batch} -SourceEndpoint OAEndpoint -CSVData ([System.IO.File]::ReadAllBytes("{csv}"))`. Se [CSV-filer för migrering]({link}).',
  },
  'title.convert': {
    en: 'Convert the mailboxes of {batch} to mail-enabled users',
    sv: 'Konvertera postlådorna i {batch} till e-postaktiverade användare',
  },
  'notes.convert': {
    en: 'Run `ExportO365UserInfo.ps1` in Exchange Online (it writes cloud.csv), then `Exchange2007MBtoMEU.ps1 <domain controller>` on premises, so that Outlook finds the cloud mailbox (Exchange 2003 has its own script). See [convert to mail-enabled users]({link}).',
    sv: 'Kör `ExportO365UserInfo.ps1` i Exchange Online (den skriver cloud.csv) och sedan `Exchange2007MBtoMEU.ps1 <domänkontrollant>` lokalt, så att Outlook hittar postlådan i molnet (Exchange 2003 har ett eget skript). Se [konvertera till e-postaktiverade användare]({link}).',
  },
  'title.mrsProxy': { en: 'Enable the MRS proxy on {server}', sv: 'Aktivera MRS-proxyn på {server}' },
  'notes.mrsProxy': {
    en: '`Set-WebServicesVirtualDirectory -Identity "{server}\\EWS (Default Web Site)" -MRSProxyEnabled $true`, with Windows authentication on that virtual directory. See [MRS proxy endpoint]({link}).',
    sv: '`Set-WebServicesVirtualDirectory -Identity "{server}\\EWS (Default Web Site)" -MRSProxyEnabled $true`, med Windows-autentisering på den virtuella katalogen. Se [slutpunkt för MRS-proxy]({link}).',
  },
  'title.wizard': {
    en: 'Run the Hybrid Configuration Wizard against {server}',
    sv: 'Kör guiden för hybridkonfiguration mot {server}',
  },
  'notes.wizard': {
    en: 'Download the wizard from the Exchange admin center and run it on {server} as Organization Management and Global Administrator; choose full hybrid.\nCreate the dedicated Exchange hybrid application in Microsoft Entra ID too (`ConfigureExchangeHybridApplication.ps1`, see [dedicated hybrid app]({app})). See [Hybrid Configuration Wizard]({link}).',
    sv: 'Hämta guiden från administrationscentret för Exchange och kör den på {server} som Organization Management och global administratör; välj fullständig hybrid.\nSkapa även det dedikerade Exchange-hybridprogrammet i Microsoft Entra ID (`ConfigureExchangeHybridApplication.ps1`, se [dedikerat hybridprogram]({app})). Se [guiden för hybridkonfiguration]({link}).',
  },
  'title.batch.remoteMove': {
    en: 'Create the remote move batch {batch} ({count} mailboxes)',
    sv: 'Skapa fjärrflyttbatchen {batch} ({count} postlådor)',
  },
  'notes.batch.remoteMove': {
    en: 'List the mailboxes in a CSV file with the header EmailAddress, then:\n`New-MigrationBatch -Name {batch} -SourceEndpoint HybridEndpoint -TargetDeliveryDomain {tenant}.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes("<file>.csv"))`. See [move mailboxes]({link}).',
    sv: 'Lista postlådorna i en CSV-fil med rubriken EmailAddress och kör sedan:\n`New-MigrationBatch -Name {batch} -SourceEndpoint HybridEndpoint -TargetDeliveryDomain {tenant}.mail.onmicrosoft.com -CSVData ([System.IO.File]::ReadAllBytes("<fil>.csv"))`. Se [flytta postlådor]({link}).',
  },
  'title.completeBatch': { en: 'Complete the batch {batch}', sv: 'Slutför batchen {batch}' },
  'notes.completeBatch.remoteMove': {
    en: '`Complete-MigrationBatch -Identity {batch}` at a quiet hour: users are switched to Exchange Online and Outlook reconnects by itself. See [move mailboxes]({link}).',
    sv: '`Complete-MigrationBatch -Identity {batch}` vid en lugn tidpunkt: användarna flyttas över till Exchange Online och Outlook ansluter på nytt av sig själv. Se [flytta postlådor]({link}).',
  },
  'notes.pfStaging': {
    en: 'Exchange Online takes legacy public folders only from Exchange 2010 SP3 RU8 or later, or from Exchange 2013: they pass through this server first. See [batch migration of legacy public folders]({link}).',
    sv: 'Exchange Online tar emot äldre gemensamma mappar bara från Exchange 2010 SP3 RU8 eller senare, eller från Exchange 2013: de går därför först via den här servern. Se [batchmigrering av äldre gemensamma mappar]({link}).',
  },
  'title.pfOnline': {
    en: 'Migrate the public folders from {from} to Exchange Online',
    sv: 'Migrera de gemensamma mapparna från {from} till Exchange Online',
  },
  'notes.pfOnline.legacy': {
    en: 'Batch migration of legacy public folders from {server}: `Export-PublicFolderStatistics.ps1`, `PublicFolderToMailboxMapGenerator.ps1`, create the public folder mailboxes in Exchange Online, then\n`New-MigrationBatch -Name PFMigration -SourceEndpoint <public folder endpoint> -CSVData ...`; lock the source with `Set-OrganizationConfig -PublicFoldersLockedForMigration $true`, then complete the batch. See [batch migration of legacy public folders]({link}).',
    sv: 'Batchmigrering av äldre gemensamma mappar från {server}: `Export-PublicFolderStatistics.ps1`, `PublicFolderToMailboxMapGenerator.ps1`, skapa postlådorna för gemensamma mappar i Exchange Online och kör sedan\n`New-MigrationBatch -Name PFMigration -SourceEndpoint <slutpunkt för gemensamma mappar> -CSVData ...`; lås källan med `Set-OrganizationConfig -PublicFoldersLockedForMigration $true` och slutför sedan batchen. Se [batchmigrering av äldre gemensamma mappar]({link}).',
  },
  'notes.pfOnline.modern': {
    en: 'Batch migration of modern public folders from {server}: create the mapping with the migration scripts, `New-MigrationBatch -Name PFMigration -SourceEndpoint <public folder endpoint> -PublicFolderToUnifiedGroup:$false -CSVData ...`;\nlock with `Set-OrganizationConfig -PublicFolderMailboxesLockedForNewConnections $true` before completing. Exchange Online takes at most 1,000 public folder mailboxes. See [public folder migration]({link}).',
    sv: 'Batchmigrering av moderna gemensamma mappar från {server}: skapa mappningen med migreringsskripten och kör `New-MigrationBatch -Name PFMigration -SourceEndpoint <slutpunkt för gemensamma mappar> -PublicFolderToUnifiedGroup:$false -CSVData ...`;\nlås med `Set-OrganizationConfig -PublicFolderMailboxesLockedForNewConnections $true` före slutförandet. Exchange Online tar högst 1 000 postlådor för gemensamma mappar. Se [migrering av gemensamma mappar]({link}).',
  },
  'notes.lastServer': {
    en: 'While directory sync manages the users, Microsoft advises keeping one Exchange server (or the Exchange management tools) for recipient management; if one must stay, answer that on-premises Exchange stays. See [the Exchange 2010 roadmap]({link}).',
    sv: 'Så länge katalogsynkroniseringen hanterar användarna rekommenderar Microsoft att en Exchange-server (eller Exchange-hanteringsverktygen) behålls för mottagarhantering; om en server ska finnas kvar, svara att den lokala Exchange-miljön finns kvar. Se [översikten för Exchange 2010]({link}).',
  },
  'title.stays': {
    en: '{servers} stays on premises for recipient management and hybrid',
    sv: '{servers} finns kvar lokalt för mottagarhantering och hybrid',
  },
  'notes.stays': {
    en: 'Keep it on the latest cumulative update and manage the synchronized recipients from it (`Enable-RemoteMailbox` for new cloud mailboxes). See [the Exchange 2010 roadmap]({link}).',
    sv: 'Håll den på den senaste kumulativa uppdateringen och hantera de synkroniserade mottagarna därifrån (`Enable-RemoteMailbox` för nya postlådor i molnet). Se [översikten för Exchange 2010]({link}).',
  },

  // ---- the command line (`exchange-runbook new`) ----
  'cli.noSource': {
    en: '--source is needed: the Exchange versions present, e.g. --source 2007 or --source 2007,2010',
    sv: '--source behövs: Exchange-versionerna i organisationen, t.ex. --source 2007 eller --source 2007,2010',
  },
  'cli.noMailboxes': {
    en: '--mailboxes is needed: the number of mailboxes in scope, e.g. --mailboxes 420',
    sv: '--mailboxes behövs: antalet postlådor som omfattas, t.ex. --mailboxes 420',
  },
  'cli.badLocale': {
    en: '--locale must be en or sv, not `{value}`',
    sv: '--locale måste vara en eller sv, inte `{value}`',
  },
  'cli.outAndCsvDir': {
    en: '--out writes the CSV files next to the runbook; --csv-dir is for a runbook printed to stdout: give one of them',
    sv: '--out skriver CSV-filerna bredvid körboken; --csv-dir är till för en körbok som skrivs till stdout: ange en av dem',
  },
  'cli.exists': {
    en: '{file} already exists; add --force to overwrite it',
    sv: '{file} finns redan; lägg till --force för att skriva över den',
  },
  'cli.cannotWrite': { en: 'cannot write {file}: {reason}', sv: 'kan inte skriva {file}: {reason}' },
  'cli.wrote': { en: 'wrote {file}', sv: 'skrev {file}' },
  'cli.csvNotWritten': {
    en: 'note: the runbook reads the staged-migration CSV files {files} next to itself; they were not written. Add --csv-dir DIR (the folder you save the runbook in) to write their templates, or use --out FILE to write the runbook and the CSV files together.',
    sv: 'obs: körboken läser CSV-filerna för den stegvisa migreringen {files} bredvid sig själv; de skrevs inte. Lägg till --csv-dir MAPP (mappen där du sparar körboken) för att skriva deras mallar, eller använd --out FIL för att skriva körboken och CSV-filerna tillsammans.',
  },

  // ---- the VS Code command ----
  'ui.saveTitle': {
    en: 'Save the runbook (its CSV files {files} go next to it)',
    sv: 'Spara körboken (CSV-filerna {files} hamnar bredvid den)',
  },
  'ui.csvNotWritten': {
    en: 'The runbook opens unsaved, and the CSV files it expects ({files}) were not written: save it next to them, or run the command again and choose where to save.',
    sv: 'Körboken öppnas osparad, och CSV-filerna den förväntar sig ({files}) skrevs inte: spara den bredvid dem, eller kör kommandot igen och välj var den ska sparas.',
  },

  // ---- the interview ----
  'ask.sources.title': { en: 'Exchange versions in the organization', sv: 'Exchange-versioner i organisationen' },
  'ask.sources.prompt': {
    en: 'Which Exchange versions are installed? Pick every version that has servers.',
    sv: 'Vilka Exchange-versioner är installerade? Välj alla versioner som har servrar.',
  },
  'ask.mailboxes.title': { en: 'Mailboxes', sv: 'Postlådor' },
  'ask.mailboxes.prompt': { en: 'How many mailboxes are in scope?', sv: 'Hur många postlådor omfattas?' },
  'ask.publicFolders.title': { en: 'Public folders', sv: 'Gemensamma mappar' },
  'ask.publicFolders.prompt': {
    en: 'Does the organization use public folders?',
    sv: 'Använder organisationen gemensamma mappar?',
  },
  'ask.target.title': { en: 'Target', sv: 'Mål' },
  'ask.target.prompt': { en: 'Where should the mailboxes end up?', sv: 'Var ska postlådorna hamna?' },
  'ask.keep.title': { en: 'On-premises Exchange', sv: 'Lokala Exchange' },
  'ask.keep.prompt': {
    en: 'Must on-premises Exchange stay next to Exchange Online (a lasting hybrid deployment)?',
    sv: 'Ska den lokala Exchange-miljön finnas kvar bredvid Exchange Online (en varaktig hybriddistribution)?',
  },
  'ask.name.title': { en: 'Organization', sv: 'Organisation' },
  'ask.name.prompt': {
    en: "The organization's name (used for the title, server names and file names)",
    sv: 'Organisationens namn (används i rubriken, servernamnen och filnamnen)',
  },
  'ask.domain.title': { en: 'Domain', sv: 'Domän' },
  'ask.domain.prompt': {
    en: 'The primary accepted domain (e.g. contoso.com)',
    sv: 'Den primära godkända domänen (t.ex. contoso.com)',
  },
  'ask.method.title': { en: 'Migration method', sv: 'Migreringsmetod' },
  'ask.method.prompt': {
    en: 'The recommendation comes first; pick it or another allowed method.',
    sv: 'Rekommendationen står först; välj den eller en annan tillåten metod.',
  },
  'ask.confirm.title': { en: 'The plan', sv: 'Planen' },
  'ask.recommended': { en: 'recommended', sv: 'rekommenderas' },
  'ask.notPossible': { en: 'not possible', sv: 'inte möjlig' },
  'ask.keep.yes': {
    en: 'Yes: keep on-premises Exchange (hybrid)',
    sv: 'Ja: behåll den lokala Exchange-miljön (hybrid)',
  },
  'ask.keep.no': {
    en: 'No: retire on-premises Exchange when the migration is done',
    sv: 'Nej: avveckla den lokala Exchange-miljön när migreringen är klar',
  },
  'ask.publicFolders.yes': { en: 'Yes', sv: 'Ja' },
  'ask.publicFolders.no': { en: 'No', sv: 'Nej' },
  'ask.target.online.detail': {
    en: 'cutover, staged or full hybrid migration',
    sv: 'snabb migrering, stegvis migrering eller fullständig hybridmigrering',
  },
  'ask.target.version.detail': { en: 'end of support {date}', sv: 'supporten upphör {date}' },
  'ask.target.se.detail': {
    en: 'Modern Lifecycle Policy: supported while kept up to date',
    sv: 'modern livscykelpolicy: stöds så länge den hålls uppdaterad',
  },
  'ask.version.detail': { en: 'end of support {date}', sv: 'supporten upphörde {date}' },
  'ask.invalid.sources': { en: 'Pick at least one version.', sv: 'Välj minst en version.' },
  'ask.invalid.yesNo': { en: 'answer yes or no, not `{value}`', sv: 'svara ja (yes) eller nej (no), inte `{value}`' },
};

export const ASSISTANT_MESSAGES = fromPairs(ASSISTANT_TEXT);

export function say(locale: Locale, id: string, args: MessageArgs = {}): string {
  return lookupMessage(ASSISTANT_MESSAGES, locale, id, args);
}

export function methodName(locale: Locale, method: OnlineMethodChoice): string {
  return say(locale, `method.${method}`);
}

export function targetName(locale: Locale, target: TargetChoice): string {
  return target === 'online' ? say(locale, 'target.online') : say(locale, 'target.onPremises', { version: target });
}

export function yesNo(locale: Locale, value: boolean): string {
  return say(locale, value ? 'yes' : 'no');
}

/** "2007", "2007 and 2010", "2003, 2007 and 2010" in the locale. */
export function versionList(locale: Locale, versions: readonly (ExchangeVersion | string)[]): string {
  return formatList(locale, versions);
}
