// Every string of the new-runbook assistant, in English (text.en.ts) and Swedish (text.sv.ts),
// as data: the questions, the reasons, the refusals, and the titles and notes of the
// steps it writes. Swedish follows Microsoft's Swedish Exchange terminology: postlåda,
// snabb migrering (cutover), stegvis migrering (staged), fullständig hybridmigrering,
// gemensamma mappar (public folders), körbok (runbook). Titles and notes of on-premises
// steps come from knowledge/procedures.ts, which the rules' fixes use too.
import { type Catalogue, lookupMessage } from '../l10n/catalogue';
import { formatList, type MessageArgs } from '../l10n/format';
import type { Locale } from '../types';
import type { ExchangeVersion } from '../knowledge/versions';
import type { OnlineMethodChoice, TargetChoice } from './types';
import { assistantEn } from './text.en';
import { assistantSv } from './text.sv';

// One catalogue per language, as the core's (../l10n/en.ts, sv.ts), read through ../l10n/catalogue.ts.
export const ASSISTANT_MESSAGES: Catalogue<typeof assistantEn> = { en: assistantEn, sv: assistantSv };

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
