// The core's message catalogue for text that is not a rule message: fix titles, notes of
// inserted steps, checklist and assistant wording. Rule messages live with their rule
// (rules/<id>.ts, `messages`), and `catalogue()` assembles both into one table.
import type { Locale } from '../types';
import { format } from '../rule';
import { en } from './en';
import { sv } from './sv';

export type MessageId = keyof typeof en;

const CATALOGUES: Record<Locale, Partial<Record<string, string>>> = { en, sv };

export function coreMessage(locale: Locale, id: string, args?: Record<string, string | number>): string {
  const template = CATALOGUES[locale][id] ?? en[id as MessageId] ?? id;
  return format(template, args);
}

/** `LANG=sv_SE.UTF-8` → sv; anything else → en. */
export function localeFromEnv(value: string | undefined): Locale {
  return value && /^sv([_.-]|$)/i.test(value) ? 'sv' : 'en';
}
