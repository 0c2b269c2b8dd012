// A step's checklist title: its own `title` when it has one, otherwise a sentence built
// from the action and its fields ("Move mailboxes from EX07 to EX13"), so a runbook
// written with actions only still reads as a checklist.
import type { Document } from 'yaml';
import { fieldBoolean, fieldString, fieldStrings, StepEntry } from '../parse';
import type { Locale } from '../types';
import { CHECKLIST_MESSAGES } from './messages';
import { messagesIn } from '../l10n/catalogue';
import { formatList } from '../l10n/format';

const TENANT = 'exchange-online';

const checklistText = (locale: Locale) => messagesIn(CHECKLIST_MESSAGES, locale);

/** What a title is built from: the step's fields, read for a one-line title. */
class TitleFields {
  readonly t: ReturnType<typeof checklistText>;

  constructor(
    readonly step: StepEntry,
    private readonly locale: Locale,
    private readonly doc?: Document,
  ) {
    this.t = checklistText(locale);
  }

  /** The field as written, or undefined. */
  raw(key: string): string | undefined {
    return fieldString(this.step.node, key, this.doc);
  }

  flag(key: string): boolean | undefined {
    return fieldBoolean(this.step.node, key, this.doc);
  }

  /** The field on one line, or "(missing)". */
  field(key: string): string {
    return oneLine(this.raw(key)) || this.t('name.missing');
  }

  /** The names a field lists ("A, B and C"), the tenant by its name. */
  names(key: string): string {
    const values = fieldStrings(this.step.node, key, this.doc).map((v) =>
      v.value === TENANT ? this.t('name.tenant') : oneLine(v.value),
    );
    if (values.length === 0) return this.t('name.missing');
    return formatList(this.locale, values);
  }
}

function installTitle(f: TitleFields): string {
  const version = [f.field('version'), oneLine(f.raw('update'))].filter(Boolean).join(' ');
  return f.t(f.flag('hybrid') === true ? 'title.install-exchange.hybrid' : 'title.install-exchange', {
    version,
    server: f.field('server'),
  });
}

function moveMailboxesTitle(f: TitleFields): string {
  const count = f.raw('count');
  const args = { from: f.names('from'), to: f.names('to') };
  if (count === undefined) return f.t('title.move-mailboxes', args);
  // A non-numeric count ("all") reads as many, shown as written.
  return f.t('title.move-mailboxes.count', { ...args, count: oneLine(count) });
}

function outlookAnywhereTitle(f: TitleFields): string {
  const certificate = f.raw('certificate');
  if (certificate === 'trusted' || certificate === 'self-signed') {
    return f.t('title.configure-outlook-anywhere.certificate', {
      server: f.field('server'),
      certificate: f.t(`certificate.${certificate}`),
    });
  }
  return f.t('title.configure-outlook-anywhere', { server: f.field('server') });
}

function endpointTitle(f: TitleFields): string {
  const type = f.raw('type');
  if (type === 'outlook-anywhere' || type === 'remote-move') return f.t(`title.create-migration-endpoint.${type}`);
  return f.t('title.create-migration-endpoint');
}

function createBatchTitle(f: TitleFields): string {
  const method = f.raw('method');
  const known = method === 'cutover' || method === 'staged' || method === 'remote-move';
  return f.t('title.create-migration-batch', {
    batch: f.field('batch'),
    method: known ? f.t(`method.${method}`) : oneLine(method) || f.t('name.missing'),
  });
}

function convertTitle(f: TitleFields): string {
  const batch = f.raw('batch');
  return batch !== undefined
    ? f.t('title.convert-to-mail-users.batch', { batch: oneLine(batch) })
    : f.t('title.convert-to-mail-users');
}

/** Each action's title, by action id. */
const TITLES: ReadonlyMap<string, (f: TitleFields) => string> = new Map(
  Object.entries({
    'update-server': (f: TitleFields) =>
      f.t('title.update-server', { server: f.field('server'), update: f.field('update') }),
    'prepare-schema': (f: TitleFields) => f.t('title.prepare-schema', { version: f.field('version') }),
    'prepare-ad': (f: TitleFields) => f.t('title.prepare-ad', { version: f.field('version') }),
    'install-exchange': installTitle,
    'move-client-access': (f: TitleFields) =>
      f.t('title.move-client-access', { from: f.names('from'), to: f.names('to') }),
    'move-transport': (f: TitleFields) => f.t('title.move-transport', { from: f.names('from'), to: f.names('to') }),
    'migrate-public-folders': (f: TitleFields) =>
      f.t('title.migrate-public-folders', { from: f.names('from'), to: f.names('to') }),
    'move-mailboxes': moveMailboxesTitle,
    decommission: (f: TitleFields) => f.t('title.decommission', { server: f.field('server') }),
    'run-hybrid-wizard': (f: TitleFields) => f.t('title.run-hybrid-wizard', { server: f.field('server') }),
    'verify-domain': (f: TitleFields) => f.t('title.verify-domain', { domain: f.field('domain') }),
    'configure-outlook-anywhere': outlookAnywhereTitle,
    'grant-migration-permissions': (f: TitleFields) =>
      f.t('title.grant-migration-permissions', { account: f.field('account') }),
    'create-migration-endpoint': endpointTitle,
    'configure-directory-sync': (f: TitleFields) =>
      f.t(f.flag('enabled') === false ? 'title.configure-directory-sync.off' : 'title.configure-directory-sync.on'),
    'create-migration-batch': createBatchTitle,
    'start-migration-batch': (f: TitleFields) => f.t('title.start-migration-batch', { batch: f.field('batch') }),
    'complete-migration-batch': (f: TitleFields) => f.t('title.complete-migration-batch', { batch: f.field('batch') }),
    'convert-to-mail-users': convertTitle,
    'assign-licenses': (f: TitleFields) => f.t('title.assign-licenses'),
    'switch-mx': (f: TitleFields) => f.t('title.switch-mx'),
    'reconfigure-outlook': (f: TitleFields) => f.t('title.reconfigure-outlook'),
    custom: (f: TitleFields) => f.t('title.custom'),
  }),
);

export function derivedStepTitle(step: StepEntry, locale: Locale, doc?: Document): string {
  const fields = new TitleFields(step, locale, doc);
  const action = step.action;
  if (action === undefined) return fields.t('title.noAction', { n: step.index + 1 });
  const title = TITLES.get(action);
  return title ? title(fields) : fields.t('title.unknown', { n: step.index + 1, action: oneLine(action) });
}

/** Titles are one line in a checklist, whatever the YAML held. */
export function oneLine(value: string | undefined): string {
  return value === undefined ? '' : value.replace(/\s+/g, ' ').trim();
}
