// The core's message catalogue for text that is not a rule message: fix titles, notes of
// inserted steps, parser, editor, extension and configuration wording. Rule messages live
// with their rule (rules/<id>.ts, `messages`); both are read through ./catalogue.ts.
import type { Locale } from '../types';
import { ArgsParam, Catalogue, messagesIn, translator } from './catalogue';
import { en } from './en';
import { sv } from './sv';

export { lookupMessage, type ArgsParam } from './catalogue';

export const CORE: Catalogue<typeof en> = { en, sv };

export type MessageId = keyof typeof en;

/** The arguments parameter of a core message (for adapters that wrap `coreMessage`). */
export type CoreArgsParam<K extends MessageId> = ArgsParam<(typeof en)[K]>;

/** A core message (fix titles, notes of inserted steps, parser, editor, extension wording). */
export const coreMessage = translator(CORE);

/** The core messages in one locale: `const t = coreMessagesIn(locale); t('editor.hover.build', { build })`. */
export function coreMessagesIn(locale: Locale) {
  return messagesIn(CORE, locale);
}

/** `LANG=sv_SE.UTF-8` → sv; anything else → en. */
export function localeFromEnv(value: string | undefined): Locale {
  return value && /^sv([_.-]|$)/i.test(value) ? 'sv' : 'en';
}
