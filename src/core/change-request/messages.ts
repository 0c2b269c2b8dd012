// The Change Request's wording in English (messages.en.ts) and Swedish (messages.sv.ts),
// one catalogue per language as the core's (../l10n/en.ts, sv.ts), read through ../l10n/catalogue.ts.
import type { Catalogue } from '../l10n/catalogue';
import { changeRequestEn } from './messages.en';
import { changeRequestSv } from './messages.sv';

export const CHANGE_REQUEST_MESSAGES: Catalogue<typeof changeRequestEn> = { en: changeRequestEn, sv: changeRequestSv };
