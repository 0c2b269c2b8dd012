// Titles and notes of the steps the on-premises fixes insert: what to run and the Microsoft
// page that explains it, in English (procedures.en.ts) and Swedish (procedures.sv.ts).
import type { Locale } from '../types';
import { type Catalogue, lookupMessage } from '../l10n/catalogue';
import { formatList, type MessageArgs } from '../l10n/format';
import { updateAtLeast, versionRank } from './versions';
import { procedureEn } from './procedures.en';
import { procedureSv } from './procedures.sv';
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

// One catalogue per language, as the core's (../l10n/en.ts, sv.ts), read through ../l10n/catalogue.ts.
export const PROCEDURE_MESSAGES: Catalogue<typeof procedureEn> = { en: procedureEn, sv: procedureSv };

export type ProcedureTextId = keyof typeof procedureEn;

export function procedureText(locale: Locale, id: ProcedureTextId, args: MessageArgs = {}): string {
  return lookupMessage(PROCEDURE_MESSAGES, locale, id, args);
}

/**
 * The first update of each version whose Setup takes only the diagnostic-data form of the
 * licence switch: the September 2021 CUs (exchange-facts.md 3e). Earlier updates and
 * versions take the old form.
 */
export const DIAGNOSTIC_DATA_SWITCH = {
  firstUpdate: { '2016': 'CU22', '2019': 'CU11', SE: 'RTM' } as Readonly<Record<string, string>>,
  released: '2021-09-28',
  source: LINKS.cumulativeUpdates,
} as const;

/**
 * The licence switch for Setup of `version` at `update`. Without an update the step runs
 * the latest update's Setup (what the inserted steps say to install), which takes the
 * diagnostic-data form; so does an update the table cannot read.
 */
export function licenceSwitch(version: string, update?: string): string {
  const first = DIAGNOSTIC_DATA_SWITCH.firstUpdate[version];
  const diagnosticData =
    first !== undefined && (update === undefined || updateAtLeast(version, update, first) !== false);
  return diagnosticData ? '/IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF' : '/IAcceptExchangeServerLicenseTerms';
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
