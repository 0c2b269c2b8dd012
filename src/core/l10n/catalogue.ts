// Every catalogue (the core's in ./messages.ts, the CLI's, the checklist's, the
// assistant's, the change request's, the procedures', and each rule's own `messages`) has
// one shape, `Catalogue` (one object per language, keyed by message id), and is read one
// way: `translator(catalogue)`, `messagesIn` or `lookupMessage`, which take the locale's
// template (English when Swedish lacks it) and fill it with `formatMessage` (./format.ts).
// No catalogue data here, so the checklist renderers' bundle carries only its own.
import type { Locale } from '../types';
import { ArgsOf, formatMessage, MessageArgs } from './format';

export type Templates = Readonly<Record<string, string>>;

/** English is complete; Swedish may lack a key (the catalogue test says which must not). */
export interface Catalogue<T extends Templates = Templates> {
  en: T;
  sv?: Partial<Record<keyof T, string>>;
}

/** The arguments parameter of a message: optional when its template needs none. */
export type ArgsParam<T extends string> = [keyof ArgsOf<T>] extends [never] ? [args?: ArgsOf<T>] : [args: ArgsOf<T>];

/** A message by an id known only at run time (the id itself when the catalogue lacks it). */
export function lookupMessage(catalogue: Catalogue, locale: Locale, id: string, args?: MessageArgs): string {
  const template = catalogue[locale]?.[id] ?? catalogue.en[id];
  return template === undefined ? id : formatMessage(locale, template, args);
}

/** The typed reader of one catalogue: an unknown id or a missing argument does not compile. */
export function translator<T extends Templates>(catalogue: Catalogue<T>) {
  return <K extends keyof T & string>(locale: Locale, id: K, ...args: ArgsParam<T[K]>): string =>
    lookupMessage(catalogue, locale, id, args[0]);
}

/** The same, bound to one locale: `const t = messagesIn(CATALOGUE, locale); t('id', { … })`. */
export function messagesIn<T extends Templates>(catalogue: Catalogue<T>, locale: Locale) {
  return <K extends keyof T & string>(id: K, ...args: ArgsParam<T[K]>): string =>
    lookupMessage(catalogue, locale, id, args[0]);
}
